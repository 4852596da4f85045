"""City umbrella hire with demand forecasting: the first design, before any security review.

Residents and visitors of an EU city hire umbrellas from street kiosks. They sign in to
the hire app with their phone number and an SMS code, pay a deposit through a card
payment provider (we keep only its card token), and unlock a dock from the app. The hire
API, the kiosk IoT gateway and the hire database run in our cloud account; kiosks talk
MQTT over TLS to the gateway and authenticate with per-kiosk certificates.
A nightly pipeline joins hire counts and dock telemetry with a vendor's weather forecast
and the city council's footfall counts, aggregated per kiosk and hour. A weekly job
retrains a gradient-boosted demand forecast (saved with joblib) into a model registry.
Each morning the restocking planner turns the forecast and current dock stock into van
runs; the duty operations planner approves the plan before it goes to the contracted
van crews, who confirm what they loaded and unloaded from their handheld app.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City umbrella hire and demand forecast",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="App-unlocked umbrella kiosks, restocked by van crews from a demand forecast.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data(
    "Rider account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone number, e-mail address.",
)
unlock_request = tg.Data(
    "Unlock request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider id, kiosk id and dock chosen in the app.",
)
hire_status = tg.Data("Hire status and receipt", kind="records", sensitivity=tg.Sensitivity.PII)
hires = tg.Data(
    "Hire records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who hired which umbrella, where and when, and where it was returned.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
card_token = tg.Data(
    "Saved card token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The payment provider's token for the rider's card; no card numbers.",
)
charge = tg.Data("Deposit charge request", kind="records", sensitivity=tg.Sensitivity.PII)
charge_result = tg.Data("Charge result", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
unlock_cmd = tg.Data("Unlock command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
telemetry = tg.Data(
    "Dock status telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Umbrellas docked, returns, faults and battery level per kiosk.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
footfall = tg.Data(
    "Footfall counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hourly pedestrian counts per street segment from council counters.",
)
features = tg.Data(
    "Demand features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hires and returns per kiosk and hour, with weather and footfall.",
)
training_data = tg.Data("Demand history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL)
model_file = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecast = tg.Data(
    "Kiosk demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
draft_plan = tg.Data("Draft restock plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
plan_approval = tg.Data(
    "Restock plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
van_run = tg.Data(
    "Van run",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ordered kiosk stops with umbrellas to drop or collect at each.",
)
confirmations = tg.Data(
    "Restock confirmations", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a phone can register and hire.
    rider = tm.add(tg.Actor("Rider", role="customer"))

with tm.boundary("City streets", trust=tg.Trust.UNTRUSTED):
    # Our kiosks, but standing unattended on the pavement where anyone can reach them.
    kiosks = tm.add(
        tg.Device(
            "Umbrella kiosks",
            fleet=True,
            description="Docks with electronic locks and a cellular modem.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes deposits and late-return charges; card details never reach us.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Hourly forecast for the city, a main driver of demand.
    weather_feed = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("City council", trust=tg.Trust.PARTNER):
    # The council's open footfall counters, a second driver of demand.
    footfall_feed = tm.add(
        tg.DataSource("Council footfall feed", origin=tg.Origin.PARTNER, provides={footfall})
    )

with tm.boundary("Logistics contractor", trust=tg.Trust.PARTNER):
    # Contracted drivers who move umbrellas between kiosks and the depot.
    crew = tm.add(tg.Actor("Van crew", role="contracted driver"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # What the app calls: sign-in, deposits, unlocks and hire history.
    hire_api = tm.add(
        tg.Endpoint(
            "Hire API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number with SMS one-time code"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # MQTT broker the kiosks connect to; relays unlocks and collects telemetry.
    gateway = tm.add(
        tg.Service(
            "Kiosk IoT gateway",
            controls={c.Authentication(method="per-kiosk X.509 device certificates")},
        )
    )
    # System of record for riders, hires and dock stock.
    hire_db = tm.add(
        tg.DataStore(
            "Hire database",
            stores={account, hires, card_token, telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns the forecast and current stock into van runs each morning.
    planner = tm.add(
        tg.Service(
            "Restocking planner",
            description="Route optimiser over the forecast and dock stock; no language model.",
            controls={
                c.HumanInTheLoop(approver="duty operations planner"),
                c.Authentication(
                    method="staff SSO for planners; username and password for van crews"
                ),
            },
        )
    )

    with tm.boundary("Forecasting platform", trust=tg.Trust.INTERNAL):
        # Joins hires, telemetry, weather and footfall into per-kiosk hourly counts.
        demand_pipeline = tm.add(
            tg.Pipeline(
                "Nightly demand data pipeline",
                stage=tg.Stage.PREPROCESSING,
                controls={
                    c.DataMinimization(note="hires aggregated per kiosk and hour, no rider ids")
                },
            )
        )
        # Two years of hourly demand history the model is trained on.
        history = tm.add(tg.Dataset("Demand history set", stores={training_data}))
        # Weekly retraining of the gradient-boosted forecaster.
        training = tm.add(tg.Pipeline("Weekly training job", stage=tg.Stage.TRAINING))
        # Keeps each trained version so the live one can be rolled back.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
        )
        # Predicts hires and returns per kiosk for the next 24 hours.
        forecaster = tm.add(tg.Model("Demand forecast model", task=tg.Task.REGRESSOR))

with tm.boundary("Operations office", trust=tg.Trust.INTERNAL):
    # Reviews and releases the day's restock plan.
    ops_planner = tm.add(tg.Actor("Operations planner", role="operations staff"))

# ---------------------------------------------------------------- flows
tm.flow(rider, hire_api, account, unlock_request, protocol="https", label="hire app")
tm.flow(hire_api, rider, hire_status, protocol="https")
tm.flow(hire_api, payments, charge, card_token, protocol="https")
tm.flow(payments, hire_api, charge_result, card_token, protocol="https")
tm.flow(hire_api, hire_db, account, hires, card_token)
tm.flow(hire_db, hire_api, account, hires, card_token)
tm.flow(hire_api, gateway, unlock_cmd)
tm.flow(gateway, kiosks, unlock_cmd, protocol="mqtts")
tm.flow(kiosks, gateway, telemetry, protocol="mqtts")
tm.flow(gateway, hire_db, telemetry, label="returns and stock levels")

tm.flow(hire_db, demand_pipeline, hires, telemetry, label="nightly export")
tm.flow(weather_feed, demand_pipeline, weather, protocol="https")
tm.flow(footfall_feed, demand_pipeline, footfall, protocol="https")
tm.flow(demand_pipeline, history, training_data)
tm.flow(history, training, training_data)
tm.flow(training, registry, model_file)
tm.flow(registry, forecaster, model_file, label="deploy")
tm.flow(demand_pipeline, forecaster, features, label="next-day features")
tm.flow(forecaster, planner, forecast)

tm.flow(hire_db, planner, telemetry, label="current dock stock")
tm.flow(planner, ops_planner, draft_plan, protocol="https")
tm.flow(ops_planner, planner, plan_approval, protocol="https")
tm.flow(planner, crew, van_run, protocol="https", label="crew handheld app")
tm.flow(crew, planner, confirmations, protocol="https", label="crew handheld app")
tm.flow(planner, hire_db, confirmations)
