"""Trade finance document checking assistant: the first design, before any security review.

The bank's trade finance operations team examines documents presented under
letters of credit: commercial invoices, bills of lading, certificates of origin,
insurance certificates and packing lists. Documents arrive as paper by courier
(scanned in the mailroom) or through an electronic presentation platform. An
intake service OCRs and classifies them; a checking orchestrator then sends the
extracted text, the credit terms from the trade finance system and the relevant
UCP 600 / ISBP guidance to a hosted LLM, and turns its answer into a list of
possible discrepancies, with sanctions screening hits on the parties, vessels
and ports. Document checkers review each item in a workbench and make the
decision themselves; refusal notices go out over SWIFT from the trade finance
system. Controls in this design: bank SSO with hardware tokens and roles on the
workbench, checker sign-off on every presentation, vetted LLM vendor, API keys in
the vault, audit logging and encryption at rest of the document and LC stores.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Trade finance document checking assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM checks documents presented under letters of credit against the credit "
        "terms and lists discrepancies for trade finance document checkers."
    ),
)

# ---------------------------------------------------------------- data assets
presented_docs = tg.Data(
    "Presented trade documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Invoices, bills of lading, certificates; names and signatures of individuals.",
)
extracted_text = tg.Data(
    "Extracted document text",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="OCR text and fields per document, with the document type assigned.",
)
lc_terms = tg.Data(
    "Letter of credit terms",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Credit terms and amendments (fields of MT700/MT707), applicant and beneficiary.",
)
lc_messages = tg.Data(
    "LC issuance and amendment messages", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
guidance = tg.Data(
    "Checking rules and guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="UCP 600, ISBP 821 and the bank's own document checking procedures.",
)
rules_query = tg.Data(
    "Guidance search query", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
retrieved_guidance = tg.Data(
    "Retrieved guidance passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Checking prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, credit terms, document text and guidance passages.",
)
draft = tg.Data(
    "Discrepancy list draft", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
findings = tg.Data(
    "Discrepancy findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each possible discrepancy with the document, field and credit term it cites.",
)
screening_request = tg.Data(
    "Parties, vessels and ports", kind="records", sensitivity=tg.Sensitivity.PII
)
screening_hits = tg.Data(
    "Sanctions screening hits", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
decision = tg.Data(
    "Examination decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Compliant or discrepant, with the discrepancies the checker confirmed.",
)
refusal = tg.Data("Refusal notice", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
audit_trail = tg.Data("Checking audit trail", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Counterparties", trust=tg.Trust.PARTNER):
    # Presenting banks and exporters who courier original paper documents to us.
    presenter = tm.add(
        tg.Actor("Presenting bank", role="presenting bank or beneficiary", human=False)
    )
    # Third-party electronic presentation platform for eBLs and digital document sets.
    e_presentation = tm.add(
        tg.DataSource(
            "Electronic presentation platform",
            origin=tg.Origin.PARTNER,
            provides={presented_docs},
        )
    )
    # The SWIFT network: issuing banks' MT700/MT707 in, our MT734 refusals out.
    swift_network = tm.add(tg.ExternalService("SWIFT network", provides="generic"))

with tm.boundary("LLM provider tenant", trust=tg.Trust.PARTNER):
    # General-purpose model hosted by a cloud vendor in the bank's private tenant.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Reads credit terms and document text, returns discrepancies as JSON.",
            controls={c.SupplierAssessment(note="bank vendor risk review; no-retention terms")},
        )
    )

with tm.boundary("Bank internal network", trust=tg.Trust.INTERNAL):
    # Mailroom scanner that turns couriered paper sets into PDFs.
    scanner = tm.add(tg.Device("Mailroom document scanner", fleet=False))
    # OCR, page splitting and document type classification for each presentation.
    intake = tm.add(
        tg.Service(
            "Document intake service",
            controls={c.InputValidation(note="file type, size and page count checks")},
        )
    )
    # Assembles the prompt, calls the LLM, validates the JSON and requests screening.
    orchestrator = tm.add(
        tg.Service(
            "Checking orchestrator",
            controls={
                c.SecretsManagement(note="LLM API key in the bank vault"),
                c.AuditLogging(note="prompt, response and model version per presentation"),
            },
        )
    )
    # UCP 600, ISBP 821 and internal procedures, chunked for retrieval.
    guidance_index = tm.add(tg.VectorStore("Checking guidance index", stores={guidance}))
    # The bank's existing sanctions screening engine, reused for trade parties and vessels.
    screening = tm.add(tg.Service("Sanctions screening service"))
    # Web workbench where checkers see documents beside the suggested discrepancies.
    workbench = tm.add(
        tg.Service(
            "Checker workbench",
            controls={
                c.Authentication(method="bank SSO with hardware token"),
                c.RBAC(note="trade finance operations roles"),
                c.HumanInTheLoop(approver="document checker, on every presentation"),
            },
        )
    )
    # Examines each presentation and decides compliant or discrepant.
    checker = tm.add(tg.Actor("Document checker", role="trade finance checker"))
    # Maintains the bank's checking procedures in the guidance index.
    rules_editor = tm.add(
        tg.Actor("Trade finance procedures lead", role="operations policy", privileged=True)
    )

    with tm.boundary("Trade finance data zone", trust=tg.Trust.RESTRICTED):
        # System of record for letters of credit, presentations and examination outcomes.
        tf_system = tm.add(
            tg.DataStore(
                "Trade finance system",
                stores={lc_terms, decision},
                controls={
                    c.EncryptionAtRest(key_management="bank HSM"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Scanned and electronic document sets with their OCR text.
        doc_store = tm.add(
            tg.DataStore(
                "Presented document store",
                stores={presented_docs, extracted_text},
                controls={c.EncryptionAtRest(key_management="bank HSM")},
            )
        )
        # Prompts, model answers and checker actions, kept for regulators and disputes.
        audit_log = tm.add(tg.DataStore("Checking audit log", stores={audit_trail}))

    with tm.boundary("SWIFT secure zone", trust=tg.Trust.RESTRICTED):
        # The bank's SWIFT interface; LAU-signed link to the trade finance system.
        swift_gateway = tm.add(tg.Service("SWIFT gateway"))

# ---------------------------------------------------------------- flows
# Presentation intake
tm.flow(presenter, scanner, presented_docs, label="paper documents by courier")
tm.flow(scanner, intake, presented_docs, protocol="smb", label="scan to folder")
tm.flow(e_presentation, intake, presented_docs, protocol="https")
tm.flow(intake, doc_store, presented_docs, extracted_text)

# Credit terms from SWIFT
tm.flow(
    swift_network,
    swift_gateway,
    lc_messages,
    protocol="swiftnet",
    controls={c.MutualAuthentication(note="SWIFT PKI")},
)
tm.flow(swift_gateway, tf_system, lc_messages, controls={c.MessageIntegrity(note="LAU")})

# Checking
tm.flow(doc_store, orchestrator, extracted_text)
tm.flow(tf_system, orchestrator, lc_terms)
tm.flow(orchestrator, guidance_index, rules_query, label="similarity search")
tm.flow(guidance_index, orchestrator, retrieved_guidance)
tm.flow(orchestrator, llm, prompt, protocol="https", label="private endpoint")
tm.flow(llm, orchestrator, draft, protocol="https")
tm.flow(orchestrator, screening, screening_request, protocol="https")
tm.flow(screening, orchestrator, screening_hits, protocol="https")
tm.flow(orchestrator, audit_log, audit_trail)
tm.flow(orchestrator, workbench, findings, screening_hits, protocol="https")

# Examination by the checker
tm.flow(doc_store, workbench, presented_docs)
tm.flow(workbench, checker, presented_docs, findings, screening_hits, protocol="https")
tm.flow(checker, workbench, decision, protocol="https")
tm.flow(workbench, audit_log, audit_trail)
tm.flow(workbench, tf_system, decision)

# Refusals out over SWIFT
tm.flow(tf_system, swift_gateway, refusal, controls={c.MessageIntegrity(note="LAU")})
tm.flow(
    swift_gateway,
    swift_network,
    refusal,
    protocol="swiftnet",
    controls={c.MutualAuthentication(note="SWIFT PKI")},
)

# Guidance maintenance
tm.flow(rules_editor, guidance_index, guidance, protocol="https", label="upload procedures")
