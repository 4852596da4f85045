"""Tax return preparation assistant: the first design, before any security review.

Consumers prepare their annual income-tax return in our web app. They upload their
wage statements, brokerage statements and receipts; an extraction pipeline sends the
files to a cloud OCR vendor and hands the text to an LLM assistant. The assistant,
backed by a hosted LLM and an index of the tax authority's published guidance, fills
the return's fields through a field-writing tool, explains deductions and answers the
user's questions in a chat panel. The user reviews the completed return and signs it;
only then does the filing service transmit it to the tax authority's e-file gateway.
Everything we run sits in one production VPC, with uploads and returns in a data
tier. Login needs MFA, the web app rate-limits and checks upload types and sizes,
stored documents and returns are encrypted with KMS keys, the LLM vendor was vetted
under a zero-retention contract, and the filing service validates each return against
the authority's schema, keeps an audit trail and files only after the taxpayer approves.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Tax return preparation assistant",
    profile=tg.RiskProfile.HIGH,
    description="Consumer tax-filing web app with an LLM assistant that prepares the return "
    "from uploaded forms; the user reviews it before it is e-filed.",
)

# ---------------------------------------------------------------- data assets
tax_forms = tg.Data(
    "Uploaded tax forms",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Wage statements, brokerage statements and receipts as PDFs and photos.",
)
ocr_text = tg.Data("OCR text of forms", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
form_content = tg.Data(
    "Extracted form content",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Form type, payer, amounts and identifiers parsed from the OCR text.",
)
question = tg.Data("Taxpayer question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the form content, the draft return, guidance passages "
    "and the user's question.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
field_updates = tg.Data(
    "Return field updates", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
field_result = tg.Data(
    "Field update result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
draft_return = tg.Data(
    "Draft tax return",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Filing status, dependants, SSNs, income, deductions and the refund bank account.",
)
user_edits = tg.Data("Taxpayer edits", kind="records", sensitivity=tg.Sensitivity.REGULATED)
filing_approval = tg.Data(
    "Filing approval and signature",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The taxpayer's consent to file and self-select signature PIN.",
)
efile_submission = tg.Data(
    "E-file submission", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
acknowledgement = tg.Data("Filing acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
publications = tg.Data(
    "Tax authority publications", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
guidance = tg.Data("Guidance passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC)
guidance_query = tg.Data("Guidance query", kind="prompt", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Assistant transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The consumer filing their own return from a browser or phone.
    taxpayer = tm.add(tg.Actor("Taxpayer", role="consumer filer"))
    # The authority's public website, source of the guidance the assistant cites.
    authority_site = tm.add(
        tg.DataSource(
            "Tax authority website",
            origin=tg.Origin.PUBLIC_WEB,
            provides={publications},
            description="Publications, form instructions and FAQs, fetched each filing season.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The general-purpose model that reads the forms and drafts answers and field values.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="zero-retention enterprise contract")},
        )
    )

with tm.boundary("OCR vendor", trust=tg.Trust.PARTNER):
    # Cloud document-OCR API that turns scans and photos of forms into text.
    ocr = tm.add(tg.ExternalService("Cloud OCR API", provides=tg.ExternalCategory.MODEL_API))

with tm.boundary("Tax authority", trust=tg.Trust.PARTNER):
    # The authority's e-file gateway that accepts or rejects submitted returns.
    efile_gateway = tm.add(tg.ExternalService("Tax authority e-file gateway"))

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # The web app and its API: uploads, the chat panel, the return review screens.
    web_app = tm.add(
        tg.Endpoint(
            "Tax web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="password plus MFA"),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(note="upload file type and size checks"),
            },
        )
    )
    # Turns each uploaded file into structured form content for the assistant.
    extraction = tm.add(
        tg.Pipeline(
            "Form extraction pipeline",
            stage=tg.Stage.INGESTION,
            description="Sends files to the OCR API and parses the text into form fields.",
        )
    )
    # The LLM assistant: fills the return from the forms and answers questions.
    assistant = tm.add(
        tg.Agent(
            "Tax assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Orchestrates the LLM, retrieves guidance and writes return fields; "
            "the taxpayer reviews the result before filing.",
        )
    )
    # The only way the assistant changes the return: sets or clears field values.
    field_tool = tm.add(
        tg.Tool(
            "Return field writer",
            capabilities={tg.Capability.READ, tg.Capability.WRITE},
        )
    )
    # Index of tax-authority guidance the assistant cites when it explains deductions.
    guidance_index = tm.add(tg.VectorStore("Tax guidance index", stores={guidance}))
    # Chunks and embeds the authority's publications into the guidance index.
    indexer = tm.add(tg.Pipeline("Guidance indexer", stage=tg.Stage.INGESTION))
    # Builds the return in the authority's format and transmits it once approved.
    filing = tm.add(
        tg.Service(
            "Filing service",
            controls={
                c.HumanInTheLoop(approver="the taxpayer, after reviewing the return"),
                c.SchemaEnforcement(note="validates against the authority's e-file schema"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Chat history, kept so users can return to a conversation and for support.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Original uploads, kept for the taxpayer's records and for re-extraction.
        document_store = tm.add(
            tg.DataStore(
                "Document store",
                stores={tax_forms},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )
        # The return being prepared and the filed returns with their status.
        return_db = tm.add(
            tg.DataStore(
                "Return database",
                stores={draft_return, acknowledgement},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# uploads and extraction
tm.flow(taxpayer, web_app, tax_forms, protocol="https", label="upload forms")
tm.flow(web_app, document_store, tax_forms)
tm.flow(document_store, extraction, tax_forms)
tm.flow(extraction, ocr, tax_forms, protocol="https")
tm.flow(ocr, extraction, ocr_text, protocol="https")
tm.flow(extraction, assistant, form_content)

# the assistant
tm.flow(taxpayer, web_app, question, protocol="https", label="chat")
tm.flow(web_app, assistant, question)
tm.flow(assistant, web_app, answer)
tm.flow(web_app, taxpayer, answer, protocol="https", label="chat reply")
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")
tm.flow(assistant, guidance_index, guidance_query, label="similarity query")
tm.flow(guidance_index, assistant, guidance, label="retrieved guidance")
tm.flow(assistant, field_tool, field_updates)
tm.flow(field_tool, return_db, field_updates, label="write fields")
tm.flow(field_tool, assistant, field_result)
tm.flow(return_db, assistant, draft_return, label="current return")
tm.flow(assistant, transcript_store, transcripts)

# review and filing
tm.flow(return_db, web_app, draft_return, acknowledgement, label="review screens")
tm.flow(web_app, taxpayer, draft_return, protocol="https", label="review screens")
tm.flow(taxpayer, web_app, user_edits, filing_approval, protocol="https", label="edit and sign")
tm.flow(web_app, return_db, user_edits)
tm.flow(web_app, filing, filing_approval, label="file request")
tm.flow(return_db, filing, draft_return)
tm.flow(filing, efile_gateway, efile_submission, protocol="https")
tm.flow(efile_gateway, filing, acknowledgement, protocol="https")
tm.flow(filing, return_db, acknowledgement)
tm.flow(web_app, taxpayer, acknowledgement, protocol="https", label="filing status")

# guidance ingestion
tm.flow(authority_site, indexer, publications, protocol="https", label="seasonal fetch")
tm.flow(indexer, guidance_index, guidance)
