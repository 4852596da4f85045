"""Tattoo studio consent and aftercare chatbot: the first design, before any security review.

A UK tattoo studio puts a chatbot on its website. Before an appointment the client
opens a link from their booking confirmation and the bot walks them through the
consent form and medical questions (allergies, skin conditions, medication,
pregnancy), then files the signed form; after the session it answers aftercare
questions from the studio's own aftercare sheets. An orchestrator in the studio's
cloud account calls a hosted LLM, looks up the appointment in the booking platform,
retrieves aftercare passages from a vector index and e-mails the client a copy of
the form. Artists read forms on the studio tablet through a staff dashboard.
Controls: TLS, a rate limit on the chat endpoint, booking reference plus e-mail to
open a consent session, Google Workspace sign-in with 2SV for staff, and the cloud
provider's encryption at rest on the form store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tattoo studio consent and aftercare chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website chatbot that collects consent and medical answers before "
    "appointments and answers aftercare questions.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Client chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text questions and answers typed by the client.",
)
bot_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
session_check = tg.Data(
    "Booking reference and e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What the client types to open a consent session.",
)
appointment = tg.Data(
    "Appointment details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Client name, contact details, artist, date, placement and design notes.",
)
medical_answers = tg.Data(
    "Medical questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Health data (GDPR Art. 9): allergies, conditions, medication, pregnancy.",
)
consent_form = tg.Data(
    "Signed consent form",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Consent, age declaration, typed signature and the medical answers.",
)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far (medical answers included) and "
    "retrieved aftercare passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
aftercare_sheets = tg.Data("Aftercare sheets", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
aftercare_passages = tg.Data(
    "Aftercare passages and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
)
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Whole conversations, kept for disputes about what the client was told.",
)
consent_copy = tg.Data(
    "Consent form copy e-mail", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with the website open can chat; clients use their own phones.
    client = tm.add(tg.Actor("Client", role="tattoo client"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; the studio trains nothing.
    llm = tm.add(
        tg.LLM(
            "Hosted chat LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Runs the consent questionnaire and answers aftercare questions.",
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # The booking platform the studio already uses; holds every appointment.
    booking = tm.add(
        tg.ExternalService(
            "Booking platform",
            description="Appointments, deposits and client contact details.",
        )
    )
    # Transactional e-mail provider that sends the client a copy of the signed form.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Studio cloud account", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.Authentication(
                    method="booking reference and e-mail address",
                    note="only for consent sessions; aftercare chat is open to anyone",
                ),
            },
        )
    )
    # Builds prompts, keeps the questionnaire state, files the finished form.
    orchestrator = tm.add(
        tg.Service(
            "Chat orchestrator",
            description="Calls the LLM, retrieves aftercare passages, looks up the "
            "appointment and writes the signed form when the client finishes.",
        )
    )
    # Embeddings of the studio's aftercare sheets, for retrieval.
    aftercare_index = tm.add(tg.VectorStore("Aftercare index", stores={aftercare_passages}))
    # Re-embeds the sheets whenever the owner uploads a new version.
    indexer = tm.add(tg.Pipeline("Aftercare indexing job", stage=tg.Stage.INGESTION))
    # Signed consent forms and medical answers, one record per appointment.
    form_store = tm.add(
        tg.DataStore(
            "Consent form store",
            stores={consent_form, medical_answers},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Full conversations, for the studio to check what the bot said.
    transcript_log = tm.add(tg.DataStore("Chat transcript log", stores={transcripts}))
    # Web dashboard where staff read forms and upload aftercare sheets.
    dashboard = tm.add(
        tg.Endpoint(
            "Staff dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace sign-in (OIDC) with 2SV")},
        )
    )

with tm.boundary("Studio premises", trust=tg.Trust.INTERNAL):
    # Reads the client's form and medical answers before starting the tattoo.
    artist = tm.add(tg.Actor("Tattoo artist", role="artist"))
    # Runs the studio; maintains the aftercare sheets and the bot's settings.
    owner = tm.add(tg.Actor("Studio owner", role="studio owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(
    client,
    chat_api,
    chat_message,
    session_check,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(
    chat_api,
    client,
    bot_reply,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(chat_api, orchestrator, chat_message, session_check)
tm.flow(orchestrator, chat_api, bot_reply)

tm.flow(orchestrator, booking, session_check, protocol="https", label="appointment lookup")
tm.flow(booking, orchestrator, appointment, protocol="https")

tm.flow(orchestrator, aftercare_index, chat_message, label="similarity query")
tm.flow(aftercare_index, orchestrator, aftercare_passages, label="retrieved aftercare")

tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")

tm.flow(orchestrator, form_store, consent_form, medical_answers, label="file signed form")
tm.flow(orchestrator, transcript_log, transcripts)
tm.flow(orchestrator, mailer, consent_copy, protocol="https")
tm.flow(mailer, client, consent_copy, protocol="smtp", label="copy of signed form")

tm.flow(form_store, dashboard, consent_form, medical_answers)
tm.flow(transcript_log, dashboard, transcripts)
tm.flow(dashboard, artist, consent_form, medical_answers, protocol="https")
tm.flow(dashboard, owner, transcripts, protocol="https")
tm.flow(owner, dashboard, aftercare_sheets, protocol="https", label="upload aftercare sheets")
tm.flow(dashboard, indexer, aftercare_sheets)
tm.flow(indexer, aftercare_index, aftercare_passages)
