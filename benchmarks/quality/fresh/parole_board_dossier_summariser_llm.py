"""Parole board dossier summariser: the first design, before any security review.

Before an oral hearing or a paper review, each panel member has to read a
prisoner's dossier, often several hundred pages: probation (OM) reports,
prison and external psychology risk assessments, sentence documents, the
victim personal statement and the legal representative's submissions. This tool
drafts a structured summary of the dossier so panel members can prepare faster.
Dossier documents arrive from the probation case system over SFTP, from the
victim contact service, and from legal representatives by secure e-mail; an
ingestion job OCRs and splits them into the board's dossier store. A case
manager asks for a summary; a summarisation service builds the prompt and calls
an LLM in the board's cloud tenancy (a vendor-hosted model, UK region). The case
manager reads and releases each summary; remote panel members read it and the
full dossier in the panel portal (board SSO with MFA, every access logged).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parole board dossier summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries of prisoner dossiers for parole panel members before hearings.",
)

# ---------------------------------------------------------------- data assets
probation_reports = tg.Data(
    "Probation reports",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Offender manager reports, risk management plans, offence and custody history.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
psychology_reports = tg.Data(
    "Psychology risk assessments",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Prison and independent psychologists' reports: health and risk data.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
victim_statements = tg.Data(
    "Victim personal statements",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Some are marked non-disclosable to the prisoner; include victims' addresses.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
legal_reps = tg.Data(
    "Legal representations",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Written submissions from the prisoner's solicitor, as attached files.",
)
dossier_text = tg.Data(
    "Dossier text",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="OCR'd and sectioned text of the whole dossier, with document provenance.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
summary_request = tg.Data("Summary request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Summary template instructions followed by the dossier sections.",
)
completion = tg.Data("LLM draft summary", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
summary = tg.Data(
    "Dossier summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Offence, risk factors, progress in custody, release plan, victim concerns.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
released_summary = tg.Data(
    "Released summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The summary after the case manager's edits, marked released to the panel.",
)
case_view = tg.Data("Panel case view", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
portal_request = tg.Data(
    "Panel portal request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
sign_in = tg.Data("Sign-in request", kind="records", sensitivity=tg.Sensitivity.PII)
id_token = tg.Data("OIDC ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
access_log = tg.Data("Dossier access log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Independent panel members work from home on board-issued laptops.
    panel_member = tm.add(tg.Actor("Panel member", role="parole panel member"))
    # Solicitors send representations to the case inbox; anyone can e-mail it.
    legal_rep = tm.add(
        tg.DataSource(
            "Legal representatives' submissions",
            origin=tg.Origin.USER_UPLOAD,
            provides={legal_reps},
            description="Files attached to secure e-mails sent to the case team's inbox.",
        )
    )

with tm.boundary("Probation and victim services", trust=tg.Trust.PARTNER):
    # Source of the official dossier: reports compiled by the prison and probation service.
    probation_system = tm.add(
        tg.DataSource(
            "Probation case system",
            origin=tg.Origin.PARTNER,
            provides={probation_reports, psychology_reports},
            description="Exports each dossier as PDFs to the board's SFTP drop.",
        )
    )
    # Victim liaison officers submit victim personal statements for the hearing.
    victim_service = tm.add(
        tg.DataSource(
            "Victim contact service",
            origin=tg.Origin.PARTNER,
            provides={victim_statements},
            description="Victim liaison officers upload statements through a partner web form.",
        )
    )

with tm.boundary("LLM tenancy", trust=tg.Trust.PARTNER):
    # The model that writes the summaries; vendor-hosted in the board's cloud subscription.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the cloud provider's API, UK region.",
            controls={
                c.SupplierAssessment(
                    note="contract: no training on prompts, no abuse-monitoring retention"
                )
            },
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The board's staff and panel member directory, used for sign-in to the portal.
    idp = tm.add(tg.ExternalService("Board identity provider", provides="identity-provider"))

with tm.boundary("Board network", trust=tg.Trust.INTERNAL):
    # Case managers prepare each case for the panel and release summaries.
    case_manager = tm.add(tg.Actor("Case manager", role="case manager"))
    # Turns incoming PDFs and attachments into sectioned text in the dossier store.
    ingestion = tm.add(
        tg.Pipeline(
            "Dossier ingestion job",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="OCR and PDF parsing of every incoming document, split by section.",
        )
    )
    # Builds the prompt from the dossier, calls the LLM and stores the draft.
    summariser = tm.add(
        tg.Service(
            "Summarisation service",
            description="Case managers trigger it from the case management screen.",
            controls={
                c.HumanInTheLoop(
                    approver="case manager",
                    note="each draft is read and released by the case manager before panel members see it",
                )
            },
        )
    )
    # Drafts and released summaries, per case.
    summary_store = tm.add(tg.DataStore("Summary store", stores={summary, released_summary}))
    # Panel members' window onto their allocated cases.
    portal = tm.add(
        tg.Endpoint(
            "Panel portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC via the board identity provider with MFA"),
                c.RBAC(note="panel members see only the cases they are allocated"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Records who opened which dossier and summary, for the board's information governance.
    audit_store = tm.add(tg.DataStore("Dossier access audit log", stores={access_log}))

    with tm.boundary("Dossier enclave", trust=tg.Trust.RESTRICTED):
        # The board's copy of every dossier document and its extracted text.
        dossier_store = tm.add(
            tg.DataStore(
                "Dossier store",
                stores={
                    probation_reports,
                    psychology_reports,
                    victim_statements,
                    legal_reps,
                    dossier_text,
                },
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(note="case team and allocated panel only"),
                },
            )
        )

# ---------------------------------------------------------------- flows
# Dossier documents coming in.
tm.flow(probation_system, ingestion, probation_reports, psychology_reports, protocol="sftp")
tm.flow(victim_service, ingestion, victim_statements, protocol="https")
tm.flow(legal_rep, ingestion, legal_reps, protocol="smtps", label="secure e-mail to case inbox")
tm.flow(
    ingestion,
    dossier_store,
    probation_reports,
    psychology_reports,
    victim_statements,
    legal_reps,
    dossier_text,
)

# Summarisation.
tm.flow(case_manager, summariser, summary_request, protocol="https", label="summarise case")
tm.flow(dossier_store, summariser, dossier_text)
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, completion, protocol="https")
tm.flow(summariser, summary_store, summary)
tm.flow(summary_store, case_manager, summary, protocol="https", label="review draft")
tm.flow(case_manager, summary_store, released_summary, protocol="https", label="edit and release")
tm.flow(dossier_store, case_manager, dossier_text, protocol="https", label="check against dossier")

# Panel access.
tm.flow(panel_member, portal, portal_request, protocol="https")
tm.flow(portal, idp, sign_in, protocol="oidc")
tm.flow(idp, portal, id_token, protocol="oidc")
tm.flow(summary_store, portal, released_summary)
tm.flow(
    dossier_store, portal, dossier_text, probation_reports, psychology_reports, victim_statements
)
tm.flow(portal, panel_member, case_view, protocol="https")
tm.flow(portal, audit_store, access_log)
