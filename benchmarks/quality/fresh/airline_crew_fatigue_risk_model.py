"""Crew fatigue risk model: the first design, before any security review.

The airline's fatigue risk management (FRM) team wants every rostered pairing
scored for fatigue risk before it is flown. Rosters, pairings and planned duty
times come from the crew management system; actual block and duty times come
from the flight operations feed. Pilots and cabin crew file fatigue
self-reports (sleepiness scale, sleep hours, free text) from the crew app over
the internet. A feature pipeline turns all this into per-crew features; a
scoring service runs the in-house model whenever a roster is published or
changed, and flags high-risk pairings on a dashboard for crew schedulers, who
decide whether to re-crew or add rest. Self-reports also serve as labels for a
quarterly retraining run by the FRM data scientist. Everything runs in the
airline's EU cloud tenancy. Crew sign in through the crew portal SSO, schedulers
through corporate SSO with MFA; reports are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crew fatigue risk model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Scores fatigue risk of rostered pairings for pilots and cabin crew "
    "and flags risky pairings to crew schedulers.",
)

# ---------------------------------------------------------------- data assets
roster = tg.Data(
    "Rosters and pairings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who flies which pairing, with planned report, block and release times.",
)
duty_times = tg.Data(
    "Actual duty times",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Actual block-off/block-on and duty end times per crew member.",
)
self_report = tg.Data(
    "Fatigue self-report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Karolinska sleepiness score, hours slept and free text that can "
    "mention illness or medication.",
)
receipt = tg.Data("Report receipt", kind="records", sensitivity=tg.Sensitivity.PII)
features = tg.Data(
    "Crew fatigue features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Sleep opportunity, circadian disruption, cumulative duty and recent reports.",
)
risk_score = tg.Data("Pairing fatigue score", kind="model-output", sensitivity=tg.Sensitivity.PII)
flags = tg.Data(
    "High-risk pairing flags",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pairings above the risk threshold, with the crew named and the score.",
)
disposition = tg.Data(
    "Scheduler disposition",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accepted, re-crewed or rest added, with a comment.",
)
roster_change = tg.Data("Roster change", kind="records", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Fatigue labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_config = tg.Data("Training configuration", kind="instructions")
weights = tg.Data(
    "Fatigue model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pilots and cabin crew file reports from their phones, often down-route.
    crew = tm.add(tg.Actor("Crew member", role="pilot or cabin crew"))

with tm.boundary("Operations systems", trust=tg.Trust.INTERNAL):
    # The commercial crew management system that owns rosters and pairings.
    cms = tm.add(
        tg.DataSource(
            "Crew management system",
            origin=tg.Origin.INTERNAL,
            provides={roster},
            description="Rostering and pairing optimiser; the system of record for rosters.",
        )
    )
    # Actual times, since planned duty often differs from what was flown.
    ops_feed = tm.add(
        tg.DataSource(
            "Flight operations feed",
            origin=tg.Origin.INTERNAL,
            provides={duty_times},
            description="ACARS OOOI times and duty records from flight ops.",
        )
    )

with tm.boundary("FRM platform", trust=tg.Trust.INTERNAL):
    # Where crew file their self-reports from the crew app.
    report_api = tm.add(
        tg.Endpoint(
            "Fatigue report API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="crew portal SSO (OIDC) with employee number and password"),
            },
        )
    )
    # Holds every self-report; read by the FRM team and the pipelines.
    report_store = tm.add(
        tg.DataStore(
            "Fatigue report store",
            stores={self_report},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Joins rosters, actual duty and recent reports into per-crew features.
    feature_job = tm.add(tg.Pipeline("Fatigue feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Features per crew member and pairing, read at scoring time.
    feature_store = tm.add(tg.FeatureStore("Crew feature store", stores={features}, online=True))
    # Scores each pairing when a roster is published or changed.
    scoring = tm.add(
        tg.Service(
            "Pairing risk scoring service",
            description="Scores every pairing of a newly published or changed roster.",
        )
    )
    # The model itself: a fatigue score per crew member per pairing.
    model = tm.add(
        tg.Model(
            "Fatigue risk model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted model on a biomathematical fatigue baseline.",
        )
    )
    # What schedulers look at: flagged pairings and their scores.
    dashboard = tm.add(
        tg.Endpoint(
            "Scheduler fatigue dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="schedulers and FRM team roles"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Quarterly snapshot of features with self-reports as labels.
        training_set = tm.add(tg.Dataset("Fatigue training set", stores={features, labels}))
        # Retrains the model each quarter.
        training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
        # Versions of the model; the scoring service loads the current one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Acts on flags: re-crews a pairing or adds rest in the crew management system.
    scheduler = tm.add(tg.Actor("Crew scheduler", role="crew scheduler"))
    # Owns the model: runs the retraining and releases new versions.
    scientist = tm.add(tg.Actor("FRM data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(crew, report_api, self_report, protocol="https")
tm.flow(report_api, crew, receipt, protocol="https")
tm.flow(report_api, report_store, self_report)

tm.flow(cms, feature_job, roster, protocol="sftp", label="roster export on publish")
tm.flow(ops_feed, feature_job, duty_times, protocol="kafka")
tm.flow(report_store, feature_job, self_report, label="recent reports")
tm.flow(feature_job, feature_store, features)

tm.flow(cms, scoring, roster, protocol="https", label="published or changed roster")
tm.flow(feature_store, scoring, features, label="online lookup")
tm.flow(scoring, model, features)
tm.flow(model, scoring, risk_score)
tm.flow(scoring, dashboard, flags)
tm.flow(dashboard, scheduler, flags, protocol="https")
tm.flow(scheduler, dashboard, disposition, protocol="https")
tm.flow(scheduler, cms, roster_change, protocol="https", label="re-crew or add rest")

tm.flow(report_store, training_set, labels, label="quarterly snapshot")
tm.flow(feature_store, training_set, features, label="quarterly snapshot")
tm.flow(scientist, training, training_config)
tm.flow(training_set, training, features, labels)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load current version")
