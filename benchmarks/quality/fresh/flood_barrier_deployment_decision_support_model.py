"""Flood barrier deployment decision support: the first design, before any security review.

The town council keeps a stock of demountable flood barriers for the riverside
streets; putting them up takes a crew about six hours, so the decision has to be
made well before the river peaks. The council's own telemetry loggers at three
gauging sites post river levels every 15 minutes; an ingestion pipeline in the
council's cloud tenancy also pulls upstream levels from the Environment Agency's
public API and rainfall forecasts from a paid Met Office feed. A river level
model, trained by a hydrology consultancy, predicts the peak level at the barrier
site for the next 48 hours; an advisor service compares it with the trigger
levels and the barrier lead time and raises a deploy / stand-by / stand-down
recommendation. The duty flood officer sees it on a web dashboard (council SSO
with MFA) and makes the decision, which is logged; alerts go out by SMS through
GOV.UK Notify. Feeds use HTTPS; stores use the cloud platform's default encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Flood barrier deployment decision support",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Advises a town council when to deploy demountable flood barriers, from river "
        "gauges, upstream levels and rainfall forecasts."
    ),
)

# ---------------------------------------------------------------- data assets
gauge_readings = tg.Data(
    "Gauge level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="15-minute stage readings and logger battery status from the council's gauges.",
)
upstream_levels = tg.Data(
    "Upstream river levels",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
rainfall_forecast = tg.Data(
    "Rainfall forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Gridded catchment rainfall forecast under the Met Office licence.",
)
hydro_series = tg.Data(
    "Hydrometric time series",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
model_inputs = tg.Data(
    "Forecast model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
peak_forecast = tg.Data(
    "Predicted peak level",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Peak level and time at the barrier site with a 90% band, next 48 hours.",
)
history = tg.Data(
    "Historic levels and flood events",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "River level model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
thresholds = tg.Data(
    "Deployment trigger levels",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Trigger levels per street section and the crew lead time.",
)
recommendation = tg.Data(
    "Deployment recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
decision = tg.Data(
    "Barrier deployment decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Deploy / stand-by / stand-down, who decided and why.",
)
alert = tg.Data(
    "Flood duty alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="SMS text with the recommendation, sent to the duty officers' mobile numbers.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Riverbank gauging sites", trust=tg.Trust.UNTRUSTED):
    # Council-owned loggers on public riverbanks, reporting over the cellular network.
    gauges = tm.add(
        tg.Device(
            "River gauge loggers",
            description="Pressure-transducer level loggers at three gauging sites.",
        )
    )

with tm.boundary("External data providers", trust=tg.Trust.PARTNER):
    # Upstream gauges we do not own: the Environment Agency's open flood-monitoring API.
    ea_api = tm.add(
        tg.ExternalService(
            "Environment Agency flood monitoring API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )
    # Paid rainfall forecast feed; gives the lead time the gauges alone cannot.
    met_office = tm.add(
        tg.ExternalService("Met Office forecast feed", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Sends the duty SMS alerts for the council.
    notify = tm.add(tg.ExternalService("GOV.UK Notify", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Pulls and receives all level and forecast data, checks it and stores it.
    ingestion = tm.add(
        tg.Pipeline(
            "Hydrometric ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="rejects readings outside the gauge's range")},
        )
    )
    # The single record of levels and forecasts the model and the advisor read.
    ts_store = tm.add(
        tg.DataStore(
            "Hydrometric time-series store",
            stores={hydro_series},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Predicts the river's peak at the barrier site.
    level_model = tm.add(
        tg.Model(
            "River level forecast model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted model; a missed peak means flooded homes.",
        )
    )
    # Turns the forecast into a recommendation against the trigger levels and lead time.
    advisor = tm.add(
        tg.Service(
            "Barrier deployment advisor",
            description="Runs every 15 minutes; recommends, the duty officer decides.",
            controls={c.HumanInTheLoop(approver="the duty flood officer")},
        )
    )
    # Reference data the emergency planning team maintains.
    trigger_store = tm.add(tg.DataStore("Trigger level settings", stores={thresholds}))
    # Where the officer sees forecasts and records decisions, also from home out of hours.
    dashboard = tm.add(
        tg.Endpoint(
            "Flood decision dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="council Entra ID single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )
    # Record of every deployment decision, for the post-event review.
    decision_log = tm.add(
        tg.DataStore(
            "Deployment decision log",
            stores={decision},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

    with tm.boundary("Model workspace", trust=tg.Trust.INTERNAL):
        # Historic series and recorded flood events the model is trained on.
        training_set = tm.add(tg.Dataset("Historic flood training set", stores={history}))
        # Retraining run by the consultancy after each flood season.
        training = tm.add(
            tg.Pipeline(
                "Model training pipeline", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Holds the trained model versions that the advisor can load.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Council offices", trust=tg.Trust.INTERNAL):
    # Emergency planning officer on the flood duty rota.
    officer = tm.add(tg.Actor("Duty flood officer", role="emergency planning officer"))

with tm.boundary("Consultancy", trust=tg.Trust.PARTNER):
    # Builds and retrains the model under contract, with a council-issued account.
    consultant = tm.add(tg.Actor("Hydrology consultant", role="model developer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(gauges, ingestion, gauge_readings, protocol="https", label="15-minute upload")
tm.flow(ingestion, ea_api, label="poll upstream stations", protocol="https")
tm.flow(ea_api, ingestion, upstream_levels, protocol="https")
tm.flow(met_office, ingestion, rainfall_forecast, protocol="https", label="hourly forecast pull")
tm.flow(ingestion, ts_store, hydro_series)

tm.flow(ts_store, advisor, hydro_series)
tm.flow(advisor, level_model, model_inputs)
tm.flow(level_model, advisor, peak_forecast)
tm.flow(trigger_store, advisor, thresholds)
tm.flow(advisor, dashboard, recommendation, peak_forecast)
tm.flow(advisor, notify, alert, protocol="https")
tm.flow(notify, officer, alert, protocol="sms")

tm.flow(dashboard, officer, recommendation, peak_forecast, protocol="https")
tm.flow(officer, dashboard, decision, protocol="https")
tm.flow(officer, dashboard, thresholds, protocol="https", label="edits trigger levels")
tm.flow(dashboard, trigger_store, thresholds)
tm.flow(dashboard, decision_log, decision)

tm.flow(ts_store, training_set, history, label="seasonal export")
tm.flow(consultant, training, training_config, protocol="https")
tm.flow(training_set, training, history)
tm.flow(training, registry, model_artifact)
tm.flow(registry, level_model, model_artifact, label="load approved version")
