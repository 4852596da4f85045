"""Parcel 'not received' dispute agent: the first design, before any security review.

Recipients who say a parcel marked delivered never arrived open the chat on the
carrier's website and verify with the tracking number and delivery postcode. An
LLM agent (a hosted model behind our orchestrator) reads the delivery event, the
courier's proof-of-delivery photo and GPS point, and explains what happened. It
can refund the recipient up to 40 EUR through the merchant-refund tool, which
books the refund against the merchant's account in the settlement service, or
open an investigation with the delivering depot. Claims above 40 EUR go to a
claims handler's queue. Couriers' handhelds upload the photos and GPS fixes.
Controls in this design: the postcode check, a per-claim refund cap, rate limits
on the chat, handler approval above 40 EUR, refund logging, a vetted LLM vendor
and 90-day transcript retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parcel delivery photo-proof dispute agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Website chat agent that resolves 'not received' claims from proof-of-delivery "
        "evidence, refunds up to 40 EUR and escalates the rest."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Recipient chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
verification = tg.Data(
    "Tracking number and postcode",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="What a recipient types to prove the parcel is theirs; both are printed on the label.",
)
verified = tg.Data("Verified shipment session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
answer = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, delivery evidence and tool results.",
)
completion = tg.Data(
    "LLM completion and tool choice", kind="model-output", sensitivity=tg.Sensitivity.PII
)
delivery_event = tg.Data(
    "Delivery event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient name and address, delivery time, status code, courier id, safe-place note.",
)
pod_photo = tg.Data(
    "Proof-of-delivery photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Courier's photo of the parcel at the door; may show the house, people or neighbours.",
)
gps_point = tg.Data("Delivery GPS point", kind="records", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Delivery lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
evidence = tg.Data("Delivery evidence result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
refund_call = tg.Data(
    "Refund tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
refund_result = tg.Data(
    "Refund tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
refund_booking = tg.Data(
    "Merchant refund booking",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Shipment, amount, reason code; the merchant refunds the buyer and is credited.",
)
refund_confirmation = tg.Data(
    "Refund confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
investigation_call = tg.Data(
    "Investigation tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
investigation_case = tg.Data(
    "Depot investigation case", kind="records", sensitivity=tg.Sensitivity.PII
)
case_reference = tg.Data(
    "Investigation case reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
escalation = tg.Data(
    "Escalated claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Claim over 40 EUR with the agent's summary, evidence links and the transcript.",
)
handler_decision = tg.Data(
    "Claims handler refund decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone holding a label (or a photo of one) can claim to be the recipient.
    recipient = tm.add(tg.Actor("Parcel recipient", role="recipient"))
    # Couriers' handheld scanners on the mobile network.
    handheld = tm.add(
        tg.Device(
            "Courier handheld",
            description="Delivery app on the courier's scanner: status scan, doorstep photo, GPS fix.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, hosted by a vendor in the EU.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, EU region, no training on our data")},
        )
    )

with tm.boundary("Carrier cloud", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the public website.
    chat = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # Checks that the postcode matches the shipment before the agent sees the case.
    verifier = tm.add(
        tg.Service(
            "Recipient verification service",
            controls={c.Authentication(method="tracking number and postcode")},
        )
    )
    # The LLM agent that explains the delivery and decides refund, investigation or escalation.
    agent = tm.add(
        tg.Agent(
            "Dispute agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="claims handler", above="EUR 40 per claim"),
            },
        )
    )
    # Read-only access to the delivery event, POD photo and GPS point.
    lookup_tool = tm.add(tg.Tool("Delivery evidence lookup tool", capabilities={"read"}))
    # Issues refunds through the merchant's account; capped per claim.
    refund_tool = tm.add(
        tg.Tool(
            "Merchant refund tool",
            capabilities={"write", "money-movement"},
            controls={
                c.TransactionLimits(limit="EUR 40 per claim"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Opens a case with the delivering depot.
    investigation_tool = tm.add(
        tg.Tool("Depot investigation tool", capabilities={"write", "send-messages"})
    )
    # Delivery events, POD photos and GPS fixes from the handhelds.
    delivery_store = tm.add(
        tg.DataStore("Delivery records store", stores={delivery_event, pod_photo, gps_point})
    )
    # Conversation logs for quality review and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )

    with tm.boundary("Finance systems", trust=tg.Trust.RESTRICTED):
        # Books refunds against merchant accounts and settles them.
        settlement = tm.add(tg.Service("Merchant refund settlement service"))

with tm.boundary("Carrier corporate network", trust=tg.Trust.INTERNAL):
    # Claims staff working the queue of claims over 40 EUR.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))
    # Queue and case view for escalated claims.
    workbench = tm.add(
        tg.Service("Claims workbench", controls={c.Authentication(method="SSO with MFA")})
    )
    # The depot's case system where investigations land.
    depot_cases = tm.add(tg.Service("Depot case system"))

# ---------------------------------------------------------------- flows
# recipient and verification
tm.flow(recipient, chat, chat_message, verification, protocol="https")
tm.flow(chat, recipient, answer, protocol="https")
tm.flow(chat, verifier, verification, protocol="https")
tm.flow(verifier, delivery_store, verification, protocol="https", label="match postcode")
tm.flow(delivery_store, verifier, delivery_event, protocol="https")
tm.flow(verifier, chat, verified, protocol="https")

# agent conversation
tm.flow(chat, agent, chat_message, verified, protocol="https")
tm.flow(agent, chat, answer, protocol="https")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts, protocol="https")

# evidence
tm.flow(handheld, delivery_store, delivery_event, pod_photo, gps_point, protocol="https")
tm.flow(agent, lookup_tool, lookup_call, protocol="local")
tm.flow(lookup_tool, delivery_store, lookup_call, protocol="https")
tm.flow(delivery_store, lookup_tool, delivery_event, pod_photo, gps_point, protocol="https")
tm.flow(lookup_tool, agent, evidence, protocol="local")

# refunds up to 40 EUR
tm.flow(agent, refund_tool, refund_call, protocol="local")
tm.flow(refund_tool, settlement, refund_booking, protocol="https")
tm.flow(settlement, refund_tool, refund_confirmation, protocol="https")
tm.flow(refund_tool, agent, refund_result, protocol="local")

# depot investigations
tm.flow(agent, investigation_tool, investigation_call, protocol="local")
tm.flow(investigation_tool, depot_cases, investigation_case, protocol="https")
tm.flow(depot_cases, investigation_tool, case_reference, protocol="https")
tm.flow(investigation_tool, agent, case_reference, protocol="local")

# claims over 40 EUR
tm.flow(agent, workbench, escalation, protocol="https")
tm.flow(workbench, handler, escalation, protocol="https")
tm.flow(handler, workbench, handler_decision, protocol="https")
tm.flow(workbench, settlement, refund_booking, protocol="https")
tm.flow(settlement, workbench, refund_confirmation, protocol="https")
