"""Caravan park pitch dynamic pricing: the first design, before any security review.

A holiday-park operator with 40 sites prices its touring and static caravan
pitches with a demand model. The model is trained on past bookings, searches made
on the booking website, weather forecasts and local events, and a nightly pricing
job turns its demand forecasts into new pitch prices on the booking website.
Revenue managers set a floor and a ceiling per pitch type in a revenue console,
which the pricing job applies, and approve any change of more than 25 percent
before it is published. Price comparison partners fetch the published prices
from an affiliate feed with a per-partner API key. A two-person analytics team
retrains the model monthly from an extract of the booking database and keeps
versions in a model registry. Everything runs in the operator's cloud account;
guests book over HTTPS and the booking database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Caravan park pitch dynamic pricing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Nightly demand-based pitch prices for 40 holiday parks, with manager limits.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Guest booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, e-mail, phone, party size, pitch and dates.",
)
search = tg.Data(
    "Availability search",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Park, pitch type and dates searched, with a session id.",
)
prices = tg.Data(
    "Published pitch prices",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
occupancy = tg.Data(
    "Occupancy and booking pace", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
history = tg.Data(
    "Booking and search history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Monthly extract of bookings and searches; guest postcode kept for catchment.",
)
weather = tg.Data("Weather forecasts", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
events = tg.Data("Local event listings", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
forecast = tg.Data("Demand forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
limits = tg.Data(
    "Price floors and ceilings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
proposals = tg.Data(
    "Proposed price changes over 25 percent",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
approval = tg.Data("Price change approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "Demand model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient boosting model saved with joblib.",
)
train_config = tg.Data("Retraining configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
feed_request = tg.Data(
    "Affiliate feed request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Holidaymakers searching for and booking pitches.
    guest = tm.add(tg.Actor("Guest", role="holidaymaker"))
    # Weather forecasts for each park's location, used in training and nightly.
    weather_api = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Commercial weather API, 14-day forecasts per park postcode.",
        )
    )
    # Local events near each park (festivals, shows, races) drive demand spikes.
    events_feed = tm.add(
        tg.DataSource(
            "Local events listings",
            origin=tg.Origin.PUBLIC_WEB,
            provides={events},
            description="Event listings collected from tourism board and venue websites.",
        )
    )

with tm.boundary("Comparison partners", trust=tg.Trust.PARTNER):
    # Price comparison and affiliate sites that show our pitch prices.
    partner = tm.add(tg.Actor("Price comparison partner", role="affiliate", human=False))

with tm.boundary("Operator cloud account", trust=tg.Trust.INTERNAL):
    # Public booking site: search, availability, prices and checkout.
    website = tm.add(
        tg.Service(
            "Booking website",
            internet_facing=True,
            description="The operator's booking site for all 40 parks.",
        )
    )
    # System of record for bookings, searches, pitch inventory and current prices.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, search, prices, occupancy},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly job: asks the model for demand, applies floors and ceilings, writes prices.
    pricing_job = tm.add(
        tg.Service(
            "Nightly pricing job",
            description="Runs at 02:00; changes above 25 percent wait for a revenue manager.",
            controls={
                c.PolicyEnforcement(rules="floor and ceiling per park and pitch type"),
                c.HumanInTheLoop(
                    approver="a revenue manager",
                    above="a 25 percent change from the current price",
                    note="only changes above 25 percent wait for approval",
                ),
            },
        )
    )
    # Demand model: forecasts bookings per park, pitch type and night.
    demand_model = tm.add(
        tg.Model(
            "Pitch demand model",
            task=tg.Task.REGRESSOR,
            description="Predicts demand per pitch type and night for the next 90 days.",
        )
    )
    # Revenue managers' web console for limits and approvals.
    console = tm.add(
        tg.Service(
            "Revenue management console",
            controls={c.Authentication(method="company SSO with MFA")},
        )
    )
    # Feed that comparison partners pull prices from.
    affiliate_feed = tm.add(
        tg.Endpoint(
            "Affiliate price feed",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-partner API key")},
        )
    )

    with tm.boundary("Analytics workspace", trust=tg.Trust.INTERNAL):
        # Monthly training extract joined with weather and events history.
        training_set = tm.add(tg.Dataset("Demand training set", stores={history, weather, events}))
        # Monthly retraining, run by the analytics team from notebooks and a script.
        retraining = tm.add(
            tg.Pipeline(
                "Monthly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Versions of the demand model; the pricing job loads the one marked current.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Sets limits per park and approves large price changes.
    revenue_manager = tm.add(tg.Actor("Revenue manager", role="revenue manager"))
    # One of the two analysts who retrain and release the model.
    analyst = tm.add(tg.Actor("Data analyst", role="analytics team", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(guest, website, search, booking, protocol="https")
tm.flow(website, guest, prices, protocol="https")
tm.flow(website, booking_db, booking, search)
tm.flow(booking_db, website, prices)

tm.flow(booking_db, pricing_job, occupancy, label="current bookings")
tm.flow(weather_api, pricing_job, weather, protocol="https")
tm.flow(events_feed, pricing_job, events, protocol="https")
tm.flow(pricing_job, demand_model, occupancy, weather, events)
tm.flow(demand_model, pricing_job, forecast)
tm.flow(pricing_job, booking_db, prices, label="nightly price update")

tm.flow(revenue_manager, console, limits, approval, protocol="https")
tm.flow(console, revenue_manager, proposals, protocol="https")
tm.flow(console, pricing_job, limits, approval)
tm.flow(pricing_job, console, proposals)

tm.flow(partner, affiliate_feed, feed_request, protocol="https")
tm.flow(booking_db, affiliate_feed, prices)
tm.flow(affiliate_feed, partner, prices, protocol="https")

tm.flow(booking_db, training_set, history, label="monthly extract")
tm.flow(weather_api, training_set, weather, protocol="https", label="forecast history")
tm.flow(events_feed, training_set, events, protocol="https")
tm.flow(training_set, retraining, history, weather, events)
tm.flow(analyst, retraining, train_config)
tm.flow(retraining, registry, weights)
tm.flow(registry, demand_model, weights, label="nightly load of current version")
