"""Harbour fish auction price forecast and question assistant: first design.

The harbour runs the daily fish auction. Skippers file landings declarations
(vessel, species, estimated weight, grade) in the harbour web portal before they
land; the auction clerk records lots and hammer prices in the on-premises auction
system in the harbour office. At 04:00 a forecast job in the harbour's cloud
subscription reads the declarations, past sales and a weather and sea-state feed
and has an in-house regression model forecast each species' price for the day.
Registered buyers and skippers see the forecasts in the portal and can ask a chat
assistant about them; an orchestrator puts the forecasts and price history into a
prompt for a hosted LLM and logs the conversation. The model is retrained weekly
from the sales history. Portal users sign in with e-mail and password, the chat is
rate limited, and the office system is reached over a site-to-site VPN.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Harbour fish auction price assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Forecasts the day's auction prices by species and answers buyers' and "
        "skippers' questions about prices and landings."
    ),
)

# ---------------------------------------------------------------- data assets
declaration = tg.Data(
    "Landings declaration",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Vessel, skipper, species, estimated weight, grade and fishing area.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
sales = tg.Data(
    "Auction sales records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Lot, vessel, species, grade, weight, hammer price and buyer account.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
weather = tg.Data(
    "Weather and sea-state forecast",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
)
features = tg.Data(
    "Price forecast features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features"
)
forecasts = tg.Data(
    "Daily price forecasts by species",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
)
question = tg.Data("User question", sensitivity=tg.Sensitivity.PII, kind="prompt")
prompt = tg.Data(
    "Assistant prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="System prompt, the question, today's forecasts and price history extracts.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
answer = tg.Data("Assistant answer", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
training_rows = tg.Data(
    "Price training history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
)
model_file = tg.Data(
    "Price model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Fishing boat skippers: declare landings and ask about expected prices.
    skipper = tm.add(tg.Actor("Skipper", role="skipper"))
    # Registered fish buyers and merchants: plan bids from the forecasts.
    buyer = tm.add(tg.Actor("Buyer", role="registered buyer"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Marine weather and sea-state forecast, which drives how much is landed.
    weather_feed = tm.add(
        tg.DataSource(
            "Marine weather feed",
            origin=tg.Origin.VENDOR,
            provides={weather},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; writes the answers.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Harbour office network", trust=tg.Trust.INTERNAL):
    # Runs the auction clock and records lots and hammer prices.
    clerk = tm.add(tg.Actor("Auction clerk", role="auction clerk"))
    # Existing on-premises auction system database: declarations and every past sale.
    auction_db = tm.add(
        tg.DataStore(
            "Auction system database",
            stores={declaration, sales},
        )
    )

with tm.boundary("Harbour cloud subscription", trust=tg.Trust.INTERNAL):
    # Buyer and skipper portal: declarations, price board and the chat window.
    portal = tm.add(
        tg.Endpoint(
            "Harbour web portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Builds the prompt from forecasts and price history, calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Assistant orchestrator",
            description="Adds today's forecasts and recent prices for the species asked about.",
        )
    )
    # Keeps every conversation for support and for improving the prompt.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Runs at 04:00 once declarations close; writes the day's forecasts.
    forecast_job = tm.add(tg.Service("Daily forecast job"))
    # In-house regression model of price per kg by species and grade.
    price_model = tm.add(
        tg.Model(
            "Price forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
        )
    )
    # Today's forecasts, read by the portal's price board and the assistant.
    forecast_store = tm.add(tg.DataStore("Forecast store", stores={forecasts}))
    # Sales history exported for training.
    training_set = tm.add(tg.Dataset("Price training set", stores={training_rows}))
    # Weekly retrain of the price model.
    retraining = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))

# ---------------------------------------------------------------- flows
tm.flow(skipper, portal, declaration, protocol="https")
tm.flow(portal, auction_db, declaration, protocol="ipsec", label="over the site VPN")
tm.flow(clerk, auction_db, sales, label="auction clock results")
tm.flow(auction_db, clerk, declaration, sales)

tm.flow(auction_db, forecast_job, declaration, sales, protocol="ipsec", label="daily batch")
tm.flow(weather_feed, forecast_job, weather, protocol="https")
tm.flow(forecast_job, price_model, features)
tm.flow(price_model, forecast_job, forecasts)
tm.flow(forecast_job, forecast_store, forecasts)
tm.flow(forecast_store, portal, forecasts, label="price board")
tm.flow(portal, buyer, forecasts, answer, protocol="https")
tm.flow(portal, skipper, forecasts, answer, protocol="https")

tm.flow(buyer, portal, question, protocol="https")
tm.flow(skipper, portal, question, protocol="https", id="skipper->portal:question")
tm.flow(portal, orchestrator, question)
tm.flow(forecast_store, orchestrator, forecasts)
tm.flow(auction_db, orchestrator, sales, protocol="ipsec", label="price history lookup")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts)
tm.flow(orchestrator, portal, answer)

tm.flow(auction_db, training_set, training_rows, protocol="ipsec", label="weekly export")
tm.flow(training_set, retraining, training_rows)
tm.flow(retraining, price_model, model_file, label="deploy new model")
