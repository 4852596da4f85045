"""Road gritting route ice forecast model: the first design, before any security review.

The county highways team runs an ice forecast every afternoon in the winter
season. A scheduled job on our highways data platform combines the latest
readings of the roadside weather stations (which report over a private mobile
APN), the national weather service's site forecasts, our thermal maps of each
route section and last night's treatment records, and a model forecasts the
minimum road-surface temperature and ice risk per route section. The job turns
that into a proposed gritting plan and posts it to the vendor-hosted winter
maintenance system, where the duty winter manager approves or edits it; the
system then sends the routes to the gritter lorries' in-cab units, which report
spread rates and GPS back. An analyst recalibrates the model before each season.
Controls so far: HTTPS to the vendor and weather service, station credentials,
range checks on readings, SSO with MFA, an audit trail and the manager's
approval of every plan in the winter maintenance system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Road gritting route ice forecast model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Afternoon road ice forecast per route section and a proposed overnight gritting plan.",
)

# ---------------------------------------------------------------- data assets
observations = tg.Data(
    "Road weather observations",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Air and road-surface temperature, dew point, surface state and salt residue every 10 minutes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
nws_forecast = tg.Data(
    "National weather service site forecast",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Hourly forecast per forecast site, under a licence that forbids republishing.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
forecast_archive = tg.Data(
    "Archived site forecasts", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
thermal_map = tg.Data(
    "Thermal map",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Surveyed road-surface temperature offsets along each route section.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
route_network = tg.Data(
    "Gritting route network",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Route sections, priority, the routes that cover them and their lengths.",
)
treatment_history = tg.Data(
    "Treatment history",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Which sections were treated last night and at what spread rate.",
)
features = tg.Data(
    "Section forecast features", sensitivity=tg.Sensitivity.INTERNAL, kind="features"
)
ice_forecast = tg.Data(
    "Ice forecast per route section",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
proposed_plan = tg.Data(
    "Proposed gritting plan",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Routes to run, start times and spread rates, with the forecast behind each.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plan_approval = tg.Data(
    "Gritting plan approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
route_instructions = tg.Data(
    "Route instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Route, section order and spread rate per section for one lorry.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Spread rate and GPS telemetry",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Lorry position, speed and spread rate; identifies the driver on shift.",
)
training_history = tg.Data(
    "Ice forecast training history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    description="Past observations, archived forecasts and recorded ice events per section.",
)
recalibration_settings = tg.Data(
    "Recalibration settings", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)
model_file = tg.Data(
    "Ice forecast model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Roadside", trust=tg.Trust.UNTRUSTED):
    # Weather stations in roadside cabinets across the county, on a mobile network.
    stations = tm.add(tg.Device("Roadside weather stations", fleet=True))

with tm.boundary("Gritter fleet", trust=tg.Trust.UNTRUSTED):
    # In-cab units on the lorries: show the route and control the spreader rate.
    in_cab = tm.add(tg.Device("Gritter in-cab units", fleet=True))

with tm.boundary("National weather service", trust=tg.Trust.PARTNER):
    # Licensed site forecasts for the county's forecast sites.
    nws = tm.add(
        tg.DataSource(
            "National weather service forecast feed",
            origin=tg.Origin.PARTNER,
            provides={nws_forecast},
        )
    )

with tm.boundary("Highways data platform", trust=tg.Trust.INTERNAL):
    # Receives the stations' reports and stores them.
    collector = tm.add(
        tg.Service(
            "Weather station collector",
            controls={c.Authentication(method="per-station username and password")},
        )
    )
    # History of observations and forecasts, for the daily run and recalibration.
    obs_store = tm.add(tg.DataStore("Observation store", stores={observations, forecast_archive}))
    # Thermal survey and the route network, maintained by the data analyst.
    map_store = tm.add(tg.DataStore("Thermal map store", stores={thermal_map, route_network}))
    # Runs at 14:00: assembles inputs, runs the model, proposes the plan.
    forecast_job = tm.add(
        tg.Service(
            "Afternoon ice forecast job",
            controls={c.InputValidation(note="range and step checks on station readings")},
        )
    )
    # Forecasts minimum road-surface temperature and ice risk per section.
    ice_model = tm.add(
        tg.Model(
            "Road ice forecast model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted model of minimum surface temperature from forecast and thermal offsets.",
        )
    )
    # Pre-season recalibration on last winter's history.
    recalibration = tm.add(
        tg.Pipeline("Pre-season recalibration", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Where the current model file is kept; the job loads it at each run.
    model_files = tm.add(tg.ModelRegistry("Model file store", stores={model_file}))

with tm.boundary("Winter maintenance system vendor", trust=tg.Trust.PARTNER):
    # Vendor-hosted system: plan approval, route dispatch and treatment records.
    wms = tm.add(
        tg.Service(
            "Winter maintenance system",
            controls={
                c.HumanInTheLoop(approver="duty winter manager"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # On call through the season; approves the overnight plan.
    duty_manager = tm.add(
        tg.Actor("Duty winter manager", role="winter service manager", privileged=True)
    )
    # Maintains the thermal maps and route network; recalibrates the model.
    analyst = tm.add(tg.Actor("Highways data analyst", role="analyst", privileged=True))

# ---------------------------------------------------------------- flows
# observations and inputs
tm.flow(stations, collector, observations, protocol="mqtt", label="reports over private mobile APN")
tm.flow(collector, obs_store, observations)
tm.flow(obs_store, forecast_job, observations)
tm.flow(nws, forecast_job, nws_forecast, protocol="https")
tm.flow(forecast_job, obs_store, forecast_archive, label="archive forecast")
tm.flow(map_store, forecast_job, thermal_map, route_network)
tm.flow(wms, forecast_job, treatment_history, protocol="https")

# forecast and plan
tm.flow(model_files, ice_model, model_file, label="load at each run")
tm.flow(forecast_job, ice_model, features)
tm.flow(ice_model, forecast_job, ice_forecast)
tm.flow(forecast_job, wms, proposed_plan, ice_forecast, protocol="https")
tm.flow(wms, duty_manager, proposed_plan, ice_forecast, protocol="https")
tm.flow(
    duty_manager,
    wms,
    plan_approval,
    protocol="https",
    controls={c.Authentication(method="council SSO with MFA")},
)

# dispatch and treatment
tm.flow(wms, in_cab, route_instructions, protocol="https")
tm.flow(in_cab, wms, telemetry, protocol="https")

# maintenance of maps and model
tm.flow(analyst, map_store, thermal_map, route_network)
tm.flow(analyst, recalibration, recalibration_settings)
tm.flow(obs_store, recalibration, training_history)
tm.flow(recalibration, model_files, model_file)
