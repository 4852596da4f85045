"""Receipt OCR API: the first design, before any security review.

A public REST API that expense-management apps (our B2B customers, many of them
serving employees in the EU) call with a receipt photo to get back structured
fields: merchant, date, total, tax and currency, as JSON. Each customer app
authenticates with an API key issued from our key store; the API checks image
type and size and applies per-key quotas. An extraction service in our cloud VPC
sends the image with an extraction prompt to a vision-language model that a cloud
provider hosts for us, validates the returned JSON against our field schema and
answers the caller. Images and extracted fields are kept for 14 days in an
encrypted bucket for quality review: our in-house labeling team (SSO login)
corrects a sample in a review tool, and the corrected examples become a
fine-tuning dataset that an ML engineer submits to the provider's fine-tuning
service, which deploys the new model version. The provider passed our vendor review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Receipt OCR API",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "soc2"},
    description="Public receipt field-extraction API for expense apps, with a review and fine-tuning loop.",
)

# ---------------------------------------------------------------- data assets
api_key = tg.Data(
    "Customer API key",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Per-customer key sent in a header on every call.",
)
receipt_image = tg.Data(
    "Receipt image",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Photo of a receipt: merchant, amounts, often the employee's name, "
    "masked card number, hotel guest details.",
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Fixed extraction instructions plus the receipt image.",
)
model_answer = tg.Data(
    "Model answer",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The VLM's JSON text with the fields it read from the receipt.",
)
extracted_fields = tg.Data(
    "Extracted receipt fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Validated JSON returned to the customer app and kept for review.",
)
corrections = tg.Data(
    "Reviewer corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
finetune_examples = tg.Data(
    "Fine-tuning examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Receipt images paired with corrected fields.",
)
job_config = tg.Data("Fine-tuning job configuration", kind="instructions")
tuned_model = tg.Data(
    "Fine-tuned model version",
    kind="model-artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Adapter weights held by the provider and served under a new version id.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer's expense app backend: anyone who signs up gets an API key.
    client_app = tm.add(tg.Actor("Expense app backend", role="API customer", human=False))

with tm.boundary("Receipt API VPC", trust=tg.Trust.INTERNAL):
    # Public entry point: authenticates the key, checks the upload, enforces quotas.
    receipt_api = tm.add(
        tg.Endpoint(
            "Receipt extraction API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="API key"),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(note="JPEG/PNG/HEIC only, 10 MB max"),
            },
        )
    )
    # Where issued API keys are looked up (hashed) for each request.
    key_store = tm.add(tg.DataStore("API key store", stores={api_key}))
    # Builds the prompt, calls the VLM, checks its JSON and archives the result.
    extractor = tm.add(
        tg.Service(
            "Extraction service",
            description="Resizes the image, calls the hosted VLM, parses and checks the answer.",
            controls={c.OutputFiltering(note="answer must parse against the receipt JSON schema")},
        )
    )
    # Images and results kept 14 days (bucket lifecycle rule) for quality review.
    review_bucket = tm.add(
        tg.DataStore(
            "Receipt review bucket",
            stores={receipt_image, extracted_fields},
            description="Object storage with a 14-day expiry rule.",
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web tool where reviewers see a sample of receipts and fix the fields.
    review_tool = tm.add(
        tg.Pipeline(
            "Quality review tool",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="company SSO")},
        )
    )
    # Corrected examples accumulated for the next fine-tuning run.
    finetune_set = tm.add(
        tg.Dataset("Fine-tuning dataset", stores={finetune_examples}, purpose="fine-tuning")
    )

with tm.boundary("Cloud model provider", trust=tg.Trust.PARTNER):
    # The vision-language model, hosted and served by the provider under our account.
    vlm = tm.add(
        tg.LLM(
            "Receipt vision-language model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Multimodal model, fine-tuned on our corrected receipts.",
            controls={c.SupplierAssessment(note="procurement vendor review")},
        )
    )
    # The provider's managed fine-tuning service, which publishes new model versions.
    finetune_job = tm.add(tg.Pipeline("Managed fine-tuning job", stage=tg.Stage.FINE_TUNING))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # In-house reviewers who correct sampled extractions.
    labelers = tm.add(tg.Actor("Labeling team", role="labeler"))
    # Starts fine-tuning runs and switches the API to a new model version.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(client_app, receipt_api, receipt_image, api_key, protocol="https")
tm.flow(key_store, receipt_api, api_key, label="key lookup")
tm.flow(receipt_api, extractor, receipt_image)
tm.flow(extractor, vlm, extraction_prompt, protocol="https")
tm.flow(vlm, extractor, model_answer, protocol="https")
tm.flow(extractor, receipt_api, extracted_fields)
tm.flow(receipt_api, client_app, extracted_fields, protocol="https")
tm.flow(extractor, review_bucket, receipt_image, extracted_fields, label="14-day archive")

tm.flow(review_bucket, review_tool, receipt_image, extracted_fields, label="daily sample")
tm.flow(review_tool, labelers, receipt_image, extracted_fields, protocol="https")
tm.flow(labelers, review_tool, corrections, protocol="https")
tm.flow(review_tool, finetune_set, finetune_examples)
tm.flow(finetune_set, finetune_job, finetune_examples, protocol="https", label="upload")
tm.flow(ml_engineer, finetune_job, job_config, protocol="https", label="starts run")
tm.flow(finetune_job, vlm, tuned_model, label="deploys new version")
