"""Register office marriage notice document check agent: first design.

Couples giving notice of marriage or civil partnership at the council's register
office upload their identity, nationality and immigration documents (passports,
eVisa share codes, decree absolute, proof of address) through the council's
online notice portal before their appointment. An LLM agent in the council's
cloud tenancy reads each upload with a hosted multimodal model, checks the set
against the notice requirements, prepares the draft notice and flags cases that
look referable to the Home Office under the referral scheme. A registrar reviews
every result on a workbench, sees the originals in person at the appointment,
enters the notice in the General Register Office's system and makes any referral
themselves. Couples sign in with e-mail and password; staff use council SSO with
MFA; uploads are encrypted at rest, and a DPIA covers the processing.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Register office marriage notice document check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent pre-checks couples' documents for marriage and civil partnership notices "
    "and flags possible Home Office referrals for a registrar.",
)

# ---------------------------------------------------------------- data assets
uploads = tg.Data(
    "Uploaded identity and immigration documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Passport and ID scans, eVisa share codes, decree absolute, proof of address.",
)
notice_details = tg.Data(
    "Notice form details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, addresses, dates of birth, nationality, marital status, occupation, venue.",
)
doc_pages = tg.Data(
    "Document pages for the check",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
)
prompt = tg.Data(
    "Document check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the notice details and the page images of each document.",
)
reading = tg.Data(
    "Extracted document fields and assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
check_results = tg.Data(
    "Document check results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per document: accepted, missing, expired or mismatched, with the reason.",
)
draft_notice = tg.Data("Draft marriage notice", kind="records", sensitivity=tg.Sensitivity.PII)
referral_flag = tg.Data(
    "Home Office referral flag",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Whether either party seems non-exempt under the referral scheme, and why.",
)
case_updates = tg.Data("Case updates", kind="tool-call", sensitivity=tg.Sensitivity.PII)
registrar_decision = tg.Data("Registrar decision", kind="records", sensitivity=tg.Sensitivity.PII)
notice_entry = tg.Data("Notice entry", kind="records", sensitivity=tg.Sensitivity.PII)
referral = tg.Data("Home Office referral", kind="records", sensitivity=tg.Sensitivity.PII)
original_docs = tg.Data("Original documents", kind="documents", sensitivity=tg.Sensitivity.PII)
appointment_msgs = tg.Data(
    "Appointment and document requests",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Each party to the notice; they upload their own documents before the appointment.
    couple = tm.add(tg.Actor("Couple giving notice", role="member of the public"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public front door: notice form, uploads and appointment messages.
    portal = tm.add(
        tg.Endpoint(
            "Online notice portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="council customer account: e-mail and password"),
                c.InputValidation(note="PDF, JPEG and PNG only, 10 MB per file"),
            },
        )
    )
    # The agent under design: reads the uploads, drafts the notice, flags referrals.
    agent = tm.add(
        tg.Agent(
            "Document check agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs when a couple submits; writes its results to the case for the registrar.",
            controls={
                c.HumanInTheLoop(approver="the registrar who takes the notice"),
                c.ImpactAssessment(
                    basis="public task: Marriage Act 1949, Civil Partnership Act 2004 and "
                    "Immigration Act 2014 referral duties"
                ),
            },
        )
    )
    # Gives the agent the pages of one case's uploads.
    doc_tool = tm.add(
        tg.Tool(
            "Document retrieval tool",
            capabilities={"read"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Lets the agent read the notice form and write its results to the case.
    case_tool = tm.add(
        tg.Tool(
            "Case file tool",
            capabilities={"read", "write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Staff-facing screen where registrars work each case.
    workbench = tm.add(
        tg.Service(
            "Registrar workbench",
            controls={
                c.Authentication(method="council Entra ID SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Case data tier", trust=tg.Trust.RESTRICTED):
        # The uploaded scans, kept until the notice period and ceremony are done.
        doc_store = tm.add(
            tg.DataStore(
                "Uploaded document store",
                stores={uploads},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # One case per notice: form details, agent results, registrar decisions.
        case_store = tm.add(
            tg.DataStore(
                "Notice case store",
                stores={
                    notice_details,
                    check_results,
                    draft_notice,
                    referral_flag,
                    registrar_decision,
                },
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the document images; UK-hosted region.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor API, UK data region, no training on customer data per contract.",
        )
    )

with tm.boundary("Register office", trust=tg.Trust.INTERNAL):
    # Takes the notice, checks originals in person, decides on referral.
    registrar = tm.add(tg.Actor("Registrar", role="registration officer"))

with tm.boundary("Central government services", trust=tg.Trust.PARTNER):
    # GRO's national registration system, where notices are formally entered.
    ron = tm.add(
        tg.ExternalService(
            "GRO Registration Online",
            description="General Register Office system for notices and registrations.",
        )
    )
    # Home Office system that receives referrals of notices involving non-exempt persons.
    home_office = tm.add(
        tg.ExternalService(
            "Home Office referral service",
            description="Marriage referral and assessment scheme intake.",
        )
    )

# ---------------------------------------------------------------- flows
# Couple and portal
tm.flow(couple, portal, notice_details, uploads, protocol="https")
tm.flow(portal, couple, appointment_msgs, protocol="https")
tm.flow(portal, doc_store, uploads)
tm.flow(portal, case_store, notice_details)

# Agent at work
tm.flow(agent, doc_tool, case_updates, label="fetch documents for the case")
tm.flow(doc_store, doc_tool, uploads)
tm.flow(doc_tool, agent, doc_pages)
tm.flow(agent, case_tool, case_updates, check_results, draft_notice, referral_flag)
tm.flow(case_store, case_tool, notice_details)
tm.flow(case_tool, agent, notice_details)
tm.flow(case_tool, case_store, check_results, draft_notice, referral_flag)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, reading, protocol="https")

# Registrar review
tm.flow(case_store, workbench, notice_details, check_results, draft_notice, referral_flag)
tm.flow(doc_store, workbench, uploads)
tm.flow(
    workbench,
    registrar,
    notice_details,
    check_results,
    draft_notice,
    referral_flag,
    uploads,
    protocol="https",
)
tm.flow(registrar, workbench, registrar_decision, protocol="https")
tm.flow(workbench, case_store, registrar_decision)
tm.flow(workbench, portal, appointment_msgs, label="requests for missing documents")
tm.flow(couple, registrar, original_docs, label="shown in person at the appointment")

# Formal entry and referral, done by the registrar
tm.flow(registrar, ron, notice_entry, protocol="https")
tm.flow(registrar, home_office, referral, protocol="https")
