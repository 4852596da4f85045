"""E-scooter rider helmet selfie check: the first design, before any security review.

Our shared e-scooter service operates in EU cities that require riders to wear a helmet.
Before a scooter unlocks, the rider app asks for a selfie wearing a helmet; the ride API
passes it to a helmet check service, which runs an in-house helmet detector and, when the
detector says a helmet is worn, tells the fleet IoT gateway to unlock the scooter. Riders
who fail three times cannot start the ride and can ask support to look at the selfie.
Selfies and verdicts are kept for 30 days for disputes and as training data: a labeling
contractor's annotators tag them in our labeling tool, and a training pipeline retrains
the detector and pushes a PyTorch checkpoint to the model registry, from which an ML
engineer deploys it. Everything runs in our cloud account; scooters talk to the gateway
over MQTT with per-scooter client certificates. Controls: SMS one-time-code sign-in and
rate limits on the ride API, KMS encryption and a 30-day retention on the selfie store,
role-based access for annotators and support, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "E-scooter helmet selfie check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Helmet detection on rider selfies that gates scooter unlock.",
)

# ---------------------------------------------------------------- data assets
unlock_request = tg.Data(
    "Unlock request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider id, scooter QR code and the rider's location.",
)
selfie = tg.Data(
    "Helmet selfie",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Front-camera photo of the rider's face and head.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
verdict = tg.Data(
    "Helmet check verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Helmet worn or not, per selfie and rider.",
)
unlock_command = tg.Data("Unlock command", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
scooter_telemetry = tg.Data(
    "Scooter telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lock state, GPS position and battery while a rider has it.",
)
unlock_result = tg.Data("Unlock result", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Helmet labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Labeled selfie training set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
override = tg.Data(
    "Support override",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A support agent's decision that a disputed selfie shows a helmet.",
)
checkpoint = tg.Data(
    "Helmet detector checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch .pt checkpoint.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person renting a scooter.
    rider = tm.add(tg.Actor("Rider", role="customer"))
    # iOS/Android rider app: scan, selfie capture, ride.
    rider_app = tm.add(tg.Device("Rider app", description="Phone app used to rent scooters."))

with tm.boundary("Street", trust=tg.Trust.UNTRUSTED):
    # The scooters parked on the street, each with a connected IoT lock module.
    scooter = tm.add(
        tg.Device("E-scooter lock module", description="Cellular IoT module that locks the wheel.")
    )

with tm.boundary("Labeling contractor", trust=tg.Trust.PARTNER):
    # Annotators from an outsourcing firm who tag selfies as helmet / no helmet.
    annotator = tm.add(tg.Actor("Contract annotator", role="labeler"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Public API the rider app calls to unlock and end rides.
    ride_api = tm.add(
        tg.Endpoint(
            "Ride API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number with SMS one-time code"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Decides whether an unlock may go ahead, from the detector's verdict.
    check_service = tm.add(
        tg.Service(
            "Helmet check service",
            description="Runs the detector on each selfie, allows three attempts, stores the result.",
        )
    )
    # Object detector that looks for a helmet on the rider's head.
    detector = tm.add(
        tg.Model(
            "Helmet detector",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="In-house fine-tuned object detector; 'no helmet' blocks the unlock.",
        )
    )
    # Sends lock/unlock commands to scooters and receives their state.
    iot_gateway = tm.add(tg.Service("Fleet IoT gateway"))
    # Web console where support agents review disputed selfies.
    support_console = tm.add(
        tg.Service(
            "Support console",
            controls={c.Authentication(method="Google Workspace SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Selfies and verdicts kept for disputes and retraining.
        selfie_store = tm.add(
            tg.DataStore(
                "Selfie store",
                stores={selfie, verdict},
                controls={
                    c.EncryptionAtRest(key_management="KMS"),
                    c.RetentionLimits(days=30),
                },
            )
        )
        # Annotation web tool the contractor's annotators log into.
        labeling = tm.add(
            tg.Pipeline(
                "Selfie labeling tool",
                stage=tg.Stage.LABELING,
                controls={c.Authentication(method="e-mail and password"), c.RBAC()},
            )
        )
        # Labeled selfies the detector is retrained on.
        training_set = tm.add(tg.Dataset("Helmet training set", stores={training_images, labels}))
        # Weekly fine-tuning of the detector on the labeled set.
        training = tm.add(
            tg.Pipeline(
                "Detector retraining", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )
        # Versioned checkpoints that serving loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={checkpoint}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Rider support staff handling disputed checks.
    support = tm.add(tg.Actor("Support agent", role="support staff"))
    # Deploys new detector versions to serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(rider, rider_app, selfie, unlock_request)
tm.flow(rider_app, ride_api, unlock_request, selfie, protocol="https")
tm.flow(ride_api, check_service, unlock_request, selfie)
tm.flow(check_service, detector, selfie)
tm.flow(detector, check_service, verdict)
tm.flow(check_service, selfie_store, selfie, verdict)
tm.flow(check_service, iot_gateway, unlock_command, label="unlock on helmet detected")
tm.flow(
    iot_gateway, scooter, unlock_command, protocol="mtls", label="MQTT with client certificates"
)
tm.flow(
    scooter, iot_gateway, scooter_telemetry, protocol="mtls", label="MQTT with client certificates"
)
tm.flow(iot_gateway, check_service, unlock_result)
tm.flow(check_service, ride_api, verdict, unlock_result)
tm.flow(ride_api, rider_app, verdict, unlock_result, protocol="https")
tm.flow(rider_app, rider, verdict)

tm.flow(selfie_store, support_console, selfie, verdict)
tm.flow(support_console, support, selfie, verdict, protocol="https")
tm.flow(support, support_console, override, protocol="https")
tm.flow(support_console, check_service, override, label="unlock after review")

tm.flow(selfie_store, labeling, selfie)
tm.flow(labeling, annotator, selfie, protocol="https")
tm.flow(annotator, labeling, labels, protocol="https")
tm.flow(labeling, training_set, training_images, labels)
tm.flow(training_set, training, training_images, labels)
tm.flow(training, registry, checkpoint)
tm.flow(ml_engineer, registry, release, label="promotes version")
tm.flow(registry, detector, checkpoint, label="deploy")
