"""Probation case file summariser: the first design, before any security review.

Before a supervision appointment, a probation officer opens the summary portal and
asks for a summary of a case. A summarisation service in the government cloud
tenancy pulls the case file from the national case management system (police
records, court documents, previous risk assessments, notes from housing and drug
services), prompts an open-weights LLM that the team serves in the same tenancy,
and stores the summary. The officer reads the summary beside the full file and
completes the formal risk assessment in the assessment system themselves; the
summary is never copied into it. Officers sign in with government SSO and MFA;
the portal offers summaries to probation staff by role. Stores are encrypted with
the tenancy's keys, the CMS is reached with a service account kept in the vault,
requests and summaries are audit-logged, and the model version is pinned.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Probation case file summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries of probation case files ahead of supervision appointments.",
)

# ---------------------------------------------------------------- data assets
police_records = tg.Data(
    "Police records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Convictions, intelligence and call-outs shared by the police.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
court_documents = tg.Data("Court documents", sensitivity=tg.Sensitivity.REGULATED, kind="documents")
partner_notes = tg.Data(
    "Partner agency notes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="Free-text notes from housing and drug treatment services.",
)
assessments = tg.Data(
    "Risk assessments",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_file = tg.Data(
    "Case file",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Everything on a person on probation, as the CMS holds it.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
summary_request = tg.Data(
    "Summary request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
prompt = tg.Data(
    "Summarisation prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Instructions plus the case file documents, chunked.",
)
summary = tg.Data(
    "Case summary",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data("LLM weights", sensitivity=tg.Sensitivity.INTERNAL, format="safetensors")
sign_in = tg.Data("Officer sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
id_token = tg.Data("SSO token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
audit_events = tg.Data("Audit events", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Partner agencies", trust=tg.Trust.PARTNER):
    # Police forces share records into the CMS through the national interface.
    police = tm.add(
        tg.DataSource("Police records feed", origin=tg.Origin.PARTNER, provides={police_records})
    )
    # Courts send pre-sentence and sentencing documents.
    courts = tm.add(
        tg.DataSource("Court document feed", origin=tg.Origin.PARTNER, provides={court_documents})
    )
    # Housing and drug service workers add notes through the CMS partner portal.
    partner_worker = tm.add(tg.Actor("Partner agency worker", role="housing or drug service"))

with tm.boundary("Public model hub", trust=tg.Trust.UNTRUSTED):
    # Where the open-weights model was downloaded from.
    hub = tm.add(tg.ExternalService("Model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("National case management", trust=tg.Trust.INTERNAL):
    # The national case management system, run by the ministry's own team.
    cms = tm.add(
        tg.DataStore(
            "Case management system",
            stores={case_file, police_records, court_documents, partner_notes},
        )
    )
    # Where officers complete the formal risk assessment; earlier ones go to the CMS.
    assessment_system = tm.add(tg.DataStore("Risk assessment system", stores={assessments}))
    # Government single sign-on for probation staff.
    idp = tm.add(
        tg.ExternalService("Government SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("Government cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web front end officers use to request and read summaries.
    portal = tm.add(
        tg.Endpoint(
            "Summary portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="government SSO with MFA"),
                tg.controls.RBAC(note="probation practitioner role"),
                tg.controls.AuditLogging(retention_days=2555),
            },
        )
    )
    # Fetches the case file, builds the prompt, calls the model, saves the summary.
    summariser = tm.add(
        tg.Service(
            "Summarisation service",
            controls={
                tg.controls.SecretsManagement(note="CMS service account in the tenancy vault")
            },
        )
    )
    # Summaries kept for the officer to reopen before the appointment.
    summary_store = tm.add(
        tg.DataStore(
            "Summary store",
            stores={summary},
            controls={tg.controls.EncryptionAtRest(key_management="tenancy KMS")},
        )
    )
    # Audit trail of who asked for which case's summary.
    audit_store = tm.add(
        tg.DataStore(
            "Audit log",
            stores={audit_events},
            controls={tg.controls.EncryptionAtRest(key_management="tenancy KMS")},
        )
    )

    with tm.boundary("Model serving subnet", trust=tg.Trust.RESTRICTED):
        # The open-weights LLM, served on GPU VMs in the tenancy, no internet egress.
        llm = tm.add(
            tg.LLM(
                "Summary LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Instruction-tuned open-weights model; summarises, decides nothing.",
                controls={
                    tg.controls.ModelVersioning(note="weights pinned by digest"),
                    tg.controls.HumanInTheLoop(
                        approver="the probation officer, who reads the full file and "
                        "completes the risk assessment"
                    ),
                },
            )
        )

with tm.boundary("Probation office network", trust=tg.Trust.INTERNAL):
    # Reads the summary and the full file, then does the formal assessment.
    officer = tm.add(tg.Actor("Probation officer", role="probation practitioner"))

# ---------------------------------------------------------------- flows
# records arriving in the CMS
tm.flow(police, cms, police_records, protocol="https")
tm.flow(courts, cms, court_documents, protocol="https")
tm.flow(partner_worker, cms, partner_notes, protocol="https", label="CMS partner portal")
tm.flow(assessment_system, cms, assessments, label="previous assessments")

# officer sign-in
tm.flow(officer, idp, sign_in, protocol="https")
tm.flow(idp, officer, id_token, protocol="https")
tm.flow(officer, portal, id_token, protocol="https")

# summarisation
tm.flow(officer, portal, summary_request, protocol="https")
tm.flow(portal, summariser, summary_request, protocol="https")
tm.flow(summariser, cms, summary_request, protocol="https", label="case file query")
tm.flow(cms, summariser, case_file, protocol="https")
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, summary, protocol="https")
tm.flow(summariser, summary_store, summary)
tm.flow(summary_store, portal, summary)
tm.flow(portal, officer, summary, protocol="https")
tm.flow(portal, audit_store, audit_events)
tm.flow(summariser, audit_store, audit_events)

# the officer's own work
tm.flow(cms, officer, case_file, protocol="https", label="reads the full file")
tm.flow(officer, assessment_system, assessments, protocol="https", label="formal risk assessment")

# model supply
tm.flow(hub, llm, weights, protocol="https", label="one-off download at deployment")
