"""Community energy co-op peer-to-peer trading agent: the first design, before review.

Members of an EU community energy cooperative with rooftop solar sell their surplus to
neighbours instead of exporting it at the feed-in rate. A meter dongle on each home's
smart meter streams half-hourly consumption and export readings to the co-op's cloud.
A forecasting model, retrained weekly on those readings and a commercial weather feed,
predicts each member's solar surplus and home demand for the next day. The trading
agent (a rules-based matching optimiser, no language model) pairs sellers and buyers
within the price limits members set in the member portal, and submits the matched
trades to the grid operator's settlement platform, which confirms them and settles the
money on members' energy bills. Members see forecasts, trades and statements in the
portal. Controls in this design: portal sign-in and TLS, schema checks on incoming
readings, mutual TLS and audit logging towards the settlement platform, encryption of
the member database, and versioned forecast models. Co-op operations staff set the
market parameters the agent uses.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Community energy co-op P2P trading agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Forecasts members' solar surplus and demand and matches peer-to-peer energy "
        "trades settled through the grid operator."
    ),
)

# ---------------------------------------------------------------- data assets
meter_reads = tg.Data(
    "Half-hourly meter readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Import, export and solar generation per home; reveals occupancy patterns.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
member_profile = tg.Data(
    "Member account and bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, supply point number, IBAN for payouts.",
)
trade_prefs = tg.Data(
    "Trading preferences",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per member: minimum sell price, maximum buy price, opt-in windows.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
forecast_features = tg.Data("Forecast features", kind="features", sensitivity=tg.Sensitivity.PII)
forecasts = tg.Data(
    "Surplus and demand forecasts", kind="model-output", sensitivity=tg.Sensitivity.PII
)
matched_trades = tg.Data(
    "Matched P2P trades",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller, buyer, half-hour slot, kWh and agreed price.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
settlement_confirmations = tg.Data(
    "Settlement confirmations", kind="records", sensitivity=tg.Sensitivity.PII
)
statements = tg.Data("Trade statements", kind="records", sensitivity=tg.Sensitivity.PII)
market_params = tg.Data(
    "Market parameters",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Matching rules, co-op fee, price floor and cap.",
)
forecast_model = tg.Data(
    "Forecast model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Co-op members manage their trading and read statements from home or phone.
    member = tm.add(tg.Actor("Co-op member", role="member"))

with tm.boundary("Member homes", trust=tg.Trust.UNTRUSTED):
    # A dongle on each smart meter's consumer port; installed by members themselves.
    dongle = tm.add(
        tg.Device(
            "Smart meter dongle",
            fleet=True,
            description="Reads the P1 port and pushes readings every 30 minutes.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial irradiance and temperature forecasts that drive the solar forecast.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Grid operator", trust=tg.Trust.PARTNER):
    # The operator's platform records the P2P trades and settles them on members' bills.
    settlement = tm.add(
        tg.ExternalService(
            "Grid operator settlement platform",
            description="Accepts day-ahead P2P trade submissions from registered energy communities.",
        )
    )

with tm.boundary("Co-op cloud", trust=tg.Trust.INTERNAL):
    # The members' web and app backend: preferences in, forecasts and statements out.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Receives dongle pushes and writes them to the readings store.
    ingestion = tm.add(
        tg.Pipeline(
            "Meter reading ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # Time-series store of every member's readings; also the training history.
    readings_db = tm.add(tg.DataStore("Meter readings store", stores={meter_reads}))
    # Members, their preferences, trades and statements.
    member_db = tm.add(
        tg.DataStore(
            "Member and trade database",
            stores={member_profile, trade_prefs, matched_trades, statements, forecasts},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Gradient-boosted regressor predicting next-day surplus and demand per home.
    forecaster = tm.add(
        tg.Model(
            "Surplus and demand forecaster",
            task=tg.Task.REGRESSOR,
            controls={c.ModelVersioning()},
        )
    )
    # Rules-based optimiser that matches sellers and buyers and submits trades.
    agent = tm.add(
        tg.Service(
            "P2P trading agent",
            description=(
                "Runs daily before gate closure: matches forecast surplus to forecast "
                "demand within members' price limits and submits the trades."
            ),
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Weekly retraining of the forecaster on readings and archived weather.
        training = tm.add(tg.Pipeline("Forecaster training", stage=tg.Stage.TRAINING))
        # Holds trained forecaster versions that serving loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={forecast_model}))

with tm.boundary("Co-op office", trust=tg.Trust.INTERNAL):
    # Staff who run the market and maintain the matching rules.
    ops = tm.add(tg.Actor("Co-op operations staff", role="market operator", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(member, portal, trade_prefs, member_profile, protocol="https")
tm.flow(portal, member, forecasts, statements, protocol="https")
tm.flow(portal, member_db, trade_prefs, member_profile)
tm.flow(member_db, portal, trade_prefs, statements, forecasts, label="member's own view")

tm.flow(dongle, ingestion, meter_reads, protocol="mqtts")
tm.flow(ingestion, readings_db, meter_reads)

tm.flow(weather_api, agent, weather, protocol="https")
tm.flow(readings_db, agent, meter_reads, label="recent readings")
tm.flow(member_db, agent, trade_prefs)
tm.flow(agent, forecaster, forecast_features)
tm.flow(forecaster, agent, forecasts)
tm.flow(agent, member_db, matched_trades, forecasts, statements)
tm.flow(ops, agent, market_params, protocol="https", label="admin console")

tm.flow(
    agent,
    settlement,
    matched_trades,
    protocol="mtls",
    label="day-ahead trade submission",
)
tm.flow(settlement, agent, settlement_confirmations, protocol="mtls")

tm.flow(readings_db, training, meter_reads, label="history")
tm.flow(weather_api, training, weather, protocol="https", label="archived forecasts")
tm.flow(training, registry, forecast_model)
tm.flow(registry, forecaster, forecast_model, label="load on deploy")
