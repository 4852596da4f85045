"""Regular-donor churn prediction: the first design, before any security review.

A UK international-development charity wants to keep more of its monthly direct-debit
donors. A churn model, built in-house by the data analyst, predicts which regular donors
are likely to cancel in the next 90 days, and a weekly job writes a ranked call list
with each donor's churn risk into the charity's hosted CRM, where the supporter-care
team picks it up and phones donors to thank them or offer a lower amount. Training data
comes from a nightly export of the CRM (supporter records, giving history, email
engagement synced from the email platform, and direct-debit cancellations reported by
the direct-debit processor) into the charity's cloud analytics warehouse. Call outcomes
logged in the CRM become next quarter's labels. Controls in this design: SSO with MFA and
roles in the CRM, the CRM API secret kept in a key vault, encrypted and role-restricted
warehouse, names, addresses and bank details dropped before features are built, and a
call list that leaves out donors without phone consent or registered with the TPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regular-donor churn prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Weekly churn scores and a call list for the supporter-care team.",
)

# ---------------------------------------------------------------- data assets
supporters = tg.Data(
    "Supporter records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, addresses, phone numbers, e-mail, age band and contact preferences.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
giving = tg.Data(
    "Giving history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Gift dates and amounts, direct-debit status, upgrades and downgrades.",
)
dd_reports = tg.Data(
    "Direct-debit cancellation reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="ADDACS and ARUDD reports naming the mandates cancelled or returned.",
)
engagement = tg.Data("Email engagement events", kind="records", sensitivity=tg.Sensitivity.PII)
segments = tg.Data("Mailing segments", kind="records", sensitivity=tg.Sensitivity.PII)
preferences = tg.Data("Contact preferences", kind="records", sensitivity=tg.Sensitivity.PII)
features = tg.Data(
    "Donor features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Pseudonymised supporter id, tenure, gift trend, failed payments, e-mail opens.",
)
churn_labels = tg.Data("Cancellation labels", kind="labels", sensitivity=tg.Sensitivity.PII)
artifact = tg.Data("Churn model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
notebook = tg.Data("Training notebook", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
metrics = tg.Data("Evaluation metrics", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
scores = tg.Data("Churn risk scores", kind="model-output", sensitivity=tg.Sensitivity.PII)
call_list = tg.Data("Supporter-care call list", kind="records", sensitivity=tg.Sensitivity.PII)
outcomes = tg.Data("Call outcomes", kind="records", sensitivity=tg.Sensitivity.PII)
conversation = tg.Data("Retention phone call", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The regular donor the supporter-care team phones.
    donor = tm.add(tg.Actor("Regular donor", role="donor"))

with tm.boundary("CRM vendor cloud", trust=tg.Trust.PARTNER):
    # The charity's hosted CRM: system of record for supporters and gifts.
    crm = tm.add(
        tg.DataStore(
            "Supporter CRM",
            stores={
                supporters,
                giving,
                dd_reports,
                engagement,
                preferences,
                scores,
                call_list,
                outcomes,
            },
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(),
                c.EncryptionAtRest(key_management="vendor-managed keys"),
            },
        )
    )

with tm.boundary("Service providers", trust=tg.Trust.PARTNER):
    # Collects the direct debits and reports cancellations: the ground truth of churn.
    dd_processor = tm.add(tg.ExternalService("Direct-debit processor", provides="data-provider"))
    # Sends the newsletters and appeals; syncs opens and clicks back to the CRM.
    email_platform = tm.add(tg.ExternalService("Email marketing platform"))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Pulls the CRM tables the model needs every night.
    extract = tm.add(
        tg.Pipeline(
            "Nightly CRM extract",
            stage=tg.Stage.INGESTION,
            controls={c.SecretsManagement(note="CRM API client secret in Azure Key Vault")},
        )
    )
    # Analytics copy of the CRM, also used for fundraising reports.
    warehouse = tm.add(
        tg.DataStore(
            "Analytics warehouse",
            stores={supporters, giving, dd_reports, engagement, preferences, outcomes},
            controls={c.EncryptionAtRest(key_management="platform-managed keys"), c.RBAC()},
        )
    )
    # Turns warehouse tables into pseudonymised features and labels.
    feature_build = tm.add(
        tg.Pipeline(
            "Donor feature build",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.DataMinimization(
                    note="names, addresses and bank details dropped; ids pseudonymised"
                )
            },
        )
    )
    # Quarterly training snapshot.
    training_set = tm.add(tg.Dataset("Churn training set", stores={features, churn_labels}))
    # The analyst's scheduled training notebook.
    training = tm.add(tg.Pipeline("Churn model training", stage=tg.Stage.TRAINING))
    # Storage bucket the scoring job loads the current model from.
    bucket = tm.add(tg.ModelRegistry("Model artifact bucket", stores={artifact}))
    # Scikit-learn classifier predicting cancellation in the next 90 days.
    model = tm.add(tg.Model("Donor churn model", task=tg.Task.CLASSIFIER, returns_scores=True))
    # Scores active regular donors and writes the call list back to the CRM.
    scoring_job = tm.add(
        tg.Service(
            "Weekly churn scoring job",
            controls={
                c.PolicyEnforcement(
                    rules="call list leaves out supporters without phone consent or on the TPS"
                )
            },
        )
    )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Makes the retention calls and logs the outcome in the CRM.
    care_agent = tm.add(tg.Actor("Supporter-care agent", role="supporter care"))
    # Builds and retrains the model; also runs ad hoc analysis in the warehouse.
    analyst = tm.add(tg.Actor("Data analyst", role="data analyst", privileged=True))

# ---------------------------------------------------------------- flows
# sources into the CRM
tm.flow(dd_processor, crm, dd_reports, protocol="sftp")
tm.flow(email_platform, crm, engagement, protocol="https", label="connector sync")
tm.flow(crm, email_platform, segments, protocol="https", label="connector sync")

# nightly extract and features
tm.flow(
    crm,
    extract,
    supporters,
    giving,
    dd_reports,
    engagement,
    preferences,
    outcomes,
    protocol="https",
    label="nightly export",
)
tm.flow(extract, warehouse, supporters, giving, dd_reports, engagement, preferences, outcomes)
tm.flow(
    warehouse,
    feature_build,
    supporters,
    giving,
    dd_reports,
    engagement,
    outcomes,
    label="nightly batch",
)
tm.flow(warehouse, analyst, supporters, giving, protocol="https", label="ad hoc queries")

# training
tm.flow(feature_build, training_set, features, churn_labels)
tm.flow(training_set, training, features, churn_labels)
tm.flow(analyst, training, notebook, protocol="https")
tm.flow(training, analyst, metrics, protocol="https")
tm.flow(training, bucket, artifact)
tm.flow(bucket, model, artifact, label="loaded at scoring")

# weekly scoring
tm.flow(feature_build, scoring_job, features, label="weekly scoring features")
tm.flow(warehouse, scoring_job, preferences, label="weekly batch")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, scores)
tm.flow(scoring_job, crm, scores, call_list, protocol="https")

# supporter care
tm.flow(crm, care_agent, call_list, scores, supporters, protocol="https")
tm.flow(care_agent, crm, outcomes, protocol="https")
tm.flow(care_agent, donor, conversation, protocol="phone")
tm.flow(donor, care_agent, conversation, protocol="phone")
