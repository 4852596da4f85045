"""Salmon hatchery oxygen dosing: the first design, before any security review.

A model trained on the hatchery's own history predicts the dissolved-oxygen demand
of each rearing tank for the next hour from the fish biomass in it, the feed being
given and the water readings (dissolved oxygen, temperature, flow). A dosing
service on the hatchery's server turns each prediction into an oxygen injection
valve setpoint and writes it to the tank PLCs over the control network; the PLCs
drive the valves and clamp every setpoint to a fixed safe range. Technicians on
site watch and override the tanks from the SCADA HMI in the control room and keep
the stock records (fish counts and sample weights). An alarm service watches the
historian and texts the on-call technician's phone through an SMS gateway when
oxygen falls; the technician acknowledges by replying to the text. The model is
retrained monthly on the same server from historian and stock data.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hatchery oxygen dosing control",
    profile=tg.RiskProfile.HIGH,
    description="Predicts tank oxygen demand and sets oxygen injection valves through the hatchery PLCs.",
)

# ---------------------------------------------------------------- data assets
water_readings = tg.Data(
    "Water quality readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Dissolved oxygen, temperature and flow per tank, every 30 seconds.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
feed_events = tg.Data("Feed events", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
biomass = tg.Data(
    "Biomass records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Fish counts, sample weights and mortalities per tank.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
demand_features = tg.Data(
    "Demand model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
demand_forecast = tg.Data(
    "Oxygen demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
setpoints = tg.Data(
    "Valve setpoints",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Oxygen injection valve opening per tank.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
valve_signal = tg.Data("Valve drive signal", sensitivity=tg.Sensitivity.INTERNAL)
plc_status = tg.Data(
    "PLC status and valve positions", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
overrides = tg.Data("Operator overrides", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
alarm = tg.Data("Low oxygen alarm", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
alarm_ack = tg.Data("Alarm acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Demand training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_file = tg.Data("Demand model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet and mobile network", trust=tg.Trust.UNTRUSTED):
    # Receives alarms on a personal phone wherever they are, and replies to acknowledge.
    on_call = tm.add(tg.Actor("On-call technician", role="technician"))
    # Commercial SMS provider: sends alarm texts and posts replies back to us.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Hatchery server room", trust=tg.Trust.INTERNAL):
    # Time-series store of everything the PLCs and feeders report; the model's source of truth.
    historian = tm.add(
        tg.DataStore(
            "Process historian",
            stores={water_readings, feed_events, plc_status},
            controls={tg.controls.DataVersioning(note="nightly backup to the office NAS")},
        )
    )
    # Stock management database the technicians keep: counts, weights, mortalities.
    stock_db = tm.add(tg.DataStore("Stock management database", stores={biomass}))
    # The ML model: predicts next-hour oxygen demand per tank.
    demand_model = tm.add(
        tg.Model(
            "Oxygen demand model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regressor; fish die within hours if oxygen runs short.",
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Turns forecasts into valve setpoints and writes them to the PLCs every minute.
    dosing_service = tm.add(
        tg.Service(
            "Dosing setpoint service",
            description="Adds a margin to the forecast and converts it into a valve opening.",
            controls={tg.controls.AuditLogging(retention_days=365, note="every setpoint written")},
        )
    )
    # Watches oxygen levels in the historian and raises the phone alarm.
    alarm_service = tm.add(tg.Service("Alarm service"))
    # Monthly retraining job on the same server.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            controls={
                tg.controls.ModelValidation(note="backtest on the last season before release")
            },
        )
    )
    # Shared folder the dosing service loads the current model file from.
    model_share = tm.add(tg.ModelRegistry("Model file share", stores={model_file}))

with tm.boundary("Hatchery control network", trust=tg.Trust.RESTRICTED):
    # Technicians on site, in the control room.
    technician = tm.add(tg.Actor("Hatchery technician", role="technician", privileged=True))
    # Control-room SCADA screens: trends, manual valve control, overrides.
    hmi = tm.add(
        tg.Service(
            "SCADA HMI",
            controls={tg.controls.Authentication(method="individual operator password")},
        )
    )
    # DO, temperature and flow probes in every tank, wired to the PLCs.
    probes = tm.add(tg.Device("Water quality probes", fleet=True))
    # One PLC per tank hall: reads the probes and drives the oxygen valves.
    plcs = tm.add(
        tg.Service(
            "Tank PLCs",
            controls={
                tg.controls.SafetyLimits(
                    limits="PLC clamps each valve between 15% and 90% open and holds the last "
                    "setpoint, then a fixed 50% opening, if no setpoint arrives for 5 minutes"
                )
            },
        )
    )
    # Oxygen injection valves on the diffuser lines of each tank.
    valves = tm.add(tg.Device("Oxygen injection valves", fleet=True))
    # Automatic feeding system; reports each ration it delivers.
    feeding = tm.add(tg.Service("Feeding system"))

# ---------------------------------------------------------------- flows
# measurement and control loop
tm.flow(probes, plcs, water_readings, label="4-20 mA")
tm.flow(plcs, historian, water_readings, plc_status, protocol="opc-ua")
tm.flow(feeding, historian, feed_events, protocol="opc-ua")
tm.flow(historian, dosing_service, water_readings, feed_events, plc_status)
tm.flow(stock_db, dosing_service, biomass)
tm.flow(dosing_service, demand_model, demand_features)
tm.flow(demand_model, dosing_service, demand_forecast)
tm.flow(dosing_service, plcs, setpoints, protocol="modbus")
tm.flow(plcs, valves, valve_signal, label="4-20 mA")

# technicians on site
tm.flow(technician, hmi, overrides, protocol="local")
tm.flow(hmi, technician, plc_status, water_readings, protocol="local")
tm.flow(hmi, plcs, overrides, protocol="opc-ua")
tm.flow(plcs, hmi, plc_status, water_readings, protocol="opc-ua")
tm.flow(technician, stock_db, biomass, protocol="https", label="stock records entry")

# on-call alarm
tm.flow(historian, alarm_service, water_readings)
tm.flow(alarm_service, sms_gateway, alarm, protocol="https")
tm.flow(sms_gateway, on_call, alarm, label="SMS")
tm.flow(on_call, sms_gateway, alarm_ack, label="SMS reply")
tm.flow(sms_gateway, alarm_service, alarm_ack, protocol="https", label="inbound SMS webhook")

# monthly retraining
tm.flow(historian, training, training_set)
tm.flow(stock_db, training, biomass)
tm.flow(training, model_share, model_file)
tm.flow(model_share, demand_model, model_file, label="loaded at service start")
