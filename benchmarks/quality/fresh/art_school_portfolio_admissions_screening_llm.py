"""Portfolio admissions screening: the first design, before any security review.

An art school in the Netherlands takes applications through an online portal where
applicants sign in with e-mail and password and upload their details, portfolio
images, a portfolio statement and a description of each image. A screening service
in the school's cloud tenant sends the statement and image descriptions, with the
programme's admissions criteria, to a hosted LLM (vendor API, under a DPA) that
scores each criterion and explains why. Scores are kept in a results database.
Programme tutors sign in to a review dashboard with school SSO, read the scores
beside the full portfolio and make every offer themselves; offers go to the student
records system, which feeds the status back to the portal. Admissions officers
maintain the criteria. Storage is encrypted by the cloud provider and uploads are
checked for file type and size.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Art school portfolio admissions screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="LLM scores applicants' portfolio statements and image descriptions "
    "against admissions criteria for the tutors who make offers.",
)

# ---------------------------------------------------------------- data assets
application_form = tg.Data(
    "Application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, date of birth, nationality, prior education.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
statement = tg.Data(
    "Portfolio statement",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The applicant's written statement about their practice and intentions.",
)
image_descriptions = tg.Data(
    "Image descriptions",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The applicant's own description of each portfolio piece.",
)
portfolio_images = tg.Data(
    "Portfolio images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photographs and scans of the applicant's work; some show the applicant.",
)
criteria = tg.Data(
    "Admissions criteria",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-programme rubric: criteria, weightings and score descriptors.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Rubric, scoring instructions, statement and image descriptions.",
)
llm_scores = tg.Data(
    "Criterion scores and rationale",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
screening_results = tg.Data(
    "Screening results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-applicant criterion scores, overall score and the LLM's rationale.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
offer_decision = tg.Data(
    "Offer decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
application_status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective students anywhere in the world apply online.
    applicant = tm.add(tg.Actor("Applicant", role="prospective student"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model; the school only calls its API.
    llm = tm.add(
        tg.LLM(
            "Hosted scoring LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Scores each admissions criterion from the statement and "
            "image descriptions and writes a short rationale.",
            controls={
                c.SupplierAssessment(
                    note="DPA signed; vendor does not train on or retain API inputs"
                ),
                c.HumanInTheLoop(
                    approver="the programme tutor, who reads the portfolio and makes every offer"
                ),
            },
        )
    )

with tm.boundary("Admissions cloud tenant", trust=tg.Trust.INTERNAL):
    # The applicant-facing web application where applications are made and tracked.
    portal = tm.add(
        tg.Endpoint(
            "Admissions portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="upload file type and size checks"),
            },
        )
    )
    # Builds the prompt from the stored application and criteria, calls the LLM, stores results.
    screening = tm.add(
        tg.Service(
            "Screening service",
            description="Runs once an application is complete; sends the LLM the statement "
            "and image descriptions under the application number, without the form fields.",
            controls={c.DataMinimization(note="name and contact details left out of the prompt")},
        )
    )
    # Where tutors read scores beside the portfolio and record their decision.
    dashboard = tm.add(
        tg.Endpoint(
            "Tutor review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="school SSO (OIDC) with MFA"),
                c.RBAC(note="tutors see applications to their own programme"),
            },
        )
    )

    with tm.boundary("Admissions data tier", trust=tg.Trust.RESTRICTED):
        # System of record for submitted applications.
        application_db = tm.add(
            tg.DataStore(
                "Application database",
                stores={application_form, statement, image_descriptions},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Object storage for the uploaded portfolio images.
        image_bucket = tm.add(
            tg.DataStore(
                "Portfolio image store",
                stores={portfolio_images},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # The rubric each programme scores against.
        criteria_store = tm.add(tg.DataStore("Admissions criteria store", stores={criteria}))
        # LLM scores and rationales, kept for tutors and for the admissions cycle's records.
        results_db = tm.add(
            tg.DataStore(
                "Screening results database",
                stores={screening_results},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )

with tm.boundary("Campus network", trust=tg.Trust.INTERNAL):
    # Academic staff who read portfolios and make offers.
    tutor = tm.add(tg.Actor("Programme tutor", role="admissions tutor"))
    # Staff who set up each programme's criteria and run the admissions cycle.
    officer = tm.add(
        tg.Actor("Admissions officer", role="admissions administrator", privileged=True)
    )
    # The school's existing student records system, where offers are recorded.
    sis = tm.add(
        tg.DataStore("Student records system", stores={offer_decision, application_status})
    )

# ---------------------------------------------------------------- flows
# Applying
tm.flow(
    applicant,
    portal,
    application_form,
    statement,
    image_descriptions,
    portfolio_images,
    protocol="https",
    label="submits application",
)
tm.flow(portal, application_db, application_form, statement, image_descriptions)
tm.flow(portal, image_bucket, portfolio_images)

# Screening
tm.flow(application_db, screening, statement, image_descriptions)
tm.flow(criteria_store, screening, criteria)
tm.flow(screening, llm, screening_prompt, protocol="https")
tm.flow(llm, screening, llm_scores, protocol="https")
tm.flow(screening, results_db, screening_results)

# Tutor review and offers
tm.flow(results_db, dashboard, screening_results)
tm.flow(application_db, dashboard, application_form, statement, image_descriptions)
tm.flow(image_bucket, dashboard, portfolio_images)
tm.flow(
    dashboard,
    tutor,
    screening_results,
    application_form,
    statement,
    portfolio_images,
    protocol="https",
)
tm.flow(tutor, dashboard, offer_decision, protocol="https", label="makes offer or rejects")
tm.flow(dashboard, sis, offer_decision, protocol="https")

# Status back to the applicant
tm.flow(sis, portal, application_status, protocol="https", label="status sync")
tm.flow(portal, applicant, application_status, protocol="https")

# Criteria maintenance
tm.flow(officer, criteria_store, criteria, protocol="https", label="edits rubric")
