"""Audiology summary and ENT referral drafting: the first design, before any security review.

A chain of UK audiology clinics. Before an appointment, patients fill in a hearing
questionnaire on a web portal reached from a link in their booking e-mail. In the
clinic, audiometers feed audiograms into the fitting workstation, where the
audiologist also writes the fitting-session notes; both are filed in the patient
record system. From the clinician web app, the audiologist asks for a summary: a
drafting service pulls the audiogram, notes and questionnaire, adds the chain's ENT
referral criteria and letter templates, and sends the prompt to a hosted LLM under a
data processing agreement. The summary and draft referral letter are stored as drafts;
the audiologist edits and signs each one before it is filed and sent to the ENT
practice through a secure mail service. Staff sign in with SSO and MFA; the record
system is encrypted and access-logged.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Audiology clinic fitting notes and referral letter LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries of audiology records and draft ENT referral letters, "
    "signed by the audiologist.",
)

# ---------------------------------------------------------------- data assets
questionnaire = tg.Data(
    "Patient questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Hearing history, tinnitus, dizziness, ear pain, free-text concerns.",
)
audiogram = tg.Data(
    "Audiogram",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Air and bone conduction thresholds per ear, tympanometry.",
)
fitting_notes = tg.Data(
    "Fitting-session notes",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Audiologist's notes, otoscopy findings, hearing aid settings.",
)
summary_request = tg.Data("Summary request", kind="records", sensitivity=tg.Sensitivity.PII)
templates = tg.Data(
    "ENT referral criteria and letter templates",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
prompt = tg.Data(
    "Summary prompt with patient record",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, templates, audiogram, notes and questionnaire answers.",
)
completion = tg.Data(
    "LLM summary and draft letter",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
drafts = tg.Data(
    "Draft summary and referral letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)
edits = tg.Data(
    "Audiologist edits and sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
signed_letter = tg.Data(
    "Signed referral letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Fills in the pre-appointment questionnaire from home.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Signs every summary and letter; the only person who sends referrals.
    audiologist = tm.add(tg.Actor("Audiologist", role="audiologist"))
    # Clinical audiometers in each test room.
    audiometer = tm.add(tg.Device("Audiometers", fleet=True))
    # Noah-based PC running the manufacturers' fitting modules.
    workstation = tm.add(tg.Service("Fitting workstation"))

with tm.boundary("Clinic cloud tenant", trust=tg.Trust.INTERNAL):
    # Web form for pre-appointment questionnaires.
    portal = tm.add(
        tg.Endpoint(
            "Questionnaire portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="single-use link in the booking e-mail plus date of birth"),
                c.InputValidation(note="field lengths and types checked"),
            },
        )
    )
    # Web app where the audiologist requests, edits and signs drafts.
    review_app = tm.add(
        tg.Endpoint(
            "Clinician review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the audiologist who saw the patient signs each letter"),
            },
        )
    )
    # Builds the prompt from the record and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Summary drafting service",
            controls={c.SecretsManagement(note="LLM API key in the cloud key vault")},
        )
    )
    # Reference data maintained by the clinical lead.
    template_store = tm.add(tg.DataStore("Referral templates and criteria", stores={templates}))
    # Drafts waiting for the audiologist.
    draft_store = tm.add(tg.DataStore("Draft letter store", stores={drafts}))

    with tm.boundary("Clinical records", trust=tg.Trust.RESTRICTED):
        # The chain's system of record for every patient.
        pms = tm.add(
            tg.DataStore(
                "Patient record system",
                stores={questionnaire, audiogram, fitting_notes, signed_letter},
                controls={
                    c.EncryptionAtRest(key_management="vendor-managed keys"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model, UK region, no training on our data per the DPA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA signed, UK region, zero data retention")},
        )
    )

with tm.boundary("Secure mail provider", trust=tg.Trust.PARTNER):
    # Accredited secure e-mail used for clinical correspondence.
    secure_mail = tm.add(tg.ExternalService("Secure mail service"))

with tm.boundary("ENT practices", trust=tg.Trust.PARTNER):
    # Receives the referral at an NHS or private ENT clinic.
    ent_doctor = tm.add(tg.Actor("ENT doctor", role="referral recipient"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(patient, portal, questionnaire, protocol="https", controls={tls})
tm.flow(portal, pms, questionnaire)

tm.flow(audiometer, workstation, audiogram, protocol="usb")
tm.flow(audiologist, workstation, fitting_notes)
tm.flow(workstation, pms, audiogram, fitting_notes, protocol="https", controls={tls})

tm.flow(audiologist, review_app, summary_request, protocol="https", controls={tls})
tm.flow(review_app, drafter, summary_request)
tm.flow(pms, drafter, audiogram, fitting_notes, questionnaire)
tm.flow(template_store, drafter, templates)
tm.flow(drafter, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, drafter, completion, protocol="https", controls={tls})
tm.flow(drafter, draft_store, drafts)

tm.flow(draft_store, review_app, drafts)
tm.flow(review_app, audiologist, drafts, protocol="https", controls={tls})
tm.flow(audiologist, review_app, edits, protocol="https", controls={tls})
tm.flow(review_app, draft_store, edits)
tm.flow(review_app, pms, signed_letter, label="filed in the record")
tm.flow(review_app, secure_mail, signed_letter, protocol="smtp", controls={tls})
tm.flow(secure_mail, ent_doctor, signed_letter, protocol="smtp", controls={tls})
