"""Crypto trading agent: the first design, before any security review.

Users of our retail investing app (EU customers, amounts in euros) write trading
rules in plain language, such as "buy 100 euros of ETH when it drops 10%". A
trading agent in our backend has a hosted LLM turn each rule into a structured
trigger, and watches the market: an ingestion job pulls prices from the exchange
and headlines and social-media sentiment from two data vendors into a market
signal store, and the LLM reads the news and sentiment when a rule depends on
them. When a trigger fires, the agent places the order itself through an order
tool that signs the exchange request with the user's own exchange API key, kept
in the app's vault. Every trade is written to a ledger and pushed to the user as
a notification; the user can pause the agent at any time from the app. Controls
today: app login with MFA and per-user rate limits, the vault (KMS-encrypted,
role-restricted), the per-user pause switch, and audit logging of every order.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crypto trading agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An autonomous agent that trades crypto for retail users from rules they "
        "write in plain language, using their own exchange API keys."
    ),
)

# ---------------------------------------------------------------- data assets
user_rule = tg.Data(
    "Plain-language trading rule",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
parsed_rule = tg.Data(
    "Structured trigger",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Asset, side, amount and condition that the LLM extracted from the rule.",
)
pause_command = tg.Data("Pause or resume command", kind="instructions")
api_key = tg.Data(
    "Exchange API key",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="The user's key and secret for their own exchange account.",
)
prices = tg.Data(
    "Price ticks",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
news = tg.Data("News headlines", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
sentiment = tg.Data(
    "Social-media sentiment",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Scored public posts about each coin, with the post text.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the user's rule, recent prices, news and sentiment.",
)
llm_output = tg.Data(
    "LLM interpretation", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order = tg.Data(
    "Order request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
signed_order = tg.Data(
    "Signed exchange order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
fill = tg.Data("Order fill", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
trade_record = tg.Data(
    "Trade record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
notification = tg.Data("Trade notification", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Retail customer using the mobile app: writes rules, adds keys, pauses the agent.
    user = tm.add(tg.Actor("App user", role="retail investor"))
    # Social-media sentiment vendor: scores public posts anyone can write.
    social_feed = tm.add(
        tg.DataSource("Social sentiment feed", origin=tg.Origin.PUBLIC_WEB, provides={sentiment})
    )
    # Mobile push provider that delivers trade notifications to phones.
    push = tm.add(tg.ExternalService("Push notification provider"))

with tm.boundary("Data vendors", trust=tg.Trust.PARTNER):
    # Licensed news wire with crypto headlines.
    news_feed = tm.add(tg.DataSource("News feed", origin=tg.Origin.VENDOR, provides={news}))

with tm.boundary("Crypto exchange", trust=tg.Trust.PARTNER):
    # The exchange's market-data and trading API; orders run on the user's own account.
    exchange = tm.add(
        tg.ExternalService("Exchange API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted LLM that interprets rules and reads news and sentiment.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("App backend VPC", trust=tg.Trust.INTERNAL):
    # Public API the mobile app calls.
    app_api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app login with MFA"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Each user's rules, parsed triggers and paused state.
    rule_store = tm.add(tg.DataStore("Rule store", stores={user_rule, parsed_rule, pause_command}))
    # Pulls prices, headlines and sentiment every few seconds.
    ingester = tm.add(tg.Pipeline("Market data ingester", stage=tg.Stage.INGESTION))
    # Recent prices, headlines and sentiment the agent evaluates triggers against.
    signal_store = tm.add(tg.DataStore("Market signal store", stores={prices, news, sentiment}))
    # Evaluates triggers and trades without asking; the user's pause stops it.
    agent = tm.add(
        tg.Agent(
            "Trading agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(note="per-user pause switch in the app")},
        )
    )
    # Places market and limit orders on the exchange in the user's name.
    order_tool = tm.add(
        tg.Tool(
            "Order placement tool",
            capabilities={"read", "money-movement", "network-egress"},
            controls={c.AuditLogging(retention_days=1825)},
        )
    )
    # Every executed trade, shown in the app's history.
    ledger = tm.add(tg.DataStore("Trade ledger", stores={trade_record}))
    # Formats and sends a notification for each trade.
    notifier = tm.add(tg.Service("Notification service"))

    with tm.boundary("Secrets vault", trust=tg.Trust.RESTRICTED):
        # Users' exchange API keys, read only by the order tool.
        vault = tm.add(
            tg.DataStore(
                "Key vault",
                stores={api_key},
                controls={
                    c.SecretsManagement(),
                    c.EncryptionAtRest(key_management="KMS"),
                    c.RBAC(),
                },
            )
        )

# ---------------------------------------------------------------- flows
# User set-up and control.
tm.flow(user, app_api, user_rule, pause_command, api_key, protocol="https")
tm.flow(app_api, user, trade_record, protocol="https", label="trade history")
tm.flow(app_api, vault, api_key, label="store key")
tm.flow(app_api, rule_store, user_rule, pause_command)
tm.flow(ledger, app_api, trade_record)

# Market data.
tm.flow(exchange, ingester, prices, protocol="wss")
tm.flow(news_feed, ingester, news, protocol="https")
tm.flow(social_feed, ingester, sentiment, protocol="https")
tm.flow(ingester, signal_store, prices, news, sentiment)
tm.flow(signal_store, agent, prices, news, sentiment)

# Rule interpretation and decisions.
tm.flow(rule_store, agent, user_rule, parsed_rule, pause_command)
tm.flow(agent, rule_store, parsed_rule)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

# Trading.
tm.flow(agent, order_tool, order)
tm.flow(vault, order_tool, api_key, label="user's key")
tm.flow(order_tool, exchange, signed_order, api_key, protocol="https")
tm.flow(exchange, order_tool, fill, protocol="https")
tm.flow(order_tool, agent, fill)
tm.flow(agent, ledger, trade_record)

# Notifications.
tm.flow(agent, notifier, notification)
tm.flow(notifier, push, notification, protocol="https")
tm.flow(push, user, notification, protocol="https")
