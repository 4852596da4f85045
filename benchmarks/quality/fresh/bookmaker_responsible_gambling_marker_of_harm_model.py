"""Bookmaker responsible gambling marker-of-harm model: the first design, before any security review.

A UK-licensed online bookmaker scores every active customer daily for markers of gambling
harm (rising deposits, chasing losses, late-night sessions, cancelled withdrawals). A
feature pipeline reads bets and deposits from the account database into a feature store;
an in-house classifier writes a harm score, and customers above the threshold open a case
in the safer gambling case management system. Safer gambling officers review each case,
contact the customer by e-mail or SMS through a messaging provider, and can set deposit
limits or close the account through the platform's back office. Customers appeal in their
account; a senior reviewer decides appeals. Interventions go to an audit trail that the
Gambling Commission inspects. The model is retrained quarterly on past case outcomes.
Controls: customer sign-in, TLS, encrypted account database, role-based access and audit
logging in case management, an officer decides every intervention, an appeals route,
and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bookmaker responsible gambling marker-of-harm model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores betting behaviour for signs of gambling harm; staff intervene on high scores.",
)

# ---------------------------------------------------------------- data assets
bets = tg.Data(
    "Bets and deposits",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Every bet, deposit and withdrawal with timestamps and amounts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
account = tg.Data(
    "Customer account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, date of birth, limits and account status.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data(
    "Betting pattern features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-customer aggregates: deposit velocity, loss chasing, session times.",
)
harm_score = tg.Data(
    "Harm score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Probability of gambling harm, with the top contributing markers.",
)
case_file = tg.Data("Safer gambling case", kind="records", sensitivity=tg.Sensitivity.PII)
interaction_notes = tg.Data(
    "Customer interaction notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Officer notes of calls and replies; may record financial or health difficulties.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
restriction = tg.Data(
    "Account restriction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A deposit limit, a cool-off or an account closure with its reason code.",
)
contact_message = tg.Data(
    "Safer gambling contact message", kind="records", sensitivity=tg.Sensitivity.PII
)
appeal = tg.Data("Customer appeal", kind="records", sensitivity=tg.Sensitivity.PII)
appeal_decision = tg.Data("Appeal decision", kind="records", sensitivity=tg.Sensitivity.PII)
outcome_labels = tg.Data(
    "Case outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Past case outcomes and self-exclusions used as harm labels.",
)
model_file = tg.Data(
    "Harm model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
audit_trail = tg.Data(
    "Intervention audit trail",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who scored, contacted, restricted or closed which account, when and why.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open an account and bet, on the web or in the app.
    customer = tm.add(tg.Actor("Customer", role="bettor"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # SaaS e-mail and SMS provider the bookmaker already uses for marketing and service mail.
    messaging = tm.add(tg.ExternalService("E-mail and SMS provider"))

with tm.boundary("Gambling Commission", trust=tg.Trust.PARTNER):
    # The licensing regulator, which audits how harm is identified and acted on.
    regulator = tm.add(tg.Actor("Gambling regulator auditor", role="regulator"))

with tm.boundary("Betting platform", trust=tg.Trust.INTERNAL):
    # Customer-facing sportsbook: bets, deposits, account settings and appeals.
    platform = tm.add(
        tg.Service(
            "Sportsbook platform",
            description="Web and app back end; applies limits and closures set by the back office.",
            controls={c.Authentication(method="e-mail and password, SMS code on a new device")},
        )
    )
    # System of record for customer accounts and every transaction.
    account_db = tm.add(
        tg.DataStore(
            "Customer account database",
            stores={account, bets},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Safer gambling", trust=tg.Trust.INTERNAL):
    # Where officers work the cases the model raises.
    case_system = tm.add(
        tg.Service(
            "Safer gambling case management",
            description="Opens a case for each customer over the score threshold; officers record "
            "contacts, restrictions and appeals.",
            controls={
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="a safer gambling officer decides every contact, limit and closure"
                ),
                c.Contestability(
                    note="customers can appeal any restriction; a senior reviewer decides"
                ),
            },
        )
    )
    audit_store = tm.add(tg.DataStore("Intervention audit trail store", stores={audit_trail}))
    # Trained staff who contact customers and set limits or close accounts.
    officer = tm.add(tg.Actor("Safer gambling officer", role="safer gambling officer"))
    # A senior member of the team not involved in the original case.
    reviewer = tm.add(tg.Actor("Appeals reviewer", role="senior safer gambling reviewer"))

with tm.boundary("Data science platform", trust=tg.Trust.INTERNAL):
    # Nightly batch job turning transactions into per-customer behaviour features.
    feature_pipeline = tm.add(
        tg.Pipeline("Behaviour feature pipeline", stage=tg.Stage.PREPROCESSING)
    )
    feature_store = tm.add(
        tg.FeatureStore("Customer feature store", stores={features}, online=False)
    )
    # Daily batch scoring of every active customer.
    harm_model = tm.add(
        tg.Model(
            "Marker-of-harm model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted classifier over betting behaviour; scores above 0.7 open a case.",
        )
    )
    training_set = tm.add(tg.Dataset("Harm training set", stores={features, outcome_labels}))
    # Quarterly retraining by the data science team.
    training = tm.add(tg.Pipeline("Harm model retraining", stage=tg.Stage.TRAINING))
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(customer, platform, bets, protocol="https", controls={tls})
tm.flow(
    platform,
    customer,
    account,
    restriction,
    protocol="https",
    controls={tls},
    label="account and limits",
)
tm.flow(platform, account_db, bets, account)
tm.flow(account_db, platform, account)

tm.flow(account_db, feature_pipeline, bets, label="nightly extract")
tm.flow(feature_pipeline, feature_store, features)
tm.flow(feature_store, harm_model, features)
tm.flow(harm_model, case_system, harm_score, label="scores over threshold")

tm.flow(account_db, case_system, account, bets, label="customer history")
tm.flow(case_system, officer, case_file, harm_score, bets, protocol="https")
tm.flow(officer, case_system, interaction_notes, restriction, protocol="https")
tm.flow(case_system, platform, restriction, protocol="https", label="back-office account API")
tm.flow(case_system, messaging, contact_message, protocol="https", controls={tls})
tm.flow(messaging, customer, contact_message, label="e-mail or SMS")

tm.flow(customer, platform, appeal, protocol="https", controls={tls})
tm.flow(platform, case_system, appeal)
tm.flow(case_system, reviewer, appeal, case_file, protocol="https")
tm.flow(reviewer, case_system, appeal_decision, protocol="https")
tm.flow(case_system, platform, appeal_decision)

tm.flow(case_system, audit_store, audit_trail)
tm.flow(audit_store, regulator, audit_trail, protocol="sftp", label="audit extract on request")

tm.flow(case_system, training_set, outcome_labels)
tm.flow(feature_store, training_set, features, label="historical snapshot")
tm.flow(training_set, training, features, outcome_labels)
tm.flow(training, registry, model_file)
tm.flow(registry, harm_model, model_file, label="deploy")
