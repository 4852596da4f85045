"""River swimming spot water quality alerts: the first design, before any security review.

The rivers trust predicts E. coli levels at popular river swimming spots so that
swimmers can decide whether to go in. Every hour a scoring service takes the latest
rainfall (Environment Agency gauges and a licensed Met Office forecast), river flow
and the water company's storm overflow alerts, runs an in-house regression model
per spot, and texts subscribers of a spot through a commercial SMS gateway when the
predicted level passes the bathing-water threshold. Members of the public subscribe
on a sign-up page on the trust's website with their mobile number and their spots,
and unsubscribe by replying STOP. The model is retrained each month on the trust's
volunteer sampling results, which the data officer uploads after the lab reports.
Everything runs in the trust's cloud account. Controls in this design: HTTPS on
external links, form validation on the sign-up page, schema checks on incoming
feeds, encryption at rest of the subscriber database, model versioning in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "River swimming spot water quality SMS alerts",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Hourly E. coli predictions per swimming spot, texted to subscribers when unsafe.",
)

# ---------------------------------------------------------------- data assets
subscription = tg.Data(
    "Subscription details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Mobile number, chosen swimming spots and consent time.",
)
confirmation = tg.Data("Sign-up confirmation page", kind="documents", sensitivity="internal")
stop_reply = tg.Data(
    "STOP reply",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Sender number and text.",
)
unsubscribe = tg.Data(
    "Unsubscribe webhook call",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The gateway's inbound-message callback carrying the sender number.",
)
gauge_readings = tg.Data(
    "River flow and rainfall gauge readings", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
rain_forecast = tg.Data("Rainfall forecast", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
overflow_alerts = tg.Data(
    "Storm overflow alerts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Start and stop events of sewage storm overflows upstream of each spot.",
)
spot_features = tg.Data(
    "Spot hydrology features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lab_results = tg.Data(
    "E. coli sample results",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Lab counts for volunteer water samples, by spot and time.",
)
retrain_request = tg.Data("Retraining run request", kind="records", sensitivity="internal")
model_artifact = tg.Data("E. coli model artifact", sensitivity="internal", format="pickle")
prediction = tg.Data("Predicted E. coli level", kind="model-output", sensitivity="internal")
recipients = tg.Data("Spot subscriber numbers", kind="records", sensitivity=tg.Sensitivity.PII)
alert_sms = tg.Data(
    "Unsafe swimming alert SMS",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient number and the warning text for a spot.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who want to know when a spot is unsafe.
    subscriber = tm.add(tg.Actor("Subscriber", role="member of the public"))

with tm.boundary("Environment Agency", trust=tg.Trust.PARTNER):
    # The public hydrology API: rainfall and river flow gauges near each spot.
    ea_api = tm.add(
        tg.DataSource(
            "Environment Agency hydrology API", origin="partner", provides={gauge_readings}
        )
    )

with tm.boundary("Met Office", trust=tg.Trust.PARTNER):
    # Licensed rainfall forecast for the catchments, pulled hourly.
    met_office = tm.add(
        tg.DataSource("Met Office rainfall forecast", origin="vendor", provides={rain_forecast})
    )

with tm.boundary("Water company", trust=tg.Trust.PARTNER):
    # The water company's near-real-time storm overflow event feed.
    overflow_feed = tm.add(
        tg.DataSource("Storm overflow event feed", origin="partner", provides={overflow_alerts})
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway that sends the alerts and relays STOP replies.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Trust cloud account", trust=tg.Trust.INTERNAL):
    # Public sign-up page and its API: subscriptions in, unsubscribe callbacks in.
    signup = tm.add(
        tg.Endpoint(
            "Alert sign-up web app",
            purpose="api",
            controls={c.InputValidation(note="UK mobile number format and known spot ids")},
        )
    )
    # Who wants alerts for which spot.
    subscriber_db = tm.add(
        tg.DataStore(
            "Subscriber database",
            stores={subscription},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Hourly pull of the three feeds into per-spot features.
    ingestion = tm.add(
        tg.Pipeline(
            "Hourly feed ingestion",
            stage="ingestion",
            controls={
                c.SchemaEnforcement(note="rejects readings that do not parse or are out of range")
            },
        )
    )
    # History of features per spot and hour, for scoring and training.
    observations = tm.add(
        tg.FeatureStore("Spot observations store", stores={spot_features}, online=True)
    )
    # The prediction itself: E. coli per spot from the hydrology features.
    ecoli_model = tm.add(
        tg.Model(
            "E. coli prediction model",
            task="regressor",
            origin="in-house",
            high_stakes=True,
            description="Gradient-boosted regression per spot; above 900 cfu/100ml marks it unsafe.",
        )
    )
    # Scores every spot each hour and sends alerts when a spot turns unsafe.
    alert_service = tm.add(
        tg.Service(
            "Hourly scoring and alert service",
            description="Scores each spot, compares with the threshold and texts its subscribers.",
        )
    )
    # Sampling results joined to the features at sampling time.
    training_set = tm.add(tg.Dataset("Sampling training set", stores={lab_results, spot_features}))
    # Monthly retraining job run from the trust's notebook environment.
    training = tm.add(tg.Pipeline("Monthly retraining", stage="training"))
    # Versions of the trained model that the alert service loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Trust office", trust=tg.Trust.INTERNAL):
    # Staff member who uploads lab results and runs the retraining.
    data_officer = tm.add(tg.Actor("Data officer", role="data officer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# subscriptions
tm.flow(subscriber, signup, subscription, protocol="https", controls={tls})
tm.flow(signup, subscriber, confirmation, protocol="https", controls={tls})
tm.flow(signup, subscriber_db, subscription)
tm.flow(subscriber, sms_gateway, stop_reply, protocol="sms")
tm.flow(sms_gateway, signup, unsubscribe, protocol="https", label="inbound SMS webhook")

# feeds
tm.flow(ea_api, ingestion, gauge_readings, protocol="https")
tm.flow(met_office, ingestion, rain_forecast, protocol="https")
tm.flow(overflow_feed, ingestion, overflow_alerts, protocol="https")
tm.flow(ingestion, observations, spot_features)

# hourly scoring and alerting
tm.flow(observations, alert_service, spot_features, label="hourly batch read")
tm.flow(alert_service, ecoli_model, spot_features)
tm.flow(ecoli_model, alert_service, prediction)
tm.flow(subscriber_db, alert_service, recipients, label="subscribers of unsafe spots")
tm.flow(alert_service, sms_gateway, alert_sms, protocol="https", controls={tls})
tm.flow(sms_gateway, subscriber, alert_sms, protocol="sms")

# retraining
tm.flow(data_officer, training_set, lab_results, protocol="https", label="uploads lab results")
tm.flow(observations, training_set, spot_features, label="monthly export")
tm.flow(training_set, training, lab_results, spot_features)
tm.flow(data_officer, training, retrain_request, label="starts retraining", protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, ecoli_model, model_artifact, label="load on deploy")
