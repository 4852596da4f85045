"""Casino player protection: the first design, before any security review.

A casino group wants to spot gambling harm early, as its regulator requires.
Loyalty-card readers on slot machines report carded play to each venue's slot
management system; the cashier cage system records cash-ins and cash-outs. Both
feeds land nightly in a player risk warehouse in the group data centre, where an
in-house gradient-boosted model scores each member for risk of harm. High scores
raise alerts in a host app that floor hosts use to approach the player; the
outcomes they record become labels for quarterly retraining. A suppression
service pushes at-risk players to the marketing CRM so they get no promotions.
Controls: staff SSO and interaction audit logs on the host app, role-based
access and encryption in the warehouse, SFTP/TLS on links leaving the venues.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Casino player protection risk model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Scores loyalty members for gambling-harm risk from play and cashier data, "
        "alerts hosts to intervene and suppresses marketing to at-risk players."
    ),
)

# ---------------------------------------------------------------- data assets
card_play = tg.Data(
    "Carded play events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Loyalty card number, machine, stake, wins, losses and session times.",
)
play_sessions = tg.Data(
    "Play sessions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
cashier_tx = tg.Data(
    "Cashier transactions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Cash-ins, cash-outs, cheque cashing and card withdrawals, kept for AML.",
)
features = tg.Data("Player risk features", kind="features", sensitivity=tg.Sensitivity.PII)
outcomes = tg.Data(
    "Intervention outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="What the host observed and did; later used as training labels.",
)
weights = tg.Data(
    "Harm risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
score = tg.Data("Harm risk score", kind="model-output", sensitivity=tg.Sensitivity.PII)
alert = tg.Data(
    "Host alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Player name, photo, location on the floor, score band and reasons.",
)
suppression = tg.Data("Marketing suppression list", kind="records", sensitivity=tg.Sensitivity.PII)
sync_status = tg.Data(
    "Suppression sync status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Casino floor", trust=tg.Trust.UNTRUSTED):
    # The person whose play is scored; inserts a loyalty card to earn points.
    player = tm.add(tg.Actor("Loyalty member", role="player"))

with tm.boundary("Venue network", trust=tg.Trust.INTERNAL):
    # Card readers fitted to every slot machine; the source of carded play.
    readers = tm.add(
        tg.Device(
            "Slot machine card readers",
            description="Player-tracking readers in each machine's bezel.",
        )
    )
    # Vendor slot management system that aggregates reader events per venue.
    sms = tm.add(tg.Service("Slot management system"))
    # Cage point-of-sale system where players cash in and out.
    cage = tm.add(tg.Service("Cashier cage system"))
    # Floor hosts who receive alerts and approach players.
    host = tm.add(tg.Actor("Floor host", role="host staff"))

with tm.boundary("Group data centre", trust=tg.Trust.INTERNAL):
    # Nightly job pulling play and cashier exports from every venue.
    ingestion = tm.add(tg.Pipeline("Nightly venue ingestion", stage=tg.Stage.INGESTION))
    # Single store of sessions, transactions, features and outcomes per member.
    warehouse = tm.add(
        tg.DataStore(
            "Player risk warehouse",
            stores={play_sessions, cashier_tx, features, outcomes},
            controls={
                tg.controls.EncryptionAtRest(key_management="database TDE"),
                tg.controls.RBAC(),
            },
        )
    )
    # Scores members each night and decides who needs an alert or a block.
    scorer = tm.add(tg.Service("Risk scoring and alerting service"))
    # The harm model itself, loaded by the scoring service.
    model = tm.add(
        tg.Model(
            "Gambling harm risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over 90 days of play and cash behaviour.",
        )
    )
    # API behind the hosts' tablet app: alert queue and outcome recording.
    host_app = tm.add(
        tg.Endpoint(
            "Host alert app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="staff SSO"),
                tg.controls.AuditLogging(retention_days=1825),
            },
        )
    )
    # Sends at-risk players to the CRM as a do-not-market list.
    suppressor = tm.add(tg.Service("Marketing suppression service"))

    with tm.boundary("Analytics workspace", trust=tg.Trust.INTERNAL):
        # Quarterly retraining on the warehouse's features and host outcomes.
        training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
        # Where trained models wait before the scoring service loads them.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
            )
        )

with tm.boundary("Marketing SaaS", trust=tg.Trust.PARTNER):
    # The group's hosted CRM that sends offers, free play and event invitations.
    crm = tm.add(tg.ExternalService("Marketing CRM platform"))

# ---------------------------------------------------------------- flows
tm.flow(player, readers, card_play, label="inserts loyalty card")
tm.flow(readers, sms, card_play)
tm.flow(player, cage, cashier_tx, label="cash in / cash out")
tm.flow(sms, ingestion, play_sessions, protocol="sftp", label="nightly export")
tm.flow(cage, ingestion, cashier_tx, protocol="sftp", label="nightly export")
tm.flow(ingestion, warehouse, play_sessions, cashier_tx, features)

tm.flow(warehouse, scorer, features)
tm.flow(scorer, model, features)
tm.flow(model, scorer, score)
tm.flow(scorer, warehouse, score)
tm.flow(scorer, host_app, alert)
tm.flow(host_app, host, alert, protocol="https")
tm.flow(host, host_app, outcomes, protocol="https", label="records intervention")
tm.flow(host_app, warehouse, outcomes)

tm.flow(scorer, suppressor, suppression)
tm.flow(suppressor, crm, suppression, protocol="https")
tm.flow(crm, suppressor, sync_status, protocol="https")

tm.flow(warehouse, training, features, outcomes)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
