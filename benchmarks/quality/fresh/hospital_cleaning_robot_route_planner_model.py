"""Hospital cleaning-robot route planner: the first design, before any security review.

Autonomous floor-cleaning robots work the corridors, wards and isolation rooms of an
acute hospital. A route planner in the hospital data centre re-plans every 15 minutes
which zones each robot cleans and in what order, from bed occupancy and discharges
(ADT from the patient administration system) and infection-control isolation alerts,
both relayed by the hospital's HL7 integration engine over MLLP on the internal network.
An in-house demand model ranks zones by expected soiling; isolation terminal cleans go
first by rule. Missions go to the robot vendor's fleet cloud, which drives the robots
over the site IoT Wi-Fi and reports status back. Facilities supervisors watch and
override the plan on an intranet dashboard. Controls: SSO with role-based access on the
dashboard, disk encryption of the ward state store, TLS to the vendor, a vendor security
review, versioned models, and the robots' own on-board obstacle stops.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital cleaning robot route planner",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Plans routes and schedules of floor-cleaning robots from ward "
    "occupancy and infection-control alerts.",
)

# ---------------------------------------------------------------- data assets
adt_messages = tg.Data(
    "ADT messages",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="HL7 admit, discharge and transfer messages with patient identifiers.",
)
ipc_alerts = tg.Data(
    "Infection-control alerts",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Organism, isolation type, ward and bed for a patient under isolation.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
bed_status = tg.Data(
    "Bed status events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bed id, occupied or vacated, discharge time; filtered from ADT.",
)
ward_state = tg.Data(
    "Ward state",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Current occupancy and isolation status per bed, plus cleaning history.",
)
cleaning_history = tg.Data("Cleaning history", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
zone_features = tg.Data(
    "Zone demand features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
priorities = tg.Data(
    "Zone priority scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
floor_maps = tg.Data(
    "Floor maps and no-go zones",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Site layout, lifts, doors, theatres and zones robots must not enter.",
)
missions = tg.Data(
    "Cleaning missions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Robot telemetry and mission status", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
schedule = tg.Data("Cleaning schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
overrides = tg.Data("Schedule overrides", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
demand_model_file = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital clinical network", trust=tg.Trust.RESTRICTED):
    # The existing system of record for beds; the planner only receives its ADT feed.
    pas = tm.add(
        tg.DataSource(
            "Patient administration system",
            origin=tg.Origin.INTERNAL,
            provides={adt_messages},
        )
    )
    # The infection prevention team's surveillance system raises isolation alerts.
    ipc_system = tm.add(
        tg.DataSource(
            "Infection surveillance system",
            origin=tg.Origin.INTERNAL,
            provides={ipc_alerts},
        )
    )
    # The hospital's HL7 engine filters ADT down to bed events and relays alerts.
    integration_engine = tm.add(
        tg.Service(
            "HL7 integration engine",
            description="Existing engine; a new route filters ADT to bed-level events.",
        )
    )

with tm.boundary("Facilities platform", trust=tg.Trust.INTERNAL):
    # Receives the HL7 feed and keeps the current state of each ward.
    ward_service = tm.add(tg.Service("Ward state service"))
    # Occupancy, isolation flags and past cleans the planner works from.
    ward_store = tm.add(
        tg.DataStore(
            "Ward state store",
            stores={ward_state, bed_status, ipc_alerts, cleaning_history},
            controls={c.EncryptionAtRest(key_management="data-centre SAN encryption")},
        )
    )
    # Maps and no-go zones, kept here so the planner never routes into theatres.
    map_store = tm.add(tg.DataStore("Floor map store", stores={floor_maps}))
    # The optimiser (no language model) that builds routes and schedules.
    planner = tm.add(
        tg.Service(
            "Route planner",
            description="Re-plans every 15 minutes; isolation terminal cleans first by rule, "
            "then zones in the order the demand model ranks them.",
        )
    )
    # Ranks zones by expected soiling from footfall, occupancy and past cleans.
    demand_model = tm.add(
        tg.Model(
            "Cleaning demand model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees; a wrong ranking delays cleans near patients.",
        )
    )
    # Intranet web app where supervisors see and override the plan.
    dashboard = tm.add(
        tg.Service(
            "Facilities dashboard",
            controls={
                c.Authentication(method="hospital Active Directory single sign-on"),
                c.RBAC(),
            },
        )
    )
    # Monthly retraining of the demand model on cleaning history.
    training = tm.add(tg.Pipeline("Demand model retraining", stage=tg.Stage.TRAINING))
    # Where the planner loads the approved demand model from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={demand_model_file}, controls={c.ModelVersioning()}
        )
    )

with tm.boundary("Hospital corporate network", trust=tg.Trust.INTERNAL):
    # Runs the cleaning service day to day and can override the plan.
    supervisor = tm.add(tg.Actor("Facilities supervisor", role="facilities staff"))

with tm.boundary("Site IoT Wi-Fi", trust=tg.Trust.INTERNAL):
    # The robots themselves, on a separate Wi-Fi SSID and VLAN.
    robots = tm.add(
        tg.Device(
            "Cleaning robots",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="on-board lidar stops the robot near people; speed capped by firmware"
                )
            },
        )
    )

with tm.boundary("Robot vendor cloud", trust=tg.Trust.PARTNER):
    # The manufacturer's fleet manager: takes missions, drives robots, builds base maps.
    fleet_cloud = tm.add(
        tg.ExternalService(
            "Vendor fleet management cloud",
            provides=tg.ExternalCategory.GENERIC,
            controls={c.SupplierAssessment(note="procurement security questionnaire")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(pas, integration_engine, adt_messages, protocol="mllp")
tm.flow(ipc_system, integration_engine, ipc_alerts, protocol="mllp")
tm.flow(integration_engine, ward_service, bed_status, ipc_alerts, protocol="mllp")
tm.flow(ward_service, ward_store, bed_status, ipc_alerts, ward_state)

tm.flow(ward_store, planner, ward_state, cleaning_history)
tm.flow(map_store, planner, floor_maps)
tm.flow(planner, demand_model, zone_features)
tm.flow(demand_model, planner, priorities)
tm.flow(planner, ward_store, cleaning_history, label="completed cleans")

tm.flow(planner, fleet_cloud, missions, protocol="https", label="vendor REST API")
tm.flow(fleet_cloud, planner, telemetry, protocol="https", label="status polling")
tm.flow(fleet_cloud, robots, missions, floor_maps, protocol="mqtts")
tm.flow(robots, fleet_cloud, telemetry, protocol="mqtts")
tm.flow(fleet_cloud, map_store, floor_maps, protocol="https", label="base map export")

tm.flow(planner, dashboard, schedule, telemetry)
tm.flow(dashboard, planner, overrides)
tm.flow(dashboard, map_store, floor_maps, label="no-go zone edits")
tm.flow(supervisor, dashboard, overrides, protocol="https")
tm.flow(dashboard, supervisor, schedule, protocol="https")

tm.flow(ward_store, training, cleaning_history, label="monthly export")
tm.flow(training, registry, demand_model_file)
tm.flow(registry, demand_model, demand_model_file, label="deploy")
