"""Hearing aid sound-scene classifier: the first design, before any security review.

Our hearing aids run a small sound-scene classifier on the device (speech in quiet,
speech in noise, music, traffic, wind...) that switches the hearing programme
automatically. Wearers pair the aids with our phone app over Bluetooth LE; the app
syncs the aids' settings and anonymised usage logs (programme switches, detected
scenes, volume changes) to the sync API in our cloud. The ML team retrains the
classifier from lab recordings, a public sound-scene corpus and the usage logs,
and a release pipeline packages the approved model into signed firmware that the
app installs. Audiologists at partner clinics use a web fitting portal to change a
wearer's fitting remotely; the change is pushed through the app and the wearer
accepts it before it is applied. App and portal users sign in, the settings store is
encrypted, the app strips identifiers from usage logs before upload, and the
registry keeps model versions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hearing aid sound-scene classifier",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="On-device scene classification in hearing aids, cloud retraining and remote fitting.",
)

# ---------------------------------------------------------------- data assets
mic_features = tg.Data(
    "Acoustic features",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Spectral features computed from the microphones; raw audio never leaves the aid.",
)
scene = tg.Data("Sound-scene class", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
adjustments = tg.Data("Wearer adjustments", sensitivity=tg.Sensitivity.PII, kind="records")
fitting = tg.Data(
    "Fitting profile",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Audiogram, gain curves and programme settings (health data).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
fitting_change = tg.Data(
    "Remote fitting change", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
usage_logs = tg.Data(
    "Anonymised usage logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="logs",
    description="Programme switches, detected scenes, volume changes; serial number removed by the app.",
)
app_token = tg.Data("App session token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
lab_recordings = tg.Data(
    "Labelled sound-scene recordings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
)
public_corpus = tg.Data(
    "Public sound-scene corpus", sensitivity=tg.Sensitivity.PUBLIC, kind="training-data"
)
model_artifact = tg.Data(
    "Scene classifier model",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
firmware = tg.Data(
    "Signed firmware package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-artifact",
    description="Firmware image with the quantised classifier compiled in.",
)
release_approval = tg.Data("Release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
training_config = tg.Data("Training job config", sensitivity=tg.Sensitivity.INTERNAL, kind="code")

# ---------------------------------------------------------------- elements
with tm.boundary("Wearer's devices", trust=tg.Trust.UNTRUSTED):
    # The person wearing the aids; can override programmes with the button or the app.
    wearer = tm.add(tg.Actor("Hearing aid wearer", role="patient"))
    # The hearing aids themselves: capture sound and apply the fitting.
    aids = tm.add(
        tg.Device(
            "Hearing aids",
            fleet=True,
            controls={c.SignedModels(note="bootloader verifies the firmware signature")},
        )
    )
    # The classifier running inside the aids' DSP firmware.
    classifier = tm.add(
        tg.Model(
            "On-device scene classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Small quantised network; its output selects the hearing programme.",
        )
    )
    # Our companion app: pairing, settings, log upload and firmware installs.
    app = tm.add(
        tg.Device(
            "Phone app",
            fleet=True,
            controls={
                c.DataMinimization(note="strips serial number and account id from usage logs")
            },
        )
    )

with tm.boundary("Audiology clinic", trust=tg.Trust.PARTNER):
    # Fits the aids and adjusts them remotely between appointments.
    audiologist = tm.add(tg.Actor("Audiologist", role="clinician", privileged=True))

with tm.boundary("Public internet", trust=tg.Trust.UNTRUSTED):
    # Openly licensed sound-scene recordings used to widen the training set.
    corpus = tm.add(
        tg.DataSource(
            "Public sound-scene corpus source",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_corpus},
        )
    )

with tm.boundary("Maker cloud", trust=tg.Trust.INTERNAL):
    # The app's backend: receives settings and logs, hands out fitting changes and firmware.
    sync_api = tm.add(
        tg.Endpoint(
            "Device sync API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC")},
        )
    )
    # Web portal for clinics to view a wearer's settings and push fitting changes.
    portal = tm.add(
        tg.Service(
            "Remote fitting portal",
            controls={c.Authentication(method="password and TOTP"), c.RBAC(), c.AuditLogging()},
        )
    )
    # Current and past fitting profiles per wearer.
    settings_store = tm.add(
        tg.DataStore(
            "Fitting settings store",
            stores={fitting, fitting_change},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Usage logs collected from the app fleet.
    log_store = tm.add(tg.DataStore("Usage log store", stores={usage_logs}))

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Lab recordings, the public corpus and log-derived scene statistics.
        dataset = tm.add(tg.Dataset("Scene training set", stores={lab_recordings, public_corpus}))
        # Retrains the classifier and exports the quantised model.
        training = tm.add(
            tg.Pipeline("Classifier retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Stores trained classifier versions.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        # Builds, evaluates and signs the firmware that carries the new model.
        release = tm.add(
            tg.Pipeline(
                "Firmware release pipeline",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.ModelValidation(), c.SignedModels()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves releases and runs retraining.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(wearer, aids, adjustments, label="button press")
tm.flow(wearer, app, adjustments)
tm.flow(aids, classifier, mic_features, protocol="local")
tm.flow(classifier, aids, scene, protocol="local")

tm.flow(
    aids,
    app,
    fitting,
    usage_logs,
    protocol="ble",
    controls={c.EncryptionInTransit(protocol="BLE LE Secure Connections")},
)
tm.flow(
    app,
    aids,
    fitting_change,
    firmware,
    protocol="ble",
    controls={
        c.EncryptionInTransit(protocol="BLE LE Secure Connections"),
        c.HumanInTheLoop(approver="the wearer, in the app"),
    },
)

tm.flow(app, sync_api, app_token, fitting, usage_logs, adjustments, protocol="https")
tm.flow(sync_api, app, fitting_change, firmware, protocol="https")
tm.flow(sync_api, settings_store, fitting, adjustments)
tm.flow(settings_store, sync_api, fitting_change)
tm.flow(sync_api, log_store, usage_logs)

tm.flow(audiologist, portal, fitting_change, protocol="https")
tm.flow(portal, audiologist, fitting, usage_logs, protocol="https")
tm.flow(portal, settings_store, fitting_change)
tm.flow(settings_store, portal, fitting)
tm.flow(log_store, portal, usage_logs, label="wearer usage summary")

tm.flow(corpus, dataset, public_corpus, protocol="https")
tm.flow(dataset, training, lab_recordings, public_corpus)
tm.flow(log_store, training, usage_logs, label="scene statistics")
tm.flow(ml_engineer, training, training_config, label="starts retraining")
tm.flow(training, registry, model_artifact)
tm.flow(registry, release, model_artifact)
tm.flow(ml_engineer, release, release_approval, label="approves release")
tm.flow(release, sync_api, firmware, label="publish to app fleet")
