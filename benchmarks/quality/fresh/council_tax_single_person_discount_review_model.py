"""Single person discount review model: the first design, before any security review.

A city council reviews the 25% single person discount (SPD) on council tax
accounts. Every month a data-matching pipeline in the council's analytics
environment takes the SPD accounts from the revenues system, sends names and
addresses to a credit reference agency under a data-sharing agreement and gets
back occupancy indicators, and joins them with the electoral register and the
housing benefit / council tax reduction records. A model scores each account for
likely ineligibility; accounts above a threshold get a review letter, printed
and posted by a hybrid-mail provider. Residents answer through an online form.
A revenues officer reads the response and decides whether to remove the discount;
residents can appeal, and a senior officer reviews the appeal. Files move by SFTP,
officers sign in with council SSO under role-based access, casework is
audit-logged, and past review outcomes retrain the model once a year.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Single person discount review",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores council tax single person discount accounts for likely ineligibility "
    "and drives review letters; officers decide removals and hear appeals.",
)

# ---------------------------------------------------------------- data assets
spd_accounts = tg.Data(
    "SPD account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Account holder, property address, discount start date and liability.",
)
match_request = tg.Data(
    "Resident match file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, dates of birth and addresses sent to the agency for matching.",
)
cra_data = tg.Data(
    "Credit reference occupancy indicators",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Other adults linked to the address by credit applications and accounts.",
)
electoral = tg.Data("Electoral register entries", kind="records", sensitivity=tg.Sensitivity.PII)
benefits = tg.Data(
    "Benefit household records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Household composition declared on housing benefit and CTR claims.",
)
features = tg.Data("Account match features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data(
    "Ineligibility risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Score per account with the top contributing match signals.",
)
review_case = tg.Data("Review case", kind="records", sensitivity=tg.Sensitivity.PII)
review_letter = tg.Data("Review letter", kind="documents", sensitivity=tg.Sensitivity.PII)
resident_response = tg.Data(
    "Resident response",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who lives at the address, with any evidence the resident uploads.",
)
appeal = tg.Data("Appeal", kind="documents", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Discount decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
decision_letter = tg.Data("Decision letter", kind="documents", sensitivity=tg.Sensitivity.PII)
outcomes = tg.Data(
    "Review outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Whether each reviewed discount was kept or removed, with its features.",
)
model_file = tg.Data(
    "Scoring model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The account holder who receives the letter, responds and may appeal.
    resident = tm.add(tg.Actor("Resident", role="council tax payer"))

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # Matches the council's file against credit data and returns occupancy indicators.
    cra = tm.add(
        tg.ExternalService(
            "Credit reference agency matching service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Hybrid mail provider", trust=tg.Trust.PARTNER):
    # Prints and posts the council's letters.
    mail_provider = tm.add(tg.ExternalService("Hybrid mail service"))

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # The public form residents answer the review letter and appeal through.
    portal = tm.add(
        tg.Endpoint(
            "Resident response form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="council tax account number and letter reference"),
            },
        )
    )
    # Work queue where officers see scored cases, responses and appeals and record decisions.
    casework = tm.add(
        tg.Service(
            "SPD review casework console",
            controls={
                c.Authentication(method="council SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="revenues officer"),
                c.Contestability(note="residents can appeal; a senior officer reviews"),
            },
        )
    )
    # Builds and sends review and decision letters as a daily print file.
    letters = tm.add(tg.Service("Letter batch service"))
    # Officers who decide on removal after the resident responds.
    officer = tm.add(tg.Actor("Revenues officer", role="revenues officer"))
    # Senior officer who handles appeals.
    senior_officer = tm.add(tg.Actor("Senior revenues officer", role="appeals reviewer"))

    with tm.boundary("Revenues and benefits zone", trust=tg.Trust.RESTRICTED):
        # System of record for council tax accounts and discounts.
        revenues = tm.add(
            tg.DataStore(
                "Council tax revenues system", stores={spd_accounts}, controls={c.AuditLogging()}
            )
        )
        # Housing benefit and council tax reduction claims.
        benefits_system = tm.add(tg.DataStore("Benefits system", stores={benefits}))
        # Electoral Registration Office records.
        electoral_system = tm.add(tg.DataStore("Electoral register system", stores={electoral}))

    with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
        # Monthly job that extracts accounts, exchanges files with the agency and builds features.
        matching = tm.add(
            tg.Pipeline(
                "Monthly data matching pipeline",
                stage=tg.Stage.PREPROCESSING,
                controls={
                    c.DataMinimization(note="only the fields in the data-sharing agreement"),
                },
            )
        )
        # Scores each account for likely ineligibility.
        model = tm.add(
            tg.Model(
                "SPD ineligibility model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees; accounts above the threshold get a letter.",
            )
        )
        # Scores, cases, decisions and outcomes for every reviewed account.
        case_store = tm.add(
            tg.DataStore(
                "Review case store", stores={features, score, review_case, decision, outcomes}
            )
        )
        # Yearly retraining on past review outcomes.
        training = tm.add(tg.Pipeline("Annual model retraining", stage=tg.Stage.TRAINING))

# ---------------------------------------------------------------- flows
# Matching and scoring
tm.flow(revenues, matching, spd_accounts)
tm.flow(matching, cra, match_request, protocol="sftp")
tm.flow(cra, matching, cra_data, protocol="sftp")
tm.flow(electoral_system, matching, electoral)
tm.flow(benefits_system, matching, benefits)
tm.flow(matching, model, features)
tm.flow(model, case_store, score)
tm.flow(matching, case_store, features)

# Review letters
tm.flow(case_store, letters, review_case, label="accounts above threshold")
tm.flow(letters, mail_provider, review_letter, protocol="sftp")
tm.flow(mail_provider, resident, review_letter, protocol="post")

# Response, decision and appeal
tm.flow(resident, portal, resident_response, protocol="https")
tm.flow(resident, portal, appeal, protocol="https")
tm.flow(portal, casework, resident_response, appeal)
tm.flow(case_store, casework, review_case, score)
tm.flow(casework, officer, review_case, score, resident_response, protocol="https")
tm.flow(officer, casework, decision, protocol="https")
tm.flow(casework, senior_officer, appeal, review_case, decision, protocol="https")
tm.flow(senior_officer, casework, decision, protocol="https", label="appeal decision")
tm.flow(revenues, casework, spd_accounts, label="account history")
tm.flow(casework, revenues, decision, label="remove or keep discount")
tm.flow(casework, case_store, decision, outcomes)
tm.flow(casework, letters, decision)
tm.flow(letters, mail_provider, decision_letter, protocol="sftp")
tm.flow(mail_provider, resident, decision_letter, protocol="post")

# Retraining
tm.flow(case_store, training, outcomes, features)
tm.flow(training, model, model_file, label="deploy")
