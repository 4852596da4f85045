"""Case note chronology assistant: the first design, before any security review.

A local authority's children's services want to cut the days social workers
spend building a chronology before a child protection conference. In a web app
on the council's Azure tenant, a social worker picks a child's case and a date
range; an orchestrator pulls the case notes and attached partner-agency reports
(police, health, schools) from the on-premises case management system, extracts
text from scanned attachments, and sends them in batches to a hosted LLM
(Azure OpenAI, UK South, under the council's own subscription) with a
chronology prompt template. The draft chronology is saved for the social
worker to check against the source notes, edit and approve; only then is it
filed back to the child's record. Staff sign in with council SSO and MFA; the
app is limited to the children's social care staff group; every request and
draft is logged; a DPIA covers the processing; credentials sit in Key Vault.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Case note chronology assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM summarises a child's case notes into a chronology for social workers "
        "preparing for child protection conferences."
    ),
)

# ---------------------------------------------------------------- data assets
case_notes = tg.Data(
    "Case notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Years of contact records, visits, assessments and plans about a child and family.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
partner_reports = tg.Data(
    "Partner agency reports",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Police, health and school referrals and reports, often scanned PDFs.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
extracted_text = tg.Data(
    "Extracted attachment text",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)
request = tg.Data(
    "Chronology request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Case reference, date range and optional focus notes typed by the social worker.",
)
template = tg.Data(
    "Chronology prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
llm_prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Template plus a batch of case notes and attachment text.",
)
completion = tg.Data(
    "LLM chronology output", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
draft = tg.Data(
    "Draft chronology",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
approved = tg.Data(
    "Approved chronology",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
audit_events = tg.Data("Usage audit events", kind="logs", sensitivity=tg.Sensitivity.PII)
sso_token = tg.Data("SSO identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Partner agencies", trust=tg.Trust.PARTNER):
    # Police, health and schools send referrals and reports that end up in case files.
    partners = tm.add(
        tg.DataSource(
            "Multi-agency referral portal",
            origin=tg.Origin.PARTNER,
            provides={partner_reports},
            description="Partners upload referrals and reports through the MASH portal.",
        )
    )

with tm.boundary("Microsoft cloud (UK South)", trust=tg.Trust.PARTNER):
    # Hosted model that writes the chronology; no fine-tuning, prompts only.
    llm = tm.add(
        tg.LLM(
            "Azure OpenAI chronology model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="GPT-4-class deployment in the council's subscription.",
            controls={
                c.Guardrails(note="Azure OpenAI default content filters"),
                c.SupplierAssessment(
                    note="council's cloud supplier assessment; no training on our data"
                ),
            },
        )
    )
    # Council identity provider used for staff sign-in.
    idp = tm.add(tg.ExternalService("Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # The user: prepares for the conference and owns the chronology's accuracy.
    social_worker = tm.add(tg.Actor("Social worker", role="children's social worker"))
    # Maintains the app and its prompt template.
    engineer = tm.add(tg.Actor("Digital team engineer", role="developer", privileged=True))

    with tm.boundary("Children's social care data zone", trust=tg.Trust.RESTRICTED):
        # The existing system of record for children's social care.
        cms = tm.add(
            tg.DataStore(
                "Children's case management system",
                stores={case_notes, partner_reports, approved},
                description="On-premises case management system with a read/write REST API.",
                controls={c.EncryptionAtRest(), c.RBAC(), c.AuditLogging()},
            )
        )

with tm.boundary("Council Azure tenant", trust=tg.Trust.INTERNAL):
    # What social workers use: request, review, edit and approve.
    app = tm.add(
        tg.Service(
            "Chronology assistant web app",
            description="Internal web app; shows the draft beside links to the source notes.",
            controls={
                c.Authentication(method="council SSO (Entra ID) with MFA"),
                c.RBAC(note="children's social care staff group"),
                c.HumanInTheLoop(
                    approver="the social worker who requested it",
                    note="a draft is filed to the child's record only after review and approval",
                ),
                c.UserTraining(note="briefing on checking every entry against the source notes"),
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); Art. 9(2)(g) with DPA 2018 Sch. 1 para 18"
                ),
            },
        )
    )
    # Fetches notes, batches them, calls the model and merges the partial chronologies.
    orchestrator = tm.add(
        tg.Service(
            "Summarisation orchestrator",
            description="Uses a service account on the case management API to read a case.",
            controls={c.SecretsManagement(note="API keys and service account in Azure Key Vault")},
        )
    )
    # OCR for scanned partner reports and other attachments.
    ocr = tm.add(tg.Service("Attachment text extraction"))
    # Drafts wait here until the social worker approves or discards them.
    draft_store = tm.add(
        tg.DataStore(
            "Draft chronology store",
            stores={draft},
            controls={c.EncryptionAtRest(key_management="Microsoft-managed keys")},
        )
    )
    # The prompt template, versioned with the app's configuration.
    template_store = tm.add(tg.DataStore("Prompt template configuration", stores={template}))
    # Who asked for which case, and what was drafted and approved.
    audit_log = tm.add(
        tg.DataStore(
            "Usage audit log",
            stores={audit_events},
            controls={c.AuditLogging(retention_days=730)},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(partners, cms, partner_reports, protocol="https", label="referral upload")

tm.flow(social_worker, idp, sso_token, protocol="oidc", label="sign in")
tm.flow(idp, app, sso_token, protocol="oidc")
tm.flow(social_worker, app, request, protocol="https")
tm.flow(app, orchestrator, request, protocol="https")

tm.flow(orchestrator, cms, request, protocol="https", label="case query")
tm.flow(cms, orchestrator, case_notes, partner_reports, protocol="https")
tm.flow(orchestrator, ocr, partner_reports, protocol="https")
tm.flow(ocr, orchestrator, extracted_text, protocol="https")
tm.flow(template_store, orchestrator, template)
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, draft_store, draft)

tm.flow(draft_store, app, draft)
tm.flow(app, social_worker, draft, protocol="https")
tm.flow(social_worker, app, approved, protocol="https", label="edits and approves")
tm.flow(app, draft_store, draft, label="saves edits")
tm.flow(app, cms, approved, protocol="https", label="file to child's record")
tm.flow(app, audit_log, audit_events)
tm.flow(orchestrator, audit_log, audit_events)

tm.flow(engineer, template_store, template, label="release via pipeline")
