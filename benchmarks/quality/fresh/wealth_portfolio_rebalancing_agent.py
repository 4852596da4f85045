"""Portfolio rebalancing agent: the first design, before any security review.

Our wealth management clients each hold an account that tracks a model portfolio
chosen with their adviser. A drift monitor compares holdings, nightly custodian
positions, new deposits and vendor market prices with each model portfolio; when
an account drifts past its tolerance it wakes the rebalancing agent. The agent,
running in our cloud and reasoning with a vendor-hosted LLM, reads the account
through a portfolio tool, drafts rebalancing trades, explains them to the client
in the client portal and places the orders through the broker's order API.
Trades above GBP 25,000 wait for the client's adviser to approve them in the
adviser console. Clients can also ask the agent questions about their portfolio
in the portal. Clients log in with MFA, advisers with corporate SSO; the broker
API key is kept in the vault, account data is encrypted at rest with role-based
access, and every proposal and order is logged for seven years.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Portfolio rebalancing agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "soc2"},
    description="Agent that proposes, explains and places rebalancing trades for wealth clients.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Client question", sensitivity=tg.Sensitivity.PII, kind="prompt")
explanation = tg.Data(
    "Answer and trade explanation",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="The agent's answer to a question, or its explanation of proposed trades.",
)
holdings = tg.Data(
    "Client holdings and cash",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
positions = tg.Data(
    "Custodian positions and deposits",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
model_portfolios = tg.Data(
    "Model portfolios and client targets",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prices = tg.Data("Market prices", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
drift_alert = tg.Data("Drift alert", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the client's question or drift alert, holdings and targets.",
)
llm_output = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
holdings_query = tg.Data(
    "Portfolio lookup", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
holdings_result = tg.Data(
    "Portfolio lookup result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
proposal = tg.Data(
    "Rebalancing proposal",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approval = tg.Data(
    "Adviser approval decision", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
order_call = tg.Data(
    "Order instruction",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
broker_order = tg.Data(
    "Broker order",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
execution = tg.Data("Execution report", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
order_result = tg.Data("Order result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result")
audit_trail = tg.Data("Proposal and order log", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Wealth clients use the portal from their own browsers and phones.
    client = tm.add(tg.Actor("Client", role="wealth client"))

with tm.boundary("Broker", trust=tg.Trust.PARTNER):
    # The executing broker, also our custodian: it takes our orders and reports fills.
    broker = tm.add(
        tg.ExternalService(
            "Broker order API",
            description="REST order-entry API of the executing broker.",
        )
    )
    # The broker's nightly custody file is the book of record for positions and deposits.
    custodian_feed = tm.add(
        tg.DataSource(
            "Custodian position feed",
            origin=tg.Origin.PARTNER,
            provides={positions},
            description="Nightly SFTP file of positions, cash and incoming deposits.",
        )
    )

with tm.boundary("Market data vendor", trust=tg.Trust.PARTNER):
    # Prices are needed to measure drift against the model portfolios.
    market_feed = tm.add(
        tg.DataSource(
            "Market data feed",
            origin=tg.Origin.VENDOR,
            provides={prices},
            description="End-of-day and intraday prices for the instruments we hold.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent reasons and writes its explanations with a hosted model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API, under our DPA.",
            controls={c.SupplierAssessment(note="vendor due diligence and DPA, zero retention")},
        )
    )

with tm.boundary("Firm cloud", trust=tg.Trust.INTERNAL):
    # The only surface clients reach: chat, proposals and explanations.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC with MFA")},
        )
    )
    # Watches accounts for drift after market moves and deposits, and wakes the agent.
    drift_monitor = tm.add(
        tg.Service(
            "Drift monitor",
            description="Scheduled job comparing each account to its model portfolio.",
        )
    )
    # Plans rebalancing trades, answers questions and places orders.
    agent = tm.add(
        tg.Agent(
            "Rebalancing agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the client's adviser", above="GBP 25,000 per trade"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Read-only access to a client's holdings and model portfolio for the agent.
    portfolio_tool = tm.add(
        tg.Tool("Portfolio lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Turns the agent's trade list into broker orders.
    order_tool = tm.add(
        tg.Tool(
            "Order placement tool",
            capabilities={"write", "money-movement"},
            origin="first-party",
            controls={c.SecretsManagement(note="broker API key in the vault")},
        )
    )
    # Record of every proposal, approval and order, kept for the regulator.
    audit_store = tm.add(tg.DataStore("Proposal and order log", stores={audit_trail, proposal}))

    with tm.boundary("Client data tier", trust=tg.Trust.RESTRICTED):
        # Holdings, cash and positions per client account.
        account_db = tm.add(
            tg.DataStore(
                "Client account database",
                stores={holdings, positions},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # The investment committee's model portfolios and each client's chosen target.
        model_store = tm.add(
            tg.DataStore(
                "Model portfolio store",
                stores={model_portfolios},
                controls={c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Advisers review and approve large trades for their clients.
    adviser = tm.add(tg.Actor("Adviser", role="financial adviser"))
    # Where proposals above the threshold wait for the adviser's decision.
    console = tm.add(
        tg.Service(
            "Adviser approval console",
            controls={c.Authentication(method="corporate SSO")},
        )
    )

# ---------------------------------------------------------------- flows
# client conversation
tm.flow(client, portal, question, protocol="https")
tm.flow(portal, client, explanation, proposal, protocol="https")
tm.flow(portal, agent, question)
tm.flow(agent, portal, explanation, proposal)

# market and custody data
tm.flow(custodian_feed, account_db, positions, protocol="sftp", label="nightly custody file")
tm.flow(market_feed, drift_monitor, prices, protocol="https")
tm.flow(account_db, drift_monitor, holdings)
tm.flow(model_store, drift_monitor, model_portfolios)
tm.flow(drift_monitor, agent, drift_alert, label="account out of tolerance")

# agent reasoning and reading
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")
tm.flow(agent, portfolio_tool, holdings_query)
tm.flow(portfolio_tool, agent, holdings_result)
tm.flow(portfolio_tool, account_db, holdings_query)
tm.flow(account_db, portfolio_tool, holdings)
tm.flow(model_store, portfolio_tool, model_portfolios)

# adviser approval for large trades
tm.flow(agent, console, proposal, label="above GBP 25,000")
tm.flow(console, adviser, proposal, protocol="https")
tm.flow(adviser, console, approval, protocol="https")
tm.flow(console, agent, approval)

# order placement
tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, broker, broker_order, protocol="https")
tm.flow(broker, order_tool, execution, protocol="https")
tm.flow(order_tool, agent, order_result)
tm.flow(agent, audit_store, proposal, audit_trail)
