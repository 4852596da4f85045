"""Hospital outpatient letter summarisation LLM: the first design.

An NHS hospital trust wants every outpatient clinic letter to reach the patient in
plain language and the GP as a short coded summary. When a consultant signs a
clinic letter in the electronic patient record (EPR), the summarisation service
pulls it over the EPR's FHIR interface and asks an open-weights LLM, served on GPU
VMs in the trust's own cloud tenancy, for two drafts: a plain-language version for
the patient and a SNOMED CT coded summary for the GP. The consultant reviews, edits
and approves both in a review web app; nothing is sent without that approval. The
approved patient version goes to the patient portal (a vendor's service, patients
sign in with NHS login), the GP version by secure NHS messaging, and both are filed
back in the EPR. Controls: staff single sign-on, consultant approval, role-based
access and audit in the EPR, encryption at rest in the tenancy, mutual TLS to the
messaging service, a pinned model version.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital outpatient letter summarisation LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Plain-language patient and coded GP summaries of outpatient clinic letters, "
    "approved by the consultant before sending.",
)

# ---------------------------------------------------------------- data assets
clinic_letter = tg.Data(
    "Clinic letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The consultant's signed letter: diagnosis, results, medication changes, plan.",
)
patient_details = tg.Data(
    "Patient identifiers and GP practice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="NHS number, name, date of birth, registered GP practice code.",
)
prompt = tg.Data("Summarisation prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
drafts = tg.Data(
    "Draft summaries",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Plain-language patient draft and coded GP draft, before approval.",
)
approval = tg.Data(
    "Consultant edits and approval", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
patient_summary = tg.Data(
    "Approved patient summary",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
gp_summary = tg.Data(
    "Approved coded GP summary",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
snomed = tg.Data("SNOMED CT terminology", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
weights = tg.Data("LLM weights", sensitivity=tg.Sensitivity.INTERNAL, format="safetensors")
audit_events = tg.Data("Summarisation audit events", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients read their letters in the portal from their own devices.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # Public model hub the open-weights model was downloaded from.
    hub = tm.add(tg.ExternalService("Model hub", provides="model-hub"))

with tm.boundary("Patient portal vendor", trust=tg.Trust.PARTNER):
    # The trust's contracted patient portal; patients sign in with NHS login.
    portal = tm.add(
        tg.ExternalService(
            "Patient portal",
            controls={c.Authentication(method="NHS login with one-time SMS code")},
        )
    )

with tm.boundary("NHS secure network", trust=tg.Trust.PARTNER):
    # National secure messaging service that delivers documents to GP systems.
    messaging = tm.add(tg.ExternalService("Secure NHS messaging"))
    # The patient's GP practice, receiving the coded summary into its clinical system.
    gp = tm.add(tg.Actor("GP practice", role="general practitioner"))

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The consultant who wrote the letter and must approve the summaries.
    consultant = tm.add(tg.Actor("Consultant", role="clinician"))
    # The EPR: source of signed letters and where approved summaries are filed.
    epr = tm.add(
        tg.DataStore(
            "Electronic patient record",
            stores={clinic_letter, patient_details, patient_summary, gp_summary},
            controls={
                c.RBAC(),
                c.AuditLogging(),
                c.EncryptionAtRest(key_management="vendor managed"),
            },
        )
    )

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # Orchestrates: fetches letters, builds prompts, stores drafts, sends approved versions.
    summariser = tm.add(
        tg.Service(
            "Summarisation service",
            controls={
                c.HumanInTheLoop(approver="the consultant who signed the letter"),
                c.AuditLogging(),
            },
        )
    )
    # Web app where consultants review, edit and approve the two drafts.
    review_app = tm.add(
        tg.Endpoint(
            "Consultant review app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="trust single sign-on with smartcard")},
        )
    )
    # Drafts and approved summaries awaiting or after sending.
    summary_store = tm.add(
        tg.DataStore(
            "Summary store",
            stores={drafts, approval, patient_summary, gp_summary},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Local copy of the national SNOMED CT release used for the GP coding.
    terminology = tm.add(tg.DataStore("SNOMED CT terminology store", stores={snomed}))
    # Audit trail of what was summarised, by which model version, approved by whom.
    audit_log = tm.add(tg.DataStore("Audit log", stores={audit_events}))

    with tm.boundary("Model serving subnet", trust=tg.Trust.RESTRICTED):
        # Open-weights LLM served on GPU VMs, no internet egress at inference time.
        llm = tm.add(
            tg.LLM(
                "Summarisation LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                controls={c.ModelVersioning()},
            )
        )
        # Storage bucket holding the pinned model weights.
        model_store = tm.add(tg.ModelRegistry("Model weights store", stores={weights}))

# ---------------------------------------------------------------- flows
tm.flow(consultant, epr, clinic_letter, label="signs clinic letter")
tm.flow(epr, summariser, clinic_letter, patient_details, protocol="HL7 FHIR over HTTPS")
tm.flow(terminology, summariser, snomed)
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, drafts, protocol="https")
tm.flow(summariser, summary_store, drafts)
tm.flow(summary_store, review_app, drafts, clinic_letter)
tm.flow(review_app, consultant, drafts, clinic_letter, protocol="https")
tm.flow(consultant, review_app, approval, protocol="https")
tm.flow(review_app, summary_store, approval, patient_summary, gp_summary)
tm.flow(summary_store, summariser, patient_summary, gp_summary, approval)
tm.flow(summariser, portal, patient_summary, clinic_letter, patient_details, protocol="https")
tm.flow(portal, patient, patient_summary, clinic_letter, protocol="https")
tm.flow(summariser, messaging, gp_summary, patient_details, protocol="mtls")
tm.flow(messaging, gp, gp_summary, patient_details, protocol="mtls")
tm.flow(
    summariser, epr, patient_summary, gp_summary, protocol="HL7 FHIR over HTTPS", label="filed back"
)
tm.flow(summariser, audit_log, audit_events)
tm.flow(hub, model_store, weights, protocol="https", label="one-off download")
tm.flow(model_store, llm, weights, label="load at start-up")
