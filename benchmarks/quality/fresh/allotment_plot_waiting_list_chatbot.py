"""Allotment waiting-list chatbot: the first design, before any security review.

The town council puts a chat assistant on its website so residents can ask about
allotments (rents, rules, site locations), join the plot waiting list and find out
their current position on it. The assistant is an LLM agent running in the
council's Azure tenancy; it calls a hosted LLM from a commercial vendor, answers
policy questions from an index of the council's own allotment web pages, and
uses two tools against the allotments management system in the council data
centre: one adds a resident to the waiting list, the other looks up a position
by waiting-list reference and postcode. New entries are confirmed by e-mail via
GOV.UK Notify. The allotments officer manages the list and offers plots in the
allotments system, signing in with council SSO and MFA. The chat endpoint is
rate limited, the vendor applies its content filter, the database is encrypted
at rest and the allotments system refuses duplicate or out-of-area entries.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Allotment waiting-list chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Council website chatbot answering allotment questions and managing "
    "waiting-list sign-ups and position checks.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Resident chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Prompt with conversation and guidance",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, tool definitions, the conversation so far and retrieved guidance.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
guidance = tg.Data("Allotment guidance pages", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
guidance_chunks = tg.Data(
    "Guidance chunks", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
join_call = tg.Data(
    "Join waiting list call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Name, home address, e-mail, phone and preferred sites.",
)
join_result = tg.Data(
    "New waiting-list reference", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
position_call = tg.Data(
    "Position lookup call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Waiting-list reference and postcode the resident typed.",
)
position_result = tg.Data(
    "Waiting-list position", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
entries = tg.Data(
    "Waiting-list entries",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
confirmation = tg.Data("Confirmation e-mail", sensitivity=tg.Sensitivity.PII, kind="records")
plot_offers = tg.Data(
    "Plot offers and list updates", sensitivity=tg.Sensitivity.PII, kind="records"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public using the council website.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The chat model is bought as an API, not hosted by the council.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government e-mail service the council already uses for confirmations.
    notify = tm.add(tg.ExternalService("GOV.UK Notify", description="Sends e-mails and texts."))

with tm.boundary("Council Azure tenancy", trust=tg.Trust.INTERNAL):
    # Public entry point behind the website's chat widget.
    chat = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="messages capped at 1,000 characters"),
            },
        )
    )
    # Runs the conversation: retrieves guidance, calls the LLM and the tools.
    assistant = tm.add(
        tg.Agent(
            "Allotment assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Joins residents to the list and reports positions without staff review.",
        )
    )
    # Answers policy questions from the council's own pages.
    guidance_index = tm.add(tg.VectorStore("Guidance index", stores={guidance_chunks}))
    # Rebuilds the index when the allotment pages change.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Lets the assistant add a resident to the waiting list.
    join_tool = tm.add(
        tg.Tool("Join waiting list tool", capabilities={"write"}, origin="first-party")
    )
    # Lets the assistant tell a resident where they are on the list.
    position_tool = tm.add(
        tg.Tool(
            "Waiting-list position tool",
            capabilities={"read"},
            origin="first-party",
            controls={
                c.Authentication(
                    method="waiting-list reference and postcode matched to the waiting-list record"
                )
            },
        )
    )
    # Kept so staff can look into complaints about the chatbot.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Council data centre", trust=tg.Trust.INTERNAL):
    # Existing line-of-business system the allotments team runs the list in.
    allotments = tm.add(
        tg.Service(
            "Allotments management system",
            controls={
                c.Authentication(method="council Entra ID single sign-on with MFA"),
                c.RBAC(),
                c.PolicyEnforcement(
                    rules="refuses a second entry for the same address and postcodes outside the borough"
                ),
            },
        )
    )
    # Holds the waiting list, tenancies and contact details.
    waiting_list_db = tm.add(
        tg.DataStore(
            "Waiting-list database",
            stores={entries},
            controls={c.EncryptionAtRest(key_management="SQL Server TDE")},
        )
    )
    # Council web content management system, source of the guidance pages.
    cms = tm.add(
        tg.DataSource("Council website CMS", origin=tg.Origin.INTERNAL, provides={guidance})
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Manages the list and offers plots as they come free.
    officer = tm.add(tg.Actor("Allotments officer", role="council staff"))

# ---------------------------------------------------------------- flows
tm.flow(resident, chat, message, protocol="https")
tm.flow(chat, resident, reply, protocol="https")
tm.flow(chat, assistant, message)
tm.flow(assistant, chat, reply)

tm.flow(assistant, guidance_index, message, label="similarity query")
tm.flow(guidance_index, assistant, guidance_chunks, label="retrieved guidance")
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, transcript_store, transcripts)

tm.flow(assistant, join_tool, join_call)
tm.flow(join_tool, assistant, join_result)
tm.flow(join_tool, allotments, join_call, protocol="https", label="create entry over site VPN")
tm.flow(allotments, join_tool, join_result, protocol="https")
tm.flow(assistant, position_tool, position_call)
tm.flow(position_tool, assistant, position_result)
tm.flow(position_tool, allotments, position_call, protocol="https", label="lookup over site VPN")
tm.flow(allotments, position_tool, position_result, protocol="https")

tm.flow(allotments, waiting_list_db, entries)
tm.flow(waiting_list_db, allotments, entries)
tm.flow(allotments, notify, confirmation, protocol="https")
tm.flow(notify, resident, confirmation, protocol="smtp", label="confirmation e-mail")

tm.flow(officer, allotments, plot_offers, protocol="https")
tm.flow(allotments, officer, entries, protocol="https")

tm.flow(cms, indexer, guidance, protocol="https", label="page export")
tm.flow(indexer, guidance_index, guidance_chunks)
