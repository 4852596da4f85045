"""Harbour crane container weight check: the first design, before any security review.

Load cells on the spreaders of the ship-to-shore and yard cranes weigh every
container as it is lifted. The crane PLC publishes each lift's weight over OPC UA
to an edge gateway in the crane's electrical house, which pairs it with the
container number read by the crane's OCR camera and posts the lift to the weight
check service in the terminal data centre. The service looks up the verified
gross mass the shipper declared (sent by the shipping lines' booking systems as
EDI messages over SFTP, one key per line, schema-checked on arrival), asks a
model whether the difference is a real misdeclaration once crane dynamics and
wind are accounted for, and flags mismatches to the terminal planner's dashboard
before loading. The planner decides whether to hold and reweigh the container;
the planner's decisions and reweigh results go back into the terminal operating
system and feed monthly retraining. The dashboard uses the corporate single sign-on.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Harbour crane container weight check",
    profile=tg.RiskProfile.HIGH,
    description="Flags containers whose measured weight does not match the declared weight.",
)

# ---------------------------------------------------------------- data assets
load_signal = tg.Data(
    "Load cell readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lift_weight = tg.Data(
    "Measured lift weight",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Gross weight, crane id, spreader state and wind speed for one lift.",
)
camera_frames = tg.Data("Container door images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
lift_event = tg.Data(
    "Lift event",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Container number, measured weight and lift context.",
)
declaration = tg.Data(
    "Declared gross mass",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="EDI VERMAS message: container, declared weight, shipper and signatory.",
)
container_record = tg.Data(
    "Container record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Booking, declared weight, stowage position and hold status.",
)
features = tg.Data("Mismatch features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
mismatch_score = tg.Data(
    "Mismatch score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
flag = tg.Data(
    "Weight mismatch flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
planner_decision = tg.Data(
    "Hold or release decision",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lift_history = tg.Data(
    "Lift history with reweigh outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Mismatch model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Crane network", trust=tg.Trust.INTERNAL):
    # Strain-gauge load cells in each spreader's twistlocks: the measurement itself.
    load_cells = tm.add(
        tg.Device(
            "Spreader load cells", fleet=True, description="Four cells per spreader, 4-20 mA."
        )
    )
    # Crane controller that sums the load cell signals into a lift weight.
    crane_plc = tm.add(
        tg.Service(
            "Crane PLC",
            description="Existing crane controller; publishes the lift weight on its OPC UA server.",
        )
    )
    # Camera on the crane that reads the container number during the lift.
    ocr_camera = tm.add(tg.Device("Crane OCR camera", fleet=True))
    # Edge box in the crane's electrical house that pairs weights with container numbers.
    gateway = tm.add(
        tg.Service(
            "Crane edge gateway",
            description="Reads OPC UA, runs container-number OCR, posts lift events.",
        )
    )

with tm.boundary("Shipping lines", trust=tg.Trust.PARTNER):
    # Each shipping line's booking system sends the shipper's verified gross mass.
    booking = tm.add(
        tg.ExternalService(
            "Shipping line booking system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Sends VERMAS declarations for each booked container.",
        )
    )

with tm.boundary("Terminal data centre", trust=tg.Trust.INTERNAL):
    # SFTP drop the shipping lines upload EDI declarations to.
    edi = tm.add(
        tg.Endpoint(
            "EDI gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="SSH key per shipping line"),
                tg.controls.SchemaEnforcement(note="EDIFACT VERMAS syntax and field checks"),
            },
        )
    )
    # Terminal operating system: the record of every container, declaration and hold.
    tos = tm.add(
        tg.DataStore(
            "Terminal operating system",
            stores={container_record, declaration, lift_event},
            controls={tg.controls.AuditLogging(note="TOS change history of holds and weights")},
        )
    )
    # Compares each lift against the declaration and raises flags for the planner.
    checker = tm.add(
        tg.Service(
            "Weight check service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the terminal planner",
                    note="a flag only advises; the planner decides on a hold",
                )
            },
        )
    )
    # Model that judges whether a difference is a real misdeclaration or lift noise.
    model = tm.add(
        tg.Model(
            "Weight mismatch model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over weight difference, crane, wind and spreader state.",
            controls={tg.controls.ModelValidation(note="backtest on last quarter's reweighs")},
        )
    )
    # Web dashboard that shows the planner the flagged containers before loading.
    dashboard = tm.add(
        tg.Endpoint(
            "Planner dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="corporate SSO")},
        )
    )
    # Past lifts joined with reweigh outcomes: the training set.
    history = tm.add(tg.Dataset("Lift history", stores={lift_history}))
    # Monthly retraining job.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Stores model versions; the service loads the latest one.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Terminal control room", trust=tg.Trust.INTERNAL):
    # Vessel planner who decides whether a flagged container is held and reweighed.
    planner = tm.add(tg.Actor("Terminal planner", role="planner"))

# ---------------------------------------------------------------- flows
tm.flow(load_cells, crane_plc, load_signal, label="4-20 mA")
tm.flow(crane_plc, gateway, lift_weight, protocol="opc-ua")
tm.flow(ocr_camera, gateway, camera_frames, protocol="rtsp")
tm.flow(gateway, checker, lift_event, protocol="https")

tm.flow(booking, edi, declaration, protocol="sftp")
tm.flow(edi, tos, declaration)
tm.flow(checker, tos, lift_event, label="declaration lookup")
tm.flow(tos, checker, declaration, container_record)
tm.flow(checker, model, features)
tm.flow(model, checker, mismatch_score)
tm.flow(checker, tos, flag, label="mismatch flag")
tm.flow(tos, dashboard, flag, container_record)
tm.flow(dashboard, planner, flag, container_record, protocol="https")
tm.flow(planner, dashboard, planner_decision, protocol="https")
tm.flow(dashboard, tos, planner_decision)

tm.flow(tos, history, lift_history, label="nightly export")
tm.flow(history, training, lift_history)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load latest version")
