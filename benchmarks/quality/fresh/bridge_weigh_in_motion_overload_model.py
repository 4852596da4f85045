"""Bridge weigh-in-motion overload model: the first design, before any security review.

The highway authority protects an ageing bridge from overloaded lorries. Roadside
units on each approach combine weigh-in-motion axle sensors with a number-plate
camera; they push each passing vehicle's axle loads and plate image over 4G to an
ingest API in the authority's cloud tenancy. A scoring service runs an in-house
model that estimates gross vehicle weight and flags lorries over the bridge limit;
flagged vehicles become cases that enforcement officers check in a case tool. An
officer who confirms a case looks up the registered keeper through the national
vehicle-keeper register and a printed penalty notice is posted to the keeper.
Bridge engineers watch load statistics on a dashboard. The sensor vendor calibrates
and diagnoses the roadside units remotely through its own device-management service.
Controls in this design: TLS on network links, per-unit API keys at ingest, corporate
SSO with role-based access and audit logs for staff, encrypted event and case stores,
and an officer's review before any notice is issued.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bridge weigh-in-motion overload enforcement",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Weigh-in-motion sensors and plate cameras on a bridge's approaches feed a "
        "cloud model that flags overloaded lorries for enforcement and load statistics."
    ),
)

# ---------------------------------------------------------------- data assets
axle_loads = tg.Data(
    "Axle load measurements",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-axle loads, spacings, speed and timestamp for each passing vehicle.",
)
plate_images = tg.Data(
    "Number plate images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Camera frame of the vehicle and the plate read at the roadside.",
)
weight_estimate = tg.Data(
    "Gross weight estimate and overload flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
case_file = tg.Data(
    "Overload case file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Axle loads, weight estimate, plate image and plate read for one flagged lorry.",
)
officer_decision = tg.Data("Officer case decision", kind="records", sensitivity=tg.Sensitivity.PII)
plate_query = tg.Data(
    "Vehicle keeper lookup request", kind="records", sensitivity=tg.Sensitivity.PII
)
keeper_details = tg.Data(
    "Registered keeper details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
penalty_notice = tg.Data("Penalty notice", kind="documents", sensitivity=tg.Sensitivity.PII)
load_stats = tg.Data("Bridge load statistics", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
dashboard_query = tg.Data("Dashboard query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
calibration = tg.Data(
    "Sensor calibration parameters",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
diagnostics = tg.Data("Roadside unit diagnostics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Bridge approaches", trust=tg.Trust.UNTRUSTED):
    # Roadside cabinets on the public highway: sensors in the carriageway, a plate
    # camera on a gantry and an edge controller with a 4G modem.
    roadside_unit = tm.add(
        tg.Device(
            "Roadside weigh-in-motion unit",
            fleet=True,
            description="Piezo axle sensors, plate camera and edge controller; one per lane.",
        )
    )

with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The registered keeper of a flagged lorry: receives the penalty notice by post.
    keeper = tm.add(tg.Actor("Vehicle keeper", role="registered keeper"))

with tm.boundary("Authority cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives the roadside units' uploads over the 4G links.
    ingest_api = tm.add(
        tg.Endpoint(
            "Roadside ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-unit API key")},
        )
    )
    # Keeps every vehicle event with its later weight estimate, for scoring and statistics.
    event_store = tm.add(
        tg.DataStore(
            "Vehicle event store",
            stores={axle_loads, plate_images, weight_estimate},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Picks up new events, asks the model for a weight estimate and opens cases.
    scoring = tm.add(
        tg.Service(
            "Overload scoring service",
            description="Streams new events to the model; over the bridge limit it opens a case.",
        )
    )
    # The estimate decides whether a lorry is pursued for a penalty.
    weight_model = tm.add(
        tg.Model(
            "Gross weight overload model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Estimates gross vehicle weight from axle loads; a threshold flags overloads.",
            controls={c.ModelValidation(note="checked against static weighbridge readings")},
        )
    )
    # Flagged cases waiting for, and after, an officer's review.
    case_db = tm.add(
        tg.DataStore(
            "Enforcement case database",
            stores={case_file, officer_decision, keeper_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web tool where officers review cases, look up keepers and issue notices.
    case_tool = tm.add(
        tg.Service(
            "Enforcement case tool",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
                c.HumanInTheLoop(approver="enforcement officer"),
            },
        )
    )
    # Load statistics for the bridge engineers.
    dashboard = tm.add(
        tg.Service(
            "Bridge load dashboard",
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )

with tm.boundary("Authority corporate network", trust=tg.Trust.INTERNAL):
    # Reviews flagged cases and decides whether a notice goes out.
    officer = tm.add(tg.Actor("Enforcement officer", role="enforcement officer"))
    # Monitors loading on the structure.
    engineer = tm.add(tg.Actor("Bridge engineer", role="structural engineer"))

with tm.boundary("National vehicle agency", trust=tg.Trust.PARTNER):
    # The national register that maps a plate to its registered keeper.
    keeper_register = tm.add(
        tg.ExternalService(
            "National vehicle-keeper register",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Sensor vendor", trust=tg.Trust.PARTNER):
    # The vendor's cloud service that manages and calibrates its units in the field.
    vendor_service = tm.add(
        tg.ExternalService(
            "Vendor device-management service",
            description="The vendor's hosted service for remote calibration and diagnostics.",
        )
    )
    # Vendor staff who set calibration after sensor drift or road resurfacing.
    vendor_engineer = tm.add(
        tg.Actor("Vendor calibration engineer", role="vendor service engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(
    roadside_unit,
    ingest_api,
    axle_loads,
    plate_images,
    protocol="https",
    label="vehicle events over 4G",
)
tm.flow(ingest_api, event_store, axle_loads, plate_images)
tm.flow(event_store, scoring, axle_loads, plate_images, label="new events")
tm.flow(scoring, weight_model, axle_loads)
tm.flow(weight_model, scoring, weight_estimate)
tm.flow(scoring, event_store, weight_estimate, label="estimate saved with event")
tm.flow(scoring, case_db, case_file, label="opens case over the limit")

tm.flow(case_db, case_tool, case_file, keeper_details)
tm.flow(case_tool, case_db, officer_decision, keeper_details)
tm.flow(case_tool, officer, case_file, protocol="https")
tm.flow(officer, case_tool, officer_decision, protocol="https")
tm.flow(case_tool, keeper_register, plate_query, protocol="mtls")
tm.flow(keeper_register, case_tool, keeper_details, protocol="mtls")
tm.flow(case_tool, keeper, penalty_notice, label="printed notice sent by post")

tm.flow(event_store, dashboard, axle_loads, weight_estimate, label="aggregated per hour")
tm.flow(engineer, dashboard, dashboard_query, protocol="https")
tm.flow(dashboard, engineer, load_stats, protocol="https")

tm.flow(vendor_engineer, vendor_service, calibration, protocol="https")
tm.flow(vendor_service, vendor_engineer, diagnostics, protocol="https")
tm.flow(
    vendor_service, roadside_unit, calibration, protocol="https", label="remote calibration over 4G"
)
tm.flow(roadside_unit, vendor_service, diagnostics, protocol="https", label="diagnostics over 4G")
