"""Crisis line call summaries: the first design, before any security review.

An NHS mental health trust runs a 24/7 crisis line. People in crisis phone in over
the public telephone network; calls land on a cloud contact-centre platform, where
the trust's call handlers answer them from a softphone. When a call ends, the
platform transcribes the recording and posts the transcript to a summarisation
service in the trust's network. The call handler links the call to the patient's
record; the service then pulls the current risk assessment and care plan from the
electronic patient record, and asks a hosted LLM (UK region) for a structured call
summary and for any change in risk since the last assessment. The handler reviews
and approves the summary before it is filed into the EPR; risk-change flags go
straight onto the duty clinician's worklist. Staff sign in with NHS smartcards,
the EPR is role-based and encrypted, vendor links use TLS, and a DPIA covers the
processing. There is no content filtering on the LLM's output yet.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Crisis line call summaries",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM summaries of crisis line calls into the patient record, with risk-change "
        "flags for the duty clinician."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Crisis call audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
)
call_metadata = tg.Data(
    "Call metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Caller number, call time, duration, handler id.",
)
transcript = tg.Data(
    "Call transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
patient_link = tg.Data(
    "Call-to-patient link",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="NHS number the call handler confirms for the caller.",
)
patient_context = tg.Data(
    "Patient risk context",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Current risk assessment, care plan and crisis plan from the EPR.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the transcript and the patient's risk context.",
)
completion = tg.Data(
    "LLM summary and risk assessment", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
draft_summary = tg.Data(
    "Draft call summary", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
risk_flag = tg.Data(
    "Risk change flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Raised when the call suggests risk has increased since the last assessment.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
approved_summary = tg.Data(
    "Approved call summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
flag_ack = tg.Data("Flag acknowledgement", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
audit_events = tg.Data("Audit events", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The person in crisis (or someone calling about them); anyone can dial the number.
    caller = tm.add(tg.Actor("Caller", role="member of the public in crisis"))

with tm.boundary("Contact-centre vendor", trust=tg.Trust.PARTNER):
    # Cloud contact centre: routes, records and transcribes calls for the trust.
    telephony = tm.add(
        tg.ExternalService(
            "Cloud contact-centre platform",
            description="Call routing, softphone, call recording and transcription.",
        )
    )

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the summary and judges risk change.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model behind the vendor's API, UK data residency.",
            controls={
                c.SupplierAssessment(
                    note="DTAC and DSPT review; contract bars training on trust data"
                )
            },
        )
    )

with tm.boundary("Trust network", trust=tg.Trust.INTERNAL):
    # Answers the call and confirms which patient it is about; approves the summary.
    handler = tm.add(tg.Actor("Crisis line call handler", role="crisis practitioner"))
    # Senior clinician on shift who acts on risk-change flags.
    duty_clinician = tm.add(tg.Actor("Duty clinician", role="duty clinician"))

    # Orchestrates transcript -> context -> LLM -> draft; receives the vendor's webhook.
    summariser = tm.add(
        tg.Service(
            "Call summarisation service",
            description=(
                "Receives the call-completed webhook, fetches the patient's risk context, "
                "builds the prompt, calls the LLM and stores the draft and any risk flag."
            ),
            controls={
                c.Authentication(method="static vendor API key in webhook header"),
                c.SecretsManagement(note="LLM and EPR API keys in the trust's key vault"),
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); health or social care, Art. 9(2)(h)"
                ),
            },
        )
    )
    # Holds drafts and flags until a person picks them up.
    drafts = tm.add(
        tg.DataStore(
            "Draft summary store",
            stores={draft_summary, risk_flag},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web app where handlers review drafts and the duty clinician sees the flag worklist.
    workspace = tm.add(
        tg.Endpoint(
            "Crisis team workspace",
            purpose=tg.EndpointPurpose.API,
            description="Review-and-approve screen for handlers; risk flag worklist for duty clinicians.",
            controls={
                c.Authentication(method="NHS smartcard and passcode"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="the call handler who took the call",
                    note="summary filed to the EPR only after the handler approves it",
                ),
            },
        )
    )
    # Who viewed, approved or changed what; kept for clinical governance.
    audit_log = tm.add(tg.DataStore("Audit log store", stores={audit_events}))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The system of record for every patient the trust treats.
        epr = tm.add(
            tg.DataStore(
                "Electronic patient record",
                stores={patient_context, approved_summary},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="supplier-managed keys"),
                    c.AuditLogging(),
                },
            )
        )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# The call itself
tm.flow(caller, telephony, call_audio, protocol="pstn")
tm.flow(telephony, caller, call_audio, protocol="pstn")
tm.flow(handler, telephony, call_audio, protocol="webrtc", label="softphone")
tm.flow(telephony, handler, call_audio, call_metadata, protocol="webrtc", label="softphone")

# After the call: transcript to the trust
tm.flow(
    telephony,
    summariser,
    transcript,
    call_metadata,
    protocol="https",
    label="call-completed webhook",
    controls={tls},
)

# The handler links the call to the patient
tm.flow(handler, workspace, patient_link, protocol="https")
tm.flow(workspace, summariser, patient_link, protocol="https")

# Patient context from the EPR
tm.flow(summariser, epr, patient_link, protocol="HL7 FHIR over HTTPS", label="patient lookup")
tm.flow(epr, summariser, patient_context, protocol="HL7 FHIR over HTTPS")

# The LLM call
tm.flow(summariser, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, summariser, completion, protocol="https", controls={tls})

# Drafts and flags
tm.flow(summariser, drafts, draft_summary, risk_flag)
tm.flow(drafts, workspace, draft_summary, risk_flag)

# Review and approval by the handler
tm.flow(workspace, handler, draft_summary, protocol="https")
tm.flow(handler, workspace, approved_summary, protocol="https", label="edits and approves")
tm.flow(workspace, epr, approved_summary, protocol="HL7 FHIR over HTTPS", label="file to record")

# Risk flags to the duty clinician
tm.flow(workspace, duty_clinician, risk_flag, protocol="https", label="duty worklist")
tm.flow(duty_clinician, workspace, flag_ack, protocol="https")

# Audit trail
tm.flow(summariser, audit_log, audit_events)
tm.flow(workspace, audit_log, audit_events)
