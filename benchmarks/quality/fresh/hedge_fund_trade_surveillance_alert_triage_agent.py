"""Trade surveillance alert triage agent: the first design, before any security review.

The fund's compliance team receives market-abuse alerts (spoofing, layering, insider
dealing, front running) from a vendor-hosted trade surveillance platform. For each new
alert, an LLM agent running in the compliance VPC gathers the evidence a reviewer would:
the orders and executions around the alert from the trade data warehouse, the traders'
chats and e-mails from the vendor-hosted communications archive, and market news for the
instrument from a licensed news feed. It asks a hosted LLM to reason over that evidence
and writes a draft disposition (close, escalate, consider a STOR) into the case system.
A compliance officer reviews each draft in the case console, signed in with SSO and MFA,
and makes the decision; the final disposition is sent back to close the alert on the
surveillance platform. The agent's tools only read, except the case tool that writes
drafts; agent runs are capped in steps and traced to an audit log. The LLM vendor was
vetted and contractually holds no prompts; the stores are encrypted and role-restricted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Trade surveillance alert triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that gathers evidence for market-abuse alerts and drafts "
    "dispositions for the compliance officer of a London-based hedge fund.",
)

# ---------------------------------------------------------------- data assets
alert = tg.Data(
    "Surveillance alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Alert type, instrument, trader, time window and the scenario's parameters.",
)
orders = tg.Data(
    "Order and execution records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
comms = tg.Data(
    "Trader communications",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Bloomberg chat, Symphony and e-mail messages of traders with brokers "
    "and counterparties.",
)
news = tg.Data("Market news articles", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
evidence_query = tg.Data(
    "Evidence lookup request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Trader, instrument and time window the agent asks a tool about.",
)
prompt = tg.Data(
    "Triage prompt with evidence",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the alert and the gathered orders, chats and news.",
)
completion = tg.Data(
    "LLM reasoning and tool choices", kind="model-output", sensitivity=tg.Sensitivity.PII
)
draft = tg.Data(
    "Draft disposition",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Recommended outcome with a rationale citing the evidence.",
)
disposition = tg.Data(
    "Final alert disposition",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
trace = tg.Data("Agent run trace", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Surveillance vendor", trust=tg.Trust.PARTNER):
    # The vendor's surveillance platform runs the alert scenarios over our order flow.
    surveillance = tm.add(
        tg.DataSource(
            "Trade surveillance platform",
            origin=tg.Origin.VENDOR,
            provides={alert},
            description="SaaS surveillance product; alerts are read from its REST API.",
        )
    )

with tm.boundary("Communications archive vendor", trust=tg.Trust.PARTNER):
    # The regulatory record of every trader message, kept by an archiving vendor.
    comms_archive = tm.add(
        tg.DataStore(
            "E-comms archive",
            stores={comms},
            controls={
                c.EncryptionAtRest(key_management="vendor-managed keys"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("News vendor", trust=tg.Trust.PARTNER):
    # Licensed real-time news feed used to check whether public news explains a trade.
    news_feed = tm.add(
        tg.ExternalService("Licensed news feed API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The reasoning model, reached over the vendor's enterprise API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model; its draft can close an alert of possible "
            "market abuse.",
            controls={c.SupplierAssessment(note="enterprise terms, zero data retention")},
        )
    )

with tm.boundary("Compliance VPC", trust=tg.Trust.INTERNAL):
    # Orchestrates evidence gathering and drafting for each alert.
    agent = tm.add(
        tg.Agent(
            "Alert triage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="compliance officer"),
                c.CircuitBreaker(max_steps=30),
                c.SecretsManagement(),
            },
        )
    )
    # Reads the orders and executions around the alert window.
    order_tool = tm.add(tg.Tool("Order history lookup tool", capabilities={"read"}))
    # Searches the archive for the trader's messages in the alert window.
    comms_tool = tm.add(tg.Tool("Communications search tool", capabilities={"read"}))
    # Fetches news for the instrument and issuer around the alert.
    news_tool = tm.add(tg.Tool("News search tool", capabilities={"read", "network-egress"}))
    # Writes the draft disposition and evidence pack into the case system.
    case_tool = tm.add(tg.Tool("Case drafting tool", capabilities={"write"}))
    # Trace of every agent step, prompt and tool call for the compliance record.
    audit_log = tm.add(tg.DataStore("Agent audit log", stores={trace}))
    # Where the compliance officer reviews drafts and records decisions.
    console = tm.add(
        tg.Endpoint(
            "Case review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Okta SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Books and records", trust=tg.Trust.RESTRICTED):
        # The fund's order management history, replicated nightly from the OMS.
        trade_store = tm.add(
            tg.DataStore(
                "Trade data warehouse",
                stores={orders},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # Alert cases, drafts and decisions kept as the surveillance record.
        case_store = tm.add(
            tg.DataStore(
                "Surveillance case store",
                stores={draft, disposition},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Decides every alert; accountable to the regulator.
    officer = tm.add(tg.Actor("Compliance officer", role="compliance officer"))

# ---------------------------------------------------------------- flows
tm.flow(surveillance, agent, alert, protocol="https", label="new alerts polled")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, order_tool, evidence_query)
tm.flow(order_tool, trade_store, evidence_query)
tm.flow(trade_store, order_tool, orders)
tm.flow(order_tool, agent, orders)

tm.flow(agent, comms_tool, evidence_query)
tm.flow(comms_tool, comms_archive, evidence_query, protocol="https")
tm.flow(comms_archive, comms_tool, comms, protocol="https")
tm.flow(comms_tool, agent, comms)

tm.flow(agent, news_tool, evidence_query)
tm.flow(news_tool, news_feed, evidence_query, protocol="https")
tm.flow(news_feed, news_tool, news, protocol="https")
tm.flow(news_tool, agent, news)

tm.flow(agent, case_tool, draft)
tm.flow(case_tool, case_store, draft)
tm.flow(agent, audit_log, trace)

tm.flow(case_store, console, draft)
tm.flow(console, officer, draft, protocol="https")
tm.flow(officer, console, disposition, protocol="https")
tm.flow(console, case_store, disposition)
tm.flow(console, surveillance, disposition, protocol="https", label="closes the alert")
