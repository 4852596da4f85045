"""Mussel farm harvest-closure advisor: the first design, before any security review.

A rope-grown mussel farm wants earlier warning of when to stop harvesting. Water
quality buoys on the lease site report temperature, salinity, chlorophyll and
turbidity over the cellular network to the buoy vendor's cloud. An ingestion job
in the farm's small cloud account pulls those readings, the food agency's official
biotoxin and E. coli results for the production area, and the public rainfall
forecast into a water-quality history store. A classifier, retrained each season
from that history, scores the risk that toxin levels will pass the regulatory limit.
The farm manager sees the advice on a web dashboard (Google Workspace sign-in),
decides whether to close the harvest, and the dashboard then e-mails and texts the
buyers on the contact list through a messaging provider. The model only advises:
the manager makes every closure decision. Storage uses the cloud's default
encryption; all links outside the cloud are HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mussel farm harvest-closure advisor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Advises a shellfish farm manager when to close the harvest, from buoy sensors, "
        "the food agency's biotoxin results and rainfall forecasts; buyers are notified."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Buoy sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Temperature, salinity, chlorophyll and turbidity every 15 minutes.",
)
biotoxin = tg.Data(
    "Biotoxin and E. coli test results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Official control monitoring results for the farm's production area.",
)
rainfall = tg.Data("Rainfall forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
history = tg.Data(
    "Water-quality history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Seasons of readings and test results, joined with past closure decisions.",
)
model_file = tg.Data("Closure model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
features = tg.Data("Current site features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
advice = tg.Data(
    "Closure risk advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
decision = tg.Data("Harvest closure decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
notice = tg.Data(
    "Harvest closure notice",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which beds are closed or reopened, and from when.",
)
contacts = tg.Data(
    "Buyer contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses and mobile numbers of the buyers' staff.",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Lease site", trust=tg.Trust.UNTRUSTED, description="Open water, reachable by any boat."
):
    # The farm's own sensor buoys moored among the mussel lines.
    buoys = tm.add(
        tg.Device(
            "Water quality buoys",
            fleet=True,
            description="Three solar-powered multiparameter sonde buoys with cellular modems.",
        )
    )

with tm.boundary("Buoy vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's telemetry platform: the buoys only talk to it, we read its API.
    vendor_cloud = tm.add(
        tg.ExternalService(
            "Buoy vendor telemetry platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Food agency", trust=tg.Trust.PARTNER):
    # Official shellfish monitoring: the results decide legal closures.
    agency = tm.add(
        tg.ExternalService(
            "Food agency results portal",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Publishes weekly biotoxin and E. coli results per production area.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Heavy rain drives E. coli run-off, so the forecast is an input.
    forecast = tm.add(
        tg.DataSource(
            "Met service rainfall forecast",
            origin=tg.Origin.PUBLIC_WEB,
            provides={rainfall},
        )
    )
    # Wholesalers and restaurants who buy the mussels and must stop on a closure.
    buyers = tm.add(tg.Actor("Shellfish buyers", role="buyer"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the closure e-mails and text messages on our behalf.
    messaging = tm.add(tg.ExternalService("E-mail and SMS gateway"))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Pulls every source on a schedule and normalises it.
    ingestion = tm.add(
        tg.Pipeline(
            "Hourly ingestion job",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="vendor and agency payloads checked against a schema")
            },
        )
    )
    # The single record of what the water did and what was decided.
    history_db = tm.add(
        tg.DataStore(
            "Water-quality history store",
            stores={readings, biotoxin, rainfall, history, decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Retrains the classifier once a season from the accumulated history.
    training = tm.add(tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING))
    # A storage bucket holding the trained model files.
    model_bucket = tm.add(tg.ModelRegistry("Model file bucket", stores={model_file}))
    # Scores the chance that toxins pass the limit in the coming days.
    closure_model = tm.add(
        tg.Model(
            "Closure risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over recent readings, results and rainfall.",
            controls={c.HumanInTheLoop(approver="the farm manager")},
        )
    )
    # Where the manager sees the advice, records the decision and keeps the buyer list.
    dashboard = tm.add(
        tg.Endpoint(
            "Advisory dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace single sign-on")},
        )
    )
    # Sends the notice to every buyer once the manager confirms a closure.
    notifier = tm.add(tg.Service("Buyer notification service"))
    # The buyers to tell, kept next to the notifier.
    contact_db = tm.add(tg.DataStore("Buyer contact list", stores={contacts}))

with tm.boundary("Farm office", trust=tg.Trust.INTERNAL):
    # Decides closures and reopenings; runs the farm.
    manager = tm.add(tg.Actor("Farm manager", role="farm manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(buoys, vendor_cloud, readings, protocol="mqtts", label="cellular telemetry")
tm.flow(vendor_cloud, ingestion, readings, protocol="https", label="vendor API pull")
tm.flow(agency, ingestion, biotoxin, protocol="https")
tm.flow(forecast, ingestion, rainfall, protocol="https")
tm.flow(ingestion, history_db, readings, biotoxin, rainfall)

tm.flow(history_db, training, history, label="seasonal export")
tm.flow(training, model_bucket, model_file)
tm.flow(model_bucket, closure_model, model_file, label="load at start-up")

tm.flow(history_db, dashboard, readings, biotoxin, rainfall, label="latest values")
tm.flow(dashboard, closure_model, features)
tm.flow(closure_model, dashboard, advice)
tm.flow(dashboard, manager, advice, readings, biotoxin, protocol="https")
tm.flow(manager, dashboard, decision, contacts, protocol="https")
tm.flow(dashboard, history_db, decision)
tm.flow(dashboard, contact_db, contacts, label="buyer list edits")
tm.flow(contact_db, dashboard, contacts, label="buyer list view")

tm.flow(dashboard, notifier, notice, label="confirmed closure")
tm.flow(contact_db, notifier, contacts)
tm.flow(notifier, messaging, notice, contacts, protocol="https")
tm.flow(messaging, buyers, notice, protocol="smtp+starttls", label="e-mail")
tm.flow(messaging, buyers, notice, protocol="sms", label="text message", id="sms-to-buyers")
