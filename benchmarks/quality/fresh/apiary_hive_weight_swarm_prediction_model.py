"""Hive swarm prediction: the first design of a beekeeping association's swarm alert service.

Members of a national beekeeping association in the EU fit a battery hive monitor
under one or more hives: a load-cell scale, a brood-box temperature probe and a
microphone whose sound is reduced on the unit to a few frequency bands. Every
fifteen minutes the unit sends its readings over LoRaWAN to a public network
server, which posts them by webhook to the association's small cloud project.
An hourly job scores each hive with an in-house swarm classifier (gradient-boosted
trees trained by a volunteer on past swarm reports) and, above a threshold, has an
SMS provider text the beekeeper. Members sign in to a web portal with e-mail and
password to register hives and apiary locations, see their graphs and report
swarms, which become training labels. LoRaWAN encrypts and signs each uplink, the
webhook carries a shared key header, incoming payloads are checked against a
schema, and the member database uses the cloud provider's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hive swarm prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts swarming from members' hive scales, temperature and sound, and texts the beekeeper.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Hive sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hive weight, brood temperature, sound band levels and battery, per hive id.",
)
hive_features = tg.Data(
    "Hive features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Weight trend, temperature variance and piping-band energy over the last days.",
)
swarm_score = tg.Data("Swarm probability", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
members = tg.Data(
    "Member and apiary records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Names, e-mail, mobile numbers, apiary GPS locations and the hive ids at each.",
)
contact = tg.Data("Beekeeper mobile number", kind="records", sensitivity=tg.Sensitivity.PII)
alert = tg.Data(
    "Swarm alert text",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Apiary name, hive number and likelihood, sent to the member's mobile number.",
)
portal_login = tg.Data("Portal sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
dashboard = tg.Data(
    "Hive dashboard",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The member's apiaries, hive graphs and recent swarm probabilities.",
)
registration = tg.Data(
    "Hive registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="New hives, monitor serial numbers, apiary locations and contact preferences.",
)
swarm_reports = tg.Data(
    "Swarm reports",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Members' reports that a hive swarmed (or did not) on a date.",
)
training_history = tg.Data(
    "Historical hive readings", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data(
    "Swarm model file",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="scikit-learn model saved with joblib.",
)
run_config = tg.Data(
    "Training run settings", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Members' apiaries", trust=tg.Trust.UNTRUSTED):
    # The monitor under each hive, in members' fields and gardens, unattended.
    hive_unit = tm.add(
        tg.Device(
            "Hive monitor unit",
            fleet=True,
            description="Load-cell scale, temperature probe and microphone on a LoRaWAN board.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The member who owns the hives, on their own phone and browser.
    beekeeper = tm.add(tg.Actor("Beekeeper", role="association member"))
    # The volunteer who retrains the model from home through the cloud console.
    data_volunteer = tm.add(
        tg.Actor("Volunteer data scientist", role="volunteer data scientist", privileged=True)
    )

with tm.boundary("LoRaWAN network provider", trust=tg.Trust.PARTNER):
    # The public LoRaWAN network server that receives the uplinks and forwards them.
    network_server = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Decrypts uplinks with the device session keys and posts them by webhook.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the text messages to members' mobiles.
    sms_provider = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Association cloud project", trust=tg.Trust.INTERNAL):
    # Receives the network server's webhook and writes the readings.
    ingest = tm.add(
        tg.Endpoint(
            "Uplink ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="shared key header set on the network server webhook"),
                c.SchemaEnforcement(
                    note="rejects payloads outside the decoder's fields and ranges"
                ),
            },
        )
    )
    # Time series of every hive's readings, and the scores the job writes back.
    readings_db = tm.add(tg.DataStore("Hive readings database", stores={readings, swarm_score}))
    # Runs every hour over all hives with fresh readings.
    scoring_job = tm.add(
        tg.Service(
            "Hourly swarm scoring job",
            description="Builds features, asks the model, and texts members above 0.7.",
        )
    )
    # The classifier that turns a hive's recent history into a swarm probability.
    swarm_model = tm.add(
        tg.Model(
            "Swarm prediction model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted trees over weight, temperature and sound features.",
        )
    )
    # Members' web portal: hive registration, graphs and swarm reports.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Members, their apiaries and contact numbers.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={members},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Swarm reports joined to the readings before each swarm season's retraining.
    training_set = tm.add(
        tg.Dataset("Swarm training set", stores={swarm_reports, training_history})
    )
    # A notebook job the volunteer starts before each season.
    training = tm.add(
        tg.Pipeline(
            "Model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.Authentication(method="cloud console Google account with 2-step verification")
            },
        )
    )
    # The storage bucket the scoring job loads the current model from.
    model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={model_file}))

# ---------------------------------------------------------------- flows
tm.flow(
    hive_unit,
    network_server,
    readings,
    protocol="lorawan",
    controls={
        c.EncryptionInTransit(protocol="LoRaWAN AES-128 application session key"),
        c.MessageIntegrity(note="LoRaWAN message integrity code"),
    },
    label="uplink every 15 minutes",
)
tm.flow(network_server, ingest, readings, protocol="https", label="uplink webhook")
tm.flow(ingest, readings_db, readings)

tm.flow(readings_db, scoring_job, readings, label="hourly batch read")
tm.flow(scoring_job, swarm_model, hive_features)
tm.flow(swarm_model, scoring_job, swarm_score)
tm.flow(scoring_job, readings_db, swarm_score)
tm.flow(member_db, scoring_job, contact)
tm.flow(scoring_job, sms_provider, alert, contact, protocol="https")
tm.flow(sms_provider, beekeeper, alert, protocol="sms")

tm.flow(beekeeper, portal, portal_login, registration, swarm_reports, protocol="https")
tm.flow(portal, beekeeper, dashboard, protocol="https")
tm.flow(portal, member_db, registration)
tm.flow(member_db, portal, members)
tm.flow(readings_db, portal, readings, swarm_score)
tm.flow(portal, training_set, swarm_reports)

tm.flow(readings_db, training_set, training_history, label="seasonal export")
tm.flow(data_volunteer, training, run_config, protocol="https")
tm.flow(training_set, training, swarm_reports, training_history)
tm.flow(training, model_bucket, model_file)
tm.flow(model_bucket, scoring_job, model_file, label="loaded at start")
