"""Ski rental boot fitting scan model: the first design, before any security review.

A chain of ski rental shops in the Alps wants boots fitted faster. Customers book
online with their height, weight, age and skiing ability, and may add three phone
photos of each foot. In the shop, staff put the customer on a 3D foot scanner station
(a depth-camera pad with a tablet) that uploads the scan to our cloud platform. A foot
measurement model turns scans or photos into length, width, instep and arch
measurements, and a ranking model picks the best-fitting boot models and sizes in stock
at that shop. Staff see the ranked boots on the station tablet, fit the customer and
record what was finally rented and any swaps. Scans and fitting outcomes become the
training set for retraining both models each off-season. Customers sign in with e-mail
and password; scan stations use a per-device API key; cloud storage is encrypted with
the provider's KMS. Customers are mostly EU residents, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski rental boot fitting scan model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="3D foot scans and phone photos turned into ranked rental boot recommendations.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, rental dates, shop, height, weight, age, skiing ability.",
)
foot_photos = tg.Data("Phone foot photos", kind="media", sensitivity=tg.Sensitivity.PII)
foot_scan = tg.Data("3D foot scan", kind="media", sensitivity=tg.Sensitivity.PII)
measurements = tg.Data("Foot measurements", kind="features", sensitivity=tg.Sensitivity.PII)
recommendation = tg.Data(
    "Boot recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Ranked boot models and sizes in stock at the customer's shop.",
)
catalogue = tg.Data(
    "Boot catalogue and stock",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Shell dimensions per model and size, and stock per shop.",
)
fitting_outcome = tg.Data(
    "Fitting outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Boot finally rented, swaps and the fitter's comfort notes.",
)
training_examples = tg.Data(
    "Fit training examples", kind="training-data", sensitivity=tg.Sensitivity.PII
)
training_config = tg.Data(
    "Training configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
model_files = tg.Data("Fit model files", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Books a rental and optionally photographs their feet at home.
    customer = tm.add(tg.Actor("Customer", role="renter"))

with tm.boundary("Rental shops", trust=tg.Trust.INTERNAL):
    # Fits the boots and records what was rented.
    staff = tm.add(tg.Actor("Shop fitter", role="shop staff"))
    # Scanner pad plus tablet in each shop; staff sign in with the shop's shared PIN.
    station = tm.add(
        tg.Device(
            "Foot scan station",
            fleet=True,
            controls={c.Authentication(method="shared shop PIN")},
        )
    )

with tm.boundary("Rental platform cloud", trust=tg.Trust.INTERNAL):
    # Public booking site and API used by customers.
    booking_app = tm.add(
        tg.Endpoint(
            "Booking web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="photo file type and size checks"),
            },
        )
    )
    # Receives scans and fitting outcomes from the shop stations.
    ingestion = tm.add(
        tg.Endpoint(
            "Scan ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Orchestrates measurement and ranking for each scan or set of photos.
    fit_service = tm.add(tg.Service("Fit recommendation service"))
    # Extracts foot measurements from 3D scans or phone photos.
    measure_model = tm.add(
        tg.Model("Foot measurement model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Ranks boots in stock by predicted fit.
    ranker = tm.add(
        tg.Model("Boot fit ranker", task=tg.Task.RANKER, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Customers' bookings, measurements and fitting outcomes.
    profile_db = tm.add(
        tg.DataStore(
            "Customer profile database",
            stores={booking, measurements, fitting_outcome},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS"), c.RBAC()},
        )
    )
    # Raw scans and photos, kept for retraining.
    scan_archive = tm.add(
        tg.DataStore(
            "Scan archive",
            stores={foot_scan, foot_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Boot models, shell dimensions and per-shop stock, kept by the rental system.
    catalogue_db = tm.add(tg.DataStore("Boot catalogue", stores={catalogue}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Scans joined with what was finally rented.
        training_set = tm.add(tg.Dataset("Fit training set", stores={training_examples}))
        # Off-season retraining of both models.
        training = tm.add(tg.Pipeline("Fit model retraining", stage=tg.Stage.TRAINING))
        # Model versions the fit service loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={model_files}, controls={c.ModelVersioning()})
        )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Builds and retrains the models.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, booking_app, booking, foot_photos, protocol="https")
tm.flow(booking_app, customer, recommendation, protocol="https", label="suggested boot")
tm.flow(booking_app, profile_db, booking)
tm.flow(booking_app, fit_service, booking, foot_photos)
tm.flow(fit_service, booking_app, recommendation)

tm.flow(staff, station, fitting_outcome)
tm.flow(station, staff, recommendation)
tm.flow(station, ingestion, foot_scan, fitting_outcome, protocol="https")
tm.flow(ingestion, station, recommendation, protocol="https")
tm.flow(ingestion, fit_service, foot_scan)
tm.flow(fit_service, ingestion, recommendation)
tm.flow(ingestion, profile_db, fitting_outcome)

tm.flow(fit_service, scan_archive, foot_scan, foot_photos)
tm.flow(profile_db, fit_service, booking, label="skier profile lookup")
tm.flow(fit_service, profile_db, measurements)
tm.flow(catalogue_db, fit_service, catalogue)
tm.flow(fit_service, measure_model, foot_scan, foot_photos)
tm.flow(measure_model, fit_service, measurements)
tm.flow(fit_service, ranker, measurements, booking, catalogue)
tm.flow(ranker, fit_service, recommendation)

tm.flow(scan_archive, training_set, foot_scan, foot_photos)
tm.flow(profile_db, training_set, measurements, fitting_outcome)
tm.flow(training_set, training, training_examples)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, model_files)
tm.flow(registry, measure_model, model_files, label="load released version")
tm.flow(registry, ranker, model_files, label="load released version")
