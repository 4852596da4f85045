"""Ambient clinical scribe with Epic integration: the first design, before security review.

Outpatient clinicians open the scribe app on their own phones, pick the patient from
today's Epic clinic schedule and, with the patient's verbal consent, let the app
record the consultation. The audio is uploaded over HTTPS to a scribe API in the
hospital's cloud tenant, where it is kept in a recording bucket. A note orchestrator
sends it to a medical speech-to-text API, pulls the patient's problem list,
medications and allergies from Epic over FHIR, and asks a hosted LLM (covered by a
BAA) to draft a SOAP note. The draft is filed back into Epic as a pended, unsigned
note; the clinician reviews, edits and signs it at a clinic workstation.
Clinicians sign in to the app with hospital SSO (Entra ID, MFA); the orchestrator
uses SMART backend-services credentials for Epic. Recordings and drafts are
encrypted at rest; Epic keeps its own access audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital ambient scribe with Epic integration",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Records outpatient consultations on clinicians' phones and has an LLM "
    "draft the clinic note into Epic for the clinician to sign.",
)

# ---------------------------------------------------------------- data assets
audio = tg.Data(
    "Consultation audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Everything said in the room by patient, relatives and clinician.",
)
sign_in = tg.Data("Clinician SSO sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
access_token = tg.Data(
    "Clinician access token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
schedule = tg.Data(
    "Clinic schedule",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Today's appointments for the signed-in clinician: patient names, MRNs, times.",
)
encounter = tg.Data(
    "Encounter selection",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient MRN and encounter ID the recording belongs to.",
)
scribe_job = tg.Data("Scribe job", kind="records", sensitivity=tg.Sensitivity.REGULATED)
transcript = tg.Data(
    "Consultation transcript", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
context = tg.Data(
    "Patient clinical context",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Problem list, active medications and allergies read from Epic.",
)
prompt = tg.Data(
    "Note drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Note template, transcript and patient clinical context.",
)
draft = tg.Data(
    "Draft clinic note",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
signed_note = tg.Data(
    "Signed clinic note",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
health_record = tg.Data(
    "Electronic health record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Clinic room", trust=tg.Trust.UNTRUSTED):
    # The patient (and any relative present) whose conversation is recorded.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Clinician phones", trust=tg.Trust.UNTRUSTED):
    # Clinicians' own phones; the scribe app is the only part the hospital controls.
    phone_app = tm.add(
        tg.Device(
            "Scribe phone app",
            fleet=True,
            description="iOS/Android app on clinicians' personal phones; buffers audio "
            "in the app's encrypted container until the upload completes.",
            controls={
                c.EncryptionAtRest(key_management="OS keychain-protected app container"),
            },
        )
    )

with tm.boundary("Hospital SSO", trust=tg.Trust.PARTNER):
    # Signs clinicians in to the app with their hospital account.
    idp = tm.add(tg.ExternalService("Entra ID", provides="identity-provider"))

with tm.boundary("Speech and LLM vendor (BAA)", trust=tg.Trust.PARTNER):
    # Turns the recording into a speaker-labelled transcript.
    stt = tm.add(
        tg.Model(
            "Medical speech-to-text API",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; vendor security review done")},
        )
    )
    # Drafts the SOAP note from the transcript and the patient's context.
    llm = tm.add(
        tg.LLM(
            "Note drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Hosted general-purpose LLM; its draft becomes part of the "
            "medical record once signed.",
            controls={c.SupplierAssessment(note="BAA signed; no training on our data")},
        )
    )

with tm.boundary("Scribe cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives uploads from the app and serves it the clinician's schedule.
    scribe_api = tm.add(
        tg.Endpoint(
            "Scribe API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC access token from hospital Entra ID SSO with MFA"),
            },
        )
    )
    # Keeps the raw recordings so a note can be regenerated.
    recordings = tm.add(
        tg.DataStore(
            "Recording bucket",
            stores={audio},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs each job: transcribe, fetch context, prompt the LLM, file the draft.
    orchestrator = tm.add(
        tg.Service(
            "Note orchestrator",
            description="Queue worker that turns a recording into a pended Epic note.",
            controls={
                c.HumanInTheLoop(
                    approver="the treating clinician, who reviews, edits and signs the "
                    "pended note in Epic before it enters the legal record"
                ),
                c.SecretsManagement(note="Epic client key and vendor API keys in the cloud vault"),
            },
        )
    )
    # Keeps transcripts and drafts for quality review of the notes.
    note_store = tm.add(
        tg.DataStore(
            "Transcript and draft store",
            stores={transcript, draft},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Epic environment", trust=tg.Trust.RESTRICTED):
    # Epic's FHIR interface: schedule and context reads, pended note writes.
    fhir = tm.add(
        tg.Endpoint(
            "Epic FHIR API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="SMART backend services, signed JWT client assertion"),
                c.RBAC(
                    note="client scopes limited to Appointment, Condition, "
                    "MedicationRequest, AllergyIntolerance read and DocumentReference write"
                ),
            },
        )
    )
    # The hospital's system of record.
    ehr = tm.add(
        tg.DataStore(
            "Epic EHR",
            stores={health_record, signed_note, draft},
            controls={
                c.EncryptionAtRest(key_management="database TDE"),
                c.AuditLogging(note="Epic access log"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Records the consultation and signs the note.
    clinician = tm.add(tg.Actor("Clinician", role="physician"))
    # Where the clinician opens the pended note in Epic Hyperspace.
    workstation = tm.add(
        tg.Device(
            "Clinic workstation",
            description="Hospital PC running Epic Hyperspace.",
            controls={c.Authentication(method="Epic login with badge tap and password")},
        )
    )

# ---------------------------------------------------------------- flows
# sign-in and schedule
tm.flow(clinician, phone_app, sign_in)
tm.flow(phone_app, idp, sign_in, protocol="https")
tm.flow(idp, phone_app, access_token, protocol="oidc")
tm.flow(phone_app, scribe_api, access_token, protocol="https", label="bearer token")
tm.flow(scribe_api, fhir, encounter, protocol="https", label="schedule query")
tm.flow(fhir, scribe_api, schedule, protocol="https")
tm.flow(scribe_api, phone_app, schedule, protocol="https")
tm.flow(clinician, phone_app, encounter, label="picks the patient")

# recording
tm.flow(patient, phone_app, audio, label="spoken in the room")
tm.flow(clinician, phone_app, audio, label="spoken in the room")
tm.flow(
    phone_app,
    scribe_api,
    audio,
    encounter,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(scribe_api, recordings, audio)
tm.flow(scribe_api, orchestrator, scribe_job, label="job queue")

# drafting
tm.flow(recordings, orchestrator, audio)
tm.flow(orchestrator, stt, audio, protocol="https")
tm.flow(stt, orchestrator, transcript, protocol="https")
tm.flow(orchestrator, fhir, encounter, protocol="https", label="context query")
tm.flow(fhir, orchestrator, context, protocol="https")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, draft, protocol="https")
tm.flow(orchestrator, note_store, transcript, draft)
tm.flow(orchestrator, fhir, draft, protocol="https", label="pended unsigned note")

# Epic internals and sign-off
tm.flow(fhir, ehr, draft)
tm.flow(ehr, fhir, schedule, context)
tm.flow(ehr, workstation, draft, protocol="https")
tm.flow(workstation, clinician, draft, label="on screen")
tm.flow(clinician, workstation, signed_note, label="edits and signs")
tm.flow(workstation, ehr, signed_note, protocol="https")
