"""Windmill trust volunteer rota chatbot: the first design, before any security review.

A heritage windmill trust runs a working tower mill with about sixty volunteers who
mill flour and guide visitors. Volunteers sign in to the trust's volunteer portal with
an e-mailed magic link and chat to a rota assistant: it swaps milling and guiding
shifts between volunteers, and answers questions about safety procedures (sail brake,
stone dressing, lifting sack hoist) from the trust's volunteer handbook. The assistant
is an LLM agent in the trust's small cloud tenancy; it calls a hosted LLM over HTTPS,
reads the rota through a lookup tool and records swaps through a swap tool, which
refuses to put anyone without miller sign-off on a milling shift and e-mails the
volunteer who picks up the shift. A nightly job e-mails the rota keeper the unfilled
shifts of the coming fortnight. The safety officer uploads new handbook editions in
the portal, and an indexing pipeline chunks and embeds them into a vector index.
The rota database uses the hosting provider's encryption at rest; portal roles
separate volunteers from the rota keeper and safety officer.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Windmill trust volunteer rota chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat assistant for volunteer shift swaps, handbook safety answers and rota-gap reminders.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Volunteer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Swap requests and safety questions, with names and availability.",
)
chat_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with rota and handbook context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, rota lookups and handbook passages.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Answer text or the tool calls the agent should make.",
)
rota_entries = tg.Data(
    "Rota and volunteer records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Shifts, volunteer names, phone numbers, e-mail, miller sign-off status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
rota_query = tg.Data("Rota lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
rota_result = tg.Data("Rota lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
swap_request = tg.Data("Shift swap call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
swap_result = tg.Data("Swap confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
swap_notice = tg.Data("Shift swap e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
rota_edits = tg.Data("Rota keeper edits", kind="records", sensitivity=tg.Sensitivity.PII)
gap_reminder = tg.Data(
    "Rota gap reminder e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Unfilled shifts of the next fortnight, with who is on either side.",
)
handbook = tg.Data(
    "Volunteer safety handbook",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PDF editions of the trust's safety procedures for milling and guiding.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
handbook_chunks = tg.Data(
    "Handbook passages and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
handbook_query = tg.Data(
    "Handbook search query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers chat from their own phones and home computers.
    volunteer = tm.add(tg.Actor("Volunteer", role="miller or guide volunteer"))
    # Keeps the rota; gets the gap reminders and fixes the rota in the portal.
    rota_keeper = tm.add(tg.Actor("Rota keeper", role="rota keeper", privileged=True))
    # Owns the handbook and uploads each new edition.
    safety_officer = tm.add(tg.Actor("Safety officer", role="safety officer", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model behind the vendor's API; the agent's reasoning runs here.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling, pay-per-token API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service: sign-in links, swap notices and reminders.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web app volunteers and staff sign in to; hosts the chat window and rota pages.
    portal = tm.add(
        tg.Endpoint(
            "Volunteer portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mailed magic link"),
                c.RBAC(note="volunteer, rota keeper and safety officer roles"),
            },
        )
    )
    # The rota assistant: decides whether to search the handbook, look up or swap shifts.
    agent = tm.add(
        tg.Agent(
            "Rota assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Swaps are recorded as soon as the covering volunteer says yes in chat.",
        )
    )
    # Read-only view of the rota for the agent.
    lookup_tool = tm.add(tg.Tool("Rota lookup tool", capabilities={"read"}))
    # Moves a shift from one volunteer to another and e-mails the one who takes it.
    swap_tool = tm.add(
        tg.Tool(
            "Shift swap tool",
            capabilities={"write", "send-messages"},
            controls={
                c.PolicyEnforcement(
                    rules="refuses to put a volunteer without miller sign-off on a milling shift"
                )
            },
        )
    )
    # System of record for shifts and volunteer contact details.
    rota_db = tm.add(
        tg.DataStore(
            "Rota database",
            stores={rota_entries},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Vector index of the handbook the agent answers safety questions from.
    handbook_index = tm.add(tg.VectorStore("Handbook index", stores={handbook_chunks}))
    # Chunks and embeds each uploaded handbook edition (small open-weights embedder in the job).
    indexer = tm.add(tg.Pipeline("Handbook indexing pipeline", stage=tg.Stage.INGESTION))
    # Finds unfilled shifts each night and e-mails the rota keeper.
    gap_job = tm.add(tg.Service("Nightly rota gap job"))
    # Kept so the rota keeper can see how a swap came about.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

# ---------------------------------------------------------------- flows
# Volunteers chatting
tm.flow(volunteer, portal, chat_message, protocol="https")
tm.flow(portal, volunteer, chat_reply, protocol="https")
tm.flow(portal, agent, chat_message)
tm.flow(agent, portal, chat_reply)

# Agent and model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# Handbook answers
tm.flow(agent, handbook_index, handbook_query, label="similarity search")
tm.flow(handbook_index, agent, handbook_chunks, label="retrieved passages")

# Rota lookups and swaps
tm.flow(agent, lookup_tool, rota_query)
tm.flow(rota_db, lookup_tool, rota_entries)
tm.flow(lookup_tool, agent, rota_result)
tm.flow(agent, swap_tool, swap_request)
tm.flow(swap_tool, rota_db, rota_entries, label="record swap")
tm.flow(swap_tool, agent, swap_result)
tm.flow(swap_tool, mail, swap_notice, protocol="https")
tm.flow(mail, volunteer, swap_notice, protocol="smtp")

# Rota keeper
tm.flow(rota_keeper, portal, rota_edits, protocol="https")
tm.flow(portal, rota_keeper, rota_entries, protocol="https")
tm.flow(portal, rota_db, rota_edits)
tm.flow(rota_db, portal, rota_entries)

# Nightly gap reminders
tm.flow(rota_db, gap_job, rota_entries, label="nightly read")
tm.flow(gap_job, mail, gap_reminder, protocol="https")
tm.flow(mail, rota_keeper, gap_reminder, protocol="smtp")

# Handbook editions
tm.flow(safety_officer, portal, handbook, protocol="https", label="upload new edition")
tm.flow(portal, indexer, handbook)
tm.flow(indexer, handbook_index, handbook_chunks)
