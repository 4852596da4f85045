"""Hospice bereavement support chatbot: the first design, before any security review.

Bereaved relatives of patients who died in the hospice's care open a chat widget on
the hospice's public website. A chatbot running in the hospice's cloud tenant answers
them with a hosted LLM, grounding its answers in the hospice's grief-support leaflets
and a directory of local support services, both indexed in a vector store by a
content editor. When a relative asks for it, the chatbot books a call with a
bereavement counsellor through a booking tool that writes to the hospice's scheduling
system. Every incoming message is screened by a self-harm risk classifier; a flagged
message makes the chatbot text the on-call counsellor through an SMS provider.
Transcripts are kept in an encrypted store for follow-up by the bereavement team.
Controls in this design: TLS on external links, a rate limit on the chat API, the LLM
vendor's safety filter, a booking API key scoped to one calendar, staff sign-in to the
scheduling system, and encryption at rest for transcripts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospice bereavement support chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website chatbot for bereaved families: grief-support answers, "
    "counsellor bookings and self-harm risk alerts to the on-call counsellor.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Relative's chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text about the death, grief and the relative's own state of mind.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with leaflet context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, recent conversation and retrieved leaflet passages.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The answer text, or a booking tool call with the chosen slot.",
)
leaflets = tg.Data("Grief-support leaflets", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
directory = tg.Data("Local services directory", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
passages = tg.Data(
    "Leaflet passages and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
)
risk_score = tg.Data("Self-harm risk score", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Relative's name, phone number and the requested slot.",
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
appointments = tg.Data(
    "Counselling appointments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
risk_alert = tg.Data(
    "Self-harm risk alert",
    sensitivity=tg.Sensitivity.PII,
    description="Relative's first name, call-back number and the flagged message.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the chat widget; no account is needed.
    relative = tm.add(tg.Actor("Bereaved relative", role="website visitor"))

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # The on-call counsellor receives alerts on a personal or hospice mobile phone.
    on_call = tm.add(tg.Actor("On-call counsellor", role="bereavement counsellor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The chat model is bought as an API, not hosted by the hospice.
    llm = tm.add(
        tg.LLM(
            "Hosted chat LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling, behind the vendor API.",
            controls={c.Guardrails(note="the vendor's built-in content safety filter")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the risk alerts as text messages.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Hospice cloud tenant", trust=tg.Trust.INTERNAL):
    # The public entry point the website's chat widget calls.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per browser session")},
        )
    )
    # Runs the conversation: retrieves leaflets, calls the LLM, calls tools.
    chatbot = tm.add(
        tg.Agent(
            "Bereavement chatbot",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books calls and sends risk alerts itself, with no staff approval.",
        )
    )
    # Screens every incoming message for signs of risk of self-harm.
    risk_model = tm.add(
        tg.Model(
            "Self-harm risk classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights text classifier; a score above 0.7 triggers an SMS alert.",
        )
    )
    # Grounds answers in the hospice's own material.
    index = tm.add(tg.VectorStore("Leaflet vector store", stores={passages}))
    # Chunks and embeds leaflets and the directory when the editor publishes them.
    indexer = tm.add(tg.Pipeline("Leaflet indexing pipeline", stage=tg.Stage.INGESTION))
    # Lets the chatbot create appointments in the scheduling system.
    booking_tool = tm.add(
        tg.Tool(
            "Counsellor booking tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="API key limited to the bereavement calendar")},
        )
    )
    # Sends the risk alert to the on-call counsellor's phone.
    sms_tool = tm.add(tg.Tool("SMS alert tool", capabilities={"send-messages"}))
    # Keeps conversations for follow-up by the bereavement team.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Hospice office network", trust=tg.Trust.INTERNAL):
    # The existing appointments system the counsellors already use.
    scheduling = tm.add(
        tg.Service(
            "Scheduling system",
            controls={c.Authentication(method="staff SSO with MFA")},
        )
    )
    # Publishes leaflets and keeps the services directory up to date.
    editor = tm.add(tg.Actor("Content editor", role="communications staff"))
    # Reads transcripts and the day's bookings to follow up with families.
    coordinator = tm.add(tg.Actor("Bereavement coordinator", role="bereavement staff"))

# ---------------------------------------------------------------- flows
tm.flow(relative, chat_api, message, protocol="https")
tm.flow(chat_api, chatbot, message)
tm.flow(chatbot, risk_model, message, label="screen each message")
tm.flow(risk_model, chatbot, risk_score)
tm.flow(chatbot, index, message, label="similarity query")
tm.flow(index, chatbot, passages, label="retrieved passages")
tm.flow(chatbot, llm, prompt, protocol="https")
tm.flow(llm, chatbot, completion, protocol="https")
tm.flow(chatbot, chat_api, reply)
tm.flow(chat_api, relative, reply, protocol="https")
tm.flow(chatbot, transcript_store, transcripts)

tm.flow(chatbot, booking_tool, booking_request)
tm.flow(booking_tool, scheduling, booking_request, protocol="https")
tm.flow(scheduling, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, chatbot, booking_result)

tm.flow(chatbot, sms_tool, risk_alert, label="risk above threshold")
tm.flow(sms_tool, sms_gateway, risk_alert, protocol="https")
tm.flow(sms_gateway, on_call, risk_alert, protocol="sms")

tm.flow(editor, indexer, leaflets, directory, protocol="https", label="publishes content")
tm.flow(indexer, index, passages)

tm.flow(transcript_store, coordinator, transcripts, protocol="https", label="follow-up review")
tm.flow(scheduling, coordinator, appointments, label="daily bookings")
