"""Municipal benefits eligibility assistant: the first design, before any security review.

Residents sign in to the city's benefits portal with their resident account and chat with
an assistant that checks whether they may qualify for housing and food assistance. It
retrieves the programme rules from an index built from the office's policy manuals, asks
follow-up questions, and reads the pay stubs, leases and IDs residents upload to pre-fill
the application. Once the resident confirms the summary, it files the application in the
caseworkers' case management system in the city data centre, where a caseworker decides.
Portal, assistant and stores run in the city's cloud tenant; the LLM is a vendor-hosted
model behind its API. Controls: sign-in through the city identity provider, a quota and
upload checks at the portal, encrypted document storage, the vendor's content filter, a
vaulted submission API key, and role-based, audited access to the case management system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Municipal benefits eligibility assistant",
    profile=tg.RiskProfile.HIGH,
    description="LLM assistant that screens residents for housing and food assistance, "
    "pre-fills applications from uploaded documents and files them with caseworkers.",
)

# ---------------------------------------------------------------- data assets
resident_message = tg.Data(
    "Resident message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Household size, income, rent, answers to the assistant's questions.",
)
assistant_reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
uploaded_documents = tg.Data(
    "Uploaded evidence documents",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Pay stubs, leases, utility bills, photo ID, benefit letters (PDF and photos).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
extracted_fields = tg.Data(
    "Extracted document fields", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
read_request = tg.Data(
    "Document read request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
llm_prompt = tg.Data(
    "Assistant prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, programme rule passages, conversation and extracted fields.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
rule_manuals = tg.Data(
    "Programme rule manuals",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Housing voucher and food assistance eligibility rules and income limits.",
)
rule_chunks = tg.Data(
    "Programme rule passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
rule_query = tg.Data("Rule lookup query", sensitivity=tg.Sensitivity.PII, kind="prompt")
draft_application = tg.Data(
    "Pre-filled application",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Application fields plus references to the supporting documents.",
)
application = tg.Data(
    "Benefit application",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_reference = tg.Data("Case reference", sensitivity=tg.Sensitivity.PII, kind="tool-result")
case_decision = tg.Data("Eligibility decision", sensitivity=tg.Sensitivity.PII, kind="records")
transcripts = tg.Data("Conversation transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
sign_in = tg.Data("Resident sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
id_token = tg.Data("Resident ID token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any resident (or anyone with a resident account) can start a screening.
    resident = tm.add(tg.Actor("Resident", role="benefits applicant"))

with tm.boundary("City identity provider", trust=tg.Trust.PARTNER):
    # SaaS identity service behind the city's resident accounts.
    idp = tm.add(tg.ExternalService("Resident identity provider", provides="identity-provider"))

with tm.boundary("LLM vendor (government cloud)", trust=tg.Trust.PARTNER):
    # Hosted chat model; the assistant does not run its own model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("City cloud tenant", trust=tg.Trust.INTERNAL):
    # Public entry point: chat, uploads and the confirm-and-submit screen.
    portal = tm.add(
        tg.Endpoint(
            "Benefits portal API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC via the city resident account"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="upload file type and size checks"),
            },
        )
    )
    # Orchestrates the conversation, retrieval, document reading and submission.
    assistant = tm.add(
        tg.Agent(
            "Eligibility assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the resident, on the confirm-and-submit screen"),
            },
        )
    )
    # Reads uploaded documents with OCR and returns the fields the form needs.
    doc_reader = tm.add(tg.Tool("Document reader", capabilities={"read"}))
    # Files the pre-filled application with the case management system.
    submitter = tm.add(
        tg.Tool(
            "Application submission tool",
            capabilities={"write"},
            controls={c.SecretsManagement(note="case system API key in the city vault")},
        )
    )
    # Index of the programme rules the assistant answers from.
    rules_index = tm.add(tg.VectorStore("Programme rules index", stores={rule_chunks}))
    # Chunks and embeds the policy manuals whenever the benefits office updates them.
    rules_ingest = tm.add(tg.Pipeline("Rules indexing job", stage=tg.Stage.INGESTION))
    # Conversations kept so the resident can come back to an unfinished screening.
    transcript_store = tm.add(tg.DataStore("Conversation store", stores={transcripts}))

    with tm.boundary("Resident document storage", trust=tg.Trust.RESTRICTED):
        # Bucket for the evidence residents upload.
        upload_store = tm.add(
            tg.DataStore(
                "Uploaded document store",
                stores={uploaded_documents},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("City data centre", trust=tg.Trust.INTERNAL):
    # The benefits office's policy team publishes rule manuals here.
    rules_source = tm.add(
        tg.DataSource("Policy document library", origin=tg.Origin.INTERNAL, provides={rule_manuals})
    )
    # Caseworkers review applications and make the eligibility decision.
    caseworker = tm.add(tg.Actor("Caseworker", role="benefits caseworker"))

    with tm.boundary("Case management zone", trust=tg.Trust.RESTRICTED):
        # System of record for applications and decisions.
        cms = tm.add(
            tg.Service(
                "Case management system",
                controls={c.RBAC(), c.AuditLogging(retention_days=2555)},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(resident, idp, sign_in, protocol="https")
tm.flow(idp, portal, id_token, protocol="https")

tm.flow(resident, portal, resident_message, uploaded_documents, protocol="https")
tm.flow(portal, resident, assistant_reply, protocol="https")
tm.flow(portal, upload_store, uploaded_documents)
tm.flow(portal, assistant, resident_message)
tm.flow(assistant, portal, assistant_reply)

tm.flow(assistant, rules_index, rule_query, label="rule lookup")
tm.flow(rules_index, assistant, rule_chunks)
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")
tm.flow(assistant, transcript_store, transcripts)
tm.flow(transcript_store, assistant, transcripts, label="resume session")

tm.flow(assistant, doc_reader, read_request)
tm.flow(upload_store, doc_reader, uploaded_documents)
tm.flow(doc_reader, assistant, extracted_fields)

tm.flow(assistant, submitter, draft_application, label="after resident confirms")
tm.flow(submitter, cms, application, protocol="https")
tm.flow(upload_store, cms, uploaded_documents, protocol="https", label="attached evidence")
tm.flow(cms, submitter, case_reference, protocol="https")
tm.flow(submitter, assistant, case_reference)

tm.flow(cms, caseworker, application, uploaded_documents, protocol="https")
tm.flow(caseworker, cms, case_decision, protocol="https")

tm.flow(rules_source, rules_ingest, rule_manuals, protocol="https")
tm.flow(rules_ingest, rules_index, rule_chunks)
