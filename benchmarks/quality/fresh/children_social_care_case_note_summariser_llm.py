"""Children's social care case-note summariser: the first design, before any security review.

A local authority's children's services want to cut the hours social workers spend
reading years of case notes. A social worker opens the Chronology Assistant on the
council intranet (Entra ID single sign-on with MFA), picks a child's case and a date
range, and asks for a chronology or a draft section of a court report. An orchestrator
in the council's Azure subscription pulls the case notes from the children's social
care case management system and the attached assessments and partner-agency reports
(police, health, schools) from the document store, fills a prompt template and sends
it to an Azure OpenAI deployment in UK South. The draft comes back to the social worker,
who must review and edit it; a team manager signs off anything going into a court
bundle, which is then passed to the council's legal team. Approved chronologies are
written back to the child's case record. Stores are encrypted at rest, the assistant
keeps an audit log of who asked for which case, and a DPIA has been completed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Children's social care case-note summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM-drafted chronologies and court-report sections from children's social "
        "care case files, reviewed by social workers and signed off by team managers."
    ),
)

# ---------------------------------------------------------------- data assets
case_notes = tg.Data(
    "Children's case notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Visit notes, contacts, strategy meetings, child protection plans.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_documents = tg.Data(
    "Case file documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Assessments and reports from police, health and schools, many scanned.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
request = tg.Data(
    "Chronology request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Case ID, date range, output type (chronology or court-report section).",
)
templates = tg.Data(
    "Prompt templates",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompts and output formats for chronologies and court reports.",
)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Template plus the selected case notes and document text.",
)
completion = tg.Data("LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
draft = tg.Data(
    "Draft chronology",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
approved = tg.Data(
    "Approved chronology and court report section",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
sign_off = tg.Data("Manager sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
id_token = tg.Data("SSO ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
audit_events = tg.Data(
    "Assistant audit events",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who requested which child's case, when, and what was generated.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Partner agencies", trust=tg.Trust.PARTNER):
    # Police, NHS trusts and schools send reports that end up on the child's file.
    partner_reports = tm.add(
        tg.DataSource(
            "Partner agency reports",
            origin=tg.Origin.PARTNER,
            provides={case_documents},
            description="Sent through the council's secure partner upload portal.",
        )
    )

with tm.boundary("Microsoft cloud services", trust=tg.Trust.PARTNER):
    # The council's identity provider: staff sign in with their council accounts.
    idp = tm.add(
        tg.ExternalService(
            "Entra ID",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Council tenant; conditional access requires MFA.",
        )
    )
    # The language model that writes the drafts; the vendor hosts it in UK South.
    llm = tm.add(
        tg.LLM(
            "Azure OpenAI model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="GPT-4-class deployment; its drafts feed care proceedings.",
            controls={
                c.SupplierAssessment(
                    note="UK data residency, no training on prompts, abuse monitoring opt-out"
                )
            },
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Writes to and reads from the assistant for the cases they hold.
    social_worker = tm.add(tg.Actor("Social worker", role="social worker"))
    # Signs off court-report sections before they leave children's services.
    team_manager = tm.add(tg.Actor("Team manager", role="social work team manager"))
    # Receives signed-off sections to assemble the court bundle.
    legal = tm.add(tg.Actor("Legal services solicitor", role="council solicitor"))
    # The web front end social workers use; it is where review and sign-off happen.
    web_app = tm.add(
        tg.Endpoint(
            "Chronology Assistant web app",
            purpose=tg.EndpointPurpose.API,
            description="Intranet web app; request form, draft editor, sign-off screen.",
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(note="social worker, team manager and legal roles"),
                c.HumanInTheLoop(
                    approver="the requesting social worker edits and accepts every draft; "
                    "a team manager signs off court-report sections"
                ),
                c.AuditLogging(retention_days=2555),
            },
        )
    )

with tm.boundary("Council Azure subscription", trust=tg.Trust.INTERNAL):
    # Gathers the case material, builds the prompt and calls the model.
    orchestrator = tm.add(
        tg.Service(
            "Summarisation orchestrator",
            description=(
                "Reads the case through a service account with read access to all "
                "children's cases; chunks long files and merges partial summaries."
            ),
            controls={
                c.SecretsManagement(note="model API key and case system credentials in Key Vault"),
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); substantial public interest "
                    "(safeguarding children), Art. 9(2)(g)"
                ),
            },
        )
    )
    # Versioned prompt templates, edited by the project team.
    template_store = tm.add(tg.DataStore("Prompt template configuration", stores={templates}))
    # Drafts waiting for the social worker's review and the manager's sign-off.
    draft_store = tm.add(
        tg.DataStore(
            "Draft chronology store",
            stores={draft, approved},
            controls={c.EncryptionAtRest(key_management="Azure Key Vault")},
        )
    )
    # Who asked for what, for information governance and subject access requests.
    audit_log = tm.add(
        tg.DataStore(
            "Assistant audit log",
            stores={audit_events},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )

    with tm.boundary("Social care data tier", trust=tg.Trust.RESTRICTED):
        # The system of record for every child known to children's services.
        case_system = tm.add(
            tg.DataStore(
                "Children's social care case record system",
                stores={case_notes, approved},
                description="Vendor case management system (Mosaic-type), council-hosted.",
                controls={
                    c.EncryptionAtRest(key_management="Azure-managed keys"),
                    c.RBAC(note="case system's own team and caseload permissions for staff"),
                },
            )
        )
        # Attachments to the case: assessments, partner reports, scanned letters.
        doc_store = tm.add(
            tg.DataStore(
                "Case document store",
                stores={case_documents},
                controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(idp, web_app, id_token, protocol="oidc", label="sign-in")

tm.flow(social_worker, web_app, request, protocol="https")
tm.flow(web_app, orchestrator, request, protocol="https")
tm.flow(orchestrator, case_system, request, protocol="https", label="case query")
tm.flow(case_system, orchestrator, case_notes, protocol="https")
tm.flow(orchestrator, doc_store, request, protocol="https", label="document lookup")
tm.flow(doc_store, orchestrator, case_documents, protocol="https", label="extracted text")
tm.flow(template_store, orchestrator, templates)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, draft_store, draft)
tm.flow(orchestrator, audit_log, audit_events)

tm.flow(draft_store, web_app, draft, protocol="https")
tm.flow(web_app, social_worker, draft, protocol="https", label="review and edit")
tm.flow(social_worker, web_app, approved, protocol="https", label="accepted chronology")
tm.flow(web_app, draft_store, approved, protocol="https", label="edited version saved")
tm.flow(web_app, team_manager, approved, protocol="https", label="court section for sign-off")
tm.flow(team_manager, web_app, sign_off, protocol="https")
tm.flow(web_app, case_system, approved, protocol="https", label="written to case record")
tm.flow(web_app, legal, approved, protocol="https", label="signed-off court section")

tm.flow(partner_reports, doc_store, case_documents, protocol="https", label="secure upload")
