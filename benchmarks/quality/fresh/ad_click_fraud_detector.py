"""Ad click fraud detector: the first design, before any security review.

Our ad network bills advertisers per click. Every click on an ad goes to the
click-tracking service on our edge PoPs, which scores it with a fraud model
loaded in-process, logs the score with its top feature attributions, and
redirects the browser to the landing page. Clicks scored as fraudulent are not
billed. Every week a job joins the click logs with two label sources (chargeback
disputes that advertisers raise in the advertiser portal and a third-party
bot-detection feed) and retrains the model; if it beats the current model
offline, it is stored in the registry and pushed to all edge servers. Fraud
analysts look at scores and explanations in an internal dashboard. Controls:
signed click URLs, TLS on the log and label links, KMS encryption and roles on
the click lake, SSO for staff and logins for advertisers, billing audit logs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ad click fraud detector",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Real-time fraud scoring of ad clicks at the edge, deciding which clicks are billed, "
        "retrained weekly from advertiser disputes and a bot-detection feed."
    ),
)

# ---------------------------------------------------------------- data assets
click = tg.Data(
    "Click request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="IP address, user agent, cookie id, referrer, ad and publisher ids.",
)
redirect = tg.Data("Landing-page redirect", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
click_features = tg.Data("Click features", kind="features", sensitivity=tg.Sensitivity.PII)
fraud_score = tg.Data(
    "Fraud score and explanation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Probability of fraud, bill/no-bill decision and top feature attributions.",
)
click_log = tg.Data(
    "Scored click log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
disputes = tg.Data("Chargeback disputes", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
invoices = tg.Data("Advertiser invoices", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
chargeback_labels = tg.Data(
    "Chargeback labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Clicks whose dispute was upheld, marked fraudulent.",
)
bot_labels = tg.Data(
    "Bot-detection labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Vendor's list of IPs, device fingerprints and sessions it judged to be bots.",
)
training_set = tg.Data(
    "Labeled click training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
analyst_query = tg.Data("Dashboard query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who clicks an ad: real users, click farms and bots alike.
    clicker = tm.add(tg.Actor("Ad clicker", role="web user or bot"))
    # Advertisers pay for clicks and dispute the ones they think were fake.
    advertiser = tm.add(tg.Actor("Advertiser", role="customer"))

with tm.boundary("Bot-detection vendor", trust=tg.Trust.PARTNER):
    # Third-party feed of known bot traffic, delivered weekly.
    bot_feed = tm.add(
        tg.DataSource("Bot-detection feed", origin=tg.Origin.VENDOR, provides={bot_labels})
    )

with tm.boundary("Edge PoPs", trust=tg.Trust.INTERNAL):
    # The click tracker: records the click, asks the model, redirects the browser.
    tracker = tm.add(
        tg.Endpoint(
            "Click-tracking edge",
            description="Stateless HTTP service on every PoP; must answer within 20 ms.",
        )
    )
    # The fraud model, loaded in the tracker's process on every edge server.
    fraud_model = tm.add(
        tg.Model(
            "Click fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees exported to ONNX; above 0.8 the click is not billed.",
        )
    )

with tm.boundary("Data platform", trust=tg.Trust.INTERNAL):
    # Central store of every scored click, the source for billing, training and analysis.
    click_lake = tm.add(
        tg.DataStore(
            "Click log lake",
            stores={click_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Bills advertisers for non-fraudulent clicks and settles their disputes.
    billing = tm.add(
        tg.Service(
            "Billing service",
            controls={c.AuditLogging(note="financial audit trail of invoices and credits")},
        )
    )
    # Where advertisers see invoices and raise chargeback disputes.
    portal = tm.add(
        tg.Endpoint(
            "Advertiser portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="email and password")},
        )
    )
    # Weekly join of click logs with both label sources.
    dataset_builder = tm.add(
        tg.Pipeline(
            "Weekly label join",
            stage=tg.Stage.LABELING,
            controls={c.SchemaEnforcement(note="vendor feed file checked against its schema")},
        )
    )
    # The joined, labeled set the model is trained on.
    dataset = tm.add(
        tg.Dataset(
            "Click training set",
            stores={training_set},
            controls={c.DataVersioning(note="one partition per week, kept 90 days")},
        )
    )
    # Weekly retraining with an offline comparison against the current model.
    training = tm.add(
        tg.Pipeline(
            "Weekly training",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="offline precision/recall gate vs. the live model")},
        )
    )
    # Versioned store of trained models.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning(), c.RBAC()},
        )
    )
    # Pushes the promoted model to every edge server.
    deploy = tm.add(tg.Pipeline("Edge model rollout", stage=tg.Stage.DEPLOYMENT))
    # Internal dashboard of scores and their explanations.
    dashboard = tm.add(
        tg.Service(
            "Fraud analytics dashboard",
            controls={c.Authentication(method="corporate SSO")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Investigates fraud patterns and advertiser complaints.
    analyst = tm.add(tg.Actor("Fraud analyst", role="analyst"))

# ---------------------------------------------------------------- flows
# Real-time scoring at the edge
tm.flow(
    clicker,
    tracker,
    click,
    protocol="https",
    controls={c.MessageIntegrity(note="click URLs carry an HMAC-signed impression token")},
)
tm.flow(tracker, clicker, redirect, protocol="https")
tm.flow(tracker, fraud_model, click_features, protocol="local")
tm.flow(fraud_model, tracker, fraud_score, protocol="local")
tm.flow(
    tracker,
    click_lake,
    click_log,
    protocol="kafka",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
    label="log shipping",
)

# Billing and disputes
tm.flow(click_lake, billing, click_log, label="billable clicks")
tm.flow(billing, portal, invoices)
tm.flow(portal, advertiser, invoices, protocol="https")
tm.flow(advertiser, portal, disputes, protocol="https")
tm.flow(portal, billing, disputes)

# Weekly retraining
tm.flow(click_lake, dataset_builder, click_log)
tm.flow(billing, dataset_builder, chargeback_labels, label="upheld disputes")
tm.flow(bot_feed, dataset_builder, bot_labels, protocol="https", label="weekly feed")
tm.flow(dataset_builder, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, deploy, model_artifact)
tm.flow(deploy, fraud_model, model_artifact, protocol="https", label="push to edge servers")

# Analysis
tm.flow(analyst, dashboard, analyst_query, protocol="https")
tm.flow(dashboard, analyst, fraud_score, protocol="https")
tm.flow(dashboard, click_lake, analyst_query)
tm.flow(click_lake, dashboard, click_log)
