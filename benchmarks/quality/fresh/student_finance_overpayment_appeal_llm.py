"""Student finance overpayment appeals: LLM-drafted responses, first design.

When the agency finds that a student was overpaid a maintenance loan or grant,
the student can appeal from their online account, writing a statement and
uploading evidence (bank statements, tenancy agreements, letters from their
university or doctor). An appeal drafting service in the agency's cloud tenancy
reads the student's finance account (payment history, household income
assessment and the overpayment calculation), the OCR text of the evidence and
passages from the overpayment policy guidance, and asks a hosted LLM (UK region,
vendor contract with no training on our data) to draft a response. Caseworkers
open the draft in their workbench, check it against the evidence, decide the
appeal themselves and send the decision letter back to the student's account.
Students sign in with e-mail, password and a secret answer; staff sign in
through the agency's Entra ID with MFA, under role-based access and audit logs.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Student finance overpayment appeal drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM drafts responses to students' overpayment appeals for caseworkers to decide.",
)

# ---------------------------------------------------------------- data assets
statement = tg.Data(
    "Appeal statement",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The student's own account of why the overpayment is wrong or should be waived.",
)
evidence = tg.Data(
    "Supporting evidence",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Uploaded PDFs and photos: bank statements, tenancy agreements, "
    "university letters, sometimes medical letters.",
)
evidence_text = tg.Data(
    "Extracted evidence text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="OCR text of the uploaded evidence.",
)
account = tg.Data(
    "Student finance account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Payments made, household income assessment, course and attendance "
    "confirmations, and the overpayment calculation.",
)
guidance = tg.Data(
    "Overpayment policy guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Caseworker guidance on overpayments, waivers and appeal outcomes.",
)
guidance_passages = tg.Data(
    "Guidance passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
guidance_query = tg.Data("Guidance search query", kind="prompt", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Drafting instructions, the account summary, the statement, the evidence "
    "text and the guidance passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft appeal response",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Suggested outcome with reasoning and a draft letter to the student.",
)
decision = tg.Data(
    "Appeal decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Upheld, partly upheld or refused; the revised overpayment amount.",
)
letter = tg.Data("Decision letter", kind="documents", sensitivity=tg.Sensitivity.PII)
staff_sign_in = tg.Data(
    "Staff identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The student appealing; anyone can open an account and submit an appeal.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model; it writes the draft but decides nothing.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts the appeal response a caseworker then edits and decides on.",
            controls={
                tg.controls.SupplierAssessment(
                    note="DPA signed; UK data residency; no training on prompts; 30-day abuse log"
                )
            },
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The agency's staff directory, used for single sign-on to the workbench.
    idp = tm.add(tg.ExternalService("Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # Students' online account, where appeals are submitted and decisions read.
    portal = tm.add(
        tg.Endpoint(
            "Student account portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail, password and secret answer"),
                tg.controls.InputValidation(note="uploads limited to PDF, JPEG, PNG under 10 MB"),
            },
        )
    )
    # Holds each appeal's statement and uploaded files.
    evidence_store = tm.add(
        tg.DataStore(
            "Appeal evidence store",
            stores={statement, evidence, evidence_text},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns scans and photos into text the drafting service can use.
    ocr = tm.add(tg.Service("Evidence text extraction", description="OCR of uploaded evidence."))
    # Builds the prompt from the case, calls the LLM and files the draft.
    drafter = tm.add(
        tg.Service(
            "Appeal drafting service",
            description="Runs when an appeal is submitted: gathers the account, evidence text "
            "and guidance, calls the LLM and stores the draft for the caseworker queue.",
            controls={tg.controls.SecretsManagement(note="LLM API key in Key Vault")},
        )
    )
    # Searchable copy of the policy guidance, for grounding drafts.
    guidance_index = tm.add(tg.VectorStore("Guidance vector index", stores={guidance_passages}))
    # Re-indexes the guidance whenever the policy team publishes a change.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Source of truth for the guidance, maintained by the policy team.
    guidance_library = tm.add(tg.DataStore("Policy guidance library", stores={guidance}))
    # Drafts waiting for a caseworker.
    draft_store = tm.add(tg.DataStore("Draft response store", stores={draft}))
    # Where caseworkers review drafts, decide appeals and issue letters.
    workbench = tm.add(
        tg.Endpoint(
            "Caseworker workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="Entra ID SSO (OIDC) with MFA"),
                tg.controls.RBAC(note="appeals caseworker role"),
                tg.controls.AuditLogging(retention_days=2555),
                tg.controls.HumanInTheLoop(
                    approver="the caseworker, who decides every appeal and signs each letter"
                ),
            },
        )
    )

    with tm.boundary("Core records zone", trust=tg.Trust.RESTRICTED):
        # The agency's system of record for loans, grants and overpayments.
        records = tm.add(
            tg.DataStore(
                "Student finance account records",
                stores={account, decision},
                controls={
                    tg.controls.EncryptionAtRest(key_management="database TDE"),
                    tg.controls.RBAC(),
                },
            )
        )

with tm.boundary("Agency corporate network", trust=tg.Trust.INTERNAL):
    # Staff who decide appeals.
    caseworker = tm.add(tg.Actor("Appeals caseworker", role="caseworker"))

# ---------------------------------------------------------------- flows
tm.flow(student, portal, statement, evidence, protocol="https", label="submit appeal")
tm.flow(portal, evidence_store, statement, evidence, protocol="https")
tm.flow(evidence_store, ocr, evidence)
tm.flow(ocr, evidence_store, evidence_text)

tm.flow(evidence_store, drafter, statement, evidence_text, protocol="https")
tm.flow(records, drafter, account, protocol="https", label="account and overpayment calculation")
tm.flow(drafter, guidance_index, guidance_query, label="similarity search")
tm.flow(guidance_index, drafter, guidance_passages)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, draft_store, draft)

tm.flow(guidance_library, indexer, guidance)
tm.flow(indexer, guidance_index, guidance_passages)

tm.flow(caseworker, idp, staff_sign_in, protocol="oidc", label="sign in")
tm.flow(idp, workbench, staff_sign_in, protocol="oidc")
tm.flow(draft_store, workbench, draft)
tm.flow(evidence_store, workbench, statement, evidence, protocol="https")
tm.flow(records, workbench, account, protocol="https")
tm.flow(workbench, caseworker, draft, statement, evidence, account, protocol="https")
tm.flow(
    caseworker, workbench, decision, letter, protocol="https", label="decision and edited letter"
)
tm.flow(workbench, records, decision, protocol="https")
tm.flow(workbench, portal, letter, protocol="https")
tm.flow(portal, student, letter, protocol="https")
