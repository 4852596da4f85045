"""Pet insurance claims: vet invoice OCR and LLM pre-assessment (first design).

Policyholders submit claims for their pets' treatment in the customer portal, and
partner vet practices can submit direct claims for the same policies; both upload
vet invoices and clinical notes. The documents land in a cloud object store in our
claims VPC. An extraction service sends them to a cloud OCR API, then asks a hosted
LLM to pull out the treatments, dates and costs as line items and compare them with
the policy's cover, limits and excess from the policy administration system. The
result is written to the claims database as a pre-assessment that claims handlers
open in their workbench next to the original documents; a handler settles every
claim, and approved payouts go to the bank as a Bacs file over SFTP. Policyholders
sign in with e-mail and password, staff through corporate SSO with MFA. The
document store and claims database are encrypted with KMS keys, the LLM vendor was
vetted and retains no prompts, and the LLM's output is checked against a JSON
schema before it is stored.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pet claim OCR and LLM pre-assessment",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Vet invoices and clinical notes are OCRed and an LLM extracts treatments "
    "and costs to pre-assess pet insurance claims for handlers.",
)

# ---------------------------------------------------------------- data assets
claim_form = tg.Data(
    "Claim form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policy number, pet, condition, treatment dates, policyholder contact details.",
)
bank_details = tg.Data(
    "Payout bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Sort code and account number of the policyholder or the vet practice.",
)
vet_documents = tg.Data(
    "Vet invoices and clinical notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDFs and photos; name and address of the owner, the pet's clinical history.",
)
ocr_text = tg.Data("OCR text of vet documents", kind="documents", sensitivity=tg.Sensitivity.PII)
policy_cover = tg.Data(
    "Policy cover and history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cover type, annual limits, excess, exclusions and pre-existing conditions.",
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the OCR text and a summary of the policy's cover.",
)
extracted_items = tg.Data(
    "Extracted treatment line items",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Treatments, drugs, dates and costs as JSON, with covered/excluded per line.",
)
pre_assessment = tg.Data(
    "Claim pre-assessment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Line items, suggested payable amount after excess and limits, notes.",
)
handler_decision = tg.Data(
    "Claim settlement decision", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_instruction = tg.Data(
    "Claim payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The pet owner holding the policy: starts claims and uploads the vet's paperwork.
    policyholder = tm.add(tg.Actor("Policyholder", role="customer"))
    # Partner vet practices submit direct claims so they are paid by us, not the owner.
    vet_practice = tm.add(tg.Actor("Vet practice", role="direct-claim submitter"))

with tm.boundary("OCR vendor", trust=tg.Trust.PARTNER):
    # A cloud document-OCR API: turns scanned invoices and notes into text.
    ocr = tm.add(
        tg.ExternalService(
            "Cloud OCR API",
            provides=tg.ExternalCategory.MODEL_API,
            description="Managed OCR with table extraction, called per document.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted language model that reads the OCR text and extracts line items.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model prompted to extract treatments and costs and "
            "mark each against the policy's cover; its output drives the suggested payout.",
            controls={c.SupplierAssessment(note="DPA signed, zero prompt retention")},
        )
    )

with tm.boundary("Banking partner", trust=tg.Trust.PARTNER):
    # Our clearing bank: receives the Bacs payment file for settled claims.
    bank = tm.add(tg.ExternalService("Clearing bank", description="Bacs bureau over SFTP."))

with tm.boundary("Claims VPC", trust=tg.Trust.INTERNAL):
    # The one web front door for both policyholders and vet practices.
    portal = tm.add(
        tg.Endpoint(
            "Claims portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, JPEG and PNG only, 20 MB per file"),
            },
        )
    )
    # Keeps the original uploads: the evidence handlers look at.
    doc_store = tm.add(
        tg.DataStore(
            "Claim document store",
            stores={vet_documents},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Orchestrates OCR, prompt building, the LLM call and the cover comparison.
    extraction = tm.add(
        tg.Service(
            "Claim extraction service",
            description="Runs per new claim: OCR, prompt, LLM call, writes the pre-assessment.",
            controls={
                c.SchemaEnforcement(note="LLM output must match the line-item JSON schema"),
                c.SecretsManagement(note="vendor API keys in the cloud secrets manager"),
            },
        )
    )
    # System of record for claims, their pre-assessments and settlement decisions.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim_form, bank_details, pre_assessment, handler_decision},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Builds the Bacs payment file for claims a handler has settled.
    payments = tm.add(tg.Service("Claim payments service"))

with tm.boundary("Core insurance systems", trust=tg.Trust.INTERNAL):
    # The existing policy administration system: what each policy covers.
    policy_admin = tm.add(tg.DataStore("Policy administration system", stores={policy_cover}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Claims staff who check the pre-assessment and settle the claim.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))
    # The handlers' web app: pre-assessment side by side with the original documents.
    workbench = tm.add(
        tg.Endpoint(
            "Claims handler workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="claims handler",
                    note="every claim is settled by a handler; the pre-assessment is advice",
                ),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Submission
tm.flow(policyholder, portal, claim_form, bank_details, vet_documents, protocol="https")
tm.flow(vet_practice, portal, claim_form, bank_details, vet_documents, protocol="https")
tm.flow(portal, doc_store, vet_documents)
tm.flow(portal, claims_db, claim_form, bank_details)

# Extraction and pre-assessment
tm.flow(doc_store, extraction, vet_documents)
tm.flow(extraction, ocr, vet_documents, protocol="https")
tm.flow(ocr, extraction, ocr_text, protocol="https")
tm.flow(policy_admin, extraction, policy_cover, protocol="https")
tm.flow(claims_db, extraction, claim_form)
tm.flow(extraction, llm, extraction_prompt, protocol="https")
tm.flow(llm, extraction, extracted_items, protocol="https")
tm.flow(extraction, claims_db, pre_assessment)

# Handling and settlement
tm.flow(claims_db, workbench, claim_form, pre_assessment)
tm.flow(doc_store, workbench, vet_documents, label="original documents")
tm.flow(policy_admin, workbench, policy_cover, protocol="https")
tm.flow(workbench, handler, pre_assessment, vet_documents, policy_cover, protocol="https")
tm.flow(handler, workbench, handler_decision, protocol="https")
tm.flow(workbench, claims_db, handler_decision)
tm.flow(claims_db, payments, handler_decision, bank_details, label="settled claims")
tm.flow(payments, bank, payment_instruction, protocol="sftp", label="daily Bacs file")

# Status back to the customer
tm.flow(claims_db, portal, claim_status)
tm.flow(portal, policyholder, claim_status, protocol="https")
tm.flow(portal, vet_practice, claim_status, protocol="https")
