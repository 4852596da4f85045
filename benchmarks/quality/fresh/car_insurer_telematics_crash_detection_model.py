"""Telematics crash detection: the first design, before any security review.

A car insurer fits a black box to the cars of its telematics policyholders. When
the box feels a sharp deceleration it uploads a short accelerometer and GPS trace
over the mobile network to our ingestion gateway, which authenticates each box
by its own certificate. A crash response service turns the trace into features
and asks an in-house crash detection model for a crash probability. Above the
threshold it has a telephony provider place an automated welfare call to the
driver; if the driver asks for help or does not answer twice, it sends the
location to our 24/7 assistance partner, which dispatches recovery and alerts
the emergency services, and it opens a draft first notice of loss in the claims
platform for a handler to review. Handlers' claim outcomes become labels for
monthly retraining on our ML platform; a data scientist approves each release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Telematics crash detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Detects crashes from black-box accelerometer data, calls the driver "
    "and dispatches help or opens a claim.",
)

# ---------------------------------------------------------------- data assets
impact_trace = tg.Data(
    "Impact event trace",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="100 Hz accelerometer window, GPS position, speed and the box serial, "
    "tied to a policy.",
)
crash_features = tg.Data("Crash features", kind="features", sensitivity=tg.Sensitivity.PII)
crash_score = tg.Data(
    "Crash probability", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
contact_details = tg.Data(
    "Policyholder contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Named drivers, mobile numbers, vehicle and policy number.",
)
call_request = tg.Data(
    "Welfare call request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The driver's number and the call script to play.",
)
welfare_call = tg.Data("Welfare call", kind="media", sensitivity=tg.Sensitivity.PII)
driver_answer = tg.Data(
    "Driver call response",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Keypad answer (OK, need help) or no answer, with the call status.",
)
dispatch_request = tg.Data(
    "Assistance dispatch request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Location, vehicle, driver name and number, and the impact severity.",
)
dispatch_status = tg.Data("Dispatch status", kind="records", sensitivity=tg.Sensitivity.PII)
assistance_call = tg.Data("Assistance call", kind="media", sensitivity=tg.Sensitivity.PII)
fnol = tg.Data(
    "First notice of loss",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Draft claim with the trace, location and time of the impact.",
)
claim_outcome = tg.Data(
    "Claim outcomes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the handler confirmed a crash or closed a false alarm.",
)
crash_labels = tg.Data(
    "Crash labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Crash model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint saved with torch.save.",
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Policyholder vehicles", trust=tg.Trust.UNTRUSTED):
    # The in-car unit: our hardware, but in the policyholder's car.
    black_box = tm.add(
        tg.Device(
            "Telematics black box",
            fleet=True,
            description="Hard-wired unit with an accelerometer, GPS and a cellular modem.",
        )
    )
    # The policyholder or named driver the welfare call reaches.
    driver = tm.add(tg.Actor("Driver", role="policyholder"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Places the automated calls and collects the keypad answer.
    telephony = tm.add(
        tg.ExternalService(
            "Voice call platform",
            description="Cloud telephony API with text-to-speech and keypad capture.",
        )
    )

with tm.boundary("Assistance partner", trust=tg.Trust.PARTNER):
    # 24/7 assistance centre: sends recovery and calls the emergency services.
    assistance = tm.add(
        tg.ExternalService(
            "Assistance centre",
            description="Contracted roadside and accident assistance operator.",
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Receives uploads from the boxes.
    gateway = tm.add(
        tg.Endpoint(
            "Telematics ingestion gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-box X.509 client certificates"),
                c.SchemaEnforcement(),
            },
        )
    )
    # Keeps every trace, for claims evidence and for training.
    telemetry_store = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={impact_trace},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Decides what happens after an impact.
    crash_service = tm.add(
        tg.Service(
            "Crash response service",
            description="Scores each impact, calls the driver, dispatches help and opens the claim.",
            controls={
                c.HumanInTheLoop(
                    approver="a claims handler, who reviews each auto-opened claim",
                    note="calls and dispatch go ahead automatically, for speed",
                )
            },
        )
    )
    # Separates crashes from potholes, kerbs and dropped boxes.
    crash_model = tm.add(
        tg.Model(
            "Crash detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="1D CNN over the accelerometer window; above 0.8 triggers the call.",
            controls={c.ModelValidation(note="held-out recall and false-alarm rate checked")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Joins traces with handlers' outcomes into labelled examples.
        labelling = tm.add(tg.Pipeline("Crash labelling job", stage=tg.Stage.LABELING))
        # The labelled traces the model learns from.
        training_set = tm.add(tg.Dataset("Crash training set", stores={crash_labels, impact_trace}))
        # Monthly retraining.
        training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))
        # Versions of the crash model.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Puts an approved version into the crash response service.
        deploy = tm.add(tg.Pipeline("Model deployment pipeline", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Core insurance systems", trust=tg.Trust.INTERNAL):
    # Policies and claims: holds contact details and receives the draft claims.
    claims = tm.add(
        tg.Service(
            "Policy and claims platform",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews auto-opened claims and records the outcome.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))
    # Trains the model and approves releases.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(black_box, gateway, impact_trace, protocol="MQTT over TLS")
tm.flow(gateway, telemetry_store, impact_trace)
tm.flow(gateway, crash_service, impact_trace)
tm.flow(crash_service, crash_model, crash_features)
tm.flow(crash_model, crash_service, crash_score)

tm.flow(claims, crash_service, contact_details, label="policy lookup")
tm.flow(crash_service, telephony, call_request, protocol="https")
tm.flow(telephony, driver, welfare_call, protocol="pstn")
tm.flow(driver, telephony, driver_answer, protocol="pstn")
tm.flow(telephony, crash_service, driver_answer, protocol="https", label="call result callback")
tm.flow(crash_service, assistance, dispatch_request, protocol="https")
tm.flow(assistance, crash_service, dispatch_status, protocol="https")
tm.flow(assistance, driver, assistance_call, protocol="pstn")
tm.flow(crash_service, claims, fnol)

tm.flow(claims, handler, fnol, protocol="https")
tm.flow(handler, claims, claim_outcome, protocol="https")
tm.flow(claims, labelling, claim_outcome, label="nightly export")
tm.flow(telemetry_store, labelling, impact_trace)
tm.flow(labelling, training_set, crash_labels, impact_trace)
tm.flow(training_set, training, crash_labels, impact_trace)
tm.flow(training, registry, weights)
tm.flow(data_scientist, deploy, release_approval, protocol="https", label="approves release")
tm.flow(registry, deploy, weights)
tm.flow(deploy, crash_model, weights, label="deploy")
