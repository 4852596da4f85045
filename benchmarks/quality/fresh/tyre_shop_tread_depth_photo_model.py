"""Tyre tread-depth check from phone photos: the first design, before any security review.

Customers of our tyre chain open the mobile app, photograph each tyre and send the
photos with their vehicle registration to a tread-check API in our cloud account. An
in-house image regression model estimates the remaining tread depth per tyre; a
recommendation and booking service turns the estimates into a replace/monitor advice
with matching tyres and prices from the catalogue, and offers a fitting slot. The
advice goes back to the app and by e-mail/SMS through a messaging provider. At the
shop, fitters see the booking and the estimate on the workshop tablet, measure the
tread with a gauge before anything is fitted, and record the measured depths; those
measurements and the photos are exported nightly into the training set for retraining.
Controls in this design: TLS everywhere, app sign-in with e-mail and password, image
type/size checks on the API, provider-managed encryption of the photo bucket, role
access on the customer database, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tyre tread-depth photo check",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Estimates tread depth from customers' tyre photos and recommends replacements.",
)

# ---------------------------------------------------------------- data assets
tyre_photos = tg.Data(
    "Tyre photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Close-ups of each tyre; often show the car, its number plate and the driveway.",
)
vehicle_details = tg.Data(
    "Vehicle and customer details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registration, tyre size, name, e-mail and phone number from the app account.",
)
tread_estimate = tg.Data(
    "Tread depth estimate", kind="model-output", sensitivity=tg.Sensitivity.PII
)
recommendation = tg.Data(
    "Replacement recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Replace or monitor per tyre, suggested tyres, prices and a fitting slot.",
)
catalogue = tg.Data(
    "Tyre catalogue and prices", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
booking = tg.Data("Fitting booking", kind="records", sensitivity=tg.Sensitivity.PII)
notification = tg.Data(
    "Recommendation e-mail and SMS", kind="records", sensitivity=tg.Sensitivity.PII
)
measured_depth = tg.Data(
    "Fitter gauge measurements",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Photo and measurement training pairs", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Tread model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
train_config = tg.Data(
    "Training run configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The motorist checking whether their tyres need replacing.
    customer = tm.add(tg.Actor("Customer", role="motorist"))
    # Our app on the customer's own smartphone: camera capture and upload.
    phone_app = tm.add(
        tg.Device(
            "Customer phone app",
            description="The chain's iOS/Android app on the customer's smartphone.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the advice and booking confirmations by e-mail and SMS.
    messaging = tm.add(tg.ExternalService("E-mail and SMS provider"))

with tm.boundary("Cloud production account", trust=tg.Trust.INTERNAL):
    # Public entry point for the app: receives photos, returns the advice.
    tread_api = tm.add(
        tg.Endpoint(
            "Tread check API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app account e-mail and password"),
                c.InputValidation(note="JPEG/HEIC only, max 12 MB, max 8 photos per check"),
            },
        )
    )
    # Keeps every uploaded photo for the shop visit and for retraining.
    photo_store = tm.add(
        tg.DataStore(
            "Tyre photo bucket",
            stores={tyre_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The image model: estimates remaining tread depth in mm per tyre.
    tread_model = tm.add(
        tg.Model(
            "Tread depth model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="CNN fine-tuned from an ImageNet backbone on fitter-measured tyres.",
        )
    )
    # Turns estimates into advice, matches tyres and prices, books fitting slots.
    booking_service = tm.add(
        tg.Service(
            "Recommendation and booking service",
            description="Below 3 mm suggests replacement; offers tyres and a slot at the nearest shop.",
            controls={
                c.HumanInTheLoop(
                    approver="the fitter, who gauges the tread before any tyre is replaced"
                )
            },
        )
    )
    # Product range and prices every recommendation is priced from.
    catalogue_db = tm.add(tg.DataStore("Tyre catalogue", stores={catalogue}))
    # Customer accounts, vehicles, bookings and the fitters' measurements.
    customer_db = tm.add(
        tg.DataStore(
            "Customer and booking database",
            stores={vehicle_details, booking, tread_estimate, measured_depth},
            controls={c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Nightly export of photos joined with the gauge readings taken at the shop.
        dataset = tm.add(tg.Dataset("Tread training set", stores={training_set}))
        # Retrains the tread model on new shop-confirmed examples.
        training = tm.add(tg.Pipeline("Tread model retraining", stage=tg.Stage.TRAINING))
        # Holds versioned checkpoints; serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Shop network", trust=tg.Trust.INTERNAL):
    # Fitter at the branch who confirms the estimate with a depth gauge.
    fitter = tm.add(tg.Actor("Shop fitter", role="fitter"))
    # Shared tablet in the workshop bay used to see bookings and record readings.
    tablet = tm.add(
        tg.Device(
            "Workshop tablet",
            description="One per branch, signed in to the workshop web app.",
            controls={c.Authentication(method="branch account login shared by the fitters")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and runs the retraining jobs.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, phone_app, tyre_photos, vehicle_details, label="takes photos in the app")
tm.flow(phone_app, tread_api, tyre_photos, vehicle_details, protocol="https")
tm.flow(tread_api, photo_store, tyre_photos)
tm.flow(tread_api, tread_model, tyre_photos)
tm.flow(tread_model, tread_api, tread_estimate)
tm.flow(tread_api, booking_service, tread_estimate, vehicle_details)
tm.flow(catalogue_db, booking_service, catalogue, label="tyres and prices")
tm.flow(booking_service, customer_db, vehicle_details, tread_estimate, booking)
tm.flow(customer_db, booking_service, vehicle_details, booking)
tm.flow(booking_service, tread_api, recommendation)
tm.flow(tread_api, phone_app, recommendation, protocol="https")
tm.flow(phone_app, customer, recommendation)
tm.flow(phone_app, tread_api, booking, protocol="https", label="accepts a fitting slot")
tm.flow(booking_service, messaging, notification, protocol="https")
tm.flow(messaging, customer, notification, protocol="smtp")

tm.flow(booking_service, tablet, booking, tread_estimate, protocol="https", label="day's bookings")
tm.flow(photo_store, tablet, tyre_photos, protocol="https", label="signed photo links")
tm.flow(tablet, fitter, booking, tread_estimate)
tm.flow(fitter, tablet, measured_depth, label="typed at the bay")
tm.flow(tablet, booking_service, measured_depth, protocol="https")
tm.flow(booking_service, customer_db, measured_depth)

tm.flow(photo_store, dataset, tyre_photos, label="nightly export")
tm.flow(customer_db, dataset, measured_depth, label="nightly export")
tm.flow(dataset, training, training_set)
tm.flow(ml_engineer, training, train_config)
tm.flow(training, registry, weights)
tm.flow(registry, tread_model, weights, label="deploy promoted version")
