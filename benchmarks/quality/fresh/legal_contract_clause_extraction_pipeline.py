"""Contract clause extraction pipeline for the legal team: the first design.

Signed contracts land in the contract repository (the DMS), pushed by the e-signature
platform when an envelope completes or uploaded as scans by legal operations. A nightly
ingestion job has the in-house OCR service turn new ones into text and hands it to an
extraction service, which sends it with an extraction prompt to a hosted LLM and parses
the JSON answer into renewal dates, notice periods, liability caps and obligations in
the contract database. Low-confidence extractions are flagged; legal counsel correct
them in a review web app behind corporate SSO. A daily job e-mails counsel ahead of
renewal and notice deadlines. The company is EU-based; contracts name signatories.
Controls: SSO with MFA and group-based access on the review app, the DMS's encryption,
permissions and audit trail, JSON-schema checks on the LLM's answer, the LLM API key
in the vault, and a vendor review of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Legal contract clause extraction pipeline",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="OCR and LLM extraction of renewal dates, liabilities and obligations "
    "from signed contracts into the contract database.",
)

# ---------------------------------------------------------------- data assets
signed_contract = tg.Data(
    "Signed contract",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Executed PDF, often a scan; names signatories and their contact details.",
)
contract_text = tg.Data(
    "OCR contract text",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Page text and layout produced by OCR.",
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Fixed instructions and JSON schema followed by the full contract text.",
)
llm_output = tg.Data(
    "LLM extraction output",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="JSON with the extracted clauses, quoted source spans and confidence.",
)
extracted_terms = tg.Data(
    "Extracted contract terms",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Renewal dates, notice periods, liability caps, indemnities and obligations.",
)
term_corrections = tg.Data(
    "Term corrections", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
renewal_reminder = tg.Data(
    "Renewal reminder e-mail", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
extraction_logs = tg.Data(
    "Extraction logs",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Prompts, raw LLM responses and parse errors kept for debugging.",
)
sso_token = tg.Data("SSO ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("E-signature vendor", trust=tg.Trust.PARTNER):
    # Where contracts are signed; its connector files completed envelopes in the DMS.
    esign = tm.add(
        tg.ExternalService(
            "E-signature platform",
            provides=tg.ExternalCategory.GENERIC,
            description="SaaS e-signature service with a DMS connector.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Does the actual clause extraction; a hosted frontier model under an enterprise DPA.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, zero data retention option enabled")},
        )
    )

with tm.boundary("Corporate SaaS", trust=tg.Trust.PARTNER):
    # Corporate single sign-on for the review app.
    idp = tm.add(
        tg.ExternalService(
            "Corporate identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )
    # Corporate mail service the reminder job sends through.
    mail = tm.add(tg.ExternalService("Corporate e-mail service"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews flagged extractions and receives renewal reminders.
    counsel = tm.add(tg.Actor("Legal counsel", role="in-house lawyer"))
    # Uploads scans of older paper contracts into the repository.
    legal_ops = tm.add(tg.Actor("Legal operations specialist", role="legal operations"))

with tm.boundary("Legal applications VPC", trust=tg.Trust.INTERNAL):
    # Runs nightly; selects contracts signed or uploaded since the last run.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly contract ingestion job",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
        )
    )
    # Open-source OCR engine in a container; parses the PDFs and scans.
    ocr = tm.add(
        tg.Service("OCR service", description="Tesseract-based OCR of PDF and TIFF files.")
    )
    # Builds the prompt, calls the LLM, validates and stores the answer.
    extractor = tm.add(
        tg.Service(
            "Clause extraction service",
            controls={
                c.SchemaEnforcement(note="LLM answer must parse against the clause JSON schema"),
                c.SecretsManagement(note="LLM API key held in the vault"),
            },
        )
    )
    # Keeps prompts and raw answers so engineers can debug bad extractions.
    log_store = tm.add(tg.DataStore("Extraction log store", stores={extraction_logs}))
    # Where counsel compare flagged extractions with the contract and correct them.
    review_app = tm.add(
        tg.Endpoint(
            "Contract review web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="only the legal team's directory group"),
            },
        )
    )
    # Looks for renewal and notice deadlines in the next 90 days.
    reminders = tm.add(tg.Service("Daily renewal reminder job"))

    with tm.boundary("Legal data tier", trust=tg.Trust.RESTRICTED):
        # The existing DMS: the system of record for executed contracts.
        repository = tm.add(
            tg.DataStore(
                "Contract repository",
                stores={signed_contract},
                controls={
                    c.EncryptionAtRest(key_management="DMS-managed keys"),
                    c.RBAC(note="matter-based permissions"),
                    c.AuditLogging(),
                },
            )
        )
        # Structured terms the legal team and finance query for renewals.
        contract_db = tm.add(
            tg.DataStore(
                "Contract database",
                stores={extracted_terms},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(esign, repository, signed_contract, protocol="https", label="completed envelope")
tm.flow(legal_ops, repository, signed_contract, protocol="https", label="scanned paper contract")

tm.flow(repository, ingestion, signed_contract, protocol="https", label="nightly export")
tm.flow(ingestion, ocr, signed_contract)
tm.flow(ocr, ingestion, contract_text)
tm.flow(ingestion, extractor, contract_text)
tm.flow(extractor, llm, extraction_prompt, protocol="https")
tm.flow(llm, extractor, llm_output, protocol="https")
tm.flow(extractor, contract_db, extracted_terms)
tm.flow(extractor, log_store, extraction_logs)

tm.flow(counsel, idp, sso_token, protocol="oidc", label="sign in")
tm.flow(idp, review_app, sso_token, protocol="oidc")
tm.flow(contract_db, review_app, extracted_terms, label="flagged extractions")
tm.flow(repository, review_app, signed_contract, protocol="https", label="source document view")
tm.flow(review_app, counsel, extracted_terms, signed_contract, protocol="https")
tm.flow(counsel, review_app, term_corrections, protocol="https")
tm.flow(review_app, contract_db, term_corrections)

tm.flow(contract_db, reminders, extracted_terms, label="daily deadline query")
tm.flow(reminders, mail, renewal_reminder, protocol="smtp+starttls")
tm.flow(mail, counsel, renewal_reminder, protocol="https")
