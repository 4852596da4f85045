"""Concert ticket scalper and bot detection: the first design, before any security review.

Our ticketing platform sells concert tickets to buyers in the EU and UK. When a
buyer checks out, the checkout service asks a scoring API for a bot and scalper
score for the session. The score comes from a gradient-boosted model over device
and network signals collected by our checkout page, the account's history and the
basket (quantity, event, purchase velocity), plus a device and IP reputation looked
up from a third-party vendor. Low scores go through; middle scores are sent to a
holding queue with a challenge; high scores are blocked. Blocked buyers can appeal
through a web form, and the fraud team reviews appeals in a back-office console;
their verdicts and confirmed scalper accounts become labels for weekly retraining.
Everything runs in our cloud account. Controls in this design: account sign-in and
rate limits at checkout, decision logging for appeals, SSO with role-based access
for the fraud team, encryption of the feature store and model versioning.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Concert ticket scalper and bot detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores each checkout session for bots and scalpers; blocks, queues or allows it.",
)

# ---------------------------------------------------------------- data assets
checkout_request = tg.Data(
    "Checkout request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Account id, event, ticket quantity, delivery details.",
)
device_signals = tg.Data(
    "Device and network signals",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Browser fingerprint, IP address, timing and input telemetry from the checkout page.",
)
checkout_result = tg.Data("Checkout result", sensitivity=tg.Sensitivity.PII, kind="records")
reputation_query = tg.Data("Reputation query", sensitivity=tg.Sensitivity.PII, kind="records")
reputation = tg.Data(
    "Device and IP reputation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features"
)
features = tg.Data(
    "Session features",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Account age, past purchases, velocity counters, device reuse across accounts.",
)
score = tg.Data(
    "Bot and scalper score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
decision = tg.Data(
    "Checkout decision",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Allow, queue or block, with the score and top contributing features.",
)
queued_session = tg.Data("Queued session", sensitivity=tg.Sensitivity.PII, kind="records")
challenge = tg.Data("Queue challenge", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
challenge_response = tg.Data(
    "Challenge response", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
checkout_events = tg.Data("Checkout events", sensitivity=tg.Sensitivity.PII, kind="records")
appeal = tg.Data(
    "Buyer appeal",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Order reference, e-mail and the buyer's free-text explanation.",
)
appeal_outcome = tg.Data("Appeal outcome", sensitivity=tg.Sensitivity.PII, kind="records")
account_override = tg.Data(
    "Account allow-list entry", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
labels = tg.Data(
    "Bot and scalper labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    description="Appeal verdicts and accounts the fraud team confirmed as scalpers.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Bot model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data("Release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Buyers: fans, and the bots and resellers this system is meant to stop.
    buyer = tm.add(tg.Actor("Buyer", role="ticket buyer"))

with tm.boundary("Device intelligence vendor", trust=tg.Trust.PARTNER):
    # Third-party reputation of device fingerprints, IPs, proxies and data centres.
    device_vendor = tm.add(
        tg.ExternalService("Device reputation service", provides="data-provider")
    )

with tm.boundary("Ticketing platform", trust=tg.Trust.INTERNAL):
    # Public checkout API; buyers are signed in to their ticketing account.
    checkout = tm.add(
        tg.Endpoint(
            "Checkout service",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=60, note="per IP and per account"),
            },
        )
    )
    # Waiting room where medium-score sessions must pass a challenge before buying.
    holding_queue = tm.add(tg.Service("Holding queue"))
    # Public appeal form for blocked buyers.
    appeals = tm.add(
        tg.Endpoint(
            "Appeals form",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=10)},
        )
    )
    # Internal scoring API: gathers features, calls the model, applies the thresholds.
    scoring_api = tm.add(
        tg.Endpoint("Bot scoring API", purpose=tg.EndpointPurpose.INFERENCE, returns_scores=True)
    )
    # The bot and scalper classifier; its decision can stop a person buying tickets.
    model = tm.add(
        tg.Model(
            "Bot and scalper model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.ExplainabilityLogging(note="score and top features logged per decision"),
                c.Contestability(note="blocked buyers can appeal to the fraud team"),
            },
        )
    )
    # Online account and device features for the scoring API, offline snapshots for training.
    feature_store = tm.add(
        tg.FeatureStore(
            "Feature store",
            stores={features},
            online=True,
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Streaming job that turns checkout events into velocity and history features.
    feature_pipeline = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Labeled sessions for retraining.
        training_set = tm.add(tg.Dataset("Training set", stores={labels, features}))
        # Weekly retraining job (open-source boosting libraries).
        training = tm.add(
            tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned model artifacts, deployed to the scoring API after sign-off.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Fraud analysts review appeals and mark confirmed scalpers.
    analyst = tm.add(tg.Actor("Fraud analyst", role="fraud team"))
    # Back-office console for appeal cases and account overrides.
    console = tm.add(
        tg.Service(
            "Fraud review console",
            controls={
                c.Authentication(method="SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Signs off a retrained model before it goes to serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(buyer, checkout, checkout_request, device_signals, protocol="https")
tm.flow(checkout, buyer, checkout_result, protocol="https")

tm.flow(checkout, scoring_api, checkout_request, device_signals)
tm.flow(scoring_api, device_vendor, reputation_query, protocol="https")
tm.flow(device_vendor, scoring_api, reputation, protocol="https")
tm.flow(feature_store, scoring_api, features, label="online lookup")
tm.flow(scoring_api, model, features, reputation)
tm.flow(model, scoring_api, score)
tm.flow(scoring_api, checkout, decision)

tm.flow(checkout, holding_queue, queued_session, label="medium score")
tm.flow(holding_queue, buyer, challenge, protocol="https")
tm.flow(buyer, holding_queue, challenge_response, protocol="https")
tm.flow(holding_queue, checkout, queued_session, label="challenge passed")

tm.flow(checkout, feature_pipeline, checkout_events, protocol="kafka")
tm.flow(feature_pipeline, feature_store, features)

tm.flow(buyer, appeals, appeal, protocol="https")
tm.flow(appeals, buyer, appeal_outcome, protocol="https", label="appeal status page")
tm.flow(appeals, console, appeal)
tm.flow(scoring_api, console, decision, label="decision log")
tm.flow(console, analyst, appeal, decision, protocol="https")
tm.flow(analyst, console, appeal_outcome, labels, protocol="https")
tm.flow(console, appeals, appeal_outcome)
tm.flow(console, checkout, account_override, label="unblock upheld appeals")

tm.flow(console, training_set, labels)
tm.flow(feature_store, training_set, features, label="offline snapshot")
tm.flow(training_set, training, labels, features)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release_approval, label="approves release")
tm.flow(registry, model, model_artifact, label="deploy")
