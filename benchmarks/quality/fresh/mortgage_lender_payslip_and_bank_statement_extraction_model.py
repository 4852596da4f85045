"""Mortgage payslip and bank statement extraction: the first design, before any security review.

An Irish mortgage lender lets applicants and their brokers upload payslips and bank
statements (PDFs, phone photos) through one upload API behind both portals. Files go
to an encrypted document store. An extraction service OCRs each page, runs an in-house
payslip model (fine-tuned from an open-weights layout model) for pay, employer and pay
dates, and a categoriser that labels each statement line (salary, rent, loans...).
The income and outgoings summary feeds the existing affordability calculator, which
also reads the application from the loan origination system. Underwriters see the
result beside the documents in their workbench, correct figures and sign off; their
corrections feed quarterly retraining, and models deploy from a registry. Controls:
portal sign-in with a second factor, file checks, TLS, encrypted role-based stores,
underwriter sign-off, calculation logging, evaluated and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mortgage payslip and bank statement extraction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "Extracts income and outgoings from applicants' payslips and bank statements "
        "for the affordability calculation underwriters rely on."
    ),
)

# ---------------------------------------------------------------- data assets
payslips = tg.Data(
    "Payslips",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Uploaded PDFs or photos: name, address, PPS number, employer, pay.",
)
statements = tg.Data(
    "Bank statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Three to six months of current-account statements, every transaction.",
)
upload_receipt = tg.Data("Upload receipt", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
pages = tg.Data(
    "Page images and OCR layout",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-page image, OCR tokens and bounding boxes.",
)
income_fields = tg.Data(
    "Extracted payslip fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Gross and net pay, pay frequency, employer, pay date, with confidences.",
)
transactions = tg.Data("Statement transactions", kind="records", sensitivity=tg.Sensitivity.PII)
categories = tg.Data(
    "Categorised transactions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Each statement line with a category (salary, rent, loan, childcare, gambling...).",
)
summary = tg.Data(
    "Income and outgoings summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
application = tg.Data(
    "Mortgage application record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Loan amount, term, property value, household and dependants.",
)
affordability = tg.Data(
    "Affordability result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Net disposable income, stressed repayment, loan-to-income and pass/refer.",
)
corrections = tg.Data(
    "Underwriter corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Fields and categories the underwriter changed, with the right values.",
)
decision = tg.Data("Underwriting decision", kind="records", sensitivity=tg.Sensitivity.PII)
training_examples = tg.Data(
    "Labelled document examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Corrected payslips and statements with their field and category labels.",
)
extractor_weights = tg.Data(
    "Document extraction model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="safetensors",
)
categoriser_artifact = tg.Data(
    "Transaction categoriser artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The borrower uploads their own documents from the applicant portal.
    applicant = tm.add(tg.Actor("Mortgage applicant", role="applicant"))
    # Intermediaries upload on their clients' behalf; most applications come this way.
    broker = tm.add(tg.Actor("Mortgage broker", role="broker"))

with tm.boundary("Lender cloud", trust=tg.Trust.INTERNAL):
    # The one way documents get in, shared by the applicant and broker portals.
    upload_api = tm.add(
        tg.Endpoint(
            "Document upload API",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(
                    method="applicants: e-mail and password with SMS code at every sign-in; "
                    "brokers: broker portal password with authenticator app code"
                ),
                c.InputValidation(note="PDF, JPEG and PNG only, 20 MB per file, antivirus scan"),
            },
        )
    )
    # Runs OCR, calls both models and assembles the summary for each application.
    extraction = tm.add(
        tg.Service(
            "Extraction service",
            description="Tesseract OCR, then the two models; low-confidence fields are flagged.",
        )
    )
    # Reads payslip fields off the page; fine-tuned from a public layout model.
    extractor = tm.add(
        tg.Model(
            "Payslip field extraction model",
            task="classifier",
            origin="open-weights",
            high_stakes=True,
            description="LayoutLMv3 token classifier fine-tuned on our labelled payslips.",
        )
    )
    # Decides which statement lines count as income and which as committed outgoings.
    categoriser = tm.add(
        tg.Model(
            "Transaction categorisation model",
            task="classifier",
            high_stakes=True,
            description="Gradient-boosted trees over description text, amount and timing.",
        )
    )
    # The existing rules engine: stress-tested repayment, Central Bank LTI limits.
    calculator = tm.add(
        tg.Service(
            "Affordability calculator",
            controls={
                c.ExplainabilityLogging(
                    note="every calculation stored with its inputs and version"
                ),
            },
        )
    )

    with tm.boundary("Customer data zone", trust=tg.Trust.RESTRICTED):
        # Keeps every uploaded original, as evidence for the loan file.
        documents = tm.add(
            tg.DataStore(
                "Application document store",
                stores={payslips, statements},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # What the models read, per application, for the calculator and the workbench.
        figures = tm.add(
            tg.DataStore(
                "Extracted figures database",
                stores={summary, income_fields, categories, corrections},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # System of record for applications and decisions; already in production.
        los = tm.add(
            tg.DataStore(
                "Loan origination system",
                stores={application, affordability, decision},
                controls={
                    c.AuditLogging(),
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Underwriter-corrected documents, the ground truth for retraining.
        training_set = tm.add(
            tg.Dataset(
                "Labelled document set",
                stores={training_examples},
                purpose="training",
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Quarterly retraining of both models from the labelled set.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage="training",
                third_party_packages=True,
                controls={c.ModelValidation(note="field accuracy on a held-out set must not drop")},
            )
        )
        # Holds every trained version; serving loads the one marked production.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={extractor_weights, categoriser_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Credit underwriters decide the application; they check the figures first.
    underwriter = tm.add(tg.Actor("Underwriter", role="credit underwriter"))
    # Where underwriters see the result beside the documents and correct it.
    workbench = tm.add(
        tg.Service(
            "Underwriter workbench",
            controls={
                c.Authentication(method="corporate SSO (Entra ID) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="credit underwriter",
                    note="the underwriter confirms the extracted figures against the documents before sign-off",
                ),
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")
tm.flow(applicant, upload_api, payslips, statements, protocol="https", controls={tls})
tm.flow(upload_api, applicant, upload_receipt, protocol="https", controls={tls})
tm.flow(broker, upload_api, payslips, statements, protocol="https", controls={tls})
tm.flow(upload_api, broker, upload_receipt, protocol="https", controls={tls})
tm.flow(upload_api, documents, payslips, statements, protocol="https")

tm.flow(documents, extraction, payslips, statements, protocol="https")
tm.flow(extraction, extractor, pages, protocol="grpc")
tm.flow(extractor, extraction, income_fields, protocol="grpc")
tm.flow(extraction, categoriser, transactions, protocol="grpc")
tm.flow(categoriser, extraction, categories, protocol="grpc")
tm.flow(extraction, figures, summary, income_fields, categories, protocol="https")

tm.flow(figures, calculator, summary, protocol="https")
tm.flow(los, calculator, application, protocol="https")
tm.flow(calculator, los, affordability, protocol="https")

tm.flow(los, workbench, application, affordability, protocol="https")
tm.flow(figures, workbench, summary, income_fields, categories, protocol="https")
tm.flow(documents, workbench, payslips, statements, protocol="https", label="source documents")
tm.flow(workbench, underwriter, affordability, summary, payslips, statements, protocol="https")
tm.flow(underwriter, workbench, corrections, decision, protocol="https")
tm.flow(workbench, figures, corrections, summary, protocol="https", label="corrected figures")
tm.flow(workbench, calculator, summary, protocol="https", label="recalculate after correction")
tm.flow(workbench, los, decision, protocol="https")

tm.flow(figures, training_set, corrections, label="nightly export of corrections")
tm.flow(documents, training_set, payslips, statements, label="documents behind corrections")
tm.flow(training_set, training, training_examples)
tm.flow(training, registry, extractor_weights, categoriser_artifact)
tm.flow(registry, extractor, extractor_weights, label="deploy")
tm.flow(registry, categoriser, categoriser_artifact, label="deploy")
