"""Vulnerable customer flagging: the first design, before any security review.

A UK energy supplier wants to find more of the customers who may be in vulnerable
circumstances (illness, bereavement, financial hardship, self-disconnection on
prepayment) so that contact-centre agents can offer extra support: a payment
plan, Priority Services Register (PSR) registration, or a referral. Each night a
feature pipeline on the analytics platform extracts billing and payment history
from the billing system and contact-centre notes and past outcomes from the CRM,
and writes features to an offline feature store. A batch scoring job runs a
gradient-boosted classifier over every account and writes a "possible
vulnerability" flag with reason codes back to the CRM. Agents see the flag in
their desktop (corporate SSO with MFA, role-based access, CRM audit trail); it
only prompts them to ask, and the customer decides what support to take. Agent
outcomes become labels for monthly retraining by the data science team;
confirmed PSR registrations are shared with the local distribution network operator.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Vulnerable customer flagging",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Nightly model flagging energy customers who may be vulnerable, from billing, "
        "payment and contact-centre notes, so that agents offer extra support."
    ),
)

# ---------------------------------------------------------------- data assets
call = tg.Data(
    "Customer call",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="What the customer says about their circumstances, health included.",
)
support_offer = tg.Data("Support offer", sensitivity=tg.Sensitivity.PII, kind="records")
notes = tg.Data(
    "Contact-centre notes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Free-text notes agents type during calls; often mention health or bereavement.",
)
account = tg.Data("Customer account", sensitivity=tg.Sensitivity.PII, kind="records")
billing = tg.Data(
    "Billing and payment history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Bills, missed payments, debt, prepayment top-ups and self-disconnections.",
)
outcome = tg.Data(
    "Agent outcome",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="feedback",
    description="Flag confirmed or dismissed, and the support the customer accepted.",
)
psr = tg.Data(
    "PSR registration",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Needs codes (medical equipment, disability, age) for priority services.",
)
features = tg.Data(
    "Vulnerability features",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="features",
    description="Payment behaviour plus keyword and topic indicators taken from the notes.",
)
labels = tg.Data(
    "Vulnerability labels",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="labels",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_code = tg.Data(
    "Training code and configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
artifact = tg.Data(
    "Vulnerability model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
score = tg.Data("Vulnerability score", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
flag = tg.Data(
    "Vulnerability flag with reason codes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Residential customers who phone the contact centre.
    customer = tm.add(tg.Actor("Customer", role="energy customer"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # In-house contact-centre agents who take calls and act on the flag.
    agent = tm.add(tg.Actor("Contact-centre agent", role="customer service agent"))
    # Builds, trains and promotes the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data science team", privileged=True))

with tm.boundary("Customer systems", trust=tg.Trust.RESTRICTED):
    # The agent-facing CRM screen: shows the account, the flag and its reason codes.
    desktop = tm.add(
        tg.Service(
            "Agent desktop",
            description="CRM user interface used by the contact centre.",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="contact-centre role sees accounts, notes and flags"),
                c.AuditLogging(note="CRM audit trail of record views and edits"),
                c.HumanInTheLoop(
                    approver="contact-centre agent",
                    note="the model only flags; the agent asks and the customer chooses the support",
                ),
            },
        )
    )
    # CRM: accounts, contact notes, outcomes, PSR entries and the model's flags.
    crm = tm.add(
        tg.DataStore(
            "CRM",
            stores={account, notes, outcome, psr, flag},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # The billing system of record: bills, payments, debt and prepayment events.
    billing_system = tm.add(
        tg.DataStore(
            "Billing system",
            stores={billing},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Nightly extract: joins billing and CRM data, turns notes into keyword indicators.
    feature_pipeline = tm.add(tg.Pipeline("Feature pipeline", stage="preprocessing"))
    # Offline feature tables read by both training and the nightly scoring run.
    feature_store = tm.add(tg.FeatureStore("Feature store", stores={features}, online=False))
    # Historical features joined to agent outcomes and PSR registrations.
    training_set = tm.add(tg.Dataset("Training dataset", stores={features, labels}))
    # Monthly retraining job, run by the data science team.
    training = tm.add(
        tg.Pipeline(
            "Training pipeline",
            stage="training",
            third_party_packages=True,
            controls={
                c.ModelValidation(note="hold-out precision and recall checked before registering")
            },
        )
    )
    # Stores trained model versions; scoring loads the version marked for production.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # The flagging model itself.
    model = tm.add(
        tg.Model(
            "Vulnerability model",
            task="classifier",
            high_stakes=True,
            description="Gradient-boosted classifier giving each account a vulnerability score.",
        )
    )
    # Nightly batch job: scores every account and writes flags above the threshold to the CRM.
    scoring = tm.add(
        tg.Service("Nightly scoring job", description="Flags accounts scoring above 0.6.")
    )

with tm.boundary("Distribution network operator", trust=tg.Trust.PARTNER):
    # The regional network company, which must know PSR customers for power cuts.
    dno = tm.add(tg.ExternalService("Distribution network operator"))

# ---------------------------------------------------------------- flows
# the call
tm.flow(customer, agent, call, protocol="phone")
tm.flow(agent, customer, support_offer, protocol="phone")
tm.flow(agent, desktop, notes, outcome, psr, protocol="https")
tm.flow(desktop, agent, account, billing, flag, protocol="https")
tm.flow(desktop, crm, notes, outcome, psr)
tm.flow(crm, desktop, account, notes, flag)
tm.flow(billing_system, desktop, billing)

# nightly features and scoring
tm.flow(crm, feature_pipeline, notes, outcome, psr, label="nightly extract")
tm.flow(billing_system, feature_pipeline, billing, label="nightly extract")
tm.flow(feature_pipeline, feature_store, features)
tm.flow(feature_store, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, crm, flag, label="flags above threshold")

# training and release
tm.flow(feature_pipeline, training_set, features, labels)
tm.flow(training_set, training, features, labels)
tm.flow(data_scientist, training, training_code, label="runs monthly retraining")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="loaded at each scoring run")

# PSR sharing
tm.flow(crm, dno, psr, protocol="sftp", label="daily PSR file")
