"""Bail hearing risk summary: the first design, before any security review.

Before each bail hearing in a magistrates' court, the service writes a short
LLM summary of the defendant's police file and criminal record, so that the
prosecutor and the defence lawyer can get to the key points quickly. The
summary is read alongside the full file in a hearing portal; it is advice for
the lawyers, and the magistrates alone decide on bail.
Everything runs in the justice ministry's cloud. An ingestion pipeline pulls
police files and records from the police records system and the day's hearing
list and charges from the court case management system. A hosted LLM in the
cloud provider's managed model service (UK region, vetted, no retention) drafts
the summaries. Lawyers and prosecutors sign in through the justice sign-in
service with MFA and see only the cases they are assigned to; stores are
encrypted, and summary generation and portal access are audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bail hearing risk summary",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries of police files and criminal records for bail hearings.",
)

# ---------------------------------------------------------------- data assets
police_file = tg.Data(
    "Police case file",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Arrest summary, witness statements, officer notes and bail objections.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
criminal_record = tg.Data(
    "Criminal record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Previous convictions, cautions and breaches of bail.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
hearing_list = tg.Data(
    "Hearing list and charges",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Defendant identity, charges, hearing time and the lawyers assigned.",
)
case_bundle = tg.Data(
    "Defendant case bundle",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The police file, record and charges for one hearing, joined by defendant.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions plus the text of the case bundle.",
)
draft = tg.Data("LLM summary draft", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
summary = tg.Data(
    "Bail risk summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_request = tg.Data("Case view request", kind="records", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data(
    "Lawyer sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
id_token = tg.Data("Identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
audit_events = tg.Data(
    "Audit events",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who generated or opened which defendant's summary and file, and when.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Defence solicitors work from their own firms' offices and laptops.
    defence = tm.add(tg.Actor("Defence lawyer", role="defence solicitor"))

with tm.boundary("Criminal justice secure network", trust=tg.Trust.PARTNER):
    # Crown prosecutors reach the portal from the prosecution service's network.
    prosecutor = tm.add(tg.Actor("Prosecutor", role="crown prosecutor"))

with tm.boundary("Police force systems", trust=tg.Trust.PARTNER):
    # The source of the police file and the criminal record; run by the police.
    police_records = tm.add(
        tg.DataSource(
            "Police records system",
            origin=tg.Origin.PARTNER,
            provides={police_file, criminal_record},
            description="Case files and national record extracts, served by a police API.",
        )
    )

with tm.boundary("Court network", trust=tg.Trust.INTERNAL):
    # The courts' case management system: which defendants appear today, on what charges.
    court_cms = tm.add(
        tg.DataSource(
            "Court case management system",
            origin=tg.Origin.INTERNAL,
            provides={hearing_list},
        )
    )

with tm.boundary("Identity services", trust=tg.Trust.PARTNER):
    # The justice sign-in service used for professional court users.
    idp = tm.add(
        tg.ExternalService(
            "Justice sign-in service",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
        )
    )

with tm.boundary("Cloud model service", trust=tg.Trust.PARTNER):
    # The summariser: a managed foundation model in the cloud provider's UK region.
    llm = tm.add(
        tg.LLM(
            "Hosted summary LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Summarises the file and record for a hearing about a person's liberty.",
            controls={c.SupplierAssessment(note="ministry cloud review; no prompt retention")},
        )
    )

with tm.boundary("Justice ministry cloud", trust=tg.Trust.INTERNAL):
    # Lawyers and prosecutors read summaries and files here.
    portal = tm.add(
        tg.Endpoint(
            "Bail hearing portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC via the justice sign-in service with MFA"),
                c.RBAC(note="only lawyers assigned to the hearing see the case"),
            },
        )
    )
    # Builds the prompt for each listed hearing, calls the LLM and stores the summary.
    orchestrator = tm.add(
        tg.Service(
            "Summary orchestrator",
            description="Runs for each hearing on the list the evening before and on demand.",
        )
    )
    # Pulls and joins the police file, record and charges for each listed defendant.
    ingestion = tm.add(tg.Pipeline("Case record ingestion", stage=tg.Stage.INGESTION))

    with tm.boundary("Case data tier", trust=tg.Trust.RESTRICTED):
        # Holds the joined case bundles until the hearing is over.
        case_store = tm.add(
            tg.DataStore(
                "Case bundle store",
                stores={case_bundle},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Holds the generated summaries shown in the portal.
        summary_store = tm.add(
            tg.DataStore(
                "Summary store",
                stores={summary},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Who generated and who opened which summary, for complaints and appeals.
        audit_log = tm.add(
            tg.DataStore(
                "Audit log",
                stores={audit_events},
                controls={c.AuditLogging(retention_days=2555)},
            )
        )

# ---------------------------------------------------------------- flows
# Ingestion from the police and the courts.
tm.flow(police_records, ingestion, police_file, criminal_record, protocol="https")
tm.flow(court_cms, ingestion, hearing_list, protocol="https")
tm.flow(ingestion, case_store, case_bundle)

# Summary generation.
tm.flow(case_store, orchestrator, case_bundle)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, draft, protocol="https")
tm.flow(orchestrator, summary_store, summary)
tm.flow(orchestrator, audit_log, audit_events)

# Sign-in.
tm.flow(defence, idp, sign_in, protocol="https")
tm.flow(prosecutor, idp, sign_in, protocol="https")
tm.flow(idp, portal, id_token, protocol="https")

# Reading the summary alongside the file.
tm.flow(defence, portal, case_request, protocol="https")
tm.flow(portal, defence, summary, case_bundle, protocol="https")
tm.flow(prosecutor, portal, case_request, protocol="https")
tm.flow(portal, prosecutor, summary, case_bundle, protocol="https")
tm.flow(summary_store, portal, summary)
tm.flow(case_store, portal, case_bundle)
tm.flow(portal, audit_log, audit_events)
