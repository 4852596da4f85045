"""Driving school lesson feedback assistant: the first design, before any security review.

After each lesson, a driving instructor dictates a short voice note into the school's
instructor app on their own phone. The app uploads the recording to the school's cloud
API; a drafting service sends it to a speech-to-text vendor, then builds a prompt from
the transcript, the learner's progress record and the school's syllabus guidance, and
asks a hosted LLM to draft written feedback and a plan for the next lesson. The draft
goes back to the instructor, who edits and approves it in the app; only then is it saved
to the learner's record, shown in the learner portal and announced by e-mail.
Office staff keep learner records up to date in a back-office web app.
Instructors and learners sign in with e-mail and password; office staff use the school's
Google Workspace single sign-on. Traffic to the cloud and the vendors is TLS, the
database uses the cloud provider's encryption at rest, and the LLM API key sits in the
cloud secret manager. Learners are often 17 or 18, and notes can mention nerves or health.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Driving school lesson feedback assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Instructors dictate lesson notes; an LLM drafts learner feedback and next-lesson plans.",
)

# ---------------------------------------------------------------- data assets
dictation = tg.Data(
    "Lesson dictation audio",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="The instructor's spoken notes on the lesson, naming the learner.",
)
transcript = tg.Data(
    "Lesson note transcript",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
)
progress = tg.Data(
    "Learner profile and progress",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, contact details, date of birth, lessons taken, skills checklist, test date.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
guidance = tg.Data(
    "Syllabus guidance",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="The school's lesson syllabus and feedback style guide.",
)
prompt = tg.Data(
    "Feedback prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the transcript, the learner's progress and the syllabus excerpt.",
)
draft = tg.Data(
    "Draft feedback and lesson plan",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
)
approved = tg.Data(
    "Approved feedback and lesson plan",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
)
instructor_login = tg.Data(
    "Instructor sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
learner_login = tg.Data("Learner sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
notice = tg.Data(
    "Feedback ready e-mail",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Learner's e-mail address, first name and a link to the portal.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Instructor phones", trust=tg.Trust.UNTRUSTED):
    # Instructors are mostly self-employed franchisees working from their own phones.
    instructor = tm.add(tg.Actor("Driving instructor", role="instructor"))
    # Records the dictation and shows drafts for review; installed on personal phones.
    instructor_app = tm.add(
        tg.Device(
            "Instructor app",
            fleet=True,
            description="iOS and Android app on the instructor's own phone.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Reads feedback and lesson plans from home.
    learner = tm.add(tg.Actor("Learner driver", role="learner"))

with tm.boundary("School office", trust=tg.Trust.INTERNAL):
    # Enrols learners, keeps contact details and test dates current.
    office_staff = tm.add(tg.Actor("Office staff", role="administrator"))

with tm.boundary("School cloud account", trust=tg.Trust.INTERNAL):
    # The instructor app's backend: uploads, drafts, approvals.
    mobile_api = tm.add(
        tg.Endpoint(
            "Instructor API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Orchestrates transcription, prompt building and the LLM call.
    drafting = tm.add(
        tg.Service(
            "Feedback drafting service",
            description="Transcribes the note, assembles the prompt, calls the LLM, stores the draft.",
            controls={
                c.SecretsManagement(note="LLM and speech API keys in the cloud secret manager"),
                c.HumanInTheLoop(approver="the instructor who gave the lesson"),
            },
        )
    )
    # Keeps the raw recordings, transcripts and drafts for the instructor to revisit.
    notes_store = tm.add(
        tg.DataStore(
            "Lesson notes store",
            stores={dictation, transcript, draft},
            description="Object storage bucket plus a table of drafts.",
        )
    )
    # The school's system of record for learners and their lessons.
    learner_db = tm.add(
        tg.DataStore(
            "Learner records database",
            stores={progress, approved},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference content the prompt quotes so plans follow the school's syllabus.
    syllabus = tm.add(tg.DataStore("Syllabus guidance library", stores={guidance}))
    # Where learners read their feedback and upcoming lesson plan.
    portal = tm.add(
        tg.Endpoint(
            "Learner portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Office staff's screens for learner records.
    back_office = tm.add(
        tg.Endpoint(
            "Back-office web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with 2-step verification"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Turns the voice note into text.
    speech_api = tm.add(tg.ExternalService("Speech-to-text API", provides="model-api"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the feedback and the next-lesson plan.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Tells the learner their feedback is ready.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(instructor, instructor_app, dictation, label="dictates after the lesson")
tm.flow(instructor_app, mobile_api, instructor_login, dictation, protocol="https", controls={tls})
tm.flow(mobile_api, drafting, dictation)
tm.flow(drafting, notes_store, dictation, transcript, draft)
tm.flow(drafting, speech_api, dictation, protocol="https", controls={tls})
tm.flow(speech_api, drafting, transcript, protocol="https", controls={tls})
tm.flow(learner_db, drafting, progress, label="learner's progress")
tm.flow(syllabus, drafting, guidance)
tm.flow(drafting, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, drafting, draft, protocol="https", controls={tls})
tm.flow(drafting, mobile_api, draft)
tm.flow(mobile_api, instructor_app, draft, protocol="https", controls={tls})
tm.flow(instructor_app, instructor, draft, label="review")
tm.flow(instructor, instructor_app, approved, label="edits and approves")
tm.flow(instructor_app, mobile_api, approved, protocol="https", controls={tls})
tm.flow(mobile_api, learner_db, approved)
tm.flow(mobile_api, email, notice, protocol="https", controls={tls})
tm.flow(email, learner, notice, protocol="smtp")

tm.flow(learner, portal, learner_login, protocol="https", controls={tls})
tm.flow(learner_db, portal, approved, progress)
tm.flow(portal, learner, approved, progress, protocol="https", controls={tls})

tm.flow(office_staff, back_office, progress, protocol="https", controls={tls})
tm.flow(back_office, learner_db, progress)
tm.flow(learner_db, back_office, progress)
tm.flow(back_office, office_staff, progress, protocol="https", controls={tls})
