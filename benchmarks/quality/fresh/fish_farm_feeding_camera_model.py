"""Salmon farm appetite-driven feeding: the first design, before any security review.

Each sea pen has underwater cameras that stream video over the site network to an
inference server on the control barge. A vision model detects when the salmon stop
taking pellets (pellets falling past the fish, feeding activity dropping) and the
inference service tells the feeding system's controller to slow or stop the feed
blowers for that pen, and to resume on the next meal. The feeding controller is the
feed vendor's system on the barge and drives the blowers and selector valves itself.
The site manager watches live video and feed curves on a dashboard on the barge and
can override the feeding. Feed and detection logs are synced over the site's 4G
link to the company cloud, where a reporting job e-mails the feed supplier a weekly
consumption report, and sampled clips are labelled by the ML team to retrain the
model. Controls in this design: dashboard and cloud sign-in, role-based access in
the cloud, encrypted cloud storage, versioned models and TLS on the cloud links.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Salmon farm appetite-driven feeding",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Underwater cameras and a vision model stop and resume the feed blowers per pen "
        "when the fish stop eating; weekly consumption reports go to the feed supplier."
    ),
)

# ---------------------------------------------------------------- data assets
pen_video = tg.Data(
    "Underwater pen video",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
appetite_signal = tg.Data(
    "Appetite detection",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-pen feeding activity score and 'fish stopped eating' event.",
)
feed_command = tg.Data(
    "Feed stop and resume command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
blower_setpoints = tg.Data(
    "Blower and valve setpoints",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data(
    "Manual feeding override",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
feed_log = tg.Data(
    "Feed and detection log",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Kilograms fed per pen and meal, stop events, biomass estimates.",
)
consumption_report = tg.Data(
    "Weekly feed consumption report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
clips = tg.Data("Sampled feeding clips", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL)
clip_labels = tg.Data(
    "Clip labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Appetite model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Sea pens", trust=tg.Trust.INTERNAL):
    # The eyes of the system: two cameras per pen, on a fibre/radio link to the barge.
    cameras = tm.add(
        tg.Device(
            "Underwater pen cameras",
            fleet=True,
            description="IP cameras on winches inside each pen, streaming RTSP to the barge.",
        )
    )
    # The actuators the whole design exists to control.
    blowers = tm.add(
        tg.Device(
            "Feed blowers and selector valves",
            fleet=True,
            description="Blow pellets down the feed pipes to the spreaders on each pen.",
        )
    )

with tm.boundary("Control barge", trust=tg.Trust.INTERNAL):
    # Runs the model on the barge so feeding keeps working when the 4G link drops.
    inference = tm.add(
        tg.Service(
            "Appetite inference service",
            description="Decodes the camera streams, runs the model per pen, sends stop/resume.",
        )
    )
    # Detects the end of appetite from the video frames.
    model = tm.add(
        tg.Model(
            "Appetite detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Fine-tuned video classifier for pellet fall-through and fish activity.",
        )
    )
    # The feed vendor's controller: it owns the blowers and accepts commands from us.
    feed_controller = tm.add(
        tg.Service(
            "Feeding system controller",
            description="Vendor feeding PLC and software; per-pen meal plans and max rates.",
        )
    )
    # Keeps what was fed and what the model saw, for the manager and for reporting.
    feed_db = tm.add(
        tg.DataStore(
            "Barge feed log database",
            stores={feed_log},
        )
    )
    # Where the site manager watches the pens and takes over feeding.
    dashboard = tm.add(
        tg.Service(
            "Feeding dashboard",
            description="Web dashboard on the barge LAN: live video, feed curves, overrides.",
            controls={c.Authentication(method="local user name and password")},
        )
    )
    # Runs the site day to day from the control room on the barge.
    site_manager = tm.add(tg.Actor("Site manager", role="site manager"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Collects the feed logs from every site and produces the supplier reports.
    reporting = tm.add(
        tg.Service(
            "Feed reporting service",
            description="Receives nightly log syncs and builds the weekly consumption report.",
            controls={c.Authentication(method="company SSO"), c.RBAC()},
        )
    )
    # Sampled clips and their labels, used to retrain the model.
    clip_set = tm.add(
        tg.Dataset(
            "Feeding clip dataset",
            stores={clips, clip_labels},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Retrains the model when enough new labelled clips have built up.
    training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
    # Holds the released model versions that the barges pull.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Labels the clips and runs the retraining.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Feed supplier", trust=tg.Trust.PARTNER):
    # Plans production and deliveries from the weekly consumption figures.
    supplier = tm.add(tg.Actor("Feed supplier", role="supplier account manager"))

# ---------------------------------------------------------------- flows
# Video to the model and back.
tm.flow(cameras, inference, pen_video, protocol="rtsp")
tm.flow(inference, model, pen_video, label="frames")
tm.flow(model, inference, appetite_signal)

# From the detection to the blowers.
tm.flow(inference, feed_controller, feed_command, protocol="modbus")
tm.flow(feed_controller, inference, feed_log, protocol="modbus", label="feeding state")
tm.flow(feed_controller, blowers, blower_setpoints, protocol="modbus")
tm.flow(blowers, feed_controller, feed_log, protocol="modbus", label="blower status")

# Logging and the manager's view.
tm.flow(inference, feed_db, appetite_signal)
tm.flow(feed_controller, feed_db, feed_log)
tm.flow(feed_db, dashboard, feed_log)
tm.flow(cameras, dashboard, pen_video, protocol="rtsp", label="live view")
tm.flow(dashboard, site_manager, pen_video, feed_log, protocol="http")
tm.flow(site_manager, dashboard, override, protocol="http")
tm.flow(dashboard, feed_controller, override, protocol="modbus")

# Reporting to the feed supplier.
tm.flow(feed_db, reporting, feed_log, protocol="https", label="nightly sync over 4G")
tm.flow(reporting, supplier, consumption_report, protocol="smtp+starttls", label="weekly e-mail")

# Retraining loop.
tm.flow(inference, clip_set, clips, protocol="https", label="sampled clips over 4G")
tm.flow(clip_set, ml_engineer, clips, protocol="https")
tm.flow(ml_engineer, clip_set, clip_labels, protocol="https")
tm.flow(clip_set, training, clips, clip_labels)
tm.flow(training, registry, weights)
tm.flow(registry, inference, weights, protocol="https", label="model update pull")
