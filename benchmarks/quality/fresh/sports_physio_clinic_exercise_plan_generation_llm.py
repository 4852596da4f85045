"""Sports physiotherapy clinic exercise plan drafting: the first design.

A group of UK sports physiotherapy clinics wants home exercise plans drafted by
an LLM. After an assessment, the treating physio asks for a draft in the plan
review console; a drafting service pulls the assessment notes from the clinic's
cloud practice management system, strips names and contact details, adds
matching exercises from the clinic's curated exercise library and asks a hosted
LLM for a progressive plan. The draft waits in a draft store until the physio
edits and approves it; only approved plans are published to the patient app,
which shows the exercises with videos and sends a push notification when a new
plan is ready. Patients log completed sessions and pain scores, which physios
see in the console. Staff sign in with SSO and MFA; patients with e-mail and
password. Stores are encrypted at rest and the LLM vendor has been assessed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sports physio clinic exercise plan generation LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted home exercise plans, approved by physios, delivered in a patient app.",
)

# ---------------------------------------------------------------- data assets
assessment_notes = tg.Data(
    "Assessment notes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Injury, diagnosis, history, red flags, range-of-motion and strength findings, goals.",
)
draft_request = tg.Data(
    "Plan draft request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Patient and appointment ids, plan length, any physio instructions.",
)
exercises = tg.Data(
    "Exercise library entries",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Exercise descriptions, progressions, contraindications, video links.",
)
exercise_videos = tg.Data("Exercise videos", sensitivity=tg.Sensitivity.PUBLIC, kind="media")
plan_prompt = tg.Data(
    "Plan drafting prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Instructions, de-named assessment notes and candidate exercises.",
)
draft_plan = tg.Data(
    "Draft exercise plan",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Exercises, sets, reps, frequency and progression over the weeks.",
)
approved_plan = tg.Data(
    "Approved exercise plan",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
physio_edits = tg.Data(
    "Physio edits and approval",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
)
progress_log = tg.Data(
    "Exercise progress and pain scores",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
)
push_message = tg.Data(
    "New plan notification", sensitivity=tg.Sensitivity.PII, description="'Your new plan is ready'."
)
library_update = tg.Data("Exercise library changes", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Clinic patients, mostly amateur and club athletes.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # The clinic's app on the patient's own phone.
    patient_app = tm.add(tg.Device("Patient phone app", fleet=True))

with tm.boundary("Practice management vendor", trust=tg.Trust.PARTNER):
    # Cloud practice management system holding the clinical record.
    pms = tm.add(
        tg.DataStore(
            "Practice management system EPR",
            stores={assessment_notes},
            controls={c.RBAC(), c.EncryptionAtRest()},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the draft plans.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, zero data retention agreed")},
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Mobile push notification service for the patient app.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Clinic cloud", trust=tg.Trust.INTERNAL):
    # Web console where physios request, edit and approve plans.
    console = tm.add(
        tg.Service(
            "Plan review console",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="treating physiotherapist"),
            },
        )
    )
    # Builds the prompt from notes and library and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Plan drafting service",
            controls={c.DataMinimization(note="names and contact details removed from notes")},
        )
    )
    # The clinic's curated exercises with contraindications and videos.
    library = tm.add(tg.DataStore("Exercise library", stores={exercises, exercise_videos}))
    # Drafts waiting for physio review.
    draft_store = tm.add(
        tg.DataStore(
            "Draft plan store",
            stores={draft_plan},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Published plans and the patients' progress logs.
    plan_db = tm.add(
        tg.DataStore(
            "Patient plan database",
            stores={approved_plan, progress_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Backend API for the patient app.
    patient_api = tm.add(
        tg.Endpoint(
            "Patient app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Treating physios, who assess patients and approve plans.
    physio = tm.add(tg.Actor("Physiotherapist", role="clinician"))
    # Senior physio who curates the exercise library.
    clinical_lead = tm.add(tg.Actor("Clinical lead", role="clinical lead", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(physio, pms, assessment_notes, protocol="https")
tm.flow(physio, console, draft_request, protocol="https")
tm.flow(console, drafter, draft_request, protocol="https")
tm.flow(pms, drafter, assessment_notes, protocol="https")
tm.flow(library, drafter, exercises)
tm.flow(drafter, llm, plan_prompt, protocol="https")
tm.flow(llm, drafter, draft_plan, protocol="https")
tm.flow(drafter, draft_store, draft_plan)

tm.flow(draft_store, console, draft_plan)
tm.flow(pms, console, assessment_notes, protocol="https", label="notes shown beside the draft")
tm.flow(console, physio, draft_plan, assessment_notes, progress_log, protocol="https")
tm.flow(physio, console, physio_edits, protocol="https")
tm.flow(console, draft_store, physio_edits)
tm.flow(console, plan_db, approved_plan, label="publish on approval")

tm.flow(plan_db, patient_api, approved_plan)
tm.flow(library, patient_api, exercise_videos)
tm.flow(patient_api, patient_app, approved_plan, exercise_videos, protocol="https")
tm.flow(patient_app, patient, approved_plan, exercise_videos)
tm.flow(patient, patient_app, progress_log)
tm.flow(patient_app, patient_api, progress_log, protocol="https")
tm.flow(patient_api, plan_db, progress_log)
tm.flow(plan_db, console, progress_log)

tm.flow(patient_api, push, push_message, protocol="https")
tm.flow(push, patient_app, push_message, protocol="https")

tm.flow(clinical_lead, library, library_update, protocol="https")
