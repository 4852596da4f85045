"""Trade-finance document check: the first design, before any security review.

The bank's trade operations team examines documents presented under letters of
credit. Exporters upload presentations through the corporate trade portal, and
correspondent banks send paper sets by courier (scanned in the mail room) and
the LC issuance and amendment messages over SWIFT. An intake service OCRs every
document into the document store. A discrepancy check service takes the LC
terms from the trade back-office system, the extracted document text and the
relevant UCP 600 / ISBP articles from a rules index, and asks an LLM hosted in
the bank's tenant at a cloud provider to list discrepancies between them. The
list lands on the checker workbench, where a document checker confirms or
rejects each item and records the honour or refuse decision in the back office.
Controls in this design: token-based sign-in on the portal, staff SSO with MFA
and roles on the workbench, SWIFT PKI, encryption at rest of documents and LC
records, a vault for the LLM key and a vendor review of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Trade-finance document check",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM-assisted examination of documents presented under letters of credit; "
        "document checkers make the final honour or refuse decision."
    ),
)

# ---------------------------------------------------------------- data assets
lc_messages = tg.Data(
    "LC issuance and amendment messages",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="SWIFT MT700 / MT707 messages carrying the credit's terms and conditions.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lc_terms = tg.Data(
    "Letter of credit terms",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
presented_docs = tg.Data(
    "Presented documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bills of lading, commercial invoices, packing lists, certificates of "
    "origin and insurance certificates, as PDF uploads or paper sets.",
)
extracted_text = tg.Data(
    "Extracted document text",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="OCR text and key fields (ports, dates, amounts, goods description).",
)
practice_notes = tg.Data(
    "UCP 600, ISBP 745 and internal practice notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
rules_chunks = tg.Data(
    "Rules passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
rules_query = tg.Data("Rules query", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
exam_prompt = tg.Data(
    "Examination prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the LC terms, the extracted text of every document and the rules passages.",
)
llm_output = tg.Data(
    "LLM discrepancy draft", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
discrepancies = tg.Data(
    "Discrepancy list",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each suspected discrepancy with the documents and LC clause it concerns.",
)
checker_review = tg.Data(
    "Checker review notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per item: confirmed, rejected or added by the checker.",
)
exam_decision = tg.Data(
    "Examination decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Honour, or refuse with the stated discrepancies.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
refusal_notice = tg.Data(
    "Refusal notice",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="SWIFT MT734 listing the discrepancies to the presenting bank.",
)
presentation_status = tg.Data(
    "Presentation status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Beneficiaries who present documents to us directly.
    exporter = tm.add(tg.Actor("Exporter", role="corporate client"))

with tm.boundary("SWIFT network", trust=tg.Trust.PARTNER):
    # Issuing, advising and presenting banks we deal with.
    correspondents = tm.add(
        tg.ExternalService(
            "Correspondent banks",
            description="Send LC messages over SWIFT and paper document sets by courier.",
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The model that drafts the discrepancy list; the bank's own tenant, EU region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model behind the provider's API; its draft "
            "shapes whether a payment under the credit is honoured or refused.",
            controls={
                c.SupplierAssessment(
                    note="third-party risk review: no training on our data, 30-day abuse-log retention"
                )
            },
        )
    )

with tm.boundary("Online banking DMZ", trust=tg.Trust.INTERNAL):
    # Corporate clients' channel for trade presentations.
    portal = tm.add(
        tg.Endpoint(
            "Trade portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="user ID, password and hardware token OTP"),
                c.InputValidation(note="PDF and TIFF only, 25 MB per file"),
            },
        )
    )

with tm.boundary("SWIFT secure zone", trust=tg.Trust.RESTRICTED):
    # Alliance Access instance: the only way SWIFT traffic enters or leaves the bank.
    swift_gateway = tm.add(tg.Service("SWIFT gateway"))

with tm.boundary("Trade operations platform", trust=tg.Trust.INTERNAL):
    # Turns uploads and scans into text the check can read.
    intake = tm.add(
        tg.Service(
            "Document intake service",
            description="Classifies each document, runs OCR and extracts key fields.",
        )
    )
    # Originals and extracted text of every presentation.
    doc_store = tm.add(
        tg.DataStore(
            "Document store",
            stores={presented_docs, extracted_text},
            controls={
                c.EncryptionAtRest(key_management="bank KMS"),
                c.RBAC(note="trade operations roles only"),
            },
        )
    )
    # Rule texts the LLM is pointed at, so it cites the right article.
    rules_index = tm.add(tg.VectorStore("Rules index", stores={rules_chunks}))
    # Chunks and embeds the rules corpus whenever the practice team updates it.
    rules_job = tm.add(tg.Pipeline("Rules indexing job", stage=tg.Stage.INGESTION))
    # Orchestrates one examination: gathers inputs, calls the LLM, parses the answer.
    checker_svc = tm.add(
        tg.Service(
            "Discrepancy check service",
            controls={c.SecretsManagement(note="LLM API key in the bank vault")},
        )
    )
    # Suggested discrepancies and the checkers' verdicts on them.
    results_store = tm.add(
        tg.DataStore(
            "Discrepancy results store",
            stores={discrepancies, checker_review},
            controls={c.EncryptionAtRest(key_management="bank KMS")},
        )
    )
    # Where checkers see the documents side by side with the suggested discrepancies.
    workbench = tm.add(
        tg.Endpoint(
            "Checker workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO (OIDC) with MFA"),
                c.RBAC(note="document checker and supervisor roles"),
                c.HumanInTheLoop(
                    approver="document checker",
                    note="the discrepancy list is advisory; a checker decides every presentation",
                ),
            },
        )
    )

    with tm.boundary("Trade back office", trust=tg.Trust.RESTRICTED):
        # System of record for credits, presentations and decisions.
        back_office = tm.add(
            tg.DataStore(
                "Trade back-office system",
                stores={lc_terms, exam_decision},
                controls={
                    c.EncryptionAtRest(key_management="bank KMS"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=3650),
                },
            )
        )

with tm.boundary("Operations centre", trust=tg.Trust.INTERNAL):
    # Examines each presentation within the five banking days UCP 600 allows.
    checker = tm.add(tg.Actor("Document checker", role="trade operations staff"))
    # Keeps the rules corpus current with ICC opinions and the bank's practice.
    practice_lead = tm.add(tg.Actor("Trade practice lead", role="trade product specialist"))
    # Scans courier deliveries of paper document sets.
    scanner = tm.add(tg.Device("Mail room scanner", fleet=False))

# ---------------------------------------------------------------- flows
# LC terms arrive over SWIFT
tm.flow(
    correspondents,
    swift_gateway,
    lc_messages,
    protocol="swiftnet",
    controls={c.MutualAuthentication(note="SWIFT PKI"), c.EncryptionInTransit()},
)
tm.flow(swift_gateway, back_office, lc_terms, label="LC set-up")

# Presentations
tm.flow(exporter, portal, presented_docs, protocol="https")
tm.flow(portal, exporter, presentation_status, protocol="https")
tm.flow(portal, intake, presented_docs)
tm.flow(correspondents, scanner, presented_docs, label="paper set by courier")
tm.flow(scanner, intake, presented_docs, protocol="https")
tm.flow(intake, doc_store, presented_docs, extracted_text)

# Rules corpus
tm.flow(practice_lead, rules_job, practice_notes, label="uploads updated guidance")
tm.flow(rules_job, rules_index, rules_chunks)

# Examination
tm.flow(back_office, checker_svc, lc_terms)
tm.flow(doc_store, checker_svc, extracted_text)
tm.flow(checker_svc, rules_index, rules_query, label="similarity query")
tm.flow(rules_index, checker_svc, rules_chunks)
tm.flow(checker_svc, llm, exam_prompt, protocol="https")
tm.flow(llm, checker_svc, llm_output, protocol="https")
tm.flow(checker_svc, results_store, discrepancies)

# Checker review and decision
tm.flow(results_store, workbench, discrepancies)
tm.flow(doc_store, workbench, presented_docs)
tm.flow(back_office, workbench, lc_terms)
tm.flow(workbench, checker, discrepancies, presented_docs, lc_terms, protocol="https")
tm.flow(checker, workbench, checker_review, exam_decision, protocol="https")
tm.flow(workbench, results_store, checker_review)
tm.flow(workbench, back_office, exam_decision)
tm.flow(back_office, portal, presentation_status)
tm.flow(back_office, swift_gateway, refusal_notice, label="refusal (MT734)")
tm.flow(
    swift_gateway,
    correspondents,
    refusal_notice,
    protocol="swiftnet",
    controls={c.MutualAuthentication(note="SWIFT PKI"), c.EncryptionInTransit()},
)
