"""Probation risk note summarisation LLM: the first design, before any security review.

Before a sentence plan or risk review, a probation officer opens a case in a small
web app and asks for a draft risk summary. A summarisation service in the probation
service's cloud tenancy reads that case's notes, the police intelligence and the
accredited programme reports held in the case management system, and the last
risk assessment from the risk assessment system, builds a prompt and sends it to
a hosted LLM in the provider's UK region. The draft comes back to the officer,
who checks and edits it and writes the final summary into the risk assessment
system themselves; a senior probation officer countersigns it there. Police
intelligence arrives from forces by secure e-mail and programme reports from
commissioned providers, both attached to the case by staff. Officers sign in with
the department's SSO and MFA; drafts and an audit log of prompts and outputs are
kept in the tenancy. A DPIA covers the processing and officers are trained first.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Probation risk note summarisation LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Drafts risk summaries from case notes, police intelligence and programme "
        "reports for a probation officer to check before a review."
    ),
)

# ---------------------------------------------------------------- data assets
HIGH_CONF = tg.CIA(confidentiality="high", integrity="high", availability="medium")

sign_in = tg.Data("Officer sign-in credentials", kind="credentials", sensitivity="secret")
sso_token = tg.Data("SSO session token", kind="credentials", sensitivity="secret")
request = tg.Data(
    "Summary request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Case reference, type of review and review date.",
)
case_query = tg.Data("Case record query", kind="records", sensitivity=tg.Sensitivity.PII)
case_notes = tg.Data(
    "Case notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=HIGH_CONF,
    description="Contact records, compliance, victim and safeguarding notes.",
)
police_intel = tg.Data(
    "Police intelligence",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=HIGH_CONF,
    description="Domestic abuse call-outs, arrests and intelligence shared by police forces.",
)
programme_reports = tg.Data(
    "Programme reports",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=HIGH_CONF,
    description="Attendance and progress reports from accredited programmes.",
)
prior_assessment = tg.Data(
    "Previous risk assessment", kind="records", sensitivity=tg.Sensitivity.REGULATED, cia=HIGH_CONF
)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions plus the case's notes, intelligence and reports.",
)
draft = tg.Data("Draft risk summary", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
approved = tg.Data(
    "Approved risk summary", kind="records", sensitivity=tg.Sensitivity.REGULATED, cia=HIGH_CONF
)
audit = tg.Data(
    "Summary audit records",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Who asked for which case, the prompt sent and the draft returned.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Probation office network", trust=tg.Trust.INTERNAL):
    # The case's probation officer: asks for the draft and owns the final summary.
    officer = tm.add(tg.Actor("Probation officer", role="probation practitioner"))
    # Countersigns risk summaries in the risk assessment system.
    spo = tm.add(tg.Actor("Senior probation officer", role="countersigning officer"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The department's single sign-on, shared with the other case systems.
    idp = tm.add(
        tg.ExternalService("Departmental SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("Probation cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where the officer asks for and reads the draft.
    web_app = tm.add(
        tg.Endpoint(
            "Risk summary web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="departmental SSO with MFA"),
                c.RBAC(note="probation practitioner role required"),
                c.UserTraining(note="mandatory e-learning on the tool's limits before access"),
            },
        )
    )
    # Gathers the case's records, builds the prompt and calls the LLM.
    summariser = tm.add(
        tg.Service(
            "Summarisation service",
            controls={
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="the case's probation officer",
                    note="drafts are never filed; the officer writes the final summary",
                ),
                c.ImpactAssessment(
                    basis="law enforcement purposes, DPA 2018 Part 3; sensitive processing "
                    "strictly necessary for offender management"
                ),
            },
        )
    )
    # Keeps drafts so the officer can come back to them before the review.
    draft_store = tm.add(
        tg.DataStore(
            "Draft summary store",
            stores={draft},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Audit trail of requests, prompts and drafts.
    audit_log = tm.add(
        tg.DataStore(
            "Summary audit log",
            stores={audit},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Case data tier", trust=tg.Trust.RESTRICTED):
        # System of record for supervision: case notes and attached documents.
        case_system = tm.add(
            tg.DataStore(
                "Case management system",
                stores={case_notes, police_intel, programme_reports},
                controls={c.RBAC(), c.EncryptionAtRest(), c.AuditLogging()},
            )
        )
        # Holds the formal risk assessments the summary feeds.
        risk_system = tm.add(
            tg.DataStore(
                "Risk assessment system",
                stores={prior_assessment, approved},
                controls={c.RBAC(), c.EncryptionAtRest(), c.AuditLogging()},
            )
        )

with tm.boundary("LLM provider UK region", trust=tg.Trust.PARTNER):
    # Hosted model that writes the draft from the assembled case material.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={
                c.SupplierAssessment(
                    note="government cloud contract: UK data residency, no retention for training"
                )
            },
        )
    )

with tm.boundary("Police forces", trust=tg.Trust.PARTNER):
    # Forces answering the service's domestic abuse and safeguarding enquiries.
    police = tm.add(
        tg.DataSource("Police intelligence sharing", origin="partner", provides={police_intel})
    )

with tm.boundary("Programme providers", trust=tg.Trust.PARTNER):
    # Commissioned providers that run accredited programmes and report on them.
    providers = tm.add(
        tg.DataSource("Programme provider reports", origin="partner", provides={programme_reports})
    )

# ---------------------------------------------------------------- flows
tm.flow(officer, idp, sign_in, protocol="https")
tm.flow(idp, web_app, sso_token, protocol="oidc")

tm.flow(officer, web_app, request, protocol="https")
tm.flow(web_app, officer, draft, protocol="https")
tm.flow(web_app, summariser, request)
tm.flow(summariser, web_app, draft)

tm.flow(summariser, case_system, case_query, protocol="https")
tm.flow(
    case_system,
    summariser,
    case_notes,
    police_intel,
    programme_reports,
    protocol="https",
    label="records of the requested case",
)
tm.flow(summariser, risk_system, case_query, protocol="https")
tm.flow(risk_system, summariser, prior_assessment, protocol="https")

tm.flow(
    summariser,
    llm,
    prompt,
    protocol="https",
    label="over the provider's private endpoint",
)
tm.flow(llm, summariser, draft, protocol="https")

tm.flow(summariser, draft_store, draft)
tm.flow(draft_store, summariser, draft, label="reopened draft")
tm.flow(summariser, audit_log, audit)

tm.flow(
    officer, risk_system, approved, protocol="https", label="final summary written by the officer"
)
tm.flow(risk_system, spo, approved, protocol="https")
tm.flow(spo, risk_system, approved, protocol="https", label="countersignature")

tm.flow(
    police,
    case_system,
    police_intel,
    protocol="smtp+starttls",
    label="secure e-mail replies, attached to the case by admin staff",
)
tm.flow(
    providers,
    case_system,
    programme_reports,
    protocol="https",
    label="uploaded through the provider portal",
)
