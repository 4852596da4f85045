"""Commercial laundry dryer energy optimizer: the first design, before any security review.

A commercial laundry dries hotel linen in twelve gas-fired tumble dryers. For each
load, an optimizer on a plant-floor industrial PC reads the load record from the
laundry management system and exhaust temperature and humidity from the dryer's
machine controller, asks an in-house model for the load's remaining moisture, and
writes drum temperature and cycle time setpoints to the controller over Modbus TCP
to save gas. Operators can stop any dryer at its front panel. Cycle history goes
to a local historian and nightly to the company cloud, where the model is retrained
weekly into a registry the optimizer pulls from; the plant manager sees savings on a
cloud dashboard. The manufacturer's maintenance contractor reaches the controllers
through a VPN gateway on the machine network. The dryers keep their factory
high-limit thermostats and flame safeguards.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Commercial laundry dryer energy optimizer",
    profile=tg.RiskProfile.HIGH,
    description="Model-predicted moisture sets gas tumble dryer temperatures and cycle times.",
)

# ---------------------------------------------------------------- data assets
load_record = tg.Data(
    "Load record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Customer account, linen category, fabric type and weighed load mass.",
)
telemetry = tg.Data(
    "Dryer telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Exhaust temperature, exhaust humidity, drum temperature, burner state, door state.",
)
moisture_features = tg.Data(
    "Moisture model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
moisture_estimate = tg.Data(
    "Predicted remaining moisture", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
setpoints = tg.Data(
    "Dryer setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Drum temperature setpoint and remaining cycle time written to controller registers.",
)
burner_commands = tg.Data(
    "Burner and drum drive signals",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sensor_readings = tg.Data(
    "Dryer sensor readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
stop_command = tg.Data(
    "Panel stop command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
cycle_status = tg.Data("Cycle status display", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
cycle_history = tg.Data(
    "Cycle history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-load telemetry, setpoints, predictions and end-of-cycle moisture checks.",
)
model_artifact = tg.Data(
    "Moisture model artifact", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
energy_report = tg.Data(
    "Gas savings report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
manager_login = tg.Data("Dashboard sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
contractor_login = tg.Data(
    "Contractor remote access login", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
maintenance_session = tg.Data(
    "Controller maintenance session",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Parameter changes, program downloads and firmware updates for the machine controllers.",
)
diagnostics = tg.Data("Controller diagnostics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The dryer manufacturer's service contractor, working from their own office.
    contractor = tm.add(
        tg.Actor("Maintenance contractor", role="dryer service technician", privileged=True)
    )

with tm.boundary("Laundry plant floor", trust=tg.Trust.INTERNAL):
    # Shift operators who load the dryers and can stop one at its front panel.
    operator = tm.add(tg.Actor("Dryer operator", role="laundry operator"))
    # The programmable controller in each dryer: runs the cycle and accepts setpoints.
    controllers = tm.add(
        tg.Service(
            "Dryer machine controllers",
            description="One per dryer; Modbus TCP registers for setpoints, front-panel stop button.",
        )
    )
    # The gas-fired tumble dryers themselves: burner, drum motor, sensors.
    dryers = tm.add(
        tg.Device(
            "Gas tumble dryers",
            fleet=True,
            description="Twelve 60 kg gas-fired tumble dryers.",
            controls={
                c.SafetyLimits(
                    limits="factory high-limit thermostat cuts the burner on exhaust over-temperature; "
                    "flame safeguard shuts the gas valve on flame failure",
                )
            },
        )
    )
    # Per-load optimizer on an industrial PC on the machine network.
    optimizer = tm.add(
        tg.Service(
            "Drying optimizer",
            description="Builds model inputs per load, picks temperature and cycle time, writes setpoints.",
        )
    )
    # The moisture model, loaded in-process by the optimizer.
    model = tm.add(
        tg.Model(
            "Moisture prediction model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted regressor predicting remaining moisture from telemetry and load data.",
        )
    )
    # Local time-series store of every cycle, on the same industrial PC.
    historian = tm.add(tg.DataStore("Cycle historian", stores={cycle_history}))
    # The contractor's remote access box, bought with the dryers, on the machine network.
    gateway = tm.add(
        tg.Service(
            "Remote access gateway",
            description="Manufacturer-supplied VPN router; the contractor's VPN lands on the machine network.",
            controls={c.Authentication(method="username and password per contractor account")},
        )
    )

with tm.boundary("Laundry office network", trust=tg.Trust.INTERNAL):
    # Existing laundry management system: tracks each load from sorting to dispatch.
    lms = tm.add(
        tg.DataSource(
            "Laundry management system",
            origin=tg.Origin.INTERNAL,
            provides={load_record},
            description="On-premises load tracking; REST API for load records.",
        )
    )
    # The plant manager follows gas usage and savings.
    manager = tm.add(tg.Actor("Plant manager", role="plant manager"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Weekly retraining job on the collected cycle history.
    training = tm.add(tg.Pipeline("Moisture model retraining", stage=tg.Stage.TRAINING))
    # Versioned store of trained models that the optimizer pulls from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={
                c.ModelVersioning(note="the optimizer pins a version; rollback by re-pinning")
            },
        )
    )
    # Web dashboard of gas use per load and savings against the fixed programmes.
    dashboard = tm.add(
        tg.Endpoint(
            "Energy dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC)")},
        )
    )

# ---------------------------------------------------------------- flows
# per-load control loop
tm.flow(lms, optimizer, load_record, protocol="https", label="load record on dryer start")
tm.flow(controllers, optimizer, telemetry, protocol="modbus", label="polled every 5 s")
tm.flow(optimizer, model, moisture_features)
tm.flow(model, optimizer, moisture_estimate)
tm.flow(optimizer, controllers, setpoints, protocol="modbus", label="write setpoint registers")
tm.flow(controllers, dryers, burner_commands, label="wired I/O")
tm.flow(dryers, controllers, sensor_readings, label="wired I/O")

# operators at the dryer
tm.flow(operator, controllers, stop_command, label="front-panel stop")
tm.flow(controllers, operator, cycle_status, label="front-panel display")

# history, retraining and deployment
tm.flow(optimizer, historian, cycle_history)
tm.flow(historian, training, cycle_history, protocol="https", label="nightly upload")
tm.flow(training, registry, model_artifact)
tm.flow(registry, optimizer, model_artifact, protocol="https", label="pull pinned version")

# reporting
tm.flow(historian, dashboard, energy_report, protocol="https")
tm.flow(manager, dashboard, manager_login, protocol="https")
tm.flow(dashboard, manager, energy_report, protocol="https")

# remote maintenance
tm.flow(contractor, gateway, contractor_login, maintenance_session, protocol="tls", label="SSL VPN")
tm.flow(
    gateway, controllers, maintenance_session, protocol="modbus", label="controller programming"
)
tm.flow(controllers, gateway, diagnostics, protocol="modbus")
tm.flow(gateway, contractor, diagnostics, protocol="tls", label="SSL VPN")
