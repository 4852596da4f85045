"""Patient intake voice bot: the first design, before any security review.

Our US outpatient clinics want intake done before the visit. A voice bot calls
patients the day before their appointment (or answers when they call the intake
number), identifies them by date of birth and the appointment's confirmation
code, and asks a scripted set of questions about symptoms, current medications
and insurance. Calls come in and go out through a cloud telephony provider
(BAA signed), which streams the audio to our call handler in the clinic's cloud
account. A self-hosted speech-to-text model transcribes the call, and an
open-weights LLM served in the same account summarises the transcript into an
intake note. The note is written through the EHR vendor's FHIR API as a pending
entry that the nurse reviews and signs before the visit. Audio and transcripts
are kept, encrypted, in a recordings bucket; the call handler logs every call.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Patient intake voice bot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "Phone bot that collects pre-visit intake from patients and drafts an intake "
        "summary into the EHR for nurse review."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Patient call audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the patient says: symptoms, medications, insurance details.",
)
bot_speech = tg.Data(
    "Bot prompts",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Questions the bot speaks, including appointment details it reads back.",
)
identity_answers = tg.Data(
    "Date of birth and confirmation code",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
)
appointments = tg.Data(
    "Appointment records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, phone, date of birth, confirmation code, visit details.",
)
call_request = tg.Data("Outbound call request", kind="records", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Call transcript", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
summary_prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Summary instructions plus the full call transcript.",
)
intake_summary = tg.Data(
    "Intake summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
signed_note = tg.Data("Signed intake note", kind="records", sensitivity=tg.Sensitivity.REGULATED)
call_log = tg.Data("Call log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Public phone network", trust=tg.Trust.UNTRUSTED):
    # Patients on their own phones; anyone can dial the intake number.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Cloud telephony: phone numbers, call control, text-to-speech and media streaming.
    telephony = tm.add(
        tg.ExternalService(
            "Cloud telephony",
            controls={c.SupplierAssessment(note="HIPAA BAA signed with the provider")},
        )
    )

with tm.boundary("EHR vendor hosting", trust=tg.Trust.PARTNER):
    # The EHR, hosted by its vendor: appointment schedule and patient charts.
    ehr = tm.add(
        tg.DataStore(
            "EHR",
            stores={appointments, intake_summary, signed_note},
            controls={c.RBAC(note="EHR roles; only care-team nurses see intake notes")},
        )
    )

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Clinic nurses who review and sign the intake note before the visit.
    nurse = tm.add(tg.Actor("Nurse", role="clinical staff"))

with tm.boundary("Clinic cloud account", trust=tg.Trust.INTERNAL):
    # Each evening, pulls tomorrow's appointments and asks telephony to place the calls.
    scheduler = tm.add(tg.Service("Outbound call scheduler"))
    # Runs the scripted dialogue, checks the caller's identity and orchestrates STT and LLM.
    call_handler = tm.add(
        tg.Service(
            "Intake call handler",
            controls={
                c.Authentication(method="date of birth + appointment confirmation code"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Self-hosted speech-to-text model that transcribes the patient's side of the call.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Open-weights LLM on our GPU instances that turns the transcript into an intake summary.
    llm = tm.add(tg.LLM("Summarisation LLM", origin=tg.ModelOrigin.OPEN_WEIGHTS))
    # Bucket keeping call audio and transcripts for quality review and disputes.
    recordings = tm.add(
        tg.DataStore(
            "Call recordings bucket",
            stores={call_audio, transcript},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Log of every call: who was called, verification result, what was written to the EHR.
    logs = tm.add(tg.DataStore("Call log store", stores={call_log}))

# ---------------------------------------------------------------- flows
# outbound call list
tm.flow(ehr, scheduler, appointments, protocol="https", label="tomorrow's appointments")
tm.flow(scheduler, telephony, call_request, protocol="https")

# the call itself
tm.flow(patient, telephony, call_audio, identity_answers, protocol="pstn")
tm.flow(telephony, patient, bot_speech, protocol="pstn")
tm.flow(telephony, call_handler, call_audio, identity_answers, protocol="wss", label="media stream")
tm.flow(call_handler, telephony, bot_speech, protocol="wss", label="text-to-speech prompts")

# identity check against the appointment
tm.flow(call_handler, ehr, identity_answers, protocol="https", label="appointment lookup")
tm.flow(ehr, call_handler, appointments, protocol="https")

# transcription and summary
tm.flow(call_handler, stt, call_audio)
tm.flow(stt, call_handler, transcript)
tm.flow(call_handler, llm, summary_prompt)
tm.flow(llm, call_handler, intake_summary)
tm.flow(call_handler, recordings, call_audio, transcript)
tm.flow(call_handler, logs, call_log)

# into the EHR for nurse review
tm.flow(
    call_handler,
    ehr,
    intake_summary,
    protocol="https",
    label="pending intake note",
    controls={c.HumanInTheLoop(approver="nurse", note="note stays pending until a nurse signs it")},
)
tm.flow(ehr, nurse, intake_summary, protocol="https")
tm.flow(nurse, ehr, signed_note, protocol="https", label="review, edit and sign")
