"""Blood donor eligibility screening agent: the first design, before any security review.

A national blood service in the EU adds a chat agent to its donor app and website.
Signed-in donors talk to it in the days before an appointment: it takes them through
the donor health questionnaire (travel, medication, recent illness, tattoos, sexual
history), checks their answers against the donor selection guidelines and their own
donation and deferral history, and books, moves or cancels donation sessions.
The agent never defers anyone itself: where an answer may mean a deferral it flags
the case to a donor nurse, who decides on a review console and records the outcome
in the donor management system. The language model is a hosted API in the vendor's
EU region under a signed processing agreement. Donors sign in with their existing
donor account; nurses use staff single sign-on. The donor management system is
encrypted and access-logged, and the session system already refuses bookings sooner
than the minimum interval between donations. Confirmations go out by SMS and e-mail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blood donor eligibility screening agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat agent that takes donors through the pre-donation health questionnaire, "
        "flags possible deferrals for nurses and books or cancels donation sessions."
    ),
)

# ---------------------------------------------------------------- data assets
donor_message = tg.Data(
    "Donor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free-text answers to health questions, booking requests.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System instructions, conversation so far, donor history summary, guideline passages.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
guidelines_doc = tg.Data(
    "Donor selection guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
guideline_passages = tg.Data(
    "Guideline passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
guideline_query = tg.Data(
    "Guideline search query", kind="prompt", sensitivity=tg.Sensitivity.REGULATED
)
donor_lookup_call = tg.Data(
    "Donor history lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
donor_history = tg.Data(
    "Donor history summary",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Last donation date, blood group, past deferrals and their reasons.",
)
donor_records = tg.Data(
    "Donor records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking_call = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
session_booking = tg.Data(
    "Session booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Book, move or cancel a donor's place at a donation session.",
)
session_slots = tg.Data("Session availability", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
confirmation = tg.Data(
    "Appointment confirmation message", kind="records", sensitivity=tg.Sensitivity.PII
)
deferral_flag = tg.Data(
    "Possible deferral flag",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The answers that may mean a deferral and the guideline the agent matched.",
)
questionnaire = tg.Data(
    "Questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcript = tg.Data("Screening chat transcript", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
review_case = tg.Data("Deferral review case", kind="records", sensitivity=tg.Sensitivity.REGULATED)
deferral_decision = tg.Data(
    "Nurse deferral decision", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public with a donor account, using the app or website.
    donor = tm.add(tg.Actor("Blood donor", role="donor"))

with tm.boundary("LLM vendor EU region", trust=tg.Trust.PARTNER):
    # The language model that drives the conversation; hosted, called over its API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="data processing agreement, EU-only processing")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends appointment confirmations and reminders by SMS and e-mail.
    messaging = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Blood service cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public chat API behind the donor app and website; donors must be signed in.
    chat_api = tm.add(
        tg.Endpoint(
            "Donor chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="donor account e-mail and password, SMS code on sign-in from a new device"
                ),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that runs the questionnaire and calls the tools below.
    agent = tm.add(
        tg.Agent(
            "Screening agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=20)},
            description="Asks the questionnaire, looks up guidance, books sessions, flags deferrals.",
        )
    )
    # Searchable copy of the published donor selection guidelines.
    guideline_index = tm.add(tg.VectorStore("Guidelines index", stores={guideline_passages}))
    # Re-indexes the guidelines whenever clinical governance publishes a new edition.
    indexing = tm.add(tg.Pipeline("Guidelines indexing job", stage=tg.Stage.INGESTION))
    # Read-only lookup of the signed-in donor's donation and deferral history.
    lookup_tool = tm.add(tg.Tool("Donor history lookup tool", capabilities={"read"}))
    # Books, moves and cancels donation sessions for the donor in the chat.
    booking_tool = tm.add(tg.Tool("Session booking tool", capabilities={"read", "write", "delete"}))
    # Opens a review case for a nurse when answers may mean a deferral.
    flag_tool = tm.add(
        tg.Tool(
            "Deferral flag tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(
                    approver="a donor nurse",
                    note="a flagged deferral takes effect only when a nurse confirms it",
                )
            },
        )
    )
    # Keeps each screening's answers and the chat transcript for the session team.
    screening_store = tm.add(
        tg.DataStore(
            "Screening record store",
            stores={questionnaire, transcript},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where nurses work through flagged cases before the donor's appointment.
    review_console = tm.add(
        tg.Service(
            "Nurse review console",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Donor records zone", trust=tg.Trust.RESTRICTED):
        # The blood service's system of record for donors.
        dms = tm.add(
            tg.DataStore(
                "Donor management system",
                stores={donor_records},
                controls={
                    c.EncryptionAtRest(key_management="HSM-backed keys"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Existing session and appointment system for donation venues.
        scheduling = tm.add(
            tg.Service(
                "Session scheduling system",
                controls={
                    c.PolicyEnforcement(
                        rules="refuses a booking sooner than the minimum inter-donation interval"
                    )
                },
            )
        )

with tm.boundary("Blood service staff network", trust=tg.Trust.INTERNAL):
    # Registered nurses who decide deferrals.
    nurse = tm.add(tg.Actor("Donor nurse", role="nurse"))
    # Clinical governance staff who publish each edition of the guidelines.
    governance = tm.add(tg.Actor("Clinical governance team", role="guideline author"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(donor, chat_api, donor_message, protocol="https", controls={tls})
tm.flow(chat_api, donor, agent_reply, protocol="https", controls={tls})
tm.flow(chat_api, agent, donor_message)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, guideline_index, guideline_query, label="similarity search")
tm.flow(guideline_index, agent, guideline_passages)
tm.flow(governance, indexing, guidelines_doc, label="publishes new edition")
tm.flow(indexing, guideline_index, guideline_passages)

tm.flow(agent, lookup_tool, donor_lookup_call)
tm.flow(lookup_tool, agent, donor_history)
tm.flow(lookup_tool, dms, donor_lookup_call)
tm.flow(dms, lookup_tool, donor_records)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, scheduling, session_booking)
tm.flow(scheduling, booking_tool, session_slots, booking_result)
tm.flow(scheduling, messaging, confirmation, protocol="https")
tm.flow(messaging, donor, confirmation, protocol="sms", label="SMS and e-mail")

tm.flow(agent, screening_store, questionnaire, transcript)
tm.flow(agent, flag_tool, deferral_flag)
tm.flow(flag_tool, review_console, review_case)
tm.flow(screening_store, review_console, questionnaire, transcript)
tm.flow(review_console, nurse, review_case, questionnaire, protocol="https")
tm.flow(nurse, review_console, deferral_decision, protocol="https")
tm.flow(review_console, dms, deferral_decision)
tm.flow(review_console, scheduling, session_booking, label="cancels deferred donor's session")
