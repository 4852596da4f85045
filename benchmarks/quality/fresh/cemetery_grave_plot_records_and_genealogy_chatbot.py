"""Cemetery records and genealogy chatbot: the first design, before any security review.

The council's bereavement services team runs three municipal cemeteries. A chat
widget on the council website, open to anyone without signing in, answers family
historians and bereaved families: where a grave is, who is buried in a plot, what
the burial register says, and how to buy a plot or the right of burial. An agent
in the council's cloud tenant searches a vector index of the digitised burial
registers (scans transcribed by a digitisation contractor, plus a nightly export
of recent burials from the cemetery management system) and the published fees
and regulations, asks the cemetery management system which plots are free through
a read-only lookup tool, and can file a plot purchase enquiry into the council's
case management system for staff to follow up. Answers come from a hosted LLM.
The chat endpoint is rate limited, transcripts are kept for 90 days, and the
council's records systems keep their existing role-based access and audit logs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cemetery records and genealogy chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Public chatbot answering grave location, burial record and plot purchase "
        "questions from digitised burial registers."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Visitor question",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Names of the deceased, relatives, and sometimes the visitor's own details.",
)
answer = tg.Data("Chatbot answer", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with register extracts",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation, retrieved register entries and tool results.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
scans = tg.Data(
    "Burial register scans and transcriptions",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Ledger pages from 1856 on: deceased, dates, plot, informant and grant holder.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
burial_records = tg.Data(
    "Burial records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
grant_holders = tg.Data(
    "Grave grant holder records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Living owners of the exclusive right of burial: names, addresses, phone numbers.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
fees = tg.Data("Cemetery fees and regulations", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
chunks = tg.Data(
    "Register chunks and embeddings", sensitivity=tg.Sensitivity.PII, kind="retrieved-context"
)
plot_query = tg.Data(
    "Plot availability query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
plot_status = tg.Data("Plot availability", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
enquiry_call = tg.Data(
    "Purchase enquiry submission", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
enquiry = tg.Data(
    "Plot purchase enquiry",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Visitor name, e-mail, phone, cemetery and plot of interest.",
)
case_ref = tg.Data("Enquiry reference", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Family historians, bereaved families and funeral directors; no account needed.
    visitor = tm.add(tg.Actor("Website visitor", role="member of the public"))

with tm.boundary("Digitisation contractor", trust=tg.Trust.PARTNER):
    # Delivers scanned ledger pages and their typed transcriptions in batches.
    contractor = tm.add(
        tg.DataSource(
            "Register digitisation deliveries",
            origin=tg.Origin.PARTNER,
            provides={scans},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the answers from the retrieved register entries.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API, EU region.",
        )
    )

with tm.boundary("Council cloud tenant", trust=tg.Trust.INTERNAL):
    # The chat widget's back end on the council website.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per browser session")},
        )
    )
    # Decides whether to search the registers, look up plots or file an enquiry.
    agent = tm.add(
        tg.Agent(
            "Cemetery chatbot agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Answers and files enquiries; staff handle every sale and any record change.",
        )
    )
    # Searchable copy of the registers and the published fees and regulations.
    index = tm.add(tg.VectorStore("Burial register index", stores={chunks, fees}))
    # Turns contractor deliveries, recent burials and fee documents into index chunks.
    indexer = tm.add(tg.Pipeline("Register indexing pipeline", stage=tg.Stage.INGESTION))
    # Reads which plots in a section are free, reserved or in use.
    plot_tool = tm.add(
        tg.Tool(
            "Plot availability lookup",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only database view of plot status")},
        )
    )
    # Opens a case for bereavement services staff to call the visitor back.
    enquiry_tool = tm.add(tg.Tool("Purchase enquiry form", capabilities={"write"}))
    # Conversations kept for quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Registrars who keep the burial register and sell plots.
    staff = tm.add(tg.Actor("Bereavement services staff", role="cemetery registrar"))

    with tm.boundary("Bereavement services systems", trust=tg.Trust.RESTRICTED):
        # The system of record for burials, plots and grant holders.
        cms = tm.add(
            tg.DataStore(
                "Cemetery management system",
                stores={burial_records, grant_holders},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(),
                    c.Authentication(method="council SSO with MFA"),
                },
            )
        )
        # The council's case system, where enquiries wait for staff.
        case_system = tm.add(
            tg.DataStore(
                "Case management system",
                stores={enquiry},
                controls={c.RBAC(), c.Authentication(method="council SSO with MFA")},
            )
        )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(visitor, chat, question, protocol="https", controls={tls})
tm.flow(chat, visitor, answer, protocol="https", controls={tls})
tm.flow(chat, agent, question)
tm.flow(agent, chat, answer)

tm.flow(agent, index, question, label="similarity search")
tm.flow(index, agent, chunks, fees, label="retrieved register entries")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, plot_tool, plot_query)
tm.flow(plot_tool, cms, plot_query, protocol="https")
tm.flow(cms, plot_tool, plot_status, protocol="https")
tm.flow(plot_tool, agent, plot_status)
tm.flow(agent, enquiry_tool, enquiry_call)
tm.flow(enquiry_tool, case_system, enquiry, protocol="https")
tm.flow(case_system, enquiry_tool, case_ref, protocol="https")
tm.flow(enquiry_tool, agent, case_ref)

tm.flow(contractor, indexer, scans, protocol="sftp", label="batch deliveries")
tm.flow(cms, indexer, burial_records, protocol="https", label="nightly export of recent burials")
tm.flow(staff, indexer, fees, protocol="https", label="publishes fees and regulations")
tm.flow(indexer, index, chunks, fees)

tm.flow(staff, cms, burial_records, grant_holders, label="registers burials and sales")
tm.flow(cms, staff, burial_records, grant_holders)
tm.flow(case_system, staff, enquiry)
