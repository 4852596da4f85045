"""Mental-health journal sentiment model: the first design, before any security review.

A mental-health app lets people keep a daily journal on their phone. Users sign in
with e-mail and password or with Sign in with Apple / Google. Each entry goes to the
app's API in our EU cloud region, where an in-house sentiment and risk model scores
it; entries and scores are kept in an encrypted journal database. When the risk is
high the app shows crisis resources at once and, if the user has opted in, an alert
goes to the therapist they chose: the therapist gets an e-mail and reads the alert
in the therapist portal. Each quarter an anonymisation job strips identifiers from
entries, and a retraining pipeline builds a new model version that the ML lead signs
off before it is deployed from the model registry. Users are in the EU, so GDPR
applies, and journal entries are health data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mental-health journal sentiment and risk scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Journal app whose in-house model scores entries for risk, shows crisis resources "
        "and alerts an opted-in therapist; retrained quarterly on anonymised entries."
    ),
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data(
    "User sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
identity_token = tg.Data(
    "Apple / Google identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
entry = tg.Data(
    "Journal entry",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Free text about the user's day, mood and thoughts: special-category health data.",
)
risk_score = tg.Data(
    "Sentiment and risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
crisis_resources = tg.Data("Crisis resources", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
sharing_consent = tg.Data(
    "Therapist sharing consent",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the user opted in to alerts, and which therapist receives them.",
)
risk_alert = tg.Data(
    "Therapist risk alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The client's name, the date and the risk level of a high-risk entry.",
)
alert_email = tg.Data(
    "Alert notification e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tells the therapist a new alert is waiting in the portal; no entry text.",
)
therapist_credentials = tg.Data(
    "Therapist portal credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
anonymised_entries = tg.Data(
    "Anonymised journal entries",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Risk model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person keeping the journal.
    user = tm.add(tg.Actor("Journal user", role="app user"))
    # The iOS and Android app on the user's own phone.
    app = tm.add(tg.Device("Journal mobile app", fleet=True))
    # The therapist a user chose to receive alerts; works from their own practice.
    therapist = tm.add(tg.Actor("Therapist", role="therapist"))

with tm.boundary("Sign-in providers", trust=tg.Trust.PARTNER):
    # Sign in with Apple / Google as an alternative to e-mail and password.
    idp = tm.add(
        tg.ExternalService(
            "Apple and Google sign-in", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that tells therapists an alert is waiting.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("App cloud (EU region)", trust=tg.Trust.INTERNAL):
    # The app's backend: accounts, journal sync, scoring calls and alert routing.
    api = tm.add(
        tg.Endpoint(
            "Journal app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password, or Sign in with Apple / Google"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Scores each entry for sentiment and for risk of self-harm.
    risk_model = tm.add(
        tg.Model(
            "Journal sentiment and risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Fine-tuned text classifier; a high risk class triggers crisis resources.",
        )
    )
    # Accounts, entries, scores, consents and alerts.
    journal_db = tm.add(
        tg.DataStore(
            "Journal database",
            stores={entry, risk_score, sharing_consent, risk_alert, credentials},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Web portal where therapists sign in and read alerts about clients who opted in.
    portal = tm.add(
        tg.Service(
            "Therapist portal",
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("ML environment", trust=tg.Trust.RESTRICTED):
        # Quarterly export that removes names, contact details and identifiers from entries.
        anonymiser = tm.add(
            tg.Pipeline(
                "Quarterly anonymisation job",
                stage=tg.Stage.PREPROCESSING,
                controls={c.DataMinimization()},
            )
        )
        # The anonymised corpus the model is retrained on.
        training_set = tm.add(tg.Dataset("Anonymised training set", stores={anonymised_entries}))
        # Fine-tunes and evaluates a new model version each quarter.
        retraining = tm.add(tg.Pipeline("Quarterly retraining pipeline", stage=tg.Stage.TRAINING))
        # Versions of the model; serving loads the approved one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning(), c.HumanInTheLoop(approver="ML lead")},
            )
        )

with tm.boundary("Company network", trust=tg.Trust.INTERNAL):
    # Runs retraining and proposes a new version for release.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(user, app, entry, credentials, sharing_consent, label="writes in the app")
tm.flow(app, user, crisis_resources, risk_score, label="shown in the app")

tm.flow(app, idp, credentials, protocol="https", label="Sign in with Apple / Google")
tm.flow(idp, app, identity_token, protocol="https")
tm.flow(app, api, entry, credentials, identity_token, sharing_consent, protocol="https")
tm.flow(api, app, crisis_resources, risk_score, entry, protocol="https")

tm.flow(api, risk_model, entry)
tm.flow(risk_model, api, risk_score)
tm.flow(api, journal_db, entry, risk_score, sharing_consent, risk_alert, credentials)
tm.flow(journal_db, api, entry, sharing_consent, credentials)

tm.flow(api, portal, risk_alert, label="only when the user opted in")
tm.flow(portal, journal_db, risk_alert)
tm.flow(journal_db, portal, risk_alert)
tm.flow(portal, email, alert_email, protocol="https")
tm.flow(email, therapist, alert_email, protocol="smtp")
tm.flow(therapist, portal, therapist_credentials, protocol="https")
tm.flow(portal, therapist, risk_alert, protocol="https")

tm.flow(journal_db, anonymiser, entry, risk_score, label="quarterly export")
tm.flow(anonymiser, training_set, anonymised_entries)
tm.flow(training_set, retraining, anonymised_entries)
tm.flow(ml_engineer, retraining, training_config, protocol="https")
tm.flow(retraining, registry, model_artifact)
tm.flow(ml_engineer, registry, release_approval, protocol="https")
tm.flow(registry, risk_model, model_artifact, label="deploy approved version")
