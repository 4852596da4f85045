"""High school plagiarism and AI writing detector: the first design, before any security review.

Students hand in essays through the district's learning management system (LMS),
signing in with their school Google Workspace accounts. A small integrity
connector that district IT runs in its cloud tenant picks up each new submission
and sends the essay to a detector vendor: the vendor's similarity service compares
it with its repository of web pages, publications and earlier student papers (and
keeps a copy there), and the vendor's AI writing classifier scores how much of the
text looks machine-generated. The connector stores the combined integrity report,
which class teachers open in a report viewer inside the LMS for their own courses.
Scores are advisory: the teacher reads the report and the essay and decides whether
to raise a concern with the student in person and the parents by e-mail, and records
it in the student information system. The district signed the vendor's student data
privacy agreement; all traffic is HTTPS and the LMS encrypts stored submissions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "High school plagiarism and AI writing detector",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Essays submitted by high school students are checked for plagiarism and "
        "AI-generated text by a vendor; teachers decide whether to raise a concern."
    ),
)

# ---------------------------------------------------------------- data assets
essay = tg.Data(
    "Student essay",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The essay file with the student's name, class and assignment.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
roster = tg.Data(
    "Class roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Students, their classes and teachers, synced from the SIS.",
)
matched = tg.Data(
    "Matched source passages",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Passages from web pages, publications and other schools' student papers.",
)
similarity = tg.Data(
    "Similarity report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Overall similarity percentage and the matched passages with their sources.",
)
ai_score = tg.Data(
    "AI writing score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Share of the essay's sentences the vendor's classifier rates as AI-generated.",
)
report = tg.Data(
    "Integrity report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
report_request = tg.Data("Report request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
contacts = tg.Data("Parent contact details", kind="records", sensitivity=tg.Sensitivity.PII)
concern = tg.Data(
    "Academic integrity concern",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
letter = tg.Data("Concern letter to parents", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students submit from school Chromebooks and home computers.
    student = tm.add(tg.Actor("Student", role="student"))
    # Parents hear from the teacher when a concern is raised.
    parent = tm.add(tg.Actor("Parent", role="parent or guardian"))

with tm.boundary("School staff network", trust=tg.Trust.INTERNAL):
    # Reads the reports and makes every decision about a concern.
    teacher = tm.add(tg.Actor("Teacher", role="class teacher"))

with tm.boundary("District LMS tenant", trust=tg.Trust.INTERNAL):
    # Where students hand in assignments (the district's hosted LMS).
    portal = tm.add(
        tg.Endpoint(
            "LMS assignment portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="district Google Workspace single sign-on with password"),
            },
        )
    )
    # Holds every submitted essay for the course.
    submissions = tm.add(
        tg.DataStore(
            "Essay submission store",
            stores={essay},
            controls={c.EncryptionAtRest(key_management="LMS vendor-managed keys")},
        )
    )
    # Teacher-facing page that shows the report next to the essay.
    viewer = tm.add(
        tg.Endpoint(
            "Integrity report viewer",
            purpose=tg.EndpointPurpose.API,
            description="Teachers see the reports of the courses they teach.",
            controls={
                c.Authentication(
                    method="district Google Workspace single sign-on with 2-step verification"
                ),
                c.RBAC(note="LMS course roles: teachers see only their own courses"),
            },
        )
    )

with tm.boundary("District cloud", trust=tg.Trust.INTERNAL):
    # Built by district IT: sends each new essay to the vendor and collects the results.
    connector = tm.add(
        tg.Service(
            "Integrity check connector",
            description="Polls new submissions, calls the vendor's two APIs, writes the report.",
        )
    )
    # The connector's copy of every report, read by the viewer.
    reports = tm.add(tg.DataStore("Integrity report store", stores={report}))

with tm.boundary("District data centre", trust=tg.Trust.RESTRICTED):
    # System of record for rosters, parent contacts and discipline notes.
    sis = tm.add(
        tg.DataStore(
            "Student information system",
            stores={roster, contacts, concern},
            controls={c.RBAC()},
        )
    )
    # Google Workspace mail used by staff to write to families.
    mail = tm.add(tg.Service("School e-mail"))

with tm.boundary("Detector vendor", trust=tg.Trust.PARTNER):
    # Compares the essay with the vendor's repository.
    similarity_service = tm.add(
        tg.ExternalService(
            "Similarity checking service",
            provides=tg.ExternalCategory.GENERIC,
            controls={c.SupplierAssessment(note="district signed the vendor's student DPA")},
        )
    )
    # The vendor keeps submitted papers to match future submissions against.
    repository = tm.add(tg.DataStore("Vendor submission repository", stores={essay, matched}))
    # The vendor's classifier that scores AI-generated text.
    detector = tm.add(
        tg.Model(
            "AI writing detector",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Scores each sentence for the likelihood it was machine-generated.",
            controls={
                c.HumanInTheLoop(
                    approver="the class teacher",
                    note="scores are advisory; the teacher decides whether to raise a concern",
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(student, portal, essay, protocol="https", label="hands in essay")
tm.flow(portal, student, receipt, protocol="https")
tm.flow(portal, submissions, essay)
tm.flow(sis, portal, roster, protocol="https", label="nightly roster sync")

tm.flow(submissions, connector, essay, protocol="https", label="new submissions")
tm.flow(connector, similarity_service, essay, protocol="https")
tm.flow(similarity_service, repository, essay, label="kept for future matching")
tm.flow(repository, similarity_service, matched)
tm.flow(similarity_service, connector, similarity, protocol="https")
tm.flow(connector, detector, essay, protocol="https")
tm.flow(detector, connector, ai_score, protocol="https")
tm.flow(connector, reports, report)

tm.flow(teacher, viewer, report_request, protocol="https")
tm.flow(reports, viewer, report)
tm.flow(submissions, viewer, essay)
tm.flow(viewer, teacher, report, essay, protocol="https")

tm.flow(sis, teacher, contacts, protocol="https")
tm.flow(teacher, sis, concern, protocol="https", label="records a concern")
tm.flow(teacher, student, concern, label="raised in person")
tm.flow(teacher, mail, letter, protocol="https")
tm.flow(mail, parent, letter, protocol="smtp+starttls")
