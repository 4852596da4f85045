"""Wheelchair fleet redistribution: the first design, before any security review.

A US acute hospital loses porter time hunting for wheelchairs. Every wheelchair
carries a BLE asset tag; gateways on the hospital IoT network pick up the tag
beacons and forward signal readings to the RTLS vendor's cloud, which turns them
into a zone per chair. We pull those locations every minute, and a filtered ADT
feed from the EHR's interface engine (ward, bed, time and mobility-assistance
flag; names and MRNs are stripped) tells us where admissions and discharges are
coming. A demand model, retrained weekly on the analytics platform, forecasts
chair demand per zone for the next two hours; a planner turns the gap between
forecast and stock into redistribution tasks posted to the porter dispatch
system, which sends them to porters' handhelds. Facilities coordinators watch a
dashboard (hospital SSO) and set minimum stock per ward. The EHR keeps its own
encryption, role-based access and audit trail; the planner never takes a ward
below its minimum and caps how many tasks it posts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital wheelchair fleet location model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Forecasts wheelchair demand per zone from BLE tag locations and "
    "admissions, and directs porters to move chairs ahead of need.",
)

# ---------------------------------------------------------------- data assets
beacons = tg.Data(
    "BLE tag beacons",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Tag id and battery level, advertised in the clear every few seconds.",
)
rssi = tg.Data(
    "Gateway signal readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tag id, gateway id and signal strength.",
)
locations = tg.Data(
    "Wheelchair locations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Current zone and in-use/idle state of each tagged chair.",
)
adt = tg.Data(
    "ADT messages",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="HL7 admit, discharge and transfer messages with patient identifiers.",
)
ward_events = tg.Data(
    "Ward admission events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Filtered ADT: event type, ward, bed, time and mobility-assistance flag.",
)
features = tg.Data(
    "Ward demand features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hourly census, expected admissions and discharges, chairs per zone.",
)
artifact = tg.Data(
    "Demand model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted regressor saved with joblib.",
)
forecast = tg.Data(
    "Wheelchair demand forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
tasks = tg.Data(
    "Redistribution tasks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Move N chairs from zone A to zone B by a given time.",
)
task_status = tg.Data("Task status updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
settings = tg.Data(
    "Ward minimum stock settings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Ward floor", trust=tg.Trust.UNTRUSTED):
    # Tags ride on the chairs through public corridors and broadcast over open BLE.
    tags = tm.add(tg.Device("BLE wheelchair tags", fleet=True))

with tm.boundary("Hospital IoT network", trust=tg.Trust.INTERNAL):
    # Ceiling-mounted receivers that hear the tags and relay readings to the vendor.
    gateways = tm.add(tg.Device("BLE gateways", fleet=True))

with tm.boundary("RTLS vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's location engine: converts signal readings into a zone per tag.
    rtls = tm.add(
        tg.ExternalService(
            "RTLS location engine",
            provides="data-provider",
            description="Hosted real-time location service, queried through its REST API.",
        )
    )

with tm.boundary("Clinical network", trust=tg.Trust.RESTRICTED):
    # The hospital's system of record for admissions; we only receive a feed from it.
    ehr = tm.add(
        tg.DataStore(
            "EHR",
            stores={adt},
            controls={c.EncryptionAtRest(), c.RBAC(), c.AuditLogging()},
        )
    )
    # Existing HL7 engine; a new route filters ADT down to what the forecast needs.
    hl7 = tm.add(
        tg.Service(
            "HL7 interface engine",
            controls={c.DataMinimization(note="names, MRNs and dates of birth are stripped")},
        )
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Pulls tag locations and receives ward events, and builds the features.
    ingestion = tm.add(tg.Pipeline("Location and admissions ingestion", stage=tg.Stage.INGESTION))
    # Holds current chair locations and hourly demand features, online and history.
    feature_store = tm.add(
        tg.FeatureStore(
            "Fleet feature store",
            stores={features, locations},
            online=True,
            controls={c.RBAC()},
        )
    )
    # Refits the demand model every Sunday night on the last year of history.
    training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
    # Keeps every trained version so a bad week can be rolled back.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # Forecasts chair demand per zone for the next two hours.
    model = tm.add(
        tg.Model(
            "Wheelchair demand model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
        )
    )
    # Compares forecast with stock and decides which chairs porters should move.
    planner = tm.add(
        tg.Service(
            "Redistribution planner",
            description="Runs every 15 minutes; posts tasks to porter dispatch.",
            controls={
                c.PolicyEnforcement(
                    rules="never takes a ward below its minimum stock; at most 20 tasks per hour"
                )
            },
        )
    )
    # Where coordinators see forecasts, chair locations and open tasks.
    dashboard = tm.add(
        tg.Endpoint(
            "Fleet dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hospital SSO (Active Directory)")},
        )
    )

with tm.boundary("Facilities operations", trust=tg.Trust.INTERNAL):
    # Existing porter job system; redistribution tasks queue behind patient moves.
    dispatch = tm.add(tg.Service("Porter dispatch system"))
    # Hospital-issued handheld each porter signs in to at the start of a shift.
    handheld = tm.add(
        tg.Device(
            "Porter handheld",
            fleet=True,
            controls={c.Authentication(method="porter's own ID and PIN")},
        )
    )
    # Moves the chairs.
    porter = tm.add(tg.Actor("Porter", role="porter"))
    # Oversees the fleet and tunes the minimum stock per ward.
    coordinator = tm.add(tg.Actor("Facilities coordinator", role="facilities coordinator"))

# ---------------------------------------------------------------- flows
tm.flow(tags, gateways, beacons, protocol="ble")
tm.flow(gateways, rtls, rssi, protocol="https")
tm.flow(rtls, ingestion, locations, protocol="https", label="polled every minute")

tm.flow(ehr, hl7, adt, protocol="mllp")
tm.flow(hl7, ingestion, ward_events, protocol="mllp")

tm.flow(ingestion, feature_store, features, locations)
tm.flow(feature_store, training, features, label="weekly snapshot")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy latest")

tm.flow(feature_store, planner, features, locations)
tm.flow(planner, model, features)
tm.flow(model, planner, forecast)
tm.flow(planner, dispatch, tasks, protocol="https")
tm.flow(dispatch, planner, task_status, protocol="https")
tm.flow(dispatch, handheld, tasks, protocol="https")
tm.flow(handheld, dispatch, task_status, protocol="https")
tm.flow(handheld, porter, tasks)
tm.flow(porter, handheld, task_status)

tm.flow(planner, dashboard, forecast, locations, tasks)
tm.flow(dashboard, coordinator, forecast, locations, tasks, protocol="https")
tm.flow(coordinator, dashboard, settings, protocol="https")
tm.flow(dashboard, planner, settings)
