"""Crane predictive maintenance: the first design, before any security review.

The container terminal wants to catch hoist and spreader failures on its
ship-to-shore and yard cranes before they stop a vessel operation. An edge
gateway in each crane's OT network reads PLC telemetry (hoist motor current,
brake wear, rope load, spreader twistlock and telescope cycles) over OPC UA and
forwards it to the terminal's historian. A nightly feature pipeline turns the
telemetry and the CMMS failure history into condition features; a gradient-
boosted classifier, retrained monthly and kept in a model registry, scores each
crane component's failure risk. A scheduler combines the scores with the berth
schedule from the terminal operating system and proposes maintenance windows,
which a maintenance planner approves in a dashboard before work orders go to the
CMMS. Controls in this design: SSO with MFA and roles on the dashboard, planner
approval of every window, TLS from the gateways, versioned models, and the
cranes' own safety PLC limits. Statutory crane inspections continue unchanged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crane predictive maintenance",
    profile=tg.RiskProfile.HIGH,
    description="Predicts hoist and spreader failures from crane PLC telemetry and "
    "schedules maintenance windows around vessel calls.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Hoist and spreader telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Motor current, brake wear, rope load, twistlock and telescope cycle counts.",
)
failure_history = tg.Data(
    "Work order and failure history",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Closed work orders with failure codes and technician names.",
)
features = tg.Data("Condition features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
model_file = tg.Data(
    "Failure model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
risk_scores = tg.Data(
    "Component failure risk scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
berth_schedule = tg.Data(
    "Vessel berth schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vessel calls and crane allocations; commercially sensitive.",
)
proposals = tg.Data("Proposed maintenance windows", kind="records")
window_approval = tg.Data("Maintenance window approval", kind="records")
work_orders = tg.Data("Maintenance work orders", kind="records")
crane_booking = tg.Data("Crane out-of-service booking", kind="records")
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Crane OT network", trust=tg.Trust.RESTRICTED):
    # The crane controllers: the source of every reading. Read only by this design.
    plcs = tm.add(
        tg.Device(
            "Crane PLCs",
            fleet=True,
            description="Hoist, trolley and spreader PLCs on 14 STS and 30 RTG cranes.",
            controls={
                c.SafetyLimits(
                    limits="the crane safety PLC enforces hoist overload, overspeed and "
                    "brake interlocks independently of any other system"
                )
            },
        )
    )
    # Collects the telemetry on the crane and pushes it out of the OT network.
    gateway = tm.add(
        tg.Service(
            "OT edge gateway",
            description="Industrial PC per crane polling the PLCs and forwarding to the historian.",
        )
    )

with tm.boundary("Terminal data centre", trust=tg.Trust.INTERNAL):
    # Long-term store of all crane telemetry, also used by the engineering team.
    historian = tm.add(tg.DataStore("Telemetry historian", stores={telemetry}, controls={c.RBAC()}))
    # Maintenance system of record: work orders and failure codes (the labels).
    cmms = tm.add(tg.DataStore("CMMS", stores={failure_history, work_orders}))
    # Source of the vessel berth schedule; receives the crane unavailability bookings.
    tos = tm.add(
        tg.Service(
            "Terminal operating system",
            description="Plans vessel operations and allocates cranes to berths.",
        )
    )
    # Turns the schedule and the risk scores into proposed maintenance windows.
    scheduler = tm.add(
        tg.Service(
            "Maintenance window scheduler",
            description="Optimiser placing maintenance windows in gaps between vessel calls.",
            controls={c.HumanInTheLoop(approver="the maintenance planner")},
        )
    )
    # Where planners see risk scores and approve or move proposed windows.
    dashboard = tm.add(
        tg.Endpoint(
            "Planner dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Nightly job: aggregates telemetry and joins failure history into features.
        feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
        # Labelled history the model is trained on.
        training_set = tm.add(
            tg.Dataset(
                "Failure training set",
                stores={features, failure_history},
                controls={c.DataVersioning()},
            )
        )
        # Monthly retraining of the classifier.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Keeps every trained version; the serving job loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
        )
        # The failure predictor itself, scoring every crane component nightly.
        model = tm.add(
            tg.Model(
                "Hoist and spreader failure model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                description="Gradient-boosted trees giving a 14-day failure probability "
                "per hoist, brake and spreader component.",
            )
        )

with tm.boundary("Terminal corporate network", trust=tg.Trust.INTERNAL):
    # Approves the proposed maintenance windows.
    planner = tm.add(tg.Actor("Maintenance planner", role="maintenance planner"))
    # Owns the model: trains, evaluates and promotes versions.
    engineer = tm.add(
        tg.Actor("Reliability engineer", role="reliability engineer", privileged=True)
    )
    # Carries out the work and closes work orders with failure codes.
    technician = tm.add(tg.Actor("Crane technician", role="maintenance technician"))

# ---------------------------------------------------------------- flows
tm.flow(plcs, gateway, telemetry, protocol="opc-ua")
tm.flow(
    gateway,
    historian,
    telemetry,
    protocol="MQTT over TLS",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)

tm.flow(historian, feature_job, telemetry, label="nightly export")
tm.flow(cmms, feature_job, failure_history, label="nightly export")
tm.flow(feature_job, training_set, features, failure_history)
tm.flow(training_set, training, features, failure_history)
tm.flow(training, registry, model_file)
tm.flow(engineer, registry, release_approval, protocol="https", label="promotes version")
tm.flow(registry, model, model_file, label="load promoted version")

tm.flow(feature_job, model, features, label="nightly scoring")
tm.flow(model, scheduler, risk_scores)
tm.flow(tos, scheduler, berth_schedule)
tm.flow(scheduler, dashboard, proposals, risk_scores)
tm.flow(dashboard, planner, proposals, risk_scores, protocol="https")
tm.flow(planner, dashboard, window_approval, protocol="https")
tm.flow(dashboard, scheduler, window_approval)
tm.flow(scheduler, cmms, work_orders)
tm.flow(scheduler, tos, crane_booking)

tm.flow(cmms, technician, work_orders, protocol="https")
tm.flow(technician, cmms, failure_history, protocol="https", label="closes work order")
