"""Sheep dip chemical dosing advisory model: the first design.

Certified contract dippers run mobile plunge dips on hill farms. Our tablet app
tells them how much dip concentrate to add, first to charge the bath and then to
top it up as sheep carry wash away in their fleece. A depletion model, trained in
house on past dip wash strength tests, estimates the active ingredient left in the
bath from the bath volume (read from a level sensor on the dip unit over
Bluetooth), the number of sheep dipped and their wool length; the advisory service
turns that into a top-up volume, capped at the product label's replenishment rate.
The dipper measures and pours the concentrate by hand: the app controls no pump.
The app also shows the rain forecast for the holding, for disposal of spent dip,
and keeps the dipping records the medicines rules require. The chemical supplier's
lab sends strength test results that feed nightly retraining. Controls: sign-in to
the API, HTTPS and SFTP links, label caps, versioned models and encrypted records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sheep dip chemical dosing advisory model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Dose and top-up advice for contract sheep dippers, with dipping records.",
)

# ---------------------------------------------------------------- data assets
bath_level = tg.Data("Dip bath level reading", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
dip_session = tg.Data(
    "Dipping session entry",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Holding number, flock, sheep dipped so far, wool length, product and batch.",
)
advice = tg.Data(
    "Dose and top-up advice",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
model_features = tg.Data("Depletion features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
strength_estimate = tg.Data(
    "Estimated wash strength", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
label_rates = tg.Data(
    "Product label dose rates",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Charging and replenishment rates and limits from each authorised product's label.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
forecast = tg.Data("Rain forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
dipping_records = tg.Data(
    "Dipping records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Medicine records per holding: dates, product, batch, doses, dipper's certificate number.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sign_in = tg.Data(
    "Dipper sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
accounts = tg.Data(
    "Dipper accounts and password hashes", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
location = tg.Data("Holding location", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
lab_results = tg.Data(
    "Dip wash strength test results",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    description="Lab-measured active ingredient of bath samples, with the session they came from.",
)
training_set = tg.Data(
    "Depletion training set", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="training-data"
)
weights = tg.Data(
    "Depletion model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
approval = tg.Data("Model release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Farm", trust=tg.Trust.UNTRUSTED):
    # Certified contract dipper working the mobile dip on a customer's holding.
    dipper = tm.add(tg.Actor("Contract dipper", role="certified dipper"))
    # Rugged tablet running our app; one per dipping contractor.
    tablet = tm.add(tg.Device("Dipper's tablet app", fleet=True))
    # Ultrasonic sensor on the dip unit giving the bath volume.
    level_sensor = tm.add(tg.Device("Dip bath level sensor", fleet=True))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Rain forecast for the holding, so spent dip is not spread before rain.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Chemical supplier lab", trust=tg.Trust.PARTNER):
    # The supplier tests bath samples sent in by dippers and shares the results.
    lab = tm.add(
        tg.DataSource(
            "Supplier strength test lab",
            origin=tg.Origin.PARTNER,
            provides={lab_results},
            description="Nightly CSV drop of test results.",
        )
    )

with tm.boundary("Advisory cloud", trust=tg.Trust.INTERNAL):
    # The API the tablet app calls.
    api = tm.add(
        tg.Endpoint(
            "Dosing advisory API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="range checks on volume, head count and wool length"),
            },
        )
    )
    # Builds features, asks the model, and caps the advice at the label rates.
    advisory = tm.add(
        tg.Service(
            "Dosing advisory service",
            controls={
                c.PolicyEnforcement(
                    rules="top-up never exceeds the product label's replenishment rate"
                )
            },
        )
    )
    # Estimates how much active ingredient is left in the bath.
    model = tm.add(
        tg.Model(
            "Dip wash depletion model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regression of remaining wash strength.",
        )
    )
    # Reference dose rates, entered by our staff from product labels.
    label_db = tm.add(tg.DataStore("Product label database", stores={label_rates}))
    # Medicine records and sign-in accounts.
    records_db = tm.add(
        tg.DataStore(
            "Dipping records database",
            stores={dipping_records, accounts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Joins lab results to the sessions they came from.
        training_data = tm.add(tg.Dataset("Depletion training dataset", stores={training_set}))
        # Nightly retraining on the latest results.
        training = tm.add(
            tg.Pipeline("Nightly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned model artifacts; the service loads the approved version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Our agronomist reviews each retrained model and approves its release.
    agronomist = tm.add(tg.Actor("Agronomist", role="model owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(level_sensor, tablet, bath_level, protocol="bluetooth le")
tm.flow(dipper, tablet, sign_in, dip_session)
tm.flow(tablet, dipper, advice, forecast)

tm.flow(tablet, api, sign_in, dip_session, bath_level, protocol="https")
tm.flow(api, tablet, advice, forecast, protocol="https")
tm.flow(records_db, api, accounts, label="sign-in check")
tm.flow(api, advisory, dip_session, bath_level)
tm.flow(advisory, api, advice, forecast)

tm.flow(advisory, model, model_features)
tm.flow(model, advisory, strength_estimate)
tm.flow(label_db, advisory, label_rates)
tm.flow(advisory, weather, location, protocol="https")
tm.flow(weather, advisory, forecast, protocol="https")
tm.flow(advisory, records_db, dipping_records)
tm.flow(records_db, advisory, dipping_records, label="session so far")

tm.flow(lab, training_data, lab_results, protocol="sftp")
tm.flow(records_db, training_data, dipping_records, label="nightly export")
tm.flow(training_data, training, training_set)
tm.flow(training, registry, weights)
tm.flow(agronomist, registry, approval, label="approves release")
tm.flow(registry, model, weights, label="deploy approved version")
