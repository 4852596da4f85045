"""University exam script marking assistant: the first design, before any security review.

After each written exam the exams office scans the handwritten scripts on a
networked scanner; the scans land in a script store in the university data centre.
A marking orchestrator sends each script's page images, with the module's marking
scheme, to a hosted multimodal LLM, which proposes a mark per question and writes
feedback for the student. The proposals go into the assessment system, where the
module examiners moderate every proposed mark against the script before anything is
released; moderated marks go to the student record system, and students read their
final marks and feedback in the student portal on the internet. Staff and students
sign in through the university's single sign-on; the assessment system is
role-based and keeps an audit trail; the LLM vendor was taken through the
university's procurement and data-protection review. The university is in the EU,
so the marking of students falls under GDPR and the AI Act's high-risk uses.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University exam script marking assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "An LLM proposes marks and feedback on scanned handwritten exam scripts; "
        "examiners moderate every mark before students see it in the portal."
    ),
)

# ---------------------------------------------------------------- data assets
paper_scripts = tg.Data(
    "Handwritten exam scripts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Answer booklets with the candidate number on the cover.",
)
scanned_scripts = tg.Data(
    "Scanned script images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="One PDF of page images per candidate, named by candidate number.",
)
marking_scheme = tg.Data(
    "Marking scheme",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Model answers and mark allocation per question, written by the module team.",
)
marking_prompt = tg.Data(
    "Marking prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the marking scheme and the script's page images.",
)
llm_proposal = tg.Data(
    "LLM proposed marks and feedback",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
proposed_marks = tg.Data(
    "Proposed marks and feedback",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
moderation = tg.Data(
    "Moderation decisions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The examiner's accepted or changed mark per question, with comments.",
)
assessment_records = tg.Data(
    "Assessment records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
final_marks = tg.Data(
    "Final marks and feedback",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
portal_request = tg.Data("Student portal request", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students read their released marks and feedback from anywhere.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted multimodal model that reads the handwriting and proposes marks.
    marking_llm = tm.add(
        tg.LLM(
            "Hosted marking LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="A vendor's multimodal chat model called through its API.",
            controls={
                c.SupplierAssessment(
                    note="procurement and data-protection review; no training on our data"
                )
            },
        )
    )

with tm.boundary("Campus network", trust=tg.Trust.INTERNAL):
    # Collects the scripts after the exam and scans them.
    exams_officer = tm.add(tg.Actor("Exams officer", role="exams office staff"))
    # Writes the marking scheme and moderates every proposed mark.
    examiner = tm.add(tg.Actor("Module examiner", role="examiner"))
    # The exams office's networked scanner that turns booklets into PDFs.
    scanner = tm.add(
        tg.Device(
            "Exams office scanner",
            fleet=False,
            description="A multifunction scanner with scan-to-folder into the script store.",
        )
    )

with tm.boundary("University data centre", trust=tg.Trust.INTERNAL):
    # Public face for students: shows released marks and feedback.
    portal = tm.add(
        tg.Endpoint(
            "Student portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="university SSO with MFA")},
        )
    )
    # Batches the scanned scripts, builds the prompts and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Marking orchestrator",
            description="Runs after each exam: one LLM call per script, results to the assessment system.",
        )
    )
    # Where examiners see the scripts beside the proposed marks and moderate them.
    assessment = tm.add(
        tg.Service(
            "Assessment system",
            controls={
                c.Authentication(method="university SSO with MFA"),
                c.RBAC(note="examiners see only the modules they are assigned to"),
                c.HumanInTheLoop(
                    approver="module examiner", note="every proposed mark is moderated"
                ),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Assessment data", trust=tg.Trust.RESTRICTED):
        # Keeps the scanned scripts for marking, moderation and appeals.
        script_store = tm.add(
            tg.DataStore(
                "Script store",
                stores={scanned_scripts},
                controls={c.EncryptionAtRest(key_management="storage array keys")},
            )
        )
        # Marking schemes uploaded by module teams before the exam.
        scheme_store = tm.add(tg.DataStore("Marking scheme store", stores={marking_scheme}))
        # The assessment system's database of proposed and moderated marks.
        assessment_db = tm.add(
            tg.DataStore(
                "Assessment database",
                stores={assessment_records, proposed_marks, moderation},
                controls={c.EncryptionAtRest(key_management="database TDE")},
            )
        )
        # The university's system of record for final marks and progression.
        sis = tm.add(tg.DataStore("Student record system", stores={final_marks}))

# ---------------------------------------------------------------- flows
tm.flow(exams_officer, scanner, paper_scripts, label="feeds booklets after the exam")
tm.flow(scanner, script_store, scanned_scripts, protocol="smb", label="scan to folder")
tm.flow(examiner, scheme_store, marking_scheme, protocol="https", label="uploads scheme")

tm.flow(script_store, orchestrator, scanned_scripts)
tm.flow(scheme_store, orchestrator, marking_scheme)
tm.flow(
    orchestrator,
    marking_llm,
    marking_prompt,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    marking_llm,
    orchestrator,
    llm_proposal,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(orchestrator, assessment, proposed_marks, protocol="https")

tm.flow(assessment, assessment_db, proposed_marks, moderation, assessment_records)
tm.flow(assessment_db, assessment, proposed_marks, moderation, assessment_records)
tm.flow(script_store, assessment, scanned_scripts, label="script beside the proposal")
tm.flow(assessment, examiner, proposed_marks, scanned_scripts, protocol="https")
tm.flow(examiner, assessment, moderation, protocol="https")
tm.flow(assessment, sis, final_marks, label="release after moderation")

tm.flow(student, portal, portal_request, protocol="https")
tm.flow(sis, portal, final_marks)
tm.flow(portal, student, final_marks, protocol="https")
