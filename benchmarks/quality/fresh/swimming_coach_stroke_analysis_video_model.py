"""Swimming club stroke analysis: the first design, before any security review.

The club films its swimmers, most of them under 18, with a fixed underwater camera
in the training pool and with coaches' tablets on the poolside. A recorder box on
the pool hall network cuts the underwater stream into clips per lane and uploads
them, and coaches upload their poolside clips from the tablet, to the club app API
in the club's cloud account. An analysis worker runs a pose-based stroke model on
each clip (stroke rate, body line, kick timing, technique faults) and asks a hosted
LLM to turn the metrics and the coach's notes into plain-language feedback. The
squad coach reviews and releases the feedback; swimmers and parents then see it,
with the clip, in the club app. Coaches' annotations of clips become training data
for fine-tuning the model from a public pose-estimation checkpoint.
Controls in this design: e-mail and password sign-in with coach and parent roles in
the app, HTTPS to and from the cloud, encrypted storage, versioned models.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Swimming club stroke analysis",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Video stroke analysis of young swimmers with feedback for coaches, "
    "swimmers and parents through the club app.",
)

# ---------------------------------------------------------------- data assets
underwater_video = tg.Data(
    "Underwater stroke video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Live underwater stream of lanes in training; swimmers are mostly children.",
)
poolside_video = tg.Data(
    "Poolside stroke video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
clips = tg.Data(
    "Swimmer stroke clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Per-swimmer clips, tagged with the swimmer, squad and session.",
)
metrics = tg.Data(
    "Stroke metrics",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Stroke rate, distance per stroke, body angle, kick timing, fault labels.",
)
prompt = tg.Data(
    "Feedback prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Swimmer's first name and age group, stroke metrics and the coach's notes.",
)
draft = tg.Data("Draft technique feedback", kind="model-output", sensitivity=tg.Sensitivity.PII)
feedback = tg.Data(
    "Released technique feedback",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Feedback text and metrics after the coach has edited and released it.",
)
profiles = tg.Data(
    "Swimmer profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Name, date of birth, squad, parent contact details and filming consent.",
)
annotations = tg.Data(
    "Coach clip annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Stroke phases and technique faults marked by coaches on clips.",
)
app_request = tg.Data("App feedback request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
base_checkpoint = tg.Data(
    "Public pose checkpoint", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
stroke_weights = tg.Data(
    "Stroke model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Pool hall network", trust=tg.Trust.INTERNAL):
    # Fixed camera on the pool wall; the club's main source of underwater footage.
    camera = tm.add(tg.Device("Underwater camera", fleet=False))
    # Small PC beside the pool that records the stream and cuts lane clips.
    recorder = tm.add(
        tg.Service(
            "Pool recorder box",
            description="Records the underwater stream during sessions and uploads clips.",
        )
    )
    # Club-owned tablets the coaches film with and use the coach view of the app on.
    tablet = tm.add(tg.Device("Coach tablet", description="Club-owned tablets, one per squad."))
    # Coaches run sessions on the poolside and review feedback.
    coach = tm.add(tg.Actor("Coach", role="squad coach"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Swimmers and their parents read feedback in the club app on their own phones.
    family = tm.add(tg.Actor("Swimmer or parent", role="app user"))
    # Public model hub the base pose-estimation checkpoint is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted LLM that writes the feedback in words a young swimmer understands.
    llm = tm.add(
        tg.LLM(
            "Feedback writer LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted chat model called through the vendor API.",
        )
    )

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # The one API behind the app: uploads, the coach view and the swimmer/parent view.
    api = tm.add(
        tg.Endpoint(
            "Club app API",
            purpose=tg.EndpointPurpose.API,
            description="Serves the coach view and the family view of the club app; "
            "parents see the swimmers linked to their account.",
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RBAC(note="coach and parent roles"),
                tg.controls.HumanInTheLoop(
                    approver="the squad coach releases each feedback before families see it"
                ),
            },
        )
    )
    # Queue worker that analyses each new clip and drafts the feedback.
    worker = tm.add(
        tg.Service(
            "Analysis worker",
            description="Runs the stroke model on new clips and calls the LLM for feedback.",
        )
    )
    # The stroke model itself: pose keypoints per frame, then stroke metrics and faults.
    stroke_model = tm.add(
        tg.Model(
            "Stroke analysis model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Pose estimator fine-tuned on the club's clips, with a stroke "
            "phase and fault head.",
        )
    )
    # Object storage for raw clips from both cameras.
    clip_store = tm.add(
        tg.DataStore(
            "Video clip store",
            stores={clips},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Database of swimmers, consent flags and feedback history.
    swimmer_db = tm.add(
        tg.DataStore(
            "Swimmer database",
            stores={profiles, feedback, metrics},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Annotated clips kept for fine-tuning.
    train_set = tm.add(tg.Dataset("Annotated clip dataset", stores={clips, annotations}))
    # Occasional fine-tuning run, started by the club's volunteer ML engineer.
    trainer = tm.add(tg.Pipeline("Fine-tuning pipeline", stage=tg.Stage.FINE_TUNING))
    # Keeps each trained model version the worker can load.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={stroke_weights},
            controls={tg.controls.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
# capture and upload
tm.flow(camera, recorder, underwater_video, protocol="rtsp")
tm.flow(recorder, api, clips, protocol="https", label="clip upload")
tm.flow(coach, tablet, poolside_video, annotations, label="films and annotates on the tablet")
tm.flow(tablet, api, poolside_video, annotations, protocol="https")
tm.flow(api, clip_store, clips)

# analysis
tm.flow(clip_store, worker, clips, label="new clip")
tm.flow(swimmer_db, worker, profiles, label="swimmer and consent lookup")
tm.flow(worker, stroke_model, clips)
tm.flow(stroke_model, worker, metrics)
tm.flow(worker, llm, prompt, protocol="https")
tm.flow(llm, worker, draft, protocol="https")
tm.flow(worker, swimmer_db, metrics, draft)

# coach review and the family view
tm.flow(swimmer_db, api, profiles, metrics, draft, feedback)
tm.flow(api, swimmer_db, feedback, label="coach releases feedback")
tm.flow(clip_store, api, clips, label="clip playback")
tm.flow(api, tablet, clips, metrics, draft, protocol="https")
tm.flow(tablet, coach, clips, metrics, draft)
tm.flow(family, api, app_request, protocol="https")
tm.flow(api, family, feedback, clips, protocol="https")

# training
tm.flow(api, train_set, annotations)
tm.flow(clip_store, train_set, clips, label="annotated clips")
tm.flow(hub, trainer, base_checkpoint, protocol="https")
tm.flow(train_set, trainer, clips, annotations)
tm.flow(trainer, registry, stroke_weights)
tm.flow(registry, stroke_model, stroke_weights, label="worker loads the current version")
