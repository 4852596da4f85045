"""Grants eligibility chatbot: the first design, before any security review.

The national enterprise agency offers small businesses a chat assistant on its
website. Owners describe their business and plans; an LLM agent searches an index
of the grant schemes that ministries and regional funding bodies publish, looks the
company up in the national business register and says which schemes may fit.
Eligibility questions are anonymous; to start an application the owner signs in
with the national eID and the agent creates a pre-filled draft in the grants
management system, which the owner completes and submits in the grants portal and
a grants officer assesses. The agent runs in the agency's government cloud; the
model is a commercial LLM hosted in the vendor's EU region. Controls: TLS, chat
rate limits, eID sign-in before drafting, the vendor's content filter, a step cap,
a confirmation before each draft, a draft-only service account, encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Government grants eligibility chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public chat assistant that matches small businesses to grant schemes "
    "and starts draft applications.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Business owner message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text about the business, its plans, turnover and staff; sole "
    "traders often give personal details.",
)
reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
identity = tg.Data(
    "eID identity assertion",
    sensitivity=tg.Sensitivity.PII,
    kind="credentials",
    description="Signed SAML assertion with the person's name and national identity number.",
)
prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
scheme_query = tg.Data("Scheme search query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
scheme_docs = tg.Data(
    "Grant scheme guidance",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Scheme rules, eligibility criteria, deadlines and FAQs as published.",
)
scheme_chunks = tg.Data(
    "Scheme guidance chunks", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
company_lookup = tg.Data(
    "Company number lookup", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
company_record = tg.Data(
    "Business register record",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Legal form, sector code, registration date, size class, directors' names.",
)
draft_request = tg.Data(
    "Draft application fields",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Scheme id, company number, contact person and the figures given in the chat.",
)
application = tg.Data(
    "Grant application",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
draft_ref = tg.Data(
    "Draft application reference", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
eid_login = tg.Data(
    "eID sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The public: any small-business owner (or anyone else) on the agency website.
    owner = tm.add(tg.Actor("Business owner", role="applicant"))

with tm.boundary("Other government agencies", trust=tg.Trust.PARTNER):
    # Signs owners in before an application draft is started.
    eid = tm.add(
        tg.ExternalService(
            "National eID service",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="The state's citizen sign-in (password plus authenticator app).",
        )
    )
    # Source of truth for the company facts the eligibility rules depend on.
    register = tm.add(
        tg.ExternalService(
            "National business register",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="REST API run by the companies registry.",
        )
    )
    # Where the scheme texts come from: each funding body publishes its own.
    publications = tm.add(
        tg.DataSource(
            "Funding bodies' scheme publications",
            origin=tg.Origin.PARTNER,
            provides={scheme_docs},
            description="Ministry and regional funding-body pages and PDFs, fetched nightly.",
        )
    )

with tm.boundary("LLM vendor EU region", trust=tg.Trust.PARTNER):
    # The language model behind the agent; the agency does not host models itself.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Commercial chat model under a government framework contract; "
            "the answer is guidance only, the funding body decides.",
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="government cloud framework procurement review"),
            },
        )
    )

with tm.boundary("Agency government cloud", trust=tg.Trust.INTERNAL):
    # The only entry point from the website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.Authentication(
                    method="national eID with authenticator app, asked before an "
                    "application draft is started; eligibility chat is anonymous"
                ),
            },
        )
    )
    # Where the owner completes, signs and submits the draft the assistant started.
    portal = tm.add(
        tg.Endpoint(
            "Grants application portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="national eID with authenticator app")},
        )
    )
    # Plans each turn: decides when to search schemes, look up the company or draft.
    assistant = tm.add(
        tg.Agent(
            "Grants assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Tool-calling LLM agent with a grants-only system prompt.",
            controls={
                c.CircuitBreaker(max_steps=8),
                c.HumanInTheLoop(
                    approver="the signed-in owner confirms in the chat before a draft is created"
                ),
            },
        )
    )
    # Lets the agent retrieve the scheme rules it must base its answer on.
    scheme_search = tm.add(tg.Tool("Scheme search tool", capabilities={"read"}))
    # Fetches the company facts for the company number the owner gives.
    register_lookup = tm.add(tg.Tool("Business register lookup tool", capabilities={"read"}))
    # Creates (never submits) a pre-filled application in the grants system.
    draft_tool = tm.add(
        tg.Tool(
            "Draft application tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="service account may create drafts only")},
        )
    )
    # Scheme texts, chunked and embedded for retrieval.
    scheme_index = tm.add(tg.VectorStore("Grant scheme index", stores={scheme_chunks}))
    # Nightly job that keeps the index in line with what funding bodies publish.
    ingestion = tm.add(tg.Pipeline("Scheme ingestion pipeline", stage=tg.Stage.INGESTION))
    # Kept for quality review and complaints handling.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Grants back office", trust=tg.Trust.RESTRICTED):
        # The agency's system of record for applications and awards.
        gms = tm.add(
            tg.DataStore(
                "Grants management system",
                stores={application},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Agency office network", trust=tg.Trust.INTERNAL):
    # Assesses submitted applications and reviews chat transcripts.
    officer = tm.add(tg.Actor("Grants officer", role="caseworker"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(owner, chat_api, question, protocol="https", controls={tls})
tm.flow(chat_api, owner, reply, protocol="https", controls={tls})
tm.flow(owner, eid, eid_login, label="signs in", protocol="https", controls={tls})
tm.flow(eid, chat_api, identity, protocol="https", label="SAML assertion", controls={tls})

tm.flow(chat_api, assistant, question, identity)
tm.flow(assistant, chat_api, reply)
tm.flow(assistant, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, assistant, completion, protocol="https", controls={tls})

tm.flow(assistant, scheme_search, scheme_query)
tm.flow(scheme_search, scheme_index, scheme_query, label="similarity query")
tm.flow(scheme_index, scheme_search, scheme_chunks)
tm.flow(scheme_search, assistant, scheme_chunks)

tm.flow(assistant, register_lookup, company_lookup)
tm.flow(register_lookup, register, company_lookup, protocol="https", controls={tls})
tm.flow(register, register_lookup, company_record, protocol="https", controls={tls})
tm.flow(register_lookup, assistant, company_record)

tm.flow(assistant, draft_tool, draft_request)
tm.flow(draft_tool, gms, application, protocol="https")
tm.flow(gms, draft_tool, draft_ref, protocol="https")
tm.flow(draft_tool, assistant, draft_ref)

tm.flow(assistant, transcript_store, transcripts)

tm.flow(owner, portal, application, protocol="https", label="completes and submits", controls={tls})
tm.flow(portal, owner, application, protocol="https", label="draft shown", controls={tls})
tm.flow(eid, portal, identity, protocol="https", label="SAML assertion", controls={tls})
tm.flow(portal, gms, application, protocol="https")
tm.flow(gms, portal, application, protocol="https")

tm.flow(publications, ingestion, scheme_docs, protocol="https", label="nightly fetch")
tm.flow(ingestion, scheme_index, scheme_chunks)

tm.flow(gms, officer, application, protocol="https", label="assessment")
tm.flow(transcript_store, officer, transcripts, protocol="https", label="quality review")
