"""Medical interpreter tablet app: the first design, before any security review.

A US hospital gives clinicians managed tablets with an interpreting app, so that a
clinician and a patient who do not share a language can talk at the bedside. The
tablet streams both sides' speech to an interpreting gateway in the hospital data
centre; a session orchestrator sends it to a cloud vendor's speech recognition,
translation and text-to-speech models and plays the translated speech back on the
tablet. The orchestrator reads the patient's preferred language from the EHR and
writes a short interpretation note back; session transcripts are kept for quality
review. For consent discussions and complex conversations the clinician presses a
button that calls a human interpreter at a contracted agency over the hospital
phone system. Tablets are enrolled in MDM with device encryption and badge sign-in
through hospital SSO; the vendor has signed a BAA; the orchestrator keeps an audit
log and the transcript store is encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Medical interpreter tablet app",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Real-time machine interpreting between clinicians and patients, "
    "with a phone line to a human interpreter.",
)

# ---------------------------------------------------------------- data assets
clinician_speech = tg.Data("Clinician speech", sensitivity=tg.Sensitivity.REGULATED, kind="media")
patient_speech = tg.Data(
    "Patient speech",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="Symptoms, history and medications, spoken in the patient's language.",
)
sign_in = tg.Data("Clinician badge sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
recognized_text = tg.Data(
    "Recognized text", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
translated_text = tg.Data(
    "Translated text",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
synthesized_speech = tg.Data(
    "Synthesized speech", sensitivity=tg.Sensitivity.REGULATED, kind="media"
)
session_transcript = tg.Data(
    "Session transcript",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
demographics = tg.Data(
    "Patient demographics and preferred language",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
)
interp_note = tg.Data(
    "Interpretation note",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="Who interpreted, languages, duration and whether a human interpreter joined.",
)
call_audio = tg.Data("Interpreter call audio", sensitivity=tg.Sensitivity.REGULATED, kind="media")
app_package = tg.Data(
    "App package and configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Patients and visitors", trust=tg.Trust.UNTRUSTED):
    # The patient (or a family member) speaks to and listens from the tablet.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Clinical wards", trust=tg.Trust.INTERNAL):
    # Doctors and nurses who start an interpreting session at the bedside.
    clinician = tm.add(tg.Actor("Clinician", role="clinician"))
    # Hospital-owned tablets on the clinical Wi-Fi, shared between staff on a ward.
    tablet = tm.add(
        tg.Device(
            "Interpreter tablet",
            fleet=True,
            description="Captures and plays speech; shows the recognized and translated text.",
            controls={
                c.Authentication(method="badge tap plus PIN via hospital SSO"),
                c.EncryptionAtRest(key_management="MDM-enforced device encryption"),
            },
        )
    )

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # The only entry point the tablets talk to for machine interpreting.
    gateway = tm.add(
        tg.Endpoint(
            "Interpreting gateway",
            purpose=tg.EndpointPurpose.API,
            description="WebSocket API that streams audio in and translated speech out.",
            controls={c.Authentication(method="OIDC token from hospital SSO")},
        )
    )
    # Runs the speech -> text -> translation -> speech loop for each session.
    orchestrator = tm.add(
        tg.Service(
            "Session orchestrator",
            description="Holds the vendor API key, calls the three cloud models in turn.",
            controls={c.AuditLogging(retention_days=2190)},
        )
    )
    # Transcripts kept for interpreting quality review and complaints.
    transcripts = tm.add(
        tg.DataStore(
            "Session transcript store",
            stores={session_transcript},
            controls={c.EncryptionAtRest(key_management="database TDE with hospital-managed keys")},
        )
    )
    # Hospital PBX that bridges the tablet's call to the interpreter agency.
    pbx = tm.add(
        tg.Service(
            "Hospital phone system",
            description="SIP PBX with a trunk to the public phone network.",
        )
    )
    # Pushes the app and its configuration (gateway address, language list) to tablets.
    mdm = tm.add(tg.Service("Device management (MDM)"))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # Source of the patient's preferred language; receives the interpretation note.
        ehr = tm.add(
            tg.DataStore(
                "Electronic health record",
                stores={demographics, interp_note},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )

with tm.boundary("Speech AI vendor cloud", trust=tg.Trust.PARTNER):
    # Cloud speech recognition for the clinician's and the patient's languages.
    asr = tm.add(
        tg.Model(
            "Speech recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed with the vendor")},
        )
    )
    # Machine translation; a mistranslation can change a diagnosis or a dose.
    translator = tm.add(
        tg.Model(
            "Translation model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="BAA signed with the vendor")},
        )
    )
    # Text-to-speech voice that reads the translation aloud.
    tts = tm.add(
        tg.Model(
            "Text-to-speech model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed with the vendor")},
        )
    )

with tm.boundary("Interpreter agency", trust=tg.Trust.PARTNER):
    # Contracted medical interpreter for consent and complex conversations.
    interpreter = tm.add(tg.Actor("Human interpreter", role="medical interpreter"))

# ---------------------------------------------------------------- flows
# at the bedside
tm.flow(clinician, tablet, sign_in, clinician_speech)
tm.flow(patient, tablet, patient_speech)
tm.flow(tablet, patient, synthesized_speech, translated_text, label="translation for patient")
tm.flow(tablet, clinician, synthesized_speech, translated_text, label="translation for clinician")

# machine interpreting
tm.flow(tablet, gateway, clinician_speech, patient_speech, protocol="wss")
tm.flow(gateway, tablet, recognized_text, translated_text, synthesized_speech, protocol="wss")
tm.flow(gateway, orchestrator, clinician_speech, patient_speech)
tm.flow(orchestrator, gateway, recognized_text, translated_text, synthesized_speech)
tm.flow(orchestrator, asr, clinician_speech, patient_speech, protocol="https")
tm.flow(asr, orchestrator, recognized_text, protocol="https")
tm.flow(orchestrator, translator, recognized_text, protocol="https")
tm.flow(translator, orchestrator, translated_text, protocol="https")
tm.flow(orchestrator, tts, translated_text, protocol="https")
tm.flow(tts, orchestrator, synthesized_speech, protocol="https")
tm.flow(orchestrator, transcripts, session_transcript)

# EHR integration
tm.flow(ehr, orchestrator, demographics, protocol="https", label="FHIR read")
tm.flow(orchestrator, ehr, interp_note, protocol="https", label="FHIR write")

# human interpreter line
tm.flow(tablet, pbx, call_audio, protocol="sip")
tm.flow(pbx, tablet, call_audio, protocol="sip")
tm.flow(pbx, interpreter, call_audio, protocol="pstn")
tm.flow(interpreter, pbx, call_audio, protocol="pstn")

# device management
tm.flow(mdm, tablet, app_package, protocol="https")
