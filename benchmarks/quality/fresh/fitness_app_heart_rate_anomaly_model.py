"""Heart-rate rhythm alerts for a fitness app: the first design, before any security review.

App users in the EU and elsewhere wear a watch or chest strap that streams heart-rate
samples over Bluetooth to our phone app, which uploads them in batches to the mobile
API in our cloud account. A stream processor windows the samples into beat-interval
features, keeps the history in a time-series store and scores each window with an
in-house irregular-rhythm detector. When the detector flags a sustained irregular
rhythm, an alert service sends a push notification through the phone platform's push
provider advising the user to see a doctor; the app also shows the user their history.
The detector is trained on a public ECG/PPG research dataset plus recordings of users
who opted in to research, and promoted from a model registry by the ML team.
Controls in this design: TLS to the API, OAuth sign-in tokens, request quotas and
schema checks at the API, encrypted and role-restricted health data, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fitness app heart-rate anomaly model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags irregular heart rhythms in wearable heart-rate streams and advises users to see a doctor.",
)

# ---------------------------------------------------------------- data assets
hr_samples = tg.Data(
    "Heart-rate samples",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Timestamped heart rate and beat-to-beat intervals from the wearable, tied to the user id.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
hr_history = tg.Data(
    "Heart-rate history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-user heart-rate time series and past rhythm alerts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
rhythm_features = tg.Data(
    "Beat-interval features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Windowed RR-interval statistics per user.",
)
rhythm_flag = tg.Data(
    "Irregular rhythm flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-window irregularity score and flag.",
)
advice = tg.Data(
    "See-a-doctor notification",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Push message telling the user an irregular rhythm was seen and advising a doctor's visit.",
)
account = tg.Data(
    "Account sign-in and profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail, password, age, sex and research opt-in choice.",
)
public_ecg = tg.Data(
    "Public ECG and PPG recordings",
    kind="training-data",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Labelled rhythm recordings from a published research dataset.",
)
training_set = tg.Data(
    "Rhythm training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Public recordings plus opted-in users' recordings, pseudonymised by user id.",
)
model_artifact = tg.Data(
    "Rhythm detector artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
training_config = tg.Data(
    "Training job configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person wearing the device and reading the advice.
    user = tm.add(tg.Actor("App user", role="end user"))
    # The user's watch or chest strap: the source of every sample.
    wearable = tm.add(
        tg.Device(
            "Heart-rate wearable",
            description="Consumer watch or chest strap, several vendors, paired over Bluetooth.",
        )
    )
    # Our app on the user's phone: relays samples up and shows history and alerts.
    phone_app = tm.add(
        tg.Device(
            "Fitness phone app",
            description="iOS and Android app on the user's smartphone; holds the OAuth refresh token.",
        )
    )
    # Where the bulk of the labelled training recordings come from.
    public_dataset = tm.add(
        tg.DataSource(
            "Public ECG research dataset",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_ecg},
            description="Downloaded from a research data repository.",
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # The phone platforms' push services deliver the advice to the device.
    push = tm.add(
        tg.ExternalService(
            "Mobile push notification service",
            description="APNs and FCM, called with our server keys.",
        )
    )

with tm.boundary("Cloud production", trust=tg.Trust.INTERNAL):
    # The only thing the app talks to: upload samples, read history, manage the account.
    api = tm.add(
        tg.Endpoint(
            "Mobile API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="OAuth 2.0 access tokens issued at e-mail and password sign-in"
                ),
                c.RateLimiting(requests_per_minute=120),
                c.SchemaEnforcement(note="sample batches checked for shape, ranges and timestamps"),
            },
        )
    )
    # Turns raw samples into history rows and beat-interval features for scoring.
    processor = tm.add(
        tg.Pipeline(
            "Heart-rate stream processor",
            stage=tg.Stage.PREPROCESSING,
            description="Consumes upload batches from a queue and windows them per user.",
        )
    )
    # The model this system exists for.
    detector = tm.add(
        tg.Model(
            "Irregular rhythm detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="In-house 1-D CNN; a sustained score above threshold raises an alert.",
        )
    )
    # Decides when a flag becomes a user-facing alert and sends it.
    alerts = tm.add(
        tg.Service(
            "Rhythm alert service",
            description="Debounces flags, writes the alert to the history and sends the advice push.",
            controls={c.SecretsManagement(note="push provider keys in the cloud secret manager")},
        )
    )

    with tm.boundary("Health data tier", trust=tg.Trust.RESTRICTED):
        # Every user's heart-rate history and alerts.
        hr_store = tm.add(
            tg.DataStore(
                "Heart-rate time-series store",
                stores={hr_history, account},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Labelled recordings the detector learns from.
    train_data = tm.add(tg.Dataset("Rhythm training dataset", stores={training_set}))
    # Retrains the detector when the ML team launches a run.
    training = tm.add(tg.Pipeline("Detector training pipeline", stage=tg.Stage.TRAINING))
    # Holds trained versions; serving pulls the promoted one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Builds datasets, runs training and promotes models.
    scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(user, phone_app, account, label="sign-up and settings")
tm.flow(wearable, phone_app, hr_samples, protocol="ble")
tm.flow(
    phone_app,
    api,
    hr_samples,
    account,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(api, processor, hr_samples, label="upload queue")
tm.flow(api, hr_store, account)
tm.flow(processor, hr_store, hr_history)
tm.flow(processor, detector, rhythm_features)
tm.flow(detector, alerts, rhythm_flag)
tm.flow(alerts, hr_store, hr_history, label="alert recorded")
tm.flow(alerts, push, advice, protocol="https")
tm.flow(push, phone_app, advice, protocol="https")
tm.flow(hr_store, api, hr_history, label="user's history")
tm.flow(
    api,
    phone_app,
    hr_history,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(phone_app, user, hr_history, advice, label="shown in the app")

tm.flow(public_dataset, train_data, public_ecg, protocol="https", label="download")
tm.flow(hr_store, train_data, training_set, label="opted-in users' recordings, monthly export")
tm.flow(scientist, training, training_config)
tm.flow(train_data, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, detector, model_artifact, label="deploy promoted version")
