"""Sailing school course progress reports and competence sign-offs: first design.

After each lesson, instructors dictate short notes into the school's instructor
app on their phones, often from the pontoon. The audio is stored, transcribed by
a vendor's speech-to-text API, and a report service asks a hosted LLM to turn
the notes into a progress report against the national sailing syllabus and, at
the end of a course, to draft the competence sign-off for each student.
Progress reports are published to students (adults and juniors) in the student
app. Draft sign-offs wait in a review console where the chief instructor checks,
edits and approves them; only approved sign-offs are sent to the national
governing body's portal, which issues the certificates. Controls in this design:
sign-in for instructors, students and the chief instructor, chief-instructor
approval of every sign-off, encryption at rest of student records, and a 30-day
retention limit on the dictation audio.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sailing school course progress LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Turns instructors' dictated lesson notes into syllabus progress reports "
    "and draft competence sign-offs, reviewed by the chief instructor.",
)

# ---------------------------------------------------------------- data assets
dictation = tg.Data(
    "Lesson dictation audio",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Instructor's spoken notes naming students and how they did.",
)
transcript = tg.Data("Lesson notes transcript", sensitivity=tg.Sensitivity.PII, kind="documents")
syllabus = tg.Data(
    "National syllabus competences",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
student_records = tg.Data(
    "Student records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, date of birth, course booked, prior certificates, progress so far.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
report_prompt = tg.Data("Report drafting prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
draft = tg.Data(
    "Draft progress report and competence sign-off",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
)
report = tg.Data("Published progress report", sensitivity=tg.Sensitivity.PII, kind="documents")
approval = tg.Data(
    "Approved competence sign-off",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review_edits = tg.Data(
    "Chief instructor edits and approval", sensitivity=tg.Sensitivity.PII, kind="records"
)
cert_request = tg.Data("Certificate issue request", sensitivity=tg.Sensitivity.PII, kind="records")
cert_number = tg.Data("Certificate number", sensitivity=tg.Sensitivity.PII, kind="records")
app_request = tg.Data("Student app request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Instructors dictate from their own phones, on the water or the pontoon.
    instructor = tm.add(tg.Actor("Sailing instructor", role="instructor"))
    # Students, and parents of junior students, read reports in the app.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Vendor speech-to-text API that turns the dictation into text.
    stt = tm.add(tg.Model("Speech-to-text model", task="generative", origin="third-party-api"))
    # Vendor-hosted LLM that writes the report and drafts the sign-off.
    llm = tm.add(
        tg.LLM(
            "Report drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts whether each syllabus competence is met.",
        )
    )

with tm.boundary("National governing body", trust=tg.Trust.PARTNER):
    # The national body's portal that issues certificates to named students.
    cert_portal = tm.add(tg.ExternalService("Certificate portal", provides="generic"))

with tm.boundary("School cloud", trust=tg.Trust.INTERNAL):
    # Backend of the instructor app that receives the dictation uploads.
    dictation_api = tm.add(
        tg.Endpoint(
            "Instructor dictation API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="instructor e-mail and password")},
        )
    )
    # Bucket of raw dictation audio, kept until the report is done.
    audio_store = tm.add(
        tg.DataStore(
            "Dictation audio store",
            stores={dictation},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Orchestrates transcription, prompt building and saving the drafts.
    report_service = tm.add(tg.Service("Progress report service"))
    # The national syllabus, broken down into competences per course level.
    syllabus_store = tm.add(tg.DataStore("Syllabus standards library", stores={syllabus}))
    # The school's student record: who is on which course and what they have passed.
    records_db = tm.add(
        tg.DataStore(
            "Student record database",
            stores={student_records, approval},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Progress reports and sign-offs, draft and approved.
    report_store = tm.add(
        tg.DataStore("Report and sign-off store", stores={draft, report, approval})
    )
    # Where the chief instructor reviews and approves every draft sign-off.
    review_console = tm.add(
        tg.Service(
            "Sign-off review console",
            controls={
                c.Authentication(method="Google Workspace SSO with MFA"),
                c.HumanInTheLoop(approver="chief instructor"),
            },
        )
    )
    # Backend of the student app that shows each student their reports.
    student_api = tm.add(
        tg.Endpoint(
            "Student app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail magic link")},
        )
    )

with tm.boundary("School office", trust=tg.Trust.INTERNAL):
    # The chief instructor, accountable for every certificate the school issues.
    chief = tm.add(tg.Actor("Chief instructor", role="chief instructor", privileged=True))

# ---------------------------------------------------------------- flows
# Dictation and transcription
tm.flow(instructor, dictation_api, dictation, protocol="https")
tm.flow(dictation_api, audio_store, dictation)
tm.flow(audio_store, report_service, dictation)
tm.flow(report_service, stt, dictation, protocol="https")
tm.flow(stt, report_service, transcript, protocol="https")

# Drafting
tm.flow(syllabus_store, report_service, syllabus)
tm.flow(records_db, report_service, student_records)
tm.flow(report_service, llm, report_prompt, protocol="https")
tm.flow(llm, report_service, draft, protocol="https")
tm.flow(report_service, report_store, draft, report)

# Review and certification
tm.flow(report_store, review_console, draft)
tm.flow(review_console, chief, draft, protocol="https")
tm.flow(chief, review_console, review_edits, protocol="https")
tm.flow(review_console, report_store, approval)
tm.flow(review_console, records_db, approval)
tm.flow(review_console, cert_portal, cert_request, protocol="https")
tm.flow(cert_portal, review_console, cert_number, protocol="https")

# Student app
tm.flow(student, student_api, app_request, protocol="https")
tm.flow(report_store, student_api, report, approval)
tm.flow(student_api, student, report, approval, protocol="https")
