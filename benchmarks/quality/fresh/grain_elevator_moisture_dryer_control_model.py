"""Grain elevator dryer moisture control: the first design, before any security review.

The cooperative's elevator runs a continuous-flow grain dryer. Moisture sensors at
the dryer inlet and outlet, and temperature probes in the plenum, are wired into
the dryer's PLC. An edge gateway in the control room polls the PLC over Modbus TCP,
runs the moisture control model (supplied by the dryer manufacturer) and writes
the burner temperature and discharge speed setpoints back to the PLC. The shift
operator watches the dryer on the control-room HMI and can switch it to manual
and enter setpoints there. A hardwired high-limit thermostat shuts the burner
down on over-temperature whatever the PLC is told. During harvest the gateway
uploads readings, setpoints and throughput to the manufacturer's cloud over
HTTPS, and downloads retrained model packages from it. Controls in this design:
the high-temperature shutdown and setpoint clamps in the PLC, an operator login
on the HMI, TLS to the cloud and the previous model version kept for rollback.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Grain elevator moisture dryer control",
    profile=tg.RiskProfile.HIGH,
    description=(
        "A manufacturer-supplied model sets burner temperature and discharge speed "
        "of a continuous-flow grain dryer from inlet and outlet moisture readings."
    ),
)

# ---------------------------------------------------------------- data assets
moisture = tg.Data(
    "Grain moisture readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
temperatures = tg.Data(
    "Plenum and grain temperatures",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
process_values = tg.Data(
    "Dryer process values",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Moisture, temperatures, burner state and discharge roll speed read from the PLC.",
)
model_inputs = tg.Data("Model input features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
recommended = tg.Data(
    "Recommended burner and discharge setpoints",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
setpoints = tg.Data(
    "Dryer setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Burner temperature and discharge speed written to PLC holding registers.",
)
manual_commands = tg.Data(
    "Operator mode switch and manual setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
drive_commands = tg.Data(
    "Burner and metering roll commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
drive_status = tg.Data("Flame and roll speed feedback", kind="records")
dryer_status = tg.Data("Dryer status and alarms", kind="records")
history = tg.Data(
    "Dryer history",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Time series of process values, setpoints, mode changes and alarms.",
)
harvest_data = tg.Data(
    "Harvest-season dryer data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Readings, setpoints, bushels dried and fuel use: the co-op's throughput figures.",
)
model_package = tg.Data(
    "Moisture control model package",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Dryer manufacturer cloud", trust=tg.Trust.PARTNER):
    # The manufacturer collects dryer data from its customers and retrains the model.
    vendor_cloud = tm.add(
        tg.ExternalService(
            "Dryer manufacturer cloud",
            description="Fleet data portal and model update service run by the dryer's maker.",
        )
    )

with tm.boundary("Elevator site network", trust=tg.Trust.INTERNAL):
    # The shift operator runs the dryer from the control room.
    operator = tm.add(tg.Actor("Dryer operator", role="elevator operator"))
    # The operator's view of the dryer, and where manual mode is selected.
    hmi = tm.add(
        tg.Service(
            "Control-room HMI",
            description="SCADA panel PC showing dryer trends; auto/manual switch and manual setpoints.",
            controls={c.Authentication(method="shared operator password")},
        )
    )
    # Runs the model on site and is the only box that talks to the cloud.
    gateway = tm.add(
        tg.Service(
            "Dryer edge gateway",
            description=(
                "Industrial PC: polls the PLC, runs the model every 30 s, writes setpoints, "
                "uploads harvest data and installs model updates."
            ),
        )
    )
    # The model that turns moisture readings into burner and discharge setpoints.
    model = tm.add(
        tg.Model(
            "Moisture control model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Manufacturer-trained regressor executed locally on the gateway.",
            controls={c.ModelVersioning(note="previous package kept on disk for rollback")},
        )
    )
    # Where the gateway keeps the installed model packages.
    model_store = tm.add(tg.ModelRegistry("Gateway model package store", stores={model_package}))
    # Trends for the operator and the data the harvest upload is built from.
    historian = tm.add(tg.DataStore("Dryer historian", stores={history, harvest_data}))

    with tm.boundary("Dryer control network", trust=tg.Trust.RESTRICTED):
        # Reads the instruments and drives the burner and metering rolls.
        plc = tm.add(
            tg.Service(
                "Dryer PLC",
                controls={
                    c.SafetyLimits(
                        limits=(
                            "PLC clamps burner setpoint to 60-110 C and roll speed to the "
                            "design range; hardwired high-limit thermostat trips the gas valve"
                        )
                    )
                },
            )
        )
        # Capacitance moisture sensor in the wet grain column.
        inlet_sensor = tm.add(tg.Device("Inlet moisture sensor", fleet=False))
        # Moisture sensor at the discharge, measuring the dried grain.
        outlet_sensor = tm.add(tg.Device("Outlet moisture sensor", fleet=False))
        # Plenum and grain column temperature probes.
        probes = tm.add(tg.Device("Plenum temperature probes", fleet=False))
        # The burner gas train and the discharge metering roll motor.
        burner = tm.add(
            tg.Device(
                "Burner and discharge metering rolls",
                fleet=False,
                controls={
                    c.SafetyLimits(
                        limits="high-limit thermostat in the plenum cuts the burner independently of the PLC"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
# instruments into the PLC
tm.flow(inlet_sensor, plc, moisture, label="4-20 mA loop")
tm.flow(outlet_sensor, plc, moisture, label="4-20 mA loop")
tm.flow(probes, plc, temperatures, label="thermocouple inputs")
tm.flow(plc, burner, drive_commands, label="analog outputs and relays")
tm.flow(burner, plc, drive_status, label="flame and roll speed feedback")

# automatic control loop
tm.flow(plc, gateway, process_values, protocol="modbus", label="poll every 5 s")
tm.flow(gateway, model, model_inputs, protocol="local")
tm.flow(model, gateway, recommended, protocol="local")
tm.flow(gateway, plc, setpoints, protocol="modbus", label="write holding registers")

# operator and manual mode
tm.flow(operator, hmi, manual_commands, label="touchscreen")
tm.flow(hmi, operator, dryer_status, label="touchscreen")
tm.flow(hmi, plc, manual_commands, protocol="modbus")
tm.flow(plc, hmi, dryer_status, protocol="modbus")

# history
tm.flow(gateway, historian, history, protocol="local")
tm.flow(historian, hmi, history, protocol="https", label="trend screens")
tm.flow(historian, gateway, harvest_data, protocol="local", label="nightly export")

# manufacturer cloud
tm.flow(
    gateway,
    vendor_cloud,
    harvest_data,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
    label="harvest-season upload",
)
tm.flow(
    vendor_cloud,
    gateway,
    model_package,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
    label="model update download",
)
tm.flow(gateway, model_store, model_package, protocol="local")
tm.flow(model_store, model, model_package, protocol="local", label="load on start")
