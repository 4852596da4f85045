"""Tinnitus therapy chat coach: the first design, before any security review.

A hearing clinic enrols its tinnitus patients in a self-help app. On their phones,
patients chat with an LLM coach that walks them through a cognitive behavioural
therapy (CBT) programme the clinic's audiologists wrote as weekly modules. The
coach API and orchestrator run in the clinic's cloud tenancy; the orchestrator
adds the current module and the patient's progress to each prompt and calls a
hosted LLM from a model vendor. Every conversation is kept as a transcript, and
each week an audiologist reads the transcripts in a review portal and adjusts the
patient's programme. From the app a patient can ask for a call back; reception
staff see the request in the portal and phone the patient. Enrolment details come
from the clinic's practice management system. Patients sign in with e-mail and
password; staff use the clinic's Microsoft 365 sign-in with MFA and roles in the
portal. Traffic is TLS; the transcript and progress stores are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tinnitus therapy chat coach",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM coach that takes clinic patients through a CBT programme for tinnitus.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Patient chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the patient types: symptoms, sleep, mood, worries.",
)
coach_reply = tg.Data("Coach reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "Coaching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the current CBT module, progress summary, recent turns.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
cbt_modules = tg.Data(
    "CBT programme modules",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Session scripts, exercises and coaching instructions by the audiologists.",
)
progress = tg.Data(
    "Programme progress and questionnaire scores",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Module reached, tinnitus handicap questionnaire scores, audiologist notes.",
)
transcripts = tg.Data(
    "Coaching transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
review_notes = tg.Data("Weekly review notes", kind="records", sensitivity=tg.Sensitivity.REGULATED)
callback_request = tg.Data(
    "Call-back request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Patient name, phone number, preferred time and a short reason.",
)
phone_call = tg.Data("Call-back phone call", kind="media", sensitivity=tg.Sensitivity.REGULATED)
enrolment = tg.Data(
    "Enrolment details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, contact details, date of birth, tinnitus referral and audiogram summary.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person being coached, at home.
    patient = tm.add(tg.Actor("Patient", role="tinnitus patient"))
    # The clinic's app on the patient's own phone: chat screen and call-back button.
    app = tm.add(tg.Device("Tinnitus coach phone app", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; writes each coach turn.
    llm = tm.add(
        tg.LLM(
            "Hosted coaching LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Clinic cloud tenancy", trust=tg.Trust.INTERNAL):
    # The API the app talks to: patient sign-in, chat turns, call-back requests.
    coach_api = tm.add(
        tg.Endpoint(
            "Coach API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password set at enrolment"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Builds each prompt from the module and progress, calls the LLM, records the turn.
    orchestrator = tm.add(
        tg.Service(
            "Coaching orchestrator",
            description="Picks the patient's current CBT module and sends it to the LLM "
            "with the conversation so far.",
        )
    )
    # The programme the coach follows, as written and edited by the audiologists.
    programme = tm.add(tg.DataStore("CBT programme library", stores={cbt_modules}))
    # Where each patient is in the programme; read on every turn, updated at review.
    progress_db = tm.add(
        tg.DataStore(
            "Patient progress store",
            stores={progress, enrolment},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Every conversation, kept for the audiologists' weekly review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Requests from patients who want to speak to someone at the clinic.
    callback_queue = tm.add(tg.DataStore("Call-back queue", stores={callback_request}))
    # Staff web portal: weekly transcript review, programme edits, call-back list.
    portal = tm.add(
        tg.Service(
            "Clinic review portal",
            controls={
                c.Authentication(method="clinic Microsoft 365 sign-in with MFA"),
                c.RBAC(note="audiologist and reception roles"),
            },
        )
    )

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Writes the CBT programme and reviews each patient's transcripts every week.
    audiologist = tm.add(tg.Actor("Audiologist", role="clinician"))
    # Works the call-back list and phones patients.
    receptionist = tm.add(tg.Actor("Clinic receptionist", role="reception staff"))
    # The clinic's system of record for patients, the source of enrolments.
    pms = tm.add(tg.DataStore("Practice management system", stores={enrolment}))

# ---------------------------------------------------------------- flows
# Coaching conversation
tm.flow(patient, app, chat_message, label="typed in the app")
tm.flow(app, patient, coach_reply, label="shown in the app")
tm.flow(app, coach_api, chat_message, protocol="https")
tm.flow(coach_api, app, coach_reply, protocol="https")
tm.flow(coach_api, orchestrator, chat_message)
tm.flow(orchestrator, coach_api, coach_reply)
tm.flow(programme, orchestrator, cbt_modules, label="current module")
tm.flow(progress_db, orchestrator, progress, label="patient's progress")
tm.flow(orchestrator, progress_db, progress, label="module completed")
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts)

# Weekly review by an audiologist
tm.flow(transcript_store, portal, transcripts, label="weekly review")
tm.flow(progress_db, portal, progress)
tm.flow(portal, audiologist, transcripts, progress, protocol="https")
tm.flow(audiologist, portal, review_notes, cbt_modules, protocol="https")
tm.flow(portal, progress_db, review_notes, label="programme adjustments")
tm.flow(portal, programme, cbt_modules, label="module edits")

# Call back
tm.flow(patient, app, callback_request, label="call-back button")
tm.flow(app, coach_api, callback_request, protocol="https")
tm.flow(coach_api, callback_queue, callback_request)
tm.flow(callback_queue, portal, callback_request)
tm.flow(portal, receptionist, callback_request, protocol="https")
tm.flow(receptionist, portal, callback_request, protocol="https", label="marked done")
tm.flow(portal, callback_queue, callback_request, label="marked done")
tm.flow(receptionist, patient, phone_call, protocol="pstn")
tm.flow(patient, receptionist, phone_call, protocol="pstn")

# Enrolment
tm.flow(pms, progress_db, enrolment, protocol="https", label="enrolment export")
