"""Bus depot EV charging scheduler: the first design, before any security review.

A city transit operator charges about 120 battery-electric buses overnight on 40
depot chargers behind a 2.4 MW grid connection. Each evening a scheduler in the
operator's cloud reads tomorrow's block assignments from the scheduling system,
each bus's state of charge from the telematics vendor, the utility's time-of-use
tariff and the weather forecast. An in-house regression model predicts the energy
each block will need; an optimiser (no LLM) assigns buses to chargers and writes
power profiles that it sends to the charger vendor's cloud management system,
which passes them to the chargers over OCPP. The model is retrained weekly on trip
energy history and saved with joblib in a registry. Depot supervisors see the plan
on a dashboard behind corporate SSO and can override a bus's priority. Controls:
schema checks on telemetry ingestion, model versioning in the registry, the vendor
API key kept in the cloud secrets manager, and the chargers' own hardware limits;
the grid cap is enforced only by the optimiser.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Bus depot EV charging scheduler",
    profile=tg.RiskProfile.HIGH,
    description="Overnight charging plans for an electric bus fleet, from forecast block energy.",
)

# ---------------------------------------------------------------- data assets
blocks = tg.Data(
    "Block assignments",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Which bus runs which block tomorrow, with pull-out times.",
)
soc = tg.Data(
    "State of charge",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Trip telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-trip energy use, distance, GPS trace and HVAC load by vehicle id.",
)
tariff = tg.Data("Tariff and grid limits", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
history = tg.Data(
    "Trip energy history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
forecast_features = tg.Data("Block features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
energy_forecast = tg.Data(
    "Block energy forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Energy model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
plan = tg.Data(
    "Charging plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Bus-to-charger assignments and power limits per 15-minute slot.",
)
profiles = tg.Data(
    "Charging profiles",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="OCPP SetChargingProfile limits per connector.",
)
charger_status = tg.Data(
    "Charger status and meter values", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
override = tg.Data(
    "Priority override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Supervisor raises a bus's priority or marks a charger out of service.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Operator IT", trust=tg.Trust.INTERNAL):
    # Existing scheduling system; exports tomorrow's blocks every evening.
    scheduling = tm.add(
        tg.DataSource("Scheduling system", origin=tg.Origin.INTERNAL, provides={blocks})
    )
    # Depot supervisor on the night shift, on the corporate network.
    supervisor = tm.add(tg.Actor("Depot supervisor", role="depot supervisor"))

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # Vendor cloud that collects CAN-bus data from every bus.
    telematics = tm.add(
        tg.DataSource("Telematics platform", origin=tg.Origin.VENDOR, provides={soc, telemetry})
    )

with tm.boundary("Utility", trust=tg.Trust.PARTNER):
    # Utility's published time-of-use tariff and the depot's contracted capacity.
    utility = tm.add(
        tg.DataSource("Utility tariff feed", origin=tg.Origin.PARTNER, provides={tariff})
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public weather API: cold nights raise heating energy on tomorrow's blocks.
    weather_api = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.PUBLIC_WEB, provides={weather})
    )

with tm.boundary("Charger vendor cloud", trust=tg.Trust.PARTNER):
    # Charge point management system; the only thing that talks to the chargers.
    cpms = tm.add(
        tg.ExternalService(
            "Charge point management system",
            description="Vendor SaaS; REST API for profiles, OCPP 1.6J central system.",
        )
    )

with tm.boundary("Depot yard", trust=tg.Trust.INTERNAL):
    # The 150 kW depot chargers, connected to the vendor over cellular modems.
    chargers = tm.add(
        tg.Device(
            "Depot chargers",
            fleet=True,
            controls={
                tg.controls.SafetyLimits(
                    limits="each charger caps output at its 150 kW rating and stops on faults; "
                    "the 2.4 MW site cap is not enforced on site"
                )
            },
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Pulls vendor telemetry into the training history every night.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion",
            stage=tg.Stage.INGESTION,
            controls={tg.controls.SchemaEnforcement()},
        )
    )
    # Versioned table of per-trip energy use the model learns from.
    history_set = tm.add(tg.Dataset("Trip energy history set", stores={history}))
    # Weekly retraining of the gradient-boosted energy model.
    training = tm.add(tg.Pipeline("Energy model training", stage=tg.Stage.TRAINING))
    # Holds trained model versions; the optimiser loads the promoted one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
        )
    )
    # Predicts kWh each block will need from distance, timetable and temperature.
    energy_model = tm.add(
        tg.Model(
            "Block energy model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted trees, loaded from a joblib file.",
        )
    )
    # Mixed-integer optimiser that builds the night's charging plan.
    optimizer = tm.add(
        tg.Service(
            "Charging optimizer",
            description="Assigns buses to chargers and sets power per slot under the grid cap.",
            controls={
                tg.controls.SecretsManagement(note="CPMS API key in the cloud secrets manager")
            },
        )
    )
    # Keeps every night's plan for the dashboard and for later comparison.
    plan_store = tm.add(tg.DataStore("Charging plan store", stores={plan}))
    # Web dashboard where supervisors watch charging and set overrides.
    dashboard = tm.add(
        tg.Endpoint(
            "Depot dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="corporate SSO (OIDC) with MFA"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(scheduling, optimizer, blocks, protocol="sftp", label="evening export")
tm.flow(telematics, optimizer, soc, protocol="https")
tm.flow(utility, optimizer, tariff, protocol="https")
tm.flow(weather_api, optimizer, weather, protocol="https")

tm.flow(telematics, ingestion, telemetry, protocol="https")
tm.flow(ingestion, history_set, history)
tm.flow(history_set, training, history)
tm.flow(training, registry, weights)
tm.flow(registry, energy_model, weights, label="load promoted version")

tm.flow(optimizer, energy_model, forecast_features)
tm.flow(energy_model, optimizer, energy_forecast)

tm.flow(optimizer, plan_store, plan)
tm.flow(plan_store, dashboard, plan)
tm.flow(dashboard, supervisor, plan, charger_status, protocol="https")
tm.flow(supervisor, dashboard, override, protocol="https")
tm.flow(dashboard, optimizer, override, label="replan")

tm.flow(optimizer, cpms, profiles, protocol="https", label="REST API, API key")
tm.flow(cpms, optimizer, charger_status, protocol="https")
tm.flow(optimizer, dashboard, charger_status)
tm.flow(cpms, chargers, profiles, protocol="wss", label="OCPP 1.6J over cellular")
tm.flow(chargers, cpms, charger_status, protocol="wss", label="OCPP 1.6J over cellular")
