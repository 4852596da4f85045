"""Zoo animal behaviour camera model: the first design, before any security review.

Overnight, when no keepers are on the grounds, fixed IP cameras in the enclosures
stream video over the camera VLAN to the zoo's network video recorder and to an
inference service on a GPU server in the zoo's server room. The service decodes
frames and runs a behaviour model (fine-tuned in-house from an open-weights video
backbone) that flags signs of distress, injury or escape attempts. An alert service
looks up the on-call keeper in the rota and texts them through an SMS provider with
a link to a short clip; keepers and the night security officer open the clip in a
keeper dashboard (Microsoft 365 sign-in with MFA) and mark each alert true or false.
Once a month those verdicts and clips are exported to a cloud ML account where an
ML engineer annotates them and retrains the model; a new checkpoint is checked on
held-out night clips and versioned in a registry before it is deployed.
The recorder restricts access by role and overwrites footage after 30 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Zoo animal behaviour camera model",
    profile=tg.RiskProfile.HIGH,
    description="Overnight camera model that alerts keepers to animal distress, injury "
    "or escape attempts.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Enclosure video stream",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
frames = tg.Data("Decoded night video frames", kind="features", sensitivity="internal")
detections = tg.Data(
    "Behaviour detections",
    kind="model-output",
    sensitivity="internal",
    description="Enclosure, event type (distress, injury, escape attempt) and confidence.",
)
alert = tg.Data(
    "Keeper alert",
    kind="records",
    sensitivity="internal",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Enclosure, event type, time and a link to the clip.",
)
clip = tg.Data("Event video clip", kind="media", sensitivity="internal")
rota = tg.Data(
    "On-call rota and phone numbers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Keeper names, shifts and mobile numbers.",
)
verdicts = tg.Data(
    "Keeper alert verdicts",
    kind="feedback",
    sensitivity="internal",
    description="True or false alarm, with a keeper's note.",
)
training_clips = tg.Data("Labelled behaviour clips", kind="training-data", sensitivity="internal")
annotations = tg.Data("Behaviour annotations", kind="labels", sensitivity="internal")
backbone = tg.Data("Pretrained video backbone", sensitivity="public", format="pickle")
checkpoint = tg.Data("Behaviour model checkpoint", sensitivity="internal", format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public hub the open-weights backbone is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))
    # Keepers receive alerts on their own phones, off site.
    keeper = tm.add(tg.Actor("On-call keeper", role="keeper"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway that delivers alerts to keepers' phones.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Enclosure camera VLAN", trust=tg.Trust.INTERNAL):
    # Fixed IP cameras with infrared, one or more per enclosure.
    cameras = tm.add(tg.Device("Enclosure cameras", fleet=True))

with tm.boundary("Zoo server room", trust=tg.Trust.INTERNAL):
    # Records every camera continuously; the source of clips and training footage.
    nvr = tm.add(
        tg.DataStore(
            "Network video recorder",
            stores={video, clip},
            controls={
                c.RBAC(note="vendor user roles: keepers view, IT administers"),
                c.RetentionLimits(days=30, note="footage overwritten after 30 days"),
            },
        )
    )
    # Pulls the live streams, decodes frames and runs the model overnight.
    inference = tm.add(
        tg.Service(
            "Behaviour inference service",
            description="Decodes frames from each stream on the GPU server and scores them.",
        )
    )
    # The model that decides whether an animal looks distressed, injured or escaping.
    model = tm.add(
        tg.Model(
            "Animal behaviour model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned from an open-weights video backbone on the zoo's own clips.",
        )
    )
    # Turns detections into alerts, picks who is on call and sends the text.
    alerting = tm.add(tg.Service("Alert service"))
    # Alerts, the on-call rota and keepers' verdicts.
    alert_db = tm.add(tg.DataStore("Alert database", stores={alert, rota, verdicts}))
    # Web page where keepers and security watch clips and mark alerts.
    dashboard = tm.add(
        tg.Endpoint(
            "Keeper dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 single sign-on with MFA")},
        )
    )

with tm.boundary("Zoo office network", trust=tg.Trust.INTERNAL):
    # Watches the dashboard from the security office through the night.
    security = tm.add(tg.Actor("Night security officer", role="security"))
    # Annotates clips, retrains and deploys the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("ML cloud account", trust=tg.Trust.INTERNAL):
    # Exported clips with keepers' verdicts and annotations.
    dataset = tm.add(
        tg.Dataset("Behaviour training set", stores={training_clips, annotations, verdicts})
    )
    # Monthly fine-tuning job on a cloud GPU instance.
    training = tm.add(
        tg.Pipeline(
            "Monthly fine-tuning job",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            controls={c.ModelValidation(note="recall per species on held-out night clips")},
        )
    )
    # Keeps every checkpoint so a bad one can be rolled back.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={checkpoint}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# live detection
tm.flow(cameras, nvr, video, protocol="rtsp")
tm.flow(cameras, inference, video, protocol="rtsp")
tm.flow(inference, model, frames)
tm.flow(model, inference, detections)
tm.flow(inference, alerting, detections, label="events above threshold")
tm.flow(nvr, alerting, clip, label="clip around the event")
tm.flow(alerting, alert_db, alert, clip)
tm.flow(alert_db, alerting, rota, label="who is on call")
tm.flow(alerting, sms, alert, rota, protocol="https")
tm.flow(sms, keeper, alert, protocol="sms")

# review
tm.flow(keeper, dashboard, verdicts, protocol="https")
tm.flow(dashboard, keeper, alert, clip, protocol="https")
tm.flow(security, dashboard, verdicts, protocol="https")
tm.flow(dashboard, security, alert, clip, protocol="https")
tm.flow(dashboard, alert_db, verdicts)
tm.flow(alert_db, dashboard, alert, clip)

# retraining
tm.flow(nvr, dataset, training_clips, protocol="https", label="monthly clip export")
tm.flow(alert_db, dataset, verdicts, protocol="https", label="monthly export")
tm.flow(ml_engineer, dataset, annotations, protocol="https")
tm.flow(hub, training, backbone, protocol="https")
tm.flow(dataset, training, training_clips, annotations, verdicts)
tm.flow(training, registry, checkpoint)
tm.flow(registry, model, checkpoint, protocol="https", label="deployed by the ML engineer")
