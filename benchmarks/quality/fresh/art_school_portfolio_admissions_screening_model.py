"""Art school portfolio admissions screening: the first design.

An art school in the EU takes applications from all over the world. Applicants
create an account on the admissions portal, fill in the application form and
upload a portfolio of 10 to 20 images of their work. A screening service, run
by the school's IT team in its cloud tenancy, sends each image to an in-house
vision model that scores technical skill (drawing, composition, colour), and
to a commercial reverse image search API that flags images already published
elsewhere on the web. Scores and plagiarism flags go to a results store that
admissions tutors see beside the portfolio on their review dashboard. Tutors
review every applicant, whatever the scores, and record offers in the admissions
CRM, which notifies applicants through the portal. The model is retrained each
summer from past applicants' portfolios and the grades tutors gave them. Staff
sign in with the school's SSO and MFA; applicants with e-mail and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Art school portfolio admissions screening model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Scores applicants' portfolios for technical skill and flags plagiarised images.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, nationality, date of birth, education history, statement.",
)
portfolio = tg.Data(
    "Portfolio images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The applicant's own artwork; some include self-portraits or photos of people.",
)
skill_score = tg.Data("Technical skill score", kind="model-output", sensitivity=tg.Sensitivity.PII)
match_query = tg.Data("Reverse image search query", kind="media", sensitivity=tg.Sensitivity.PII)
match_results = tg.Data(
    "Image match results",
    kind="records",
    description="URLs and similarity of web pages showing a near-identical image.",
)
screening_result = tg.Data(
    "Screening result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Skill score per image and overall, plus plagiarism flags with matched URLs.",
)
offer_decision = tg.Data("Offer decision", kind="records", sensitivity=tg.Sensitivity.PII)
tutor_grade = tg.Data(
    "Tutor portfolio grade",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="The tutor's own technical skill grade, recorded with the decision.",
)
past_portfolios = tg.Data(
    "Past portfolios and tutor grades",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Five admission cycles of portfolios with the grades tutors gave them.",
)
weights = tg.Data("Skill model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective students in any country, applying from their own devices.
    applicant = tm.add(tg.Actor("Applicant", role="prospective student"))

with tm.boundary("Image search vendor", trust=tg.Trust.PARTNER):
    # Commercial reverse image search API, paid per query.
    image_search = tm.add(tg.ExternalService("Reverse image search service"))

with tm.boundary("School cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web application where applicants apply and later see their outcome.
    portal = tm.add(
        tg.Endpoint(
            "Admissions portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG and PNG only, 20 MB per image"),
            },
        )
    )
    # Object storage for the uploaded portfolio images.
    portfolio_store = tm.add(
        tg.DataStore(
            "Portfolio image bucket",
            stores={portfolio},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The school's record of every application and its outcome.
    crm = tm.add(
        tg.DataStore(
            "Admissions CRM",
            stores={application, offer_decision, tutor_grade},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor managed")},
        )
    )
    # Runs when a portfolio is submitted: calls the model and the image search.
    screener = tm.add(tg.Service("Portfolio screening service"))
    # Scores and flags, kept for tutors and for the audit of each cycle.
    results_store = tm.add(tg.DataStore("Screening results store", stores={screening_result}))
    # Staff-only web app showing portfolio, form and screening result side by side.
    dashboard = tm.add(
        tg.Endpoint(
            "Tutor review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="school SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Fine-tuned vision model; its score is advice to the tutors, not a decision.
        model = tm.add(
            tg.Model(
                "Technical skill scoring model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Vision backbone from open weights, fine-tuned on past grades.",
                controls={
                    c.HumanInTheLoop(approver="an admissions tutor reviews every applicant"),
                },
            )
        )
        # Past cycles' portfolios with the tutors' grades.
        training_set = tm.add(
            tg.Dataset("Graded portfolio training set", stores={past_portfolios, tutor_grade})
        )
        # Summer retraining job run by the data scientist.
        training = tm.add(tg.Pipeline("Annual retraining job", stage=tg.Stage.TRAINING))
        # Versions of the model, one per admission cycle.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("School staff network", trust=tg.Trust.INTERNAL):
    # Academic staff who review every applicant and decide offers.
    tutor = tm.add(tg.Actor("Admissions tutor", role="admissions tutor"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application, portfolio, protocol="https")
tm.flow(portal, crm, application)
tm.flow(portal, portfolio_store, portfolio)

tm.flow(portfolio_store, screener, portfolio, label="on submission")
tm.flow(screener, model, portfolio)
tm.flow(model, screener, skill_score)
tm.flow(screener, image_search, match_query, protocol="https")
tm.flow(image_search, screener, match_results, protocol="https")
tm.flow(screener, results_store, screening_result)

tm.flow(crm, dashboard, application)
tm.flow(portfolio_store, dashboard, portfolio)
tm.flow(results_store, dashboard, screening_result)
tm.flow(dashboard, tutor, application, portfolio, screening_result, protocol="https")
tm.flow(tutor, dashboard, offer_decision, tutor_grade, protocol="https")
tm.flow(dashboard, crm, offer_decision, tutor_grade)
tm.flow(crm, portal, offer_decision)
tm.flow(portal, applicant, offer_decision, protocol="https")

tm.flow(crm, training_set, tutor_grade, label="yearly export")
tm.flow(portfolio_store, training_set, past_portfolios, label="yearly export")
tm.flow(training_set, training, past_portfolios, tutor_grade)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
