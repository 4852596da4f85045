"""Trade-in valuation from photos: the first design, before any security review.

A UK car dealer group lets customers value their part-exchange car in the group's
dealer app: they sign in, enter the registration, mileage and service history and
take a set of guided photos of the car. A trade-in API in the group's cloud account
hands the request to a valuation service, which pulls the vehicle's history (finance
outstanding, write-off markers, mileage records) from a vehicle data provider, has an
in-house vision model grade the car's condition from the photos, and has a pricing
model turn spec, condition and the latest auction prices into a provisional offer.
Sales managers in the dealerships review each provisional offer in a dealer portal
(photos alongside) and confirm or adjust it; only a confirmed offer is binding. The
physical inspection outcome is recorded too and, with the photos, retrains the models
weekly. Controls in this design: app sign-in, upload checks, TLS on every external
link, encryption at rest for photos and appraisals, corporate SSO with MFA and roles
on the dealer portal, versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Trade-in valuation from photos",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Provisional part-exchange offers from customer photos, confirmed by sales managers.",
)

# ---------------------------------------------------------------- data assets
vehicle_details = tg.Data(
    "Trade-in request details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name and contact, registration, mileage, service history, stated damage.",
)
photos = tg.Data(
    "Vehicle photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Guided exterior, interior, dashboard and tyre photos; show the plate and "
    "often the customer's driveway.",
)
history = tg.Data(
    "Vehicle history report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Outstanding finance, write-off and theft markers, MOT mileage records.",
)
reg_lookup = tg.Data("Registration lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
market_prices = tg.Data(
    "Auction price data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed daily trade auction results by make, model, age and mileage.",
)
condition = tg.Data("Condition grade", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
pricing_features = tg.Data(
    "Valuation features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
provisional_offer = tg.Data(
    "Provisional offer",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
confirmed_offer = tg.Data(
    "Confirmed offer",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
appraisals = tg.Data(
    "Appraisal records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Request, history, grade, provisional and confirmed offer, inspection outcome.",
)
inspection = tg.Data(
    "Inspection outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Condition and defects found when the car is physically handed over.",
)
training_set = tg.Data(
    "Labelled appraisal set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past photos and details with inspected condition and final price paid.",
)
artifacts = tg.Data(
    "Valuation model artifacts",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint of the condition model and the pricing model's booster.",
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Private sellers part-exchanging a car; anyone can create an app account.
    customer = tm.add(tg.Actor("Customer", role="private seller"))
    # The group's iOS/Android app on the customer's own phone: captures photos and details.
    app = tm.add(
        tg.Device(
            "Dealer app",
            description="The group's customer app on customers' own smartphones.",
        )
    )

with tm.boundary("Vehicle data provider", trust=tg.Trust.PARTNER):
    # Commercial registration lookup service; the only source of finance and write-off status.
    vehicle_data = tm.add(
        tg.ExternalService("Vehicle history API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Auction data partner", trust=tg.Trust.PARTNER):
    # Daily trade auction results the pricing model is anchored to.
    price_feed = tm.add(
        tg.DataSource("Auction price feed", origin=tg.Origin.PARTNER, provides={market_prices})
    )

with tm.boundary("Group cloud account", trust=tg.Trust.INTERNAL):
    # Public API the app calls to submit requests and fetch offers.
    api = tm.add(
        tg.Endpoint(
            "Trade-in API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app account e-mail and password"),
                c.InputValidation(note="JPEG/HEIC only, size and count limits on photos"),
            },
        )
    )
    # Orchestrates one valuation: history lookup, condition grade, price, stores the result.
    valuation = tm.add(
        tg.Service(
            "Valuation service",
            controls={c.SecretsManagement(note="provider API key in the cloud secret manager")},
        )
    )
    # In-house vision model grading bodywork, interior and tyres from the photos.
    condition_model = tm.add(
        tg.Model(
            "Condition grading model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="CNN grading condition 1-5 per panel from customer photos.",
        )
    )
    # Turns spec, mileage, history, condition and auction prices into a provisional offer.
    pricing_model = tm.add(
        tg.Model(
            "Trade-in pricing model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regressor; its output is the price offered for the car.",
            controls={
                c.HumanInTheLoop(
                    approver="dealership sales manager",
                    note="an offer is provisional until a sales manager confirms or adjusts it",
                )
            },
        )
    )
    # Object storage for the uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Relational database of every appraisal and its outcome.
    appraisal_db = tm.add(
        tg.DataStore(
            "Appraisal database",
            stores={appraisals, confirmed_offer, inspection},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web portal where sales managers review and confirm offers.
    portal = tm.add(
        tg.Endpoint(
            "Dealer portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC SSO with the group's Entra ID and MFA"),
                c.RBAC(note="sales manager and used-car buyer roles"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Weekly retraining of both models from past appraisals.
        training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
        # Snapshot of labelled appraisals the retraining reads.
        dataset = tm.add(tg.Dataset("Labelled appraisal dataset", stores={training_set}))
        # Holds model versions; serving loads the promoted version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifacts}, controls={c.ModelVersioning()})
        )

with tm.boundary("Dealership network", trust=tg.Trust.INTERNAL):
    # Confirms or adjusts offers and records the inspection at hand-over.
    sales_manager = tm.add(tg.Actor("Sales manager", role="dealership sales manager"))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Data scientist who promotes retrained models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, app, vehicle_details, photos, label="enters details and takes photos")
tm.flow(app, customer, provisional_offer, confirmed_offer, label="shown in the app")
tm.flow(app, api, vehicle_details, photos, protocol="https")
tm.flow(api, app, provisional_offer, confirmed_offer, protocol="https")

tm.flow(api, valuation, vehicle_details, photos)
tm.flow(valuation, api, provisional_offer)
tm.flow(valuation, photo_store, photos)
tm.flow(valuation, vehicle_data, reg_lookup, protocol="https")
tm.flow(vehicle_data, valuation, history, protocol="https")
tm.flow(price_feed, valuation, market_prices, protocol="sftp", label="daily import")
tm.flow(valuation, condition_model, photos)
tm.flow(condition_model, valuation, condition)
tm.flow(valuation, pricing_model, pricing_features)
tm.flow(pricing_model, valuation, provisional_offer)
tm.flow(valuation, appraisal_db, appraisals)

tm.flow(appraisal_db, portal, appraisals)
tm.flow(photo_store, portal, photos)
tm.flow(portal, sales_manager, appraisals, photos, protocol="https")
tm.flow(sales_manager, portal, confirmed_offer, inspection, protocol="https")
tm.flow(portal, appraisal_db, confirmed_offer, inspection)
tm.flow(appraisal_db, api, confirmed_offer)

tm.flow(appraisal_db, training, appraisals, inspection, label="weekly export")
tm.flow(photo_store, training, photos, label="weekly export")
tm.flow(training, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, artifacts)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, condition_model, artifacts, label="deploy")
tm.flow(registry, pricing_model, artifacts, label="deploy")
