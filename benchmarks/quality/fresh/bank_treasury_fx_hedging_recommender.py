"""FX hedging recommender for corporate treasurers: the first design.

Corporate clients' treasurers sign in to the bank's corporate banking portal and
chat with a hedging assistant. The assistant is an LLM agent: it reads the
cash-flow forecasts the client uploads (by hand or host-to-host from their ERP),
the client's existing FX positions and credit lines, live market data from a
licensed vendor, and the bank's hedging product guides, then recommends hedges
(forwards, swaps, options) and prepares a draft order ticket. Nothing is traded
until the treasurer confirms the ticket in the portal; the FX order management
system then books the trade. The LLM is a vendor-hosted model reached over a
private endpoint after the bank's vendor review. The portal has MFA and per-client
rate limits, forecasts are encrypted at rest, credentials for the market data API
sit in a vault, and conversations and orders are audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Treasury FX hedging recommender",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM assistant in the corporate banking portal that recommends FX hedges "
        "from client cash-flow forecasts and market data; trades need treasurer confirmation."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Treasurer request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
forecast = tg.Data(
    "Cash-flow forecast",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Expected receipts and payments per currency and date, from the client's ERP.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
positions = tg.Data(
    "Client FX positions and credit lines",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
market = tg.Data(
    "Market rates",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Spot, forward points, volatility surfaces; licensed, not for redistribution.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
guides = tg.Data("Hedging product guides", sensitivity=tg.Sensitivity.INTERNAL, kind="documents")
guide_chunks = tg.Data(
    "Guide chunks", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
prompt = tg.Data(
    "Prompt with client context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, conversation, forecast extract, positions, rates and guide chunks.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
tool_call = tg.Data("Tool call", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call")
recommendation = tg.Data(
    "Hedge recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
draft_order = tg.Data(
    "Draft hedge order",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Currency pair, notional, value date, instrument, account.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
confirmation = tg.Data(
    "Order confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
conversation_log = tg.Data("Conversation log", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Client corporate network", trust=tg.Trust.UNTRUSTED):
    # The client's treasurer, the only user of the assistant.
    treasurer = tm.add(tg.Actor("Corporate treasurer", role="client treasurer"))
    # Client ERP pushing forecasts host-to-host; its content is the client's, not the bank's.
    erp = tm.add(
        tg.DataSource(
            "Client ERP export",
            origin=tg.Origin.USER_UPLOAD,
            provides={forecast},
            description="Nightly forecast file sent host-to-host, or a spreadsheet uploaded in the portal.",
        )
    )

with tm.boundary("Market data vendor", trust=tg.Trust.PARTNER):
    # Licensed real-time rates the recommendations are priced from.
    rates_vendor = tm.add(
        tg.ExternalService("Market data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model reached over the vendor's private endpoint.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="bank third-party risk review, no-retention terms")
            },
        )
    )

with tm.boundary("Bank DMZ", trust=tg.Trust.INTERNAL):
    # The existing corporate banking portal: chat UI, forecast upload, order confirmation.
    portal = tm.add(
        tg.Endpoint(
            "Corporate banking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="MFA with hardware token"),
                c.RBAC(note="client entitlements: who may view, who may confirm trades"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )

with tm.boundary("Bank application zone", trust=tg.Trust.INTERNAL):
    # The LLM agent that plans, calls tools and writes the recommendation.
    assistant = tm.add(
        tg.Agent(
            "Hedging assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Uploaded and ERP-fed forecasts, per client.
    forecast_store = tm.add(
        tg.DataStore(
            "Forecast store",
            stores={forecast},
            controls={c.EncryptionAtRest(key_management="bank HSM-backed KMS")},
        )
    )
    # Bank-written product guides for retrieval.
    guide_index = tm.add(tg.VectorStore("Product guide index", stores={guide_chunks, guides}))
    # Read-only lookup of forecasts and positions for the current client.
    client_data_tool = tm.add(tg.Tool("Client data lookup", capabilities={tg.Capability.READ}))
    # Fetches rates from the vendor.
    rates_tool = tm.add(
        tg.Tool(
            "Market rates tool",
            capabilities={tg.Capability.READ, tg.Capability.NETWORK_EGRESS},
            controls={c.SecretsManagement(note="vendor API key in vault")},
        )
    )
    # Writes a draft ticket the treasurer sees in the portal.
    order_tool = tm.add(tg.Tool("Draft order tool", capabilities={tg.Capability.WRITE}))
    # Transcripts kept for complaints and MiFID-style record keeping.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={conversation_log},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

    with tm.boundary("Trading core", trust=tg.Trust.RESTRICTED):
        # System of record for client positions, limits and existing hedges.
        treasury_system = tm.add(tg.DataStore("Client treasury positions", stores={positions}))
        # Holds draft tickets and books confirmed trades with the dealing desk.
        oms = tm.add(
            tg.Service(
                "FX order management",
                controls={
                    c.HumanInTheLoop(approver="the client treasurer, in the portal"),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(treasurer, portal, question, protocol="https")
tm.flow(
    treasurer, portal, forecast, protocol="https", id="forecast-upload", label="spreadsheet upload"
)
tm.flow(erp, portal, forecast, protocol="sftp", id="erp-forecast", label="host-to-host file")
tm.flow(portal, forecast_store, forecast)
tm.flow(portal, assistant, question)
tm.flow(assistant, portal, recommendation)
tm.flow(portal, treasurer, recommendation, protocol="https")

tm.flow(assistant, guide_index, question, label="similarity query")
tm.flow(guide_index, assistant, guide_chunks)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

tm.flow(assistant, client_data_tool, tool_call)
tm.flow(client_data_tool, forecast_store, tool_call, label="read forecast")
tm.flow(forecast_store, client_data_tool, forecast)
tm.flow(client_data_tool, treasury_system, tool_call, label="read positions")
tm.flow(treasury_system, client_data_tool, positions)
tm.flow(client_data_tool, assistant, forecast, positions)

tm.flow(assistant, rates_tool, tool_call)
tm.flow(rates_tool, rates_vendor, tool_call, protocol="https")
tm.flow(rates_vendor, rates_tool, market, protocol="https")
tm.flow(rates_tool, assistant, market)

tm.flow(assistant, order_tool, draft_order)
tm.flow(order_tool, oms, draft_order, label="draft ticket")
tm.flow(oms, portal, draft_order, label="ticket to confirm")
tm.flow(treasurer, portal, confirmation, protocol="https", id="treasurer-confirms", label="confirm")
tm.flow(portal, oms, confirmation, label="confirmed order")
tm.flow(oms, treasury_system, positions, label="booked trade")

tm.flow(assistant, log_store, conversation_log)
