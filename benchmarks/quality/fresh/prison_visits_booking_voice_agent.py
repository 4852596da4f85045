"""Prison visits booking voice agent: the first design, before any security review.

Friends and family of people in custody phone a single booking number to book a
social visit. A telecoms provider answers the call, turns the caller's speech into
text and posts each turn to our call-handling endpoint; the replies go back the same
way and are spoken to the caller. A voice agent built on a hosted LLM runs the
conversation: it identifies the caller by visitor reference number and date of
birth against the prison's approved visitor list, checks the prisoner's remaining
visit allowance, books a slot in the visits booking system and sends a confirmation
code by SMS, which the visitor shows at the gate with photo ID. The agent books
on its own; there is no officer in the loop for each booking. Visits officers
manage sessions and see bookings in the visits console. Everything runs in the
prison service's cloud tenancy except the records system, which stays on the
prison estate network. Calls are transcribed and kept for audit.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Prison visits booking voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Phone line on which approved visitors book social visits with an LLM voice agent.",
)

# ---------------------------------------------------------------- data assets
caller_speech = tg.Data("Caller speech", sensitivity=tg.Sensitivity.PII, kind="media")
spoken_reply = tg.Data("Spoken reply", sensitivity=tg.Sensitivity.PII, kind="media")
utterance = tg.Data(
    "Transcribed caller utterance",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="One turn of the call as text, posted by the telecoms provider.",
)
reply_text = tg.Data("Agent reply text", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Conversation prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the call so far and the tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="The next reply to speak, or the tool calls to make.",
)
visitor_lookup = tg.Data(
    "Visitor lookup call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Visitor reference number, date of birth and the prisoner's name or number.",
)
visitor_result = tg.Data(
    "Visitor lookup result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
allowance_query = tg.Data("Visit allowance query", sensitivity=tg.Sensitivity.PII, kind="tool-call")
allowance_result = tg.Data(
    "Visit allowance result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
booking_call = tg.Data(
    "Visit booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Prisoner, visitors in the party and the chosen session.",
)
booking_result = tg.Data("Booking result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
sms_call = tg.Data("Confirmation SMS request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
confirmation_sms = tg.Data(
    "Visit confirmation SMS",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Date, time, prison and the confirmation code shown at the gate.",
)
approved_visitors = tg.Data(
    "Approved visitor list",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Each prisoner's approved visitors: names, dates of birth, addresses, "
    "relationship, and any ban or closed-visits restriction.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
allowances = tg.Data(
    "Visit allowances",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Visits left this month per prisoner, from their incentive level.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bookings = tg.Data(
    "Visit bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Booked sessions with the visiting party and the confirmation code.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
sessions = tg.Data(
    "Visiting sessions and capacity", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
transcripts = tg.Data("Call transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can dial the booking number; approved visitors are the intended callers.
    visitor = tm.add(tg.Actor("Visitor", role="member of the public"))

with tm.boundary("Telecoms provider", trust=tg.Trust.PARTNER):
    # Answers the calls, does speech-to-text and text-to-speech, posts turns to us.
    voice_platform = tm.add(
        tg.ExternalService(
            "Telecoms voice platform",
            description="Hosted telephony with speech recognition and speech synthesis.",
        )
    )
    # Delivers the confirmation text messages to the visitor's phone.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The general-purpose model that drives the conversation and chooses tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="vendor assessed under the public-sector framework")
            },
        )
    )

with tm.boundary("Prison service cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives the provider's per-turn webhook calls and returns the reply to speak.
    call_endpoint = tm.add(
        tg.Endpoint(
            "Call handling endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="shared API key from the telecoms provider in a header"),
                c.RateLimiting(requests_per_minute=600),
            },
        )
    )
    # The LLM agent that runs the booking conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Visits booking voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Identifies the caller, checks the allowance, books and confirms.",
            controls={
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Looks the caller up on the approved visitor list of the named prisoner.
    visitor_tool = tm.add(
        tg.Tool(
            "Approved visitor lookup tool",
            capabilities={"read"},
            controls={
                c.Authentication(
                    method="visitor reference number and date of birth matched to the "
                    "approved visitor record"
                ),
                c.LeastPrivilegeTools(note="read-only service account on the visitor list"),
            },
        )
    )
    # Reads how many visits the prisoner has left this period.
    allowance_tool = tm.add(tg.Tool("Visit allowance check tool", capabilities={"read"}))
    # Creates the booking in a free session.
    booking_tool = tm.add(
        tg.Tool(
            "Visit booking tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(
                    rules="booking system refuses sessions that are full or not published "
                    "for that prison"
                )
            },
        )
    )
    # Sends the confirmation code to the phone number given on the call.
    sms_tool = tm.add(tg.Tool("Confirmation SMS tool", capabilities={"send-messages"}))
    # The visits booking system's database: sessions, capacity and bookings.
    bookings_db = tm.add(
        tg.DataStore(
            "Visits booking database",
            stores={bookings, sessions},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Transcripts of every call, kept for complaints and audit.
    transcript_store = tm.add(
        tg.DataStore(
            "Call transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Staff web console to manage sessions and see the day's bookings.
    console = tm.add(
        tg.Service(
            "Visits booking console",
            controls={c.Authentication(method="prison staff single sign-on"), c.RBAC()},
        )
    )

with tm.boundary("Prison estate network", trust=tg.Trust.RESTRICTED):
    # The prison records system that holds approved visitor lists and allowances.
    records = tm.add(
        tg.DataStore(
            "Prisoner records system",
            stores={approved_visitors, allowances},
            controls={c.EncryptionAtRest(), c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Prison staff network", trust=tg.Trust.INTERNAL):
    # Visits hall staff who run sessions and check visitors in at the gate.
    officer = tm.add(tg.Actor("Visits officer", role="prison visits staff"))

# ---------------------------------------------------------------- flows
tm.flow(visitor, voice_platform, caller_speech, protocol="pstn")
tm.flow(voice_platform, visitor, spoken_reply, protocol="pstn")
tm.flow(voice_platform, call_endpoint, utterance, protocol="https", label="per-turn webhook")
tm.flow(call_endpoint, voice_platform, reply_text, protocol="https")
tm.flow(call_endpoint, agent, utterance)
tm.flow(agent, call_endpoint, reply_text)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, visitor_tool, visitor_lookup)
tm.flow(visitor_tool, records, visitor_lookup, protocol="https", label="visitor list query")
tm.flow(records, visitor_tool, approved_visitors, protocol="https")
tm.flow(visitor_tool, agent, visitor_result)

tm.flow(agent, allowance_tool, allowance_query)
tm.flow(allowance_tool, records, allowance_query, protocol="https")
tm.flow(records, allowance_tool, allowances, protocol="https")
tm.flow(allowance_tool, agent, allowance_result)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, bookings_db, bookings)
tm.flow(bookings_db, booking_tool, sessions, bookings, label="free sessions and new booking")
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, sms_tool, sms_call)
tm.flow(sms_tool, sms_gateway, confirmation_sms, protocol="https")
tm.flow(sms_gateway, visitor, confirmation_sms, protocol="sms")

tm.flow(agent, transcript_store, transcripts)

tm.flow(officer, console, sessions, protocol="https", label="sets sessions and capacity")
tm.flow(console, officer, bookings, protocol="https")
tm.flow(console, bookings_db, sessions)
tm.flow(bookings_db, console, bookings)
