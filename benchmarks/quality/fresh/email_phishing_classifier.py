"""Email phishing classifier: the first design, before any security review.

Every inbound email reaches the company's mail gateway from the internet over
SMTP. The gateway parses it, sends headers, body text and URLs to an in-house
phishing classifier, and uses the returned score to deliver the message to the
employee's Microsoft 365 mailbox or hold it in quarantine. Security analysts
review the quarantine in a console (SSO with MFA, SOC role only, every action
logged) and can release messages; each release becomes a "not phishing" label.
Employees flag suspicious mail with a "report phishing" button in Outlook;
reported messages become "phishing" labels. Once a month a labelling job merges
reports, releases and a commercial threat-intelligence feed of known phishing
samples into a versioned training set, a training job retrains the model, and a
new version that does not regress on a held-out set is pushed to the registry.
An ML engineer approves each release before it is deployed to the gateway.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Email phishing classifier",
    profile=tg.RiskProfile.HIGH,
    description="Scores inbound email for phishing at the gateway; retrained monthly.",
)

# ---------------------------------------------------------------- data assets
inbound = tg.Data(
    "Inbound email",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Headers, body and attachments of mail sent to employees.",
)
email_features = tg.Data(
    "Parsed email features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sender and header fields, body text, URLs and attachment types.",
)
verdict = tg.Data("Phishing score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
quarantined = tg.Data(
    "Quarantined email", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
release = tg.Data(
    "Release decision",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
report = tg.Data(
    "Employee phishing report",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The reported message, attached in full, and who reported it.",
)
ti_samples = tg.Data(
    "Threat-intel phishing samples",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Known phishing emails and URLs from the commercial feed.",
)
training_set = tg.Data(
    "Labeled email training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Classifier artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the internet can send mail to employees, phishers included.
    sender = tm.add(tg.Actor("External sender", role="email sender"))

with tm.boundary("Threat-intel vendor", trust=tg.Trust.PARTNER):
    # Commercial feed of known phishing samples, pulled for each retraining.
    ti_feed = tm.add(
        tg.DataSource(
            "Threat-intel phishing feed",
            origin=tg.Origin.VENDOR,
            provides={ti_samples},
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Where delivered mail lands and employees read it.
    mailboxes = tm.add(
        tg.DataStore(
            "Employee mailboxes",
            stores={inbound},
            controls={tg.controls.EncryptionAtRest(key_management="Microsoft-managed keys")},
        )
    )

with tm.boundary("Mail DMZ", trust=tg.Trust.INTERNAL):
    # MTA that receives all inbound mail and acts on the classifier's score.
    gateway = tm.add(
        tg.Service(
            "Mail gateway",
            controls={tg.controls.RateLimiting(note="per-sender-IP connection throttling")},
        )
    )

with tm.boundary("Security platform", trust=tg.Trust.INTERNAL):
    # The model being built: scores each message for phishing.
    classifier = tm.add(
        tg.Model(
            "Phishing classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees over header, text and URL features; "
            "a score above 0.8 quarantines the message.",
        )
    )
    # Holds quarantined messages until an analyst releases or deletes them.
    quarantine = tm.add(tg.DataStore("Quarantine store", stores={quarantined}))
    # Web console where analysts review and release quarantined mail.
    console = tm.add(
        tg.Endpoint(
            "Quarantine console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="SSO with MFA"),
                tg.controls.RBAC(note="SOC analyst role only"),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )
    # Receives messages employees flag with the Outlook button.
    report_intake = tm.add(tg.Service("Phishing report intake"))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly job that turns reports, releases and feed samples into labels.
        labeling = tm.add(tg.Pipeline("Monthly labelling job", stage=tg.Stage.LABELING))
        # Versioned training set, one snapshot per month.
        dataset = tm.add(
            tg.Dataset(
                "Email training set",
                stores={training_set},
                controls={tg.controls.DataVersioning(note="monthly snapshots")},
            )
        )
        # Retrains the classifier and checks it against a held-out set.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={tg.controls.ModelValidation(note="must not regress on the held-out set")},
            )
        )
        # Stores each trained version; serving pulls the approved one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={
                    tg.controls.ModelVersioning(),
                    tg.controls.HumanInTheLoop(approver="ML engineer"),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Read mail and report suspicious messages.
    employee = tm.add(tg.Actor("Employee", role="mail user"))
    # Review quarantine and release false positives.
    analyst = tm.add(tg.Actor("Security analyst", role="SOC analyst", privileged=True))
    # Approves each new model version before it goes live.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(sender, gateway, inbound, protocol="smtp", label="STARTTLS offered, not required")
tm.flow(gateway, classifier, email_features)
tm.flow(classifier, gateway, verdict)
tm.flow(gateway, mailboxes, inbound, protocol="smtp+starttls", label="deliver")
tm.flow(gateway, quarantine, quarantined, label="hold")
tm.flow(mailboxes, employee, inbound, protocol="https")

tm.flow(quarantine, console, quarantined)
tm.flow(console, analyst, quarantined, protocol="https")
tm.flow(analyst, console, release, protocol="https")
tm.flow(console, quarantine, release)
tm.flow(console, gateway, quarantined, release, label="re-deliver released message")

tm.flow(employee, report_intake, report, protocol="https", label="report phishing button")
tm.flow(report_intake, labeling, report)
tm.flow(console, labeling, release, label="release as not-phishing label")
tm.flow(ti_feed, labeling, ti_samples, protocol="https")
tm.flow(labeling, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, approval, label="approves release")
tm.flow(registry, classifier, weights, label="deploy")
