"""Tyre tread photo assessment: the first design, before any security review.

A tyre retailer with branches across the EU adds a "check my tyres" feature to
its public website. Drivers, usually without an account, upload two to four phone
photos of their tyres. A vision model that we fine-tuned from an open-weights
backbone estimates the remaining tread depth and flags visible damage (cuts,
bulges, uneven wear); the site then recommends replacement tyres from the stock
catalogue and lets the driver book a fitting slot at a branch, giving a name,
e-mail, phone number and number plate. Confirmations go out through an e-mail and
SMS provider. At the branch, fitters measure the real tread depth with a gauge in
the workshop app; those readings become labels for quarterly retraining.
The web tier sits behind the CDN's rate limits, uploads are checked for type and
size, photos are kept in an encrypted bucket, all public traffic is HTTPS, and
staff sign in with the corporate SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tyre tread photo assessment",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drivers upload tyre photos; a vision model estimates tread and damage, "
    "and the site recommends tyres and books fitting at a branch.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Tyre photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photos of tyres; often show the number plate, the driveway "
    "and carry EXIF location.",
)
assessment = tg.Data(
    "Tread and damage assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Estimated tread depth per tyre in mm and damage flags.",
)
recommendation = tg.Data(
    "Tyre recommendations", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC
)
catalogue = tg.Data(
    "Tyre catalogue and stock",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
booking = tg.Data(
    "Fitting booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, number plate, branch and slot.",
)
notification = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
measured_tread = tg.Data(
    "Measured tread depths",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled tyre photo set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Tread model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public; no account is needed to upload photos or book.
    driver = tm.add(tg.Actor("Driver", role="website visitor"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # SaaS that sends booking confirmations and reminders by e-mail and SMS.
    messaging = tm.add(tg.ExternalService("E-mail and SMS provider"))

with tm.boundary("Retail cloud account", trust=tg.Trust.INTERNAL):
    # Public API behind the CDN: photo upload, assessment results, booking form.
    web_api = tm.add(
        tg.Endpoint(
            "Tyre check web API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30, note="CDN rule per client IP"),
                c.InputValidation(note="JPEG/HEIC only, 15 MB cap, max 4 photos"),
            },
        )
    )
    # Object storage holding every uploaded photo, for audits and later labelling.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS, provider-managed key")},
        )
    )
    # Orchestrates one check: fetches photos, calls the model, stores the result.
    assessor = tm.add(tg.Service("Tread assessment service"))
    # Regressor for tread depth plus damage classes; its output drives safety advice.
    tread_model = tm.add(
        tg.Model(
            "Tread vision model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Open-weights image backbone fine-tuned in-house on branch photos.",
        )
    )
    # Maps the assessment and tyre size to in-stock products at nearby branches.
    recommender = tm.add(tg.Service("Tyre recommendation service"))
    # Product, price and per-branch stock data synced from the ERP.
    catalogue_db = tm.add(tg.DataStore("Catalogue database", stores={catalogue}))
    # Slot availability and bookings; branch staff use it through the workshop app.
    booking_svc = tm.add(tg.Service("Fitting booking service"))
    # Bookings, plus the gauge readings fitters record against them.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, measured_tread},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Branch photos paired with gauge readings, exported quarterly.
        dataset = tm.add(tg.Dataset("Tread training set", stores={training_set, measured_tread}))
        # Quarterly fine-tuning job run by the data science team.
        training = tm.add(
            tg.Pipeline(
                "Tread model fine-tuning",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
            )
        )
        # Versioned model artifacts that the assessment service loads at deploy time.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Fitter with the workshop tablet app: sees the day's bookings, records gauge readings.
    fitter = tm.add(tg.Actor("Branch fitter", role="branch staff"))

# ---------------------------------------------------------------- flows
tm.flow(driver, web_api, photos, protocol="https", label="upload")
tm.flow(web_api, photo_bucket, photos)
tm.flow(web_api, assessor, label="assessment request")
tm.flow(photo_bucket, assessor, photos)
tm.flow(assessor, tread_model, photos)
tm.flow(tread_model, assessor, assessment)
tm.flow(assessor, recommender, assessment)
tm.flow(catalogue_db, recommender, catalogue)
tm.flow(recommender, web_api, assessment, recommendation)
tm.flow(web_api, driver, assessment, recommendation, protocol="https")

tm.flow(driver, web_api, booking, protocol="https", label="book a fitting slot", id="book")
tm.flow(web_api, booking_svc, booking)
tm.flow(booking_svc, booking_db, booking, measured_tread)
tm.flow(booking_db, booking_svc, booking, label="slot availability")
tm.flow(booking_svc, messaging, notification, protocol="https")
tm.flow(messaging, driver, notification, label="e-mail and SMS")

tm.flow(
    booking_svc,
    fitter,
    booking,
    protocol="https",
    label="day's bookings",
    controls={c.Authentication(method="corporate SSO (OIDC)")},
)
tm.flow(
    fitter,
    booking_svc,
    measured_tread,
    protocol="https",
    label="gauge readings",
    controls={c.Authentication(method="corporate SSO (OIDC)")},
)
tm.flow(booking_db, dataset, measured_tread, label="quarterly export")
tm.flow(photo_bucket, dataset, training_set, label="quarterly export")
tm.flow(dataset, training, training_set, measured_tread)
tm.flow(training, registry, weights)
tm.flow(registry, tread_model, weights, label="deploy")
