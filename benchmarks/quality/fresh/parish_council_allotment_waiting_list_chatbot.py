"""Allotment chatbot: the first design, before any security review.

An English parish council puts a chat widget on its website so residents can ask
about its allotment sites (rules, rents, plot sizes, how the waiting list works),
join the waiting list, check their place on it, and report plots left overgrown or
unsafe. An LLM agent, hosted in the council's small Azure subscription, answers
from an index of the council's allotment documents and calls a hosted LLM API. It
has two tools: one reads and writes the waiting list (a SharePoint list in the
council's Microsoft 365 tenant) and one e-mails complaints to the clerk's mailbox.
Joining adds an entry straight away; residency is checked by the clerk only when a
plot is offered. To see their place a resident gives the reference they got on
joining and their postcode. The chat API is rate-limited; the complaint tool can
only mail the clerk; the clerk signs in to Microsoft 365 with MFA. The clerk uploads
the policy documents that are indexed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parish allotment chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Website chatbot for allotment questions, waiting-list sign-up and position "
        "checks, and plot-condition complaints forwarded to the parish clerk."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Resident chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with allotment context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far, retrieved chunks and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
query_vector = tg.Data("Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.PII)
chunks = tg.Data(
    "Allotment information chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
policy_docs = tg.Data(
    "Allotment policy documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Tenancy agreement, site rules, rents and the waiting-list policy.",
)
doc_vectors = tg.Data("Document embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PUBLIC)
application = tg.Data(
    "Waiting list application",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, e-mail, phone and preferred site.",
)
position_query = tg.Data(
    "Waiting list position query",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Reference number and postcode.",
)
position = tg.Data(
    "Waiting list reference and position", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
entries = tg.Data(
    "Waiting list entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
complaint = tg.Data(
    "Plot-condition complaint",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Site, plot number, what is wrong, and the resident's name and contact.",
)
complaint_mail = tg.Data("Complaint e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
sent = tg.Data("Complaint sent confirmation", kind="tool-result")
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents (and anyone else) using the widget on the council website.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that answers and decides which tool to call.
    llm = tm.add(tg.LLM("Hosted chat LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # Hosted embedding model for documents and questions.
    embedder = tm.add(
        tg.Model("Hosted embedding model", task=tg.Task.EMBEDDING, origin="third-party-api")
    )

with tm.boundary("Council Azure subscription", trust=tg.Trust.INTERNAL):
    # HTTPS API behind the website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per IP address")},
        )
    )
    # The LLM agent: retrieves context, calls the model and the two tools.
    agent = tm.add(
        tg.Agent(
            "Allotment chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Adds waiting-list entries and forwards complaints without a "
            "person approving each one.",
        )
    )
    # Index of the council's allotment documents.
    index = tm.add(tg.VectorStore("Allotment information index", stores={chunks, doc_vectors}))
    # Joins residents to the list and looks up their position.
    list_tool = tm.add(
        tg.Tool(
            "Waiting list tool",
            capabilities={"read", "write"},
            description="Adds an entry, or returns the position of the entry whose "
            "reference number and postcode both match.",
            controls={
                c.Authentication(
                    method="waiting list reference number and postcode matched to the entry"
                )
            },
        )
    )
    # E-mails plot-condition complaints to the clerk.
    complaint_tool = tm.add(
        tg.Tool(
            "Complaint forwarding tool",
            capabilities={"send-messages"},
            controls={c.LeastPrivilegeTools(note="recipient fixed to the clerk's mailbox")},
        )
    )
    # Blob container keeping every conversation for the clerk to look back on.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Chunks and embeds documents the clerk uploads.
    ingest = tm.add(tg.Pipeline("Document indexing job", stage=tg.Stage.INGESTION))

with tm.boundary("Council Microsoft 365 tenant", trust=tg.Trust.INTERNAL):
    m365_sign_in = c.Authentication(method="Microsoft 365 account with MFA (security defaults)")
    # The authoritative waiting list the clerk works from.
    waiting_list = tm.add(
        tg.DataStore(
            "Allotment waiting list",
            stores={entries},
            description="SharePoint list.",
            controls={
                m365_sign_in,
                c.EncryptionAtRest(key_management="Microsoft-managed keys"),
                c.RBAC(note="the clerk and the chatbot's app registration only"),
            },
        )
    )
    # Where complaints land for the clerk.
    mailbox = tm.add(
        tg.DataStore(
            "Clerk's mailbox",
            stores={complaint_mail},
            controls={m365_sign_in, c.EncryptionAtRest(key_management="Microsoft-managed keys")},
        )
    )

with tm.boundary("Clerk's laptop", trust=tg.Trust.INTERNAL):
    # The part-time parish clerk, who runs the list and handles complaints.
    clerk = tm.add(tg.Actor("Parish clerk", role="clerk", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(resident, chat_api, message, protocol="https")
tm.flow(chat_api, resident, reply, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)

tm.flow(agent, embedder, message, protocol="https", label="embed question")
tm.flow(embedder, agent, query_vector, protocol="https")
tm.flow(agent, index, query_vector, label="similarity query")
tm.flow(index, agent, chunks)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, list_tool, application, position_query)
tm.flow(list_tool, agent, position)
tm.flow(list_tool, waiting_list, entries, protocol="https", label="Graph API")
tm.flow(waiting_list, list_tool, entries, protocol="https", label="Graph API")

tm.flow(agent, complaint_tool, complaint)
tm.flow(complaint_tool, agent, sent)
tm.flow(complaint_tool, mailbox, complaint_mail, protocol="https", label="Graph API send mail")

tm.flow(clerk, waiting_list, entries, protocol="https", label="offers plots, removes entries")
tm.flow(waiting_list, clerk, entries, protocol="https")
tm.flow(mailbox, clerk, complaint_mail, protocol="https")
tm.flow(transcript_store, clerk, transcripts, protocol="https", label="portal download")

tm.flow(clerk, ingest, policy_docs, protocol="https", label="upload")
tm.flow(ingest, embedder, policy_docs, protocol="https")
tm.flow(embedder, ingest, doc_vectors, protocol="https")
tm.flow(ingest, index, chunks, doc_vectors)
