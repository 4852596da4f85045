"""Rent arrears early intervention: the first design, before any security review.

A housing association wants its income officers to reach tenants before arrears
build up. Each night a data extract copies tenancy, rent account and Universal Credit
payment data from the on-premises housing management system into an Azure analytics
warehouse, leaving out vulnerability and health notes. A weekly scoring job asks an
in-house classifier, trained quarterly by the data team, for each tenant's risk of
falling into arrears in the next eight weeks and writes a prioritised caseload. Income
officers work that caseload in a web app (Entra ID single sign-on with MFA, role-based
access, audit log); they decide whether and how to contact each tenant, send support
offers by SMS through a messaging provider, receive tenants' replies, and record the
outcome back into the housing management system. Rent payments arrive daily from the
payment processor over SFTP; UC schedules come from the DWP landlord portal. A DPIA
covers the processing; tenants are UK residents, so UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rent arrears early intervention",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicts tenants at risk of rent arrears so income officers can offer support early.",
)

# ---------------------------------------------------------------- data assets
tenancy = tg.Data(
    "Tenancy records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Tenant names, addresses, contact details, household members, tenancy start.",
)
rent_account = tg.Data(
    "Rent account transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payments_file = tg.Data("Daily rent payments file", kind="records", sensitivity=tg.Sensitivity.PII)
uc_schedule = tg.Data(
    "Universal Credit payment schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
vulnerability = tg.Data(
    "Vulnerability and health notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Disability, mental health and safeguarding notes kept by housing officers.",
)
features = tg.Data(
    "Tenant arrears features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Balance trend, missed payments, UC status, household size, tenancy length.",
)
outcomes = tg.Data(
    "Arrears outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Whether each tenant was more than four weeks in arrears eight weeks later.",
)
notebook = tg.Data("Training notebook", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
artifact = tg.Data(
    "Arrears model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
risk_scores = tg.Data(
    "Tenant arrears risk scores", kind="model-output", sensitivity=tg.Sensitivity.PII
)
caseload = tg.Data(
    "Prioritised caseload",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tenants ranked by risk, with balance, contact details and last contact.",
)
outcome_notes = tg.Data(
    "Contact outcomes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Support offered, payment arrangement agreed, referral to money advice.",
)
offer = tg.Data("Support offer message", kind="documents", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Tenant SMS reply", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people the model scores; they get a text offering support and may reply.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))

with tm.boundary("Payment processor", trust=tg.Trust.PARTNER):
    # Collects rent by card, Direct Debit and PayPoint; sends a daily file of payments.
    payments = tm.add(
        tg.DataSource("Rent payment processor", origin=tg.Origin.PARTNER, provides={payments_file})
    )

with tm.boundary("DWP", trust=tg.Trust.PARTNER):
    # Government portal with UC managed payment schedules for our tenants.
    dwp = tm.add(
        tg.DataSource("DWP landlord portal", origin=tg.Origin.PARTNER, provides={uc_schedule})
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Commercial SMS provider: sends support offers, forwards replies to us.
    messaging = tm.add(tg.ExternalService("SMS messaging service"))

with tm.boundary("Head office data centre", trust=tg.Trust.INTERNAL):
    # The association's system of record for tenancies, rent accounts and case notes.
    hms = tm.add(
        tg.DataStore(
            "Housing management system",
            stores={tenancy, rent_account, uc_schedule, vulnerability, outcome_notes},
            controls={c.RBAC(note="existing HMS roles: income, housing, repairs, admin")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Works the caseload, decides on contact, records outcomes.
    officer = tm.add(tg.Actor("Income officer", role="income officer"))
    # Data team member who trains and releases the model.
    analyst = tm.add(tg.Actor("Data analyst", role="data analyst", privileged=True))

with tm.boundary("Azure analytics subscription", trust=tg.Trust.INTERNAL):
    # Nightly copy from the HMS into the warehouse, building features and labels.
    extract = tm.add(
        tg.Pipeline(
            "Nightly data extract",
            stage=tg.Stage.PREPROCESSING,
            description="Azure Data Factory with a self-hosted integration runtime at head office.",
            controls={c.DataMinimization(note="vulnerability and health notes are not extracted")},
        )
    )
    # Offline feature tables and outcome history for training and scoring.
    warehouse = tm.add(
        tg.FeatureStore(
            "Analytics warehouse",
            stores={features, outcomes},
            online=False,
            controls={c.EncryptionAtRest(key_management="Azure platform-managed keys")},
        )
    )
    # Quarterly retraining in Azure ML, run by the data analyst.
    training = tm.add(
        tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Azure ML model registry holding trained versions.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={artifact}))
    # In-house classifier: probability of arrears in the next eight weeks.
    model = tm.add(
        tg.Model(
            "Arrears risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Logistic regression; the top 200 scores each week go on the caseload.",
            controls={
                c.HumanInTheLoop(
                    approver="income officer",
                    note="officers decide whether and how to contact each tenant",
                ),
                c.ImpactAssessment(basis="legitimate interests (tenancy management)"),
            },
        )
    )
    # Monday batch run: scores every tenant, writes the ranked caseload.
    scoring = tm.add(tg.Service("Weekly scoring job"))
    # Database behind the caseload app.
    caseload_db = tm.add(
        tg.DataStore("Caseload database", stores={caseload, risk_scores, reply, outcome_notes})
    )
    # Web app for income officers, on Azure App Service.
    app = tm.add(
        tg.Endpoint(
            "Caseload app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Entra ID single sign-on with MFA"),
                c.RBAC(note="income team role only"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

# ---------------------------------------------------------------- flows
# into the system of record
tm.flow(payments, hms, payments_file, protocol="sftp", label="daily payments file")
tm.flow(dwp, hms, uc_schedule, protocol="https", label="monthly schedule import")

# nightly extract and training
tm.flow(hms, extract, tenancy, rent_account, uc_schedule, protocol="https", label="nightly export")
tm.flow(extract, warehouse, features, outcomes)
tm.flow(warehouse, training, features, outcomes)
tm.flow(analyst, training, notebook, protocol="https")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy")

# weekly scoring
tm.flow(warehouse, scoring, features, label="weekly batch")
tm.flow(scoring, model, features)
tm.flow(model, scoring, risk_scores)
tm.flow(scoring, caseload_db, caseload, risk_scores)

# officers at work
tm.flow(caseload_db, app, caseload, risk_scores, reply)
tm.flow(app, officer, caseload, risk_scores, reply, protocol="https")
tm.flow(officer, app, outcome_notes, offer, protocol="https")
tm.flow(app, hms, outcome_notes, protocol="https", label="HMS API")
tm.flow(hms, app, tenancy, rent_account, protocol="https", label="live account lookup")

# contacting tenants
tm.flow(app, messaging, offer, protocol="https")
tm.flow(messaging, tenant, offer, protocol="sms")
tm.flow(tenant, messaging, reply, protocol="sms")
tm.flow(messaging, app, reply, protocol="https", label="inbound SMS webhook")
tm.flow(app, caseload_db, reply, outcome_notes)
