"""Citizen services chatbot: the first design, before any security review.

An EU city puts a chat widget on its website so residents can ask about city
services (waste collection, parking, registrations, permits) in plain language.
A chat API in the city's cloud tenant passes each message to an orchestrator
that retrieves passages from an index built nightly from the city's public web
pages and PDFs, and sends them with the question to a hosted LLM (EU region,
under a data processing agreement). Residents who sign in with the city's
identity service (OIDC) can ask about their own permit applications: the LLM
may call a read-only permit-status tool that queries the permit system with the
resident's token. During office hours the bot hands a conversation over to a
human agent in the city's contact-centre console. Transcripts are kept for
service improvement. The chat API is rate limited and size-checked, and the
vendor's content filter screens prompts and answers.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Citizen services chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="City website chatbot answering from public pages, with permit-status lookup.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Resident question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; residents often type names, addresses and case numbers.",
)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
id_token = tg.Data("Resident ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
login = tg.Data("Resident login credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
city_pages = tg.Data(
    "City web pages and PDFs",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
chunks = tg.Data(
    "Page chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, retrieved chunks, conversation so far and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Permit lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
permit_status = tg.Data(
    "Permit application status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Application number, address, stage, missing documents, case officer.",
)
permit_records = tg.Data(
    "Permit applications",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Human agent reply", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any visitor to the city website, signed in or not.
    resident = tm.add(tg.Actor("Resident", role="resident"))
    # The city's public site, crawled as any visitor would see it.
    city_site = tm.add(
        tg.DataSource(
            "City public website",
            origin=tg.Origin.PUBLIC_WEB,
            provides={city_pages},
            description="CMS pages plus linked PDFs (forms, council decisions, guides).",
        )
    )

with tm.boundary("LLM vendor (EU region)", trust=tg.Trust.PARTNER):
    # Hosted chat model with function calling; picked through public procurement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="vendor content filter on prompts and completions"),
                c.SupplierAssessment(note="procurement review and DPA, EU data residency"),
            },
        )
    )

with tm.boundary("City cloud tenant", trust=tg.Trust.INTERNAL):
    # Public entry point behind the website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30), c.InputValidation()},
        )
    )
    # Runs the conversation: retrieval, prompt assembly, LLM calls, tool calls, handover.
    orchestrator = tm.add(
        tg.Agent(
            "Chat orchestrator",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Calls the permit tool whenever the LLM asks for it; no approval step.",
        )
    )
    # Gives the LLM the status of the signed-in resident's own applications.
    permit_tool = tm.add(
        tg.Tool(
            "Permit status tool",
            capabilities={"read"},
            controls={
                c.Authentication(method="resident's OIDC token forwarded to the permit API"),
                c.LeastPrivilegeTools(note="read-only status endpoint"),
            },
        )
    )
    # Retrieval index over the city's public content.
    index = tm.add(tg.VectorStore("City content index", stores={chunks}))
    # Nightly crawl, chunking and embedding of the public site.
    indexer = tm.add(tg.Pipeline("Indexing pipeline", stage=tg.Stage.INGESTION))
    # Kept to review answers and improve the bot.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("City IT network", trust=tg.Trust.INTERNAL):
    # The city's existing resident login (OIDC), used by other e-services too.
    idp = tm.add(tg.ExternalService("City identity service", provides="identity-provider"))
    # Contact-centre tool where staff pick up conversations in office hours.
    console = tm.add(
        tg.Service("Live agent console", controls={c.Authentication(method="city staff SSO")})
    )
    # City contact-centre staff answering handed-over chats.
    human_agent = tm.add(tg.Actor("Contact centre agent", role="city staff"))

    with tm.boundary("Permit back office", trust=tg.Trust.RESTRICTED):
        # System of record for building and event permit applications.
        permit_system = tm.add(tg.DataStore("Permit system", stores={permit_records}))

# ---------------------------------------------------------------- flows
tm.flow(resident, idp, login, protocol="https", label="sign in")
tm.flow(idp, resident, id_token, protocol="https")
tm.flow(resident, chat_api, question, id_token, protocol="https")
tm.flow(chat_api, resident, answer, protocol="https")

tm.flow(chat_api, orchestrator, question, id_token)
tm.flow(orchestrator, chat_api, answer)

tm.flow(orchestrator, index, question, label="similarity query")
tm.flow(index, orchestrator, chunks, label="retrieved passages")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, tool_call, protocol="https")

tm.flow(orchestrator, permit_tool, tool_call, id_token)
tm.flow(permit_tool, orchestrator, permit_status)
tm.flow(permit_tool, permit_system, tool_call, id_token, protocol="https")
tm.flow(permit_system, permit_tool, permit_status, protocol="https")

tm.flow(orchestrator, transcript_store, transcripts)
tm.flow(orchestrator, console, transcripts, protocol="https", label="handover")
tm.flow(console, orchestrator, agent_reply, protocol="https")
tm.flow(human_agent, console, agent_reply, protocol="https")
tm.flow(console, human_agent, transcripts, protocol="https")

tm.flow(city_site, indexer, city_pages, protocol="https", label="nightly crawl")
tm.flow(indexer, index, chunks)
