"""Run-of-river hydro turbine vibration model: the first design, before any security review.

A small hydro operator runs two Francis turbines at a run-of-river plant. Each
turbine has bearing vibration sensors wired into an acquisition card in the plant
server and bearing temperature sensors wired into the turbine control PLC. On the
plant server a data collector gathers the readings into a historian and feeds a
fault prediction model; trip logic on the same server sends the PLC a trip command
when the model predicts dangerous vibration. The PLC's own protection relay still
trips on overspeed and bearing over-temperature whatever the server sends.
Operators watch and run the plant remotely from a control centre through a SCADA
HMI over a site-to-site VPN. Under a service contract the turbine maker receives a
daily telemetry export and its service engineers reach the plant server through a
VPN gateway, for diagnostics and to install new versions of the model they train.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Run-of-river hydro turbine vibration model",
    profile=tg.RiskProfile.HIGH,
    description="Vibration-based fault prediction that can trip hydro turbines, with remote operation and vendor access.",
)

# ---------------------------------------------------------------- data assets
vibration = tg.Data(
    "Bearing vibration readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
temperature = tg.Data(
    "Bearing temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
status = tg.Data(
    "Turbine status telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Speed, load, gate opening, headwater level and trip state from the PLC.",
)
features = tg.Data(
    "Vibration and temperature features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
prediction = tg.Data("Fault prediction", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
trip = tg.Data(
    "Turbine trip command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alarms = tg.Data("Fault alarms and trip events", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
operator_commands = tg.Data(
    "Operator commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Start, stop, load setpoints and trip reset.",
)
export = tg.Data("Daily telemetry export", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
reports = tg.Data("Condition reports", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
session = tg.Data("Remote maintenance session", sensitivity=tg.Sensitivity.CONFIDENTIAL)
model_file = tg.Data(
    "Fault model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn model saved with joblib by the turbine maker.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.RESTRICTED):
    # Accelerometers on the turbine and generator bearings.
    vib_sensors = tm.add(tg.Device("Bearing vibration sensors"))
    # RTDs in the bearing housings.
    temp_sensors = tm.add(tg.Device("Bearing temperature sensors"))
    # Controls each turbine; its protection relay is independent of the plant server.
    plc = tm.add(
        tg.Device(
            "Turbine control PLC",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="protection relay trips on overspeed and bearing over-temperature"
                )
            },
        )
    )
    # On the plant server: reads the acquisition card and polls the PLC.
    collector = tm.add(tg.Service("Plant data collector"))
    # On the plant server: keeps readings, alarms and trip events for trending.
    historian = tm.add(
        tg.DataStore("Plant historian", stores={vibration, temperature, status, alarms})
    )
    # On the plant server: predicts bearing and runner faults from the latest window.
    model = tm.add(
        tg.Model(
            "Turbine fault prediction model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            returns_scores=True,
            description="Trained by the turbine maker on its fleet data; a score above threshold trips.",
        )
    )
    # On the plant server: turns a dangerous-vibration prediction into a trip command.
    trip_logic = tm.add(tg.Service("Trip logic service"))
    # Folder on the plant server holding the current and previous model files.
    model_store = tm.add(tg.ModelRegistry("Model file store", stores={model_file}))

with tm.boundary("Plant DMZ", trust=tg.Trust.INTERNAL):
    # The turbine maker's way into the plant server under the service contract.
    gateway = tm.add(
        tg.Service(
            "Remote access VPN gateway",
            controls={
                c.Authentication(method="VPN client certificate and password per engineer"),
                c.AuditLogging(retention_days=90),
            },
        )
    )

with tm.boundary("Control centre", trust=tg.Trust.INTERNAL):
    # Staff who monitor and operate the plant remotely.
    operator = tm.add(tg.Actor("Control centre operator", role="plant operator"))
    # SCADA HMI showing trends and alarms and sending operator commands.
    hmi = tm.add(
        tg.Service(
            "Remote SCADA HMI",
            controls={c.Authentication(method="Windows domain account password")},
        )
    )

with tm.boundary("Turbine maker", trust=tg.Trust.PARTNER):
    # The maker's condition monitoring platform that analyses the exports.
    maker_platform = tm.add(tg.ExternalService("Turbine maker condition monitoring platform"))
    # The maker's engineers who diagnose faults and install model updates.
    engineer = tm.add(
        tg.Actor("Turbine maker service engineer", role="service engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
vpn = c.EncryptionInTransit(protocol="IPsec site-to-site VPN")

tm.flow(vib_sensors, collector, vibration, protocol="analogue IEPE")
tm.flow(temp_sensors, plc, temperature, protocol="analogue RTD")
tm.flow(plc, collector, temperature, status, protocol="modbus-tcp")
tm.flow(collector, historian, vibration, temperature, status)
tm.flow(collector, model, features)
tm.flow(model, trip_logic, prediction)
tm.flow(trip_logic, plc, trip, protocol="modbus-tcp")
tm.flow(trip_logic, historian, alarms)

tm.flow(historian, hmi, status, alarms, vibration, temperature, protocol="opc-ua", controls={vpn})
tm.flow(hmi, operator, status, alarms)
tm.flow(operator, hmi, operator_commands)
tm.flow(hmi, plc, operator_commands, protocol="modbus-tcp", controls={vpn})

tm.flow(
    historian,
    maker_platform,
    export,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
    label="daily upload",
)
tm.flow(maker_platform, engineer, reports)
tm.flow(
    engineer,
    gateway,
    session,
    model_file,
    protocol="ipsec",
    controls={c.EncryptionInTransit(protocol="IPsec")},
)
tm.flow(
    gateway,
    engineer,
    session,
    alarms,
    protocol="ipsec",
    controls={c.EncryptionInTransit(protocol="IPsec")},
)
tm.flow(gateway, collector, session, protocol="rdp")
tm.flow(
    historian, gateway, alarms, vibration, temperature, status, protocol="rdp", label="diagnostics"
)
tm.flow(gateway, model_store, model_file, protocol="smb", label="model update")
tm.flow(model_store, model, model_file, label="load on restart")
