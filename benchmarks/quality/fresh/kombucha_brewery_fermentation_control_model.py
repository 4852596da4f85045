"""Kombucha brewery fermentation control model: the first design, before any security review.

The brewery's fermentation tanks carry pH, temperature and sugar (Brix) probes wired
to the tank PLCs on the plant OT VLAN. A small collector polls the PLCs over Modbus
TCP and writes the readings into a process historian on the office LAN. A batch
readiness service on the same server runs an in-house regression model that predicts
when each batch will be ready and writes new cooling setpoints back to the PLCs, which
drive the glycol jacket valves. Brewers see the predictions on a tablet dashboard over
the plant Wi-Fi and record when they actually declare a batch ready. Once a month a
contractor data scientist connects through the office VPN, retrains the model on the
batch records and drops the new joblib file into the model folder the service loads.
Controls in this design: the PLC program clamps setpoints to a fixed range, the
readiness service logs every setpoint it writes, model files are kept by version,
the contractor backtests each model before handover, the VPN needs a per-user login.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kombucha fermentation control model",
    profile=tg.RiskProfile.HIGH,
    description="Predicts batch readiness from tank sensors and adjusts cooling setpoints automatically.",
)

# ---------------------------------------------------------------- data assets
sensor_readings = tg.Data(
    "Tank sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="pH, temperature and Brix per tank, as 4-20 mA signals into the PLCs.",
)
telemetry = tg.Data(
    "Tank telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
batch_records = tg.Data(
    "Batch records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sensor history, recipe, SCOBY lineage and outcome of every batch.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Batch training export", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
batch_outcomes = tg.Data(
    "Batch readiness outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="When the brewer actually declared each batch ready, with tasting notes.",
)
predictions = tg.Data("Batch readiness predictions", kind="model-output")
features = tg.Data("Batch features", kind="features")
setpoints = tg.Data(
    "Cooling setpoints",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
valve_signal = tg.Data("Glycol valve signal", sensitivity=tg.Sensitivity.INTERNAL)
model_file = tg.Data(
    "Readiness model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn pipeline saved with joblib.",
)
notebooks = tg.Data("Retraining notebooks and scripts", kind="code")
eval_report = tg.Data("Backtest report", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The contractor works from their own office and reaches us only through the VPN.
    contractor = tm.add(tg.Actor("Contractor data scientist", role="contractor", privileged=True))

with tm.boundary("Plant OT VLAN", trust=tg.Trust.INTERNAL):
    # The probes in each fermentation tank: what the model reads.
    sensors = tm.add(tg.Device("Tank pH, temperature and Brix probes", fleet=True))
    # The existing tank PLCs: read the probes and run the cooling loop.
    plcs = tm.add(
        tg.Service(
            "Fermentation tank PLCs",
            description="One PLC per tank row; holds the cooling setpoint the loop follows.",
            controls={
                c.SafetyLimits(
                    limits="PLC program clamps cooling setpoints to 2-28 C and alarms above 30 C"
                )
            },
        )
    )
    # The glycol jacket valves the PLCs open and close: the physical actuation.
    valves = tm.add(tg.Device("Glycol jacket valves"))
    # Small box that polls the PLCs and forwards readings to the historian.
    collector = tm.add(
        tg.Service("PLC data collector", description="Polls the PLCs every 30 s over Modbus TCP.")
    )

with tm.boundary("Brewery office LAN", trust=tg.Trust.INTERNAL):
    # Time-series database of every reading and batch: the source of training data.
    historian = tm.add(
        tg.DataStore("Process historian", stores={batch_records, telemetry, batch_outcomes})
    )
    # Runs the model every 15 minutes and writes new setpoints to the PLCs.
    readiness_service = tm.add(
        tg.Service(
            "Batch readiness service",
            description="Scores each active batch and adjusts its cooling setpoint automatically.",
            controls={c.AuditLogging(retention_days=365, note="every setpoint written is logged")},
        )
    )
    # The model itself, loaded in-process by the readiness service.
    model = tm.add(
        tg.Model(
            "Batch readiness model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor predicting hours until a batch is ready.",
        )
    )
    # Shared folder the readiness service loads the current model file from.
    model_store = tm.add(
        tg.ModelRegistry(
            "Model folder",
            stores={model_file},
            controls={c.ModelVersioning(note="one file per month, previous kept for rollback")},
        )
    )
    # Monthly retraining the contractor runs on the office server.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Python notebooks, packages installed from PyPI by the contractor.",
            controls={c.ModelValidation(note="backtest on the last three months of batches")},
        )
    )
    # Web app the brewers use on the tablet.
    dashboard = tm.add(
        tg.Endpoint(
            "Brewer dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared brewery staff login")},
        )
    )
    # The brewery's VPN appliance: the contractor's way in.
    vpn = tm.add(
        tg.Service(
            "Office VPN gateway",
            controls={c.Authentication(method="per-user VPN account with password")},
        )
    )

with tm.boundary("Brewhouse floor", trust=tg.Trust.INTERNAL):
    # Brewers on shift: read predictions, record real readiness.
    brewer = tm.add(tg.Actor("Brewer", role="brewer"))
    # Wall-mounted tablet on the plant Wi-Fi showing the dashboard.
    tablet = tm.add(tg.Device("Brewhouse tablet", fleet=False))

# ---------------------------------------------------------------- flows
# Sensing and control loop on the plant floor
tm.flow(sensors, plcs, sensor_readings, label="4-20 mA")
tm.flow(plcs, valves, valve_signal, label="valve output")
tm.flow(collector, plcs, label="poll", protocol="modbus")
tm.flow(plcs, collector, telemetry, protocol="modbus")
tm.flow(collector, historian, telemetry, protocol="http")

# Prediction and automatic setpoint adjustment
tm.flow(historian, readiness_service, telemetry, batch_records)
tm.flow(readiness_service, model, features)
tm.flow(model, readiness_service, predictions)
tm.flow(readiness_service, historian, predictions)
tm.flow(readiness_service, plcs, setpoints, protocol="modbus", label="setpoint write")
tm.flow(model_store, readiness_service, model_file, label="model load")

# Brewers' dashboard
tm.flow(historian, dashboard, predictions, telemetry)
tm.flow(dashboard, tablet, predictions, protocol="http")
tm.flow(tablet, dashboard, batch_outcomes, protocol="http")
tm.flow(dashboard, historian, batch_outcomes)
tm.flow(tablet, brewer, predictions)
tm.flow(brewer, tablet, batch_outcomes)

# Monthly retraining by the contractor
tm.flow(contractor, vpn, notebooks, protocol="ipsec")
tm.flow(vpn, training, notebooks, protocol="ssh")
tm.flow(training, vpn, eval_report, protocol="ssh")
tm.flow(vpn, contractor, eval_report, protocol="ipsec")
tm.flow(historian, training, training_set, label="monthly export")
tm.flow(training, model_store, model_file)
