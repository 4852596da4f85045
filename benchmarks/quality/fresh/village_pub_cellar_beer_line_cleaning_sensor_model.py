"""Beer line cleaning prediction for a tenanted pub estate: the first design, before review.

Every pub cellar in the estate gets a sensor kit: a flow meter on each beer line,
cellar temperature probes and in-line beer quality sensors (turbidity and
conductivity), wired to a small gateway. The gateway sends readings over MQTT with
TLS to the sensor vendor's cloud, which pushes them to our telemetry webhook (a
static API key in the request header; payloads must match the vendor's schema).
Readings land in an encrypted time-series store in the pub company's cloud. An
hourly scheduler joins them with each line's last cleaning date from the estate
database and asks an in-house regression model how many days remain before the
line needs cleaning; when a line is due, an alert service texts and e-mails the
landlord and the area manager through an SMS and e-mail gateway. Landlords log
cleans and see line status in the pub portal (e-mail and password); area managers
sign in with company SSO and MFA, and each landlord sees only their own pub. A
data scientist retrains the model monthly from telemetry and the cleaning log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pub cellar beer line cleaning prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts when each pub's beer lines need cleaning and alerts the landlord.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Cellar sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-line flow volumes, cellar temperature and beer quality readings; "
    "the volumes also show how much beer each pub sells.",
)
landlord_contacts = tg.Data(
    "Landlord contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, mobile numbers and e-mail addresses of landlords and area managers.",
)
line_register = tg.Data(
    "Pub and line register", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
cleaning_log = tg.Data(
    "Line cleaning log",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Date, line and who cleaned it, entered by the landlord.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
line_features = tg.Data("Line features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prediction = tg.Data(
    "Predicted cleaning due dates", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
alert = tg.Data("Line cleaning alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
line_status = tg.Data(
    "Line status dashboard", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
portal_request = tg.Data("Portal request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_config = tg.Data(
    "Training job configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data(
    "Cleaning model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Pub cellars", trust=tg.Trust.PARTNER):
    # One kit per pub, on premises the tenant landlord runs.
    sensors = tm.add(
        tg.Device(
            "Cellar sensor kit",
            description="Flow meters, temperature probes and quality sensors behind a gateway.",
        )
    )

with tm.boundary("Sensor vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's platform collects the kits' readings and relays them to us.
    vendor = tm.add(
        tg.ExternalService(
            "Sensor vendor telemetry platform", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the texts and e-mails.
    sms_gateway = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenant landlords, on their phones or the pub PC.
    landlord = tm.add(tg.Actor("Landlord", role="tenant landlord"))
    # Company staff covering a patch of pubs, mostly on the road.
    area_manager = tm.add(tg.Actor("Area manager", role="area manager"))

with tm.boundary("Pub company cloud", trust=tg.Trust.INTERNAL):
    # Receives the vendor's pushes.
    webhook = tm.add(
        tg.Endpoint(
            "Telemetry webhook",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="static vendor API key in request header"),
                c.SchemaEnforcement(note="payloads must match the vendor's reading schema"),
            },
        )
    )
    # Time series of every reading from every pub.
    telemetry = tm.add(
        tg.DataStore(
            "Line telemetry store",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Pubs, lines, landlord contacts, cleaning log and the latest predictions.
    estate_db = tm.add(
        tg.DataStore(
            "Pub estate database",
            stores={line_register, landlord_contacts, cleaning_log, prediction},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Hourly job: builds features, scores every line, raises alerts.
    scheduler = tm.add(tg.Service("Cleaning prediction scheduler"))
    # Days until each line needs cleaning.
    model = tm.add(
        tg.Model(
            "Line cleaning model",
            task=tg.Task.REGRESSOR,
            description="LightGBM regressor on flow since last clean, temperature and quality.",
        )
    )
    # Turns due lines into messages for the right landlord and area manager.
    alerts = tm.add(tg.Service("Alert service"))
    # Where landlords log cleans and everyone sees line status.
    portal = tm.add(
        tg.Endpoint(
            "Pub portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password for landlords; company SSO with MFA for area managers"
                ),
                c.RBAC(note="a landlord sees only their own pub; area managers see their patch"),
            },
        )
    )
    # Telemetry joined with the cleaning log, snapshotted monthly.
    training_set = tm.add(tg.Dataset("Line history training set", stores={readings, cleaning_log}))
    # Monthly retraining.
    training = tm.add(tg.Pipeline("Cleaning model training", stage=tg.Stage.TRAINING))
    # Model files the scheduler's model is loaded from.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={model_file}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model and runs the retraining.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(
    sensors, vendor, readings, protocol="mqtt", controls={c.EncryptionInTransit(protocol="TLS 1.2")}
)
tm.flow(vendor, webhook, readings, protocol="https")
tm.flow(webhook, telemetry, readings)

tm.flow(telemetry, scheduler, readings)
tm.flow(estate_db, scheduler, line_register, cleaning_log)
tm.flow(scheduler, model, line_features)
tm.flow(model, scheduler, prediction)
tm.flow(scheduler, estate_db, prediction)
tm.flow(scheduler, alerts, alert)
tm.flow(estate_db, alerts, landlord_contacts)
tm.flow(alerts, sms_gateway, alert, landlord_contacts, protocol="https")
tm.flow(sms_gateway, landlord, alert, protocol="sms")
tm.flow(sms_gateway, area_manager, alert, protocol="sms")

tm.flow(landlord, portal, portal_request, cleaning_log, protocol="https")
tm.flow(portal, landlord, line_status, protocol="https")
tm.flow(area_manager, portal, portal_request, protocol="https")
tm.flow(portal, area_manager, line_status, protocol="https")
tm.flow(portal, estate_db, cleaning_log)
tm.flow(estate_db, portal, line_register, cleaning_log, prediction)

tm.flow(telemetry, training_set, readings, label="monthly snapshot")
tm.flow(estate_db, training_set, cleaning_log, label="monthly snapshot")
tm.flow(training_set, training, readings, cleaning_log)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="load on deploy")
