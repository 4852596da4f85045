"""Irrigation district canal gate scheduler: the first design, before any security review.

Farmers order irrigation water for their turnouts through the district's web portal
(e-mail and password sign-in). Each night a scheduler gathers the open orders, the
weather provider's forecast and canal level telemetry from the SCADA historian, and
asks an in-house regression model for expected demand and canal seepage and
evaporation losses. From those it drafts a gate schedule that the water master reviews
and approves in the office; the approved setpoints go to the SCADA master, which moves
the automated canal gates over the district's licensed radio network (DNP3). The
forecast model is retrained each month from delivery history and telemetry and stored
as a joblib file. Ditch riders carry a mobile app that shows their daily gate work
list and records field readings and delivered volumes, which feed billing. Controls
in this design: sign-in on the portal and the field API, order checks against each
farmer's allotment, the water master's approval of every schedule, the SCADA event
log, and encryption at rest on the orders database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Irrigation district canal gate scheduler",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Forecast-driven scheduling of automated canal gates from farmers' water orders, "
        "executed through the district SCADA."
    ),
)

# ---------------------------------------------------------------- data assets
farmer_account = tg.Data(
    "Farmer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, contact details, parcels, turnouts and water allotments.",
)
water_order = tg.Data(
    "Water orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Turnout, flow rate, start time and duration requested by a farmer.",
)
order_status = tg.Data(
    "Order confirmations and delivery times", kind="records", sensitivity=tg.Sensitivity.PII
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
telemetry = tg.Data(
    "Canal level and gate telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast_inputs = tg.Data("Forecast inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Demand and canal loss forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
draft_schedule = tg.Data(
    "Draft gate schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approval = tg.Data("Schedule approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
setpoints = tg.Data(
    "Gate setpoint commands",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Target gate openings and times per check structure and turnout.",
)
work_list = tg.Data("Ditch rider work list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
field_readings = tg.Data(
    "Field readings and delivered volumes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Staff-gauge readings, gate checks and metered volumes; used for billing.",
)
delivery_history = tg.Data(
    "Delivery and telemetry history", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_file = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Growers and their irrigators place water orders from home or the field.
    farmer = tm.add(tg.Actor("Farmer", role="water user"))

with tm.boundary("Field (cellular)", trust=tg.Trust.UNTRUSTED):
    # District staff who drive the canals, set manual gates and check automated ones.
    ditch_rider = tm.add(tg.Actor("Ditch rider", role="field operator"))
    # The app on the riders' district-issued phones, used over public cellular data.
    rider_app = tm.add(tg.Device("Ditch rider mobile app", fleet=True))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API: temperature, wind and evapotranspiration for the service area.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("District cloud", trust=tg.Trust.INTERNAL):
    # Public web portal where farmers order water and see when it will arrive.
    portal = tm.add(
        tg.Endpoint(
            "Water ordering portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="orders checked against the farmer's allotment and turnout"),
            },
        )
    )
    # System of record for accounts, orders and delivered volumes (billing reads it).
    orders_db = tm.add(
        tg.DataStore(
            "Orders and accounts database",
            stores={farmer_account, water_order, order_status, field_readings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Backend of the ditch riders' app: work lists out, field readings in.
    field_api = tm.add(
        tg.Endpoint(
            "Field operations API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password")},
        )
    )
    # Regression model forecasting tomorrow's demand and seepage/evaporation losses per reach.
    forecast_model = tm.add(
        tg.Model(
            "Demand and loss forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted trees; its forecast sizes the water released into the canals.",
        )
    )
    # Monthly retraining job on delivery history and telemetry.
    training = tm.add(tg.Pipeline("Forecast retraining job", stage=tg.Stage.TRAINING))
    # Bucket holding the trained model files the scheduler loads.
    model_bucket = tm.add(tg.ModelRegistry("Model artifact bucket", stores={model_file}))

with tm.boundary("District office network", trust=tg.Trust.INTERNAL):
    # Nightly job: collects orders, weather and telemetry, runs the forecast, drafts the schedule.
    scheduler = tm.add(
        tg.Service(
            "Gate scheduler",
            description="Rule-based optimiser over the forecast; no language model.",
            controls={c.HumanInTheLoop(approver="the water master")},
        )
    )
    # Operations lead who reviews and releases each day's gate schedule.
    water_master = tm.add(tg.Actor("Water master", role="operations lead", privileged=True))

with tm.boundary("SCADA network", trust=tg.Trust.RESTRICTED):
    # SCADA master station that polls the gate sites and sends them setpoints.
    scada = tm.add(
        tg.Service(
            "SCADA master station",
            controls={c.AuditLogging(note="SCADA event and alarm log")},
        )
    )
    # Historian keeping canal levels, flows and gate positions.
    historian = tm.add(tg.DataStore("SCADA historian", stores={telemetry}))

with tm.boundary("Canal gate sites", trust=tg.Trust.INTERNAL):
    # Gate RTUs and actuators at unmanned check structures along the canals.
    gate_rtus = tm.add(tg.Device("Automated canal gate RTUs", fleet=True))

# ---------------------------------------------------------------- flows
# Water ordering
tm.flow(farmer, portal, water_order, protocol="https")
tm.flow(portal, farmer, order_status, protocol="https")
tm.flow(portal, orders_db, water_order, label="store order")
tm.flow(orders_db, portal, order_status, farmer_account)

# Nightly scheduling
tm.flow(orders_db, scheduler, water_order, label="open orders")
tm.flow(weather_api, scheduler, weather, protocol="https")
tm.flow(historian, scheduler, telemetry, label="recent canal levels")
tm.flow(scheduler, forecast_model, forecast_inputs)
tm.flow(forecast_model, scheduler, forecast)
tm.flow(scheduler, water_master, draft_schedule, label="schedule for review")
tm.flow(water_master, scheduler, approval, label="approves schedule")
tm.flow(scheduler, orders_db, order_status, label="delivery times")

# Gate control
tm.flow(scheduler, scada, setpoints, protocol="opc-ua", label="approved setpoints")
tm.flow(scada, gate_rtus, setpoints, protocol="dnp3", label="licensed radio")
tm.flow(gate_rtus, scada, telemetry, protocol="dnp3", label="licensed radio")
tm.flow(scada, historian, telemetry)

# Field work
tm.flow(scheduler, field_api, work_list)
tm.flow(field_api, rider_app, work_list, protocol="https")
tm.flow(ditch_rider, rider_app, field_readings)
tm.flow(rider_app, ditch_rider, work_list)
tm.flow(rider_app, field_api, field_readings, protocol="https")
tm.flow(field_api, orders_db, field_readings, label="delivered volumes")

# Model retraining
tm.flow(orders_db, training, delivery_history, label="delivery history")
tm.flow(historian, training, delivery_history, label="telemetry export")
tm.flow(training, model_bucket, model_file)
tm.flow(model_bucket, forecast_model, model_file, label="load latest model")
