"""Child welfare referral screening: the first design, before any security review.

The county child welfare agency runs a hotline for reports of child abuse and
neglect; mandated reporters can also file through an online referral form. For
each referral, hotline screeners ask the case management application for a risk
score, which the county computes from its integrated data warehouse: past child
welfare cases, public benefits records and justice and jail records supplied
nightly by state agencies. Screeners decide whether to screen in for
investigation; supervisors review every screen-out. Once a year the county sends
a pseudonymised historical extract to a university partner, who retrains the
model in its research enclave and returns a new model file that the county's
analytics lead deploys. Staff sign in with county SSO, case records are
role-restricted and audited, the score is shown as a 1-20 band, and the
university runs a fairness analysis at each retrain.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Child welfare referral screening",
    profile=tg.RiskProfile.HIGH,
    description="Risk scores for hotline referrals from county case, benefits and justice records.",
)

# ---------------------------------------------------------------- data assets
referral = tg.Data(
    "Hotline referral",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Allegation narrative, child and family identifiers, reporter identity.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
case_history = tg.Data(
    "Child welfare case history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
benefits = tg.Data("Public benefits records", kind="records", sensitivity=tg.Sensitivity.REGULATED)
justice = tg.Data("Justice and jail records", kind="records", sensitivity=tg.Sensitivity.REGULATED)
outcomes = tg.Data(
    "Historical referral outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Re-referral and out-of-home placement within two years of a referral.",
)
score_request = tg.Data(
    "Score request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Referral id and the county person ids of the people on the referral.",
)
features = tg.Data("Referral risk features", kind="features", sensitivity=tg.Sensitivity.REGULATED)
score = tg.Data(
    "Screening risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="A 1-20 band for the referral.",
)
decision = tg.Data("Screening decision", kind="records", sensitivity=tg.Sensitivity.REGULATED)
extract = tg.Data(
    "Pseudonymised training extract",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Ten years of referrals with their history and outcomes, ids replaced.",
)
artifact = tg.Data("Risk model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
approval = tg.Data("Deployment sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Teachers, doctors and other mandated reporters who file online instead of calling.
    reporter = tm.add(tg.Actor("Mandated reporter", role="reporter"))

with tm.boundary("State agencies", trust=tg.Trust.PARTNER):
    # The nightly benefits and justice feeds the risk score draws on.
    state_feeds = tm.add(
        tg.DataSource(
            "State benefits and justice feeds",
            origin=tg.Origin.PARTNER,
            provides={benefits, justice},
            description="SNAP/TANF/Medicaid enrolment and court and jail bookings, as nightly files.",
        )
    )

with tm.boundary("County network", trust=tg.Trust.INTERNAL):
    # Screeners take hotline calls, request the score and make the screening decision.
    screener = tm.add(tg.Actor("Hotline screener", role="screener"))
    # Supervisors review every referral screened out.
    supervisor = tm.add(tg.Actor("Screening supervisor", role="supervisor"))
    # Deploys the model file the university returns each year.
    analytics_lead = tm.add(tg.Actor("County analytics lead", role="data analyst", privileged=True))
    # The public-facing form mandated reporters use; it only creates a referral.
    portal = tm.add(
        tg.Endpoint(
            "Online referral portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="form field validation and CAPTCHA")},
        )
    )
    # The system of record where screeners work each referral.
    case_app = tm.add(
        tg.Service(
            "Case management application",
            description="Referral intake, score display and the screening decision workflow.",
            controls={
                c.Authentication(method="county SAML SSO"),
                c.RBAC(),
                c.AuditLogging(note="state-required access log on case records"),
            },
        )
    )

with tm.boundary("County data center", trust=tg.Trust.INTERNAL):
    # Referrals, cases, decisions and their outcomes.
    case_db = tm.add(
        tg.DataStore(
            "Case records database",
            stores={referral, case_history, decision, outcomes},
            controls={c.EncryptionAtRest(key_management="SAN encryption")},
        )
    )
    # Joins case, benefits and justice records on a county master person index.
    warehouse = tm.add(
        tg.DataStore(
            "Integrated data warehouse",
            stores={case_history, benefits, justice, outcomes},
            controls={c.RBAC()},
        )
    )
    # Builds the feature vector for the people on one referral.
    feature_job = tm.add(tg.Pipeline("Referral feature builder", stage=tg.Stage.PREPROCESSING))
    # Called by the case management application for each new referral.
    scoring = tm.add(
        tg.Endpoint(
            "Risk scoring service",
            returns_scores=True,
            controls={c.Authentication(method="static API key")},
        )
    )
    # The screening model itself: a score that shapes whether a family is investigated.
    model = tm.add(
        tg.Model(
            "Referral risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees predicting placement within two years.",
            controls={
                c.HumanInTheLoop(approver="the hotline screener; a supervisor for screen-outs"),
                c.OutputObfuscation(note="only the 1-20 band is shown, not the probability"),
            },
        )
    )
    # A file share that keeps each year's model file.
    registry = tm.add(tg.ModelRegistry("Model file share", stores={artifact}))

with tm.boundary("University research enclave", trust=tg.Trust.PARTNER):
    # The yearly extract the university partner trains on.
    training_set = tm.add(tg.Dataset("Training extract", stores={extract}))
    # Yearly retraining and evaluation, run by the university's researchers.
    retraining = tm.add(
        tg.Pipeline(
            "Yearly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.FairnessTesting(note="error rates by race and ethnicity at each retrain"),
                c.ModelValidation(note="AUC compared with last year's model"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# intake
tm.flow(reporter, portal, referral, protocol="https")
tm.flow(portal, case_app, referral, protocol="https")
tm.flow(screener, case_app, referral, protocol="https", label="phone referrals entered")
tm.flow(case_app, case_db, referral, decision)
tm.flow(case_db, case_app, referral, case_history)

# scoring
tm.flow(case_app, scoring, score_request, protocol="https")
tm.flow(scoring, feature_job, score_request)
tm.flow(warehouse, feature_job, case_history, benefits, justice)
tm.flow(feature_job, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, case_app, score, protocol="https")
tm.flow(case_app, screener, referral, score, protocol="https")
tm.flow(screener, case_app, decision, protocol="https", label="screen in or out")
tm.flow(case_app, supervisor, referral, score, decision, protocol="https", label="screen-outs")
tm.flow(supervisor, case_app, decision, protocol="https", label="review outcome")

# data feeds
tm.flow(state_feeds, warehouse, benefits, justice, protocol="sftp", label="nightly files")
tm.flow(case_db, warehouse, case_history, outcomes, label="nightly load")

# yearly retraining
tm.flow(
    warehouse,
    training_set,
    extract,
    protocol="sftp",
    label="yearly extract",
    controls={c.DataMinimization(note="names, addresses and SSNs replaced by pseudonymous ids")},
)
tm.flow(training_set, retraining, extract)
tm.flow(retraining, registry, artifact, protocol="sftp", label="new model file")
tm.flow(analytics_lead, registry, approval, label="signs off the new model")
tm.flow(registry, model, artifact, label="deploy")
