"""Theatre box office: accessible seating and carer ticket agent (first design).

Patrons with access needs talk to a booking agent, either in the chat panel on
the theatre website (signed in to their ticketing account) or on the box office
phone line, where a cloud contact-centre provider transcribes the call and
speaks the agent's replies. The agent runs on a hosted LLM and has three tools:
it checks a patron's access card number with the national access scheme's API,
holds and books wheelchair spaces and free carer tickets on the ticketing system
(a SaaS product the theatre licenses), and refers anything it cannot settle to
a box office referral queue. Box office staff work that queue and see every
booking, with its access requirements, on the ticketing system. Controls in
this design: TLS on every link, a login and rate limit on the chat, the scheme
API key kept in a vault, a narrowly scoped ticketing API user, role-based staff
access with MFA on the ticketing system, vendor encryption at rest, and a
retention period for conversation logs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Theatre accessible seating and carer ticket agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM booking agent for wheelchair spaces and carer tickets, web chat and phone.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Patron chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the patron types: dates, party size, access needs, card number.",
)
call_audio = tg.Data("Patron call audio", kind="media", sensitivity=tg.Sensitivity.PII)
reply_audio = tg.Data("Spoken agent reply", kind="media", sensitivity=tg.Sensitivity.PII)
call_transcript = tg.Data("Call transcript turn", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Booking policy instructions, the conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
eligibility_query = tg.Data("Access card lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
eligibility_result = tg.Data(
    "Access scheme eligibility status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Card valid or not, and the entitlements it carries (wheelchair space, "
    "free carer ticket): health-related, special-category data.",
)
booking_request = tg.Data(
    "Access booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Performance, wheelchair space, carer ticket and the patron's access notes.",
)
booking_result = tg.Data(
    "Seat availability and booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Bookings and patron access records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
confirmation_email = tg.Data(
    "Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
referral = tg.Data(
    "Box office referral",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Conversation summary, the patron's contact details and what is unresolved.",
)
staff_changes = tg.Data(
    "Staff booking changes", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public booking for themselves or for someone they care for.
    patron = tm.add(tg.Actor("Patron", role="patron"))

with tm.boundary("Contact-centre provider", trust=tg.Trust.PARTNER):
    # Answers the box office number, does speech-to-text and text-to-speech.
    telephony = tm.add(
        tg.ExternalService(
            "Cloud contact-centre voice gateway",
            description="Transcribes each caller turn and speaks the agent's reply.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed; no training on our prompts; EU region")
            },
        )
    )

with tm.boundary("Access scheme", trust=tg.Trust.PARTNER):
    # The national access card scheme: the source of proof of eligibility.
    scheme_api = tm.add(
        tg.ExternalService(
            "Access scheme card API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Returns whether a card number is valid and which entitlements it carries.",
        )
    )

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # The licensed SaaS ticketing system: seat maps, price types, bookings, staff UI.
    ticketing = tm.add(
        tg.Service(
            "Ticketing system",
            description="Seat maps with wheelchair allocations, carer price type, bookings; "
            "box office staff use its web interface.",
            controls={
                c.RBAC(note="box office, house management and admin roles"),
                c.Authentication(method="individual staff accounts with password and TOTP"),
                c.AuditLogging(),
            },
        )
    )
    # The vendor-hosted database behind the ticketing system.
    ticketing_db = tm.add(
        tg.DataStore(
            "Patron and booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )

with tm.boundary("Theatre cloud tenancy", trust=tg.Trust.INTERNAL):
    # The website chat panel's backend: where web patrons reach the agent.
    chat = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="ticketing account e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The booking agent itself: reads the conversation, decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Access booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books wheelchair spaces and carer tickets itself when the scheme "
            "confirms eligibility; refers everything else to the box office.",
        )
    )
    # Tool: checks the patron's access card with the scheme.
    eligibility_tool = tm.add(
        tg.Tool(
            "Access card eligibility tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="scheme API key held in the cloud vault")},
        )
    )
    # Tool: reads availability and holds/books seats through the ticketing API.
    booking_tool = tm.add(
        tg.Tool(
            "Wheelchair space and carer ticket booking tool",
            capabilities={"read", "write"},
            description="Finds the patron's account by e-mail and postcode (phone) or the "
            "signed-in session (web), then holds and books on the ticketing API.",
            controls={
                c.LeastPrivilegeTools(
                    note="API user limited to wheelchair allocations and the carer price type"
                ),
                c.SecretsManagement(),
            },
        )
    )
    # Tool: hands cases the agent cannot settle to a person.
    referral_tool = tm.add(tg.Tool("Box office referral tool", capabilities={"write"}))
    # Queue of referred cases that box office staff work through.
    referral_queue = tm.add(tg.DataStore("Box office referral queue", stores={referral}))
    # Full conversation logs, kept for complaints and for tuning the agent's instructions.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )

with tm.boundary("Box office", trust=tg.Trust.INTERNAL):
    # Staff who handle referrals and see all bookings on the ticketing system.
    staff = tm.add(tg.Actor("Box office staff", role="box office staff"))

# ---------------------------------------------------------------- flows
# web chat
tm.flow(patron, chat, chat_message, protocol="https")
tm.flow(chat, patron, agent_reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)

# phone
tm.flow(patron, telephony, call_audio, protocol="pstn")
tm.flow(telephony, patron, reply_audio, protocol="pstn")
tm.flow(telephony, agent, call_transcript, protocol="https")
tm.flow(agent, telephony, agent_reply, protocol="https")

# the agent's model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# eligibility check
tm.flow(agent, eligibility_tool, eligibility_query)
tm.flow(eligibility_tool, scheme_api, eligibility_query, protocol="https")
tm.flow(scheme_api, eligibility_tool, eligibility_result, protocol="https")
tm.flow(eligibility_tool, agent, eligibility_result)

# booking
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, ticketing, booking_request, protocol="https")
tm.flow(ticketing, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)
tm.flow(ticketing, ticketing_db, bookings)
tm.flow(ticketing_db, ticketing, bookings)
tm.flow(ticketing, patron, confirmation_email, protocol="smtp+starttls")

# referrals and staff
tm.flow(agent, referral_tool, referral)
tm.flow(referral_tool, referral_queue, referral)
tm.flow(referral_queue, staff, referral, protocol="https")
tm.flow(staff, ticketing, staff_changes, protocol="https")
tm.flow(ticketing, staff, bookings, protocol="https")

# logging
tm.flow(agent, log_store, transcripts)
