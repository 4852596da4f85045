"""Depot charging scheduler for electric buses: the first design, before any security review.

A city bus operator charges its battery-electric buses overnight at the depot. Each
evening a scheduler service in the operator's cloud account pulls tomorrow's vehicle
blocks from the timetable system, a weather forecast from a commercial weather API and
each bus's battery state of health from the bus maker's telematics cloud. An in-house
regression model forecasts the energy each bus needs for its next-day block, and the
scheduler turns the forecasts into a per-charger power plan that keeps the whole depot
under its grid connection limit. The plan goes to the charger vendor's hosted charge
point management system (CPMS), which sets charging profiles on the depot chargers over
OCPP. Depot supervisors watch progress and override a bus or charger from a web console
signed in through corporate SSO. The model is retrained monthly on past charging
sessions. The chargers cap their own output at their rating and follow the bus battery
management system's current request.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Depot charging scheduler for electric buses",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Forecasts each electric bus's next-day energy need and schedules overnight "
        "charger power within the depot's grid connection limit."
    ),
)

# ---------------------------------------------------------------- data assets
timetable = tg.Data(
    "Next-day vehicle blocks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which bus runs which block tomorrow, with distances and pull-out times.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
battery_telemetry = tg.Data(
    "Battery telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="State of charge, state of health and cell temperatures per bus.",
)
forecast_inputs = tg.Data("Energy forecast features", kind="features")
energy_forecast = tg.Data("Energy need forecast", kind="model-output")
charging_plan = tg.Data(
    "Charging plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Power per charger per 15-minute slot, summing under the grid limit.",
)
charging_profiles = tg.Data(
    "OCPP charging profiles",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
session_data = tg.Data(
    "Charging session meter values",
    kind="records",
    description="Energy delivered, power drawn and connector status per charger.",
)
override = tg.Data(
    "Staff override",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="A supervisor's change to a bus's target charge or a charger's power.",
)
session_history = tg.Data(
    "Charging session history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past plans, sessions, blocks driven and weather, kept to retrain on.",
)
model_artifact = tg.Data("Energy forecast model artifact", format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Depot office network", trust=tg.Trust.INTERNAL):
    # The people who run the depot at night and can take over from the plan.
    supervisor = tm.add(tg.Actor("Depot supervisor", role="depot staff"))

with tm.boundary("Operator IT", trust=tg.Trust.INTERNAL):
    # The existing scheduling system the service planners already use.
    timetable_system = tm.add(
        tg.DataSource(
            "Timetable and vehicle scheduling system",
            origin=tg.Origin.INTERNAL,
            provides={timetable},
        )
    )

with tm.boundary("Operator cloud account", trust=tg.Trust.INTERNAL):
    # Supervisors' view of the plan and the place to override it, reachable from yard tablets.
    console = tm.add(
        tg.Endpoint(
            "Depot web console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="only depot supervisors may override"),
            },
        )
    )
    # The optimiser: no language model, it solves a schedule over the forecasts.
    scheduler = tm.add(
        tg.Service(
            "Charging scheduler",
            description="Builds the overnight power plan under the depot's grid limit and re-plans on overrides.",
        )
    )
    # Forecasts kWh needed per bus for its next-day block.
    forecast_model = tm.add(
        tg.Model(
            "Energy need forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor over block distance, temperature and battery health.",
        )
    )
    # Plans, session history and overrides, also the training source.
    plan_store = tm.add(
        tg.DataStore(
            "Plan and session database",
            stores={charging_plan, session_data, override, session_history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Monthly retraining job run by the data team.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Holds the trained model versions the scheduler loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial hourly forecast API.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Bus maker cloud", trust=tg.Trust.PARTNER):
    # The bus manufacturer's telematics platform, the only source of battery health.
    telematics = tm.add(
        tg.ExternalService("Bus telematics cloud", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Bus fleet", trust=tg.Trust.PARTNER):
    # OEM-installed telematics units on our buses, on public cellular networks.
    buses = tm.add(tg.Device("Electric buses", fleet=True))

with tm.boundary("Charger vendor cloud", trust=tg.Trust.PARTNER):
    # The charger vendor's hosted CPMS: the only path to the chargers.
    cpms = tm.add(
        tg.Service(
            "Charge point management system",
            description="Vendor SaaS that turns our plan into OCPP charging profiles.",
            controls={
                c.Authentication(
                    method="static API key for the scheduler; OCPP basic-auth password per charger"
                )
            },
        )
    )

with tm.boundary("Depot charger network", trust=tg.Trust.INTERNAL):
    # Depot DC chargers, connected to the CPMS through a 4G router.
    chargers = tm.add(
        tg.Device(
            "Depot DC chargers",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits=(
                        "each charger caps output at its 150 kW rating, follows the bus BMS "
                        "current request and falls back to its default profile when the CPMS link drops"
                    )
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(timetable_system, scheduler, timetable, protocol="https", label="nightly export")
tm.flow(weather_api, scheduler, weather, protocol="https")
tm.flow(buses, telematics, battery_telemetry, protocol="mqtts")
tm.flow(telematics, scheduler, battery_telemetry, protocol="https")

tm.flow(scheduler, forecast_model, forecast_inputs)
tm.flow(forecast_model, scheduler, energy_forecast)

tm.flow(scheduler, cpms, charging_plan, protocol="https")
tm.flow(cpms, scheduler, session_data, protocol="https", label="status and meter values")
tm.flow(cpms, chargers, charging_profiles, protocol="wss", label="OCPP 1.6J SetChargingProfile")
tm.flow(chargers, cpms, session_data, protocol="wss", label="OCPP 1.6J MeterValues")

tm.flow(scheduler, plan_store, charging_plan, session_data, override)
tm.flow(plan_store, console, charging_plan, session_data)
tm.flow(console, supervisor, charging_plan, session_data, protocol="https")
tm.flow(supervisor, console, override, protocol="https")
tm.flow(console, scheduler, override)

tm.flow(plan_store, training, session_history)
tm.flow(training, registry, model_artifact)
tm.flow(registry, forecast_model, model_artifact, label="load approved version")
