"""Contract clause extractor: the first design, before any security review.

Suppliers send signed contracts as PDFs to the procurement team, who upload them
through an internal extraction service in the company's cloud account (SSO login;
only PDFs under a size limit are accepted). Uploads land in an encrypted document
bucket. An extraction worker runs a layout model over each PDF to recover the text
and its structure, then prompts a fine-tuned LLM, served in the same account, to
extract the termination, liability and renewal-date clauses as JSON, which the
worker checks against a schema before writing it to the contract database. A
reminder job turns renewal dates into reminders in the procurement SaaS. Lawyers
spot-check a sample of extractions in a review app; their corrections are saved
and become fine-tuning examples for the next model version, which is trained in
the ML account and stored, versioned, in the model registry that serving loads from.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Contract clause extractor",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Extracts termination, liability and renewal clauses from supplier contract PDFs "
        "into the contract database and creates renewal reminders."
    ),
)

# ---------------------------------------------------------------- data assets
contract_pdf = tg.Data(
    "Supplier contract PDF",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Signed supplier contract: pricing, liability caps, signatories' names.",
)
layout = tg.Data(
    "Page layout and text",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Text blocks, headings and tables recovered from each page.",
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Extraction instructions plus the contract text.",
)
extracted = tg.Data(
    "Extracted clauses",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
clause_records = tg.Data(
    "Contract clause records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
reminder = tg.Data("Renewal reminder", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
corrections = tg.Data(
    "Lawyer corrections",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
ft_examples = tg.Data(
    "Fine-tuning examples", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data("Model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors")

# ---------------------------------------------------------------- elements
with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Suppliers author the contracts, so they control the PDF content.
    supplier = tm.add(
        tg.DataSource(
            "Supplier",
            origin=tg.Origin.PARTNER,
            provides={contract_pdf},
            description="Sends signed contracts to procurement by e-mail.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Uploads contracts and reads the extracted clauses.
    buyer = tm.add(tg.Actor("Procurement specialist", role="procurement"))
    # Spot-checks extractions and corrects them.
    lawyer = tm.add(tg.Actor("Lawyer", role="legal reviewer"))

with tm.boundary("Procurement SaaS", trust=tg.Trust.PARTNER):
    # The procurement system where renewal reminders are raised.
    procurement = tm.add(
        tg.ExternalService(
            "Procurement system", description="Procurement SaaS with a reminders API."
        )
    )

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Where procurement uploads PDFs and looks up extraction results.
    upload_api = tm.add(
        tg.Endpoint(
            "Extraction service API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.InputValidation(note="PDF MIME type and 25 MB size limit"),
            },
        )
    )
    # Keeps the original contract files.
    bucket = tm.add(
        tg.DataStore(
            "Contract document bucket",
            stores={contract_pdf},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Runs layout model then LLM per document and validates the JSON it gets back.
    worker = tm.add(
        tg.Service(
            "Extraction worker",
            description="Queue-driven worker: layout, prompt assembly, JSON schema check, DB write.",
            controls={
                c.OutputFiltering(note="LLM output must parse against the clause JSON schema")
            },
        )
    )
    # System of record for extracted clauses.
    contract_db = tm.add(
        tg.DataStore(
            "Contract database",
            stores={clause_records},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )
    # Creates reminders in the procurement system from renewal dates.
    reminder_job = tm.add(
        tg.Service("Renewal reminder job", description="Daily job over new renewal dates.")
    )
    # Lawyers' spot-check UI over a sample of extractions.
    review_app = tm.add(
        tg.Service(
            "Review app",
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )

    with tm.boundary("ML workloads", trust=tg.Trust.INTERNAL):
        # Recovers text and structure from the PDF pages.
        layout_model = tm.add(
            tg.Model(
                "Layout model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Open-weights document layout model with OCR, self-hosted.",
            )
        )
        # Extracts the clauses from the contract text.
        clause_llm = tm.add(
            tg.LLM(
                "Clause extraction LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Open-weights LLM fine-tuned on contract extractions, self-hosted.",
            )
        )
        # Versioned store that serving loads both models from.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Corrected extractions kept for the next fine-tuning round.
        ft_set = tm.add(tg.Dataset("Fine-tuning set", stores={ft_examples}, purpose="fine-tuning"))
        # Fine-tunes the clause LLM on the fine-tuning set.
        fine_tune = tm.add(tg.Pipeline("Fine-tuning job", stage=tg.Stage.FINE_TUNING))

# ---------------------------------------------------------------- flows
tm.flow(supplier, buyer, contract_pdf, protocol="smtp+starttls", label="e-mail")
tm.flow(buyer, upload_api, contract_pdf, protocol="https")
tm.flow(upload_api, bucket, contract_pdf)
tm.flow(bucket, worker, contract_pdf)
tm.flow(worker, layout_model, contract_pdf)
tm.flow(layout_model, worker, layout)
tm.flow(worker, clause_llm, extraction_prompt)
tm.flow(clause_llm, worker, extracted)
tm.flow(worker, contract_db, clause_records)
tm.flow(contract_db, upload_api, clause_records)
tm.flow(upload_api, buyer, clause_records, protocol="https")

tm.flow(contract_db, reminder_job, clause_records, label="renewal dates")
tm.flow(reminder_job, procurement, reminder, protocol="https")

tm.flow(contract_db, review_app, clause_records, label="sampled extractions")
tm.flow(bucket, review_app, contract_pdf)
tm.flow(review_app, lawyer, clause_records, contract_pdf, protocol="https")
tm.flow(lawyer, review_app, corrections, protocol="https")
tm.flow(review_app, contract_db, corrections)
tm.flow(review_app, ft_set, corrections)

tm.flow(ft_set, fine_tune, ft_examples)
tm.flow(registry, fine_tune, weights, label="base weights")
tm.flow(fine_tune, registry, weights, label="fine-tuned weights")
tm.flow(registry, layout_model, weights, label="load at start-up")
tm.flow(registry, clause_llm, weights, label="load at start-up")
