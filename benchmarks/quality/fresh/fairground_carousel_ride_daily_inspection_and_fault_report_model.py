"""Fairground ride inspection: the first design, before any security review.

A travelling fair runs a carousel and a twister. Each morning, before the gates
open, ride operators work through the daily check sheet on a rugged tablet app,
ticking off items and photographing guards, pins, restraints and the platform.
Accelerometers on each ride's main bearing stream vibration readings over
Bluetooth to a 4G gateway on the ride truck, which forwards them to our cloud.
A nightly job runs an in-house bearing-wear model over the day's readings and
flags bearings that look worn. A report service combines check sheets, photos
and wear flags into daily inspection and fault reports, which the ride manager
and the insurer's independent inspector read and sign off in a web portal.
Controls in this design: operators sign in to the tablet app with their own PIN
and a per-tablet key, the portal has e-mail and password sign-in with roles,
and the cloud stores are encrypted at rest with provider-managed keys.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Fairground ride daily inspection and fault reports",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Daily ride checks, bearing-wear flags from vibration sensors and fault "
        "reports for the insurer's independent inspector."
    ),
)

# ---------------------------------------------------------------- data assets
check_log = tg.Data(
    "Daily check log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Checklist answers per ride, with the operator's name and time.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
photos = tg.Data(
    "Inspection photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of guards, pins, restraints and the platform taken at each check.",
)
readings = tg.Data(
    "Bearing vibration readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
vib_features = tg.Data(
    "Vibration features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Spectral bands and RMS levels per bearing per operating hour.",
)
wear_flags = tg.Data(
    "Bearing wear flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
ride_status = tg.Data(
    "Ride status and open faults",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
fault_reports = tg.Data(
    "Inspection and fault reports",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sign_off = tg.Data(
    "Inspector sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The inspector's acceptance, remarks and conditions on a report.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
fault_closure = tg.Data(
    "Fault closure",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The ride manager marks a fault repaired and the ride fit to open.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Fairground site", trust=tg.Trust.INTERNAL):
    # The crew who run the rides and do the morning checks.
    operator = tm.add(tg.Actor("Ride operator", role="ride crew"))
    # Rugged Android tablets with the inspection app, one per ride.
    tablet = tm.add(
        tg.Device(
            "Inspection tablet",
            description="Rugged Android tablet running the check-sheet app, one per ride.",
        )
    )
    # Accelerometers clamped to the carousel centre bearing and the twister main bearing.
    sensors = tm.add(
        tg.Device(
            "Bearing vibration sensors",
            description="Battery accelerometers on each ride's main bearing.",
        )
    )
    # 4G router with a Bluetooth radio on each ride truck; relays sensor readings.
    gateway = tm.add(
        tg.Device(
            "Ride truck telemetry gateway",
            description="4G router with Bluetooth that batches readings and forwards them.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The showman who owns the rides; decides whether a ride opens; uses a phone.
    manager = tm.add(tg.Actor("Ride manager", role="ride owner", privileged=True))

with tm.boundary("Insurer", trust=tg.Trust.PARTNER):
    # The insurer's independent inspector, who must see and accept the reports.
    inspector = tm.add(tg.Actor("Independent inspector", role="insurance inspector"))

with tm.boundary("Cloud tenancy", trust=tg.Trust.INTERNAL):
    # Backend the tablet app talks to: takes check sheets and photos, returns ride status.
    api = tm.add(
        tg.Endpoint(
            "Inspection API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="operator's own PIN in the app and a per-tablet API key"
                )
            },
        )
    )
    # MQTT consumer that writes gateway batches to the time-series store.
    ingest = tm.add(tg.Service("Telemetry ingest"))
    # Runs the wear model over the previous day's readings every night.
    scoring_job = tm.add(tg.Service("Nightly wear scoring job"))
    # The in-house model that flags bearing wear; first season in service.
    wear_model = tm.add(
        tg.Model(
            "Bearing wear model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            returns_scores=True,
            maturity=tg.Maturity.EXPERIMENTAL,
            description="Gradient-boosted model over vibration spectra; flags worn bearings.",
        )
    )
    # Builds the daily inspection report and fault reports as PDFs.
    reports = tm.add(tg.Service("Report service"))
    # Web portal for the ride manager and the insurer's inspector.
    portal = tm.add(
        tg.Endpoint(
            "Inspection portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RBAC(),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Check logs, wear flags, fault reports, closures and sign-offs.
        records_db = tm.add(
            tg.DataStore(
                "Inspection records database",
                stores={check_log, wear_flags, fault_reports, sign_off, fault_closure},
                controls={tg.controls.EncryptionAtRest(key_management="provider-managed keys")},
            )
        )
        # Object storage bucket for check photos.
        photo_store = tm.add(
            tg.DataStore(
                "Inspection photo store",
                stores={photos},
                controls={tg.controls.EncryptionAtRest(key_management="provider-managed keys")},
            )
        )
        # Time-series database of bearing readings.
        readings_store = tm.add(tg.DataStore("Vibration readings store", stores={readings}))

# ---------------------------------------------------------------- flows
# Morning checks on the tablet
tm.flow(operator, tablet, check_log, photos, label="fills in check sheet on touchscreen")
tm.flow(tablet, api, check_log, photos, protocol="https")
tm.flow(api, tablet, ride_status, protocol="https")
tm.flow(tablet, operator, ride_status, label="shown on touchscreen")
tm.flow(api, records_db, check_log)
tm.flow(api, photo_store, photos)
tm.flow(records_db, api, ride_status)

# Bearing telemetry
tm.flow(sensors, gateway, readings, protocol="ble")
tm.flow(gateway, ingest, readings, protocol="MQTT over TLS")
tm.flow(ingest, readings_store, readings)

# Nightly wear scoring
tm.flow(readings_store, scoring_job, readings, label="nightly batch read")
tm.flow(scoring_job, wear_model, vib_features)
tm.flow(wear_model, scoring_job, wear_flags)
tm.flow(scoring_job, records_db, wear_flags)

# Reports
tm.flow(records_db, reports, check_log, wear_flags, fault_closure)
tm.flow(photo_store, reports, photos)
tm.flow(reports, records_db, fault_reports)
tm.flow(records_db, portal, fault_reports, wear_flags, sign_off)
tm.flow(portal, records_db, sign_off, fault_closure)

# Ride manager and insurer's inspector
tm.flow(portal, manager, fault_reports, wear_flags, protocol="https")
tm.flow(manager, portal, fault_closure, protocol="https")
tm.flow(portal, inspector, fault_reports, protocol="https")
tm.flow(inspector, portal, sign_off, protocol="https")
