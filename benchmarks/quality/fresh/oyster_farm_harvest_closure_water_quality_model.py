"""Oyster farm harvest closure: the first design, before any security review.

The farm moors water quality sensor buoys on its leases in the estuary; they report
salinity, temperature, turbidity and chlorophyll every fifteen minutes over a
cellular modem to an ingestion endpoint in the farm's cloud account. The same
endpoint takes the national weather service's rainfall data, the water utility's
sewage overflow alerts (a webhook) and the food safety regulator's shellfish test
results. Each morning a decision service asks an in-house risk model for a
norovirus and biotoxin risk level; the level decides whether harvesting closes for
the day, except that a regulator result always overrides it. The decision is kept
in a closure register, shown to the farm manager on a dashboard, and sent to the
buyers as a closure notice through an SMS and e-mail provider. The model is
retrained monthly from the stored history. Controls in this design: per-sender
API keys on the endpoint, TLS on every link, encrypted storage, the regulator
override enforced in code, password sign-in on the dashboard, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Oyster farm harvest closure",
    profile=tg.RiskProfile.HIGH,
    description="Daily harvest open/close decision from water quality, rainfall and "
    "sewage overflow data, overridden by the food safety regulator's results.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Water quality readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
rainfall = tg.Data("Rainfall observations and forecast", kind="records", sensitivity="public")
overflow = tg.Data(
    "Sewage overflow alerts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
reg_results = tg.Data(
    "Regulator shellfish test results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="E. coli, norovirus and biotoxin results per harvest area, with the "
    "regulator's open or closed status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
risk_features = tg.Data("Daily risk features", kind="features", sensitivity="internal")
risk_level = tg.Data(
    "Norovirus and biotoxin risk level", kind="model-output", sensitivity="internal"
)
closure = tg.Data(
    "Harvest closure decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
notice = tg.Data("Harvest closure notice", kind="documents", sensitivity="internal")
buyer_contacts = tg.Data("Buyer contact list", kind="records", sensitivity=tg.Sensitivity.PII)
dashboard_request = tg.Data("Dashboard request", kind="records", sensitivity="internal")
history = tg.Data(
    "Historical readings and results", kind="training-data", sensitivity="confidential"
)
weights = tg.Data("Risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Estuary cellular network", trust=tg.Trust.UNTRUSTED):
    # The only source of on-lease water measurements; moored in open water.
    buoys = tm.add(
        tg.Device(
            "Water quality sensor buoys",
            fleet=True,
            description="Multi-parameter sondes with a cellular modem, one per lease.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Wholesalers and restaurants who must not take oysters on a closed day.
    buyers = tm.add(tg.Actor("Oyster buyers", role="buyer"))

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Rainfall is the strongest predictor of runoff contamination.
    weather = tm.add(
        tg.DataSource("National weather service", origin=tg.Origin.VENDOR, provides={rainfall})
    )

with tm.boundary("Water utility", trust=tg.Trust.PARTNER):
    # Combined sewer overflows upstream are the main norovirus source.
    utility = tm.add(
        tg.DataSource(
            "Water utility overflow alerts", origin=tg.Origin.PARTNER, provides={overflow}
        )
    )

with tm.boundary("Food safety regulator", trust=tg.Trust.PARTNER):
    # Official flesh and water testing; its status overrides the model.
    regulator = tm.add(
        tg.DataSource("Regulator results portal", origin=tg.Origin.PARTNER, provides={reg_results})
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Delivers closure notices to buyers by SMS and e-mail.
    messaging = tm.add(tg.ExternalService("SMS and e-mail provider"))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Single way in for sensor, weather, utility and regulator data.
    ingest = tm.add(
        tg.Endpoint(
            "Ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="per-sender API keys (sensor buoys and the water utility webhook)"
                )
            },
        )
    )
    # Time series of everything the model and the regulator override read.
    store = tm.add(
        tg.DataStore(
            "Water data store",
            stores={readings, rainfall, overflow, reg_results},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Makes the daily open/close call and sends the notices.
    decision = tm.add(
        tg.Service(
            "Harvest decision service",
            description="Runs each morning at 05:00 and on every new overflow alert.",
            controls={
                c.PolicyEnforcement(
                    rules="a regulator closed status or failed result closes the area "
                    "whatever the model's risk level"
                )
            },
        )
    )
    # The daily decisions with the inputs and risk level behind them.
    register = tm.add(tg.DataStore("Closure register", stores={closure, risk_level}))
    # Where the farm manager sees today's status and history.
    dashboard = tm.add(
        tg.Endpoint(
            "Farm dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Predicts the day's contamination risk from the last 72 hours of data.
        model = tm.add(
            tg.Model(
                "Harvest risk model",
                task=tg.Task.CLASSIFIER,
                high_stakes=True,
                description="Gradient-boosted classifier: low, elevated or high risk.",
            )
        )
        # Monthly retraining against the regulator's results as ground truth.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Keeps each trained model version for rollback.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Farm office", trust=tg.Trust.INTERNAL):
    # Runs the farm; reads the decision before sending the crew out.
    manager = tm.add(tg.Actor("Farm manager", role="manager"))

# ---------------------------------------------------------------- flows
tm.flow(buoys, ingest, readings, protocol="https", label="cellular uplink every 15 min")
tm.flow(weather, ingest, rainfall, protocol="https", label="hourly pull")
tm.flow(utility, ingest, overflow, protocol="https", label="overflow alert webhook")
tm.flow(regulator, ingest, reg_results, protocol="https", label="daily results pull")
tm.flow(ingest, store, readings, rainfall, overflow, reg_results)

tm.flow(store, decision, readings, rainfall, overflow, reg_results)
tm.flow(decision, model, risk_features)
tm.flow(model, decision, risk_level)
tm.flow(decision, register, closure, risk_level)
tm.flow(decision, messaging, notice, buyer_contacts, protocol="https")
tm.flow(messaging, buyers, notice, protocol="sms", label="SMS and e-mail")

tm.flow(manager, dashboard, dashboard_request, protocol="https")
tm.flow(register, dashboard, closure, risk_level)
tm.flow(dashboard, manager, closure, risk_level, protocol="https")

tm.flow(store, training, history)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
