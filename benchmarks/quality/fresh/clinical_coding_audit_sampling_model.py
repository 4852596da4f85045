"""Clinical coding audit sampling model: the first design, before any security review.

An NHS hospital's clinical coding team audits coded inpatient episodes for accuracy.
Coders code each episode (diagnoses, procedures) in the patient administration system
(PAS). A nightly extract copies coded episodes into an on-premises audit data mart, and
a nightly scoring job runs an in-house gradient-boosted model that scores every episode
for the likelihood of a coding error that changes the tariff paid. Auditors work through
the top-scored sample in a web audit tool and correct codes in PAS; their findings are
kept in an audit results store. Corrected episodes become labels for quarterly
retraining, and the data scientist publishes new models to a registry (joblib files).
A reporting dashboard gives the finance director monthly summaries and shows the coding
manager each coder's error rate. Everything runs on the hospital network; PAS sign-in
is by smartcard, the audit tool and dashboard use Active Directory sign-in with roles.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Clinical coding audit sampling model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores coded episodes for payment-changing coding errors to pick the "
    "audit sample; audit corrections retrain the model and feed coder error rates.",
)

# ---------------------------------------------------------------- data assets
episode = tg.Data(
    "Coded episode",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="NHS number, dates, specialty, ICD-10 and OPCS codes, HRG, coder id.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data(
    "Episode features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Codes, length of stay, age band, specialty, HRG and tariff, coder id.",
)
score = tg.Data(
    "Coding error risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sample = tg.Data(
    "Audit sample",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Top-scored episodes with their scores, for auditors to review.",
)
correction = tg.Data(
    "Code correction",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
finding = tg.Data(
    "Audit finding",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Original and corrected codes, error type, tariff change, coder and auditor.",
)
labels = tg.Data(
    "Audit outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data(
    "Error risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", kind="records")
coder_rates = tg.Data(
    "Coder error rates",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-coder audited episodes, error rate and tariff impact.",
)
finance_report = tg.Data(
    "Coding audit summary report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Code episodes in PAS.
    coder = tm.add(tg.Actor("Clinical coder", role="clinical coder"))
    # Review the sample and correct codes.
    auditor = tm.add(tg.Actor("Coding auditor", role="clinical coding auditor"))
    # Sees each coder's error rate.
    coding_manager = tm.add(tg.Actor("Coding manager", role="coding manager"))
    # Receives the monthly summary of audit outcomes and tariff impact.
    finance_director = tm.add(tg.Actor("Finance director", role="finance director"))
    # Builds and releases the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))
    # Web app where auditors work the sample and record findings.
    audit_tool = tm.add(
        tg.Service(
            "Audit tool",
            controls={
                c.Authentication(method="Active Directory single sign-on"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # System of record for episodes and their codes; existing hospital system.
        pas = tm.add(
            tg.DataStore(
                "Patient administration system",
                stores={episode},
                controls={
                    c.Authentication(method="NHS smartcard and PIN"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

    with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
        # Copies newly coded episodes out of PAS each night.
        extract = tm.add(tg.Pipeline("Nightly episode extract", stage=tg.Stage.INGESTION))
        # Episodes and features for scoring and training.
        mart = tm.add(
            tg.DataStore(
                "Audit data mart",
                stores={episode, features, score},
                controls={c.EncryptionAtRest(key_management="SQL Server TDE"), c.RBAC()},
            )
        )
        # Runs the model over the night's episodes and picks the sample.
        scoring = tm.add(tg.Service("Nightly scoring job"))
        # The model that ranks episodes by likely payment-changing error.
        model = tm.add(
            tg.Model(
                "Coding error risk model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                description="Gradient-boosted trees over episode features.",
            )
        )
        # Auditors' findings: the source of labels and coder metrics.
        results = tm.add(tg.DataStore("Audit results store", stores={finding}))
        # Corrected episodes joined to features, for retraining.
        train_set = tm.add(tg.Dataset("Audit training set", stores={labels, features}))
        # Quarterly retraining, evaluated on a hold-out set before release.
        retrain = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="hold-out precision at the audit sample size")},
            )
        )
        # Released model versions that the scoring job loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Power BI style reports for finance and the coding manager.
        reporting = tm.add(
            tg.Service(
                "Reporting dashboard",
                controls={c.Authentication(method="Active Directory single sign-on"), c.RBAC()},
            )
        )

# ---------------------------------------------------------------- flows
# coding and extract
tm.flow(coder, pas, episode, protocol="https", label="codes the episode")
tm.flow(pas, extract, episode, protocol="tls")
tm.flow(extract, mart, episode, features)

# nightly scoring and sampling
tm.flow(mart, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, mart, score)
tm.flow(scoring, audit_tool, sample)

# audit and correction
tm.flow(mart, audit_tool, episode, label="episode detail")
tm.flow(audit_tool, auditor, sample, episode, protocol="https")
tm.flow(auditor, audit_tool, finding, protocol="https")
tm.flow(audit_tool, results, finding)
tm.flow(auditor, pas, correction, protocol="https", label="corrects the codes")

# retraining
tm.flow(results, train_set, labels)
tm.flow(mart, train_set, features)
tm.flow(train_set, retrain, labels, features)
tm.flow(retrain, registry, weights)
tm.flow(data_scientist, registry, release, protocol="https", label="approves release")
tm.flow(registry, scoring, weights, label="loads released model")

# reporting
tm.flow(results, reporting, finding)
tm.flow(reporting, coding_manager, coder_rates, protocol="https")
tm.flow(reporting, finance_director, finance_report, protocol="https")
