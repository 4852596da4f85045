"""University research ethics application triage: the first design, before any security review.

Researchers (staff and postgraduate students) submit ethics applications through the
university's ethics portal: an application form, the research protocol, and the
participant information sheets and consent forms they plan to use. A triage service
extracts the text of each submission and asks a hosted LLM, under the university's
enterprise agreement with the vendor, to check it against the ethics office's
completeness checklist and to flag risk areas (vulnerable participants, deception,
sensitive data, overseas fieldwork). The ethics officer reads the application and the
flags in an internal console and decides whether it goes to the full committee or to
proportionate review; the LLM never decides. Committee members, some of them external
lay members, review the pack in a shared workspace in the university's Microsoft 365
tenant. Sign-in is the university SSO with MFA; the portal checks file types and sizes;
the application store is encrypted and access to the console is role-based.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University research ethics application triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM completeness and risk-area triage of research ethics applications for the ethics officer.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Ethics application form",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant and supervisor details, study summary, answers to the ethics questions.",
)
protocol = tg.Data(
    "Research protocol",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Unpublished study design, recruitment plan and data management plan.",
)
consent_forms = tg.Data(
    "Participant information and consent forms",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Draft templates the study will use; no participant has signed them yet.",
)
receipt = tg.Data("Submission status", kind="records", sensitivity=tg.Sensitivity.PII)
extracted = tg.Data(
    "Extracted application text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Plain text of the form, protocol and consent forms, split by section.",
)
checklist = tg.Data(
    "Ethics policy and completeness checklist",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, checklist and the extracted application text.",
)
completion = tg.Data("LLM triage completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
flags = tg.Data(
    "Completeness and risk-area flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Missing items and flagged risk areas with the passages they refer to.",
)
routing = tg.Data(
    "Review routing decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Full committee or proportionate review, with the officer's note.",
)
review_pack = tg.Data("Committee review pack", kind="documents", sensitivity=tg.Sensitivity.PII)
comments = tg.Data("Committee comments", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
outcome = tg.Data("Ethics outcome letter", kind="documents", sensitivity=tg.Sensitivity.PII)
audit = tg.Data("Ethics audit events", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Applicants sign in from campus, home or fieldwork abroad.
    researcher = tm.add(tg.Actor("Researcher", role="applicant"))
    # Academic and external lay members of the research ethics committee.
    committee_member = tm.add(tg.Actor("Committee member", role="ethics committee reviewer"))

with tm.boundary("University cloud", trust=tg.Trust.INTERNAL):
    # The only public entry point: where applications are submitted and tracked.
    portal = tm.add(
        tg.Endpoint(
            "Ethics submission portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="university SSO with MFA"),
                c.InputValidation(note="PDF and DOCX only, 20 MB per file"),
            },
        )
    )
    # System of record for every application, its documents, flags and routing.
    app_store = tm.add(
        tg.DataStore(
            "Ethics application store",
            stores={application, protocol, consent_forms, flags, routing},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns uploaded PDF and Word files into text the triage step can use.
    extractor = tm.add(
        tg.Service(
            "Document text extractor",
            description="Parses uploaded PDF and DOCX files with an open-source library.",
        )
    )
    # The ethics office's policy, templates and checklist the triage is measured against.
    guidance = tm.add(tg.DataStore("Ethics guidance library", stores={checklist}))
    # Builds the prompt, calls the LLM and records the flags; advisory only.
    triage = tm.add(
        tg.Service(
            "Triage service",
            description="Runs once per new submission and writes the flags back for the officer.",
            controls={c.HumanInTheLoop(approver="the ethics officer decides the routing")},
        )
    )
    # Where the officer reads applications and flags and records the routing.
    console = tm.add(
        tg.Endpoint(
            "Ethics officer console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO with MFA"),
                c.RBAC(note="ethics office staff group only"),
            },
        )
    )
    # Who submitted, viewed, triaged and routed what.
    audit_log = tm.add(tg.DataStore("Ethics audit log", stores={audit}))

with tm.boundary("Research office network", trust=tg.Trust.INTERNAL):
    # Decides whether each application goes to the full committee.
    officer = tm.add(tg.Actor("Ethics officer", role="research ethics officer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted chat model; prompts not retained or used for training under the agreement.",
            controls={
                c.SupplierAssessment(note="university procurement review of the enterprise terms")
            },
        )
    )

with tm.boundary("University Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Shared workspace where the committee reads packs and leaves comments.
    workspace = tm.add(
        tg.DataStore(
            "Committee shared workspace",
            stores={review_pack, comments},
            controls={
                c.Authentication(method="university SSO with MFA; guest accounts for lay members"),
                c.RBAC(note="committee members' group"),
            },
        )
    )
    # Tenant mail service that sends outcome letters to applicants.
    mail = tm.add(tg.ExternalService("University mail service"))

# ---------------------------------------------------------------- flows
tm.flow(researcher, portal, application, protocol, consent_forms, protocol="https")
tm.flow(portal, researcher, receipt, protocol="https")
tm.flow(portal, app_store, application, protocol, consent_forms)
tm.flow(portal, audit_log, audit)

tm.flow(app_store, extractor, application, protocol, consent_forms, label="new submission")
tm.flow(extractor, triage, extracted)
tm.flow(guidance, triage, checklist)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, completion, protocol="https")
tm.flow(triage, app_store, flags)
tm.flow(triage, audit_log, audit)

tm.flow(app_store, console, application, protocol, consent_forms, flags)
tm.flow(console, officer, application, protocol, consent_forms, flags, protocol="https")
tm.flow(officer, console, routing, protocol="https")
tm.flow(console, app_store, routing)
tm.flow(console, audit_log, audit)

tm.flow(console, workspace, review_pack, protocol="https", label="publish to committee")
tm.flow(workspace, committee_member, review_pack, protocol="https")
tm.flow(committee_member, workspace, comments, protocol="https")
tm.flow(workspace, officer, comments, protocol="https")

tm.flow(console, mail, outcome, protocol="https")
tm.flow(mail, researcher, outcome, protocol="smtp")
