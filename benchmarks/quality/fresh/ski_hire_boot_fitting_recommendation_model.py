"""Ski hire boot-fitting recommendation model: the first design, before any security review.

Our ski hire shops in the Alps fit rental boots faster with a recommendation model. In
the shop a customer stands on a 3D foot scanner and types their height, weight, ski
ability and booking reference on a shop tablet. A recommendation API in our cloud
account pulls the booking from the rental management system (a SaaS vendor), keeps
the scan and profile for the next visit, and asks an in-house ranking model for the
three boot models and shell sizes that fit best among the boots in stock at that shop.
A boot fitter sees the suggestions on the tablet, fits the boots and records what the
customer actually left with; those outcomes become training data, and an ML engineer
retrains the model each off-season and publishes it to a model registry.
Tablets and scanners call the API over HTTPS with a per-device API key, the fit
profile store is encrypted at rest, and models in the registry are versioned.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski hire boot-fitting recommendation model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Recommends rental ski boot models and sizes from in-shop foot scans.",
)

# ---------------------------------------------------------------- data assets
foot_scan = tg.Data(
    "3D foot scan",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Point cloud of both feet with derived length, width, instep and arch height.",
)
skier_profile = tg.Data(
    "Skier profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, booking reference, height, weight, age band, ability, usual shoe size.",
)
booking = tg.Data(
    "Rental booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, rental dates, package and pre-booked boot size.",
)
fit_features = tg.Data("Fit features", kind="features", sensitivity=tg.Sensitivity.PII)
recommendation = tg.Data(
    "Boot recommendations",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top three boot models and shell sizes, without scores.",
)
catalogue = tg.Data(
    "Boot catalogue and shop stock",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boot models, last widths, flex, shell sizes and stock per shop.",
)
outcome = tg.Data(
    "Fitting outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Boot and size the customer left with, and any swap back at the counter.",
)
training_set = tg.Data(
    "Past fittings training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Scans and profiles joined with fitting outcomes from past seasons.",
)
rental_update = tg.Data(
    "Assigned boots for booking", kind="records", sensitivity=tg.Sensitivity.PII
)
train_config = tg.Data(
    "Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data(
    "Boot fit model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop floor", trust=tg.Trust.UNTRUSTED):
    # Holiday skiers renting equipment at the counter.
    customer = tm.add(tg.Actor("Rental customer", role="customer"))

with tm.boundary("Shop network", trust=tg.Trust.INTERNAL):
    # Seasonal shop staff who fit boots.
    fitter = tm.add(tg.Actor("Boot fitter", role="shop staff"))
    # Pressure-plate and camera scanner at the fitting bench.
    scanner = tm.add(tg.Device("3D foot scanner", description="One per shop, on the shop Wi-Fi."))
    # Shared tablet at the fitting bench: customers type their profile, fitters see results.
    tablet = tm.add(tg.Device("Fitting bench tablet", description="Android tablet in kiosk mode."))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Single API the shop devices call; orchestrates lookups, scoring and logging.
    rec_api = tm.add(
        tg.Endpoint(
            "Recommendation API",
            purpose=tg.EndpointPurpose.INFERENCE,
            internet_facing=True,
            controls={c.Authentication(method="per-device API key on each tablet and scanner")},
        )
    )
    # Ranks candidate boots in stock by predicted fit.
    model = tm.add(
        tg.Model(
            "Boot fit ranking model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted ranker over foot measurements and boot last geometry.",
        )
    )
    # Keeps each customer's scan and profile so a returning customer need not rescan.
    fit_store = tm.add(
        tg.DataStore(
            "Customer fit profile store",
            stores={foot_scan, skier_profile},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reference data the model ranks over.
    catalogue_db = tm.add(tg.DataStore("Boot catalogue", stores={catalogue}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Past fittings, appended to by the API after each fitting.
        dataset = tm.add(tg.Dataset("Fitting outcomes dataset", stores={training_set}))
        # Off-season retraining job.
        training = tm.add(
            tg.Pipeline("Model training job", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned model files the API loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Builds and retrains the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Rental software vendor", trust=tg.Trust.PARTNER):
    # SaaS rental management system that holds bookings and equipment assignments.
    rental_system = tm.add(
        tg.ExternalService("Rental management system", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, scanner, foot_scan, label="stands on scanner in person")
tm.flow(customer, tablet, skier_profile, label="typed on tablet in person")
tm.flow(scanner, rec_api, foot_scan, protocol="https")
tm.flow(tablet, rec_api, skier_profile, protocol="https")

tm.flow(rec_api, rental_system, skier_profile, protocol="https", label="booking lookup")
tm.flow(rental_system, rec_api, booking, protocol="https")
tm.flow(rec_api, fit_store, foot_scan, skier_profile)
tm.flow(fit_store, rec_api, foot_scan, skier_profile, label="returning customer")
tm.flow(catalogue_db, rec_api, catalogue)

tm.flow(rec_api, model, fit_features)
tm.flow(model, rec_api, recommendation)
tm.flow(rec_api, tablet, recommendation, protocol="https")
tm.flow(tablet, fitter, recommendation, label="shown on tablet")

tm.flow(fitter, tablet, outcome, label="typed on tablet in person")
tm.flow(tablet, rec_api, outcome, protocol="https")
tm.flow(rec_api, rental_system, rental_update, protocol="https")
tm.flow(rec_api, dataset, training_set, label="appends fitting with outcome")

tm.flow(ml_engineer, training, train_config, protocol="https")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="load at deploy")
