"""Airline baggage claim chatbot: the first design, before any security review.

Passengers with delayed or damaged bags talk to a chatbot on the airline's website
or on WhatsApp, identified by booking reference and surname. An LLM-based claims
agent in the airline's cloud account (calling a vendor-hosted LLM under a DPA)
looks up the bag's record in the third-party baggage-tracing SaaS and helps the
passenger file a claim for interim expenses, with photos of receipts and damage.
Claims under EUR 250 are paid automatically to the passenger's card through the
payment provider (card entered on its hosted page; the airline keeps a token);
larger ones wait for a claims handler in the back-office console.
Controls in this design: rate limiting and upload checks on the chat gateway,
WhatsApp webhook signature checks, a per-claim payout cap with handler approval
above it, vaulted API keys, encrypted claim storage and SSO for the console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airline baggage claim chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Web and WhatsApp agent for delayed/damaged bag reports, tracing look-ups "
    "and interim-expense claims, with automatic payouts for small claims.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Passenger chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text plus booking reference, surname and bag file reference.",
)
reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
photos = tg.Data(
    "Receipt and bag photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Uploaded images of receipts for interim purchases and of damaged bags.",
)
prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation, tracing record and receipt images.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
trace_query = tg.Data(
    "Tracing look-up",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Bag file reference and passenger surname.",
)
trace_record = tg.Data(
    "Bag tracing record",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Bag tag, itinerary, delivery address, phone number, status history.",
)
claim = tg.Data(
    "Expense claim",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Claimed items and amounts, receipt references, bag file, passenger contact.",
)
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
card_token = tg.Data(
    "Card token",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="The provider's reusable token for the passenger's card.",
)
payout_request = tg.Data(
    "Payout instruction",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Claim id, amount, currency and the provider's card token.",
)
payout_result = tg.Data(
    "Payout confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
decision = tg.Data(
    "Handler claim decision", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
api_keys = tg.Data("Partner API keys", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone holding a booking reference and surname can start a claim.
    passenger = tm.add(tg.Actor("Passenger", role="airline passenger"))

with tm.boundary("WhatsApp Business Platform", trust=tg.Trust.PARTNER):
    # Meta relays WhatsApp messages and media to our webhook.
    whatsapp = tm.add(
        tg.ExternalService("WhatsApp Business API", description="Meta's cloud messaging API.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the chat and receipt images and decides tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose multimodal chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="DPA signed, EU region, no training on our data")},
        )
    )

with tm.boundary("Baggage tracing SaaS", trust=tg.Trust.PARTNER):
    # The industry tracing system where ground staff record mishandled bags.
    tracing_saas = tm.add(
        tg.ExternalService(
            "Baggage tracing system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Third-party SaaS holding delayed/damaged bag files.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the card-entry page and pushes refunds to the passenger's card.
    psp = tm.add(
        tg.ExternalService("Payment provider", description="Card payouts via the provider's API.")
    )

with tm.boundary("Airline cloud", trust=tg.Trust.INTERNAL):
    # Single entry point for the web widget and the WhatsApp webhook.
    gateway = tm.add(
        tg.Endpoint(
            "Chat gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.Authentication(method="booking reference and surname"),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # The LLM-driven agent that runs the conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Baggage claims agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Reports bags, looks up tracing, files claims, triggers payouts.",
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Read-only look-up of a bag file in the tracing SaaS.
    tracing_tool = tm.add(
        tg.Tool(
            "Tracing lookup tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(), c.LeastPrivilegeTools(note="read-only API key")},
        )
    )
    # Creates and updates claim records and stores the uploaded photos.
    claim_tool = tm.add(tg.Tool("Claim filing tool", capabilities={"read", "write"}))
    # Pays small claims automatically; larger ones are queued for a handler.
    payout_tool = tm.add(
        tg.Tool(
            "Payout tool",
            capabilities={"money-movement", "network-egress"},
            controls={
                c.TransactionLimits(limit="EUR 250 per claim"),
                c.HumanInTheLoop(approver="claims handler", above="EUR 250 per claim"),
                c.SecretsManagement(),
            },
        )
    )
    # Back-office web app where handlers review and decide large claims.
    console = tm.add(
        tg.Service(
            "Claims handling console",
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )

    with tm.boundary("Claims data", trust=tg.Trust.RESTRICTED):
        # System of record for claims and their payout status.
        claims_db = tm.add(
            tg.DataStore(
                "Claims database",
                stores={claim, card_token},
                controls={c.EncryptionAtRest(key_management="KMS")},
                description="Holds claims and the provider's card token, never the card number.",
            )
        )
        # Object storage for receipt and bag photos.
        photo_store = tm.add(
            tg.DataStore(
                "Receipt photo bucket",
                stores={photos},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Airline staff who check receipts and approve claims above the threshold.
    handler = tm.add(tg.Actor("Claims handler", role="claims staff"))

# ---------------------------------------------------------------- flows
# Web chat
tm.flow(passenger, gateway, message, photos, protocol="https", label="web chat")
tm.flow(gateway, passenger, reply, protocol="https", label="web chat")
# WhatsApp
tm.flow(passenger, whatsapp, message, photos, protocol="https", label="WhatsApp")
tm.flow(
    whatsapp,
    gateway,
    message,
    photos,
    protocol="https",
    label="webhook",
    controls={c.MessageIntegrity(note="X-Hub-Signature verified")},
)
tm.flow(gateway, whatsapp, reply, protocol="https")
tm.flow(whatsapp, passenger, reply, protocol="https")

# Agent loop
tm.flow(gateway, agent, message, photos)
tm.flow(agent, gateway, reply)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Tracing look-up
tm.flow(agent, tracing_tool, trace_query)
tm.flow(tracing_tool, tracing_saas, trace_query, api_keys, protocol="https")
tm.flow(tracing_saas, tracing_tool, trace_record, protocol="https")
tm.flow(tracing_tool, agent, trace_record)

# Claim filing
tm.flow(agent, claim_tool, claim, photos)
tm.flow(claim_tool, claims_db, claim)
tm.flow(claim_tool, photo_store, photos)
tm.flow(claims_db, claim_tool, claim, label="claim status")
tm.flow(claim_tool, agent, claim, label="claim status")

# Card entry and payouts
tm.flow(passenger, psp, card_details, protocol="https", label="hosted card page")
tm.flow(psp, claims_db, card_token, protocol="https", label="card token webhook")
tm.flow(agent, payout_tool, payout_request)
tm.flow(claims_db, payout_tool, claim, card_token, label="amount and card token")
tm.flow(payout_tool, psp, payout_request, api_keys, protocol="https")
tm.flow(psp, payout_tool, payout_result, protocol="https")
tm.flow(payout_tool, claims_db, payout_result)
tm.flow(payout_tool, agent, payout_result)

# Back office
tm.flow(claims_db, console, claim)
tm.flow(photo_store, console, photos)
tm.flow(console, handler, claim, photos, protocol="https")
tm.flow(handler, console, decision, protocol="https")
tm.flow(console, claims_db, decision)
tm.flow(console, payout_tool, payout_request, label="approved large claims")
