"""District heating demand optimizer: the first design, before any security review.

A district heating company forecasts hourly heat demand across its network and
sets the supply temperature at its plants. Hourly readings from smart heat meters
in customer buildings arrive over LoRaWAN at a meter head-end; weather forecasts
come from a commercial weather API; plant telemetry is replicated from the OT
historian. Everything lands in a data lake in the corporate IT network, where a
weekly job retrains a gradient-boosted demand model. A setpoint optimizer turns
each new forecast into supply-temperature setpoints and writes them to the plant
SCADA over OPC UA; SCADA clamps setpoints to the engineered limits, and control
room operators can override any setpoint. Large customers log in to a hosted
portal to see the forecasts for their own buildings. A data scientist approves
each model version before it is served.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "District heating demand optimizer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Heat-demand forecasting and supply-temperature setpoints for a district heating network.",
)

# ---------------------------------------------------------------- data assets
weather = tg.Data(
    "Weather forecasts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed hourly temperature, wind and irradiance forecasts.",
)
meter_readings = tg.Data(
    "Heat meter readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hourly energy, flow and temperatures per building, households included.",
)
telemetry = tg.Data(
    "Plant and network telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
training_data = tg.Data(
    "Demand training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Historic readings per building joined with weather and telemetry.",
)
weights = tg.Data("Demand model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
features = tg.Data("Forecast features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
forecast = tg.Data(
    "Heat demand forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Supply temperature setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data("Operator override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
customer_forecast = tg.Data(
    "Customer building forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
portal_request = tg.Data("Portal login and request", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial forecast vendor; the model's main input.
    weather_api = tm.add(
        tg.DataSource(
            "Weather forecast API",
            origin=tg.Origin.VENDOR,
            provides={weather},
            description="Polled every hour.",
        )
    )
    # Facility managers of large customers (hospitals, housing associations, campuses).
    customer = tm.add(tg.Actor("Large customer energy manager", role="customer"))

with tm.boundary("Customer buildings", trust=tg.Trust.UNTRUSTED):
    # Smart heat meters in the substations of every connected building.
    meters = tm.add(
        tg.Device("Smart heat meters", description="Battery meters with LoRaWAN radios.")
    )

with tm.boundary("Corporate IT", trust=tg.Trust.INTERNAL):
    # Decodes meter frames and validates readings before they are stored.
    head_end = tm.add(tg.Service("Meter head-end"))
    # One place for meter, weather and telemetry history.
    data_lake = tm.add(
        tg.DataStore(
            "Energy data lake",
            stores={meter_readings, weather, telemetry, training_data},
            controls={c.RBAC()},
        )
    )
    # Weekly retraining of the demand model.
    training = tm.add(tg.Pipeline("Weekly demand model training", stage=tg.Stage.TRAINING))
    # Holds the model versions; serving loads the approved one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Releases model versions after checking the backtest.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))
    # Predicts hourly demand per network zone for the next 48 hours.
    model = tm.add(
        tg.Model(
            "Heat demand forecast model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees; its forecast drives plant supply temperatures.",
        )
    )
    # Not an LLM: a numerical optimiser over the forecast and plant constraints.
    optimizer = tm.add(
        tg.Service(
            "Supply temperature optimizer",
            description="Picks setpoints that meet forecast demand at least cost and heat loss.",
        )
    )
    # What the customer portal reads; forecasts split per customer building.
    forecast_store = tm.add(tg.DataStore("Published forecast store", stores={customer_forecast}))

with tm.boundary("Portal hosting", trust=tg.Trust.INTERNAL):
    # Hosted web portal where large customers see forecasts for their buildings.
    portal = tm.add(
        tg.Endpoint(
            "Customer forecast portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="username and password"),
                c.RBAC(note="customers see only their own buildings"),
            },
        )
    )

with tm.boundary("OT network", trust=tg.Trust.RESTRICTED):
    # Controls pumps and heat production at the plants.
    scada = tm.add(
        tg.Service(
            "Plant SCADA",
            controls={
                c.InputValidation(note="setpoints clamped to engineered min/max"),
                c.Authentication(method="operator accounts"),
            },
        )
    )
    # Time series of plant and network measurements.
    historian = tm.add(tg.DataStore("OT historian", stores={telemetry}))
    # Control room staff watch the plants and can override setpoints.
    operator = tm.add(tg.Actor("Control room operator", role="operator", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(meters, head_end, meter_readings, protocol="lorawan")
tm.flow(head_end, data_lake, meter_readings)
tm.flow(weather_api, data_lake, weather, protocol="https", label="hourly poll")
tm.flow(scada, historian, telemetry, protocol="opc-ua")
tm.flow(historian, data_lake, telemetry, protocol="https", label="replication")

tm.flow(data_lake, training, training_data)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, approval, label="approves release")
tm.flow(registry, model, weights, label="load approved version")

tm.flow(data_lake, optimizer, weather, meter_readings, telemetry)
tm.flow(optimizer, model, features)
tm.flow(model, optimizer, forecast)
tm.flow(optimizer, scada, setpoints, protocol="opc-ua")
tm.flow(scada, optimizer, telemetry, protocol="opc-ua", label="current plant state")
tm.flow(optimizer, operator, forecast, setpoints, protocol="https", label="dashboard")
tm.flow(operator, scada, override, label="HMI override")
tm.flow(scada, operator, telemetry, label="HMI")

tm.flow(optimizer, forecast_store, customer_forecast)
tm.flow(forecast_store, portal, customer_forecast, protocol="https")
tm.flow(customer, portal, portal_request, protocol="https")
tm.flow(portal, customer, customer_forecast, protocol="https")
