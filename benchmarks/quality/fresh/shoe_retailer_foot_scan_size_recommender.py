"""Foot-scan size recommender: the first design, before any security review.

A shoe retailer puts 3D foot scanners in its stores. A customer steps onto the
scanner, scans their loyalty QR code, and a store associate runs the scan. The
scanner uploads the point cloud to a scan API in the retailer's cloud, where a
recommendation service derives foot measurements, asks an in-house fit model
for the best size in each shoe model (using last dimensions from the product
catalogue) and shows the result on the scanner screen. Scans are kept against
the loyalty account, so customers can get recommendations later in the mobile
app. Each night a training pipeline joins stored scans with purchases and
returns to retrain the fit model, which is published through a model registry.
Controls in this design: TLS on every external link, sign-in on the scan API,
encryption at rest on the scan store, role-based access to loyalty data, and
versioned models in the registry. The retailer operates in the EU.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Foot-scan size recommender",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="In-store 3D foot scans linked to loyalty accounts drive shoe size recommendations.",
)

# ---------------------------------------------------------------- data assets
foot_scan = tg.Data(
    "3D foot scan",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Point cloud of both feet, with the scanner id and timestamp.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
loyalty_id = tg.Data("Loyalty member id", kind="records", sensitivity=tg.Sensitivity.PII)
app_login = tg.Data("App sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
measurements = tg.Data(
    "Foot measurements",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Length, width, instep and arch height derived from the scan.",
)
recommendation = tg.Data("Size recommendation", kind="model-output", sensitivity=tg.Sensitivity.PII)
loyalty_profile = tg.Data(
    "Loyalty profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, purchase history and linked scan references.",
)
catalogue = tg.Data(
    "Shoe models and last dimensions", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
outcomes = tg.Data(
    "Purchases and returns",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="What each member bought in which size, and returns with the reason code.",
)
training_set = tg.Data("Scan training set", kind="training-data", sensitivity=tg.Sensitivity.PII)
fit_model_artifact = tg.Data(
    "Fit model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted ranker saved with joblib.",
)
training_config = tg.Data("Training configuration", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers: in the store at the scanner, or at home in the app.
    customer = tm.add(tg.Actor("Customer", role="shopper"))
    # The retailer's app on the customer's own phone: shows saved recommendations.
    mobile_app = tm.add(
        tg.Device("Retail mobile app", description="iOS and Android app, loyalty account sign-in.")
    )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Runs the scan session and talks the customer through the result.
    associate = tm.add(tg.Actor("Store associate", role="store staff"))
    # The scanning plate with its touch screen, one or two per store, on store Wi-Fi.
    scanner = tm.add(
        tg.Device(
            "In-store foot scanner",
            description="Vendor scanning hardware running our kiosk app; uploads each scan.",
        )
    )

with tm.boundary("Retail cloud", trust=tg.Trust.INTERNAL):
    # Entry point for scanners and the mobile app.
    scan_api = tm.add(
        tg.Endpoint(
            "Scan API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="per-store API key for scanners; loyalty e-mail and password for the app"
                ),
                tg.controls.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Turns a scan into measurements, calls the fit model, links the scan to the member.
    recommender = tm.add(
        tg.Service(
            "Recommendation service",
            description="Derives measurements, ranks sizes per shoe model, stores the scan.",
        )
    )
    # Predicts the best-fitting size for each shoe model from foot measurements.
    fit_model = tm.add(
        tg.Model(
            "Fit model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Ranks (model, size) pairs by expected fit.",
        )
    )
    # Existing product catalogue with last dimensions per model and size.
    catalogue_db = tm.add(tg.DataStore("Product catalogue", stores={catalogue}))
    # Existing loyalty CRM: the scan is linked to the member record here.
    loyalty_crm = tm.add(
        tg.DataStore(
            "Loyalty CRM",
            stores={loyalty_profile},
            controls={tg.controls.RBAC()},
        )
    )
    # Existing order management: source of purchase and return outcomes.
    orders = tm.add(
        tg.DataSource("Order and returns system", origin=tg.Origin.INTERNAL, provides={outcomes})
    )

    with tm.boundary("Data platform", trust=tg.Trust.RESTRICTED):
        # Every scan ever taken, keyed by loyalty member id.
        scan_store = tm.add(
            tg.DataStore(
                "Scan store",
                stores={foot_scan, measurements},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Nightly join of scans with purchases and returns, then retraining.
        training = tm.add(
            tg.Pipeline(
                "Nightly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                description="Builds the training set and retrains the fit model.",
            )
        )
        # Snapshot the model was trained on, kept for comparisons.
        dataset = tm.add(tg.Dataset("Scan training dataset", stores={training_set}))
        # Where serving loads the current fit model from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={fit_model_artifact},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the fit model: sets training parameters and checks the results.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# In store
tm.flow(customer, scanner, foot_scan, loyalty_id, label="steps on plate, shows loyalty QR")
tm.flow(associate, scanner, loyalty_id, label="starts scan session")
tm.flow(scanner, scan_api, foot_scan, loyalty_id, protocol="https")
tm.flow(scan_api, scanner, recommendation, protocol="https")
tm.flow(scanner, customer, recommendation, label="shown on screen")
tm.flow(scanner, associate, recommendation, label="shown on screen")

# In the app
tm.flow(customer, mobile_app, app_login)
tm.flow(mobile_app, scan_api, app_login, loyalty_id, protocol="https")
tm.flow(scan_api, mobile_app, recommendation, protocol="https")
tm.flow(mobile_app, customer, recommendation)

# Recommendation
tm.flow(scan_api, recommender, foot_scan, loyalty_id)
tm.flow(recommender, scan_api, recommendation)
tm.flow(recommender, scan_store, foot_scan, measurements, label="save scan")
tm.flow(scan_store, recommender, measurements, label="saved scan for app requests")
tm.flow(recommender, fit_model, measurements)
tm.flow(fit_model, recommender, recommendation)
tm.flow(catalogue_db, recommender, catalogue)
tm.flow(recommender, loyalty_crm, loyalty_id, label="link scan to member")
tm.flow(loyalty_crm, recommender, loyalty_profile, label="purchase history")

# Retraining
tm.flow(scan_store, training, foot_scan, measurements)
tm.flow(orders, training, outcomes, label="nightly export")
tm.flow(catalogue_db, training, catalogue)
tm.flow(training, dataset, training_set)
tm.flow(training, registry, fit_model_artifact)
tm.flow(registry, fit_model, fit_model_artifact, label="load at deploy")
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(dataset, data_scientist, training_set, protocol="https", label="analysis notebooks")
