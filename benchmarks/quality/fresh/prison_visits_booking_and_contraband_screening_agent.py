"""Prison visits booking and contraband screening agent: the first design, before review.

Families and friends of prisoners book social visits by chatting with an LLM agent
on the prison's public booking site, signed in with a visitor account. The agent,
running in the prison service's cloud tenancy, calls a hosted LLM, checks the
visitor against the prisoner's approved visitor list and any visit bans held in
the offender management system, and books a slot in the visits booking system.
For every booking it also calls a screening tool that scores the visit with an
in-house contraband risk model, fed from the security intelligence database; visits
above the threshold are flagged for an enhanced search. Visits hall officers see
the day's list with its flags on a console inside the prison network and record
what each search found. Confirmations go out by SMS and e-mail through a messaging
provider. Controls in this design: visitor sign-in and rate limits on the chat,
a step limit on the agent, role-based access and encryption on the prison's
records, a scoped booking tool, audit of flags and a 90-day chat retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Prison visits booking and contraband screening agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that books prison social visits for families, checks approved "
    "visitor lists and bans, and flags visits for enhanced contraband searches.",
)

# ---------------------------------------------------------------- data assets
visit_request = tg.Data(
    "Visitor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Who the visitor is, which prisoner they want to see and when.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation and tool results so far.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
approval_query = tg.Data(
    "Visitor approval lookup",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Visitor name and date of birth with the prisoner number.",
)
approved_list = tg.Data(
    "Approved visitor list and visit bans",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The prisoner's approved visitors, restrictions and bans on visitors.",
)
approval_result = tg.Data(
    "Visitor approval check result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
booking_request = tg.Data("Slot booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
availability = tg.Data("Visit slot availability", kind="records")
booking = tg.Data(
    "Visit booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
screening_request = tg.Data(
    "Visit screening request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
intel = tg.Data(
    "Visitor intelligence history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Intelligence reports and past finds linked to the visitor and prisoner.",
)
risk_features = tg.Data(
    "Visit risk features", kind="features", sensitivity=tg.Sensitivity.REGULATED
)
risk_score = tg.Data(
    "Contraband risk score", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
search_flag = tg.Data(
    "Enhanced search flag",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
screening_result = tg.Data(
    "Screening recorded", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
visits_list = tg.Data(
    "Daily visits list with search flags", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
search_outcome = tg.Data("Search outcome", kind="records", sensitivity=tg.Sensitivity.REGULATED)
notification = tg.Data(
    "Booking confirmation message", kind="records", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prisoners' families and friends booking a social visit.
    visitor = tm.add(tg.Actor("Prison visitor", role="visitor"))

with tm.boundary("Prison service cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public booking chat on the prison's website.
    chat = tm.add(
        tg.Endpoint(
            "Visits booking chat",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="visitor account with e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Visits booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Checks the visitor, books the slot and requests screening, "
            "with no member of staff in the loop.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Read-only look-up of the approved visitor list and bans.
    approval_tool = tm.add(
        tg.Tool(
            "Visitor approval check tool",
            capabilities={"read"},
            description="Returns whether the visitor is on the prisoner's approved list "
            "and whether a ban applies.",
        )
    )
    # Books the slot in the visits booking system.
    slot_tool = tm.add(
        tg.Tool(
            "Visit slot booking tool",
            capabilities={"read", "write", "send-messages"},
            description="Reserves a slot and sends the booking confirmation.",
            controls={
                c.LeastPrivilegeTools(note="service account limited to the visits booking API")
            },
        )
    )
    # Scores each booking and writes the enhanced-search flag.
    flag_tool = tm.add(
        tg.Tool(
            "Search flagging tool",
            capabilities={"read", "write"},
            description="Gathers the visitor's intelligence history, asks the risk model "
            "for a score and flags the visit above the threshold.",
            controls={c.AuditLogging()},
        )
    )
    # Slots, bookings and search flags for every establishment.
    visits_db = tm.add(
        tg.DataStore(
            "Visits booking system",
            stores={availability, booking, search_flag, search_outcome},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Chat history kept for complaints and service improvement.
    chat_log = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations to visitors.
    messaging = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Prison secure network", trust=tg.Trust.RESTRICTED):
    # The system of record for prisoners, their approved visitors and bans.
    omis = tm.add(
        tg.DataStore(
            "Offender management system",
            stores={approved_list},
            controls={
                c.RBAC(),
                c.EncryptionAtRest(),
                c.AuditLogging(),
            },
        )
    )
    # Security department's intelligence reports and search finds.
    intel_db = tm.add(
        tg.DataStore(
            "Security intelligence database",
            stores={intel},
            controls={c.RBAC(), c.EncryptionAtRest()},
        )
    )
    # In-house classifier trained on past visits and contraband finds.
    risk_model = tm.add(
        tg.Model(
            "Contraband risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Scores the chance that a visit is used to pass contraband.",
        )
    )
    # Where visits hall staff see the list and record search outcomes.
    console = tm.add(
        tg.Service(
            "Visits hall console",
            controls={
                c.Authentication(method="staff smartcard and own PIN"),
                c.RBAC(),
            },
        )
    )
    # Officers who run the visits hall and carry out the searches.
    officer = tm.add(tg.Actor("Visits hall officer", role="prison officer"))

# ---------------------------------------------------------------- flows
tm.flow(visitor, chat, visit_request, protocol="https")
tm.flow(chat, agent, visit_request)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, chat_log, transcripts)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, visitor, agent_reply, protocol="https")

tm.flow(agent, approval_tool, approval_query)
tm.flow(approval_tool, omis, approval_query, protocol="https")
tm.flow(omis, approval_tool, approved_list, protocol="https")
tm.flow(approval_tool, agent, approval_result)

tm.flow(agent, slot_tool, booking_request)
tm.flow(visits_db, slot_tool, availability)
tm.flow(slot_tool, visits_db, booking)
tm.flow(slot_tool, agent, booking_result)
tm.flow(slot_tool, messaging, notification, protocol="https")
tm.flow(messaging, visitor, notification, protocol="sms")

tm.flow(agent, flag_tool, screening_request)
tm.flow(intel_db, flag_tool, intel, protocol="https")
tm.flow(flag_tool, risk_model, risk_features, protocol="https")
tm.flow(risk_model, flag_tool, risk_score, protocol="https")
tm.flow(flag_tool, visits_db, search_flag)
tm.flow(flag_tool, agent, screening_result)

tm.flow(visits_db, console, visits_list, protocol="https")
tm.flow(console, officer, visits_list)
tm.flow(officer, console, search_outcome)
tm.flow(console, visits_db, search_outcome, protocol="https")
