"""Quarry dust monitoring and haul-road watering agent: the first design.

The quarry's planning permission sets PM10 limits at the site boundary. Four leased
dust monitors on the boundary fence send readings over cellular to the monitor
vendor's cloud, which our ingestion service polls every five minutes, together with
a commercial weather provider's hourly wind and rainfall forecast. An in-house
gradient-boosted model predicts, for each monitor, the chance of an exceedance in
the next three hours. The watering dispatch agent (a rules-based scheduler, no
language model) then opens sprinkler valves on the haul roads through the site OT
gateway and the valve PLC, and sends watering jobs to the water bowser's cab
tablet, where the driver accepts and completes them. The environmental manager
sets trigger thresholds and overrides from a web dashboard (company SSO with MFA),
and every exceedance and watering action goes into a compliance log used for the
monthly report to the planning authority. The PLC has its own run-time and
low-tank interlocks; the model is retrained weekly from the reading history.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Quarry dust monitoring and haul-road watering agent",
    profile=tg.RiskProfile.LOW,
    description="Predicts boundary dust exceedances and dispatches haul-road watering.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Boundary dust readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PM10 and PM2.5 concentrations per monitor, 5-minute averages.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hourly wind speed, wind direction and rainfall for the site.",
)
vendor_key = tg.Data(
    "Monitor vendor API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
history = tg.Data(
    "Reading and forecast history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
features = tg.Data("Exceedance features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Exceedance prediction", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Exceedance model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
thresholds = tg.Data(
    "Trigger thresholds and overrides",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
valve_cmd = tg.Data(
    "Sprinkler valve commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
valve_status = tg.Data("Valve and pump status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job = tg.Data(
    "Bowser watering job",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which haul-road section to water and by when.",
)
job_status = tg.Data(
    "Bowser job status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accepted, completed or declined, with the driver's name and time.",
)
status_view = tg.Data(
    "Dust and watering status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
compliance_log = tg.Data(
    "Exceedance and watering log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Evidence for the planning authority's monthly dust report.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Monitor vendor", trust=tg.Trust.PARTNER):
    # Leased monitors on our fence; the vendor owns, calibrates and connects them.
    monitors = tm.add(
        tg.Device(
            "Boundary dust monitors",
            description="Four optical particle monitors on the site boundary, cellular uplink.",
        )
    )
    # The only way to get the readings: the vendor's hosted data platform.
    vendor_cloud = tm.add(
        tg.ExternalService(
            "Monitor vendor cloud API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Wind and rain drive dust lift-off: the forecast is the model's main input.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Quarry cloud tenant", trust=tg.Trust.INTERNAL):
    # Polls the vendor and weather APIs and normalises what they return.
    ingestion = tm.add(
        tg.Service(
            "Telemetry ingestion service",
            controls={
                c.SecretsManagement(note="vendor and weather API keys in the cloud key vault")
            },
        )
    )
    # Time series of readings and forecasts, kept for the model and for the record.
    telemetry = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={readings, forecast, history},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Predicts the chance of an exceedance per monitor over the next three hours.
    model = tm.add(
        tg.Model(
            "Dust exceedance prediction model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted trees over recent readings and the wind forecast.",
        )
    )
    # Weekly job that refits the model on the latest reading history.
    retraining = tm.add(
        tg.Pipeline(
            "Weekly model retraining job", stage=tg.Stage.TRAINING, third_party_packages=True
        )
    )
    # Decides when and where to water: opens valves itself, sends the bowser jobs.
    dispatcher = tm.add(
        tg.Service(
            "Watering dispatch agent",
            description=(
                "Rules-based scheduler over the predictions and the thresholds; no language model."
            ),
        )
    )
    # Where the environmental manager watches the site and sets thresholds.
    dashboard = tm.add(
        tg.Endpoint(
            "Environmental dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Microsoft Entra ID SSO with MFA")},
        )
    )
    # Evidence of exceedances and the response to them, for the planning authority.
    log_store = tm.add(tg.DataStore("Compliance log store", stores={compliance_log}))

with tm.boundary("Quarry site", trust=tg.Trust.INTERNAL):
    # Sets the thresholds, answers to the planning authority.
    env_manager = tm.add(tg.Actor("Environmental manager", role="site environmental manager"))
    # Drives the water bowser on the haul roads.
    driver = tm.add(tg.Actor("Bowser driver", role="plant operator"))
    # Rugged tablet in the bowser cab, on the cellular network.
    tablet = tm.add(
        tg.Device(
            "Bowser cab tablet",
            fleet=False,
            description="Shows watering jobs to the driver; one bowser on site.",
        )
    )

    with tm.boundary("Site OT network", trust=tg.Trust.RESTRICTED):
        # Bridges the cloud to the plant network; holds an outbound MQTT connection.
        gateway = tm.add(tg.Service("Site OT gateway"))
        # Drives the haul-road sprinkler valves and the booster pump.
        plc = tm.add(
            tg.Service(
                "Sprinkler valve PLC",
                controls={
                    c.SafetyLimits(
                        limits="PLC closes each valve after 20 minutes and stops the pump on low tank level"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(monitors, vendor_cloud, readings, protocol="https", label="cellular uplink")
tm.flow(ingestion, vendor_cloud, vendor_key, protocol="https", label="API request")
tm.flow(vendor_cloud, ingestion, readings, protocol="https", label="polled every 5 minutes")
tm.flow(weather, ingestion, forecast, protocol="https", label="hourly forecast")
tm.flow(ingestion, telemetry, readings, forecast)

tm.flow(telemetry, dispatcher, readings, forecast)
tm.flow(dispatcher, model, features)
tm.flow(model, dispatcher, prediction)

tm.flow(telemetry, retraining, history, label="weekly export")
tm.flow(retraining, model, weights, label="deploy")

tm.flow(env_manager, dashboard, thresholds, protocol="https")
tm.flow(dashboard, dispatcher, thresholds)
tm.flow(dispatcher, dashboard, status_view, prediction)
tm.flow(dashboard, env_manager, status_view, prediction, protocol="https")

tm.flow(dispatcher, gateway, valve_cmd, protocol="mqtts")
tm.flow(gateway, plc, valve_cmd, protocol="modbus")
tm.flow(plc, gateway, valve_status, protocol="modbus")
tm.flow(gateway, dispatcher, valve_status, protocol="mqtts")

tm.flow(dispatcher, tablet, job, protocol="https")
tm.flow(tablet, driver, job, label="on the cab touchscreen")
tm.flow(driver, tablet, job_status, label="on the cab touchscreen")
tm.flow(tablet, dispatcher, job_status, protocol="https")

tm.flow(dispatcher, log_store, compliance_log)
tm.flow(log_store, dashboard, compliance_log, label="monthly report export")
tm.flow(dashboard, env_manager, compliance_log, protocol="https", label="monthly report")
