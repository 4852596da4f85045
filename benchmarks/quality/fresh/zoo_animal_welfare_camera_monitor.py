"""Zoo animal welfare camera monitor: the first design, before any security review.

Infrared IP cameras in the enclosures stream overnight video over the zoo's
camera VLAN to a network video recorder in the server room. A stream analysis
service pulls the streams, runs an in-house behaviour detection model (fine-tuned
from a public pretrained video backbone) and records events such as pacing,
collapse, limping or fighting, with a short clip, in an event database.
An alert dispatcher looks up the on-call keeper and sends a push notification
through a commercial push service to the keepers' phones. Keepers and the duty
vet open the clip in a review portal (reachable from the internet so that phones
on mobile data can use it, signed in with the zoo's Microsoft 365 accounts);
the vet reviews every clip before any treatment and marks each alert as real or
false, and those verdicts feed a monthly retraining job whose models are
versioned in a registry. Footage on the recorder is overwritten after 30 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Zoo animal welfare camera monitor",
    profile=tg.RiskProfile.LOW,
    description="Overnight detection of abnormal animal behaviour and injuries, "
    "with alerts to keepers and vet review of clips.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Enclosure video",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Infrared night video; keepers on rounds appear in it.",
)
events = tg.Data(
    "Behaviour events",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Animal, enclosure, behaviour class, confidence and time.",
)
clips = tg.Data("Event clips", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
rota = tg.Data(
    "On-call rota and push tokens",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Keeper names, sections, shifts and the push token of each phone.",
)
alert = tg.Data(
    "Welfare alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
acknowledgement = tg.Data("Alert acknowledgement", kind="records")
verdicts = tg.Data(
    "Vet verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Real or false alarm, with the behaviour the vet saw.",
)
backbone = tg.Data(
    "Pretrained video backbone",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="A PyTorch checkpoint downloaded from a public model hub.",
)
weights = tg.Data(
    "Behaviour model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Enclosure camera network", trust=tg.Trust.INTERNAL):
    # The sensors: one or two IR cameras per enclosure on a separate VLAN.
    cameras = tm.add(
        tg.Device(
            "Enclosure cameras",
            fleet=True,
            description="About 60 PoE infrared IP cameras streaming RTSP.",
        )
    )

with tm.boundary("Zoo server room", trust=tg.Trust.INTERNAL):
    # Keeps the raw footage so clips can be cut and incidents looked at later.
    nvr = tm.add(
        tg.DataStore(
            "Network video recorder",
            stores={video},
            controls={c.RetentionLimits(days=30, note="footage overwritten after 30 days")},
        )
    )
    # Pulls every stream at night, samples frames and asks the model about them.
    analyser = tm.add(
        tg.Service(
            "Stream analysis service",
            description="GPU server; turns detections into events and cuts 30-second clips.",
        )
    )
    # The detector itself; its output decides whether a keeper is woken up.
    model = tm.add(
        tg.Model(
            "Behaviour detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Fine-tuned video classifier for pacing, collapse, limping, fighting.",
            controls={
                c.HumanInTheLoop(
                    approver="the duty vet",
                    note="the vet reviews the clip before any treatment or intervention",
                )
            },
        )
    )
    # Where events, clips and the on-call rota live; the portal reads from it.
    event_db = tm.add(tg.DataStore("Event and clip database", stores={events, clips, rota}))
    # Chooses who to notify for each event and sends the push.
    dispatcher = tm.add(tg.Service("Alert dispatcher"))
    # The one page keepers and vets use to watch clips and record verdicts.
    portal = tm.add(
        tg.Endpoint(
            "Clip review portal",
            purpose=tg.EndpointPurpose.API,
            description="Web app behind the zoo's reverse proxy, published to the internet.",
            controls={
                c.Authentication(method="OIDC sign-in with the zoo's Microsoft 365 accounts")
            },
        )
    )

    with tm.boundary("Model training", trust=tg.Trust.INTERNAL):
        # Vet-confirmed clips become the training set for the next model.
        label_set = tm.add(tg.Dataset("Verified clip dataset", stores={clips, verdicts}))
        # Monthly fine-tuning run by the zoo's contract data scientist.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining job",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
            )
        )
        # Versions of the model; the analysis service loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning(note="MLflow registry versions and stages")},
            )
        )

with tm.boundary("Vet clinic", trust=tg.Trust.INTERNAL):
    # Decides on treatment; also labels each alert as real or false.
    vet = tm.add(tg.Actor("Duty vet", role="veterinarian"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Keepers' phones on mobile data, running the alert app.
    phones = tm.add(tg.Device("Keeper phones", fleet=True))
    # The person who goes to the enclosure when woken.
    keeper = tm.add(tg.Actor("On-call keeper", role="animal keeper"))
    # Public hub the training job takes its pretrained backbone from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Push notification provider", trust=tg.Trust.PARTNER):
    # Delivers notifications to Android and iOS phones.
    push = tm.add(tg.ExternalService("Push notification service"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, nvr, video, protocol="rtsp")
tm.flow(nvr, analyser, video, protocol="rtsp")
tm.flow(analyser, model, video, label="sampled frames")
tm.flow(model, analyser, events)
tm.flow(analyser, event_db, events, clips)
tm.flow(analyser, dispatcher, events)
tm.flow(event_db, dispatcher, rota, label="who is on call")
tm.flow(dispatcher, push, alert, rota, protocol="https")
tm.flow(push, phones, alert, protocol="https")
tm.flow(phones, keeper, alert)
tm.flow(keeper, phones, acknowledgement)
tm.flow(phones, portal, acknowledgement, protocol="https")
tm.flow(portal, phones, clips, events, protocol="https")
tm.flow(portal, event_db, acknowledgement, verdicts)
tm.flow(event_db, portal, clips, events)
tm.flow(portal, vet, clips, events, protocol="https")
tm.flow(vet, portal, verdicts, protocol="https")

tm.flow(portal, label_set, clips, verdicts, label="verified clips")
tm.flow(label_set, training, clips, verdicts)
tm.flow(hub, training, backbone, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load promoted version")
