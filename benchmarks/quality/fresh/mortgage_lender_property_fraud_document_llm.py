"""Mortgage document fraud review: the first design, before any security review.

A UK mortgage lender wants an LLM to read the documents behind each application
and point out signs of fraud: inflated or inconsistent property valuation reports,
solicitor letters that do not match the case, and altered or mismatched ID.
Brokers upload applicants' ID and proof of address, and conveyancing solicitors
upload their letters, through the lender's document portal; the valuation panel
manager posts valuation reports to the same portal over its API. Documents are
kept in an encrypted document store, turned into text by an in-house OCR service
and reviewed by an orchestrator that adds the case data from the mortgage
origination system and the fraud team's red-flag playbook, then calls a hosted
LLM. Cases with indicators go to a referral queue that fraud analysts work; an
analyst, never the model, decides whether to hold or clear a case. Portal users
sign in with password and SMS code, analysts' access is by role, and every
review is written to an audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mortgage document fraud review",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM review of valuation reports, solicitor letters and ID documents for "
        "fraud indicators, referring suspicious cases to the fraud team."
    ),
)

# ---------------------------------------------------------------- data assets
id_documents = tg.Data(
    "Applicant ID documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Passport or driving licence scans, proof of address, bank statements.",
)
solicitor_letters = tg.Data(
    "Solicitor letters",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Certificates of title, source-of-funds and completion letters.",
)
valuation_reports = tg.Data(
    "Property valuation reports",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Surveyor's valuation, property address, comparables and owner details.",
)
upload_status = tg.Data("Upload status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
document_text = tg.Data(
    "Extracted document text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="OCR text of each document, with page and field positions.",
)
case_data = tg.Data(
    "Mortgage application case data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Applicant names, dates of birth, addresses, income, property and loan amount.",
)
playbook = tg.Data(
    "Fraud red-flag playbook and prompt templates",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Known fraud patterns and the system prompt the review uses.",
)
review_prompt = tg.Data(
    "Fraud review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Playbook, case data and the extracted text of the case's documents.",
)
assessment = tg.Data(
    "LLM fraud assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Indicators found, quoted evidence and a refer / no-refer recommendation.",
)
referral = tg.Data(
    "Fraud referral",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Case reference, the indicators and the model's reasoning for an analyst.",
)
screening_status = tg.Data(
    "Screening status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="'screened, no indicators' or 'referred to fraud' on the case.",
)
case_decision = tg.Data(
    "Fraud hold or clear decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
review_log = tg.Data(
    "Review audit log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Each review's prompt, model answer, model version and outcome.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Brokers submit the applicant's ID and supporting documents.
    broker = tm.add(tg.Actor("Mortgage broker", role="broker"))
    # The applicant's and seller's conveyancing solicitors send their letters.
    solicitor = tm.add(tg.Actor("Conveyancing solicitor", role="solicitor"))

with tm.boundary("Valuation panel", trust=tg.Trust.PARTNER):
    # The panel manager instructs surveyors and returns their valuation reports.
    valuation_panel = tm.add(
        tg.ExternalService(
            "Valuation panel manager",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Posts completed valuation reports to the lender's portal API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads the documents; hosted by a vendor under a no-retention contract.
    llm = tm.add(
        tg.LLM(
            "Fraud review LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose hosted model prompted with the fraud playbook.",
            controls={c.SupplierAssessment(note="vendor review; zero data retention agreed")},
        )
    )

with tm.boundary("Lender cloud", trust=tg.Trust.INTERNAL):
    # One place where brokers, solicitors and the valuation panel hand in documents.
    portal = tm.add(
        tg.Endpoint(
            "Document portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="individual portal accounts with password and SMS code; "
                    "API key for the valuation panel"
                ),
                c.InputValidation(note="PDF, JPEG and PNG only, 20 MB per file"),
            },
        )
    )
    # Keeps every document of a case for the life of the mortgage file.
    document_store = tm.add(
        tg.DataStore(
            "Case document store",
            stores={id_documents, solicitor_letters, valuation_reports},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns scans and PDFs into text the LLM can read.
    ocr = tm.add(tg.Service("OCR service", description="In-house container around an OCR engine."))
    # Runs a review when a case's document set is complete and routes the outcome.
    orchestrator = tm.add(
        tg.Service(
            "Fraud review orchestrator",
            description="Builds the prompt, calls the LLM, parses the answer, files referrals.",
            controls={
                c.HumanInTheLoop(
                    approver="fraud analyst",
                    note="the model only refers; an analyst decides every hold or clear",
                ),
                c.AuditLogging(),
            },
        )
    )
    # The fraud team's red flags and the prompt text, edited by the fraud team.
    playbook_store = tm.add(tg.DataStore("Fraud playbook store", stores={playbook}))
    # Cases waiting for a fraud analyst.
    referral_queue = tm.add(
        tg.DataStore(
            "Fraud referral queue",
            stores={referral},
            controls={c.RBAC(note="fraud team role only")},
        )
    )
    # Record of every review, kept for regulators and internal audit.
    audit_log = tm.add(tg.DataStore("Review audit log store", stores={review_log}))

with tm.boundary("Lender data centre", trust=tg.Trust.INTERNAL):
    # System of record for applications; the review reads from it and writes status back.
    origination = tm.add(
        tg.DataStore(
            "Mortgage origination system",
            stores={case_data, screening_status, case_decision},
            controls={c.RBAC(), c.EncryptionAtRest()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Works the referrals and decides whether a case is held.
    analyst = tm.add(tg.Actor("Fraud analyst", role="fraud analyst"))

# ---------------------------------------------------------------- flows
tm.flow(broker, portal, id_documents, protocol="https")
tm.flow(portal, broker, upload_status, protocol="https")
tm.flow(solicitor, portal, solicitor_letters, protocol="https")
tm.flow(portal, solicitor, upload_status, protocol="https")
tm.flow(valuation_panel, portal, valuation_reports, protocol="https")
tm.flow(portal, valuation_panel, upload_status, protocol="https")
tm.flow(portal, document_store, id_documents, solicitor_letters, valuation_reports)

tm.flow(document_store, ocr, id_documents, solicitor_letters, valuation_reports)
tm.flow(ocr, orchestrator, document_text)
tm.flow(origination, orchestrator, case_data, label="case lookup")
tm.flow(playbook_store, orchestrator, playbook)
tm.flow(orchestrator, llm, review_prompt, protocol="https")
tm.flow(llm, orchestrator, assessment, protocol="https")
tm.flow(orchestrator, referral_queue, referral, label="cases with indicators")
tm.flow(orchestrator, origination, screening_status)
tm.flow(orchestrator, audit_log, review_log)

tm.flow(referral_queue, analyst, referral, protocol="https")
tm.flow(
    document_store, analyst, id_documents, solicitor_letters, valuation_reports, protocol="https"
)
tm.flow(analyst, origination, case_decision, protocol="https")
tm.flow(analyst, playbook_store, playbook, protocol="https", label="updates red flags")
