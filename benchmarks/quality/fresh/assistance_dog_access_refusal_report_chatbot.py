"""Assistance dog access refusal reporting chatbot: the first design, before any security review.

A UK assistance dog charity lets handlers report being refused entry with their dog
(by a taxi driver, shop, restaurant or landlord) through a chat widget on its website.
A chatbot orchestrator in the charity's cloud tenancy walks the handler through what
happened, answers questions from an index of published access-rights guidance, and asks
a vendor-hosted LLM to turn the conversation into a structured refusal report. Handlers
can upload photos of signs or receipts. Reports, evidence and transcripts are kept in the
charity's cloud; caseworkers in the office review them in a caseworker console, have the
LLM draft a letter to the business, edit and approve it, and send it by a transactional
e-mail service, which also sends the handler an acknowledgement. Controls in this design:
TLS on public traffic, a per-session rate limit on the chat API, SSO with MFA and roles on
the caseworker console, encrypted report storage, and caseworker approval of every letter.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Assistance dog access refusal report chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chatbot that takes reports of assistance dog access refusals and helps "
        "caseworkers follow them up with the business."
    ),
)

# ---------------------------------------------------------------- data assets
handler_messages = tg.Data(
    "Handler chat messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What happened, where and when; often mentions the handler's disability.",
)
chatbot_replies = tg.Data("Chatbot replies", kind="model-output", sensitivity=tg.Sensitivity.PII)
evidence = tg.Data(
    "Evidence photos and receipts",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of 'no dogs' signs, receipts, taxi plates, uploaded by the handler.",
)
guidance_docs = tg.Data(
    "Published access-rights guidance", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
guidance_passages = tg.Data(
    "Guidance passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
llm_prompt = tg.Data(
    "Report prompt with conversation and guidance",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
)
llm_completion = tg.Data(
    "Chatbot completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
report = tg.Data(
    "Refusal report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Handler contact details, disability and dog details, business, incident account.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
case_notes = tg.Data("Case notes and outcome", kind="records", sensitivity=tg.Sensitivity.PII)
letter_prompt = tg.Data("Letter drafting request", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft_letter = tg.Data(
    "Draft letter to business", kind="model-output", sensitivity=tg.Sensitivity.PII
)
letter = tg.Data("Letter to business", kind="documents", sensitivity=tg.Sensitivity.PII)
acknowledgement = tg.Data(
    "Report acknowledgement e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person refused entry; no account, gives an e-mail address for follow-up.
    handler = tm.add(tg.Actor("Assistance dog handler", role="reporter"))
    # The taxi firm, shop or venue the report is about; receives the charity's letter.
    business = tm.add(tg.Actor("Reported business", role="letter recipient"))
    # Government and charity pages on access rights, crawled to build the guidance index.
    guidance_site = tm.add(
        tg.DataSource(
            "Access-rights guidance pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance_docs},
            description="Equality Act guidance, taxi licensing rules, the charity's own advice pages.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; runs the conversation and drafts letters.
    llm = tm.add(
        tg.LLM(
            "Hosted chat LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends acknowledgements to handlers and approved letters to businesses.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public API behind the website's chat widget; takes messages and evidence uploads.
    chat_api = tm.add(
        tg.Endpoint(
            "Report chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per chat session")},
        )
    )
    # Runs the conversation: retrieves guidance, prompts the LLM, writes the report.
    orchestrator = tm.add(
        tg.Service(
            "Report chatbot orchestrator",
            description="Holds the system prompt and the report schema the LLM fills in.",
        )
    )
    # Embedded guidance passages the chatbot quotes when handlers ask about their rights.
    guidance_index = tm.add(
        tg.VectorStore("Access-rights guidance index", stores={guidance_passages})
    )
    # Weekly job that crawls the guidance pages, chunks and embeds them.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Every conversation, kept for caseworkers and for improving the prompts.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

    with tm.boundary("Case data", trust=tg.Trust.RESTRICTED):
        # The reports themselves and caseworkers' notes on them.
        report_db = tm.add(
            tg.DataStore(
                "Refusal report database",
                stores={report, case_notes},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Object storage for the photos handlers upload.
        evidence_bucket = tm.add(
            tg.DataStore(
                "Evidence upload bucket",
                stores={evidence},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Web app where caseworkers triage reports, draft and approve letters.
        console = tm.add(
            tg.Service(
                "Caseworker console",
                controls={
                    c.Authentication(method="charity SSO with MFA"),
                    c.RBAC(),
                    c.HumanInTheLoop(
                        approver="caseworker", note="every letter is approved before sending"
                    ),
                },
            )
        )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Charity staff who follow up reports with businesses and licensing authorities.
    caseworker = tm.add(tg.Actor("Caseworker", role="caseworker"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# the handler's conversation
tm.flow(handler, chat_api, handler_messages, evidence, protocol="https", controls={tls})
tm.flow(chat_api, handler, chatbot_replies, protocol="https", controls={tls})
tm.flow(chat_api, orchestrator, handler_messages)
tm.flow(orchestrator, chat_api, chatbot_replies)
tm.flow(chat_api, evidence_bucket, evidence, label="upload")

tm.flow(orchestrator, guidance_index, handler_messages, label="similarity query")
tm.flow(guidance_index, orchestrator, guidance_passages, label="retrieved guidance")
tm.flow(orchestrator, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, llm_completion, protocol="https", controls={tls})
tm.flow(orchestrator, report_db, report, label="structured report")
tm.flow(orchestrator, transcript_store, transcripts)
tm.flow(orchestrator, mailer, acknowledgement, protocol="https", controls={tls})
tm.flow(mailer, handler, acknowledgement, protocol="smtp")

# guidance ingestion
tm.flow(guidance_site, indexer, guidance_docs, protocol="https", label="weekly crawl")
tm.flow(indexer, guidance_index, guidance_passages)

# casework
tm.flow(report_db, console, report, case_notes)
tm.flow(console, report_db, case_notes)
tm.flow(evidence_bucket, console, evidence)
tm.flow(transcript_store, console, transcripts)
tm.flow(caseworker, console, case_notes, letter, protocol="https", controls={tls})
tm.flow(
    console,
    caseworker,
    report,
    evidence,
    transcripts,
    draft_letter,
    protocol="https",
    controls={tls},
)
tm.flow(console, llm, letter_prompt, protocol="https", controls={tls})
tm.flow(llm, console, draft_letter, protocol="https", controls={tls})
tm.flow(console, mailer, letter, protocol="https", controls={tls}, label="approved letter")
tm.flow(mailer, business, letter, protocol="smtp")
