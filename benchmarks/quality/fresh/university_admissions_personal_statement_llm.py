"""University admissions statement summariser: the first design, before any security review.

A UK university's admissions office wants help with the volume of undergraduate
applications. Applicants apply, and their referees upload references, through
the national admissions service; the university's nightly import job pulls the
new applications from the service's feed into the admissions system. A
summarisation service sends each personal statement and reference, with the
course's entry criteria, to a hosted LLM under the university's enterprise
contract, and gets back a short summary and a score against each criterion. The
summaries and scores are kept in the student record system; admissions tutors see
them beside the full application in the admissions review portal, and a tutor
makes every offer, which goes back to the applicant through the national
service. The LLM vendor was assessed by procurement (no training on our data, UK
region), names and contact details are stripped before text is sent, staff sign
in with university SSO and MFA, and the databases are encrypted and role-based.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "University admissions personal statement LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Hosted-LLM summaries and criteria scores of personal statements and references "
        "for admissions tutors, who make every offer."
    ),
)

# ---------------------------------------------------------------- data assets
statement = tg.Data(
    "Personal statement",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Free text by the applicant; may mention health, disability or family "
    "circumstances.",
)
reference = tg.Data(
    "Academic reference",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
application = tg.Data(
    "Application record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Identity, contact details, qualifications and predicted grades, course choice.",
)
criteria = tg.Data(
    "Course entry criteria",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the course criteria, the statement and the reference.",
)
completion = tg.Data(
    "LLM summary and criteria scores", kind="model-output", sensitivity=tg.Sensitivity.PII
)
summary = tg.Data(
    "Applicant summary and score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
offer = tg.Data("Offer decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective students; they never touch university systems directly.
    applicant = tm.add(tg.Actor("Applicant", role="applicant"))
    # Teachers and advisers who write references.
    referee = tm.add(tg.Actor("Referee", role="teacher"))

with tm.boundary("National admissions service", trust=tg.Trust.PARTNER):
    # Where every application is made; the university only receives its feed.
    national = tm.add(
        tg.ExternalService(
            "National admissions service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Central application service: collects applications and references, "
            "passes offers back to applicants.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model under an enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={
                tg.controls.SupplierAssessment(
                    note="procurement review: no training on inputs, UK data residency"
                ),
            },
            description="Summarises statements and references and scores them against "
            "course criteria.",
        )
    )

with tm.boundary("University network", trust=tg.Trust.INTERNAL):
    # Pulls new and updated applications from the national feed every night.
    importer = tm.add(tg.Service("Nightly application import job"))
    # The system of record for applications and decisions.
    admissions = tm.add(
        tg.Service(
            "Admissions system",
            controls={
                tg.controls.HumanInTheLoop(approver="admissions tutor"),
            },
            description="Tracks each application, shows it to tutors and sends offers back.",
        )
    )
    # New component for this project: builds prompts and calls the LLM.
    summariser = tm.add(
        tg.Service(
            "Statement summarisation service",
            controls={
                tg.controls.DataMinimization(
                    note="name, contact details and identifiers removed before sending"
                ),
                tg.controls.SecretsManagement(),
            },
        )
    )
    # Criteria per course, written by each department's admissions lead.
    criteria_store = tm.add(tg.DataStore("Course criteria store", stores={criteria}))
    # Web front end tutors use to review and decide.
    portal = tm.add(
        tg.Endpoint(
            "Admissions review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="university SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )
    # Academic staff who read applications and make offers.
    tutor = tm.add(tg.Actor("Admissions tutor", role="admissions tutor"))

    with tm.boundary("Student data tier", trust=tg.Trust.RESTRICTED):
        applications_db = tm.add(
            tg.DataStore(
                "Applications database",
                stores={application, statement, reference, offer},
                controls={
                    tg.controls.EncryptionAtRest(key_management="database TDE"),
                    tg.controls.RBAC(),
                    tg.controls.AuditLogging(),
                },
            )
        )
        # Where the summaries are kept, as the office asked.
        student_records = tm.add(
            tg.DataStore(
                "Student record system",
                stores={summary},
                controls={
                    tg.controls.EncryptionAtRest(key_management="database TDE"),
                    tg.controls.RBAC(),
                },
            )
        )

# ---------------------------------------------------------------- flows
# Applying
tm.flow(applicant, national, application, statement, protocol="https")
tm.flow(referee, national, reference, protocol="https")
tm.flow(
    national,
    importer,
    application,
    statement,
    reference,
    protocol="https",
    label="applications feed",
)
tm.flow(importer, applications_db, application, statement, reference)

# Summarising and scoring
tm.flow(applications_db, summariser, statement, reference)
tm.flow(criteria_store, summariser, criteria)
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, completion, protocol="https")
tm.flow(summariser, student_records, summary)

# Tutor review and offers
tm.flow(applications_db, admissions, application, statement, reference)
tm.flow(student_records, admissions, summary)
tm.flow(admissions, portal, application, statement, reference, summary)
tm.flow(portal, tutor, application, statement, reference, summary, protocol="https")
tm.flow(tutor, portal, offer, protocol="https")
tm.flow(portal, admissions, offer)
tm.flow(admissions, applications_db, offer)
tm.flow(admissions, national, offer, protocol="https")
tm.flow(national, applicant, offer, protocol="https")

# Criteria upkeep
tm.flow(tutor, portal, criteria, protocol="https", label="edits course criteria")
tm.flow(portal, criteria_store, criteria)
