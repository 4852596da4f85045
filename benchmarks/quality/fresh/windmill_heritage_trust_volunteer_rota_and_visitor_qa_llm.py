"""Windmill heritage trust: the first design, before any security review.

A UK charity that runs a working heritage windmill. Volunteers sign in to a rota
web app to take shifts as millers, guides and tea-room helpers; the volunteer
coordinator builds the rota there, and reminders go out by e-mail and SMS through
a messaging service. Visitors ask questions about the mill's history, opening
times and safety rules, on a touchscreen kiosk on the mill's ground floor or in a
chat widget on the trust's website. A Q&A service retrieves passages from an index
of the digitised archive and visitor information and has a hosted LLM answer;
the archive curator adds documents, which a nightly job indexes. Everything runs
at a small cloud host. Controls: TLS on outside links, e-mail and password sign-in
for volunteers with coordinator roles, a per-kiosk API key, a request quota on the
chat, the LLM vendor's content filter and encrypted volunteer records.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Windmill heritage trust rota and visitor Q&A",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Volunteer rota for a heritage windmill and an LLM that answers visitors' "
    "questions from the trust's archive on a kiosk and the website.",
)

# ---------------------------------------------------------------- data assets
visitor_question = tg.Data("Visitor question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
visitor_answer = tg.Data("Visitor answer", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC)
llm_prompt = tg.Data(
    "Prompt with archive passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, the visitor's question and the top archive passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
archive_docs = tg.Data(
    "History archive and visitor information",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Digitised mill records, millers' letters, oral-history transcripts, "
    "opening times and the safety rules for visitors on the mill floors.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
passages = tg.Data(
    "Archive passages and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data(
    "Visitor chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and answers; visitors sometimes type names or e-mail addresses.",
)
volunteers = tg.Data(
    "Volunteer records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone, e-mail, emergency contact, roles and milling qualifications.",
)
rota = tg.Data("Shift rota", kind="records", sensitivity=tg.Sensitivity.PII)
availability = tg.Data(
    "Volunteer availability and shift sign-ups", kind="records", sensitivity=tg.Sensitivity.PII
)
volunteer_login = tg.Data(
    "Volunteer sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
reminders = tg.Data(
    "Shift reminders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Volunteer's name, phone or e-mail and the shift they are due for.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public on the website.
    visitor = tm.add(tg.Actor("Visitor", role="member of the public"))
    # Volunteers use the rota app from their own phones and computers.
    volunteer = tm.add(tg.Actor("Volunteer", role="volunteer"))

with tm.boundary("Mill ground floor", trust=tg.Trust.UNTRUSTED):
    # Touchscreen in the public part of the mill; visitors use it unattended.
    kiosk = tm.add(
        tg.Device(
            "Mill visitor kiosk",
            fleet=False,
            description="Locked-down browser on a wall-mounted touchscreen, on the mill's broadband.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that words the answers.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the rota reminders by e-mail and SMS.
    messaging = tm.add(tg.ExternalService("E-mail and SMS service"))

with tm.boundary("Trust cloud hosting", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget and the kiosk.
    chat_api = tm.add(
        tg.Endpoint(
            "Visitor chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.RateLimiting(requests_per_minute=20),
                tg.controls.Authentication(
                    method="per-kiosk API key",
                    note="kiosk calls only; the website widget is anonymous",
                ),
            },
        )
    )
    # Retrieves archive passages, builds the prompt and calls the LLM.
    qa_service = tm.add(
        tg.Service(
            "Visitor Q&A service",
            description="Retrieval over the archive index, then one LLM call.",
        )
    )
    # Embedded chunks of the archive and visitor information.
    archive_index = tm.add(tg.VectorStore("Archive index", stores={passages}))
    # The digitised archive as the curator uploads it.
    archive_store = tm.add(tg.DataStore("Archive document store", stores={archive_docs}))
    # Chunks and embeds new or changed documents each night.
    indexer = tm.add(tg.Pipeline("Nightly archive indexing", stage=tg.Stage.INGESTION))
    # Kept so the trust can see what visitors ask and improve the archive.
    chat_logs = tm.add(tg.DataStore("Chat transcript log", stores={transcripts}))
    # Volunteer sign-in, rota building and shift sign-up.
    rota_app = tm.add(
        tg.Endpoint(
            "Rota web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RBAC(
                    note="coordinator role edits the rota; volunteers see it and sign up"
                ),
            },
        )
    )
    # Volunteers, their availability, the rota and sign-in details.
    rota_db = tm.add(
        tg.DataStore(
            "Volunteer and rota database",
            stores={volunteers, rota, availability, volunteer_login},
            controls={tg.controls.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )

with tm.boundary("Trust office", trust=tg.Trust.INTERNAL):
    # Paid coordinator who builds the rota and manages volunteer records.
    coordinator = tm.add(tg.Actor("Volunteer coordinator", role="coordinator", privileged=True))
    # Volunteer archivist who digitises and uploads archive material.
    curator = tm.add(tg.Actor("Archive curator", role="archivist"))

# ---------------------------------------------------------------- flows
tm.flow(visitor, chat_api, visitor_question, protocol="https", label="website chat widget")
tm.flow(chat_api, visitor, visitor_answer, protocol="https")
tm.flow(visitor, kiosk, visitor_question, label="typed on the kiosk touchscreen")
tm.flow(kiosk, visitor, visitor_answer, label="shown on the kiosk touchscreen")
tm.flow(kiosk, chat_api, visitor_question, protocol="https")
tm.flow(chat_api, kiosk, visitor_answer, protocol="https")

tm.flow(chat_api, qa_service, visitor_question)
tm.flow(qa_service, chat_api, visitor_answer)
tm.flow(qa_service, archive_index, visitor_question, label="similarity query")
tm.flow(archive_index, qa_service, passages, label="retrieved passages")
tm.flow(qa_service, llm, llm_prompt, protocol="https")
tm.flow(llm, qa_service, completion, protocol="https")
tm.flow(qa_service, chat_logs, transcripts)

tm.flow(curator, archive_store, archive_docs, protocol="https", label="uploads documents")
tm.flow(archive_store, indexer, archive_docs, label="nightly")
tm.flow(indexer, archive_index, passages)

tm.flow(volunteer, rota_app, volunteer_login, availability, protocol="https")
tm.flow(rota_app, volunteer, rota, protocol="https")
tm.flow(coordinator, rota_app, volunteer_login, volunteers, rota, protocol="https")
tm.flow(rota_app, coordinator, volunteers, rota, availability, protocol="https")
tm.flow(rota_app, rota_db, volunteers, rota, availability, volunteer_login)
tm.flow(rota_db, rota_app, volunteers, rota, availability, volunteer_login)
tm.flow(rota_app, messaging, reminders, protocol="https", label="shift reminders")
tm.flow(messaging, volunteer, reminders, label="e-mail and SMS reminders")
