"""Marketplace seller withdrawal settings agent: the first design, before any security review.

Sellers on our EU online marketplace manage where their earnings are paid (the
withdrawal bank account or e-wallet) by chatting with a support agent in the seller
centre, after signing in with their e-mail and password. The agent is an LLM agent
running in our cloud on a model hosted by an LLM vendor. Before any change it sends a
one-time code to the seller's registered phone through an SMS provider and checks the
code the seller types back; it then updates the withdrawal destination in the payout
service through a payout-settings tool. It also answers questions about fees from an
index of help-centre articles. A weekly payout run in the payout service pays every
seller's balance through a payments provider, which reports results back by webhook.
Risk analysts see every payout-settings change on an internal dashboard behind
corporate SSO. Chat transcripts are kept for support quality review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marketplace seller withdrawal settings agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that verifies sellers and updates where their weekly payouts go.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Seller chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the seller, including typed one-time codes and new account details.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, conversation so far, retrieved articles and tool results.",
)
llm_completion = tg.Data(
    "Model completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The reply text or the tool call the model chooses.",
)
verify_call = tg.Data(
    "Verification request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Send a code to the seller's registered phone, or check the code the seller typed.",
)
verify_result = tg.Data(
    "Verification result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
otp = tg.Data(
    "One-time code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Six-digit code valid for ten minutes.",
)
sms_request = tg.Data(
    "SMS send request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registered phone number and the message text with the one-time code.",
)
seller_accounts = tg.Data(
    "Seller account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Seller identity, registered phone number and contact details.",
)
settings_call = tg.Data(
    "Payout settings tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Read the current withdrawal destination or set a new one for the seller in the chat.",
)
settings_result = tg.Data(
    "Payout settings tool result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Masked current destination, or confirmation of the change.",
)
withdrawal_account = tg.Data(
    "Withdrawal account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="IBAN and account holder, or e-wallet id, where a seller's earnings are sent.",
)
payout_records = tg.Data(
    "Seller payout records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Withdrawal destinations, balances, fees and payout history per seller.",
)
payout_instructions = tg.Data(
    "Payout instructions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Amount, currency and destination account for each seller in the weekly run.",
)
payout_status = tg.Data("Payout status webhook", kind="records", sensitivity=tg.Sensitivity.PII)
change_events = tg.Data(
    "Payout settings change events",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Seller, old and new destination (masked), time and channel of each change.",
)
fee_articles = tg.Data(
    "Fee and payout help articles",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
dashboard_query = tg.Data("Dashboard query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Sellers manage their payout settings from the seller centre, on any device.
    seller = tm.add(tg.Actor("Seller", role="marketplace seller"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the one-time codes to sellers' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Payments provider", trust=tg.Trust.PARTNER):
    # Executes the bank transfers and e-wallet credits of each weekly payout run.
    payments = tm.add(
        tg.ExternalService(
            "Payments provider payout API",
            provides="generic",
            description="Mass-payout API; posts the result of each transfer back by webhook.",
        )
    )

with tm.boundary("Marketplace cloud", trust=tg.Trust.INTERNAL):
    # The chat entry point in the seller centre.
    chat_api = tm.add(
        tg.Endpoint(
            "Seller support chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="seller centre session from e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Holds the conversation, calls the model, and runs the tools it asks for.
    agent = tm.add(
        tg.Agent(
            "Withdrawal settings agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Instructed to verify the seller by SMS code before changing payout settings.",
            controls={
                c.Authentication(
                    method="SMS code to the registered phone when payout details change"
                ),
                c.CircuitBreaker(max_steps=15),
            },
        )
    )
    # Sends and checks the one-time code against the seller's registered phone.
    verify_tool = tm.add(
        tg.Tool(
            "Phone verification tool",
            capabilities={"read", "send-messages"},
            controls={c.RateLimiting(note="three codes per seller per hour")},
        )
    )
    # Reads and changes the seller's withdrawal destination through the payout service.
    settings_tool = tm.add(tg.Tool("Payout settings tool", capabilities={"read", "write"}))
    # Fee and payout help-centre articles the agent answers fee questions from.
    help_index = tm.add(tg.VectorStore("Help article index", stores={fee_articles}))
    # Kept for support quality review and disputes.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=180)},
        )
    )
    # Seller identities and the registered phone numbers codes are sent to.
    seller_db = tm.add(tg.DataStore("Seller account database", stores={seller_accounts}))

    with tm.boundary("Payments zone", trust=tg.Trust.RESTRICTED):
        # Owns withdrawal destinations and runs the weekly payout run.
        payout_service = tm.add(
            tg.Service(
                "Payout service",
                description="Settings API plus the weekly scheduled payout run.",
                controls={
                    c.SecretsManagement(note="payments provider API key in the cloud secret store"),
                    c.AuditLogging(retention_days=730),
                },
            )
        )
        # Destinations, balances and payout history.
        payout_db = tm.add(
            tg.DataStore(
                "Payout database",
                stores={payout_records},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    # Shows risk analysts every change to payout settings.
    dashboard = tm.add(
        tg.Service(
            "Payout risk dashboard",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Looks for account-takeover patterns in payout changes.
    analyst = tm.add(tg.Actor("Risk analyst", role="risk analyst"))

# ---------------------------------------------------------------- flows
tm.flow(seller, chat_api, chat_message, protocol="https")
tm.flow(chat_api, seller, agent_reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(help_index, agent, fee_articles, label="fee article retrieval")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, verify_tool, verify_call)
tm.flow(verify_tool, agent, verify_result)
tm.flow(seller_db, verify_tool, seller_accounts, label="registered phone number")
tm.flow(verify_tool, sms_gateway, sms_request, protocol="https")
tm.flow(sms_gateway, seller, otp, protocol="sms")

tm.flow(agent, settings_tool, settings_call, withdrawal_account)
tm.flow(settings_tool, agent, settings_result)
tm.flow(
    settings_tool, payout_service, withdrawal_account, protocol="https", label="update destination"
)
tm.flow(payout_service, settings_tool, settings_result, protocol="https")
tm.flow(payout_service, payout_db, payout_records)
tm.flow(payout_db, payout_service, payout_records)

tm.flow(payout_service, payments, payout_instructions, protocol="https", label="weekly payout run")
tm.flow(payments, payout_service, payout_status, protocol="https", label="payout status webhook")

tm.flow(payout_service, dashboard, change_events)
tm.flow(analyst, dashboard, dashboard_query, protocol="https")
tm.flow(dashboard, analyst, change_events, protocol="https")
