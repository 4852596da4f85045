"""Hive sound monitoring for a beekeeping cooperative: the first design.

Members of the cooperative (hobby and small commercial beekeepers in the EU) fit a
battery-powered microphone unit inside the brood box of each monitored hive. Every
15 minutes the unit records a short audio clip and reads hive temperature and
humidity, and uploads both over the member's Wi-Fi or a mobile SIM to the
cooperative's ingestion API in a rented cloud account. A preprocessing job turns
clips into spectrograms; an in-house audio classifier scores each hive for swarming
preparation and for queenlessness. When a score crosses the alert threshold, an
alerting service looks up the member and sends a push notification to their phone
through the phone vendor's push service. In the member app, beekeepers see hive
status and confirm or reject each alert after inspecting; these confirmations label
the archived clips, and a volunteer ML engineer retrains the model each season.
Controls in this design: per-unit API keys on uploads, member e-mail and password
sign-in, TLS on every external link, encrypted member database, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Beekeeping cooperative hive sound model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Detects swarming preparation and queenlessness from in-hive audio "
    "and alerts the member who keeps the hive.",
)

# ---------------------------------------------------------------- data assets
hive_audio = tg.Data(
    "Hive audio clips",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ten-second clips from inside the brood box, uploaded every 15 minutes.",
)
hive_readings = tg.Data(
    "Hive sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Brood temperature, humidity and unit battery level.",
)
spectrograms = tg.Data(
    "Hive audio spectrograms", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
colony_scores = tg.Data(
    "Colony state scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-hive probabilities of swarming preparation and of queenlessness.",
)
member_records = tg.Data(
    "Member and apiary records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
    description="Member name, e-mail, phone, apiary GPS locations, hive list and unit ids.",
)
push_token = tg.Data(
    "Phone push registration",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="The push service's registration id for the member's phone.",
)
colony_alert = tg.Data(
    "Colony alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hive name, apiary, what was detected and when.",
)
hive_status = tg.Data(
    "Hive status and alert history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
member_sign_in = tg.Data("Member sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
inspection_labels = tg.Data(
    "Inspection confirmations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Member confirms or rejects an alert after opening the hive "
    "(swarm cells seen, queen present, colony swarmed).",
)
training_clips = tg.Data(
    "Labelled hive clips", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_weights = tg.Data(
    "Hive sound model weights", format="pickle", sensitivity=tg.Sensitivity.INTERNAL
)
training_run = tg.Data(
    "Training run settings", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The beekeeper who owns the hives and acts on alerts.
    member = tm.add(tg.Actor("Cooperative member", role="beekeeper"))
    # The member's own phone with the cooperative's app: receives alerts, shows status.
    phone_app = tm.add(
        tg.Device(
            "Member phone app",
            fleet=True,
            description="Android and iOS app; the member signs in once and stays signed in.",
        )
    )

with tm.boundary("Members' apiaries", trust=tg.Trust.UNTRUSTED):
    # The microphone unit in each monitored hive, out in fields and gardens.
    hive_unit = tm.add(
        tg.Device(
            "Hive microphone unit",
            fleet=True,
            description="Microcontroller with a MEMS microphone and a temperature and "
            "humidity sensor, flashed by the cooperative with a per-unit API key.",
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # The phone platforms' push service: the only way to wake the app with an alert.
    push_service = tm.add(tg.ExternalService("Phone push notification service", provides="generic"))

with tm.boundary("Cooperative cloud account", trust=tg.Trust.INTERNAL):
    # Receives clips and readings from every hive unit.
    ingest_api = tm.add(
        tg.Endpoint(
            "Hive upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-unit API key"),
                c.InputValidation(note="rejects clips that are not 16 kHz WAV under 500 kB"),
            },
        )
    )
    # What the member app talks to: hive status, alert history, confirmations.
    member_api = tm.add(
        tg.Endpoint(
            "Member app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Returns the hives of the signed-in member and records their confirmations.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Turns each clip into a spectrogram the model reads.
    preprocess = tm.add(tg.Pipeline("Audio preprocessing", stage=tg.Stage.PREPROCESSING))
    # The classifier itself: a small CNN over spectrograms, trained by the cooperative.
    hive_model = tm.add(
        tg.Model(
            "Hive sound model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Scores swarming preparation and queenlessness per hive.",
        )
    )
    # Applies the threshold, de-duplicates, and decides whom to notify.
    alerting = tm.add(
        tg.Service(
            "Alerting service",
            description="Sends at most one alert per hive and condition per day.",
        )
    )
    # Members, apiaries, hives, unit ids, push registrations and alert history.
    member_db = tm.add(
        tg.DataStore(
            "Member and hive database",
            stores={
                member_records,
                push_token,
                colony_alert,
                hive_status,
                inspection_labels,
                member_sign_in,
            },
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Every uploaded clip and reading, kept for labelling and retraining.
    audio_archive = tm.add(tg.DataStore("Hive audio archive", stores={hive_audio, hive_readings}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Archived clips joined with members' confirmations.
        training_set = tm.add(tg.Dataset("Labelled hive clip set", stores={training_clips}))
        # Seasonal retraining job, started by the volunteer.
        training = tm.add(
            tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Where trained model versions are kept and served from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model bucket",
                stores={model_weights},
                controls={c.ModelVersioning(note="object versioning on the bucket")},
            )
        )

with tm.boundary("Volunteer workstation", trust=tg.Trust.INTERNAL):
    # A member with ML skills who maintains the model and the cloud account.
    ml_volunteer = tm.add(tg.Actor("Volunteer ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# hive to cloud
tm.flow(hive_unit, ingest_api, hive_audio, hive_readings, protocol="https", controls={tls})
tm.flow(ingest_api, audio_archive, hive_audio, hive_readings)
tm.flow(ingest_api, preprocess, hive_audio)
tm.flow(preprocess, hive_model, spectrograms)
tm.flow(hive_model, alerting, colony_scores)

# alerting
tm.flow(member_db, alerting, member_records, push_token, label="look up hive owner")
tm.flow(alerting, member_db, colony_alert, label="alert history")
tm.flow(alerting, push_service, colony_alert, push_token, protocol="https", controls={tls})
tm.flow(push_service, phone_app, colony_alert, protocol="https")
tm.flow(phone_app, member, colony_alert, label="notification on the phone")

# member app
tm.flow(member, phone_app, member_sign_in, inspection_labels, label="signs in, confirms alerts")
tm.flow(
    phone_app,
    member_api,
    member_sign_in,
    inspection_labels,
    push_token,
    protocol="https",
    controls={tls},
)
tm.flow(member_api, phone_app, hive_status, protocol="https", controls={tls})
tm.flow(phone_app, member, hive_status, label="hive status screen")
tm.flow(member_api, member_db, inspection_labels, push_token)
tm.flow(member_db, member_api, hive_status, member_sign_in)

# retraining
tm.flow(audio_archive, training_set, hive_audio, label="end-of-season export")
tm.flow(member_db, training_set, inspection_labels, label="end-of-season export")
tm.flow(training_set, training, training_clips)
tm.flow(
    ml_volunteer, training, training_run, protocol="https", label="starts run from cloud console"
)
tm.flow(training, registry, model_weights)
tm.flow(registry, hive_model, model_weights, label="deploy, chosen by the volunteer")
