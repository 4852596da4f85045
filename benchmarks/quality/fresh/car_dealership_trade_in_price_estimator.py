"""Car dealership trade-in price estimator: the first design, before any security review.

A European dealership group adds an "instant trade-in value" form to its public
website. A car owner enters the registration or VIN, mileage, a few condition
answers and contact details, and gets an estimated price range back at once. The
valuation service decodes the VIN with a vehicle-history provider, asks an
in-house gradient-boosted price model for an estimate and saves the lead, which
is synced to the group's SaaS CRM. Appraisers in the dealerships open the lead in
an internal appraisal console, inspect the car and set the final offer themselves.
The model is retrained weekly from past appraisals and a partner's auction sale
prices. Controls in this design: a rate limit and VIN/format checks on the public
API, TLS on public and partner calls, SSO for the appraisal console, the final
offer set by an appraiser, encrypted lead database, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car dealership trade-in price estimator",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Instant trade-in estimates on the dealer website, with the final offer set by an appraiser.",
)

# ---------------------------------------------------------------- data assets
trade_in_request = tg.Data(
    "Trade-in request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="VIN or registration, mileage, condition answers, postcode.",
)
contact = tg.Data(
    "Owner contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address and phone number of the car owner.",
)
vin_query = tg.Data("VIN lookup", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
history_report = tg.Data(
    "Vehicle history report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Decoded specification, previous owners count, accident and mileage records.",
)
features = tg.Data("Valuation features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
estimate = tg.Data("Trade-in estimate", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
lead = tg.Data(
    "Trade-in lead",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner contact details, vehicle, history report and the estimate given.",
)
final_offer = tg.Data(
    "Final trade-in offer",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
appraisals = tg.Data(
    "Appraisal history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past appraisals and the prices the cars later sold for; owner names removed.",
)
auction_prices = tg.Data(
    "Auction sale prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Wholesale auction results licensed from an auction house.",
)
training_set = tg.Data(
    "Valuation training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Price model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The car owner filling in the form on the dealer website; anyone can use it.
    owner = tm.add(tg.Actor("Car owner", role="website visitor"))

with tm.boundary("Data partners", trust=tg.Trust.PARTNER):
    # Decodes VINs and returns the history report the estimate depends on.
    history_provider = tm.add(
        tg.ExternalService(
            "Vehicle history provider",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Commercial VIN decoding and vehicle history API, per-call licence.",
        )
    )
    # Market prices for retraining, delivered as a daily file drop.
    auction_feed = tm.add(
        tg.DataSource(
            "Auction price feed",
            origin=tg.Origin.PARTNER,
            provides={auction_prices},
            description="Daily CSV of wholesale auction results from the auction house.",
        )
    )
    # Where sales staff follow up leads; a SaaS CRM the group already uses.
    crm = tm.add(
        tg.ExternalService(
            "Dealer CRM",
            description="SaaS CRM holding sales leads for all dealerships.",
        )
    )

with tm.boundary("Dealer cloud account", trust=tg.Trust.INTERNAL):
    # The only public entry point: the estimate form's backend behind the API gateway.
    estimate_api = tm.add(
        tg.Endpoint(
            "Trade-in estimate API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per client IP at the API gateway"),
                c.InputValidation(note="VIN checksum, mileage range, allowed condition values"),
            },
        )
    )
    # Orchestrates VIN lookup, feature building, the model call and saving the lead.
    valuation = tm.add(
        tg.Service(
            "Valuation service",
            controls={
                c.SecretsManagement(note="history-provider API key in the cloud secret store")
            },
        )
    )
    # Predicts a price from vehicle features; the API shows a range around it.
    price_model = tm.add(
        tg.Model(
            "Trade-in price model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees predicting the trade-in price; served in-process.",
            controls={c.ModelVersioning()},
        )
    )
    # Every estimate request that left contact details, for follow-up by sales.
    lead_db = tm.add(
        tg.DataStore(
            "Lead database",
            stores={lead, final_offer},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Internal web app appraisers use to see the lead and record the real offer.
    console = tm.add(
        tg.Service(
            "Appraisal console",
            controls={
                c.Authentication(method="OIDC single sign-on with the group's identity provider"),
                c.HumanInTheLoop(approver="the dealership appraiser, after inspecting the car"),
            },
        )
    )
    # Past appraisals and resale outcomes, exported from the dealer management system.
    appraisal_store = tm.add(tg.DataStore("Appraisal history store", stores={appraisals}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Weekly job: joins appraisals with auction prices, builds the set and retrains.
        training = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
        # Snapshot the model is trained on.
        dataset = tm.add(tg.Dataset("Valuation training dataset", stores={training_set}))
        # Holds trained model versions; serving loads the current one from here.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Dealership network", trust=tg.Trust.INTERNAL):
    # Used-car appraiser in a dealership: inspects the car and sets the final offer.
    appraiser = tm.add(tg.Actor("Appraiser", role="used-car appraiser"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Maintains the training job and decides which model version serves.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(owner, estimate_api, trade_in_request, contact, protocol="https")
tm.flow(estimate_api, valuation, trade_in_request, contact)
tm.flow(valuation, history_provider, vin_query, protocol="https")
tm.flow(history_provider, valuation, history_report, protocol="https")
tm.flow(valuation, price_model, features)
tm.flow(price_model, valuation, estimate)
tm.flow(valuation, estimate_api, estimate)
tm.flow(estimate_api, owner, estimate, protocol="https")
tm.flow(valuation, lead_db, lead)
tm.flow(lead_db, crm, lead, protocol="https", label="hourly lead sync")

tm.flow(appraiser, console, final_offer, protocol="https")
tm.flow(console, appraiser, lead, protocol="https")
tm.flow(lead_db, console, lead)
tm.flow(console, lead_db, final_offer)
tm.flow(console, appraisal_store, final_offer, label="completed appraisals")

tm.flow(auction_feed, training, auction_prices, protocol="sftp")
tm.flow(appraisal_store, training, appraisals)
tm.flow(training, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, price_model, weights, label="load current version")
tm.flow(data_scientist, training, train_config, label="job configuration and model choice")
