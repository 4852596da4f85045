"""Adaptive traffic-signal optimizer: the first design, before any security review.

The city transport department replaces fixed-time signal plans at 300 intersections
with a reinforcement-learning controller. Inductive loop detectors, intersection
cameras and the transit agency's bus GPS (AVL) feed a traffic-state store in the
traffic management centre (TMC); a signal timing service asks the RL policy for
green splits every cycle and writes timing plans to the field controllers over the
city's signal network (NTCIP over SNMP). Camera video is turned into vehicle and
queue detections by a vision model in the TMC and is not kept.
Every night a training job in the department's cloud account replays the day's
history in a traffic simulator and registers a candidate policy with its simulator
KPIs. Traffic engineers review the KPIs and approve a release before the deployment
job pushes it to the TMC. Controllers keep their local min-green and clearance
limits and a conflict monitor, and operators can drop any intersection back to
its fixed-time plan.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Traffic signal RL optimizer",
    profile=tg.RiskProfile.HIGH,
    description="RL policy setting signal timing at 300 city intersections, retrained nightly in simulation.",
)

# ---------------------------------------------------------------- data assets
detector_counts = tg.Data(
    "Loop detector counts and occupancy",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
camera_video = tg.Data(
    "Intersection camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video showing vehicles, plates and pedestrians.",
)
detections = tg.Data(
    "Vehicle and queue detections", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
bus_gps = tg.Data(
    "Bus GPS positions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vehicle id, route, position and schedule adherence from the AVL system.",
)
controller_status = tg.Data(
    "Controller phase and fault logs", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
traffic_state = tg.Data(
    "Traffic state features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
policy_action = tg.Data(
    "Policy green-split decision", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
timing_plan = tg.Data(
    "Signal timing plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Cycle length, splits and offsets written to a field controller.",
)
history = tg.Data(
    "Traffic history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A day of detector, detection, bus and controller data for simulator replay.",
)
policy_weights = tg.Data(
    "RL policy checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
sim_report = tg.Data("Simulator KPI report", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approval = tg.Data("Policy release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("City signal field network", trust=tg.Trust.INTERNAL):
    # The 300 intersections' inductive loops: the main source of counts and occupancy.
    loops = tm.add(tg.Device("Loop detectors", description="Detector cards in roadside cabinets."))
    # Intersection cameras whose video the TMC turns into queue lengths and turning counts.
    cameras = tm.add(tg.Device("Intersection cameras"))
    # The signal controllers that actually run the timing; they enforce local safety limits.
    controllers = tm.add(
        tg.Device(
            "Signal controllers",
            description="NTCIP controllers in roadside cabinets, one per intersection.",
            controls={
                tg.controls.ConfigValidation(
                    note="local min-green, pedestrian clearance limits and hardware conflict monitor"
                )
            },
        )
    )

with tm.boundary("Transit agency", trust=tg.Trust.PARTNER):
    # Connected-bus positions, so the policy can give transit signal priority.
    avl = tm.add(
        tg.DataSource(
            "Bus AVL feed",
            origin=tg.Origin.PARTNER,
            provides={bus_gps},
            description="The transit agency's real-time vehicle location API.",
        )
    )

with tm.boundary("Traffic management centre", trust=tg.Trust.INTERNAL):
    # Detects vehicles and queues in camera video; the video itself is not stored.
    vision = tm.add(tg.Model("Camera vehicle detector", task=tg.Task.DETECTOR))
    # Normalises every field and bus feed into per-intersection state and daily history.
    ingestion = tm.add(tg.Pipeline("Detection ingestion", stage=tg.Stage.INGESTION))
    # Latest per-intersection state that the timing service reads every cycle.
    state_store = tm.add(
        tg.FeatureStore("Traffic state store", stores={traffic_state}, online=True)
    )
    # Runs the control loop: reads state, asks the policy, writes plans to controllers.
    timing = tm.add(
        tg.Service(
            "Signal timing service",
            controls={
                tg.controls.CircuitBreaker(
                    note="operators can switch any intersection back to its fixed-time plan"
                )
            },
        )
    )
    # The RL policy in production: chooses green splits from the traffic state.
    policy = tm.add(
        tg.Model(
            "RL signal policy",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="PPO policy network; outputs splits and offsets per intersection.",
        )
    )

with tm.boundary("Department cloud account", trust=tg.Trust.INTERNAL):
    # The replay history that nightly training runs the simulator on.
    history_set = tm.add(tg.Dataset("Traffic history dataset", stores={history}))
    # Nightly job: calibrates the simulator to the day's traffic and trains a new policy.
    training = tm.add(
        tg.Pipeline(
            "Nightly simulator training",
            stage=tg.Stage.TRAINING,
            description="Microsimulation of the city network with the policy in the loop.",
        )
    )
    # Keeps every candidate policy with its simulator KPIs, so a release can be rolled back.
    registry = tm.add(
        tg.ModelRegistry(
            "Policy registry",
            stores={policy_weights, sim_report},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Pushes an approved policy to the TMC; nothing is released without an engineer.
    deploy = tm.add(
        tg.Pipeline(
            "Policy deployment",
            stage=tg.Stage.DEPLOYMENT,
            controls={tg.controls.HumanInTheLoop(approver="duty traffic engineer")},
        )
    )

with tm.boundary("City corporate network", trust=tg.Trust.INTERNAL):
    # Reviews the simulator results and approves each policy update.
    engineer = tm.add(tg.Actor("Traffic engineer", role="signal engineer", privileged=True))

# ---------------------------------------------------------------- flows
# live sensing
tm.flow(loops, ingestion, detector_counts, protocol="snmp")
tm.flow(cameras, vision, camera_video, protocol="rtsp")
tm.flow(vision, ingestion, detections)
tm.flow(
    avl,
    ingestion,
    bus_gps,
    protocol="https",
    controls={tg.controls.Authentication(method="API key")},
)
tm.flow(controllers, ingestion, controller_status, protocol="snmp", label="status polling")
tm.flow(ingestion, state_store, traffic_state)

# control loop
tm.flow(state_store, timing, traffic_state)
tm.flow(timing, policy, traffic_state)
tm.flow(policy, timing, policy_action)
tm.flow(timing, controllers, timing_plan, protocol="snmp", label="NTCIP set")

# nightly training and release
tm.flow(ingestion, history_set, history, protocol="https", label="nightly export")
tm.flow(history_set, training, history)
tm.flow(training, registry, policy_weights, sim_report)
tm.flow(registry, engineer, sim_report, protocol="https", label="review")
tm.flow(
    engineer,
    deploy,
    approval,
    protocol="https",
    controls={tg.controls.Authentication(method="city SSO")},
)
tm.flow(registry, deploy, policy_weights)
tm.flow(deploy, policy, policy_weights, protocol="https", label="push to TMC")
