"""Insurance telematics crash detection: the first design, before any security review.

Policyholders of our pay-how-you-drive motor product install a telematics phone
app that streams GPS and accelerometer readings from each trip to an ingestion
gateway in our cloud account. A crash detection model scores short windows of
telemetry; when it fires, a crash response service pushes an "are you OK?" check
to the app and hands the incident (location, policy and phone number) to our
roadside assistance partner, who calls the driver and can send emergency help.
The same service opens a first notice of loss in the claims system. Claims
handlers confirm or reject detected crashes; those outcomes become labels for
monthly retraining, and a data scientist registers and deploys new versions.
Controls in this design: per-device tokens and TLS on uploads, KMS encryption of
the telemetry store, role-based access to claims, and versioned models in the
registry. Drivers are in the EU, so GDPR applies to location and claim data.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Insurance telematics crash detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Detects car crashes from phone telemetry, alerts assistance and opens claims.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Trip telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="GPS track, speed and 3-axis accelerometer samples, keyed by policy id.",
)
telemetry_window = tg.Data(
    "Telemetry window",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="A 20-second window of resampled sensor readings around a hard event.",
)
crash_score = tg.Data("Crash probability", kind="model-output", sensitivity=tg.Sensitivity.PII)
wellbeing_check = tg.Data(
    "Wellbeing check",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Push notification asking the driver to confirm they are safe, and the reply.",
)
incident = tg.Data(
    "Crash incident",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Location, time, severity estimate, policy number and driver phone number.",
)
assistance_status = tg.Data("Assistance status", kind="records", sensitivity=tg.Sensitivity.PII)
fnol = tg.Data(
    "First notice of loss",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
outcome = tg.Data(
    "Crash outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Handler verdict per detected event: confirmed crash, false alarm, missed crash.",
)
training_set = tg.Data(
    "Crash training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Labelled telemetry windows from historical trips and confirmed claims.",
)
weights = tg.Data(
    "Crash model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint (.pt) of the 1D-CNN detector.",
)
release = tg.Data("Release decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The insured person behind the wheel; enrols in the app with their policy number.
    driver = tm.add(tg.Actor("Driver", role="policyholder"))
    # The sensor source: our app on the driver's own phone, records trips in the background.
    phone_app = tm.add(
        tg.Device(
            "Telematics phone app",
            fleet=True,
            description="iOS/Android app; buffers trips and uploads them over mobile data.",
        )
    )

with tm.boundary("Assistance partner", trust=tg.Trust.PARTNER):
    # Contracted 24/7 roadside assistance call centre that phones the driver and dispatches help.
    assistance = tm.add(
        tg.ExternalService(
            "Roadside assistance partner",
            description="Receives crash incidents over its REST API and reports call outcomes.",
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Entry point for every upload from the app fleet.
    gateway = tm.add(
        tg.Endpoint(
            "Telemetry ingestion gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-device API token issued at app enrolment"),
            },
        )
    )
    # Keeps raw trips for scoring the driving behaviour, claims evidence and training.
    telemetry_store = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The detector itself, served next to the gateway so alerts go out within seconds.
    crash_model = tm.add(
        tg.Model(
            "Crash detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Flags a crash when the probability for a window exceeds 0.8.",
        )
    )
    # Turns a detection into actions: wellbeing push, assistance hand-off, claim opening.
    crash_service = tm.add(
        tg.Service(
            "Crash response service",
            description="Escalates to the assistance partner if the driver does not reply in 60 s.",
        )
    )
    # System of record for claims; a detected crash opens a draft claim here.
    claims = tm.add(tg.DataStore("Claims system", stores={fnol, outcome}, controls={c.RBAC()}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Labelled windows joined from telemetry and claim outcomes.
        dataset = tm.add(tg.Dataset("Crash training dataset", stores={training_set}))
        # Monthly retraining job on the managed training service.
        training = tm.add(
            tg.Pipeline("Crash model training", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Holds every trained checkpoint; serving pulls a pinned version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Promotes a registered version to the serving model.
        deploy = tm.add(tg.Pipeline("Model deployment", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Confirms or rejects detected crashes while handling the claim.
    handler = tm.add(tg.Actor("Claims handler", role="claims staff"))
    # Owns the model: builds the training set, reviews metrics, approves releases.
    scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(driver, phone_app, wellbeing_check, label="taps I'm OK / I need help")
tm.flow(phone_app, driver, wellbeing_check, label="are you OK? prompt")
tm.flow(phone_app, gateway, telemetry, protocol="https")
tm.flow(gateway, telemetry_store, telemetry)
tm.flow(gateway, crash_model, telemetry_window, label="hard-event windows")
tm.flow(crash_model, crash_service, crash_score)
tm.flow(crash_service, phone_app, wellbeing_check, protocol="https", label="push notification")
tm.flow(phone_app, crash_service, wellbeing_check, protocol="https", label="driver reply")
tm.flow(crash_service, assistance, incident, protocol="https")
tm.flow(assistance, crash_service, assistance_status, protocol="https", label="call outcome")
tm.flow(crash_service, claims, fnol)

tm.flow(handler, claims, outcome, label="confirms or rejects crash")
tm.flow(claims, handler, fnol)
tm.flow(telemetry_store, dataset, telemetry, label="windows around labelled events")
tm.flow(claims, dataset, outcome)
tm.flow(scientist, dataset, training_set, label="curates training set")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(scientist, deploy, release, label="approves release")
tm.flow(registry, deploy, weights)
tm.flow(deploy, crash_model, weights, label="deploy")
