"""Ambient clinical scribe: the first design, before any security review.

A US hospital gives clinicians an ambient-listening app on their phones (their
own, enrolled in the hospital's MDM) and on exam-room tablets. With the
patient's verbal consent the clinician starts a session; the app records the
visit and uploads the audio to a scribe backend in the hospital's cloud tenant.
The backend sends the audio to a vendor-hosted speech-to-text model, pulls the
patient's context (problem list, medications) from the EHR, and asks a
vendor-hosted LLM to draft the visit note and suggest ICD-10/CPT codes. The
draft lands in the EHR as an unsigned note that the physician edits and signs.
Audio and transcripts are kept 90 days so the documentation-quality team can
replay visits. Controls in the design: hospital SSO with MFA, TLS everywhere,
BAAs with both model vendors, KMS-encrypted recording storage with a retention
job, and physician sign-off before a note or its codes become final.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ambient clinical scribe",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Records exam-room conversations and drafts visit notes and billing codes into the EHR.",
)

# ---------------------------------------------------------------- data assets
visit_audio = tg.Data(
    "Visit audio recording",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="The whole doctor-patient conversation, PHI included.",
)
session_info = tg.Data(
    "Encounter selection",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient and encounter the clinician picks before recording.",
)
sso_token = tg.Data("Clinician SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
sso_login = tg.Data(
    "Clinician login and MFA", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
transcript = tg.Data(
    "Visit transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
patient_context = tg.Data(
    "Patient chart context",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Demographics, problem list, medications and allergies for the encounter.",
)
coding_reference = tg.Data(
    "Coding reference tables",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed ICD-10-CM and CPT code sets with the hospital's coding guidance.",
)
note_prompt = tg.Data(
    "Note-drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Template instructions, transcript, chart context and candidate codes.",
)
draft_note = tg.Data(
    "Draft note and suggested codes",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
signed_note = tg.Data(
    "Signed visit note",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
qa_review = tg.Data(
    "Quality review findings", kind="feedback", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Exam rooms and clinician phones", trust=tg.Trust.UNTRUSTED):
    # The person being recorded; speaks in the room, never logs in.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # Captures audio on personal phones (MDM-enrolled) and shared exam-room tablets.
    scribe_app = tm.add(
        tg.Device(
            "Scribe app on phones and tablets",
            fleet=True,
            description="Buffers audio locally until upload; shows the draft when ready.",
            controls={
                c.Authentication(method="hospital SSO with MFA"),
                c.EncryptionAtRest(key_management="device keystore"),
            },
        )
    )

with tm.boundary("Hospital identity provider", trust=tg.Trust.PARTNER):
    # Hospital's cloud identity tenant; issues the clinicians' tokens.
    idp = tm.add(tg.ExternalService("Hospital SSO", provides="identity-provider"))

with tm.boundary("Speech and LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted medical speech recognition, covered by a BAA.
    stt = tm.add(
        tg.Model(
            "Hosted speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="BAA signed; vendor says no training on our audio")
            },
        )
    )
    # Hosted general LLM that writes the note and proposes billing codes, under the same BAA.
    llm = tm.add(
        tg.LLM(
            "Hosted note-drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; zero-retention API tier")},
        )
    )

with tm.boundary("Hospital cloud tenant", trust=tg.Trust.INTERNAL):
    # Entry point for uploads from the app and for draft retrieval.
    scribe_api = tm.add(
        tg.Endpoint(
            "Scribe API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC bearer tokens from hospital SSO")},
        )
    )
    # Orchestrates transcription, context lookup, prompting and the EHR write-back.
    orchestrator = tm.add(
        tg.Service(
            "Note orchestrator",
            description="Builds the prompt from a fixed template and parses the returned note and codes.",
        )
    )
    # Keeps audio and transcripts for quality review, then deletes them.
    recordings = tm.add(
        tg.DataStore(
            "Recording archive",
            stores={visit_audio, transcript},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=90),
            },
        )
    )
    # Code sets and coding guidance the orchestrator adds to the prompt.
    code_tables = tm.add(tg.DataStore("Coding reference store", stores={coding_reference}))
    # Lets the documentation-quality team replay visits and compare them with the signed note.
    qa_console = tm.add(
        tg.Endpoint(
            "Quality review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hospital SSO"), c.RBAC()},
        )
    )

with tm.boundary("Hospital data center", trust=tg.Trust.INTERNAL):
    # The system of record; drafts stay unsigned until the physician signs them.
    ehr = tm.add(
        tg.Service(
            "EHR",
            description="Commercial EHR; receives drafts over its FHIR API.",
            controls={
                c.HumanInTheLoop(approver="the signing physician"),
                c.AuditLogging(retention_days=2190),
                c.RBAC(),
            },
        )
    )
    # Physician who runs the visit and edits and signs the note.
    clinician = tm.add(tg.Actor("Clinician", role="physician"))
    # Documentation-quality staff who listen to recordings.
    qa_reviewer = tm.add(
        tg.Actor("Documentation quality reviewer", role="clinical documentation specialist")
    )

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(clinician, idp, sso_login, protocol="https")
tm.flow(idp, scribe_app, sso_token, protocol="https")

# recording and upload
tm.flow(clinician, scribe_app, session_info, label="starts session")
tm.flow(patient, scribe_app, visit_audio, label="conversation in the room")
tm.flow(scribe_app, scribe_api, visit_audio, session_info, sso_token, protocol="https")
tm.flow(scribe_api, orchestrator, visit_audio, session_info)

# transcription
tm.flow(orchestrator, stt, visit_audio, protocol="https")
tm.flow(stt, orchestrator, transcript, protocol="https")
tm.flow(orchestrator, recordings, visit_audio, transcript)

# drafting
tm.flow(orchestrator, ehr, session_info, protocol="https", label="FHIR read request")
tm.flow(ehr, orchestrator, patient_context, protocol="https", label="FHIR read")
tm.flow(code_tables, orchestrator, coding_reference)
tm.flow(orchestrator, llm, note_prompt, protocol="https")
tm.flow(llm, orchestrator, draft_note, protocol="https")
tm.flow(
    orchestrator,
    ehr,
    draft_note,
    protocol="https",
    label="FHIR write of unsigned draft",
    id="draft-to-ehr",
)

# draft preview on the device
tm.flow(orchestrator, scribe_api, draft_note)
tm.flow(scribe_api, scribe_app, draft_note, protocol="https")

# review and signature
tm.flow(ehr, clinician, draft_note, protocol="https")
tm.flow(clinician, ehr, signed_note, protocol="https", label="edits and signs")

# quality review
tm.flow(recordings, qa_console, visit_audio, transcript)
tm.flow(ehr, qa_console, signed_note, protocol="https")
tm.flow(qa_console, qa_reviewer, visit_audio, transcript, signed_note, protocol="https")
tm.flow(qa_reviewer, qa_console, qa_review, protocol="https")
