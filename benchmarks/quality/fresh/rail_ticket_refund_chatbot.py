"""Rail ticket refund chatbot: the first design, before any security review.

Passengers of a European rail operator claim delay compensation through a chat
widget on the public website, identifying their ticket with the booking reference
and the e-mail address used to buy it. A refund agent built on a hosted LLM reads
the operator's passenger charter, looks the booking up in the ticketing database,
checks the train against the delay records (fed from the national train running
feed) and decides the claim. Claims up to EUR 100 are refunded automatically to
the original payment card through the payment service provider; larger or unclear
claims are written to the claims database for the customer relations team, who
decide them in an internal console behind corporate SSO. The chat API is
rate-limited, the LLM vendor's content filter is on, the PSP key sits in the
cloud secret manager and the claims database is encrypted with cloud KMS keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rail ticket refund chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Delay-compensation claims decided by an LLM agent, "
    "refunded to the original card up to a limit, with staff handling the rest.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Passenger message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text with booking reference, e-mail and journey details.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, charter extracts and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
charter = tg.Data(
    "Passenger charter and refund rules",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lookup = tg.Data("Lookup query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Passenger name, e-mail, journey, fare paid and the PSP payment reference.",
)
delays = tg.Data(
    "Train delay records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
refund_call = tg.Data(
    "Refund instruction",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Booking, payment reference and amount to refund.",
)
refund_result = tg.Data(
    "Refund confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
claim = tg.Data(
    "Claim case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Claim, transcript, agent decision and outcome.",
)
staff_decision = tg.Data(
    "Staff claim decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a booking reference (or a guess at one) can start a claim.
    passenger = tm.add(tg.Actor("Passenger", role="passenger"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the public website.
    chat_api = tm.add(
        tg.Endpoint(
            "Refund chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.Authentication(method="booking reference and e-mail address"),
            },
        )
    )
    # Runs the conversation, calls the tools and decides each claim.
    agent = tm.add(
        tg.Agent(
            "Refund agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Decides claims itself up to the limit; refers the rest to staff.",
            controls={
                c.HumanInTheLoop(
                    approver="customer relations team",
                    above="EUR 100 per claim",
                )
            },
        )
    )
    # The operator's compensation rules, so answers follow the charter.
    charter_index = tm.add(tg.VectorStore("Charter index", stores={charter}))
    # Reads the passenger's booking by reference.
    booking_tool = tm.add(tg.Tool("Booking lookup tool", capabilities={"read"}))
    # Reads the recorded arrival delay of the booked train.
    delay_tool = tm.add(tg.Tool("Delay check tool", capabilities={"read"}))
    # Issues the refund to the booking's original payment reference through the PSP.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"write", "money-movement"},
            description="Refunds only to the payment reference of the booking looked up.",
            controls={
                c.TransactionLimits(limit="EUR 100 per claim"),
                c.SecretsManagement(note="PSP API key in the cloud secret manager"),
            },
        )
    )
    # Every claim, automatic or referred, with its transcript.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim, staff_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Delay records kept from the national feed for the last 13 months.
    delay_db = tm.add(tg.DataStore("Delay records database", stores={delays}))
    # Where customer relations staff work the referred claims.
    console = tm.add(
        tg.Service(
            "Claims console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Ticketing core", trust=tg.Trust.RESTRICTED):
        # The system of record for tickets sold online and at stations.
        ticket_db = tm.add(tg.DataStore("Ticketing database", stores={booking}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Decides the claims the agent may not, and issues those refunds.
    staff = tm.add(tg.Actor("Customer relations agent", role="customer relations"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Payment service provider", trust=tg.Trust.PARTNER):
    # Holds the card details; refunds against the original payment.
    psp = tm.add(tg.ExternalService("Payment service provider API"))

with tm.boundary("Rail industry data", trust=tg.Trust.PARTNER):
    # Actual arrival times published by the infrastructure manager.
    feed = tm.add(tg.DataSource("Train running feed", origin=tg.Origin.PARTNER, provides={delays}))

# ---------------------------------------------------------------- flows
tm.flow(passenger, chat_api, message, protocol="https")
tm.flow(chat_api, passenger, reply, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(charter_index, agent, charter, label="retrieved rules")

tm.flow(agent, booking_tool, lookup)
tm.flow(booking_tool, ticket_db, lookup)
tm.flow(ticket_db, booking_tool, booking)
tm.flow(booking_tool, agent, booking)

tm.flow(agent, delay_tool, lookup)
tm.flow(delay_tool, delay_db, lookup)
tm.flow(delay_db, delay_tool, delays)
tm.flow(delay_tool, agent, delays)
tm.flow(feed, delay_db, delays, protocol="https")

tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, psp, refund_call, protocol="https")
tm.flow(psp, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, agent, refund_result)

tm.flow(agent, claims_db, claim, label="every claim; referrals over the limit")
tm.flow(claims_db, console, claim)
tm.flow(console, staff, claim, protocol="https")
tm.flow(staff, console, staff_decision, protocol="https")
tm.flow(console, claims_db, staff_decision)
tm.flow(console, psp, refund_call, protocol="https", label="staff-approved refunds")
tm.flow(psp, console, refund_result, protocol="https")
