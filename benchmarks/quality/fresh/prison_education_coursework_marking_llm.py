"""Prison education coursework marking assistant: the first design.

A prison education provider runs accredited courses for learners in custody.
Learners write coursework on provider-managed classroom laptops with no internet
access; a docked laptop syncs over the classroom LAN to a sync service on the
provider's secure education network. A marking service sends each submission
with the course rubric to an LLM hosted by a cloud provider in a UK region, which
suggests a mark and feedback. Tutors review, edit and approve every mark in a
tutor portal before it goes to the learner records MIS and the awarding body.
Prison security staff can open submitted coursework in a review console to look
for risk content. Controls: laptop disk encryption and learner sign-in, staff
SSO with MFA, role-based access, encrypted stores, TLS to the LLM and awarding
body, and tutor approval of every mark.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Prison education coursework marking assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-suggested marks and feedback on prisoners' coursework, approved by tutors.",
)

# ---------------------------------------------------------------- data assets
coursework = tg.Data(
    "Learner coursework submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Essays and assignment answers, with learner name and prison number.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
rubric = tg.Data(
    "Course rubric and marking scheme",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
marking_prompt = tg.Data(
    "Marking prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the rubric and the full submission text.",
)
suggested_mark = tg.Data(
    "Suggested mark and feedback",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
approved_mark = tg.Data(
    "Approved mark and feedback",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
learner_record = tg.Data(
    "Learner enrolment record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, prison number, establishment, course enrolments and achievements.",
)
results_submission = tg.Data(
    "Results submission to awarding body",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
results_confirmation = tg.Data("Awarding body results confirmation", kind="records")
risk_note = tg.Data(
    "Security risk note",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A security officer's note that a submission contains risk content.",
)
course_materials = tg.Data(
    "Course materials", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Prison classroom", trust=tg.Trust.UNTRUSTED):
    # The people the courses are for; they have hands-on access to the laptops.
    learner = tm.add(tg.Actor("Learner", role="prisoner learner"))
    # Provider-managed offline laptops: coursework is written here and synced when docked.
    laptop = tm.add(
        tg.Device(
            "Classroom laptop",
            fleet=True,
            description="Locked-down Windows laptop, no wireless, docked to the classroom LAN to sync.",
            controls={
                c.EncryptionAtRest(key_management="BitLocker with TPM"),
                c.Authentication(method="learner username and password"),
            },
        )
    )

with tm.boundary("Secure education network", trust=tg.Trust.INTERNAL):
    # Receives submissions from docked laptops and sends back feedback and materials.
    sync = tm.add(
        tg.Service(
            "Coursework sync service",
            description="Accepts coursework from docked laptops and pushes feedback and course materials.",
        )
    )
    # Holds every submission, the LLM suggestion and the approved mark.
    coursework_store = tm.add(
        tg.DataStore(
            "Coursework store",
            stores={coursework, suggested_mark, approved_mark, risk_note},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Rubrics and marking schemes per course unit, maintained by the curriculum team.
    rubric_library = tm.add(
        tg.DataStore("Course rubric library", stores={rubric, course_materials})
    )
    # Builds the marking prompt, calls the LLM and files the suggestion for a tutor.
    marking = tm.add(
        tg.Service(
            "Marking assistant service",
            description="Queues new submissions, calls the LLM with the rubric, stores its suggestion.",
            controls={c.HumanInTheLoop(approver="the learner's course tutor")},
        )
    )
    # Where tutors read submissions with the suggestion and approve or change the mark.
    tutor_portal = tm.add(
        tg.Endpoint(
            "Tutor marking portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # The provider's system of record for enrolments and achievements.
    mis = tm.add(tg.DataStore("Learner records MIS", stores={learner_record, approved_mark}))
    # Sends approved results to the awarding body in its entry format.
    results = tm.add(tg.Service("Results submission service"))
    # Tutors in the education department.
    tutor = tm.add(tg.Actor("Tutor", role="course tutor"))

with tm.boundary("Prison security office", trust=tg.Trust.INTERNAL):
    # Read-only view of submitted coursework for the prison's security department.
    security_console = tm.add(
        tg.Endpoint(
            "Security review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )
    # Prison staff who review content for risk.
    security_officer = tm.add(tg.Actor("Security officer", role="prison security staff"))

with tm.boundary("Cloud LLM provider (UK region)", trust=tg.Trust.PARTNER):
    # General-purpose hosted model; suggests marks, never records them.
    llm = tm.add(
        tg.LLM(
            "Hosted marking LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Vendor chat model behind an enterprise API with no training on customer data.",
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("Awarding body", trust=tg.Trust.PARTNER):
    # The body that certifies the qualification.
    awarding_body = tm.add(tg.ExternalService("Awarding body results portal"))

# ---------------------------------------------------------------- flows
tm.flow(learner, laptop, coursework, label="writes coursework")
tm.flow(laptop, learner, approved_mark, course_materials, label="feedback and materials")
tm.flow(laptop, sync, coursework, protocol="https", label="sync when docked")
tm.flow(sync, laptop, approved_mark, course_materials, protocol="https", label="sync when docked")
tm.flow(sync, coursework_store, coursework)
tm.flow(coursework_store, sync, approved_mark, label="approved feedback to return")
tm.flow(rubric_library, sync, course_materials)

tm.flow(coursework_store, marking, coursework)
tm.flow(rubric_library, marking, rubric)
tm.flow(marking, llm, marking_prompt, protocol="https")
tm.flow(llm, marking, suggested_mark, protocol="https")
tm.flow(marking, coursework_store, suggested_mark)

tm.flow(coursework_store, tutor_portal, coursework, suggested_mark)
tm.flow(tutor_portal, tutor, coursework, suggested_mark, protocol="https")
tm.flow(tutor, tutor_portal, approved_mark, protocol="https", label="approves or edits mark")
tm.flow(tutor_portal, coursework_store, approved_mark)
tm.flow(tutor_portal, mis, approved_mark)
tm.flow(mis, tutor_portal, learner_record, label="learner and enrolment lookup")

tm.flow(mis, results, approved_mark, learner_record)
tm.flow(results, awarding_body, results_submission, protocol="https")
tm.flow(awarding_body, results, results_confirmation, protocol="https")
tm.flow(results, mis, results_confirmation)

tm.flow(coursework_store, security_console, coursework)
tm.flow(security_console, security_officer, coursework, protocol="https")
tm.flow(security_officer, security_console, risk_note, protocol="https", label="flags risk content")
tm.flow(security_console, coursework_store, risk_note)
