"""Urban beekeeping swarm alerts: the first design, before any security review.

A city beekeeping association in the UK lends battery-powered hive scales to its
members, who keep hives in gardens, on allotments and on office roofs. Each scale
sends hive weight and brood temperature every 15 minutes over a community LoRaWAN
network, whose network server posts the readings to our ingestion API by webhook.
An hourly scoring job runs a swarm prediction model (gradient-boosted trees,
saved with joblib) on the last days of readings and, when the swarm probability is
high, sends a push alert to the member's phone. Members sign in to the app with
e-mail and password, see their hives' graphs and alerts, and report swarms and
inspections, which label the data when a volunteer retrains the model each spring
on their laptop and copies the new model file to the server. Everything runs on one
small cloud VM that the volunteer maintains over SSH; the webhook carries a shared
secret header, the app uses HTTPS and the database is dumped nightly to backup.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Urban beekeeping swarm alerts",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Hive scale readings predict swarming; members of a beekeeping association "
        "get app alerts. Run by one volunteer on a small cloud VM."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Hive weight and temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
swarm_reports = tg.Data(
    "Swarm and inspection reports",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Members' notes: swarmed, queen cells seen, split made, nothing found.",
)
members = tg.Data(
    "Member and hive register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses, apiary addresses and which scale is lent to whom.",
)
sign_in = tg.Data(
    "Member sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
push_tokens = tg.Data("Phone push tokens", kind="records", sensitivity=tg.Sensitivity.PII)
hive_features = tg.Data(
    "Hive reading windows", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
swarm_probability = tg.Data(
    "Swarm probability", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
swarm_alert = tg.Data("Swarm alert", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
hive_view = tg.Data(
    "Hive graphs and alert history", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
training_export = tg.Data(
    "Training export",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="CSV of past readings joined with members' swarm reports.",
)
model_file = tg.Data("Swarm model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Members' apiaries", trust=tg.Trust.UNTRUSTED):
    # Lent to members; sits under the hive in gardens, allotments and on roofs.
    scale = tm.add(
        tg.Device(
            "Hive scale",
            fleet=True,
            description="LoRaWAN load cell and temperature sensor, about 40 units.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # An association member who has borrowed one or more scales.
    member = tm.add(tg.Actor("Member beekeeper", role="member"))
    # The association's app on the member's own phone.
    app = tm.add(tg.Device("Member phone app", fleet=True))

with tm.boundary("Community LoRaWAN network", trust=tg.Trust.PARTNER):
    # Free community network server that receives the scales' radio uplinks.
    lorawan = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            description="Decodes uplinks and forwards them to our webhook.",
        )
    )

with tm.boundary("Push notification provider", trust=tg.Trust.PARTNER):
    # Delivers alerts to members' phones.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Association cloud VM", trust=tg.Trust.INTERNAL):
    # Receives the network server's webhook calls with new readings.
    ingest = tm.add(
        tg.Endpoint(
            "Reading ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared secret header set in the LoRaWAN webhook")},
        )
    )
    # PostgreSQL holding readings, reports, predictions and the member register.
    db = tm.add(
        tg.DataStore(
            "Hive database",
            stores={readings, swarm_reports, members, sign_in, push_tokens, swarm_probability},
            controls={c.DataVersioning(note="nightly pg_dump to the provider's object storage")},
        )
    )
    # Scores every hive once an hour and decides who gets an alert.
    scoring = tm.add(tg.Service("Hourly swarm scoring job"))
    # Predicts the chance of a swarm in the next seven days from the reading windows.
    model = tm.add(
        tg.Model(
            "Swarm prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees on weight and temperature trends.",
        )
    )
    # The folder the scoring job loads the current model file from.
    model_dir = tm.add(tg.ModelRegistry("Model file folder", stores={model_file}))
    # Backend of the member app: sign-in, hive graphs, alerts, swarm reports.
    app_api = tm.add(
        tg.Endpoint(
            "Member app API",
            purpose=tg.EndpointPurpose.API,
            description="Members see the hives on their loan and report swarms and inspections.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Volunteer's laptop", trust=tg.Trust.INTERNAL):
    # Looks after the server and retrains the model.
    volunteer = tm.add(tg.Actor("Volunteer maintainer", role="administrator", privileged=True))
    # Local copy of the export the model is trained on.
    training_set = tm.add(tg.Dataset("Training CSV", stores={training_export}))
    # Jupyter notebook run once a season.
    training = tm.add(
        tg.Pipeline(
            "Spring retraining notebook", stage=tg.Stage.TRAINING, third_party_packages=True
        )
    )

# ---------------------------------------------------------------- flows
# readings in
tm.flow(scale, lorawan, readings, protocol="lorawan")
tm.flow(lorawan, ingest, readings, protocol="https", label="uplink webhook")
tm.flow(ingest, db, readings)

# hourly scoring and alerts
tm.flow(db, scoring, readings, members, push_tokens, label="hourly")
tm.flow(scoring, model, hive_features)
tm.flow(model, scoring, swarm_probability)
tm.flow(scoring, db, swarm_probability)
tm.flow(model_dir, model, model_file, label="loaded at job start")
tm.flow(scoring, push, swarm_alert, push_tokens, protocol="https")
tm.flow(push, app, swarm_alert, protocol="https")

# the member app
tm.flow(member, app, sign_in, swarm_reports)
tm.flow(app, member, hive_view, swarm_alert)
tm.flow(app, app_api, sign_in, swarm_reports, push_tokens, protocol="https")
tm.flow(app_api, app, hive_view, protocol="https")
tm.flow(app_api, db, sign_in, swarm_reports, push_tokens)
tm.flow(db, app_api, readings, swarm_probability, members, sign_in)

# seasonal retraining
tm.flow(db, training_set, training_export, protocol="ssh", label="CSV export over scp")
tm.flow(training_set, training, training_export)
tm.flow(volunteer, training, protocol="local", label="runs the notebook")
tm.flow(training, model_dir, model_file, protocol="ssh", label="copied over scp")

# administration
tm.flow(volunteer, db, members, protocol="ssh", label="records scale loans, fixes accounts")
