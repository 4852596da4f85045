"""Hive swarm prediction: the first design, before any security review.

A regional beekeeping association offers its members a swarm early-warning
service. Members fit hive scales that report hive weight and brood-box
temperature every 15 minutes over LoRaWAN; a community network server forwards
the uplinks to our ingestion service by webhook, which range-checks them and
writes them to a readings database. Each morning a scoring job combines the
last days of readings with a weather forecast and asks an in-house
gradient-boosted classifier for the swarm risk of every hive; hives above the
threshold get an e-mail alert. Members see their hives and risk history in a
web app and report swarms they saw, which become labels for the end-of-season
retraining run by a volunteer data maintainer. All of it runs in one small
cloud project; members sign in with e-mail and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hive swarm prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Swarm early-warning for association members from hive scale "
    "weight and temperature readings.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Hive weight and temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hive weight, brood temperature, battery level, device id, every 15 minutes.",
)
weather = tg.Data("Weather forecast and history", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
member_accounts = tg.Data(
    "Member accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, password hash, association membership number.",
)
apiary_locations = tg.Data(
    "Apiary locations and hive register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="GPS position of each member's apiary and which scale sits under which hive.",
)
swarm_reports = tg.Data(
    "Member swarm reports",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Hive, date and whether a swarm was seen, entered by members.",
)
hive_features = tg.Data("Hive swarm features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
swarm_risk = tg.Data("Swarm risk score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
swarm_alert = tg.Data("Swarm alert e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
dashboard = tg.Data("Hive dashboard", kind="records", sensitivity=tg.Sensitivity.PII)
training_set = tg.Data(
    "Seasonal training set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Swarm model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
retrain_request = tg.Data(
    "Retraining run and release", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Apiary sites", trust=tg.Trust.UNTRUSTED):
    # Battery-powered hive scales under members' hives, out in fields and gardens.
    scales = tm.add(
        tg.Device(
            "Hive scale sensors",
            fleet=True,
            description="Load cells and a temperature probe with a LoRaWAN radio.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Association members who own the hives and receive the alerts.
    member = tm.add(tg.Actor("Association member", role="beekeeper"))
    # Volunteer who looks after the data and runs the yearly retraining from home.
    maintainer = tm.add(
        tg.Actor("Volunteer data maintainer", role="data volunteer", privileged=True)
    )

with tm.boundary("LoRaWAN community network", trust=tg.Trust.PARTNER):
    # Community-run network server that receives the radio uplinks and forwards them.
    network_server = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            description="Decrypts uplinks with the devices' session keys and posts them to our webhook.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial weather API: warm, still days drive swarming.
    weather_api = tm.add(tg.DataSource("Weather API", origin=tg.Origin.VENDOR, provides={weather}))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the swarm alerts to members' inboxes.
    mail_service = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Association cloud project", trust=tg.Trust.INTERNAL):
    # Receives the forwarded uplinks and writes clean readings.
    ingestion = tm.add(
        tg.Pipeline(
            "Uplink ingestion service",
            stage=tg.Stage.INGESTION,
            internet_facing=True,
            controls={
                c.Authentication(method="shared secret header set on the network server webhook"),
                c.SchemaEnforcement(
                    note="payload decoder rejects out-of-range weights and temperatures"
                ),
            },
        )
    )
    # Time-series store of readings, swarm reports and daily risk scores.
    readings_db = tm.add(
        tg.DataStore(
            "Readings database",
            stores={readings, swarm_reports, swarm_risk},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Who the members are and where their hives stand.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={member_accounts, apiary_locations},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Members' web app: hive dashboard, alert settings and swarm reporting.
    web_app = tm.add(
        tg.Endpoint(
            "Member web app",
            purpose=tg.EndpointPurpose.API,
            description="Shows each member only the hives registered to their own account.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Morning job that scores every hive and sends alerts above the threshold.
    scoring_job = tm.add(tg.Service("Daily swarm scoring job"))
    # The classifier itself, loaded by the scoring job.
    swarm_model = tm.add(
        tg.Model(
            "Swarm prediction model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted trees over weight trend, daily weight gain, "
            "brood temperature and forecast; outputs a 0-1 swarm risk for the next 3 days.",
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Readings joined with swarm reports, snapshotted each autumn.
        dataset = tm.add(tg.Dataset("Seasonal training dataset", stores={training_set}))
        # Notebook-driven retraining pipeline run by the volunteer.
        training = tm.add(
            tg.Pipeline("Retraining pipeline", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Bucket of model versions; the scoring job loads the latest one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model bucket",
                stores={model_artifact},
                controls={c.ModelVersioning(note="versioned object names, latest pointer")},
            )
        )

# ---------------------------------------------------------------- flows
# telemetry
tm.flow(scales, network_server, readings, protocol="lorawan")
tm.flow(network_server, ingestion, readings, protocol="https", label="uplink webhook")
tm.flow(ingestion, readings_db, readings)

# daily scoring and alerts
tm.flow(readings_db, scoring_job, readings, label="daily batch")
tm.flow(weather_api, scoring_job, weather, protocol="https")
tm.flow(scoring_job, swarm_model, hive_features)
tm.flow(swarm_model, scoring_job, swarm_risk)
tm.flow(scoring_job, readings_db, swarm_risk)
tm.flow(member_db, scoring_job, member_accounts, apiary_locations, label="alert recipients")
tm.flow(scoring_job, mail_service, swarm_alert, protocol="https")
tm.flow(mail_service, member, swarm_alert, protocol="smtp")

# members' web app
tm.flow(member, web_app, member_accounts, apiary_locations, swarm_reports, protocol="https")
tm.flow(web_app, member, dashboard, protocol="https")
tm.flow(web_app, member_db, member_accounts, apiary_locations)
tm.flow(member_db, web_app, member_accounts, apiary_locations)
tm.flow(web_app, readings_db, swarm_reports)
tm.flow(readings_db, web_app, readings, swarm_risk)

# end-of-season retraining
tm.flow(readings_db, dataset, readings, swarm_reports, label="season export")
tm.flow(weather_api, dataset, weather, protocol="https", label="historical weather")
tm.flow(dataset, training, training_set)
tm.flow(maintainer, training, retrain_request, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, swarm_model, model_artifact, label="loaded by the scoring job")
