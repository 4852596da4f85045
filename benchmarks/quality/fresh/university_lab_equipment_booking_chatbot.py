"""University lab equipment booking chatbot: the first design, before any security review.

Researchers book shared instruments (confocal microscopes, mass spectrometers, class 4
lasers) by chatting with an assistant in the research-facilities portal, from campus or
home, after signing in with the university's single sign-on (OIDC with MFA). An LLM
agent in the facilities team's cloud tenant answers questions from the instrument SOPs,
looks up free slots, checks the researcher's safety-training record held by the Health
& Safety office, and books or cancels slots in the existing booking system once the
researcher confirms the slot in the chat; a confirmation e-mail goes out through the
university mail relay. The LLM is a hosted model under the university's procurement
contract and DPA. The booking system keeps its own role-based access and audit log, and
the training-records database is encrypted at rest. Facility managers maintain
instruments, SOPs and training records.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "University lab equipment booking chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat assistant that books shared lab instruments after checking safety training.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Researcher chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Booking requests and questions; names, project codes, sample details.",
)
chat_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
id_token = tg.Data(
    "SSO identity token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OIDC ID token with the researcher's staff or student number.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, SOP excerpts and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
slot_query = tg.Data("Availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
free_slots = tg.Data(
    "Free instrument slots", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
training_query = tg.Data("Training record lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
training_status = tg.Data(
    "Training status result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Which inductions and safety courses the researcher holds, with expiry dates.",
)
booking_request = tg.Data(
    "Booking or cancellation request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Instrument bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Who booked which instrument when, with project code for recharging.",
)
training_records = tg.Data(
    "Safety training records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sops = tg.Data("Instrument SOPs", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
sop_chunks = tg.Data("SOP excerpts", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
confirmation_email = tg.Data("Booking confirmation e-mail", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Researchers use the portal from campus Wi-Fi, home and conference hotels.
    researcher = tm.add(tg.Actor("Researcher", role="researcher"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted chat model the agent reasons with; contracted through procurement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="university procurement review and DPA")},
        )
    )

with tm.boundary("University network", trust=tg.Trust.INTERNAL):
    # Central IT's identity provider; every portal sign-in goes through it.
    sso = tm.add(
        tg.ExternalService("University SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )
    # Central IT mail relay that sends the booking confirmations.
    mail_relay = tm.add(tg.ExternalService("University mail relay"))
    # Facility managers own the instruments, their SOPs and the inductions they give.
    facility_manager = tm.add(
        tg.Actor("Facility manager", role="facility manager", privileged=True)
    )

    with tm.boundary("Health and Safety office systems", trust=tg.Trust.INTERNAL):
        # System of record for inductions and safety courses; the chatbot only reads it.
        training_db = tm.add(
            tg.DataStore(
                "Training records database",
                stores={training_records},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE")},
            )
        )

with tm.boundary("Research facilities cloud tenant", trust=tg.Trust.INTERNAL):
    # The chat API behind the portal's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="university SSO (OIDC) with MFA")},
        )
    )
    # The LLM agent that holds the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers instrument questions, checks training, proposes and books slots.",
            controls={
                c.HumanInTheLoop(approver="the researcher confirms the proposed slot in the chat")
            },
        )
    )
    # Vector index of the instrument SOPs, so the agent can answer how-to questions.
    sop_index = tm.add(tg.VectorStore("SOP index", stores={sop_chunks}))
    # Read-only lookup of free slots in the booking system.
    availability_tool = tm.add(tg.Tool("Availability lookup tool", capabilities={"read"}))
    # Read-only lookup of the researcher's inductions for the instrument asked for.
    training_tool = tm.add(tg.Tool("Training check tool", capabilities={"read"}))
    # Creates and cancels bookings through the booking system's API.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete", "send-messages"},
            description="Uses the chatbot's service account on the booking system API; "
            "sends the confirmation e-mail after a booking.",
        )
    )
    # The facilities booking system already in use, now also written by the chatbot.
    booking_db = tm.add(
        tg.DataStore(
            "Booking system",
            stores={bookings},
            controls={c.RBAC(), c.AuditLogging(retention_days=365)},
        )
    )
    # Conversation transcripts kept for support and improving the prompts.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

# ---------------------------------------------------------------- flows
tm.flow(researcher, sso, id_token, protocol="oidc", label="sign-in")
tm.flow(sso, chat_api, id_token, protocol="oidc")
tm.flow(researcher, chat_api, chat_message, protocol="https")
tm.flow(chat_api, researcher, chat_reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, chat_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(sop_index, agent, sop_chunks, label="retrieved SOP excerpts")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, availability_tool, slot_query)
tm.flow(availability_tool, booking_db, slot_query, protocol="https")
tm.flow(booking_db, availability_tool, free_slots, protocol="https")
tm.flow(availability_tool, agent, free_slots)

tm.flow(agent, training_tool, training_query)
tm.flow(training_tool, training_db, training_query, protocol="https")
tm.flow(training_db, training_tool, training_records, protocol="https")
tm.flow(training_tool, agent, training_status)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, booking_db, booking_request, protocol="https")
tm.flow(booking_db, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, mail_relay, confirmation_email, protocol="smtp+starttls")
tm.flow(mail_relay, researcher, confirmation_email, protocol="smtp+starttls")

tm.flow(
    facility_manager, training_db, training_records, protocol="https", label="records inductions"
)
tm.flow(facility_manager, booking_db, bookings, protocol="https", label="blocks maintenance slots")
tm.flow(facility_manager, sop_index, sops, protocol="https", label="uploads SOPs")
