"""Crowdsourced map edit validator: the first design, before any security review.

Volunteer contributors around the world, many in the EU, add roads, business
hours, turn restrictions and speed limits through our map editor app or the
public editing API. Every submitted edit is scored by an in-house risk model from
the edit's features and the contributor's reputation (account age, past
acceptance rate). Edits under the risk threshold are published to the live map
automatically; the rest go to a moderation queue worked by staff and contracted
moderators, who approve, reject or roll back edits. Moderator decisions and
rollbacks are collected into a labelled set, and a weekly job retrains the model
and registers it for an ML engineer to promote. The live map is served to our
navigation apps and to partner fleet platforms. Contributors sign in with OAuth
and are rate limited; partners use API keys; the map keeps full edit history so
any change can be rolled back; new models are evaluated before promotion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crowdsourced map edit validator",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores volunteer map edits: auto-publish low risk, queue the rest for moderators.",
)

# ---------------------------------------------------------------- data assets
edit = tg.Data(
    "Submitted map edit",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Geometry and attributes of the change, with contributor id, IP and client.",
)
submission_status = tg.Data("Submission status", sensitivity=tg.Sensitivity.INTERNAL)
edit_features = tg.Data("Edit features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features")
reputation = tg.Data(
    "Contributor reputation",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Per-contributor account age, edit counts and acceptance rate.",
)
risk_score = tg.Data(
    "Edit risk score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
queued_edit = tg.Data("Queued edit with score", sensitivity=tg.Sensitivity.PII, kind="records")
decision = tg.Data(
    "Moderator decision",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
rollbacks = tg.Data("Rollback events", sensitivity=tg.Sensitivity.INTERNAL, kind="labels")
edit_history = tg.Data(
    "Edit history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Every accepted, rejected and reverted edit per contributor.",
)
live_map = tg.Data(
    "Live map data",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
map_request = tg.Data(
    "Map and routing request",
    sensitivity=tg.Sensitivity.PII,
    description="Tile and route requests carrying the device's or vehicle's location.",
)
training_set = tg.Data(
    "Labelled edit training set",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Edit risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
approval = tg.Data("Promotion approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can sign up and edit, through the editor app or scripts against the API.
    contributor = tm.add(tg.Actor("Volunteer contributor", role="contributor"))
    # Our consumer navigation app on end users' phones.
    nav_app = tm.add(tg.Actor("Navigation app", role="end user app", human=False))

with tm.boundary("Partner fleets", trust=tg.Trust.PARTNER):
    # Delivery and logistics partners that route their vehicles on our map.
    fleet = tm.add(tg.Actor("Partner fleet platform", role="partner", human=False))

with tm.boundary("Mapping platform", trust=tg.Trust.INTERNAL):
    # Public API behind both the editor app and third-party editing tools.
    submission_api = tm.add(
        tg.Endpoint(
            "Edit submission API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OAuth 2.0 contributor accounts"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="edit geometry and tag schema checks"),
            },
        )
    )
    # Builds features, calls the model and routes the edit by its score.
    validator = tm.add(
        tg.Service(
            "Edit validation service",
            description="Publishes edits below the risk threshold, queues the others.",
        )
    )
    # The in-house model that decides whether an edit can skip moderation.
    risk_model = tm.add(
        tg.Model(
            "Edit risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; a score below 0.2 auto-publishes the edit.",
        )
    )
    # Online lookup of each contributor's reputation features.
    feature_store = tm.add(tg.FeatureStore("Contributor feature store", stores={reputation}))
    # Queue and review UI for edits the model held back.
    moderation = tm.add(
        tg.Service(
            "Moderation queue",
            controls={c.RBAC(note="moderator role"), c.AuditLogging(retention_days=365)},
        )
    )
    # The authoritative map database, with the full edit history.
    map_db = tm.add(
        tg.DataStore(
            "Live map database",
            stores={live_map, edit_history},
            controls={c.DataVersioning(note="every edit is a revision and can be reverted")},
        )
    )
    # Tile and routing API for our apps and partners.
    map_api = tm.add(
        tg.Endpoint(
            "Map serving API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="API keys per app and partner"),
                c.RateLimiting(requests_per_minute=600),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Moderator decisions and rollbacks joined with the edits' features.
        label_set = tm.add(tg.Dataset("Labelled edit dataset", stores={training_set}))
        # Weekly retraining job with open-source ML libraries.
        training = tm.add(
            tg.Pipeline(
                "Weekly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="offline precision/recall gate on a holdout week")
                },
            )
        )
        # Versioned model artifacts; the serving model is pinned by version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff and contracted moderators, connected over the corporate VPN.
    moderator = tm.add(tg.Actor("Map moderator", role="moderator"))
    # Promotes a retrained model into serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# submission and scoring
tm.flow(contributor, submission_api, edit, protocol="https")
tm.flow(submission_api, contributor, submission_status, protocol="https")
tm.flow(submission_api, validator, edit)
tm.flow(feature_store, validator, reputation, label="online lookup")
tm.flow(validator, risk_model, edit_features, reputation)
tm.flow(risk_model, validator, risk_score)
tm.flow(validator, map_db, edit, label="low risk: auto-publish")
tm.flow(validator, moderation, queued_edit, label="risky: queue for review")

# moderation
tm.flow(moderation, moderator, queued_edit, protocol="https")
tm.flow(moderator, moderation, decision, rollbacks, protocol="https")
tm.flow(moderation, map_db, decision, rollbacks, label="approvals and reverts")
tm.flow(map_db, feature_store, edit_history, label="nightly reputation refresh")

# weekly retraining
tm.flow(moderation, label_set, decision)
tm.flow(map_db, label_set, rollbacks, edit_history, label="weekly export")
tm.flow(label_set, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, approval, label="promotes version")
tm.flow(registry, risk_model, model_artifact, label="deploy")

# serving the live map
tm.flow(map_db, map_api, live_map)
tm.flow(nav_app, map_api, map_request, protocol="https")
tm.flow(map_api, nav_app, live_map, protocol="https")
tm.flow(fleet, map_api, map_request, protocol="https")
tm.flow(map_api, fleet, live_map, protocol="https")
