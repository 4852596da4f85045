"""Council tax discount eligibility chatbot: the first design, before any security review.

Residents open a chat window on the town council's public website and ask whether
they qualify for a council tax discount or exemption (single person discount,
student exemption, disabled band reduction, severe mental impairment disregard).
A chatbot agent in the council's cloud tenancy answers from the council's published
discount guidance, which an indexing job copies nightly from the website CMS into a
vector index, using an LLM hosted by a vendor under a UK data-processing agreement.
A resident who gives their council tax account number and postcode can have the
bot look up their band and current discounts in the revenues system, and can ask
it to start an application: the bot drafts it into the revenues team's work queue
and returns a reference. No discount is applied until a revenues officer has
assessed the application and its evidence. The chat API is rate limited and served
over HTTPS; transcripts are kept in an encrypted store for complaints handling.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Council tax discount eligibility chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Public website chatbot answering council tax discount questions and "
        "starting discount applications for residents."
    ),
)

# ---------------------------------------------------------------- data assets
resident_message = tg.Data(
    "Resident chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; residents often describe household, income or health circumstances.",
)
bot_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, conversation so far, guidance chunks and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reply text or a tool call chosen by the model.",
)
guidance = tg.Data(
    "Council tax discount guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
guidance_chunks = tg.Data(
    "Guidance chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
lookup_request = tg.Data(
    "Account lookup request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Council tax account number and postcode given by the resident.",
)
account_summary = tg.Data(
    "Council tax account summary",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Liable parties, property band, current discounts and balance.",
)
accounts = tg.Data(
    "Council tax accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
draft_application = tg.Data(
    "Draft discount application",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description=(
        "Applicant details, discount type and stated circumstances; for disability and "
        "severe mental impairment claims this includes health information."
    ),
)
application_reference = tg.Data(
    "Application reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
discount_award = tg.Data(
    "Discount decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public using the council website; no sign-in to chat.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model itself, consumed as an API hosted in a UK region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={
                c.SupplierAssessment(note="procurement review and UK data-processing agreement"),
                c.Guardrails(note="the vendor's default content filter"),
            },
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public entry point behind the website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="message length and character set limits"),
            },
        )
    )
    # Runs the conversation: retrieves guidance, calls the LLM, executes its tool calls.
    agent = tm.add(
        tg.Agent(
            "Discount chatbot agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers eligibility questions and drafts applications on request.",
            controls={c.CircuitBreaker(max_steps=6)},
        )
    )
    # The council's published guidance, so answers follow current policy.
    guidance_index = tm.add(tg.VectorStore("Guidance vector index", stores={guidance_chunks}))
    # Nightly job that chunks and embeds the discount pages from the CMS.
    indexer = tm.add(
        tg.Pipeline(
            "Guidance indexing job",
            stage=tg.Stage.INGESTION,
            description="Fetches published discount pages, chunks and embeds them.",
        )
    )
    # Lets the bot tell a resident what band and discounts their account already has.
    lookup_tool = tm.add(
        tg.Tool(
            "Account lookup tool",
            capabilities={"read"},
            description="Read-only call to the revenues system API.",
            controls={
                c.Authentication(
                    method="council tax account number and postcode matched to the account record"
                ),
                c.LeastPrivilegeTools(note="read-only API user on the revenues system"),
            },
        )
    )
    # Turns the conversation into a draft application for the revenues team.
    application_tool = tm.add(
        tg.Tool(
            "Application drafting tool",
            capabilities={"write"},
            description="Creates a draft discount application in the revenues work queue.",
            controls={
                c.HumanInTheLoop(
                    approver="revenues officer assesses every application before any discount"
                ),
            },
        )
    )
    # Kept so the council can answer complaints about what the bot said.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Website content management system where the guidance pages are published.
    cms = tm.add(
        tg.DataSource(
            "Website CMS",
            origin=tg.Origin.INTERNAL,
            provides={guidance},
            description="Guidance pages maintained by the revenues and web teams.",
        )
    )
    # Staff who assess applications and award or refuse discounts.
    officer = tm.add(tg.Actor("Revenues officer", role="council revenues staff"))

    with tm.boundary("Revenues zone", trust=tg.Trust.RESTRICTED):
        # System of record for council tax liability, bands and discounts.
        revenues = tm.add(
            tg.DataStore(
                "Council tax revenues system",
                stores={accounts},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.Authentication(method="council Active Directory sign-in"),
                },
            )
        )
        # Work queue where drafted applications wait for an officer.
        queue = tm.add(
            tg.DataStore(
                "Discount application queue",
                stores={draft_application},
                controls={c.RBAC()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(resident, chat_api, resident_message, protocol="https")
tm.flow(chat_api, resident, bot_reply, protocol="https")
tm.flow(chat_api, agent, resident_message)
tm.flow(agent, chat_api, bot_reply)

tm.flow(agent, guidance_index, resident_message, label="similarity query")
tm.flow(guidance_index, agent, guidance_chunks, label="retrieved guidance")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_request)
tm.flow(lookup_tool, revenues, lookup_request, protocol="https", label="revenues API")
tm.flow(revenues, lookup_tool, account_summary, protocol="https", label="revenues API")
tm.flow(lookup_tool, agent, account_summary)

tm.flow(agent, application_tool, draft_application)
tm.flow(application_tool, queue, draft_application, protocol="https")
tm.flow(queue, application_tool, application_reference, protocol="https")
tm.flow(application_tool, agent, application_reference)

tm.flow(agent, transcript_store, transcripts)

tm.flow(cms, indexer, guidance, protocol="https", label="nightly fetch")
tm.flow(indexer, guidance_index, guidance_chunks)

tm.flow(queue, officer, draft_application, protocol="https")
tm.flow(officer, revenues, discount_award, protocol="https", label="awards or refuses discount")
tm.flow(revenues, officer, accounts, protocol="https")
