"""Blood donor eligibility screening chatbot: the first design, before any security review.

The national blood service adds a chatbot to its website and donor app. Would-be
and returning donors answer the standard health, medication, lifestyle and travel
questions, ask about the published donor selection guidelines, learn whether they
can book now, must wait, or should speak to a nurse, and book a session slot.
A screening agent in the service's cloud tenancy runs the chat with a hosted LLM;
the eligibility outcome comes from a deterministic rules tool that encodes the
deferral rules, and a booking tool writes the appointment into the existing donor
records system and sends an SMS/e-mail confirmation. Returning donors sign in;
new donors chat as guests. Controls: TLS, rate limits and sign-in on the chat API,
a step limit on the agent, the vendor's content filter and a DPA with it, a
booking-only scope for the booking tool, and encryption, RBAC and audit logs on
the donor database. Staff repeat the health check at the session before donation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blood donor eligibility screening chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Public chatbot that pre-screens would-be blood donors on health and travel "
        "questions and books donation appointments."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Donor chat messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free-text answers about illnesses, medication, sexual behaviour, tattoos and travel.",
)
chat_reply = tg.Data("Chatbot replies", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far and retrieved guideline passages.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Next question or answer, plus the structured answers it extracted.",
)
guideline_docs = tg.Data(
    "Donor selection guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
travel_risk = tg.Data(
    "Travel deferral area lists",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Malaria, West Nile and other geographic risk areas with deferral periods.",
)
guideline_chunks = tg.Data(
    "Guideline passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
screening_answers = tg.Data(
    "Structured screening answers", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
eligibility = tg.Data(
    "Eligibility outcome",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Eligible, deferred until a date, or refer to a nurse, with the rule that fired.",
)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Session slots and booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
donor_record = tg.Data(
    "Donor records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Identity, contact details, blood group, donation and deferral history, appointments.",
)
deferral_history = tg.Data("Deferral history", kind="records", sensitivity=tg.Sensitivity.REGULATED)
notification = tg.Data("Appointment confirmation", kind="documents", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Screening transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the chat; returning donors also sign in.
    donor = tm.add(tg.Actor("Donor", role="would-be or returning blood donor"))
    # The public website chat widget and the donor app on donors' phones.
    donor_app = tm.add(
        tg.Device(
            "Donor app and website chat widget",
            description="Phone app and browser widget that only donors use.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Conversational model behind the vendor's API, EU region, under a DPA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model; the vendor's safety filter is on.",
            controls={
                c.Guardrails(note="vendor content filter"),
                c.SupplierAssessment(note="DPA, EU data residency"),
            },
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the booking confirmation by SMS and e-mail.
    notifier = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Public health agency", trust=tg.Trust.PARTNER):
    # Publishes the geographic risk areas the travel deferrals are based on.
    travel_feed = tm.add(
        tg.DataSource("Travel risk area feed", origin=tg.Origin.PARTNER, provides={travel_risk})
    )

with tm.boundary("Blood service cloud tenancy", trust=tg.Trust.INTERNAL):
    # Single entry point for the widget and the app.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.Authentication(
                    method="donor account e-mail and password; guests unauthenticated"
                ),
            },
        )
    )
    # Runs the screening conversation and decides when to check eligibility and book.
    agent = tm.add(
        tg.Agent(
            "Screening agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Books only a slot the donor has picked and confirmed in the chat.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Applies the coded deferral rules to the structured answers: the actual decision.
    rules_tool = tm.add(
        tg.Tool(
            "Eligibility rules tool",
            capabilities={"read"},
            description="Deterministic rules engine over the donor selection guidelines.",
        )
    )
    # Finds sessions near the donor and books the chosen slot.
    booking_tool = tm.add(
        tg.Tool(
            "Session booking tool",
            capabilities={"read", "write", "send-messages"},
            controls={c.LeastPrivilegeTools(note="API scope limited to sessions and appointments")},
        )
    )
    # Lets the agent quote the guidelines when donors ask questions.
    guideline_index = tm.add(tg.VectorStore("Guidelines index", stores={guideline_chunks}))
    # Chunks and embeds the guidelines and travel lists when they change.
    ingestion = tm.add(tg.Pipeline("Guidelines ingestion", stage=tg.Stage.INGESTION))
    # Kept for nurse follow-up and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Blood service core network", trust=tg.Trust.INTERNAL):
    # Owned by the clinical guidelines team; the published guidance.
    guidelines_repo = tm.add(
        tg.DataSource("Guidelines repository", origin=tg.Origin.INTERNAL, provides={guideline_docs})
    )
    # Donor services nurses call back donors the bot refers to them.
    nurse = tm.add(tg.Actor("Donor services nurse", role="clinical staff"))

    with tm.boundary("Donor database zone", trust=tg.Trust.RESTRICTED):
        # The existing system of record for donors, sessions and appointments.
        donor_db = tm.add(
            tg.DataStore(
                "Donor records and appointments system",
                stores={donor_record, deferral_history},
                controls={
                    c.EncryptionAtRest(key_management="database TDE"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=365),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(donor, donor_app, chat_message)
tm.flow(donor_app, donor, chat_reply)
tm.flow(donor_app, chat_api, chat_message, protocol="https")
tm.flow(chat_api, donor_app, chat_reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, chat_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, guideline_index, chat_message, label="similarity query")
tm.flow(guideline_index, agent, guideline_chunks, label="retrieved guidance")

tm.flow(agent, rules_tool, screening_answers)
tm.flow(rules_tool, agent, eligibility)
tm.flow(
    donor_db, rules_tool, deferral_history, protocol="https", label="returning donor's deferrals"
)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, donor_db, booking_request, protocol="https", label="create appointment")
tm.flow(donor_db, booking_tool, booking_result, protocol="https", label="session availability")
tm.flow(booking_tool, notifier, notification, protocol="https")
tm.flow(notifier, donor, notification, label="SMS and e-mail")

tm.flow(agent, transcript_store, transcripts, eligibility)
tm.flow(transcript_store, nurse, transcripts, protocol="https", label="referrals for callback")

tm.flow(guidelines_repo, ingestion, guideline_docs, protocol="https")
tm.flow(travel_feed, ingestion, travel_risk, protocol="https", label="weekly download")
tm.flow(ingestion, guideline_index, guideline_chunks)
tm.flow(ingestion, rules_tool, travel_risk, label="updates travel deferral table")
