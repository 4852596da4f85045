"""Adverse-event social listening: the first design, before any security review.

Pharmacovigilance (PV) must find adverse-event reports about our products wherever
patients talk about them. A social listening vendor streams public social media
posts that name our products, and we crawl a list of public patient forums. A
screening service scores each stored post with our fine-tuned classifier and, above
a threshold, asks a hosted LLM to extract patient, reporter, drug and event. PV case
processors assess each candidate in a triage web app (SSO with MFA, roles, audit
trail); reportable cases go into the validated safety database and are filed as
E2B(R3) reports (signed AS2 over HTTPS) only after a case processor approves them.
Triage decisions become labels for quarterly retraining. Screening runs in the PV
cloud account, the safety systems in a restricted zone; the LLM vendor was reviewed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Adverse-event social listening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Finds possible adverse-event reports in public posts for PV case processors to assess and file.",
)

# ---------------------------------------------------------------- data assets
posts = tg.Data(
    "Social media and forum posts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Public posts with the author's handle and free-text health details.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
ae_score = tg.Data("Adverse-event score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Extraction instructions plus the text of the post.",
)
extracted = tg.Data(
    "Extracted case fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Patient, reporter, suspect drug and event as structured JSON.",
)
candidate = tg.Data(
    "Candidate adverse event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The post, its score and the extracted fields, queued for assessment.",
)
assessment = tg.Data("PV assessment", kind="records", sensitivity=tg.Sensitivity.PII)
icsr = tg.Data(
    "Individual case safety report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
ack = tg.Data("Regulator acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Triage labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
classifier_weights = tg.Data(
    "Classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public patient forums we crawl ourselves; anyone can post there.
    forums = tm.add(
        tg.DataSource(
            "Patient forums",
            origin=tg.Origin.PUBLIC_WEB,
            provides={posts},
            description="A curated list of public disease and patient-community forums.",
        )
    )

with tm.boundary("Social listening vendor", trust=tg.Trust.PARTNER):
    # The vendor's firehose filtered on our product names saves us running our own
    # social media API integrations.
    vendor_feed = tm.add(
        tg.DataSource(
            "Social listening feed",
            origin=tg.Origin.VENDOR,
            provides={posts},
            description="Posts from the major social networks that match our keyword list.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Turns free text into the structured minimum criteria of a valid case.
    extractor = tm.add(
        tg.LLM(
            "Case extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted model called with an extraction prompt.",
            controls={
                c.SupplierAssessment(note="procurement review and data-processing agreement")
            },
        )
    )

with tm.boundary("Regulators", trust=tg.Trust.PARTNER):
    # Where reportable cases must be filed within the regulatory clock.
    regulator = tm.add(
        tg.ExternalService(
            "Regulatory submission gateway",
            provides=tg.ExternalCategory.GENERIC,
            description="The health authorities' electronic gateways accepting E2B(R3) files.",
        )
    )

with tm.boundary("PV cloud account", trust=tg.Trust.INTERNAL):
    # Collects posts from both sources, drops those without a product mention.
    ingestion = tm.add(tg.Pipeline("Post ingestion", stage=tg.Stage.INGESTION))
    # Keeps every ingested post so a case can be traced back to its source.
    post_store = tm.add(
        tg.DataStore(
            "Post archive",
            stores={posts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the classifier on each new post and the LLM on the likely ones.
    screening = tm.add(
        tg.Service(
            "Screening service",
            description="Scores posts, calls the LLM above the threshold, queues candidates.",
        )
    )
    # Our own fine-tuned transformer: is this post a possible adverse event?
    classifier = tm.add(
        tg.Model(
            "Adverse-event classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Fine-tuned from an open biomedical language model.",
            controls={
                c.ModelValidation(note="validation report per release, as our GxP process requires")
            },
        )
    )
    # Where PV case processors assess each candidate.
    triage_app = tm.add(
        tg.Service(
            "Case triage app",
            description="Web app listing candidates with the post, score and extracted fields.",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(note="GxP audit trail of every decision"),
            },
        )
    )

    with tm.boundary("Labelling and training", trust=tg.Trust.INTERNAL):
        # Triage decisions kept as labelled examples for retraining.
        label_set = tm.add(tg.Dataset("Triage label set", stores={labels, posts}))
        # Quarterly fine-tuning of the classifier on the label set.
        training = tm.add(tg.Pipeline("Classifier retraining", stage=tg.Stage.FINE_TUNING))
        # Holds the released classifier versions.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={classifier_weights}))

with tm.boundary("Safety systems", trust=tg.Trust.RESTRICTED):
    # The validated system of record for all individual case safety reports.
    safety_db = tm.add(
        tg.DataStore(
            "Safety database",
            stores={icsr},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Builds E2B(R3) files and sends them once a case processor has approved them.
    submission = tm.add(
        tg.Service(
            "E2B submission service",
            controls={c.HumanInTheLoop(approver="PV case processor")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trained PV staff who decide whether a candidate is a reportable case.
    pv_staff = tm.add(tg.Actor("PV case processor", role="pharmacovigilance staff"))

# ---------------------------------------------------------------- flows
tm.flow(vendor_feed, ingestion, posts, protocol="https", label="streaming feed")
tm.flow(forums, ingestion, posts, protocol="https", label="daily crawl")
tm.flow(ingestion, post_store, posts)
tm.flow(post_store, screening, posts)
tm.flow(screening, classifier, posts)
tm.flow(classifier, screening, ae_score)
tm.flow(screening, extractor, extraction_prompt, protocol="https")
tm.flow(extractor, screening, extracted, protocol="https")
tm.flow(screening, triage_app, candidate)

tm.flow(triage_app, pv_staff, candidate, protocol="https")
tm.flow(pv_staff, triage_app, assessment, protocol="https")
tm.flow(triage_app, safety_db, icsr, label="reportable cases")
tm.flow(safety_db, submission, icsr)
tm.flow(
    submission,
    regulator,
    icsr,
    protocol="https",
    controls={c.MessageIntegrity(note="AS2 signed messages")},
)
tm.flow(regulator, submission, ack, protocol="https")
tm.flow(submission, safety_db, ack, label="submission status")

tm.flow(triage_app, label_set, labels, label="triage decisions")
tm.flow(post_store, label_set, posts)
tm.flow(label_set, training, labels, posts)
tm.flow(training, registry, classifier_weights)
tm.flow(registry, classifier, classifier_weights, label="deploy released version")
