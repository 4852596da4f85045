"""Legal aid means-test assistant: the first design, before any security review.

Our legal aid agency decides whether applicants qualify financially for legal aid.
Applicants sign in with GOV.UK One Login and fill in an online form, uploading
payslips, benefit letters and bank statements, which we keep encrypted in a
document store in our cloud tenancy. When a caseworker opens the case in the
caseworker workbench (agency SSO with MFA), an LLM assistant reads the OCR text of
the evidence, asks a hosted model API to extract income and capital figures,
enters them in the means-test calculator and drafts the decision letter. The
caseworker checks the figures and the draft, corrects them and sends the letter,
which GOV.UK Notify emails to the applicant. Applicants appeal by emailing a shared
appeals mailbox; a caseworker pastes the appeal into the case and the assistant
summarises it against the earlier assessment. The model vendor was assessed and
keeps no prompts. UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Legal aid means-test assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM assistant that extracts financial figures from applicants' evidence, fills "
        "the means-test calculator and drafts decision letters for caseworkers."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data("Means-test application", kind="records", sensitivity=tg.Sensitivity.PII)
acknowledgement = tg.Data("Application acknowledgement", sensitivity=tg.Sensitivity.PII)
evidence = tg.Data(
    "Financial evidence documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Payslips, benefit letters and bank statements, as PDFs and phone photos.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
evidence_text = tg.Data("Evidence OCR text", kind="documents", sensitivity=tg.Sensitivity.PII)
request = tg.Data("Caseworker request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
appeal = tg.Data("Appeal email", kind="documents", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Extraction and drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the evidence text and the case details.",
)
completion = tg.Data("Model completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
calc_inputs = tg.Data("Calculator inputs", kind="tool-call", sensitivity=tg.Sensitivity.PII)
calc_result = tg.Data("Means-test result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
figures = tg.Data(
    "Income and capital figures",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
draft = tg.Data("Draft decision letter", kind="model-output", sensitivity=tg.Sensitivity.PII)
letter = tg.Data("Decision letter", kind="documents", sensitivity=tg.Sensitivity.PII)
case_records = tg.Data(
    "Case records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person asking for legal aid; anyone can start an application.
    applicant = tm.add(tg.Actor("Applicant", role="applicant"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reads the evidence and writes figures and drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="UK region, zero prompt retention in contract")},
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Shared mailbox where applicants send appeals.
    appeals_mailbox = tm.add(tg.Service("Appeals mailbox"))

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government service that emails decision letters to applicants.
    notify = tm.add(tg.ExternalService("GOV.UK Notify"))

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public application form, the only way evidence comes in.
    form = tm.add(
        tg.Endpoint(
            "Online application form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="GOV.UK One Login (email, password and SMS code)"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Keeps the uploaded evidence for the caseworker and the assistant.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence document store",
            stores={evidence},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns scans and photos into text the model can read.
    ocr = tm.add(tg.Service("Document OCR service"))
    # Runs the extraction, fills the calculator and drafts the letter.
    assistant = tm.add(
        tg.Agent(
            "Means-test assistant",
            autonomy=tg.Autonomy.ASSISTIVE,
            controls={
                c.HumanInTheLoop(approver="the caseworker checks figures and sends the letter"),
                c.Contestability(note="applicants can appeal by email; a caseworker reviews"),
            },
        )
    )
    # The agency's rules engine for the statutory means test.
    calculator = tm.add(
        tg.Tool(
            "Means-test calculator",
            capabilities={"read", "write"},
            controls={c.InputValidation(note="numeric fields range-checked")},
        )
    )
    # System of record for applications, assessments and decisions.
    case_system = tm.add(
        tg.DataStore(
            "Case management system",
            stores={case_records, application, figures, letter, appeal},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Where caseworkers review the assistant's work and send decisions.
    workbench = tm.add(
        tg.Endpoint(
            "Caseworker workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="agency SSO with MFA")},
        )
    )

with tm.boundary("Agency corporate network", trust=tg.Trust.INTERNAL):
    # Agency staff who own each decision.
    caseworker = tm.add(tg.Actor("Caseworker", role="caseworker"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, form, application, evidence, protocol="https")
tm.flow(form, applicant, acknowledgement, protocol="https")
tm.flow(form, evidence_store, evidence)
tm.flow(form, case_system, application)

tm.flow(caseworker, workbench, request, appeal, protocol="https")
tm.flow(workbench, caseworker, figures, draft, case_records, protocol="https")
tm.flow(workbench, assistant, request, appeal)
tm.flow(assistant, workbench, figures, draft)

tm.flow(evidence_store, ocr, evidence)
tm.flow(ocr, assistant, evidence_text)
tm.flow(case_system, assistant, case_records)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, calculator, calc_inputs)
tm.flow(calculator, assistant, calc_result)
tm.flow(calculator, case_system, figures)

tm.flow(workbench, case_system, figures, letter, label="caseworker approves and sends")
tm.flow(case_system, workbench, case_records)
tm.flow(case_system, notify, letter, protocol="https")
tm.flow(notify, applicant, letter, protocol="smtp", label="emailed decision letter")

tm.flow(applicant, appeals_mailbox, appeal, protocol="smtp")
tm.flow(appeals_mailbox, caseworker, appeal, protocol="https")
