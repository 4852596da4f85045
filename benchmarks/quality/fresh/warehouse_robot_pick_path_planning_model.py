"""Pick path planning for warehouse mobile robots: the first design, before any security review.

Our fulfilment centre moves picking to autonomous mobile robots (AMRs). A pick
path planner on the site server pulls released pick orders from the warehouse
management system (WMS), batches them, and asks an in-house model to rank
candidate pick sequences by predicted travel time and aisle congestion. The
chosen paths go as missions to the robot vendor's fleet manager, which drives
the robots over the floor Wi-Fi (VDA 5050 over MQTT). Pickers work beside the
robots and confirm picks on each robot's touchscreen. A separate safety PLC with
floor scanners slows or stops robots in zones where people are, whatever the
planner commands; the robots also have on-board safety scanners. Fleet telemetry
goes to our cloud ML platform, where a nightly job retrains the model and an ML
engineer promotes versions from the registry. The robot vendor pushes fleet
software and map updates and receives diagnostics.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Warehouse robot pick path planning",
    profile=tg.RiskProfile.HIGH,
    description="Model-ranked pick paths for autonomous mobile robots working beside pickers.",
)

# ---------------------------------------------------------------- data assets
pick_orders = tg.Data(
    "Released pick orders",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Order lines with SKU, bin location, quantity, priority and cut-off time.",
)
pick_status = tg.Data("Pick status updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
planning_features = tg.Data(
    "Planning features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Order batch, bin locations, robot positions and current aisle congestion.",
)
route_scores = tg.Data(
    "Ranked pick sequences",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
missions = tg.Data(
    "Robot missions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="VDA 5050 orders: waypoints, stops and actions per robot.",
)
robot_state = tg.Data(
    "Robot state telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Position, speed, battery, errors and completed actions.",
)
zone_state = tg.Data(
    "Zone safety state",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per zone: clear, slow or stop, as decided by the safety PLC.",
)
presence_signals = tg.Data(
    "Person presence signals",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pick_instructions = tg.Data(
    "Pick instructions", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
pick_confirmations = tg.Data(
    "Pick confirmations", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
planner_settings = tg.Data(
    "Planner settings and aisle closures",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
dashboard = tg.Data("Pick progress dashboard", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
travel_history = tg.Data(
    "Travel and pick history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past missions with actual travel times and congestion, exported from fleet telemetry.",
)
model_artifact = tg.Data(
    "Pick path model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
training_config = tg.Data(
    "Training configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
fleet_updates = tg.Data(
    "Fleet software and map updates",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
diagnostics = tg.Data("Fleet diagnostics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The existing WMS: source of released orders and receiver of pick status.
    wms = tm.add(
        tg.Service(
            "Warehouse management system",
            description="Releases pick orders per wave and records picked quantities.",
        )
    )
    # Shift supervisor: tunes batching, closes aisles, watches progress.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="operations supervisor"))
    # Trains and promotes the pick path model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Site server room", trust=tg.Trust.INTERNAL):
    # Turns orders into batched pick paths and hands them to the fleet manager as missions.
    planner = tm.add(
        tg.Service(
            "Pick path planner",
            description="Batches orders, generates candidate sequences, picks the best-ranked "
            "one per robot; web UI for supervisors.",
            controls={
                c.SchemaEnforcement(note="WMS order messages validated against the order schema"),
                c.Authentication(method="corporate SSO with MFA", note="supervisor web UI"),
            },
        )
    )
    # The model itself: ranks candidate pick sequences; runs in the planner's host runtime.
    path_model = tm.add(
        tg.Model(
            "Pick path planning model",
            task=tg.Task.RANKER,
            high_stakes=True,
            description="Gradient-boosted ranker over candidate sequences, predicting travel "
            "time and congestion; its paths send robots through aisles where people work.",
        )
    )

with tm.boundary("Robot floor network", trust=tg.Trust.INTERNAL):
    # Robot vendor's fleet manager: traffic control, mission dispatch, charging.
    fleet_manager = tm.add(
        tg.Service(
            "Robot fleet manager",
            description="Vendor software on an on-site server; assigns missions, resolves "
            "right-of-way between robots.",
            controls={
                c.Authentication(
                    method="per-client API key", note="mission API used by the planner"
                )
            },
        )
    )
    # The AMR fleet that carries totes through the pick aisles.
    robots = tm.add(
        tg.Device(
            "Autonomous mobile robots",
            fleet=True,
            description="About 120 AMRs with touchscreens; follow VDA 5050 orders.",
            controls={
                c.SafetyLimits(
                    limits="on-board safety laser scanners trigger a protective stop within 0.5 m "
                    "of an obstacle, independent of fleet orders"
                )
            },
        )
    )
    # People picking into the robots' totes on the floor.
    picker = tm.add(tg.Actor("Picker", role="warehouse associate"))

    with tm.boundary("Safety system", trust=tg.Trust.RESTRICTED):
        # Safety PLC: separates robots and people, whatever the planner sends.
        safety_plc = tm.add(
            tg.Service(
                "Zone safety controller",
                description="Safety PLC that derives per-zone clear/slow/stop from floor scanners.",
                controls={
                    c.SafetyLimits(
                        limits="safety PLC stops robots in any zone where a person is detected and "
                        "caps speed at 0.3 m/s in shared aisles; robots go to protective stop when "
                        "the safety link drops"
                    )
                },
            )
        )
        # Floor laser scanners and light curtains at zone entries.
        zone_sensors = tm.add(
            tg.Device(
                "Zone presence sensors",
                fleet=True,
                description="Safety laser scanners and light curtains at aisle and zone entries.",
            )
        )

with tm.boundary("Cloud ML platform", trust=tg.Trust.INTERNAL):
    # History of missions and telemetry that training reads.
    telemetry_store = tm.add(
        tg.DataStore("Fleet telemetry store", stores={robot_state, travel_history})
    )
    # Nightly retraining of the ranker.
    training = tm.add(tg.Pipeline("Nightly path model retraining", stage=tg.Stage.TRAINING))
    # Versioned model artifacts the planner loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Robot vendor", trust=tg.Trust.PARTNER):
    # Vendor's update and support service for the fleet manager and robots.
    vendor = tm.add(
        tg.ExternalService(
            "Robot vendor update service",
            description="Pushes fleet manager releases, robot firmware and site map changes.",
        )
    )

# ---------------------------------------------------------------- flows
# orders in, status back
tm.flow(wms, planner, pick_orders, protocol="https", label="order release")
tm.flow(planner, wms, pick_status, protocol="https")

# planning
tm.flow(planner, path_model, planning_features, protocol="local")
tm.flow(path_model, planner, route_scores, protocol="local")
tm.flow(planner, fleet_manager, missions, protocol="https")
tm.flow(fleet_manager, planner, robot_state, zone_state, pick_confirmations, protocol="https")

# supervisor
tm.flow(supervisor, planner, planner_settings, protocol="https")
tm.flow(planner, supervisor, dashboard, protocol="https")

# robots
tm.flow(fleet_manager, robots, missions, protocol="mqtt", label="VDA 5050 orders")
tm.flow(
    robots, fleet_manager, robot_state, pick_confirmations, protocol="mqtt", label="VDA 5050 state"
)
tm.flow(robots, picker, pick_instructions, label="on the panel")
tm.flow(picker, robots, pick_confirmations, label="touchscreen")

# safety system
tm.flow(zone_sensors, safety_plc, presence_signals, label="hard-wired OSSD signals")
tm.flow(safety_plc, robots, zone_state, protocol="profinet", label="PROFIsafe over safety WLAN")
tm.flow(safety_plc, fleet_manager, zone_state, protocol="opc-ua")

# learning loop
tm.flow(
    fleet_manager,
    telemetry_store,
    robot_state,
    travel_history,
    protocol="https",
    label="hourly export",
)
tm.flow(telemetry_store, training, travel_history, label="nightly")
tm.flow(ml_engineer, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release_approval, protocol="https", label="promotes version")
tm.flow(registry, planner, model_artifact, protocol="https", label="deploy")

# vendor
tm.flow(vendor, fleet_manager, fleet_updates, protocol="https")
tm.flow(fleet_manager, vendor, diagnostics, protocol="https")
tm.flow(fleet_manager, robots, fleet_updates, protocol="https", label="firmware rollout")
