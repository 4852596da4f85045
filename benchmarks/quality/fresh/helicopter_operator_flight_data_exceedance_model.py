"""Helicopter flight data monitoring: exceedance and unusual-pattern detection (first design).

An offshore helicopter operator flying crews to North Sea installations runs a flight data
monitoring programme. After each flight a line engineer reads the recorder card at a hangar
download station, which uploads the raw file to the FDM platform in the operator's cloud.
There it is decoded, linked to the crew from the rostering system and scored by an in-house
model that flags exceedances and unusual flight patterns. Flight safety officers review
de-identified events in a workbench; under the just-culture agreement with the pilots' union
only the FDM gatekeeper sees who flew and arranges a debrief. A monthly job sends
de-identified fleet data to the aircraft manufacturer by SFTP, which returns fleet reports.
Pilots see their own flights in a web portal behind company SSO.
Controls: SSO with MFA and per-pilot filtering on the portal, role-based access and audit
logging in the workbench, frame-layout checks on decoding, encryption at rest, and
de-identification of the manufacturer export.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Helicopter flight data exceedance monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Flight data monitoring for an offshore helicopter fleet: exceedance and "
        "anomaly flags for the flight safety office, a pilot portal and a "
        "manufacturer fleet-data export."
    ),
)

# ---------------------------------------------------------------- data assets
raw_fdr = tg.Data(
    "Raw flight recorder files",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Binary QAR/FDR frames for one flight: tail number, date, several thousand parameters.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
download_record = tg.Data(
    "Aircraft download record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tail number, card serial and time of download entered by the engineer.",
)
roster = tg.Data(
    "Crew roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who flew which sector, from the crew rostering system.",
)
decoded_flights = tg.Data(
    "Decoded flight records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Engineering-unit flight parameters linked to the operating crew.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
training_flights = tg.Data(
    "Historical flight set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Several years of decoded flights used to learn normal flight patterns.",
)
model_artifact = tg.Data(
    "Exceedance model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn pipeline saved with joblib.",
)
events = tg.Data(
    "Exceedance and anomaly events",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Flagged events with severity, phase of flight and the flight they belong to.",
)
deidentified_events = tg.Data(
    "De-identified event views",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Events and flight replays with crew names hidden.",
)
review_decision = tg.Data(
    "Event review decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Validated, dismissed, or debrief requested, with the analyst's notes.",
)
debrief_request = tg.Data(
    "Crew debrief request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The event and the identity of the crew to be debriefed.",
)
debrief = tg.Data("Confidential crew debrief", kind="records", sensitivity=tg.Sensitivity.PII)
portal_request = tg.Data("Pilot portal request", kind="records", sensitivity=tg.Sensitivity.PII)
own_flights = tg.Data(
    "Pilot's own flight history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The signed-in pilot's flights, events and replays.",
)
fleet_data = tg.Data(
    "De-identified fleet flight data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Decoded flights without crew, with tail number, date and route.",
)
fleet_report = tg.Data(
    "Manufacturer fleet comparison report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Helicopter fleet", trust=tg.Trust.INTERNAL):
    # The source of everything: the quick-access recorder fitted to each aircraft.
    recorder = tm.add(
        tg.Device(
            "Aircraft flight data recorder",
            fleet=True,
            description="Quick-access recorder writing to a removable card on each helicopter.",
        )
    )

with tm.boundary("Hangar network", trust=tg.Trust.INTERNAL):
    # Engineers pull the card after the last flight of the day.
    engineer = tm.add(tg.Actor("Line engineer", role="maintenance engineer"))
    # A fixed PC in each base hangar with a card reader; uploads files to the platform.
    station = tm.add(
        tg.Service(
            "Hangar download station",
            description="Reads the recorder card and uploads the raw file to the FDM platform.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Existing rostering system: tells the platform who flew each sector.
    roster_system = tm.add(tg.DataStore("Crew rostering system", stores={roster}))
    # Flight safety office analysts who review flagged events.
    fso = tm.add(tg.Actor("Flight safety officer", role="flight safety analyst"))
    # The union-agreed gatekeeper: the only person who may link an event to a crew.
    gatekeeper = tm.add(tg.Actor("FDM gatekeeper", role="just-culture gatekeeper", privileged=True))

with tm.boundary("FDM platform", trust=tg.Trust.RESTRICTED):
    # Decodes the binary frames against the aircraft type's data frame layout.
    ingestion = tm.add(
        tg.Pipeline(
            "Flight data decoding pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                tg.controls.SchemaEnforcement(
                    note="checks against the data frame layout per aircraft type"
                )
            },
        )
    )
    # System of record for decoded flights and events.
    flight_store = tm.add(
        tg.DataStore(
            "Flight data store",
            stores={decoded_flights, events},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Retrains the anomaly model quarterly from historical flights.
    training = tm.add(
        tg.Pipeline(
            "Quarterly model training job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Fixed exceedance thresholds plus an anomaly score against learned normal flights.
    model = tm.add(
        tg.Model(
            "Exceedance and anomaly model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Flags exceedances and unusual flight patterns that can lead to a pilot debrief.",
        )
    )
    # Where the flight safety office reviews events; identity is shown only to the gatekeeper.
    workbench = tm.add(
        tg.Service(
            "Event review workbench",
            controls={
                tg.controls.RBAC(
                    note="analysts see de-identified views; only the gatekeeper role sees crew"
                ),
                tg.controls.AuditLogging(),
            },
        )
    )
    # Strips crew identity before data leaves for the manufacturer.
    export_job = tm.add(
        tg.Service(
            "Monthly manufacturer export job",
            controls={tg.controls.DataMinimization(note="crew identifiers removed")},
        )
    )

with tm.boundary("Operator cloud DMZ", trust=tg.Trust.INTERNAL):
    # Lets pilots look at their own flights from home or from the base.
    portal = tm.add(
        tg.Endpoint(
            "Pilot flight portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="company SSO (OIDC) with MFA"),
                tg.controls.ABAC(note="shows only flights on which the pilot is rostered"),
            },
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    pilot = tm.add(tg.Actor("Pilot", role="line pilot"))

with tm.boundary("Aircraft manufacturer", trust=tg.Trust.PARTNER):
    # The OEM's fleet reliability and safety analysis team.
    manufacturer = tm.add(
        tg.ExternalService(
            "Manufacturer fleet analysis service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(recorder, station, raw_fdr, protocol="usb", label="recorder card read")
tm.flow(engineer, station, download_record, label="download entered at the station")
tm.flow(station, ingestion, raw_fdr, protocol="https", label="upload")
tm.flow(roster_system, ingestion, roster, protocol="https", label="crew lookup")
tm.flow(ingestion, flight_store, decoded_flights)

tm.flow(flight_store, training, training_flights)
tm.flow(training, model, model_artifact, label="deploy")
tm.flow(flight_store, model, decoded_flights)
tm.flow(model, flight_store, events)

tm.flow(flight_store, workbench, events, decoded_flights)
tm.flow(workbench, fso, deidentified_events, protocol="https")
tm.flow(fso, workbench, review_decision, protocol="https")
tm.flow(workbench, flight_store, review_decision)
tm.flow(workbench, gatekeeper, debrief_request, protocol="https")
tm.flow(gatekeeper, pilot, debrief, label="debrief in person")

tm.flow(pilot, portal, portal_request, protocol="https")
tm.flow(flight_store, portal, own_flights)
tm.flow(portal, pilot, own_flights, protocol="https")

tm.flow(flight_store, export_job, decoded_flights)
tm.flow(export_job, manufacturer, fleet_data, protocol="sftp")
tm.flow(manufacturer, workbench, fleet_report, protocol="https", label="monthly fleet comparison")
