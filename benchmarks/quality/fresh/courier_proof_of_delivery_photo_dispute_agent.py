"""Proof-of-delivery dispute agent: the first design, before any security review.

A parcel courier operating in the UK and EU lets recipients who say a parcel never
arrived open a dispute in the chat on the tracking page, signing in with the
tracking number and delivery postcode. Retailers who ship with us can raise the
same disputes for their customers through a dispute API, using a per-retailer
API key. An LLM agent running in our cloud looks up the driver's doorstep photo,
the handheld's GPS trace and the scan events for the parcel, sends them to a
hosted multimodal LLM, and then chooses one of three actions: book a redelivery
in the delivery management system, refund the retailer's shipping charge through
the billing ledger (capped per dispute), or hand the case to a human claims agent.
Drivers' handhelds upload photos, GPS and scans over TLS as they work. The chat is
rate limited, the agent has a step limit, and photos are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Courier proof-of-delivery dispute agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that settles 'parcel never arrived' disputes from delivery evidence.",
)

# ---------------------------------------------------------------- data assets
dispute_message = tg.Data(
    "Recipient dispute message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Chat text: tracking number, what the recipient says happened.",
)
agent_reply = tg.Data(
    "Agent reply to recipient", kind="model-output", sensitivity=tg.Sensitivity.PII
)
retailer_dispute = tg.Data(
    "Retailer dispute request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tracking number, customer name and address, the customer's complaint text.",
)
dispute_outcome = tg.Data(
    "Dispute outcome", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
doorstep_photo = tg.Data(
    "Doorstep photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo the driver takes at handover; shows the door, often people or house numbers.",
)
gps_trace = tg.Data(
    "Driver GPS trace",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Handheld location along the round, per driver.",
)
scan_events = tg.Data(
    "Parcel scan events",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
agent_prompt = tg.Data(
    "Agent prompt with evidence",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the dispute text, the photo, GPS points and scan events.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
evidence_query = tg.Data(
    "Evidence lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
redelivery_booking = tg.Data("Redelivery booking", kind="tool-call", sensitivity=tg.Sensitivity.PII)
refund_instruction = tg.Data(
    "Shipping refund instruction", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
shipping_credit = tg.Data(
    "Retailer shipping credit",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
delivery_schedule = tg.Data("Delivery schedule", kind="records", sensitivity=tg.Sensitivity.PII)
tool_confirmation = tg.Data(
    "Tool confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
claims_case = tg.Data(
    "Claims case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Dispute transcript, evidence links and the agent's summary.",
)
claim_decision = tg.Data("Claim decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a tracking number and postcode can open a dispute.
    recipient = tm.add(tg.Actor("Parcel recipient", role="recipient"))
    # Retailers' order systems call the dispute API on their customers' behalf.
    retailer = tm.add(tg.Actor("Retailer order system", role="retailer", human=False))

with tm.boundary("Driver handhelds", trust=tg.Trust.UNTRUSTED):
    # Company-issued handhelds used by employed and contracted drivers on the round.
    handheld = tm.add(
        tg.Device(
            "Driver handheld",
            fleet=True,
            description="Scanning app: takes the doorstep photo, records GPS and scan events.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The multimodal model that reads the photo and the trace; hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor DPA, no training on our data")},
        )
    )

with tm.boundary("Courier cloud", trust=tg.Trust.INTERNAL):
    # The chat widget on the tracking page talks to this.
    chat = tm.add(
        tg.Endpoint(
            "Dispute chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="tracking number and delivery postcode"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Retailers raise disputes programmatically here.
    retailer_api = tm.add(
        tg.Endpoint(
            "Retailer dispute API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-retailer API key")},
        )
    )
    # Decides redelivery, refund or hand-off for each dispute.
    agent = tm.add(
        tg.Agent(
            "Dispute resolution agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Read-only lookup of the parcel's evidence for the agent.
    evidence_tool = tm.add(tg.Tool("Delivery evidence lookup", capabilities={"read"}))
    # Books a new delivery attempt.
    redelivery_tool = tm.add(tg.Tool("Redelivery booking tool", capabilities={"write"}))
    # Credits the retailer's shipping charge.
    refund_tool = tm.add(
        tg.Tool(
            "Shipping refund tool",
            capabilities={"write", "money-movement"},
            controls={c.TransactionLimits(limit="GBP 25 per dispute")},
        )
    )
    # Puts the case in the claims team's queue.
    handoff_tool = tm.add(tg.Tool("Claims handoff tool", capabilities={"write"}))

    with tm.boundary("Operations data", trust=tg.Trust.RESTRICTED):
        # Existing system of record for rounds, scans and GPS.
        dms = tm.add(
            tg.DataStore(
                "Delivery management system",
                stores={gps_trace, scan_events, delivery_schedule},
            )
        )
        # Object storage for proof-of-delivery photos.
        photo_store = tm.add(
            tg.DataStore(
                "Proof-of-delivery photo store",
                stores={doorstep_photo},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Retailer billing: shipping charges and credits.
        ledger = tm.add(
            tg.DataStore(
                "Retailer billing ledger",
                stores={shipping_credit},
                controls={c.AuditLogging()},
            )
        )
        # Cases waiting for a human claims agent.
        claims_queue = tm.add(
            tg.DataStore("Claims case queue", stores={claims_case, claim_decision})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Handles the cases the agent passes on, including lost-parcel claims.
    claims_agent = tm.add(tg.Actor("Claims agent", role="claims staff"))

# ---------------------------------------------------------------- flows
tm.flow(recipient, chat, dispute_message, protocol="https")
tm.flow(chat, recipient, agent_reply, protocol="https")
tm.flow(chat, agent, dispute_message)
tm.flow(agent, chat, agent_reply)

tm.flow(retailer, retailer_api, retailer_dispute, protocol="https")
tm.flow(retailer_api, retailer, dispute_outcome, protocol="https")
tm.flow(retailer_api, agent, retailer_dispute)
tm.flow(agent, retailer_api, dispute_outcome)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, evidence_tool, evidence_query)
tm.flow(evidence_tool, agent, doorstep_photo, gps_trace, scan_events, label="evidence")
tm.flow(photo_store, evidence_tool, doorstep_photo)
tm.flow(dms, evidence_tool, gps_trace, scan_events)

tm.flow(
    handheld,
    photo_store,
    doorstep_photo,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    handheld,
    dms,
    gps_trace,
    scan_events,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(dms, handheld, delivery_schedule, protocol="https", label="round manifest")

tm.flow(agent, redelivery_tool, redelivery_booking)
tm.flow(redelivery_tool, dms, delivery_schedule)
tm.flow(redelivery_tool, agent, tool_confirmation)

tm.flow(agent, refund_tool, refund_instruction)
tm.flow(refund_tool, ledger, shipping_credit)
tm.flow(refund_tool, agent, tool_confirmation)

tm.flow(agent, handoff_tool, claims_case)
tm.flow(handoff_tool, claims_queue, claims_case)
tm.flow(claims_queue, claims_agent, claims_case)
tm.flow(claims_agent, claims_queue, claim_decision)
