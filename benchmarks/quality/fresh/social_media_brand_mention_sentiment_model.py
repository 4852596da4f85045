"""Brand mention sentiment and urgency model: the first design.

Our social listening vendor collects public posts that mention the brand and pushes
them in batches to a mention ingestion service in our analytics cloud account. A
classification worker runs each mention through an in-house fine-tuned transformer
that scores sentiment and urgency; a complaint router opens a case in the social care
platform (SaaS) for negative or urgent mentions, where the social care team replies
to the customer. Marketing analysts follow sentiment trends on a dashboard. Agents'
corrections to sentiment and urgency are exported weekly into a labelled dataset;
the ML engineer retrains, evaluates on a holdout set and deploys from a registry.
Mentions are public but name EU consumers. Controls: the vendor's API key on the
ingestion service, schema checks on incoming batches, encryption of the mention store,
SSO with MFA on the dashboard, SaaS API tokens in the vault, evaluation before a model
is registered, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Social media brand mention sentiment model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Classifies brand mentions by sentiment and urgency and routes complaints "
    "to the social care team.",
)

# ---------------------------------------------------------------- data assets
mention = tg.Data(
    "Brand mention",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Post text, author handle and display name, platform, URL and timestamp.",
)
mention_text = tg.Data("Mention text", kind="features", sensitivity=tg.Sensitivity.PII)
scores = tg.Data(
    "Sentiment and urgency scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Class probabilities for sentiment (3 classes) and urgency (3 levels).",
)
classified_mention = tg.Data(
    "Classified mention",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
complaint_case = tg.Data(
    "Complaint case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The mention, its scores and the routing queue chosen.",
)
public_reply = tg.Data("Public reply", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
label_correction = tg.Data(
    "Agent label corrections", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
training_set = tg.Data(
    "Labelled mentions",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
trends = tg.Data("Sentiment trends", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
dashboard_query = tg.Data("Dashboard query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
deploy_request = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who posts about the brand; their words are what we classify.
    poster = tm.add(tg.Actor("Social media user", role="public poster"))

with tm.boundary("Social listening vendor", trust=tg.Trust.PARTNER):
    # Collects brand mentions from the platforms' APIs and pushes them to us.
    listening = tm.add(
        tg.ExternalService("Social listening platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Social care SaaS", trust=tg.Trust.PARTNER):
    # The care team's ticketing and publishing tool, connected to the brand's accounts.
    care_platform = tm.add(tg.ExternalService("Social care platform"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Works complaint cases and corrects wrong sentiment or urgency on them.
    care_agent = tm.add(tg.Actor("Social care agent", role="customer care"))
    # Reads sentiment trends for campaigns and reporting.
    analyst = tm.add(tg.Actor("Marketing analyst", role="marketing"))
    # Owns training and deployment of the classifier.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Brand analytics cloud account", trust=tg.Trust.INTERNAL):
    # Receives the vendor's batches, de-duplicates and normalises them.
    ingestion = tm.add(
        tg.Service(
            "Mention ingestion service",
            controls={
                c.Authentication(method="vendor API key in request header"),
                c.SchemaEnforcement(note="batch payload checked against the vendor's schema"),
            },
        )
    )
    # Raw and classified mentions, for the dashboard and for sampling training data.
    mention_store = tm.add(
        tg.DataStore(
            "Mention store",
            stores={mention, classified_mention},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Pulls new mentions off the store and calls the model.
    worker = tm.add(tg.Service("Classification worker"))
    # Fine-tuned multilingual transformer with two heads: sentiment and urgency.
    classifier = tm.add(
        tg.Model(
            "Sentiment and urgency classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Fine-tuned from an open-weights multilingual base model.",
        )
    )
    # Threshold rules that decide which mentions become care cases, and in which queue.
    router = tm.add(
        tg.Service(
            "Complaint router",
            controls={c.SecretsManagement(note="social care platform API token in the vault")},
        )
    )
    # Trend charts and mention drill-down for marketing.
    dashboard = tm.add(
        tg.Endpoint(
            "Brand insights dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Weekly pull of corrected labels from the care platform.
        label_export = tm.add(tg.Pipeline("Weekly label export job", stage=tg.Stage.LABELING))
        # Historical labelled mentions plus agent corrections.
        dataset = tm.add(tg.Dataset("Labelled mention dataset", stores={training_set}))
        # Fine-tunes the classifier and scores it on a holdout split before registering.
        training = tm.add(
            tg.Pipeline(
                "Classifier training pipeline",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="holdout F1 must not drop against the current model")
                },
            )
        )
        # Versions of the classifier, one of them marked for serving.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
tm.flow(poster, listening, mention, protocol="https", label="public post mentioning the brand")
tm.flow(listening, ingestion, mention, protocol="https", label="mention batch webhook")
tm.flow(ingestion, mention_store, mention)

tm.flow(mention_store, worker, mention, label="new mentions")
tm.flow(worker, classifier, mention_text)
tm.flow(classifier, worker, scores)
tm.flow(worker, mention_store, classified_mention)
tm.flow(worker, router, classified_mention)
tm.flow(router, care_platform, complaint_case, protocol="https")

tm.flow(care_platform, care_agent, complaint_case, protocol="https")
tm.flow(care_agent, care_platform, public_reply, label_correction, protocol="https")
tm.flow(
    care_platform, poster, public_reply, protocol="https", label="reply published on the network"
)

tm.flow(mention_store, dashboard, classified_mention, trends)
tm.flow(dashboard, analyst, trends, classified_mention, protocol="https")
tm.flow(analyst, dashboard, dashboard_query, protocol="https")

tm.flow(care_platform, label_export, complaint_case, label_correction, protocol="https")
tm.flow(label_export, dataset, training_set)
tm.flow(mention_store, dataset, training_set, label="monthly sample for annotation")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, deploy_request, protocol="https", label="marks version for serving")
tm.flow(registry, classifier, weights, label="deploy")
