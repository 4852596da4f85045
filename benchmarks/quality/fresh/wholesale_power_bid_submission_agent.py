"""Wholesale power bid submission agent: the first design, before any security review.

An independent power producer with wind farms and a grid battery uses an LLM agent
to prepare its day-ahead market bids. The agent runs in the trading platform VPC and
calls a hosted LLM. Through tools it reads wind forecasts from a weather vendor, the
battery's state of charge from the plant's SCADA historian and prices from the power
exchange's market-data API, then runs the in-house optimisation tool. It writes a bid
summary for the trading desk into the trading app, where traders (signed in with
corporate SSO and MFA) chat with the agent to ask for changes. When a trader approves
the bids in the trading app, the agent submits them through the exchange's bidding
API, using the company's client certificate held in the key vault (mutual TLS).
Controls in this design: SSO and roles on the trading app, trader approval before the
submission tool runs, a read-only historian account, a vetted LLM vendor, the
certificate in a vault, and submitted bids kept in an audited bid store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wholesale power bid submission agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that prepares and, after trader approval, submits day-ahead "
    "power market bids for wind farms and a battery.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Trader chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A trader's request for changes: volumes, price limits, hours to avoid.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, chat history, forecasts, prices, state of charge and tool results.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
wind_forecast = tg.Data(
    "Wind power forecast",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed hourly wind speed and generation forecast per wind farm.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
forecast_request = tg.Data(
    "Forecast request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
market_prices = tg.Data(
    "Market prices",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Day-ahead and intraday price curves and order book data from the exchange.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
price_request = tg.Data(
    "Market data request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
soc_query = tg.Data("Historian query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
state_of_charge = tg.Data(
    "Battery state of charge",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="State of charge, availability and limits of the battery from the SCADA historian.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
optimisation_inputs = tg.Data(
    "Optimisation inputs",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Forecasts, prices, state of charge and the trader's constraints.",
)
schedule = tg.Data(
    "Optimised bid schedule",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hourly volumes and price steps per unit from the optimiser.",
)
bid_summary = tg.Data(
    "Bid summary",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The proposed bids with the agent's explanation, for the trading desk.",
)
bid_approval = tg.Data(
    "Trader bid approval",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The trader's approval of a bid set, recorded in the trading app.",
)
submit_call = tg.Data(
    "Bid submission call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The agent's call to submit a bid set, with the bids as arguments.",
)
bids = tg.Data(
    "Day-ahead bids",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
bid_ack = tg.Data(
    "Exchange bid acknowledgement", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
submission_result = tg.Data(
    "Submission result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
certificate = tg.Data(
    "Exchange API client certificate",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="The company's certificate and private key for the exchange bidding API.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The traders on the trading desk who review, change and approve the bids.
    trader = tm.add(tg.Actor("Trader", role="power trader"))
    # Where traders chat with the agent, read the bid summary and approve bids.
    trading_app = tm.add(
        tg.Service(
            "Trading app",
            description="Web app for the trading desk: agent chat, bid review and approval.",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="only the trader role may approve bids"),
            },
        )
    )

with tm.boundary("Trading platform VPC", trust=tg.Trust.INTERNAL):
    # The LLM agent that gathers inputs, runs the optimiser and drafts and submits bids.
    agent = tm.add(
        tg.Agent(
            "Bid preparation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Plans the day-ahead bid run and calls the tools; keeps the chat "
            "history of the current bid run only.",
        )
    )
    # Fetches the vendor's wind forecasts for the agent.
    forecast_tool = tm.add(
        tg.Tool("Weather forecast tool", capabilities={"read", "network-egress"})
    )
    # Fetches exchange prices for the agent.
    market_tool = tm.add(tg.Tool("Market data tool", capabilities={"read", "network-egress"}))
    # Reads the battery's state of charge from the historian.
    historian_tool = tm.add(
        tg.Tool(
            "Historian read tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only historian account")},
        )
    )
    # The in-house MILP optimiser that turns forecasts and prices into a bid schedule.
    optimiser = tm.add(
        tg.Tool(
            "Bid optimisation tool",
            capabilities={"read"},
            description="Mixed-integer optimiser over forecasts, prices and battery limits.",
        )
    )
    # Submits the approved bids to the exchange with the company's certificate.
    submit_tool = tm.add(
        tg.Tool(
            "Bid submission tool",
            capabilities={"write", "network-egress"},
            controls={c.HumanInTheLoop(approver="a trader, in the trading app")},
        )
    )
    # Keeps draft and submitted bids and their approvals, for the desk and for REMIT records.
    bid_store = tm.add(
        tg.DataStore(
            "Bid store",
            stores={bids, bid_summary, bid_approval},
            controls={c.AuditLogging(retention_days=1825)},
        )
    )

    with tm.boundary("Key vault", trust=tg.Trust.RESTRICTED):
        # Holds the exchange API certificate so that it is not in code or config.
        vault = tm.add(
            tg.DataStore(
                "Certificate vault",
                stores={certificate},
                controls={c.SecretsManagement()},
            )
        )

with tm.boundary("Plant OT network", trust=tg.Trust.RESTRICTED):
    # The plant's SCADA historian, the source of battery telemetry.
    historian = tm.add(tg.DataStore("SCADA historian", stores={state_of_charge}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, no training on our data")},
        )
    )

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # The licensed weather and wind power forecast service.
    weather_api = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Power exchange", trust=tg.Trust.PARTNER):
    # The exchange's public price and order book feed.
    market_api = tm.add(tg.ExternalService("Exchange market-data API", provides="data-provider"))
    # The exchange's API that accepts day-ahead bids from members.
    bidding_api = tm.add(tg.ExternalService("Exchange bidding API"))

# ---------------------------------------------------------------- flows
tm.flow(trader, trading_app, chat_message, bid_approval, protocol="https")
tm.flow(trading_app, trader, bid_summary, agent_reply, protocol="https")
tm.flow(trading_app, agent, chat_message, bid_approval, protocol="https")
tm.flow(agent, trading_app, bid_summary, agent_reply, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, forecast_tool, forecast_request)
tm.flow(forecast_tool, weather_api, forecast_request, protocol="https")
tm.flow(weather_api, forecast_tool, wind_forecast, protocol="https")
tm.flow(forecast_tool, agent, wind_forecast)

tm.flow(agent, market_tool, price_request)
tm.flow(market_tool, market_api, price_request, protocol="https")
tm.flow(market_api, market_tool, market_prices, protocol="https")
tm.flow(market_tool, agent, market_prices)

tm.flow(agent, historian_tool, soc_query)
tm.flow(historian_tool, historian, soc_query, protocol="https", label="historian REST API")
tm.flow(historian, historian_tool, state_of_charge, protocol="https")
tm.flow(historian_tool, agent, state_of_charge)

tm.flow(agent, optimiser, optimisation_inputs)
tm.flow(optimiser, agent, schedule)

tm.flow(agent, bid_store, bids, bid_summary, bid_approval, label="draft and approved bids")
tm.flow(bid_store, trading_app, bids, bid_summary, label="bid history")

tm.flow(agent, submit_tool, submit_call, label="after trader approval")
tm.flow(vault, submit_tool, certificate)
tm.flow(submit_tool, bidding_api, bids, protocol="mtls")
tm.flow(bidding_api, submit_tool, bid_ack, protocol="mtls")
tm.flow(submit_tool, agent, submission_result)
tm.flow(submit_tool, bid_store, bids, bid_ack, label="submitted bids")
