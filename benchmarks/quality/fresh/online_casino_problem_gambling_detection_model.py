"""Problem gambling detection: the first design, before any security review.

Players of our online casino (web and mobile app) bet, deposit and withdraw through
the casino platform, which records every session, bet and payment in the player
account database. An hourly feature pipeline turns play into behavioural markers
(loss chasing, deposit frequency, late-night play, reversed withdrawals, limit
changes) in a feature store; an hourly scoring job runs an in-house gradient-boosted
classifier and hands each player's risk score to an intervention service. Low and
medium bands get in-app safer-gambling messages and e-mail or SMS through a messaging
vendor; high bands get an automatic deposit-limit reduction and a case for the safer
gambling team, who contact the player and approve any suspension or cool-off. Case
outcomes and self-exclusions label the training set for monthly retraining by the
data science team. Staff consoles use SSO with MFA; the player data stores are encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online casino problem gambling detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Detects signs of gambling harm from play patterns and triggers interventions.",
)

# ---------------------------------------------------------------- data assets
play_activity = tg.Data(
    "Bets, deposits and withdrawals",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What the player does in a session: stakes, game rounds, payments in and out.",
)
game_results = tg.Data("Game results and balance", kind="records", sensitivity=tg.Sensitivity.PII)
play_history = tg.Data(
    "Player account and play history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Identity, contact details, limits, sessions, bets and payment history.",
)
markers = tg.Data(
    "Behavioural risk markers",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-player aggregates: loss chasing, deposit velocity, night play, "
    "reversed withdrawals, limit increases.",
)
risk_score = tg.Data(
    "Problem gambling risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Probability and risk band, with the top contributing markers.",
)
restriction = tg.Data(
    "Account restriction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Deposit-limit reduction, cool-off or suspension applied to an account.",
)
safer_message = tg.Data("Safer gambling message", kind="records", sensitivity=tg.Sensitivity.PII)
risk_case = tg.Data(
    "Safer gambling case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Player, score, markers and recent play for an advisor to review.",
)
case_notes = tg.Data(
    "Case notes and outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="What the player said on contact (may mention health, debt or family "
    "circumstances) and the action taken.",
)
suspension_approval = tg.Data(
    "Suspension approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
harm_labels = tg.Data(
    "Gambling harm labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Confirmed-harm case outcomes and self-exclusion events.",
)
model_artifact = tg.Data(
    "Risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people whose play is scored and who receive the interventions.
    player = tm.add(tg.Actor("Player", role="casino customer"))

with tm.boundary("Messaging vendor", trust=tg.Trust.PARTNER):
    # Sends the safer-gambling e-mails and text messages.
    messaging = tm.add(
        tg.ExternalService(
            "E-mail and SMS provider",
            controls={c.SupplierAssessment(note="DPA and annual security questionnaire")},
        )
    )

with tm.boundary("Casino production platform", trust=tg.Trust.INTERNAL):
    # Player-facing API behind the web site and mobile apps.
    casino_api = tm.add(
        tg.Endpoint(
            "Casino web and app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )

    with tm.boundary("Player data zone", trust=tg.Trust.RESTRICTED):
        # System of record for accounts, limits, play and payments.
        account_db = tm.add(
            tg.DataStore(
                "Player account database",
                stores={play_history, restriction},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Safer-gambling cases and what advisors recorded on them.
        case_store = tm.add(
            tg.DataStore(
                "Safer gambling case store",
                stores={risk_case, case_notes},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Risk analytics platform", trust=tg.Trust.INTERNAL):
    # Turns raw play into behavioural markers every hour.
    feature_pipeline = tm.add(
        tg.Pipeline("Behavioural feature pipeline", stage=tg.Stage.PREPROCESSING)
    )
    # Latest markers per player, for scoring and for training snapshots.
    feature_store = tm.add(tg.FeatureStore("Player feature store", stores={markers}, online=False))
    # Scores every active player each hour.
    scoring_job = tm.add(tg.Service("Hourly risk scoring job"))
    # The detector itself.
    risk_model = tm.add(
        tg.Model(
            "Problem gambling risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; the band decides which intervention runs.",
            controls={
                c.ExplainabilityLogging(note="top contributing markers kept with each score")
            },
        )
    )
    # Maps risk bands to interventions and carries them out.
    intervention = tm.add(
        tg.Service(
            "Intervention service",
            description="Low/medium: messages. High: deposit-limit reduction and an advisor case.",
            controls={
                c.HumanInTheLoop(
                    approver="safer gambling advisor",
                    note="suspensions and cool-offs only; messages and deposit-limit "
                    "reductions are applied automatically",
                ),
                c.AuditLogging(note="every intervention applied, with the score behind it"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Markers joined with harm labels for retraining.
        training_set = tm.add(tg.Dataset("Labelled training set", stores={markers, harm_labels}))
        # Monthly retraining with a hold-out evaluation before registering.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining pipeline",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="AUC and calibration on a hold-out month")},
            )
        )
        # Versions of the trained model; the scoring job loads the approved one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Where advisors work their cases.
    case_console = tm.add(
        tg.Endpoint(
            "Safer gambling case console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )
    # Contacts at-risk players and decides on suspensions.
    advisor = tm.add(tg.Actor("Safer gambling advisor", role="safer gambling team"))
    # Owns the model and its retraining.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data science", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(player, casino_api, play_activity, protocol="https")
tm.flow(casino_api, player, game_results, safer_message, restriction, protocol="https")
tm.flow(casino_api, account_db, play_activity)
tm.flow(account_db, casino_api, play_history, restriction)

tm.flow(account_db, feature_pipeline, play_history, label="hourly batch")
tm.flow(feature_pipeline, feature_store, markers)
tm.flow(feature_store, scoring_job, markers)
tm.flow(scoring_job, risk_model, markers)
tm.flow(risk_model, scoring_job, risk_score)
tm.flow(scoring_job, intervention, risk_score)

tm.flow(intervention, account_db, restriction)
tm.flow(intervention, casino_api, safer_message, label="in-app message")
tm.flow(intervention, messaging, safer_message, protocol="https")
tm.flow(messaging, player, safer_message, label="e-mail and SMS")
tm.flow(intervention, case_store, risk_case)

tm.flow(case_store, case_console, risk_case, case_notes)
tm.flow(account_db, case_console, play_history)
tm.flow(case_console, case_store, case_notes)
tm.flow(case_console, advisor, risk_case, play_history, case_notes, protocol="https")
tm.flow(advisor, case_console, case_notes, suspension_approval, protocol="https")
tm.flow(case_console, intervention, suspension_approval)

tm.flow(case_store, training_set, harm_labels, label="monthly export")
tm.flow(account_db, training_set, harm_labels, label="self-exclusion events")
tm.flow(feature_store, training_set, markers, label="offline snapshot")
tm.flow(training_set, training, markers, harm_labels)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, risk_model, model_artifact, label="load approved version")
