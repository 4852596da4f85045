"""Smart meter debt collection model: the first design, before any security review.

A UK energy supplier scores every customer in arrears each night with an
in-house model that predicts who will not pay, and recommends an action: a
payment plan, a referral to debt advice, or a remote switch of the smart meter
to prepayment mode. Features come from the billing system and from half-hourly
meter reads relayed by the DCC. Recommendations, with the customer's Priority
Services Register vulnerability flags shown beside them, land in the
collections workbench, where a collections agent must approve each remote
switch; the switch service then sends a signed mode-change command to the
meter through the DCC and writes to the customer. Every recommendation and
approval goes to a decision log kept six years, from which Ofgem receives
extracts when it audits. Staff sign in with corporate SSO and MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Energy supplier smart meter debt collection model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Non-payment prediction recommending collection actions, including remote prepayment switches.",
)

# ---------------------------------------------------------------- data assets
accounts = tg.Data(
    "Customer account and arrears records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Balances, arrears, payment history, tariff, contact details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
outcomes = tg.Data("Historic repayment outcomes", sensitivity=tg.Sensitivity.PII, kind="labels")
psr_flags = tg.Data(
    "Priority Services Register vulnerability flags",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Medical dependency on supply, disability, age, financial vulnerability.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
reads = tg.Data("Half-hourly meter reads", sensitivity=tg.Sensitivity.PII, kind="records")
features = tg.Data("Arrears features", sensitivity=tg.Sensitivity.PII, kind="features")
artifact = tg.Data(
    "Non-payment model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
score = tg.Data("Non-payment risk score", sensitivity=tg.Sensitivity.PII, kind="model-output")
recommendation = tg.Data(
    "Recommended collection action", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
switch_approval = tg.Data(
    "Prepayment switch approval",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
command = tg.Data(
    "Prepayment mode-change command",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
command_response = tg.Data("Command response", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
mode_update = tg.Data("Meter payment mode update", sensitivity=tg.Sensitivity.PII, kind="records")
notice = tg.Data("Switch notice letter", sensitivity=tg.Sensitivity.PII, kind="documents")
decision_log = tg.Data(
    "Collections decision log", sensitivity=tg.Sensitivity.REGULATED, kind="logs"
)
audit_extract = tg.Data(
    "Decision audit extract", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Customer premises", trust=tg.Trust.UNTRUSTED):
    # The household in arrears; told of a switch by letter.
    customer = tm.add(tg.Actor("Customer", role="energy customer"))
    # SMETS2 smart meters: send reads, take payment-mode commands.
    meter = tm.add(tg.Device("Smart meter", fleet=True))

with tm.boundary("DCC network", trust=tg.Trust.PARTNER):
    # The national smart metering communications service every supplier goes through.
    dcc = tm.add(tg.ExternalService("DCC smart metering network"))

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # Ofgem auditors who review how collection decisions, and switches, were made.
    regulator = tm.add(tg.Actor("Ofgem auditor", role="regulator"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Collections team members who review recommendations and approve switches.
    agent_staff = tm.add(tg.Actor("Collections agent", role="collections agent"))
    # Where recommendations and vulnerability flags are shown and switches approved.
    workbench = tm.add(
        tg.Endpoint(
            "Collections workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Collections platform", trust=tg.Trust.INTERNAL):
    # Nightly feature build from billing and meter reads.
    feature_job = tm.add(tg.Pipeline("Nightly feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Offline table of arrears features for training and nightly scoring.
    feature_table = tm.add(
        tg.FeatureStore("Arrears feature table", stores={features}, online=False)
    )
    # Monthly retraining on past arrears cases and their outcomes.
    training = tm.add(
        tg.Pipeline(
            "Model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on held-out months before promotion")},
        )
    )
    # Versioned store of trained models.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # Gradient-boosted classifier: probability an account in arrears will not pay.
    model = tm.add(
        tg.Model(
            "Non-payment risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Scores arrears accounts and turns scores and PSR flags into recommended actions.
    scoring = tm.add(
        tg.Service(
            "Nightly collections scoring job",
            controls={c.ExplainabilityLogging(note="score, reason codes and inputs per account")},
        )
    )
    # Sends approved mode-change commands to the DCC and updates billing.
    switch_service = tm.add(
        tg.Service(
            "Prepayment switch service",
            controls={
                c.HumanInTheLoop(
                    approver="collections agent",
                    note="every remote switch needs an agent's approval in the workbench",
                ),
                c.SecretsManagement(note="DCC signing keys held in an HSM"),
            },
        )
    )
    # Record of every recommendation, approval and switch, kept for regulatory audit.
    log_store = tm.add(
        tg.DataStore(
            "Collections decision log",
            stores={decision_log},
            controls={c.AuditLogging(retention_days=2190)},
        )
    )

with tm.boundary("Core systems", trust=tg.Trust.RESTRICTED):
    # System of record for accounts, balances and payment mode.
    billing = tm.add(
        tg.DataStore(
            "Customer billing system",
            stores={accounts, outcomes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The Priority Services Register: vulnerability flags that must be checked.
    psr = tm.add(tg.DataStore("Priority Services Register", stores={psr_flags}))

# ---------------------------------------------------------------- flows
tm.flow(meter, dcc, reads, protocol="gbcs")
tm.flow(dcc, meter, command, protocol="gbcs")
tm.flow(dcc, feature_job, reads, protocol="https", label="meter read delivery")
tm.flow(billing, feature_job, accounts)
tm.flow(feature_job, feature_table, features)

tm.flow(feature_table, training, features)
tm.flow(billing, training, outcomes)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy")

tm.flow(feature_table, scoring, features)
tm.flow(psr, scoring, psr_flags)
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, workbench, recommendation, psr_flags)
tm.flow(scoring, log_store, decision_log)

tm.flow(workbench, agent_staff, recommendation, psr_flags, protocol="https")
tm.flow(agent_staff, workbench, switch_approval, protocol="https")
tm.flow(workbench, switch_service, switch_approval)
tm.flow(workbench, log_store, decision_log)

tm.flow(
    switch_service,
    dcc,
    command,
    protocol="mtls",
    controls={c.MessageIntegrity(note="commands signed with the supplier's DCC keys")},
)
tm.flow(dcc, switch_service, command_response, protocol="mtls")
tm.flow(switch_service, billing, mode_update)
tm.flow(switch_service, log_store, decision_log)
tm.flow(switch_service, customer, notice, label="printed letter")

tm.flow(log_store, regulator, audit_extract, protocol="sftp")
