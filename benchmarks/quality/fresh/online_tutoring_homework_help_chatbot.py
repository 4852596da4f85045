"""Homework-help chatbot: the first design, before any security review.

Pupils aged 11-16 whose parents subscribe sign in to our web app and ask for help
with homework, in text or with a photo of a worksheet. An orchestrator in our cloud
adds the pupil's year group and matching curriculum notes from a vector index and
asks a hosted multimodal LLM for a step-by-step hint, not the answer; the vendor's
safety filter screens prompts and replies. Freelance tutors, working from home,
watch a live queue in the tutor console and can take over any conversation; they
report worries to the company's safeguarding lead from the console. Each week a
summary job has the LLM summarise every pupil's sessions, and parents read the
summaries in the parent portal. Pupils, parents and tutors sign in with e-mail or
username and password; transcripts and accounts are encrypted at rest, the chat
API is rate limited, and the tutor console logs every takeover.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Homework-help chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Homework help for pupils aged 11-16, with tutor takeover and parent summaries.",
)

# ---------------------------------------------------------------- data assets
pupil_message = tg.Data(
    "Pupil chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="A child's question; free text that can contain anything about them.",
)
homework_photo = tg.Data(
    "Homework photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photo of a worksheet or exercise book, often with name and school.",
)
prompt = tg.Data(
    "Tutoring prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, year group, curriculum notes, recent turns and the photo.",
)
completion = tg.Data("LLM hint", kind="model-output", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Chat reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
tutor_message = tg.Data("Tutor message", kind="records", sensitivity=tg.Sensitivity.PII)
curriculum = tg.Data("Curriculum notes", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
chunks = tg.Data("Curriculum chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data(
    "Conversation transcripts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Every turn by pupil, bot and tutor, with takeover events.",
)
accounts = tg.Data(
    "Pupil and parent accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, date of birth, year group, school, parent e-mail and the parent-child link.",
)
summary_prompt = tg.Data("Weekly summary prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
summary = tg.Data(
    "Weekly parent summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Topics covered, where the pupil struggled, time spent.",
)
parent_request = tg.Data("Parent portal request", kind="records", sensitivity=tg.Sensitivity.PII)
concern = tg.Data(
    "Safeguarding concern",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="What a tutor saw that worried them, with the conversation excerpt.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The children the service is for.
    pupil = tm.add(tg.Actor("Pupil", role="pupil aged 11-16"))
    # Pays for the subscription and reads the weekly summaries.
    parent = tm.add(tg.Actor("Parent", role="parent"))
    # Freelance tutors, working from their own computers.
    tutor = tm.add(tg.Actor("Tutor", role="freelance tutor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that writes hints and summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted tutoring LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content safety filter")},
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Designated safeguarding lead who acts on tutors' reports.
    dsl = tm.add(tg.Actor("Safeguarding lead", role="designated safeguarding lead"))
    # The curriculum team's notes and worked examples, per exam board and year.
    notes = tm.add(
        tg.DataSource("Curriculum team notes", origin=tg.Origin.INTERNAL, provides={curriculum})
    )

with tm.boundary("Tutoring platform cloud", trust=tg.Trust.INTERNAL):
    # The pupils' chat connection.
    chat_api = tm.add(
        tg.Endpoint(
            "Pupil chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="username and password set up by the parent"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Builds the prompt, calls the LLM and hands conversations to tutors.
    orchestrator = tm.add(
        tg.Service(
            "Homework help orchestrator",
            description="Adds year group and curriculum context, asks the LLM for a hint, "
            "and relays tutor messages once a tutor has taken over.",
        )
    )
    # Live queue and takeover for tutors.
    tutor_console = tm.add(
        tg.Endpoint(
            "Tutor console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(),
                c.AuditLogging(note="every takeover and tutor message"),
            },
        )
    )
    # Where parents read what their child worked on.
    parent_portal = tm.add(
        tg.Endpoint(
            "Parent portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Summarises each pupil's week for the parent.
    summary_job = tm.add(tg.Service("Weekly summary job"))
    # Chunks and embeds the curriculum notes.
    indexer = tm.add(tg.Pipeline("Curriculum indexing pipeline", stage=tg.Stage.INGESTION))
    # Curriculum context for the prompts.
    index = tm.add(tg.VectorStore("Curriculum vector index", stores={chunks}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Transcripts and the weekly summaries.
        conversations = tm.add(
            tg.DataStore(
                "Conversation store",
                stores={transcripts, summary},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Accounts, the parent-child link and tutor assignments.
        account_db = tm.add(
            tg.DataStore(
                "Account database",
                stores={accounts},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The worksheet photos pupils upload.
        uploads = tm.add(tg.DataStore("Homework upload store", stores={homework_photo}))

# ---------------------------------------------------------------- flows
tm.flow(pupil, chat_api, pupil_message, homework_photo, protocol="wss")
tm.flow(chat_api, pupil, reply, tutor_message, protocol="wss")
tm.flow(chat_api, orchestrator, pupil_message, homework_photo)
tm.flow(orchestrator, chat_api, reply, tutor_message)

tm.flow(orchestrator, uploads, homework_photo)
tm.flow(account_db, orchestrator, accounts, label="year group and tutor assignment")
tm.flow(orchestrator, index, pupil_message, label="similarity query")
tm.flow(index, orchestrator, chunks)
tm.flow(orchestrator, llm, prompt, homework_photo, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, conversations, transcripts)

tm.flow(orchestrator, tutor_console, transcripts, label="live queue")
tm.flow(tutor_console, orchestrator, tutor_message, label="takeover")
tm.flow(tutor_console, tutor, transcripts, homework_photo, protocol="https")
tm.flow(tutor, tutor_console, tutor_message, concern, protocol="https")
tm.flow(uploads, tutor_console, homework_photo)
tm.flow(tutor_console, dsl, concern, protocol="https")

tm.flow(conversations, summary_job, transcripts, label="weekly batch")
tm.flow(summary_job, llm, summary_prompt, protocol="https")
tm.flow(llm, summary_job, summary, protocol="https")
tm.flow(summary_job, conversations, summary)

tm.flow(parent, parent_portal, parent_request, protocol="https")
tm.flow(account_db, parent_portal, accounts, label="parent-child link")
tm.flow(conversations, parent_portal, summary)
tm.flow(parent_portal, parent, summary, protocol="https")

tm.flow(notes, indexer, curriculum)
tm.flow(indexer, index, chunks)
