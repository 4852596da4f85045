"""Alumni donor prospect model: the first design, before any security review.

The development office scores every alumnus monthly for likelihood to give and
gift capacity, with a model trained on past giving. Features come from the
alumni database, the event registration system, e-mail engagement exported from
the e-mail marketing platform, and wealth indicators bought quarterly from a
data broker over SFTP. Ranked prospects are pushed to the SaaS fundraising CRM,
where fundraisers (university SSO with MFA, own portfolio only) plan approaches.
Alumni opt out through the preference centre linked from every e-mail; the
opt-out goes to the alumni database and keeps them off campaign lists. The
analytics environment runs in the university's cloud tenant with encrypted
storage, and the broker signed a data-processing agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Alumni donor prospect model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores alumni for likelihood and capacity to give; ranked prospects go to fundraisers in the CRM.",
)

# ---------------------------------------------------------------- data assets
alumni_records = tg.Data(
    "Alumni records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, degree, employer, giving history.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
preferences = tg.Data(
    "Contact preferences",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Fundraising opt-outs and channel preferences per alumnus.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
opt_out = tg.Data("Opt-out request", kind="records", sensitivity=tg.Sensitivity.PII)
attendance = tg.Data("Event attendance", kind="records", sensitivity=tg.Sensitivity.PII)
engagement = tg.Data(
    "E-mail engagement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-recipient opens and clicks on university e-mails.",
)
wealth = tg.Data(
    "Wealth indicators",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Estimated income band, property values, directorships, bought from a broker.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
features = tg.Data("Prospect features", kind="features", sensitivity=tg.Sensitivity.PII)
giving_labels = tg.Data(
    "Past gift outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Whether and how much each alumnus gave after past appeals.",
)
model_file = tg.Data(
    "Prospect model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
notebook = tg.Data("Modelling notebook", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
scores = tg.Data(
    "Prospect scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Propensity score, estimated capacity band and rank per alumnus.",
)
contact_notes = tg.Data(
    "Approach plans and contact notes", kind="records", sensitivity=tg.Sensitivity.PII
)
audience = tg.Data("Campaign audience list", kind="records", sensitivity=tg.Sensitivity.PII)
appeal_email = tg.Data("Fundraising e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people being scored; they receive appeals and may opt out.
    alumnus = tm.add(tg.Actor("Alumnus", role="alumnus"))

with tm.boundary("Data broker", trust=tg.Trust.PARTNER):
    # Commercial wealth-screening data, matched on name and address.
    broker = tm.add(
        tg.DataSource(
            "Wealth data broker",
            origin=tg.Origin.VENDOR,
            provides={wealth},
            description="Quarterly wealth-screening file for the alumni we send for matching.",
            controls={c.SupplierAssessment(note="data-processing agreement signed at procurement")},
        )
    )

with tm.boundary("E-mail platform vendor", trust=tg.Trust.PARTNER):
    # Sends alumni newsletters and appeals, tracks opens and clicks.
    email_platform = tm.add(
        tg.ExternalService("E-mail marketing platform", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("CRM vendor cloud", trust=tg.Trust.PARTNER):
    # Where fundraisers work: portfolios, ranked prospects, approach plans.
    crm = tm.add(
        tg.Service(
            "Fundraising CRM",
            description="SaaS CRM tenant of the development office.",
            controls={
                c.Authentication(method="university SSO (SAML) with MFA"),
                c.RBAC(note="fundraisers see their own portfolio"),
            },
        )
    )

with tm.boundary("University network", trust=tg.Trust.INTERNAL):
    # Web form behind the unsubscribe link in every e-mail.
    preference_centre = tm.add(
        tg.Endpoint(
            "Preference centre",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="signed per-recipient token in the e-mail link")},
        )
    )
    # System of record for alumni relations.
    alumni_db = tm.add(
        tg.DataStore(
            "Alumni database",
            stores={alumni_records, preferences},
            controls={c.RBAC()},
        )
    )
    # Registrations and check-ins for reunions, lectures and receptions.
    events = tm.add(tg.DataSource("Event registration system", provides={attendance}))
    # Development officers who read the rankings and plan approaches.
    fundraiser = tm.add(tg.Actor("Fundraiser", role="development officer"))
    # Builds and retrains the model; has access to the whole data mart.
    analyst = tm.add(tg.Actor("Prospect research analyst", role="data analyst", privileged=True))

    with tm.boundary("Analytics environment", trust=tg.Trust.RESTRICTED):
        # Joins the sources on alumnus id and builds features.
        etl = tm.add(tg.Pipeline("Prospect data ingestion", stage=tg.Stage.INGESTION))
        # One table per alumnus, the input to training and scoring.
        mart = tm.add(
            tg.Dataset(
                "Prospect data mart",
                stores={features, giving_labels},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Retrained twice a year from the analyst's notebook.
        training = tm.add(tg.Pipeline("Model training", stage=tg.Stage.TRAINING))
        # Gradient-boosted propensity model plus a capacity estimate.
        model = tm.add(
            tg.Model(
                "Propensity and capacity model",
                task=tg.Task.RANKER,
                returns_scores=True,
                description="Ranks alumni by likelihood to give and estimated gift capacity.",
            )
        )
        # Scores every alumnus each month and pushes the ranking to the CRM.
        scoring = tm.add(tg.Service("Monthly scoring job"))

# ---------------------------------------------------------------- flows
# Opt-out
tm.flow(alumnus, preference_centre, opt_out, protocol="https")
tm.flow(preference_centre, alumni_db, preferences)

# Alumni records and campaigns
tm.flow(alumni_db, crm, alumni_records, preferences, protocol="https", label="nightly sync")
tm.flow(crm, email_platform, audience, protocol="https")
tm.flow(email_platform, alumnus, appeal_email, protocol="smtp")
tm.flow(email_platform, etl, engagement, protocol="https", label="weekly engagement export")

# Ingestion
tm.flow(alumni_db, etl, alumni_records, preferences)
tm.flow(events, etl, attendance)
tm.flow(etl, broker, alumni_records, protocol="sftp", label="names and addresses for matching")
tm.flow(broker, etl, wealth, protocol="sftp", label="quarterly screening file")
tm.flow(etl, mart, features, giving_labels)

# Training
tm.flow(analyst, training, notebook)
tm.flow(mart, training, features, giving_labels)
tm.flow(training, model, model_file, label="deploy")

# Scoring
tm.flow(mart, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, scores)
tm.flow(scoring, crm, scores, protocol="https")

# Fundraisers
tm.flow(crm, fundraiser, scores, alumni_records, protocol="https", label="ranked prospects")
tm.flow(fundraiser, crm, contact_notes, protocol="https")
