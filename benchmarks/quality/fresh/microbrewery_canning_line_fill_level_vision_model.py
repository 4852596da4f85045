"""Canning line fill-level and seam inspection: the first design, before any security review.

A microbrewery's canning line gets two industrial cameras, one after the filler and
one after the seamer. An inspection PC next to the line decodes each frame, runs a
vision model that judges the fill level and the double seam of every can, and tells
the line PLC to kick faulty cans off the conveyor. Results and the images of rejected
cans are kept on the brewery office LAN, where the head brewer watches batch reject
rates on a web dashboard and line staff mark wrongly rejected cans from a tablet.
The vision integrator retrains the model monthly in its cloud from the labelled
reject images, publishes versioned model files the inspection PC downloads, and
supports the PC remotely over TeamViewer. Reject-rate alerts go to the brewer by
e-mail. Controls in this design: dashboard login, HTTPS to the integrator's cloud,
versioned model releases checked by the integrator on a hold-out set, and a heartbeat
that stops the conveyor when the inspection PC stops answering.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Microbrewery canning line fill-level and seam vision model",
    profile=tg.RiskProfile.LOW,
    description=(
        "Camera inspection of can fill level and seam quality on a microbrewery "
        "canning line, rejecting faulty cans and reporting to the brewer."
    ),
)

# ---------------------------------------------------------------- data assets
can_images = tg.Data(
    "Can camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Frames from the fill-level and seam cameras, one or two per can.",
)
can_triggers = tg.Data(
    "Can position triggers",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photo-eye and encoder pulses telling the PC which can is in view.",
)
verdicts = tg.Data(
    "Fill and seam verdicts",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per can: measured fill height, seam pass/fail, confidence.",
)
reject_signal = tg.Data("Reject command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
results = tg.Data(
    "Inspection results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fill heights, reject counts and reasons per batch and can size.",
)
reject_images = tg.Data("Reject images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
thresholds = tg.Data(
    "Reject thresholds",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Minimum fill height per can size and seam tolerance, set by the brewer.",
)
operator_labels = tg.Data(
    "False-reject marks",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Line staff mark rejected cans that were in fact good.",
)
training_images = tg.Data(
    "Labelled reject images",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
model_file = tg.Data(
    "Inspection model file",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The integrator's trained detector, versioned per release.",
)
alerts = tg.Data("Reject-rate alerts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
remote_session = tg.Data(
    "Remote support session",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Screen, keyboard and file transfer of the integrator's TeamViewer session.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Canning line network", trust=tg.Trust.INTERNAL):
    # The two cameras are the only eyes on each can; without them nothing is inspected.
    cameras = tm.add(
        tg.Device(
            "Line cameras",
            fleet=False,
            description="GigE cameras after the filler and after the seamer, with strobe lights.",
        )
    )
    # The PLC already runs the conveyor; it fires the pneumatic kicker on a reject.
    plc = tm.add(
        tg.Device(
            "Line PLC and reject kicker",
            fleet=False,
            description="Conveyor PLC that triggers the cameras and drives the reject kicker.",
            controls={
                c.FailClosed(
                    fallback="PLC stops the conveyor and sounds the line alarm when the "
                    "inspection PC misses two heartbeats"
                )
            },
        )
    )
    # The inspection PC ties cameras, model and PLC together at line speed.
    inspection_pc = tm.add(
        tg.Service(
            "Inspection PC",
            description="Industrial PC by the line: grabs frames, runs the model, "
            "sends reject commands, stores results and reject images.",
        )
    )
    # The model itself, loaded from the integrator's file on the inspection PC.
    vision_model = tm.add(
        tg.Model(
            "Fill-level and seam vision model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Integrator-trained detector; measures fill height and flags "
            "seam defects, rejecting cans below the thresholds.",
        )
    )

with tm.boundary("Brewery office LAN", trust=tg.Trust.INTERNAL):
    # Batch results the brewer reports from and checks against the fill regulations.
    results_db = tm.add(tg.DataStore("Inspection results database", stores={results}))
    # Images of every rejected can, kept for review and for retraining.
    image_store = tm.add(
        tg.DataStore(
            "Reject image share",
            stores={reject_images, operator_labels},
            description="Folder on the office NAS.",
        )
    )
    # Where the brewer sees reject rates and sets thresholds; staff mark false rejects.
    dashboard = tm.add(
        tg.Endpoint(
            "Inspection dashboard",
            purpose=tg.EndpointPurpose.API,
            description="The integrator's web app, served from the office NAS.",
            controls={
                c.Authentication(
                    method="username and password: one admin account for the brewer, "
                    "one operator account shared by line staff"
                )
            },
        )
    )
    # The head brewer owns quality and the reject thresholds.
    brewer = tm.add(tg.Actor("Head brewer", role="brewer", privileged=True))
    # Line staff review rejected cans on a tablet beside the line.
    line_staff = tm.add(tg.Actor("Line operator", role="canning line operator"))

with tm.boundary("Vision integrator cloud", trust=tg.Trust.PARTNER):
    # The integrator retrains the model on the brewery's labelled rejects.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            description="Fine-tunes the detector on the month's labelled rejects.",
            controls={c.ModelValidation(note="release only if hold-out accuracy does not drop")},
        )
    )
    # Releases the inspection PC downloads new model versions from.
    model_releases = tm.add(
        tg.ModelRegistry(
            "Integrator model releases",
            stores={model_file},
            controls={c.ModelVersioning()},
        )
    )
    # The integrator's engineer supports the inspection PC remotely.
    integrator = tm.add(
        tg.Actor("Integrator support engineer", role="vision integrator", privileged=True)
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Hosted mail service that delivers reject-rate alerts to the brewer's phone.
    mail = tm.add(tg.ExternalService("E-mail service", provides=tg.ExternalCategory.GENERIC))

# ---------------------------------------------------------------- flows
tm.flow(plc, cameras, can_triggers, label="camera trigger")
tm.flow(plc, inspection_pc, can_triggers, protocol="modbus")
tm.flow(cameras, inspection_pc, can_images, protocol="gige-vision")
tm.flow(inspection_pc, vision_model, can_images, thresholds)
tm.flow(vision_model, inspection_pc, verdicts)
tm.flow(inspection_pc, plc, reject_signal, protocol="modbus", label="kick can")

tm.flow(inspection_pc, results_db, results, protocol="postgresql")
tm.flow(inspection_pc, image_store, reject_images, protocol="smb")
tm.flow(results_db, dashboard, results)
tm.flow(image_store, dashboard, reject_images)
tm.flow(dashboard, brewer, results, reject_images, protocol="http")
tm.flow(brewer, dashboard, thresholds, protocol="http")
tm.flow(dashboard, inspection_pc, thresholds, protocol="http", label="threshold update")
tm.flow(dashboard, line_staff, reject_images, protocol="http")
tm.flow(line_staff, dashboard, operator_labels, protocol="http")
tm.flow(dashboard, image_store, operator_labels)

tm.flow(dashboard, mail, alerts, protocol="smtp+starttls", label="reject rate above limit")
tm.flow(mail, brewer, alerts, protocol="smtps")

tm.flow(image_store, retraining, training_images, protocol="https", label="monthly upload")
tm.flow(retraining, model_releases, model_file)
tm.flow(model_releases, inspection_pc, model_file, protocol="https", label="model download")
tm.flow(integrator, inspection_pc, remote_session, protocol="teamviewer")
tm.flow(inspection_pc, integrator, remote_session, protocol="teamviewer")
