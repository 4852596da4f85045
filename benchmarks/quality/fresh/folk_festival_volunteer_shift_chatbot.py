"""Folk festival volunteer shift chatbot: the first design, before any security review.

Around 600 volunteers staff the festival's gates, bars, campsites and stages. From
their phones they chat with a shift assistant in a small web app: it answers
questions about their own shifts and the site rules (from the volunteer handbook),
and it lets them offer a shift to another volunteer or take one offered. A swap
only goes into the rota when the volunteer coordinator approves it in a
coordinator console; both volunteers are then e-mailed. Volunteers sign in with a
one-time link sent to the e-mail address they registered with; the coordinator
signs in with the festival's Google Workspace account. The app, its tools, the
rota database and the handbook index run in the festival's cloud project; the
language model is a hosted API from an LLM vendor, and e-mail goes out through a
transactional e-mail provider. Volunteers are in the UK, so UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Folk festival volunteer shift chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat assistant for festival volunteers: shift questions, site rules and "
    "coordinator-approved shift swaps.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Volunteer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the volunteer types: questions about shifts and rules, swap requests.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with shift and rules context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, the volunteer's shifts and handbook passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Shift lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
swap_call = tg.Data("Swap request call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
shifts = tg.Data(
    "Volunteer shifts and contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses, phone numbers, team, shift times and locations.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
shift_result = tg.Data("Shift lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
swap_request = tg.Data(
    "Pending swap request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which shift, offered by whom, taken by whom; waits for the coordinator.",
)
swap_decision = tg.Data(
    "Swap approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
handbook = tg.Data(
    "Volunteer handbook and site rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Site map notes, gate procedures, alcohol and safeguarding rules, PDF.",
)
handbook_chunks = tg.Data(
    "Handbook passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
notification = tg.Data("Swap confirmation e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
sign_in_link = tg.Data(
    "One-time sign-in link",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Single-use link, valid for 30 minutes, that opens a chat session.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers chat from their own phones, on site or at home.
    volunteer = tm.add(tg.Actor("Volunteer", role="festival volunteer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the assistant, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the sign-in links and swap confirmations to volunteers.
    mailer = tm.add(
        tg.ExternalService("Transactional e-mail service", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Festival cloud project", trust=tg.Trust.INTERNAL):
    # The web app volunteers open on their phones; it holds the chat session.
    chat_app = tm.add(
        tg.Endpoint(
            "Volunteer chat app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="one-time sign-in link e-mailed to the volunteer's registered address"
                ),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that reads the conversation and decides which tool to call.
    assistant = tm.add(
        tg.Agent(
            "Shift assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers from the handbook, looks up shifts, files swap requests.",
        )
    )
    # Read-only access to the rota for the assistant.
    lookup_tool = tm.add(
        tg.Tool(
            "Shift lookup tool",
            capabilities={"read"},
            description="Looks up a volunteer's shifts and the shifts currently offered "
            "for swapping, by volunteer name or shift.",
        )
    )
    # Files a swap request; nothing changes in the rota until the coordinator approves.
    swap_tool = tm.add(
        tg.Tool(
            "Shift swap request tool",
            capabilities={"write"},
            description="Creates a pending swap between two volunteers' shifts.",
            controls={c.HumanInTheLoop(approver="the volunteer coordinator")},
        )
    )
    # The rota: volunteers, their shifts and pending swaps (managed Postgres).
    rota_db = tm.add(
        tg.DataStore(
            "Rota database",
            stores={shifts, swap_request},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Handbook passages the assistant retrieves to answer rules questions.
    handbook_index = tm.add(tg.VectorStore("Handbook index", stores={handbook_chunks, handbook}))
    # Chunks and embeds the handbook PDF whenever the coordinator uploads a new one.
    indexer = tm.add(tg.Pipeline("Handbook indexing", stage=tg.Stage.INGESTION))
    # Conversations kept so the team can see what the assistant said when a volunteer complains.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Where the coordinator reviews and approves or rejects swap requests, and edits the rota.
    console = tm.add(
        tg.Service(
            "Coordinator console",
            controls={c.Authentication(method="Google Workspace sign-in with 2-step verification")},
        )
    )

with tm.boundary("Festival office", trust=tg.Trust.INTERNAL):
    # Runs the volunteer programme; approves every swap.
    coordinator = tm.add(
        tg.Actor("Volunteer coordinator", role="volunteer coordinator", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(volunteer, chat_app, question, protocol="https")
tm.flow(chat_app, volunteer, reply, protocol="https")
tm.flow(chat_app, assistant, question)
tm.flow(assistant, chat_app, reply)

tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, handbook_index, question, label="similarity query")
tm.flow(handbook_index, assistant, handbook_chunks)

tm.flow(assistant, lookup_tool, lookup_call)
tm.flow(rota_db, lookup_tool, shifts)
tm.flow(lookup_tool, assistant, shift_result)
tm.flow(assistant, swap_tool, swap_call)
tm.flow(swap_tool, rota_db, swap_request)
tm.flow(assistant, transcript_store, transcripts)

tm.flow(rota_db, console, shifts, swap_request, label="pending swaps")
tm.flow(coordinator, console, swap_decision, protocol="https", label="approves or rejects")
tm.flow(console, coordinator, swap_request, shifts, protocol="https")
tm.flow(console, rota_db, swap_decision, shifts, label="applies approved swap")
tm.flow(chat_app, mailer, sign_in_link, protocol="https")
tm.flow(console, mailer, notification, protocol="https")
tm.flow(mailer, volunteer, notification, sign_in_link, protocol="smtp")

tm.flow(coordinator, indexer, handbook, protocol="https", label="uploads handbook PDF")
tm.flow(indexer, handbook_index, handbook_chunks, handbook)
