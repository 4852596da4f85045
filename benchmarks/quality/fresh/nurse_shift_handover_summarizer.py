"""Nurse shift handover summarizer: the first design, before any security review.

At the end of each shift the assistant drafts a handover summary for every patient
on a ward. A handover service pulls the shift's nursing notes, vitals and
medication administration records (MAR) from the EHR through its FHIR interface,
builds a prompt from a template the clinical informatics team maintains, and
sends it to an LLM hosted in the hospital's cloud tenant under a business
associate agreement. Drafts are kept in a draft store; nurses open them in a web
app on the ward workstations, edit them and sign them, and the signed summary is
written back to the EHR as a handover note. Users are US hospital staff and the
data is PHI. Controls in this design: single sign-on against the hospital
directory, ward-scoped roles in the app, TLS everywhere, encryption at rest of the
drafts, an OAuth client for the FHIR interface, an audit log, and a vendor review
with a BAA for the LLM provider. The nurse's signature is the approval step.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Nurse shift handover summarizer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM drafts per-patient shift handover summaries from the EHR; nurses edit and sign.",
)

# ---------------------------------------------------------------- data assets
ehr_records = tg.Data(
    "Notes, vitals and MAR",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="The shift's nursing notes, vital signs and medication administrations.",
)
handover_prompt = tg.Data(
    "Handover prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Template instructions plus one patient's records for the shift.",
)
prompt_template = tg.Data(
    "Prompt templates",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draft = tg.Data(
    "Draft handover summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
signed_summary = tg.Data(
    "Signed handover summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
regen_request = tg.Data(
    "Regeneration request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ward, patient and shift the nurse wants a fresh draft for.",
)
nurse_login = tg.Data("Nurse credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
session_token = tg.Data("SSO session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
audit_events = tg.Data(
    "Access and signing audit events",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Ward clinical network", trust=tg.Trust.INTERNAL):
    # Registered nurses who review, edit and sign the summaries.
    nurse = tm.add(tg.Actor("Ward nurse", role="registered nurse"))
    # Shared workstations at the nurses' station, used by many staff per shift.
    workstation = tm.add(tg.Device("Ward workstation", fleet=True))

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # The hospital directory, used for single sign-on to the app.
    idp = tm.add(
        tg.ExternalService(
            "Hospital identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )
    # The app nurses use to open, edit and sign drafts.
    web_app = tm.add(
        tg.Endpoint(
            "Handover web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="SAML SSO"),
                c.RBAC(note="nurses see only the patients of their ward"),
                c.HumanInTheLoop(approver="the signing nurse"),
            },
        )
    )
    # Pulls each patient's shift data, builds prompts and calls the LLM per patient.
    orchestrator = tm.add(
        tg.Service(
            "Handover orchestrator",
            description="Scheduled at shift end and on demand from the app.",
        )
    )
    # Drafts and signed summaries until they are written back to the EHR.
    draft_store = tm.add(
        tg.DataStore(
            "Handover draft store",
            stores={draft, signed_summary},
            controls={c.EncryptionAtRest(key_management="hospital HSM")},
        )
    )
    # Prompt templates per ward type, edited by clinical informatics.
    template_store = tm.add(tg.DataStore("Prompt template store", stores={prompt_template}))
    # Who opened, edited and signed what, kept for HIPAA access reviews.
    audit_log = tm.add(
        tg.DataStore(
            "Audit log",
            stores={audit_events},
            controls={c.AuditLogging(retention_days=2190)},
        )
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The system of record for notes, vitals and MAR.
        ehr = tm.add(tg.DataStore("EHR database", stores={ehr_records, signed_summary}))
        # The EHR vendor's FHIR API: the only way the assistant reads or writes the chart.
        fhir = tm.add(
            tg.Service(
                "EHR FHIR interface",
                controls={c.Authentication(method="OAuth 2.0 client credentials")},
            )
        )

with tm.boundary("Cloud LLM tenant", trust=tg.Trust.PARTNER):
    # A hosted model in the hospital's cloud subscription, covered by a BAA.
    llm = tm.add(
        tg.LLM(
            "Hosted summarization LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; vendor security review done")},
        )
    )

with tm.boundary("Clinical informatics", trust=tg.Trust.INTERNAL):
    # Nurse informaticists who tune the templates.
    informaticist = tm.add(
        tg.Actor("Clinical informaticist", role="informatics staff", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(nurse, workstation, nurse_login, draft, signed_summary, label="logs in, edits, signs")
tm.flow(workstation, nurse, draft, label="shows draft")
tm.flow(workstation, idp, nurse_login, protocol="https")
tm.flow(idp, workstation, session_token, protocol="https")
tm.flow(workstation, web_app, session_token, draft, signed_summary, protocol="https")
tm.flow(web_app, workstation, draft, protocol="https")
tm.flow(idp, web_app, session_token, protocol="https", label="SAML assertion")

tm.flow(web_app, orchestrator, regen_request, protocol="https")
tm.flow(orchestrator, fhir, ehr_records, protocol="https", label="FHIR query")
tm.flow(fhir, orchestrator, ehr_records, protocol="https")
tm.flow(ehr, fhir, ehr_records)
tm.flow(template_store, orchestrator, prompt_template)
tm.flow(orchestrator, llm, handover_prompt, protocol="https")
tm.flow(llm, orchestrator, draft, protocol="https")
tm.flow(orchestrator, draft_store, draft)

tm.flow(draft_store, web_app, draft)
tm.flow(web_app, draft_store, draft, signed_summary)
tm.flow(web_app, fhir, signed_summary, protocol="https", label="write-back as handover note")
tm.flow(fhir, ehr, signed_summary)

tm.flow(web_app, audit_log, audit_events)
tm.flow(orchestrator, audit_log, audit_events)
tm.flow(informaticist, template_store, prompt_template, protocol="https")
