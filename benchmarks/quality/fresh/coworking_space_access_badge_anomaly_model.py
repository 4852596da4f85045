"""Coworking badge anomaly model: the first design, before any security review.

Members of our Berlin, Amsterdam and Lisbon buildings open doors with 125 kHz
proximity badges; the readers and controllers are run by our access-control vendor's
cloud, which decides who opens which door. An ingestion job pulls door events from
the vendor's API every minute and member profiles from our membership platform
nightly. A scoring job every five minutes turns recent events into per-badge features
and asks an in-house anomaly model for a score (tailgating, shared or cloned badges,
odd hours). Alerts go to an alert store and the community managers' Slack channel;
managers review them in a web dashboard (Google Workspace sign-in, roles), mark them
genuine or not and may suspend a badge through the vendor's API. Their verdicts feed
a monthly retraining job. Data sits in our AWS account, encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coworking badge anomaly detection",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Flags unusual badge use at coworking doors and alerts community managers.",
)

# ---------------------------------------------------------------- data assets
badge_tap = tg.Data(
    "Badge tap",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The badge number read from a 125 kHz proximity card at a door.",
)
door_events = tg.Data(
    "Door events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Badge number, member, door, site, time, granted/denied, held-open flag.",
)
access_lists = tg.Data(
    "Door access lists",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which badge numbers open which doors at which hours, cached on controllers.",
)
member_profiles = tg.Data(
    "Member profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, company, home site, plan hours and badge numbers of each member.",
)
features = tg.Data("Badge behaviour features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Anomaly score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
alerts = tg.Data(
    "Badge anomaly alerts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member, badge, door, time, score and the reason (tailgating, shared, odd hours).",
)
slack_alert = tg.Data(
    "Alert notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member name, door and reason, posted to the community channel.",
)
review_labels = tg.Data(
    "Alert review verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Genuine or false alarm, with the manager's comment.",
)
suspension = tg.Data("Badge suspension request", kind="records", sensitivity=tg.Sensitivity.PII)
training_snapshot = tg.Data(
    "Labelled badge history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Twelve weeks of per-badge features joined with the managers' verdicts.",
)
model_artifact = tg.Data(
    "Anomaly model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Coworking floors", trust=tg.Trust.UNTRUSTED):
    # Members and their guests: anyone with a badge, or a copy of one.
    member = tm.add(tg.Actor("Member", role="coworking member"))

with tm.boundary("Site door network", trust=tg.Trust.INTERNAL):
    # The readers and door controllers at every street and floor door.
    readers = tm.add(
        tg.Device(
            "Door readers and controllers",
            fleet=True,
            description="Vendor-managed controllers with 125 kHz proximity readers.",
        )
    )

with tm.boundary("Access-control vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's platform decides who opens which door and keeps the raw event log.
    access_platform = tm.add(
        tg.ExternalService(
            "Access-control platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Cloud door management; events API and badge admin API.",
        )
    )

with tm.boundary("Membership platform vendor", trust=tg.Trust.PARTNER):
    # Our system of record for members, plans and billing.
    membership = tm.add(
        tg.ExternalService(
            "Membership platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Coworking membership and billing SaaS; export API.",
        )
    )

with tm.boundary("Chat provider", trust=tg.Trust.PARTNER):
    # Where community managers already work; alerts are posted to a private channel.
    slack = tm.add(tg.ExternalService("Slack workspace"))

with tm.boundary("Operator AWS account", trust=tg.Trust.INTERNAL):
    # Pulls door events every minute and member profiles nightly.
    ingester = tm.add(
        tg.Pipeline(
            "Event ingestion job",
            stage=tg.Stage.INGESTION,
            description="Polls the vendor events API each minute; nightly member sync.",
        )
    )
    # History of door events the features are computed from.
    event_store = tm.add(
        tg.DataStore(
            "Door event store",
            stores={door_events},
            controls={
                c.EncryptionAtRest(key_management="AWS KMS"),
                c.RetentionLimits(days=180),
            },
        )
    )
    # Local copy of member profiles, for plan hours and home site.
    directory = tm.add(
        tg.DataStore(
            "Member directory",
            stores={member_profiles},
            controls={c.EncryptionAtRest(key_management="AWS KMS")},
        )
    )
    # Builds features for recent events and asks the model for scores.
    scorer = tm.add(
        tg.Service(
            "Anomaly scoring job",
            description="Runs every five minutes; alerts when the score passes a threshold.",
        )
    )
    # Isolation-forest style detector trained in-house on our own badge history.
    model = tm.add(
        tg.Model(
            "Badge anomaly model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Scores each badge's recent use; it only raises alerts.",
            controls={
                c.HumanInTheLoop(
                    approver="the community manager of the site",
                    note="alerts only; a manager decides any follow-up or badge suspension",
                )
            },
        )
    )
    # Open and reviewed alerts.
    alert_store = tm.add(
        tg.DataStore(
            "Alert store",
            stores={alerts, review_labels},
            controls={c.EncryptionAtRest(key_management="AWS KMS")},
        )
    )
    # Web app where managers review alerts, give verdicts and suspend badges.
    dashboard = tm.add(
        tg.Endpoint(
            "Community manager dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace SSO"),
                c.RBAC(note="community manager and operations admin roles"),
            },
        )
    )
    # Monthly retraining on the labelled history.
    training_set = tm.add(tg.Dataset("Badge training set", stores={training_snapshot}))
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="scikit-learn job; registers the new model as latest.",
        )
    )
    # Where model versions are kept; the scoring job loads the latest one at start.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Operator staff", trust=tg.Trust.INTERNAL):
    # Staff at each site who follow up on alerts with members.
    manager = tm.add(tg.Actor("Community manager", role="community manager"))

# ---------------------------------------------------------------- flows
tm.flow(member, readers, badge_tap, protocol="rfid", label="badge tap at the door")
tm.flow(readers, access_platform, door_events, protocol="https")
tm.flow(access_platform, readers, access_lists, protocol="https", label="access list sync")

tm.flow(access_platform, ingester, door_events, protocol="https", label="events API poll")
tm.flow(membership, ingester, member_profiles, protocol="https", label="nightly export")
tm.flow(ingester, event_store, door_events)
tm.flow(ingester, directory, member_profiles)

tm.flow(event_store, scorer, door_events, label="last 24 hours of events")
tm.flow(directory, scorer, member_profiles)
tm.flow(scorer, model, features)
tm.flow(model, scorer, score)
tm.flow(scorer, alert_store, alerts)
tm.flow(scorer, slack, slack_alert, protocol="https", label="incoming webhook")
tm.flow(slack, manager, slack_alert, protocol="https")

tm.flow(manager, dashboard, review_labels, suspension, protocol="https")
tm.flow(dashboard, manager, alerts, protocol="https")
tm.flow(alert_store, dashboard, alerts)
tm.flow(dashboard, alert_store, review_labels)
tm.flow(dashboard, access_platform, suspension, protocol="https", label="badge admin API")

tm.flow(event_store, retraining, door_events, label="monthly export")
tm.flow(alert_store, retraining, review_labels, label="monthly export")
tm.flow(retraining, training_set, training_snapshot, label="snapshot")
tm.flow(training_set, retraining, training_snapshot, label="train")
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, scorer, model_artifact, label="load latest at start")
