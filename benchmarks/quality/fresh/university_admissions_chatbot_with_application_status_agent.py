"""University admissions chatbot with an application status agent: the first design.

A chat widget on the admissions website answers prospective students' questions
about programmes, entry requirements, fees and deadlines from an index of the
university's own admissions pages, re-built nightly from the website CMS. Applicants
who sign in with their applicant portal account (via the university's hosted
identity provider) can also ask where their application stands: the LLM agent then
calls a status tool that reads the admissions CRM and tells them their decision
stage and which documents are still missing. Questions it cannot answer are handed
to the admissions team's enquiries queue, and an admissions officer replies by e-mail.
The agent and its tools run in the university's cloud; the LLM is a hosted API under
a data processing agreement. The chat API is rate-limited, the status tool uses a
read-only CRM account, and conversations are logged for quality review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University admissions chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Public admissions Q&A chatbot that also tells signed-in applicants "
    "their application status and missing documents.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Applicant question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
portal_login = tg.Data(
    "Applicant portal login",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="E-mail address and password of the applicant portal account.",
)
id_token = tg.Data("Applicant ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, signed-in applicant ID, "
    "retrieved page chunks and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Answer text or a tool call chosen by the model.",
)
pages = tg.Data("Admissions web pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
chunks = tg.Data("Page chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC)
status_call = tg.Data(
    "Status lookup",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant ID to look up.",
)
status = tg.Data(
    "Application status and missing documents",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
)
applications = tg.Data(
    "Application records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Personal details, qualifications, references, document checklist and "
    "decision stage; some include disability or criminal-conviction declarations.",
)
handoff = tg.Data("Handoff request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
enquiry = tg.Data("Admissions enquiry", kind="records", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Officer reply", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website: prospective students, applicants, and whoever else.
    applicant = tm.add(tg.Actor("Applicant", role="prospective student"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Hosted customer-identity service behind the applicant portal login.
    idp = tm.add(tg.ExternalService("Applicant identity provider", provides="identity-provider"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Reads the conversation and decides whether to answer or call a tool.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the provider's content filter"),
                c.SupplierAssessment(note="DPA signed; EU region; no training on prompts"),
            },
        )
    )

with tm.boundary("University cloud", trust=tg.Trust.INTERNAL):
    # Backend of the website chat widget; anonymous or signed-in sessions.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.Authentication(
                    method="OIDC ID token from the applicant portal login (e-mail and password)",
                    note="optional: only needed for status questions",
                ),
            },
        )
    )
    # The LLM agent: retrieves page chunks, calls tools, writes the answer.
    agent = tm.add(
        tg.Agent(
            "Admissions agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Puts the signed-in applicant's ID from the session into its "
            "context and answers without staff review.",
            controls={c.CircuitBreaker(max_steps=6)},
        )
    )
    # What the agent answers general questions from.
    index = tm.add(tg.VectorStore("Admissions knowledge index", stores={chunks}))
    # Nightly rebuild of the index from the published admissions pages.
    indexer = tm.add(tg.Pipeline("Nightly page indexing", stage=tg.Stage.INGESTION))
    # The university's own web content management system.
    cms = tm.add(tg.DataSource("Website CMS", origin=tg.Origin.INTERNAL, provides={pages}))
    # Looks up an application for the agent.
    status_tool = tm.add(
        tg.Tool(
            "Application status tool",
            capabilities={"read"},
            description="Takes an applicant ID and returns the decision stage and the "
            "outstanding document checklist from the admissions CRM.",
            controls={c.LeastPrivilegeTools(note="read-only CRM API user")},
        )
    )
    # Hands a conversation to the admissions team.
    handoff_tool = tm.add(
        tg.Tool("Handoff to admissions team", capabilities={"write", "send-messages"})
    )
    # The admissions team's shared enquiries queue.
    enquiries = tm.add(tg.DataStore("Admissions enquiries queue", stores={enquiry}))
    # Conversation logs for quality review and improving the pages.
    chat_logs = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Admissions systems", trust=tg.Trust.RESTRICTED):
    # System of record for applications.
    crm = tm.add(
        tg.DataStore(
            "Admissions CRM",
            stores={applications},
            controls={
                c.RBAC(),
                c.EncryptionAtRest(key_management="vendor-managed"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("University staff network", trust=tg.Trust.INTERNAL):
    # Works the enquiries queue and the CRM.
    officer = tm.add(tg.Actor("Admissions officer", role="admissions staff"))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(applicant, idp, portal_login, protocol="https")
tm.flow(idp, applicant, id_token, protocol="oidc")
tm.flow(applicant, chat_api, id_token, protocol="https", label="session sign-in")

# conversation
tm.flow(
    applicant,
    chat_api,
    question,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.3")},
)
tm.flow(chat_api, agent, question)
tm.flow(agent, index, question, label="similarity query")
tm.flow(index, agent, chunks, label="retrieved chunks")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, status_tool, status_call)
tm.flow(status_tool, crm, status_call, protocol="https")
tm.flow(crm, status_tool, applications, protocol="https")
tm.flow(status_tool, agent, status)
tm.flow(agent, handoff_tool, handoff)
tm.flow(handoff_tool, enquiries, enquiry)
tm.flow(agent, chat_logs, transcripts)
tm.flow(agent, chat_api, answer)
tm.flow(chat_api, applicant, answer, protocol="https")

# indexing
tm.flow(cms, indexer, pages, label="nightly export")
tm.flow(indexer, index, chunks)

# admissions team
tm.flow(enquiries, officer, enquiry)
tm.flow(officer, enquiries, reply)
tm.flow(enquiries, applicant, reply, protocol="smtp", label="e-mail reply")
tm.flow(officer, crm, applications, label="updates applications")
tm.flow(crm, officer, applications)
