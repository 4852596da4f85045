"""Ambulance handover delay forecast: the first design, before any security review.

The ambulance service forecasts how long crews will wait to hand patients over at
each hospital emergency department. Every hour a batch job on the service's cloud
analytics platform pulls ambulance arrival and handover times from the
computer-aided dispatch (CAD) system's reporting API and bed status from the
hospitals' shared data feed. It runs a forecasting model and publishes the
predicted waits to a panel on the dispatchers' screens; dispatchers still choose
where each crew goes. Hospital bed managers see the same forecasts in a web
dashboard, signed in with NHSmail single sign-on. The job keeps only incident
number, hospital, triage category and times, never patient names. Each month the
analytics team retrains the model on the history, backtests it, and promotes it
through a versioned model registry. All links use HTTPS; the history is encrypted
at rest with cloud-managed keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ambulance handover delay forecast",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Hourly forecast of ED handover waits, shown to dispatchers and bed managers.",
)

# ---------------------------------------------------------------- data assets
arrivals = tg.Data(
    "Ambulance arrival records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Incident number, call sign, hospital, triage category, arrival and "
    "handover times; linkable to a patient through the CAD.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bed_status = tg.Data(
    "Hospital bed status",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="ED occupancy, patients waiting and free beds per hospital.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
features = tg.Data("Forecast features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
forecast = tg.Data(
    "Predicted handover waits",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Expected wait in minutes per hospital for the next hours.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
allocation = tg.Data("Crew destination", kind="records", sensitivity=tg.Sensitivity.PII)
dashboard_query = tg.Data("Dashboard query", kind="records")
history = tg.Data(
    "Handover history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Two years of arrivals, handover times and bed status snapshots.",
)
model_file = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data("Retraining configuration", kind="code")
promotion = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Ambulance service network", trust=tg.Trust.INTERNAL):
    # Where incidents, arrival and handover times are recorded; the job reads its reporting API.
    cad = tm.add(
        tg.DataSource(
            "Computer-aided dispatch system", origin=tg.Origin.INTERNAL, provides={arrivals}
        )
    )
    # The forecast panel on the dispatchers' CAD screens.
    console = tm.add(tg.Service("Dispatcher forecast panel"))
    # Sends crews to hospitals, using the forecast as advice.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="dispatcher"))
    # Retrains and promotes the model each month.
    analyst = tm.add(
        tg.Actor("Analytics team data scientist", role="data scientist", privileged=True)
    )

with tm.boundary("Analytics cloud platform", trust=tg.Trust.INTERNAL):
    # Pulls the inputs every hour, scores them and publishes the forecast.
    job = tm.add(
        tg.Service(
            "Hourly forecast job",
            controls={
                c.DataMinimization(note="only incident number, hospital, triage and times"),
                c.InputValidation(note="drops stale or out-of-range bed counts"),
            },
        )
    )
    # Predicts handover wait per hospital; advisory only.
    model = tm.add(
        tg.Model(
            "Handover delay model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted regressor over recent arrivals and bed status.",
            controls={
                c.HumanInTheLoop(
                    approver="dispatcher", note="forecasts are advice; the dispatcher chooses"
                )
            },
        )
    )
    # Latest and past forecasts, read by the dashboard.
    forecast_store = tm.add(tg.DataStore("Forecast store", stores={forecast}))
    # Web dashboard for hospital bed managers.
    dashboard = tm.add(
        tg.Endpoint(
            "Bed manager dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="NHSmail single sign-on")},
        )
    )
    # History of arrivals, handovers and bed status used for retraining.
    dataset = tm.add(
        tg.Dataset(
            "Handover history dataset",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Monthly retraining and backtest, written in Python with open-source libraries.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on the last three months")},
        )
    )
    # Versioned model files; the job loads the promoted version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )

with tm.boundary("Hospital networks", trust=tg.Trust.PARTNER):
    # The hospitals' shared bed status feed.
    bed_feed = tm.add(
        tg.DataSource("Hospital bed status feed", origin=tg.Origin.PARTNER, provides={bed_status})
    )
    # Plans ED capacity at one hospital; reads the forecasts.
    bed_manager = tm.add(tg.Actor("Hospital bed manager", role="bed manager"))

# ---------------------------------------------------------------- flows
tm.flow(cad, job, arrivals, protocol="https", label="hourly pull")
tm.flow(bed_feed, job, bed_status, protocol="https", label="hourly pull")
tm.flow(job, model, features)
tm.flow(model, job, forecast)
tm.flow(job, forecast_store, forecast)
tm.flow(job, console, forecast, protocol="https")
tm.flow(console, dispatcher, forecast, label="on the CAD screen")
tm.flow(dispatcher, cad, allocation, label="at the CAD console")

tm.flow(bed_manager, dashboard, dashboard_query, protocol="https")
tm.flow(forecast_store, dashboard, forecast)
tm.flow(dashboard, bed_manager, forecast, protocol="https")

tm.flow(job, dataset, history, label="hourly snapshot")
tm.flow(dataset, training, history)
tm.flow(analyst, training, training_config, protocol="https")
tm.flow(training, registry, model_file)
tm.flow(analyst, registry, promotion, protocol="https", label="promotes version")
tm.flow(registry, model, model_file, label="deploy")
