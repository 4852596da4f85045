"""Housing benefit claim document check: the first design, before any security review.

Claimants apply for housing benefit through the council's online portal and upload
their evidence there: payslips, tenancy agreements and bank statements. An OCR
service in the council's Azure tenant turns each upload into text. A document check
service puts that text, the details from the claim form (held in the revenues and
benefits system) and the council's evidence-checking guidance into a prompt for a
hosted LLM (Azure OpenAI, UK region), which lists missing documents and figures that
do not agree (income on payslips against the form, rent on the tenancy against the
claim, unexplained bank credits). The flags go to a results store that assessors
read in a workbench beside the original documents; the assessor decides the claim
in the back-office system. Claimants sign in with their council account; staff sign
in with Entra ID and MFA. The document store is encrypted at rest, the LLM API key is
kept in Key Vault, and the vendor's default content filter is on.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Housing benefit claim document check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM flags missing or inconsistent evidence in housing benefit claims for assessors.",
)

# ---------------------------------------------------------------- data assets
claim_documents = tg.Data(
    "Claim evidence documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Payslips, tenancy agreements and bank statements uploaded as PDFs and photos.",
)
claim_form = tg.Data(
    "Claim form details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Household members, declared income, rent and landlord details.",
)
upload_receipt = tg.Data("Upload receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
extracted_text = tg.Data(
    "Extracted document text", kind="documents", sensitivity=tg.Sensitivity.PII
)
guidance = tg.Data(
    "Evidence checking guidance",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The council's list of required evidence and the prompt template.",
)
check_prompt = tg.Data("Document check prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_findings = tg.Data("LLM check findings", kind="model-output", sensitivity=tg.Sensitivity.PII)
check_results = tg.Data(
    "Document check flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per claim: missing documents and inconsistencies, each with the passage it rests on.",
)
review_outcome = tg.Data(
    "Assessor flag review",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the assessor accepted or dismissed each flag.",
)
decision = tg.Data("Benefit decision", kind="records", sensitivity=tg.Sensitivity.PII)
call_log = tg.Data("LLM call log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents claiming housing benefit; they upload their own evidence.
    claimant = tm.add(tg.Actor("Claimant", role="benefit claimant"))

with tm.boundary("Council Azure tenant", trust=tg.Trust.INTERNAL):
    # Public claim portal: the online claim form and evidence upload.
    portal = tm.add(
        tg.Endpoint(
            "Benefit claim portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="council My Account e-mail and password"),
                c.InputValidation(note="file type (PDF, JPEG, PNG) and 20 MB size checks"),
            },
        )
    )
    # Where uploaded evidence is kept for the life of the claim.
    document_store = tm.add(
        tg.DataStore(
            "Claim document store",
            stores={claim_documents},
            controls={c.EncryptionAtRest(key_management="Azure Storage service-managed keys")},
        )
    )
    # Turns scans and photos into text the LLM can read.
    ocr = tm.add(
        tg.Service("OCR service", description="Containerised OCR engine run by the council.")
    )
    # Builds the prompt, calls the LLM and stores its flags.
    check_service = tm.add(
        tg.Service(
            "Document check service",
            controls={
                c.SecretsManagement(note="LLM API key held in Azure Key Vault"),
                c.HumanInTheLoop(
                    approver="benefits assessor",
                    note="flags are advisory; an assessor decides every claim",
                ),
            },
        )
    )
    # The evidence rules and prompt template the checks follow.
    guidance_store = tm.add(tg.DataStore("Checking guidance store", stores={guidance}))
    # Flags per claim, read by the assessor workbench.
    results_store = tm.add(
        tg.DataStore("Check results store", stores={check_results, review_outcome})
    )
    # Prompts and completions kept for troubleshooting.
    log_store = tm.add(tg.DataStore("LLM call log store", stores={call_log}))
    # Assessors' screen: flags side by side with the documents.
    workbench = tm.add(
        tg.Endpoint(
            "Assessor workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID single sign-on with MFA"),
                c.RBAC(note="benefits assessment team role"),
            },
        )
    )

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # Hosted model that reads the documents against the claim form.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model behind Azure OpenAI in UK South.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Back-office system of record where claims are assessed and paid.
    benefits_system = tm.add(
        tg.DataStore("Revenues and benefits system", stores={claim_form, decision})
    )
    # Council staff who assess claims and decide them.
    assessor = tm.add(tg.Actor("Benefits assessor", role="assessor"))

# ---------------------------------------------------------------- flows
tm.flow(claimant, portal, claim_form, claim_documents, protocol="https")
tm.flow(portal, claimant, upload_receipt, protocol="https")
tm.flow(portal, document_store, claim_documents)
tm.flow(
    portal,
    benefits_system,
    claim_form,
    protocol="https",
    label="claim import over site-to-site VPN",
)

tm.flow(document_store, ocr, claim_documents)
tm.flow(ocr, check_service, extracted_text)
tm.flow(benefits_system, check_service, claim_form, protocol="https", label="claim record lookup")
tm.flow(guidance_store, check_service, guidance)
tm.flow(check_service, llm, check_prompt, protocol="https")
tm.flow(llm, check_service, llm_findings, protocol="https")
tm.flow(check_service, results_store, check_results)
tm.flow(check_service, log_store, call_log)

tm.flow(results_store, workbench, check_results)
tm.flow(document_store, workbench, claim_documents)
tm.flow(workbench, assessor, check_results, claim_documents, protocol="https")
tm.flow(assessor, workbench, review_outcome, protocol="https")
tm.flow(workbench, results_store, review_outcome)
tm.flow(assessor, benefits_system, decision, protocol="https")
