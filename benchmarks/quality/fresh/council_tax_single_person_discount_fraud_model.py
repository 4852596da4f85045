"""Single person discount fraud scoring: the first design, before any security review.

A district council gives a 25% council tax discount to residents who say they live
alone. Each month a data matching job takes every account with the discount from the
council tax system, sends names and addresses to a credit reference agency over SFTP,
and joins the agency's matches (other adults linked to the address by credit activity)
with the electoral register. A gradient-boosted model scores each account for the
likelihood that another adult lives there; accounts above a threshold become review
cases in a queue. Revenues officers work the queue in the case management app, which
shows the score and its main reasons, write to the resident, read the reply sent
through the council's online form and decide whether to cancel the discount; nothing
is cancelled without an officer. Outcomes are exported monthly to retrain the model.
Officers sign in through the council's single sign-on; a DPIA covers the processing.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Council tax single person discount fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Monthly fraud risk scores on single person discounts, reviewed by "
    "revenues officers.",
)

# ---------------------------------------------------------------- data assets
spd_accounts = tg.Data(
    "Council tax accounts with single person discount",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Account holder name, property address, discount start date, balance.",
)
spd_extract = tg.Data(
    "SPD account extract",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth where held, and address of each discount holder.",
)
cra_matches = tg.Data(
    "Credit reference match results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Other adults linked to the address by credit applications and accounts.",
)
electoral_records = tg.Data(
    "Electoral roll records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registered electors at each address, full register.",
)
household_features = tg.Data(
    "Matched household features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Counts and recency of other adults per source, account history.",
)
risk_score = tg.Data(
    "Fraud risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Probability that another adult lives at the address, with top reasons.",
)
review_case = tg.Data(
    "SPD review case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account, score, reasons and the matched names behind them.",
)
review_letter = tg.Data("Review letter", kind="documents", sensitivity=tg.Sensitivity.PII)
resident_response = tg.Data(
    "Resident review response",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who lives at the property, since when, and any evidence uploaded.",
)
review_outcome = tg.Data(
    "Review outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Discount confirmed or cancelled, backdating date, penalty if any.",
)
discount_change = tg.Data(
    "Discount cancellation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
historic_outcomes = tg.Data(
    "Historic review outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_config = tg.Data("Training notebook", kind="code")
model_artifact = tg.Data(
    "Scoring model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="scikit-learn pipeline saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The discount holder under review: gets the letter and answers it online.
    resident = tm.add(tg.Actor("Resident", role="council tax payer"))

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # Matches our discount holders against credit data under a data sharing contract.
    cra = tm.add(
        tg.ExternalService(
            "Credit reference agency matching service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Council web platform", trust=tg.Trust.INTERNAL):
    # Public form where residents answer the review letter.
    review_form = tm.add(
        tg.Endpoint(
            "SPD review online form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="council tax account number and postcode"),
                c.InputValidation(),
            },
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # The system of record for council tax accounts and discounts.
    council_tax_system = tm.add(
        tg.DataStore(
            "Council tax revenues system",
            stores={spd_accounts},
            controls={c.RBAC()},
        )
    )
    # The Electoral Registration Officer's register, shared for fraud prevention.
    electoral_register = tm.add(
        tg.DataSource(
            "Electoral register",
            origin=tg.Origin.INTERNAL,
            provides={electoral_records},
        )
    )
    # Cases waiting for an officer, highest score first.
    review_queue = tm.add(tg.DataStore("SPD review queue", stores={review_case}))
    # Where officers work cases, write letters and record decisions.
    case_app = tm.add(
        tg.Service(
            "Case management app",
            controls={
                c.Authentication(method="council Microsoft Entra ID single sign-on"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="revenues officer",
                    note="an officer decides every case; no discount is cancelled "
                    "from the score alone",
                ),
            },
        )
    )
    # Reviews each case and decides whether the discount stands.
    officer = tm.add(tg.Actor("Revenues officer", role="revenues officer"))
    # Builds and retrains the scoring model.
    analyst = tm.add(tg.Actor("Data analyst", role="data analyst", privileged=True))

    with tm.boundary("Analytics platform", trust=tg.Trust.RESTRICTED):
        # Joins council tax, agency and electoral data into features each month.
        matching = tm.add(
            tg.Pipeline(
                "Monthly data matching job",
                stage=tg.Stage.PREPROCESSING,
            )
        )
        # Holds the matched features for scoring and for training snapshots.
        feature_store = tm.add(
            tg.FeatureStore(
                "Household feature store",
                stores={household_features, cra_matches},
                online=False,
                controls={c.RBAC()},
            )
        )
        # Runs the model over every discount account and fills the review queue.
        scoring_job = tm.add(tg.Service("Monthly scoring job"))
        # The fraud model: likelihood that a discount holder does not live alone.
        model = tm.add(
            tg.Model(
                "SPD fraud model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees; scores above 0.7 become review cases.",
                controls={
                    c.ImpactAssessment(
                        basis="public task and prevention of fraud; council tax legislation"
                    ),
                    c.ExplainabilityLogging(),
                },
            )
        )
        # Past review outcomes joined to the features they were scored on.
        outcome_dataset = tm.add(
            tg.Dataset(
                "Review outcome training set",
                stores={historic_outcomes, household_features},
            )
        )
        # Retrains the model from the outcome dataset.
        training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
        # Saved model versions the scoring job loads.
        registry = tm.add(tg.ModelRegistry("Model store", stores={model_artifact}))

# ---------------------------------------------------------------- flows
# data matching
tm.flow(council_tax_system, matching, spd_accounts, label="monthly extract")
tm.flow(matching, cra, spd_extract, protocol="sftp")
tm.flow(cra, matching, cra_matches, protocol="sftp")
tm.flow(electoral_register, matching, electoral_records, label="monthly extract")
tm.flow(matching, feature_store, household_features, cra_matches)

# scoring and review
tm.flow(feature_store, scoring_job, household_features, label="monthly batch")
tm.flow(scoring_job, model, household_features)
tm.flow(model, scoring_job, risk_score)
tm.flow(scoring_job, review_queue, review_case, label="scores above threshold")
tm.flow(review_queue, case_app, review_case)
tm.flow(case_app, officer, review_case, protocol="https")
tm.flow(officer, case_app, review_outcome, protocol="https")
tm.flow(case_app, resident, review_letter, label="printed and posted")
tm.flow(resident, review_form, resident_response, protocol="https")
tm.flow(review_form, case_app, resident_response)
tm.flow(case_app, council_tax_system, discount_change)

# retraining
tm.flow(case_app, outcome_dataset, historic_outcomes, label="monthly export")
tm.flow(feature_store, outcome_dataset, household_features, label="monthly snapshot")
tm.flow(outcome_dataset, training, historic_outcomes, household_features)
tm.flow(analyst, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(registry, scoring_job, model_artifact)
