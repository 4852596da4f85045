"""Course advisor agent: the first design, before any security review.

Students open an advising chat in the university's student portal after signing
in through the university's SSO with MFA. An advising agent in the university's
cloud tenant answers questions about degree requirements from an index of the
course catalogue, rebuilt nightly from the registrar's catalogue system, and
reads the student's transcript from the on-campus student information system
(SIS) to build a suggested schedule. When the student confirms in the chat, the
agent registers them in the chosen sections through the SIS registration API.
The model is a hosted LLM from a vetted vendor with its default content filter.
Both SIS tools use one integration service account whose secret is in the cloud
key vault. Conversations are kept so that human advisors can follow up.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Course advisor agent",
    profile=tg.RiskProfile.HIGH,
    description="Degree-planning chat that reads transcripts and registers students in courses.",
)

# ---------------------------------------------------------------- data assets
sso_credentials = tg.Data(
    "Student SSO credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
session_token = tg.Data(
    "Portal session token", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
question = tg.Data("Student question", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data(
    "Advising reply and suggested schedule", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
catalogue = tg.Data(
    "Course catalogue and degree requirements",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
catalogue_chunks = tg.Data(
    "Catalogue chunks", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
llm_prompt = tg.Data(
    "Advising prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, chat history, catalogue chunks and transcript excerpts.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
transcript_query = tg.Data("Transcript lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
transcript = tg.Data(
    "Student transcript",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Courses, grades, GPA, holds and academic standing (FERPA education record).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
registration_request = tg.Data(
    "Registration request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Student id, term and course section numbers.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
registration_result = tg.Data(
    "Registration result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
sis_credentials = tg.Data(
    "SIS service account secret", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
conversation_log = tg.Data("Advising conversations", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any enrolled student, from any device.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The university's SaaS single sign-on tenant, with MFA.
    idp = tm.add(tg.ExternalService("University SSO", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that plans answers and tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="enterprise contract: no training on our data"),
            },
        )
    )

with tm.boundary("University cloud tenant", trust=tg.Trust.INTERNAL):
    # The chat API behind the student portal.
    portal = tm.add(
        tg.Endpoint(
            "Advising chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="SAML SSO with MFA"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Answers questions, builds schedules and calls the SIS tools.
    agent = tm.add(
        tg.Agent(
            "Advising agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.HumanInTheLoop(approver="the student, confirming in the chat")},
        )
    )
    # Searchable index of the public catalogue and degree requirements.
    catalogue_index = tm.add(tg.VectorStore("Catalogue index", stores={catalogue_chunks}))
    # Nightly job that chunks and embeds the catalogue.
    indexer = tm.add(tg.Pipeline("Catalogue indexing job", stage=tg.Stage.INGESTION))
    # Reads the signed-in student's transcript from the SIS.
    transcript_tool = tm.add(
        tg.Tool(
            "Transcript lookup tool",
            capabilities={"read"},
            description="Student id comes from the session, not from the model.",
            controls={c.SecretsManagement(note="service account secret in the cloud key vault")},
        )
    )
    # Adds the student to course sections after they confirm.
    registration_tool = tm.add(
        tg.Tool(
            "Registration tool",
            capabilities={"write"},
            controls={
                c.SecretsManagement(note="same service account, secret in the cloud key vault"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Chat history and suggested schedules, for advisors' follow-up.
    conversations = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={conversation_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Campus network", trust=tg.Trust.INTERNAL):
    # Registrar's catalogue management system: the source of truth for courses.
    catalogue_source = tm.add(
        tg.DataSource("Registrar catalogue system", origin="internal", provides={catalogue})
    )
    # Human advisors who review conversations and follow up with students.
    advisor = tm.add(tg.Actor("Academic advisor", role="advisor"))

    with tm.boundary("Campus data center", trust=tg.Trust.RESTRICTED):
        # System of record for transcripts and enrolment.
        sis = tm.add(
            tg.DataStore(
                "Student information system",
                stores={transcript, registration_request},
                controls={c.RBAC(), c.EncryptionAtRest()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(student, idp, sso_credentials, protocol="https")
tm.flow(idp, student, session_token, protocol="https", label="SAML assertion")
tm.flow(student, portal, question, session_token, protocol="https")
tm.flow(portal, student, reply, protocol="https")
tm.flow(portal, agent, question)
tm.flow(agent, portal, reply)

tm.flow(agent, catalogue_index, question, label="similarity query")
tm.flow(catalogue_index, agent, catalogue_chunks)
tm.flow(catalogue_source, indexer, catalogue, protocol="https", label="nightly export")
tm.flow(indexer, catalogue_index, catalogue_chunks)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, transcript_tool, transcript_query)
tm.flow(
    transcript_tool,
    sis,
    transcript_query,
    sis_credentials,
    protocol="https",
    label="SIS API over VPN",
)
tm.flow(sis, transcript_tool, transcript, protocol="https", label="SIS API over VPN")
tm.flow(transcript_tool, agent, transcript)

tm.flow(agent, registration_tool, registration_request, label="after student confirms")
tm.flow(
    registration_tool,
    sis,
    registration_request,
    sis_credentials,
    protocol="https",
    label="SIS API over VPN",
)
tm.flow(sis, registration_tool, registration_result, protocol="https", label="SIS API over VPN")
tm.flow(registration_tool, agent, registration_result)

tm.flow(agent, conversations, conversation_log)
tm.flow(conversations, advisor, conversation_log, protocol="https", label="advisor dashboard")
