"""Hive health audio model: the first design, before any security review.

A beekeepers' cooperative (based in the Netherlands) lends its members small
microphone units that sit inside the hive box. Every 15 minutes each unit uploads
a 30-second audio clip over the member's Wi-Fi or a SIM to the cooperative's
ingestion API, authenticated with a per-device key issued when it is paired in
the member app. A batch job turns the clips into spectrogram features, and an
in-house classifier estimates whether a colony is queenless or preparing to swarm.
Above a threshold, an alert service sends a push notification to the member's
phone through a push provider. Members sign in to the app with e-mail and
password, see their hives' alert history and confirm what they found on
inspection; those confirmations label clips for retraining, which a volunteer
maintainer runs by hand in the cooperative's cloud project. Microphones can pick
up voices during hive inspections, so the clips are treated as personal data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Beekeeping cooperative hive health audio model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Warns cooperative members of queenless or swarming colonies from in-hive audio.",
)

# ---------------------------------------------------------------- data assets
hive_audio = tg.Data(
    "Hive audio clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="30-second WAV clips from inside the hive; can capture speech near the hive.",
)
sound_features = tg.Data("Hive sound features", kind="features", sensitivity="internal")
prediction = tg.Data(
    "Hive health prediction",
    kind="model-output",
    sensitivity="internal",
    description="Probabilities of queenlessness and of swarming preparation per hive.",
)
alert = tg.Data(
    "Queenless or swarming alert",
    kind="model-output",
    sensitivity="confidential",
    description="Push message naming the apiary and hive.",
)
member_records = tg.Data(
    "Member and apiary records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Names, e-mail, phone, apiary GPS locations, paired devices, push tokens.",
)
alert_history = tg.Data("Hive alert history", kind="records", sensitivity="confidential")
inspection_feedback = tg.Data(
    "Inspection feedback",
    kind="feedback",
    sensitivity="internal",
    description="The member's answer to an alert: queen present, queenless, swarmed, false alarm.",
)
training_clips = tg.Data(
    "Labelled training clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_weights = tg.Data(
    "Hive health model weights",
    format="pickle",
    sensitivity="internal",
    description="PyTorch checkpoint (.pt).",
)
training_code = tg.Data("Training code and configuration", kind="code", sensitivity="internal")

# ---------------------------------------------------------------- elements
with tm.boundary("Member apiaries", trust=tg.Trust.UNTRUSTED):
    # The microphone units the cooperative lends out; they sit in members' gardens and fields.
    mic = tm.add(
        tg.Device(
            "Hive microphone unit",
            fleet=True,
            description="ESP32 board with a MEMS microphone, Wi-Fi or LTE-M uplink.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Cooperative members, using the member app on their phones.
    beekeeper = tm.add(tg.Actor("Beekeeper", role="cooperative member"))
    # The volunteer who retrains and deploys the model, working from home.
    maintainer = tm.add(
        tg.Actor("Volunteer model maintainer", role="ml maintainer", privileged=True)
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Delivers notifications to members' phones (Firebase Cloud Messaging).
    push = tm.add(tg.ExternalService("Push notification service", provides="generic"))

with tm.boundary("Cooperative cloud project", trust=tg.Trust.INTERNAL):
    # Receives clips from the microphone units.
    ingestion = tm.add(
        tg.Endpoint(
            "Audio ingestion API",
            purpose="api",
            controls={
                c.Authentication(method="per-device API key issued at pairing"),
                c.InputValidation(note="only 16 kHz mono WAV under 2 MB is accepted"),
            },
        )
    )
    # Keeps every clip, for scoring now and for labelling later.
    archive = tm.add(
        tg.DataStore(
            "Hive audio archive",
            stores={hive_audio},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Turns new clips into spectrogram features every 15 minutes.
    features_job = tm.add(tg.Pipeline("Spectrogram feature job", stage="preprocessing"))
    # The classifier that estimates colony state from sound.
    model = tm.add(
        tg.Model(
            "Hive health classifier",
            task="classifier",
            origin="in-house",
            returns_scores=True,
            description="Small CNN over mel spectrograms; outputs queenless and swarming scores.",
        )
    )
    # Applies thresholds and decides whom to notify.
    alerts = tm.add(
        tg.Service(
            "Alert service",
            description="Raises an alert when a hive scores above 0.8 for three clips in a row.",
        )
    )
    # Backend of the member app: accounts, apiaries, device pairing, alert history.
    app_api = tm.add(
        tg.Endpoint(
            "Member app backend",
            purpose="api",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Members, apiaries, paired devices and alert history.
    member_db = tm.add(
        tg.DataStore(
            "Member and apiary database",
            stores={member_records, alert_history},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Clips paired with members' inspection answers, for retraining.
    label_set = tm.add(tg.Dataset("Labelled hive audio set", stores={training_clips}))
    # Retraining, started by hand by the volunteer maintainer.
    training = tm.add(tg.Pipeline("Model retraining job", stage="training"))
    # Where trained checkpoints are kept and picked up for serving.
    registry = tm.add(
        tg.ModelRegistry("Model bucket", stores={model_weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# Scoring path
tm.flow(mic, ingestion, hive_audio, protocol="https")
tm.flow(ingestion, archive, hive_audio)
tm.flow(archive, features_job, hive_audio, label="every 15 minutes")
tm.flow(features_job, model, sound_features)
tm.flow(model, alerts, prediction)
tm.flow(member_db, alerts, member_records, label="hive owner and push token")
tm.flow(alerts, member_db, alert_history)
tm.flow(alerts, push, alert, protocol="https")
tm.flow(push, beekeeper, alert, protocol="https")

# Member app
tm.flow(beekeeper, app_api, member_records, inspection_feedback, protocol="https")
tm.flow(app_api, beekeeper, alert_history, member_records, protocol="https")
tm.flow(app_api, member_db, member_records, inspection_feedback)
tm.flow(member_db, app_api, member_records, alert_history)

# Retraining
tm.flow(app_api, label_set, inspection_feedback, label="confirmed outcomes")
tm.flow(archive, label_set, hive_audio, label="clips around confirmed alerts")
tm.flow(label_set, training, training_clips)
tm.flow(maintainer, training, training_code, protocol="https", label="starts a run")
tm.flow(training, registry, model_weights)
tm.flow(registry, model, model_weights, label="loaded at deploy")
