"""Children's hospice family support chatbot: the first design, before any security review.

Parents and relatives of children cared for by the hospice open a chat window on the
hospice website, without signing in, and ask about visiting hours, booking and
preparing for respite stays, and the bereavement support groups. An LLM agent in the
hospice's cloud tenant answers from the family information leaflets, which the family
support coordinator keeps in the hospice's document library and which a pipeline
indexes into a vector store. When a message sounds urgent (a child's condition, a
family in crisis) the agent calls an alert tool that texts a summary through an SMS
provider to the duty nurse's rota phone; the nurse reads the full conversation on a
staff console and calls the family back. Controls: a per-visitor rate limit and size
check on the chat API, the vendor's content filter, a step cap on the agent, Microsoft
365 sign-in with MFA and roles on the staff console, encrypted transcripts, HTTPS to
outside services, and an information governance review of the LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Children's hospice family support chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website chat answering families' questions, escalating urgent messages "
    "to the duty nurse.",
)

# ---------------------------------------------------------------- data assets
family_message = tg.Data(
    "Family chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text; often names the child and describes their condition.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with leaflet context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the conversation so far and the retrieved leaflet passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
leaflets = tg.Data(
    "Family information leaflets",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Visiting, respite stay and bereavement support leaflets.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
passages = tg.Data("Leaflet passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC)
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
urgent_alert = tg.Data(
    "Urgent family message alert",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The family's name, call-back number and a summary of the concern.",
)
alert_sms = tg.Data("Duty nurse SMS", kind="records", sensitivity=tg.Sensitivity.REGULATED)
transcript_request = tg.Data(
    "Transcript request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
delivery_status = tg.Data(
    "SMS delivery status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
sms_key = tg.Data("SMS provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents, siblings and grandparents using the website chat, anonymously.
    family = tm.add(tg.Actor("Family member", role="parent or relative"))

with tm.boundary("Hospice cloud tenant", trust=tg.Trust.INTERNAL):
    # The public chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Family chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20), c.InputValidation()},
        )
    )
    # The assistant: answers from the leaflets and decides when to alert the nurse.
    agent = tm.add(
        tg.Agent(
            "Family support assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers families directly and raises urgent alerts on its own.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Searchable copy of the leaflets for retrieval.
    index = tm.add(tg.VectorStore("Leaflet index", stores={passages}))
    # Chunks and embeds the leaflets whenever the library changes.
    indexer = tm.add(tg.Pipeline("Leaflet indexing pipeline", stage=tg.Stage.INGESTION))
    # Every conversation, so the nurse can read it and staff can review answers.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="Azure platform-managed keys")},
        )
    )
    # Sends the urgent alert to the duty nurse's rota phone via the SMS provider.
    alert_tool = tm.add(
        tg.Tool(
            "Duty nurse alert tool",
            capabilities={"send-messages"},
            description="Texts the duty nurse rota number only; the number is fixed in config.",
            controls={c.SecretsManagement(note="SMS API key in Azure Key Vault")},
        )
    )
    # Where the duty nurse and the family support team read conversations.
    console = tm.add(
        tg.Endpoint(
            "Staff console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(note="nurses and family support team only"),
            },
        )
    )

with tm.boundary("Hospice network", trust=tg.Trust.INTERNAL):
    # Keeps the approved leaflets up to date.
    coordinator = tm.add(tg.Actor("Family support coordinator", role="family support staff"))
    # The hospice's SharePoint library the leaflets are published from.
    library = tm.add(tg.DataStore("Leaflet document library", stores={leaflets}))
    # Receives urgent alerts and calls families back.
    nurse = tm.add(tg.Actor("Duty nurse", role="clinical staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the assistant, EU region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's content safety filter"),
                c.SupplierAssessment(note="reviewed by the information governance lead"),
            },
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway used for the nurse alerts.
    sms = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

# ---------------------------------------------------------------- flows
# The conversation.
tm.flow(family, chat_api, family_message, protocol="https")
tm.flow(chat_api, agent, family_message)
tm.flow(agent, index, family_message, label="similarity query")
tm.flow(index, agent, passages, label="retrieved leaflets")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, family, reply, protocol="https")

# Leaflets into the index.
tm.flow(coordinator, library, leaflets, label="publishes leaflets")
tm.flow(library, indexer, leaflets, protocol="https")
tm.flow(indexer, index, passages)

# Urgent escalation to the duty nurse.
tm.flow(agent, alert_tool, urgent_alert)
tm.flow(alert_tool, sms, alert_sms, sms_key, protocol="https")
tm.flow(sms, alert_tool, delivery_status, protocol="https")
tm.flow(alert_tool, agent, delivery_status)
tm.flow(sms, nurse, alert_sms, protocol="sms")
tm.flow(nurse, console, transcript_request, protocol="https", label="opens the conversation")
tm.flow(transcript_store, console, transcripts)
tm.flow(console, nurse, transcripts, protocol="https")
