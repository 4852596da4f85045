"""Course feedback summarizer: the first design, before any security review.

At the end of each term students fill in course evaluations (1-5 ratings and
free-text comments) on the university's hosted survey platform. A nightly
ingest job pulls the responses, drops student ids and names, joins them with
the course and instructor list from the student information system, and stores
them in the evaluation database. A summarization service sends each course's
comments to a commercial LLM API (under the university's enterprise agreement)
and writes an instructor report and department aggregates. Instructors read
their own reports and department heads read an aggregate dashboard, both
behind campus single sign-on. At term close the reports are exported into the
faculty personnel system, where they become part of promotion and tenure files.
Comments are promised to stay anonymous. Controls: SSO with per-course roles,
encrypted evaluation database, identifier stripping at ingest, vendor review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Course feedback summarizer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM summaries of anonymous student course evaluations for instructors, "
        "department heads and promotion and tenure files."
    ),
)

# ---------------------------------------------------------------- data assets
responses = tg.Data(
    "Evaluation responses",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ratings and free-text comments, with the respondent's student id.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
evaluations = tg.Data(
    "De-identified evaluations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ratings and comments per course section, student ids removed; "
    "comments can still name or describe the student who wrote them.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
roster = tg.Data(
    "Course and instructor roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Section, instructor of record, enrolment counts.",
)
prompt = tg.Data(
    "Summarization prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus every comment and the rating distribution for one section.",
)
completion = tg.Data("LLM summary draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
report = tg.Data(
    "Instructor feedback report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Themes, representative quotes and rating statistics for one instructor.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
aggregates = tg.Data(
    "Department aggregates",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-instructor and per-course scores and themes across a department.",
)
pt_file = tg.Data(
    "Promotion and tenure file entries",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
report_request = tg.Data("Report request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sso_assertion = tg.Data("SSO assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students answer the survey from their own devices.
    student = tm.add(tg.Actor("Student", role="student"))
    # Faculty read their reports from home or office through the public portal URL.
    instructor = tm.add(tg.Actor("Instructor", role="faculty"))
    department_head = tm.add(tg.Actor("Department head", role="department chair"))

with tm.boundary("Survey vendor", trust=tg.Trust.PARTNER):
    # The hosted course-evaluation survey product the university already licenses.
    survey = tm.add(
        tg.ExternalService(
            "Course evaluation survey platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Collects the end-of-term questionnaires; exposes a results export API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Commercial model API; the vendor agreement says prompts are not used for training.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model called with one section's comments at a time.",
            controls={
                c.SupplierAssessment(
                    note="procurement privacy review and DPA, no training on inputs"
                )
            },
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Campus identity provider that both web front ends use.
    sso = tm.add(tg.ExternalService("Campus SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))
    # Registrar's system of record; source of which instructor taught which section.
    sis = tm.add(
        tg.DataSource(
            "Student information system",
            origin=tg.Origin.INTERNAL,
            provides={roster},
        )
    )
    # Nightly job that pulls responses, strips identifiers and attaches course metadata.
    ingest = tm.add(
        tg.Pipeline(
            "Evaluation ingest job",
            stage=tg.Stage.INGESTION,
            controls={c.DataMinimization(note="drops student id, name and email columns")},
        )
    )
    # Calls the LLM per section and builds the instructor and department outputs.
    summarizer = tm.add(
        tg.Service(
            "Summarization service",
            description="Prompt template per section; computes rating statistics itself.",
        )
    )
    # Web portal where instructors see the reports for their own sections.
    portal = tm.add(
        tg.Endpoint(
            "Instructor report portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="SAML SSO"),
                c.RBAC(note="instructor of record only"),
            },
        )
    )
    # BI dashboard for department heads across their department.
    dashboard = tm.add(
        tg.Service(
            "Department dashboard",
            internet_facing=True,
            controls={
                c.Authentication(method="SAML SSO"),
                c.RBAC(note="department head role per department"),
            },
        )
    )

    with tm.boundary("Evaluation data tier", trust=tg.Trust.RESTRICTED):
        # Holds every term's de-identified responses for year-over-year trends.
        eval_db = tm.add(
            tg.DataStore(
                "Evaluation database",
                stores={evaluations},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Generated reports and aggregates, read by the portal and the dashboard.
        summary_store = tm.add(tg.DataStore("Summary store", stores={report, aggregates}))

with tm.boundary("HR systems", trust=tg.Trust.RESTRICTED):
    # Faculty affairs personnel system holding promotion and tenure dossiers.
    personnel = tm.add(tg.DataStore("Faculty personnel system", stores={pt_file}))

# ---------------------------------------------------------------- flows
tm.flow(student, survey, responses, protocol="https", label="submits evaluation")
tm.flow(survey, ingest, responses, protocol="https", label="results export")
tm.flow(sis, ingest, roster)
tm.flow(ingest, eval_db, evaluations)

tm.flow(eval_db, summarizer, evaluations)
tm.flow(summarizer, llm, prompt, protocol="https")
tm.flow(llm, summarizer, completion, protocol="https")
tm.flow(summarizer, summary_store, report, aggregates)

tm.flow(instructor, portal, report_request, protocol="https")
tm.flow(portal, sso, report_request, protocol="https", label="login redirect")
tm.flow(sso, portal, sso_assertion, protocol="https")
tm.flow(summary_store, portal, report)
tm.flow(portal, instructor, report, protocol="https")

tm.flow(department_head, dashboard, report_request, protocol="https")
tm.flow(dashboard, sso, report_request, protocol="https", label="login redirect")
tm.flow(sso, dashboard, sso_assertion, protocol="https")
tm.flow(summary_store, dashboard, aggregates, report, label="drill-down to instructor")
tm.flow(dashboard, department_head, aggregates, report, protocol="https")

tm.flow(summary_store, personnel, pt_file, label="term-close export")
