"""Lake ice skating: thickness sensors and an opening model, confirmed by the duty ranger.

A lake resort marks out a skating area on the frozen lake. Battery ice thickness
sensors frozen into the ice report every 15 minutes over LoRaWAN to a gateway on
the boathouse roof, which forwards them to an ingest service in the resort's cloud
account. An ice status service combines the latest readings with a commercial
weather forecast and asks an in-house model whether the area can open. The model
only proposes: closing is automatic, but every opening waits for the duty ranger,
who drills a check hole and confirms it in the ranger console (resort SSO sign-in).
When sensors go quiet or the model fails, the area stays closed. The current status
is shown on a public web page and on LED signs at the lake entrances, which poll it
over LTE. Each autumn the model is retrained on past seasons' readings and ranger
decisions and stored in a model registry; decisions are kept in an audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lake ice skating opening model",
    profile=tg.RiskProfile.HIGH,
    description="Ice thickness sensors and weather feed a model that proposes opening the "
    "skating area; the duty ranger confirms every opening; status goes to a web page and signs.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Ice thickness readings",
    kind="records",
    sensitivity="internal",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Ice thickness, ice and water temperature and battery level per sensor.",
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity="public")
features = tg.Data("Opening features", kind="features", sensitivity="internal")
recommendation = tg.Data(
    "Opening recommendation",
    kind="model-output",
    sensitivity="internal",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
proposal = tg.Data("Proposed opening", kind="records", sensitivity="internal")
confirmation = tg.Data(
    "Ranger opening confirmation",
    kind="records",
    sensitivity="internal",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Confirm or refuse, with the ranger's drill-hole measurement.",
)
status = tg.Data(
    "Skating area status",
    kind="records",
    sensitivity="public",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
decision_log = tg.Data(
    "Opening decision log",
    kind="logs",
    sensitivity="internal",
    description="Each recommendation, the ranger who confirmed or refused it, and when.",
)
training_set = tg.Data("Past seasons' readings and decisions", kind="training-data")
run_settings = tg.Data("Retraining run settings", kind="records", sensitivity="internal")
artifact = tg.Data("Opening model artifact", sensitivity="internal", format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Lake", trust=tg.Trust.UNTRUSTED):
    # Frozen into the ice in the public skating area: anyone on the ice can reach them.
    sensors = tm.add(tg.Device("Ice thickness sensors", fleet=True))
    # Skaters and walkers who read the status on the web or on the signs.
    public = tm.add(tg.Actor("Skater", role="member of the public"))
    # LED signs at the lake entrances, polling the status over the mobile network.
    signs = tm.add(tg.Device("Lake entrance status signs", fleet=True))

with tm.boundary("Resort site", trust=tg.Trust.INTERNAL):
    # Receives the sensors' radio uplinks and forwards them to the cloud.
    gateway = tm.add(tg.Device("LoRaWAN gateway", fleet=False))
    # The ranger on duty, who checks the ice and confirms each opening.
    ranger = tm.add(tg.Actor("Duty ranger", role="ranger"))
    # Data analyst who retrains the model before each season.
    analyst = tm.add(tg.Actor("Resort data analyst", role="analyst", privileged=True))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API for the lake's coordinates.
    weather = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Resort cloud account", trust=tg.Trust.INTERNAL):
    # Decodes sensor uplinks and stores the readings.
    ingest = tm.add(tg.Service("Sensor ingest service"))
    # Time series of all readings, kept across seasons.
    readings_db = tm.add(tg.DataStore("Readings database", stores={readings}))
    # Builds features, asks the model, closes automatically, holds openings for the ranger.
    status_service = tm.add(
        tg.Service(
            "Ice status service",
            controls={
                c.HumanInTheLoop(
                    approver="the duty ranger", note="every opening; closing is automatic"
                ),
                c.FailClosed(fallback="area stays closed when readings or the model are missing"),
            },
        )
    )
    # Proposes open or closed from thickness, temperatures and the forecast.
    model = tm.add(
        tg.Model(
            "Ice opening model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Gradient-boosted trees; proposes open only above a minimum thickness.",
            controls={c.ModelValidation(note="backtested on the previous season before release")},
        )
    )
    # Web app the ranger uses on a phone to review and confirm proposals.
    console = tm.add(
        tg.Endpoint(
            "Ranger console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="resort Microsoft 365 SSO")},
        )
    )
    # Every recommendation and ranger decision, for incident review.
    log_store = tm.add(
        tg.DataStore(
            "Decision audit log",
            stores={decision_log},
            controls={c.AuditLogging(retention_days=1825)},
        )
    )
    # Public status page, also polled by the entrance signs.
    status_page = tm.add(
        tg.Endpoint("Public ice status page", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # Yearly retraining job run by the analyst.
    training = tm.add(tg.Pipeline("Pre-season retraining", stage=tg.Stage.TRAINING))
    # Holds the trained model versions.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={artifact}))

# ---------------------------------------------------------------- flows
tm.flow(
    sensors,
    gateway,
    readings,
    protocol="LoRaWAN",
    controls={c.MessageIntegrity(note="LoRaWAN MIC with per-device session keys")},
)
tm.flow(gateway, ingest, readings, protocol="wss")
tm.flow(ingest, readings_db, readings)
tm.flow(readings_db, status_service, readings)
tm.flow(weather, status_service, forecast, protocol="https")

tm.flow(status_service, model, features)
tm.flow(model, status_service, recommendation)
tm.flow(status_service, console, proposal)
tm.flow(console, ranger, proposal, protocol="https")
tm.flow(ranger, console, confirmation, protocol="https")
tm.flow(console, status_service, confirmation)
tm.flow(status_service, log_store, decision_log)

tm.flow(status_service, status_page, status)
tm.flow(status_page, public, status, protocol="https")
tm.flow(status_page, signs, status, protocol="https", label="polled over LTE")
tm.flow(signs, public, status, label="on the panel")

tm.flow(readings_db, training, training_set, label="pre-season export")
tm.flow(log_store, training, training_set, label="pre-season export")
tm.flow(analyst, training, run_settings, protocol="https", label="runs retraining")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy")
