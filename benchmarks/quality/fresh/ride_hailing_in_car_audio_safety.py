"""In-car audio safety: the first design, before any security review.

A ride-hailing company lets riders and drivers opt in to audio recording of
their trips. When either party has opted in, the driver app records in-car
audio into an encrypted buffer on the driver's phone, and an on-device model
listens for signs of conflict or danger (shouting, threats, distress). Audio
that is not flagged is deleted when the trip ends; flagged clips are uploaded
through the mobile API to the safety backend, transcribed by a third-party
speech-to-text API and opened as cases for the safety team, who listen to the
clip and may warn, suspend or deactivate an account. Reviewed clips and the
team's verdicts feed retraining, and new model versions ship to driver phones.
Operates in the US and the EU. Controls in this design: token auth and rate
limits at the API gateway, TLS, encrypted on-device buffer and clip bucket,
SSO, roles and audit logs for the safety console, a 90-day clip retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ride-hailing in-car audio safety",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Opt-in trip audio recording; an on-device model flags conflict and danger "
    "and the safety team reviews the uploaded clips.",
)

# ---------------------------------------------------------------- data assets
opt_in = tg.Data("Recording opt-in", kind="records", sensitivity=tg.Sensitivity.PII)
trip_state = tg.Data(
    "Trip state and recording consent",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Trip id, parties, and whether recording is on for this trip.",
)
audio = tg.Data(
    "In-car audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Voices of the driver, riders and anyone on a phone call in the car.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
flag = tg.Data("Danger score and flag", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
clip = tg.Data(
    "Flagged audio clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio around the flagged moment, with trip id, timestamp and model score.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcript = tg.Data("Clip transcript", kind="model-output", sensitivity=tg.Sensitivity.PII)
trip_context = tg.Data(
    "Trip context",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Driver and rider profiles, GPS route, prior safety reports.",
)
case = tg.Data("Safety case", kind="records", sensitivity=tg.Sensitivity.PII)
verdict = tg.Data("Review verdict and action", kind="records", sensitivity=tg.Sensitivity.PII)
account_action = tg.Data(
    "Account action",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Warning, suspension or deactivation of a rider or driver account.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
labels = tg.Data("Clip labels", kind="labels", sensitivity=tg.Sensitivity.PII)
training_clips = tg.Data(
    "Labeled training clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Audio safety model",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="Quantised model shipped inside the driver app's model bundle.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Rider phones", trust=tg.Trust.UNTRUSTED):
    # Riders opt in to recording from the rider app.
    rider = tm.add(tg.Actor("Rider", role="rider"))
    rider_app = tm.add(tg.Device("Rider app", description="iOS and Android rider app."))

with tm.boundary("Driver phones", trust=tg.Trust.UNTRUSTED):
    # Drivers opt in from the driver app; the phone is the driver's own.
    driver = tm.add(tg.Actor("Driver", role="driver"))
    # Records audio during opted-in trips and uploads flagged clips.
    driver_app = tm.add(tg.Device("Driver app", description="iOS and Android driver app."))
    # Detects conflict or danger so that only flagged audio leaves the phone.
    audio_model = tm.add(
        tg.Model(
            "On-device audio safety model",
            task=tg.Task.DETECTOR,
            description="Runs on the phone's CPU/NPU over rolling audio windows.",
        )
    )
    # Rolling buffer of the current trip's audio, deleted at trip end unless flagged.
    audio_buffer = tm.add(
        tg.DataStore(
            "On-device audio buffer",
            stores={audio},
            controls={
                c.EncryptionAtRest(key_management="Android Keystore / iOS Keychain"),
                c.RetentionLimits(note="deleted at trip end unless a clip was flagged"),
            },
        )
    )

with tm.boundary("Speech-to-text vendor", trust=tg.Trust.PARTNER):
    # Transcribes clips so reviewers can skim before listening.
    stt = tm.add(tg.ExternalService("Speech-to-text API", provides="model-api"))

with tm.boundary("Ride-hailing cloud", trust=tg.Trust.INTERNAL):
    # Entry point for both apps: trips, consent, clip uploads, model bundles.
    gateway = tm.add(
        tg.Endpoint(
            "Mobile API gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OAuth session tokens"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Trips, recording consent per trip, and account status.
    trip_service = tm.add(tg.Service("Trip service"))
    # Receives clips, stores them, gets transcripts and opens safety cases.
    safety_service = tm.add(tg.Service("Safety clip service"))

    with tm.boundary("Safety data", trust=tg.Trust.RESTRICTED):
        # Object bucket holding uploaded clips and transcripts.
        clip_store = tm.add(
            tg.DataStore(
                "Audio clip store",
                stores={clip, transcript},
                controls={
                    c.EncryptionAtRest(key_management="KMS"),
                    c.RetentionLimits(days=90),
                    c.RBAC(),
                },
            )
        )

with tm.boundary("Safety operations", trust=tg.Trust.INTERNAL):
    # Where the safety team listens to clips and decides on actions.
    console = tm.add(
        tg.Service(
            "Safety case console",
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="safety agent", note="every account action"),
            },
        )
    )
    safety_agent = tm.add(tg.Actor("Safety agent", role="safety team"))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Reviewed clips with the team's verdicts.
    clip_dataset = tm.add(tg.Dataset("Labeled clip dataset", stores={training_clips, labels}))
    # Retrains and quantises the on-device model.
    training = tm.add(
        tg.Pipeline("Audio model training", stage=tg.Stage.TRAINING, controls={c.ModelValidation()})
    )
    # Model versions that are bundled into driver app releases.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

# ---------------------------------------------------------------- flows
tm.flow(rider, rider_app, opt_in, label="opt in / out")
tm.flow(rider_app, gateway, opt_in, protocol="https")
tm.flow(driver, driver_app, opt_in, label="opt in / out")
tm.flow(driver_app, gateway, opt_in, protocol="https")
tm.flow(gateway, trip_service, opt_in)
tm.flow(trip_service, gateway, trip_state)
tm.flow(gateway, driver_app, trip_state, protocol="https", label="recording on/off")
tm.flow(gateway, rider_app, trip_state, protocol="https", label="recording indicator")

tm.flow(driver_app, audio_buffer, audio, protocol="local")
tm.flow(audio_buffer, audio_model, audio, protocol="local")
tm.flow(audio_model, driver_app, flag, protocol="local")
tm.flow(audio_buffer, driver_app, clip, protocol="local", label="flagged window")
tm.flow(driver_app, gateway, clip, protocol="https", label="clip upload")
tm.flow(gateway, safety_service, clip)

tm.flow(safety_service, clip_store, clip, transcript)
tm.flow(clip_store, safety_service, clip)
tm.flow(safety_service, stt, clip, protocol="https")
tm.flow(stt, safety_service, transcript, protocol="https")
tm.flow(trip_service, safety_service, trip_context)
tm.flow(safety_service, console, case, transcript)
tm.flow(clip_store, console, clip, label="playback")
tm.flow(console, safety_agent, case, clip, transcript, protocol="https")
tm.flow(safety_agent, console, verdict, protocol="https")
tm.flow(console, trip_service, account_action)

tm.flow(console, clip_dataset, labels)
tm.flow(clip_store, clip_dataset, clip, label="reviewed clips")
tm.flow(clip_dataset, training, training_clips, labels)
tm.flow(training, registry, weights)
tm.flow(registry, gateway, weights, label="model bundle")
tm.flow(gateway, driver_app, weights, protocol="https", label="model update")
tm.flow(driver_app, audio_model, weights, protocol="local", label="load model")
