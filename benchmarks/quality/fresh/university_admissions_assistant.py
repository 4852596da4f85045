"""University admissions assistant: the first design, before any security review.

Prospective students ask questions in a chat widget on the admissions website.
An assistant service in the university's cloud tenancy retrieves passages from
the public prospectus and FAQ (indexed nightly from the website CMS), builds a
prompt and sends it to a chat model hosted by a model provider under a signed
data processing agreement with EU data residency. Applicants who sign in through
the university's applicant SSO can also ask for the status of their application:
the assistant calls a read-only status lookup on the admissions records system,
scoped to the applicant id in the session. Conversations are stored, and those
the assistant cannot answer (or the applicant asks to escalate) appear in a
staff console used by admissions officers, who sign in with staff SSO and MFA.
Controls in this design: TLS on external traffic, per-IP rate limiting at the
chat API, the provider's default content filter, encryption at rest for stored
conversations and records, role-based access for staff. EU university: GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University admissions assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Public admissions chat answering from the prospectus and FAQ, with "
        "application-status lookups for signed-in applicants and staff escalation."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Applicant question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text typed into the widget; applicants often include names, grades, nationality.",
)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
sso_credentials = tg.Data(
    "Applicant login credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
id_token = tg.Data("Applicant session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
prompt = tg.Data(
    "Prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved prospectus passages and any status result.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Answer text or a function call requesting a status lookup.",
)
prospectus = tg.Data(
    "Prospectus and FAQ pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
passages = tg.Data(
    "Prospectus passages and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
)
status_call = tg.Data("Status lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
status_result = tg.Data(
    "Application status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Programme, decision stage, missing documents, offer conditions.",
)
applications = tg.Data(
    "Application records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Personal details, transcripts, references, disability and fee-status declarations.",
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
staff_notes = tg.Data("Staff handling notes", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the web can open the chat; signed-in applicants can also ask about their file.
    applicant = tm.add(tg.Actor("Applicant", role="prospective student"))

with tm.boundary("Model provider", trust=tg.Trust.PARTNER):
    # The chat model answering questions; hosted by the provider in its EU region.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, behind the provider's API.",
            controls={
                c.Guardrails(note="the provider's default content filter"),
                c.SupplierAssessment(note="DPA signed, EU data residency, no training on our data"),
            },
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public API behind the website widget; sign-in is only needed for status lookups.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per client IP at the API gateway"),
                c.Authentication(method="OIDC", note="required only for status lookups"),
            },
        )
    )
    # Applicant identity provider already used by the online application portal.
    applicant_sso = tm.add(
        tg.ExternalService("Applicant SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )
    # Orchestrates retrieval, calls the model and runs the status lookup it asks for.
    assistant = tm.add(
        tg.Agent(
            "Admissions assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers directly; escalates to staff when unsure or when asked.",
        )
    )
    # Read-only lookup of one applicant's status; the applicant id comes from the session.
    status_tool = tm.add(
        tg.Tool(
            "Application status lookup",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(
                    note="read-only service account, query bound to session applicant id"
                )
            },
        )
    )
    # Index of the public prospectus and FAQ that answers are grounded on.
    index = tm.add(tg.VectorStore("Prospectus index", stores={passages}))
    # Nightly job that chunks and embeds the published website content.
    indexer = tm.add(tg.Pipeline("Prospectus indexing job", stage=tg.Stage.INGESTION))
    # Website CMS where the admissions marketing team publishes prospectus and FAQ pages.
    cms = tm.add(tg.DataSource("Website CMS", origin=tg.Origin.INTERNAL, provides={prospectus}))
    # All conversations, with an escalation flag read by the staff console.
    conversations = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts, staff_notes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web console where admissions officers work escalated conversations.
    console = tm.add(
        tg.Service(
            "Staff escalation console",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Admissions systems", trust=tg.Trust.RESTRICTED):
    # The student records system holding every application: the system of record.
    records = tm.add(
        tg.DataStore(
            "Admissions records system",
            stores={applications},
            controls={c.EncryptionAtRest(), c.RBAC()},
        )
    )

with tm.boundary("University staff network", trust=tg.Trust.INTERNAL):
    # Admissions officers who take over escalated conversations.
    staff = tm.add(tg.Actor("Admissions officer", role="admissions staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(applicant, applicant_sso, sso_credentials, protocol="https", controls={tls})
tm.flow(applicant_sso, applicant, id_token, protocol="https", controls={tls})
tm.flow(applicant, chat_api, question, id_token, protocol="https", controls={tls})
tm.flow(chat_api, applicant_sso, id_token, label="token validation")
tm.flow(chat_api, assistant, question)
tm.flow(assistant, chat_api, answer)
tm.flow(chat_api, applicant, answer, protocol="https", controls={tls})

tm.flow(assistant, index, question, label="similarity query")
tm.flow(index, assistant, passages, label="retrieved passages")
tm.flow(assistant, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, assistant, completion, protocol="https", controls={tls})

tm.flow(assistant, status_tool, status_call)
tm.flow(status_tool, records, status_call, protocol="https")
tm.flow(records, status_tool, status_result, protocol="https")
tm.flow(status_tool, assistant, status_result)

tm.flow(assistant, conversations, transcripts, label="log and escalate")
tm.flow(conversations, console, transcripts, label="escalated conversations")
tm.flow(console, conversations, staff_notes)
tm.flow(console, staff, transcripts, protocol="https")
tm.flow(staff, console, staff_notes, protocol="https")
tm.flow(records, console, applications, label="officer opens the applicant's file")

tm.flow(cms, indexer, prospectus, label="nightly export")
tm.flow(indexer, index, passages)
