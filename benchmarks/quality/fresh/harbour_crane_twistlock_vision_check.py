"""Twistlock vision check on quay cranes: the first design.

Cameras on each ship-to-shore crane's spreader look at the four corner castings.
When the crane PLC reports the spreader landed and the twistlocks commanded open,
a check service on the crane's edge computer runs a vision model on the frames and
sends the PLC a hold if any twistlock still looks locked; the operator sees the
hold on the cab panel and can release it with a key switch after the lashers check.
The PLC keeps its own overload and spreader-landed interlocks. Frames of stopped
lifts are uploaded to the terminal's cloud tenant, where the safety team reviews
them in a portal behind the terminal SSO. The crane vendor's data team pulls the
reviewed images to retrain the model, and the vendor's remote update service
pushes new model packages to an update agent on each edge computer.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Quay crane twistlock vision check",
    profile=tg.RiskProfile.HIGH,
    description="Edge vision check that holds a container lift while a twistlock is still locked.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Spreader corner frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Video frames of the four corner castings; lashers are sometimes in view.",
)
lift_state = tg.Data(
    "Spreader lift state",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Spreader landed, twistlock command, hoist about to start.",
)
verdict = tg.Data("Twistlock state per corner", kind="model-output")
hold = tg.Data(
    "Lift hold signal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
hold_alarm = tg.Data("Hold alarm", kind="records")
override = tg.Data("Operator hold release", kind="records")
stopped_lift = tg.Data(
    "Stopped-lift images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Frames of each held lift with the model's verdict, crane id and time.",
)
review_labels = tg.Data(
    "Review labels",
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="The safety team's call: real locked twistlock or false stop.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_export = tg.Data(
    "Labelled training export", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_package = tg.Data(
    "Model update package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Crane vendor", trust=tg.Trust.PARTNER):
    # The vendor's data scientists who retrain the model.
    vendor_team = tm.add(tg.Actor("Vendor data team", role="data scientist"))
    # The vendor's own training environment.
    training = tm.add(tg.Pipeline("Vendor retraining pipeline", stage="training"))
    # The vendor's fleet update service for its crane software.
    update_service = tm.add(tg.ExternalService("Vendor remote update service"))

with tm.boundary("Terminal cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives stopped-lift images from the cranes.
    upload_api = tm.add(
        tg.Endpoint(
            "Image upload API",
            purpose="api",
            controls={c.Authentication(method="per-crane API key")},
        )
    )
    # Object storage for held-lift images and their review labels.
    image_store = tm.add(
        tg.DataStore(
            "Stopped-lift image store",
            stores={stopped_lift, review_labels},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Web app where the safety team looks at each held lift.
    review_portal = tm.add(
        tg.Endpoint(
            "Safety review portal",
            purpose="api",
            controls={c.Authentication(method="terminal SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Terminal office network", trust=tg.Trust.INTERNAL):
    # Terminal safety officers who review stops and incidents.
    safety_officer = tm.add(tg.Actor("Safety officer", role="safety team"))

with tm.boundary("Crane OT network", trust=tg.Trust.INTERNAL):
    # Cameras on the spreader, one per corner, on every crane.
    cameras = tm.add(tg.Device("Spreader cameras", fleet=True))
    # Application on the crane's edge computer that decides whether to hold the lift.
    check = tm.add(tg.Service("Twistlock check service"))
    # The vendor-trained vision model, running on the edge computer's GPU.
    model = tm.add(
        tg.Model(
            "Twistlock state model",
            task="classifier",
            high_stakes=True,
            description="Classifies each corner as locked or unlocked; trained by the crane vendor.",
        )
    )
    # Installs model packages from the vendor's update service on the edge computer.
    update_agent = tm.add(tg.Service("Edge update agent"))
    # The crane's controller: runs hoist and spreader, obeys the hold.
    plc = tm.add(
        tg.Service(
            "Crane PLC",
            controls={
                c.SafetyLimits(limits="load-cell overload cut-out and spreader-landed interlock")
            },
        )
    )
    # The crane driver in the cab.
    operator = tm.add(tg.Actor("Crane operator", role="crane driver"))

# ---------------------------------------------------------------- flows
# the check at each lift
tm.flow(cameras, check, frames, protocol="rtsp")
tm.flow(plc, check, lift_state, protocol="opc-ua")
tm.flow(check, model, frames, protocol="local")
tm.flow(model, check, verdict, protocol="local")
tm.flow(check, plc, hold, protocol="opc-ua")
tm.flow(plc, operator, hold_alarm, label="on the cab panel")
tm.flow(operator, plc, override, label="key switch on the cab panel")

# review in the terminal cloud
tm.flow(check, upload_api, stopped_lift, protocol="https")
tm.flow(upload_api, image_store, stopped_lift)
tm.flow(image_store, review_portal, stopped_lift)
tm.flow(review_portal, safety_officer, stopped_lift, protocol="https")
tm.flow(safety_officer, review_portal, review_labels, protocol="https")
tm.flow(review_portal, image_store, review_labels)

# retraining and model updates by the vendor
tm.flow(image_store, training, training_export, protocol="https", label="pulled by the vendor")
tm.flow(vendor_team, training, training_config, label="curates and trains")
tm.flow(training, update_service, model_package, protocol="https")
tm.flow(update_service, update_agent, model_package, protocol="https")
tm.flow(update_agent, model, model_package, protocol="local")
