"""Community choir rehearsal chatbot: the first design, before any security review.

A volunteer-run community choir of about 80 singers in the UK adds a chat page to its
website. Members sign in with their e-mail and password and ask the bot when the next
rehearsals are, tell it when they cannot come, and ask about the music (which pieces
are being learnt, where their part starts, rehearsal notes from the music director).
The bot is an LLM agent hosted on a small PaaS app: it calls a hosted LLM, looks the
schedule up in the choir database, records absences through a tool that writes only for
the signed-in member, and searches an index of the director's rehearsal notes.
The choir secretary updates the rehearsal schedule, and sees who is away, on an admin
page in the same app; schedule changes are e-mailed to members through a transactional
e-mail provider. The music director uploads rehearsal notes there too, and a small
indexing job embeds them with the LLM vendor's embedding API. The database is the
host's managed Postgres, encrypted at rest with daily backups.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community choir rehearsal chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Members' chatbot for rehearsal times, absences and music questions; "
    "the secretary maintains the schedule.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Member chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the member types, sent with their member id from the session.",
)
bot_reply = tg.Data("Bot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with schedule and notes",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the member's message, tool results and retrieved notes.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
schedule = tg.Data(
    "Rehearsal schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Dates, times, venues and which sections are called.",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
schedule_update = tg.Data("Schedule update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
absence_call = tg.Data("Absence tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
absence = tg.Data(
    "Absence record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member, rehearsal date and the free-text reason they give "
    "(sometimes illness or family matters).",
)
roster = tg.Data(
    "Member roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses, phone numbers and voice parts.",
)
schedule_query = tg.Data(
    "Schedule lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
notes = tg.Data(
    "Rehearsal notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The music director's notes on pieces, parts, bar numbers and markings.",
)
note_chunks = tg.Data(
    "Rehearsal note chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
query_text = tg.Data("Music question text", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
query_embedding = tg.Data(
    "Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
change_notice = tg.Data(
    "Schedule change e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The change and the member addresses it goes to.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Singers on their own phones and laptops; anyone can reach the site.
    member = tm.add(tg.Actor("Choir member", role="member"))
    # The secretary is a volunteer working from home; keeps the schedule up to date.
    secretary = tm.add(tg.Actor("Choir secretary", role="secretary", privileged=True))
    # Uploads rehearsal notes after each rehearsal.
    director = tm.add(tg.Actor("Music director", role="music director"))

with tm.boundary("Choir web app (PaaS)", trust=tg.Trust.INTERNAL):
    # The public chat page and its API; every chat needs a signed-in member.
    chat_app = tm.add(
        tg.Endpoint(
            "Member chat page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="member e-mail and password")},
        )
    )
    # The LLM agent that answers members and decides which tool to call.
    bot = tm.add(
        tg.Agent(
            "Rehearsal chatbot",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers schedule and music questions and records absences "
            "without anyone approving each step.",
        )
    )
    # Read-only look-up of upcoming rehearsals.
    schedule_tool = tm.add(
        tg.Tool(
            "Schedule lookup tool",
            capabilities={"read"},
            description="Returns upcoming rehearsals from the choir database.",
        )
    )
    # Lets the bot record that a member cannot come.
    absence_tool = tm.add(
        tg.Tool(
            "Absence recording tool",
            capabilities={"write"},
            description="Inserts an absence for the member id taken from the chat session, "
            "not from the model's arguments.",
        )
    )
    # Where the secretary edits the schedule and the director uploads notes.
    admin_page = tm.add(
        tg.Service(
            "Choir admin page",
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="secretary and director roles; members cannot open it"),
            },
        )
    )
    # Chunks and embeds uploaded rehearsal notes for the bot to search.
    indexer = tm.add(tg.Pipeline("Notes indexing job", stage=tg.Stage.INGESTION))
    # Managed Postgres: schedule, roster and absences.
    choir_db = tm.add(
        tg.DataStore(
            "Choir database",
            stores={schedule, roster, absence},
            controls={
                c.EncryptionAtRest(key_management="PaaS-managed keys"),
                c.DataVersioning(note="host's daily backups, kept 7 days"),
            },
        )
    )
    # pgvector table of rehearsal-note chunks, in the same Postgres instance.
    notes_index = tm.add(tg.VectorStore("Rehearsal notes index", stores={note_chunks}))
    # Conversation log kept for the volunteer developer to debug the bot.
    chat_log = tm.add(tg.DataStore("Chat transcript log", stores={transcripts}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model on a pay-as-you-go API key.
    llm = tm.add(tg.LLM("Hosted chat model", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # The same vendor's embedding endpoint, for notes and questions.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends schedule-change notices.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# Members chatting with the bot
tm.flow(member, chat_app, chat_message, protocol="https")
tm.flow(chat_app, member, bot_reply, protocol="https")
tm.flow(chat_app, bot, chat_message)
tm.flow(bot, chat_app, bot_reply)
tm.flow(bot, llm, llm_prompt, protocol="https")
tm.flow(llm, bot, completion, protocol="https")
tm.flow(bot, chat_log, transcripts)

# Schedule look-ups
tm.flow(bot, schedule_tool, schedule_query)
tm.flow(choir_db, schedule_tool, schedule)
tm.flow(schedule_tool, bot, schedule)

# Absences
tm.flow(bot, absence_tool, absence_call)
tm.flow(absence_tool, choir_db, absence)

# Music questions
tm.flow(bot, embedder, query_text, protocol="https")
tm.flow(embedder, bot, query_embedding, protocol="https")
tm.flow(bot, notes_index, query_embedding, label="similarity query")
tm.flow(notes_index, bot, note_chunks, label="retrieved notes")

# Secretary and music director on the admin page
tm.flow(secretary, admin_page, schedule_update, protocol="https")
tm.flow(admin_page, secretary, absence, roster, protocol="https", label="who is away")
tm.flow(admin_page, choir_db, schedule_update)
tm.flow(choir_db, admin_page, schedule, absence, roster)
tm.flow(director, admin_page, notes, protocol="https", label="upload notes")
tm.flow(admin_page, indexer, notes)
tm.flow(indexer, embedder, notes, protocol="https")
tm.flow(embedder, indexer, note_chunks, protocol="https")
tm.flow(indexer, notes_index, note_chunks)

# Schedule-change notices
tm.flow(admin_page, mailer, change_notice, protocol="https")
tm.flow(mailer, member, change_notice, protocol="smtp")
