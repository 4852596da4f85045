"""Loan covenant monitoring with an LLM: the first design, before any security review.

Commercial borrowers' finance teams upload their quarterly financial statements
(PDF and Excel) through the bank's borrower portal, which requires MFA and checks
file type and size. The files are stored encrypted in a document store. A parsing
pipeline extracts text and tables; a covenant extraction service combines them
with the facility's covenant definitions (synced nightly from the loan servicing
system) into a prompt for a hosted LLM, reached over HTTPS from the bank's cloud
tenancy and approved by third-party risk. The LLM returns figures such as EBITDA,
net debt and interest expense; the service computes leverage and coverage ratios
and flags breaches. Every flag is reviewed in a credit workbench (bank SSO, role
based access, audit log) by the relationship manager and a credit officer, who
decides whether it is a breach; no flag reaches the borrower or the loan system
without that decision. An alert service emails relationship managers new flags.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Loan covenant monitoring LLM",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM extraction of covenant ratios from borrowers' quarterly statements, "
        "with breach flags reviewed by relationship managers and credit officers."
    ),
)

# ---------------------------------------------------------------- data assets
statements = tg.Data(
    "Quarterly financial statements",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Borrower-prepared, often unaudited; material non-public information.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
upload_status = tg.Data("Submission status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
parsed_text = tg.Data(
    "Parsed statement text and tables", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
facility_records = tg.Data(
    "Facility and covenant records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
covenant_terms = tg.Data(
    "Covenant definitions and thresholds",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, covenant definitions and the statement text.",
)
completion = tg.Data(
    "Extracted figures (LLM JSON)", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
results = tg.Data(
    "Covenant ratios and breach flags",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decisions = tg.Data(
    "Review decisions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Confirmed breach, false flag, waiver recommendation, with comments.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
alert = tg.Data("Breach flag alert", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Borrower's CFO or finance team, submitting statements each quarter.
    borrower = tm.add(tg.Actor("Borrower finance staff", role="borrower"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted general-purpose LLM under the bank's enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Reads statements and returns covenant inputs as JSON.",
            controls={c.SupplierAssessment(note="third-party risk review; no-retention terms")},
        )
    )

with tm.boundary("Bank cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public-facing portal where borrowers upload statements.
    portal = tm.add(
        tg.Endpoint(
            "Borrower portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="password + MFA"),
                c.InputValidation(note="file type and size checks"),
            },
        )
    )
    # Turns PDFs and spreadsheets into text and tables.
    parser = tm.add(tg.Pipeline("Statement parsing pipeline", stage=tg.Stage.PREPROCESSING))
    # Builds prompts, calls the LLM, computes ratios and compares them to thresholds.
    extractor = tm.add(
        tg.Service(
            "Covenant extraction service",
            controls={c.SecretsManagement(note="LLM API key in the bank vault")},
        )
    )
    # Emails relationship managers when a new flag appears.
    notifier = tm.add(tg.Service("Alert notifier"))
    # Web app where flags are reviewed and decided.
    workbench = tm.add(
        tg.Service(
            "Credit review workbench",
            controls={
                c.Authentication(method="bank SSO (OIDC)"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
                c.HumanInTheLoop(approver="credit officer"),
            },
        )
    )

    with tm.boundary("Credit data zone", trust=tg.Trust.RESTRICTED):
        # Uploaded statements, kept for the life of the facility.
        doc_store = tm.add(
            tg.DataStore(
                "Statement document store",
                stores={statements, parsed_text},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )
        # Copy of each facility's covenant definitions, synced from the loan system.
        terms_db = tm.add(tg.DataStore("Covenant terms store", stores={covenant_terms}))
        # Extracted figures, computed ratios, flags and reviewer decisions.
        results_db = tm.add(
            tg.DataStore(
                "Covenant results database",
                stores={results, decisions},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

with tm.boundary("Bank core systems", trust=tg.Trust.RESTRICTED):
    # System of record for loans; source of the covenant definitions.
    loan_system = tm.add(
        tg.DataSource(
            "Loan servicing system", origin=tg.Origin.INTERNAL, provides={facility_records}
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the borrower relationship; first reviewer of each flag.
    rm = tm.add(tg.Actor("Relationship manager", role="relationship manager"))
    # Independent credit function; decides breach, waiver or escalation.
    credit_officer = tm.add(tg.Actor("Credit officer", role="credit officer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(borrower, portal, statements, protocol="https")
tm.flow(portal, borrower, upload_status, protocol="https")
tm.flow(portal, doc_store, statements)
tm.flow(doc_store, parser, statements)
tm.flow(parser, doc_store, parsed_text)

tm.flow(loan_system, terms_db, facility_records, label="nightly sync")
tm.flow(doc_store, extractor, parsed_text)
tm.flow(terms_db, extractor, covenant_terms)
tm.flow(extractor, llm, prompt, protocol="https")
tm.flow(llm, extractor, completion, protocol="https")
tm.flow(extractor, results_db, results)

tm.flow(results_db, notifier, results, label="new flags")
tm.flow(notifier, rm, alert, label="email")

tm.flow(results_db, workbench, results, decisions)
tm.flow(doc_store, workbench, statements, label="source document view")
tm.flow(workbench, results_db, decisions)
tm.flow(workbench, rm, results, statements, protocol="https")
tm.flow(rm, workbench, decisions, protocol="https")
tm.flow(workbench, credit_officer, results, decisions, statements, protocol="https")
tm.flow(credit_officer, workbench, decisions, protocol="https")
