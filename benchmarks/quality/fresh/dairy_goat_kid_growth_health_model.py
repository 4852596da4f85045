"""Dairy goat kid growth and health model: the first design, before any security review.

Kids on the dairy are reared on automatic milk feeder stations in the kid barn. Each
station reads a kid's RFID ear tag, doses milk to the farm's feeding plan, logs the
visit (intake, drinking speed) and weighs the kid on its built-in platform; the
vendor's feeder controller PC in the barn collects all of it. A sync agent on that PC
uploads a nightly export to our ingestion API in the farm's cloud account (HTTPS with
a per-farm API key). A daily job computes growth features, a classifier scores each kid
for falling behind its cohort, and the flagged kids form the stockperson's morning
check list in a phone web app (e-mail and password sign-in), with a push alert. The
stockperson records what they found at each check; those outcomes, with the history,
retrain the model monthly and the registry keeps every version. The farm manager sets
the feeding plan on the controller PC, and the herd vet gets a weekly growth report
by e-mail. The model only advises: the stockperson decides what to do with each kid.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dairy goat kid growth and health model",
    profile=tg.RiskProfile.LOW,
    description="Flags milk-fed kids falling behind on growth or intake for the stockperson to check.",
)

# ---------------------------------------------------------------- data assets
visits = tg.Data(
    "Feeder visit records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per visit: ear tag, station, time, milk dosed and drunk, drinking speed.",
)
weights = tg.Data(
    "Kid weight readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Body weight from the weigh platform in each feeder station.",
)
register = tg.Data(
    "Kid register",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ear tag, birth date, dam, sex and rearing group, kept in the feeder software.",
)
feeding_plan = tg.Data(
    "Feeding plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Daily milk allowance curve per group, from birth to weaning.",
)
export = tg.Data(
    "Nightly feeder export",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The day's visits, weights and register changes as one upload.",
)
features = tg.Data("Kid growth features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
flags = tg.Data(
    "Kid check flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Risk score and reason (low gain, low intake, missed feeds) per kid.",
)
check_list = tg.Data("Morning check list", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
alert = tg.Data("Check alert", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
outcomes = tg.Data(
    "Check outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the stockperson found: healthy, scours, pneumonia, treated, died.",
)
thresholds = tg.Data("Flag thresholds", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
report = tg.Data("Weekly growth report", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Kid growth training set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Kid growth model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Farm network", trust=tg.Trust.INTERNAL):
    # The stations that feed and weigh every kid; the source of all the data.
    feeders = tm.add(
        tg.Device(
            "Kid feeder stations",
            fleet=True,
            description="Automatic milk feeders with RFID readers and weigh platforms.",
        )
    )
    # The feeder vendor's management software on the barn PC: collects visits, holds the
    # kid register and sends the feeding plan to the stations.
    controller = tm.add(tg.Service("Feeder controller PC"))
    # Our small agent on the same PC: reads the nightly export and uploads it.
    sync_agent = tm.add(tg.Service("Feeder data sync agent"))
    # Owns the feeding plan and the flag thresholds; reads the growth reports.
    manager = tm.add(tg.Actor("Farm manager", role="farm manager", privileged=True))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Receives the nightly upload from the barn.
    ingest = tm.add(
        tg.Endpoint(
            "Ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-farm API key")},
        )
    )
    # All kid history: visits, weights, register, features, flags and check outcomes.
    kid_db = tm.add(
        tg.DataStore(
            "Kid records database",
            stores={visits, weights, register, features, flags, outcomes, thresholds},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="daily managed backups"),
            },
        )
    )
    # Turns raw visits and weights into daily gain and intake against the cohort.
    feature_job = tm.add(tg.Pipeline("Daily growth feature job", stage=tg.Stage.PREPROCESSING))
    # Scores each kid once a day for falling behind.
    model = tm.add(
        tg.Model(
            "Kid growth model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees; advisory only, the stockperson decides.",
        )
    )
    # Backend of the stockperson's phone web app and the manager's dashboard.
    app_api = tm.add(
        tg.Endpoint(
            "Stockperson app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Monthly snapshot of history joined with check outcomes.
    dataset = tm.add(tg.Dataset("Kid growth training set", stores={training_set}))
    # Monthly retraining job.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Keeps every trained version; the scoring job loads the latest.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Works the kid barn with a phone on the mobile network or farm Wi-Fi.
    stockperson = tm.add(tg.Actor("Stockperson", role="stockperson"))

with tm.boundary("Service providers", trust=tg.Trust.PARTNER):
    # Delivers the morning alert to the stockperson's phone.
    push = tm.add(tg.ExternalService("Push notification service"))
    # The practice's vet, who reviews kid growth weekly.
    vet = tm.add(tg.Actor("Herd veterinarian", role="veterinarian"))

# ---------------------------------------------------------------- flows
tm.flow(feeders, controller, visits, weights, protocol="rs-485")
tm.flow(controller, feeders, feeding_plan, protocol="rs-485")
tm.flow(manager, controller, feeding_plan, register, label="feeder software console")
tm.flow(controller, sync_agent, export, label="nightly export file")
tm.flow(
    sync_agent,
    ingest,
    export,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(ingest, kid_db, visits, weights, register)

tm.flow(kid_db, feature_job, visits, weights, register)
tm.flow(feature_job, kid_db, features)
tm.flow(feature_job, model, features)
tm.flow(model, kid_db, flags)

tm.flow(kid_db, app_api, flags, outcomes)
tm.flow(app_api, stockperson, check_list, protocol="https")
tm.flow(stockperson, app_api, outcomes, protocol="https")
tm.flow(app_api, kid_db, outcomes, thresholds)
tm.flow(app_api, push, alert, protocol="https")
tm.flow(push, stockperson, alert, protocol="https")
tm.flow(manager, app_api, thresholds, protocol="https")
tm.flow(app_api, manager, check_list, report, protocol="https")
tm.flow(app_api, vet, report, protocol="smtp")

tm.flow(kid_db, dataset, training_set, label="monthly snapshot")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load latest version")
