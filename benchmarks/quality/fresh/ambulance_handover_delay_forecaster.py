"""Ambulance handover delay forecaster: the first design, before any security review.

A regional ambulance service shows its dispatchers how long crews arriving at each
emergency department in the next few hours are likely to wait to hand patients over.
Crews' mobile data terminals send arrival and handover statuses to the existing CAD
system, which publishes arrival events to a new forecasting platform in the service's
cloud tenancy; the platform also polls each acute trust's ED bed-state feed. A pipeline
builds per-ED features, a scoring job asks an in-house regressor for a forecast every
five minutes and a dispatcher dashboard shows the results. Forecasts are advisory: the
dispatcher still chooses where a crew conveys. History is archived for weekly
retraining. Controls: single sign-on and roles on the dashboard, TLS to vehicles and
trusts, schema checks on feeds, storage encryption, and a backtest before registering.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ambulance handover delay forecaster",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Per-ED handover delay forecasts from live arrival and bed feeds, shown to dispatchers.",
)

# ---------------------------------------------------------------- data assets
vehicle_status = tg.Data(
    "Vehicle status messages",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Callsign, incident number, status code, GPS position and time.",
)
arrival_events = tg.Data(
    "Hospital arrival events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Incident number, call category, patient age band, hospital, arrival and "
    "handover times. No names, but linkable to the patient record in CAD.",
)
bed_state = tg.Data(
    "ED bed-state and occupancy",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Cubicles free, patients waiting, corridor care and escalation level per ED.",
)
features = tg.Data(
    "Per-ED handover features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
forecast = tg.Data(
    "Handover delay forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Expected wait in minutes per ED for the next four hours, with a band.",
)
dashboard_query = tg.Data(
    "Dashboard view request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
history = tg.Data(
    "Handover history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Two years of arrival events joined to bed-state snapshots.",
)
training_config = tg.Data(
    "Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Ambulance fleet", trust=tg.Trust.INTERNAL):
    # Existing in-cab terminals on the mobile operator's private APN; the source of
    # every arrival and handover status.
    mdt = tm.add(
        tg.Device(
            "Mobile data terminal",
            fleet=True,
            description="In-cab terminal in each ambulance; crews press status buttons.",
        )
    )

with tm.boundary("Control room network", trust=tg.Trust.RESTRICTED):
    # Existing system of record for incidents; publishes arrival events to the platform.
    cad = tm.add(
        tg.Service(
            "CAD system",
            description="Computer-aided dispatch; holds incidents and patient details.",
        )
    )
    # The people who act on the forecast when choosing a destination hospital.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="control room dispatcher"))

with tm.boundary("Acute hospital trusts", trust=tg.Trust.PARTNER):
    # Each trust's bed management system exposes an ED bed-state API we poll.
    bed_feed = tm.add(
        tg.DataSource(
            "ED bed-state feed",
            origin=tg.Origin.PARTNER,
            provides={bed_state},
            description="Polled every five minutes from each of the region's nine trusts.",
        )
    )

with tm.boundary("Forecasting platform", trust=tg.Trust.INTERNAL):
    # Normalises CAD events and the trusts' differing bed-state formats.
    ingestion = tm.add(
        tg.Pipeline(
            "Feed ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="messages not matching the per-trust schema are dropped")
            },
        )
    )
    # Latest rolling features per ED for the scoring job.
    feature_store = tm.add(
        tg.FeatureStore(
            "Online feature store",
            stores={features},
            online=True,
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs every five minutes and produces one forecast per ED.
    scoring = tm.add(
        tg.Service("Forecast scoring job", description="Scheduled every five minutes.")
    )
    # The forecaster itself.
    model = tm.add(
        tg.Model(
            "Handover delay model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted regressor; dispatchers use it to pick destination EDs.",
        )
    )
    # Current and recent forecasts, read by the dashboard.
    forecast_store = tm.add(tg.DataStore("Forecast store", stores={forecast}))
    # Web app the control room opens on its workstations.
    dashboard = tm.add(
        tg.Service(
            "Dispatcher dashboard",
            description="Map and table of forecast waits per ED; advisory only.",
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on"),
                c.RBAC(note="dispatcher and duty manager roles"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Archive of arrivals and bed states for retraining.
        history_set = tm.add(
            tg.Dataset(
                "Handover history dataset",
                stores={history},
                purpose="training",
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Weekly retraining with a backtest against the last month.
        training = tm.add(
            tg.Pipeline(
                "Weekly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="backtest MAE must not regress before registering")
                },
            )
        )
        # Versioned models; the scoring job loads the one tagged production.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and retrains the model, and promotes versions.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data science team", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(mdt, cad, vehicle_status, protocol="tls", label="status buttons over private APN")
tm.flow(cad, ingestion, arrival_events, protocol="amqp", label="arrival event stream")
tm.flow(bed_feed, ingestion, bed_state, protocol="https", label="five-minute poll")
tm.flow(ingestion, feature_store, features)
tm.flow(ingestion, history_set, arrival_events, bed_state, label="archive")

tm.flow(feature_store, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, forecast)
tm.flow(scoring, forecast_store, forecast)
tm.flow(dashboard, forecast_store, dashboard_query, label="latest forecasts")
tm.flow(forecast_store, dashboard, forecast)
tm.flow(dispatcher, dashboard, dashboard_query, protocol="https")
tm.flow(dashboard, dispatcher, forecast, protocol="https")

tm.flow(history_set, training, history)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="production version loaded by the scoring job")
