"""E-scooter parking compliance vision: the first design, before any security review.

Riders of a shared e-scooter service in several EU cities must photograph the
parked scooter in the rider app to end a trip. The trip service stores the photo
and sends it, with the scooter's GPS fix and the city's parking zones, to an
in-house image model that judges whether the parking is allowed. An enforcement
service fines the rider's card through the payment processor for a violation and
blocks the account after three violations in 30 days. Riders appeal in the app;
support agents review the photo in the support console and can refund or unblock.
Appeal outcomes and the stored photos feed a training set for periodic retraining.
The rider API authenticates riders by SMS one-time code, rate-limits and checks
uploads; scooters talk to the backend over MQTT with TLS; the console uses staff
SSO with roles; new models pass an evaluation before promotion. GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "E-scooter parking compliance vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="End-of-trip parking photos checked by a model; automatic fines and blocks.",
)

# ---------------------------------------------------------------- data assets
parking_photo = tg.Data(
    "End-of-trip photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Photo of the parked scooter; may show bystanders, faces and plates.",
)
end_trip = tg.Data(
    "End-trip request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider id, scooter id, phone location and the photo reference.",
)
telemetry = tg.Data(
    "Scooter telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="GPS fix, lock state and battery, tied to the current trip.",
)
lock_command = tg.Data(
    "Lock command",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
zones = tg.Data("City parking zones", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
model_input = tg.Data(
    "Photo and location features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
)
verdict = tg.Data(
    "Parking verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Allowed or violation, with a confidence and the reason code.",
)
violation = tg.Data("Violation event", kind="records", sensitivity=tg.Sensitivity.PII)
rider_account = tg.Data(
    "Rider account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Contact details, payment token, violation history, block status.",
)
fine_notice = tg.Data("Fine or block notice", kind="records", sensitivity=tg.Sensitivity.PII)
charge = tg.Data(
    "Fine charge",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Payment token and amount; no card numbers are held by the operator.",
)
charge_status = tg.Data("Charge status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
appeal = tg.Data("Appeal", kind="records", sensitivity=tg.Sensitivity.PII)
appeal_decision = tg.Data(
    "Appeal decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Upheld or overturned; overturned means refund and unblock.",
)
labels = tg.Data(
    "Parking labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Parking model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The rider, using the operator's mobile app on their own phone.
    rider = tm.add(tg.Actor("Rider", role="customer"))

with tm.boundary("Street", trust=tg.Trust.UNTRUSTED):
    # Scooters parked in public space, reporting GPS and lock state.
    scooters = tm.add(tg.Device("Scooter fleet", fleet=True))

with tm.boundary("City data portal", trust=tg.Trust.PARTNER):
    # Each city publishes its allowed and no-parking zones.
    city_feed = tm.add(
        tg.DataSource("City parking zone feed", origin=tg.Origin.PARTNER, provides={zones})
    )

with tm.boundary("Payment processor", trust=tg.Trust.PARTNER):
    # Charges fines to the rider's stored payment method.
    payments = tm.add(tg.ExternalService("Payment processor API"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the rider app.
    rider_api = tm.add(
        tg.Endpoint(
            "Rider API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="phone number with SMS one-time code"),
                c.RateLimiting(requests_per_minute=60),
                c.InputValidation(note="JPEG only, size and resolution limits"),
            },
        )
    )
    # Ends trips, locks scooters and asks the model for a parking verdict.
    trip_service = tm.add(tg.Service("Trip service"))
    # Object storage for every end-of-trip photo.
    photo_bucket = tm.add(
        tg.DataStore(
            "Parking photo bucket",
            stores={parking_photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Judges from the photo and location whether the parking is allowed.
    parking_model = tm.add(
        tg.Model(
            "Parking compliance model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Image classifier fine-tuned from a public backbone.",
        )
    )
    # Issues fines and blocks accounts after repeated violations.
    enforcement = tm.add(
        tg.Service(
            "Enforcement service",
            description="EUR 20 fine per violation; block after 3 violations in 30 days.",
            controls={c.Contestability(note="appeal from the app, reviewed by support")},
        )
    )
    # Rider accounts, violation history and block status.
    rider_db = tm.add(
        tg.DataStore(
            "Rider account database",
            stores={rider_account},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Internal tool support agents use to handle appeals.
    support_console = tm.add(
        tg.Endpoint(
            "Support console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Photos labeled by the outcome of the model and of appeals.
        training_set = tm.add(tg.Dataset("Parking training set", stores={parking_photo, labels}))
        # Periodic retraining with an evaluation gate before promotion.
        training = tm.add(
            tg.Pipeline(
                "Retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="hold-out accuracy and false-violation rate")},
            )
        )
        # Versions of the parking model; serving loads the promoted one.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Support office", trust=tg.Trust.INTERNAL):
    # Reviews appeals and decides on refunds and unblocks.
    support_agent = tm.add(tg.Actor("Support agent", role="support staff"))

# ---------------------------------------------------------------- flows
tm.flow(rider, rider_api, end_trip, parking_photo, protocol="https", label="end trip")
tm.flow(rider_api, rider, verdict, fine_notice, protocol="https")
tm.flow(rider, rider_api, appeal, protocol="https", label="appeal")
tm.flow(rider_api, trip_service, end_trip, parking_photo)
tm.flow(trip_service, rider_api, verdict)

tm.flow(scooters, trip_service, telemetry, protocol="mqtts")
tm.flow(trip_service, scooters, lock_command, protocol="mqtts")
tm.flow(city_feed, trip_service, zones, protocol="https", label="daily zone sync")
tm.flow(trip_service, photo_bucket, parking_photo)
tm.flow(trip_service, parking_model, model_input)
tm.flow(parking_model, trip_service, verdict)

tm.flow(trip_service, enforcement, violation)
tm.flow(rider_db, enforcement, rider_account, label="violation history")
tm.flow(enforcement, rider_db, rider_account, label="record violation, set block")
tm.flow(enforcement, payments, charge, protocol="https")
tm.flow(payments, enforcement, charge_status, protocol="https", label="charge status webhook")
tm.flow(enforcement, rider_api, fine_notice, label="push notification")
tm.flow(rider_db, rider_api, rider_account, label="account and block status")

tm.flow(rider_api, support_console, appeal, label="appeal ticket")
tm.flow(support_console, support_agent, appeal, parking_photo, protocol="https")
tm.flow(photo_bucket, support_console, parking_photo)
tm.flow(support_agent, support_console, appeal_decision, protocol="https")
tm.flow(support_console, enforcement, appeal_decision, label="refund or unblock")

tm.flow(photo_bucket, training_set, parking_photo)
tm.flow(enforcement, training_set, labels, label="verdicts and appeal outcomes")
tm.flow(training_set, training, parking_photo, labels)
tm.flow(training, registry, weights)
tm.flow(registry, parking_model, weights, label="load promoted version")
