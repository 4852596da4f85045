"""Contact-centre agent assist: the first design, before any security review.

Real-time help for the call-centre staff of a European telecom operator. The
cloud contact-centre (CCaaS) platform forks each call's audio to a managed
speech-to-text API, which streams the live transcript to our assist
orchestrator. The orchestrator looks up the caller's account summary in the CRM,
retrieves matching articles from a knowledge-base vector index (rebuilt nightly
from the internal support wiki, which any staff member can edit) and asks a
hosted LLM for suggested answers and next actions. Suggestions appear on the
agent desktop next to the customer's account details; the staff member decides
what to say. Transcripts, suggestions and accept/dismiss clicks are kept for
quality review. Controls: staff SSO with MFA, CRM roles and access logs, KMS
encryption, TLS outside, a vault for API keys, a review of the AI vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Contact-centre agent assist",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Live transcription of customer calls and LLM-suggested answers, grounded in the "
        "support wiki, shown to call-centre staff beside the customer's account."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Both channels of the call: the customer's and the staff member's voice.",
)
transcript = tg.Data(
    "Live transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Speaker-labelled partial and final utterances, streamed as the call goes.",
)
account_lookup = tg.Data(
    "Account lookup",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Caller's phone number or customer id, used to find the account.",
)
account_summary = tg.Data(
    "Account summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tariff, devices, open tickets and billing status, for grounding suggestions.",
)
account_details = tg.Data(
    "Customer account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, address, contract, billing history and usage shown to the agent.",
)
kb_articles = tg.Data(
    "Support wiki articles", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
kb_chunks = tg.Data(
    "Knowledge-base chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
retrieval_query = tg.Data(
    "Retrieval query",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The last few utterances of the transcript, embedded for a similarity search.",
)
assist_prompt = tg.Data(
    "Assist prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, recent transcript, account summary and the top-k articles.",
)
suggestions = tg.Data(
    "Suggested answers and next actions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
suggestion_feedback = tg.Data(
    "Suggestion feedback", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL
)
qa_records = tg.Data(
    "Quality-review records",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Full transcripts with the suggestions shown and the agent's accept/dismiss.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Whoever dials the support number; nothing about them is verified by the assist.
    customer = tm.add(tg.Actor("Caller", role="customer"))

with tm.boundary("CCaaS vendor", trust=tg.Trust.PARTNER):
    # The contact-centre platform that routes calls and forks the media stream.
    telephony = tm.add(
        tg.ExternalService(
            "Telephony platform",
            description="Cloud contact-centre platform; real-time media streaming enabled.",
        )
    )

with tm.boundary("Cloud AI services", trust=tg.Trust.PARTNER):
    # Managed streaming speech recognition; no transcription model is run in-house.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides=tg.ExternalCategory.MODEL_API,
            controls={
                c.SupplierAssessment(note="procurement review and DPA with the cloud provider")
            },
        )
    )
    # A general-purpose chat model reached through the provider's API.
    llm = tm.add(
        tg.LLM(
            "Assist LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Reads the live transcript and writes short suggested replies and actions.",
            controls={
                c.SupplierAssessment(note="same provider review and DPA as the speech API"),
                c.HumanInTheLoop(approver="the call-centre agent decides what to say"),
            },
        )
    )

with tm.boundary("Contact-centre platform", trust=tg.Trust.INTERNAL):
    # Glue between transcript, retrieval, CRM and LLM; pushes suggestions to desktops.
    orchestrator = tm.add(
        tg.Service(
            "Assist orchestrator",
            description="Per-call session: debounces the transcript, retrieves, prompts the LLM.",
            controls={c.SecretsManagement(note="vendor API keys in the cloud secret manager")},
        )
    )
    # The web app the staff use during calls: transcript, suggestions, account panel.
    desktop = tm.add(
        tg.Endpoint(
            "Agent desktop app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # RAG index of the support wiki, rebuilt every night.
    kb_index = tm.add(tg.VectorStore("Knowledge-base index", stores={kb_chunks}))
    # Nightly job that exports the wiki, chunks and embeds it.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly KB indexing",
            stage=tg.Stage.INGESTION,
            description="Exports every wiki space tagged 'support', chunks and embeds it.",
        )
    )
    # Everything the quality team reviews later.
    qa_store = tm.add(
        tg.DataStore(
            "Quality-review store",
            stores={qa_records},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Customer data zone", trust=tg.Trust.RESTRICTED):
        # The existing system of record for customer accounts.
        crm = tm.add(
            tg.DataStore(
                "CRM",
                stores={account_details, account_summary},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(note="CRM access log"),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Front-line staff taking the calls.
    agent = tm.add(tg.Actor("Call-centre agent", role="support staff"))
    # Any employee can edit the wiki; no review step before pages go live.
    editor = tm.add(tg.Actor("Wiki editor", role="any staff member"))
    # Team leads who sample calls and rate the suggestions.
    qa_reviewer = tm.add(tg.Actor("Quality reviewer", role="team lead"))
    # Internal wiki where support procedures and troubleshooting guides are written.
    wiki = tm.add(
        tg.DataSource(
            "Support wiki",
            origin=tg.Origin.INTERNAL,
            provides={kb_articles},
            controls={c.Authentication(method="corporate SSO")},
        )
    )

# ---------------------------------------------------------------- flows
# The call itself
tm.flow(customer, telephony, call_audio, label="phone call")
tm.flow(telephony, customer, call_audio, label="phone call")
tm.flow(agent, telephony, call_audio, protocol="srtp", label="softphone")
tm.flow(telephony, agent, call_audio, protocol="srtp", label="softphone")

# Transcription
tm.flow(telephony, stt, call_audio, protocol="wss", label="media fork")
tm.flow(stt, orchestrator, transcript, protocol="wss")

# Grounding and generation
tm.flow(orchestrator, crm, account_lookup)
tm.flow(crm, orchestrator, account_summary)
tm.flow(orchestrator, kb_index, retrieval_query, label="similarity search")
tm.flow(kb_index, orchestrator, kb_chunks, label="top-k articles")
tm.flow(orchestrator, llm, assist_prompt, protocol="https")
tm.flow(llm, orchestrator, suggestions, protocol="https")

# Agent desktop
tm.flow(orchestrator, desktop, transcript, suggestions, protocol="wss")
tm.flow(desktop, orchestrator, suggestion_feedback, protocol="wss", label="accept / dismiss")
tm.flow(desktop, crm, account_lookup)
tm.flow(crm, desktop, account_details)
tm.flow(desktop, agent, transcript, suggestions, account_details, protocol="https")
tm.flow(agent, desktop, suggestion_feedback, account_lookup, protocol="https")

# Quality review
tm.flow(orchestrator, qa_store, qa_records)
tm.flow(qa_store, qa_reviewer, qa_records, protocol="https")

# Knowledge base
tm.flow(editor, wiki, kb_articles, protocol="https", label="edits pages")
tm.flow(wiki, indexer, kb_articles, protocol="https", label="nightly export")
tm.flow(indexer, kb_index, kb_chunks)
