"""Essay grading assistant: the first design, before any security review.

A school district in the EU drafts grades and written feedback for students'
essays. Students submit essays in the district's hosted learning management
system (LMS); an integration endpoint in the district's cloud tenant receives
each submission over LTI 1.3, and a grading service builds a prompt from the
teacher's rubric, the essay and a few past graded essays as calibration
examples, then sends it to a hosted LLM (EU region, under a data processing
agreement). The draft grade and feedback wait in a review queue; the teacher
opens them in the review app (district network only, district SSO), edits and
releases the grade, which is posted back to the LMS. Released essays go to an
archive that a calibration job uses to tune the prompt templates each term.
Controls: LTI/OAuth2 on the integration, SSO and class-scoped roles in the
review app, teacher release of every grade, student names replaced by a
submission token before prompting, a vendor review of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Essay grading assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="LLM-drafted essay grades and feedback, reviewed and released by teachers.",
)

# ---------------------------------------------------------------- data assets
essay = tg.Data(
    "Student essay",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Essay text with the student's name, class and assignment; students are minors.",
)
rubric = tg.Data("Assignment rubric", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
prompt_template = tg.Data(
    "Grading prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
grading_prompt = tg.Data(
    "Grading prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Template, rubric, calibration examples and the essay under a submission token.",
)
exemplars = tg.Data(
    "Calibration examples",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="Past essays of the same assignment type with the teacher's final grade.",
)
draft = tg.Data(
    "Draft grade and feedback",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
final_grade = tg.Data(
    "Released grade and feedback",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
graded_essays = tg.Data(
    "Graded essay archive",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Essays kept with the teacher's final grade and feedback, for calibration.",
)
calibration_results = tg.Data(
    "Calibration results", kind="model-output", sensitivity=tg.Sensitivity.PII
)
sign_in = tg.Data("Teacher identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
template_change = tg.Data("Prompt template change", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students submit from home and school devices and read released feedback.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("LMS vendor", trust=tg.Trust.PARTNER):
    # The district's hosted LMS: where essays are submitted and grades shown.
    lms = tm.add(
        tg.ExternalService(
            "Learning management system",
            description="SaaS LMS; the grading assistant is registered as an LTI 1.3 tool.",
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # District SSO for staff.
    idp = tm.add(
        tg.ExternalService(
            "District identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("LLM vendor (EU region)", trust=tg.Trust.PARTNER):
    # Scores the essay against the rubric and writes the feedback.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={
                c.SupplierAssessment(note="DPA signed, EU processing, no training on inputs")
            },
        )
    )

with tm.boundary("District cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives submissions from the LMS and posts released grades back.
    lti_endpoint = tm.add(
        tg.Endpoint(
            "LMS integration endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="LTI 1.3 / OAuth2 client credentials")},
        )
    )
    # Builds the prompt, calls the LLM and parses the score and feedback.
    grader = tm.add(
        tg.Service(
            "Grading service",
            controls={
                c.DataMinimization(note="student name and ID replaced by a submission token")
            },
        )
    )
    # Teachers' rubrics and the prompt templates the grader uses.
    prompt_store = tm.add(tg.DataStore("Rubric and prompt store", stores={rubric, prompt_template}))
    # Drafts waiting for the teacher.
    review_queue = tm.add(tg.DataStore("Draft review queue", stores={draft, essay}))
    # Where teachers read, edit and release grades.
    review_app = tm.add(
        tg.Service(
            "Teacher review app",
            controls={
                c.Authentication(method="district SSO"),
                c.RBAC(note="teachers see only their own classes"),
                c.HumanInTheLoop(approver="the class teacher"),
            },
        )
    )
    # Past graded essays kept to calibrate the prompts.
    archive = tm.add(
        tg.Dataset("Graded essay archive", stores={graded_essays}, purpose="evaluation")
    )
    # Each term, re-grades archived essays and tunes templates and example choice.
    calibration = tm.add(tg.Pipeline("Prompt calibration job", stage=tg.Stage.EVALUATION))

with tm.boundary("District network", trust=tg.Trust.INTERNAL):
    # Sets rubrics, reviews drafts, releases grades.
    teacher = tm.add(tg.Actor("Teacher", role="teacher"))
    # District ed-tech staff who own the prompt templates.
    edtech = tm.add(tg.Actor("Ed-tech team", role="ed-tech administrator", privileged=True))

# ---------------------------------------------------------------- flows
# Submission and drafting
tm.flow(student, lms, essay, protocol="https")
tm.flow(lms, student, final_grade, protocol="https")
tm.flow(lms, lti_endpoint, essay, protocol="https")
tm.flow(lti_endpoint, grader, essay)
tm.flow(prompt_store, grader, rubric, prompt_template)
tm.flow(archive, grader, exemplars, label="calibration examples")
tm.flow(grader, llm, grading_prompt, protocol="https")
tm.flow(llm, grader, draft, protocol="https")
tm.flow(grader, review_queue, draft, essay)

# Teacher review and release
tm.flow(teacher, idp, sign_in, protocol="https", label="sign in")
tm.flow(idp, review_app, sign_in, protocol="https")
tm.flow(review_queue, review_app, draft, essay)
tm.flow(review_app, review_queue, final_grade, label="edits and release status")
tm.flow(review_app, teacher, draft, essay, protocol="https")
tm.flow(teacher, review_app, rubric, final_grade, protocol="https")
tm.flow(review_app, prompt_store, rubric)
tm.flow(review_app, lti_endpoint, final_grade)
tm.flow(lti_endpoint, lms, final_grade, protocol="https", label="grade passback")
tm.flow(review_app, archive, graded_essays)

# Termly calibration
tm.flow(archive, calibration, graded_essays)
tm.flow(prompt_store, calibration, prompt_template)
tm.flow(calibration, llm, grading_prompt, protocol="https")
tm.flow(llm, calibration, calibration_results, protocol="https")
tm.flow(calibration, edtech, calibration_results, protocol="https")
tm.flow(edtech, prompt_store, template_change, protocol="https", label="approved template update")
