"""Legal hold e-mail classifier: the first design, before any security review.

The legal department places litigation holds on named custodians. A collection
connector pulls those custodians' e-mail and chat messages from the company's
Microsoft 365 tenant, and an in-house relevance classifier scores each message
against the hold's criteria. Messages above the matter's threshold are written to
a write-once legal hold archive; every classification is logged with its score so
that the preservation decisions can be defended later. E-discovery specialists
run matters from a web console on the corporate network (SSO with MFA, roles per
matter). Collections for a matter are transferred by SFTP to a hosted review
platform where outside counsel review them; their relevance coding comes back and
is added to the training set used to retrain the classifier each quarter.
Custodians include staff of the EU subsidiaries, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Legal hold e-mail classifier",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Classifies employee e-mail and chat for litigation holds, preserves "
    "relevant items and hands collections to outside counsel for review.",
)

# ---------------------------------------------------------------- data assets
messages = tg.Data(
    "Employee e-mail and chat messages",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Custodian mailboxes and Teams chats, with attachments and metadata.",
)
criteria = tg.Data(
    "Hold criteria",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Matter, custodians, date ranges, keywords and relevance threshold.",
)
scores = tg.Data(
    "Relevance classifications",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-message relevance score and the preserve / do-not-preserve decision.",
)
preserved = tg.Data(
    "Preserved collection",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Messages under hold, possibly privileged.",
)
review_set = tg.Data(
    "Review set",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Load files of a matter's collection for outside counsel.",
)
coding = tg.Data(
    "Reviewer relevance coding",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Outside counsel's relevant / not relevant / privileged tags.",
)
training_examples = tg.Data(
    "Labeled training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Messages from closed matters with their reviewer coding.",
)
weights = tg.Data(
    "Classifier weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Fine-tuned transformer saved as a PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Where the employees' mail and chat live; the system only reads from it.
    mail_platform = tm.add(
        tg.DataSource(
            "Mail and chat platform",
            origin=tg.Origin.VENDOR,
            provides={messages},
            description="Exchange Online and Teams, read through the Graph API.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Legal operations staff who create matters, set criteria and release collections.
    specialist = tm.add(
        tg.Actor("E-discovery specialist", role="legal operations", privileged=True)
    )
    # The web console through which matters and holds are run.
    console = tm.add(
        tg.Endpoint(
            "Legal hold console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="access per matter team"),
            },
        )
    )

    with tm.boundary("Legal data enclave", trust=tg.Trust.RESTRICTED):
        # Drives collection, classification and preservation for each active hold.
        orchestrator = tm.add(
            tg.Service(
                "Hold orchestrator",
                controls={c.AuditLogging(retention_days=2555)},
            )
        )
        # Matters, custodians and criteria.
        matter_db = tm.add(tg.DataStore("Matter database", stores={criteria}))
        # Pulls custodians' mailboxes and chats with an application credential.
        connector = tm.add(tg.Pipeline("Collection connector", stage=tg.Stage.INGESTION))
        # Decides which messages are preserved; a miss can mean spoliation.
        classifier = tm.add(
            tg.Model(
                "Relevance classifier",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                controls={c.ExplainabilityLogging(note="score and top terms logged per message")},
            )
        )
        # Write-once store of everything under hold.
        archive = tm.add(
            tg.DataStore(
                "Legal hold archive",
                stores={preserved},
                controls={
                    c.ImmutableArtifacts(note="object lock in compliance mode"),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )
        # Packages collections for review and brings reviewer coding back.
        transfer = tm.add(tg.Pipeline("Review transfer pipeline", stage=tg.Stage.INGESTION))
        # Examples from closed matters with outside counsel's coding.
        training_set = tm.add(
            tg.Dataset("Relevance training set", stores={training_examples, coding})
        )
        # Quarterly fine-tuning of the classifier.
        training = tm.add(tg.Pipeline("Classifier retraining", stage=tg.Stage.FINE_TUNING))
        # Versions of the classifier that serving loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("E-discovery vendor", trust=tg.Trust.PARTNER):
    # Hosted review platform used by outside counsel.
    review_platform = tm.add(
        tg.ExternalService(
            "Secure review platform",
            controls={c.Authentication(method="vendor login with TOTP")},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Law-firm reviewers working from their own offices.
    counsel = tm.add(tg.Actor("Outside counsel", role="reviewer"))

# ---------------------------------------------------------------- flows
tm.flow(specialist, console, criteria, protocol="https", label="sets holds")
tm.flow(console, specialist, scores, protocol="https", label="hold status")
tm.flow(console, orchestrator, criteria, protocol="https")
tm.flow(orchestrator, console, scores, protocol="https")
tm.flow(orchestrator, matter_db, criteria)
tm.flow(matter_db, orchestrator, criteria)

tm.flow(orchestrator, connector, criteria, label="custodians and date ranges")
tm.flow(mail_platform, connector, messages, protocol="https", label="Graph API export")
tm.flow(connector, orchestrator, messages)
tm.flow(orchestrator, classifier, messages, criteria)
tm.flow(classifier, orchestrator, scores)
tm.flow(orchestrator, archive, preserved, label="preserve above threshold")

tm.flow(specialist, transfer, criteria, label="releases a collection")
tm.flow(archive, transfer, preserved)
tm.flow(transfer, review_platform, review_set, protocol="sftp")
tm.flow(review_platform, transfer, coding, protocol="sftp", label="coding overlay")
tm.flow(counsel, review_platform, coding, protocol="https")
tm.flow(review_platform, counsel, review_set, protocol="https")

tm.flow(transfer, training_set, training_examples, coding)
tm.flow(training_set, training, training_examples, coding)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy")
