"""Pet insurance claims with LLM invoice reading: the first design, before any security review.

A UK and EU pet insurer settles vet bills. Pet owners, and vet practices claiming
direct, upload vet invoices and clinical notes (PDFs and photos) to the claims portal
and give the bank details the claim is paid to. A claims extraction service OCRs the
documents and sends the text, with the policy's cover, limits, exclusions and known
pre-existing conditions from the policy administration system, to a hosted LLM. The
LLM returns the treatments, dates and amounts and says which items the policy covers.
Claims handlers review the extraction against the original documents in a workbench
and approve payment; the payment service sends a payment file to the bank. Controls:
portal sign-in and upload checks, TLS on every link, encrypted document and claims
stores, schema checks on the LLM's answer, a vendor review of the LLM provider, staff
SSO with MFA and roles, a handler's approval of every payment, payment audit logs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pet insurance claims with LLM invoice reading",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Owners and vets upload invoices and clinical notes; an LLM extracts treatments and "
        "checks them against the policy; claims handlers approve payment."
    ),
)

# ---------------------------------------------------------------- data assets
invoice = tg.Data(
    "Vet invoice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Itemised treatments and charges, with the owner's name and address.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
clinical_notes = tg.Data(
    "Clinical notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The vet's history and notes for the pet, used to judge pre-existing conditions.",
)
claim_form = tg.Data("Claim form", kind="records", sensitivity=tg.Sensitivity.PII)
bank_details = tg.Data(
    "Payee bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Sort code and account number of the owner, or of the vet practice when it claims direct.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
policy = tg.Data(
    "Policy record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pet, cover level, annual limits, excess, exclusions and pre-existing conditions.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the OCR text of the documents and the policy terms.",
)
extraction = tg.Data(
    "Treatment extraction and cover assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="JSON list of treatments with dates and amounts, each marked covered or not.",
)
claim_record = tg.Data(
    "Claim record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_approval = tg.Data("Payment approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_file = tg.Data(
    "Payment instructions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_status = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Policyholders claiming for treatment they have already paid for.
    owner = tm.add(tg.Actor("Pet owner", role="policyholder"))
    # Vet practices claiming direct, paid by us instead of the owner.
    vet = tm.add(tg.Actor("Vet practice", role="vet practice staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model behind the vendor's API, EU region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Reads the documents and policy terms and returns a JSON extraction.",
            controls={
                c.SupplierAssessment(note="DPA signed; no training on our data, 30-day retention")
            },
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Our clearing bank, which makes the payments from the daily payment file.
    bank = tm.add(tg.ExternalService("Clearing bank"))

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # Web portal where owners and vets submit claims and follow their status.
    portal = tm.add(
        tg.Endpoint(
            "Claims portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, JPEG and PNG only, 20 MB per file"),
            },
        )
    )
    # Object storage for the uploaded invoices and clinical notes.
    documents = tm.add(
        tg.DataStore(
            "Claim document store",
            stores={invoice, clinical_notes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # OCRs the uploads, builds the prompt, calls the LLM and parses its answer.
    extractor = tm.add(
        tg.Service(
            "Claims extraction service",
            controls={
                c.OutputFiltering(note="the answer must parse against the extraction JSON schema")
            },
        )
    )
    # Claims, bank details, the LLM's extraction and the handler's decision.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim_form, bank_details, claim_record, claim_status, payment_status},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Internal web app where handlers compare the extraction with the documents.
    workbench = tm.add(
        tg.Endpoint(
            "Claims handler workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="claims handler"),
            },
        )
    )
    # Builds the daily payment file from approved claims and records the bank's confirmations.
    payments = tm.add(
        tg.Service(
            "Claims payment service",
            controls={c.AuditLogging(note="every payment, its approval and its approver")},
        )
    )

with tm.boundary("Core insurance systems", trust=tg.Trust.INTERNAL):
    # The system of record for policies, cover and pre-existing conditions.
    policy_admin = tm.add(
        tg.DataStore("Policy administration system", stores={policy}, controls={c.RBAC()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Claims handlers who approve or decline each claim.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))

# ---------------------------------------------------------------- flows
tm.flow(owner, portal, claim_form, invoice, clinical_notes, bank_details, protocol="https")
tm.flow(vet, portal, claim_form, invoice, clinical_notes, bank_details, protocol="https")
tm.flow(portal, documents, invoice, clinical_notes, protocol="https")
tm.flow(portal, claims_db, claim_form, bank_details, protocol="tls")

tm.flow(documents, extractor, invoice, clinical_notes, protocol="https")
tm.flow(policy_admin, extractor, policy, protocol="https")
tm.flow(extractor, llm, prompt, protocol="https")
tm.flow(llm, extractor, extraction, protocol="https")
tm.flow(extractor, claims_db, claim_record, protocol="tls")

tm.flow(claims_db, workbench, claim_record, bank_details, protocol="tls")
tm.flow(documents, workbench, invoice, clinical_notes, protocol="https")
tm.flow(policy_admin, workbench, policy, protocol="https")
tm.flow(workbench, handler, claim_record, invoice, clinical_notes, policy, protocol="https")
tm.flow(handler, workbench, payment_approval, protocol="https")
tm.flow(workbench, claims_db, claim_record, protocol="tls", label="decision")
tm.flow(workbench, payments, payment_approval, protocol="https")

tm.flow(claims_db, payments, bank_details, claim_record, protocol="tls")
tm.flow(payments, bank, payment_file, protocol="sftp")
tm.flow(bank, payments, payment_status, protocol="sftp")
tm.flow(payments, claims_db, payment_status, protocol="tls")

tm.flow(claims_db, portal, claim_status, protocol="tls")
tm.flow(portal, owner, claim_status, protocol="https")
tm.flow(portal, vet, claim_status, protocol="https")
