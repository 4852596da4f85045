"""Coursework AI-writing detection for a secondary school trust: the first design.

Pupils at the trust's secondary schools in England submit coursework through the
hosted learning platform, from school or from home, signing in with their school
Microsoft 365 accounts. On each submission the platform's detector integration sends
the text to a vendor's AI-writing detector, which returns a likelihood score and
highlighted passages; the vendor also keeps submissions to compare future work against.
Teachers see the score beside each submission and decide whether to refer a suspected
malpractice case; the exams officer records cases in the school's case log and, once the
head of centre confirms one, reports it to the exam board through its portal. Pupil
rosters come from the school MIS by a nightly sync. Controls in this design: single
sign-on, class-based access in the platform, encryption at rest in the platform, a
vendor review during the DPIA, head-of-centre confirmation before any exam board
referral, and HTTPS everywhere.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Secondary school coursework AI-writing detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Vendor AI-writing detector scoring pupils' coursework on the learning "
        "platform; teachers decide on malpractice referrals to the exam board."
    ),
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("Pupil sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
identity = tg.Data("Identity assertion", kind="credentials", sensitivity=tg.Sensitivity.PII)
coursework = tg.Data(
    "Coursework submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The pupil's essay or project text with name, class and candidate number.",
)
score = tg.Data(
    "AI-writing likelihood score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Percentage likelihood that the text is AI-written, with highlighted passages.",
)
feedback = tg.Data("Teacher feedback and marks", kind="records", sensitivity=tg.Sensitivity.PII)
roster = tg.Data("Pupil and class roster", kind="records", sensitivity=tg.Sensitivity.PII)
referral = tg.Data(
    "Malpractice referral",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Teacher's concern, the submission, the detector score and any other evidence.",
)
case_file = tg.Data(
    "Malpractice case file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
board_report = tg.Data(
    "Exam board malpractice report", kind="records", sensitivity=tg.Sensitivity.PII
)
board_outcome = tg.Data("Exam board outcome", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Submits coursework, often from home devices.
    pupil = tm.add(tg.Actor("Pupil", role="student"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The trust's identity provider for pupils and staff.
    idp = tm.add(tg.ExternalService("School Microsoft 365 sign-in", provides="identity-provider"))

with tm.boundary("Learning platform cloud", trust=tg.Trust.PARTNER):
    # Where pupils hand in work and teachers mark it; hosted by the platform vendor.
    platform = tm.add(
        tg.Endpoint(
            "Learning platform",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(
                    method="Microsoft 365 single sign-on; MFA for staff, password for pupils"
                ),
                c.RBAC(note="teachers see only their own classes"),
            },
        )
    )
    # Submissions, marks and the detector scores attached to them.
    submissions = tm.add(
        tg.DataStore(
            "Submission store",
            stores={coursework, score, feedback},
            controls={c.EncryptionAtRest(key_management="platform vendor managed keys")},
        )
    )
    # Plug-in that sends each new submission to the detector and stores the result.
    connector = tm.add(tg.Service("Detector integration"))

with tm.boundary("Detector vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's model that scores text for AI writing.
    detector = tm.add(
        tg.Model(
            "AI-writing detector",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Vendor-hosted classifier; its score can start a malpractice case.",
            controls={c.SupplierAssessment(note="vendor reviewed in the trust's DPIA")},
        )
    )
    # The vendor keeps submitted text to compare later submissions against.
    archive = tm.add(tg.DataStore("Vendor submission archive", stores={coursework}))

with tm.boundary("School network", trust=tg.Trust.INTERNAL):
    # Reads the score beside each submission and decides whether to refer.
    teacher = tm.add(tg.Actor("Teacher", role="teacher"))
    # Runs the malpractice process and deals with the exam board.
    exams_officer = tm.add(tg.Actor("Exams officer", role="exams officer", privileged=True))
    # Source of pupil and class lists.
    mis = tm.add(tg.DataStore("School MIS", stores={roster}))
    # Shared folder where malpractice cases are recorded and decided.
    case_log = tm.add(
        tg.DataStore(
            "Malpractice case log",
            stores={case_file},
            controls={
                c.RBAC(note="exams office and senior leaders only"),
                c.HumanInTheLoop(
                    approver="head of centre",
                    note="confirms a case before it goes to the exam board",
                ),
            },
        )
    )

with tm.boundary("Exam board", trust=tg.Trust.PARTNER):
    # Receives confirmed malpractice reports and decides sanctions.
    board_portal = tm.add(tg.ExternalService("Exam board portal"))

# ---------------------------------------------------------------- flows
tm.flow(pupil, idp, sign_in, protocol="https")
tm.flow(idp, platform, identity, protocol="https")
tm.flow(pupil, platform, coursework, protocol="https", label="hand-in")
tm.flow(platform, pupil, feedback, protocol="https")
tm.flow(platform, submissions, coursework, feedback)
tm.flow(submissions, platform, coursework, score, feedback)

tm.flow(submissions, connector, coursework, label="new submission")
tm.flow(connector, detector, coursework, protocol="https")
tm.flow(detector, connector, score, protocol="https")
tm.flow(detector, archive, coursework, label="kept for future comparison")
tm.flow(connector, submissions, score)

tm.flow(mis, platform, roster, protocol="https", label="nightly roster sync")

tm.flow(platform, teacher, coursework, score, protocol="https", label="marking view")
tm.flow(teacher, platform, feedback, protocol="https")
tm.flow(teacher, case_log, referral, protocol="https")
tm.flow(case_log, exams_officer, case_file, referral, protocol="https")
tm.flow(exams_officer, case_log, case_file, protocol="https", label="records decision")
tm.flow(exams_officer, board_portal, board_report, protocol="https")
tm.flow(board_portal, exams_officer, board_outcome, protocol="https")
tm.flow(exams_officer, case_log, board_outcome, protocol="https", label="records outcome")
