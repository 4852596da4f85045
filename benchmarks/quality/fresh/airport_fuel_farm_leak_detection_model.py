"""Airport fuel-farm leak detection: the first design, before any security review.

The airport's fuel-farm operator adds leak detection to its jet-fuel storage tanks
and the hydrant pipework that feeds the aircraft stands. Radar tank gauges,
pressure transmitters and flow meters report over Modbus to the fuel-farm SCADA
server in the control room. The process historian collects SCADA readings and
copies them to a leak analytics server in the operator's office network, where an
in-house anomaly detector compares tank levels, line pressures and flows and flags
a possible leak. Alerts go to the control-room alarm console and, through an SMS
provider, to the duty engineer's phone. A contractor maintains the model over a
remote-access VPN and retrains it quarterly on readings kept from the historian.
Controls in this design: VPN sign-in with a client certificate and password and
session logging, domain accounts with roles on the analytics server and historian,
HTTPS to the historian and the SMS provider, a backtest before each new model goes
live, and the fuel farm's existing independent overfill protection and shutdown.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Airport fuel-farm leak detection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Anomaly detection over tank, pressure and flow readings to flag jet-fuel leaks "
        "in the airport fuel farm and hydrant system."
    ),
)

# ---------------------------------------------------------------- data assets
tank_levels = tg.Data(
    "Tank level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
line_pressures = tg.Data(
    "Hydrant line pressure readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
flow_readings = tg.Data(
    "Flow meter readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
process_history = tg.Data(
    "Process history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Time series of all tank, pressure and flow tags, kept for years.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
reading_windows = tg.Data(
    "Reading windows",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Rolling 15-minute windows of levels, pressures and flows per tank and line.",
)
leak_score = tg.Data("Leak anomaly score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
leak_alert = tg.Data(
    "Leak alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tank or pipe section, time, score and the readings behind it.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
leak_sms = tg.Data(
    "Leak alert SMS",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Short text naming the tank or pipe section, sent to the duty engineer.",
)
training_readings = tg.Data(
    "Historical readings for retraining",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Quarterly extract of the process history, with past leak tests marked.",
)
model_artifact = tg.Data(
    "Leak model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn model saved with joblib.",
)
model_code = tg.Data(
    "Model code and configuration",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Training scripts, thresholds and feature settings the contractor maintains.",
)
vpn_credentials = tg.Data(
    "Contractor VPN credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
backtest_report = tg.Data(
    "Backtest report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Detection rate and false alarms of a retrained model on past leak tests.",
)
valve_commands = tg.Data(
    "Isolation commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Operator commands to close hydrant section valves and stop transfers.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Fuel-farm OT network", trust=tg.Trust.RESTRICTED):
    # Radar level gauges on every jet-fuel storage tank: the main leak signal.
    tank_gauges = tm.add(
        tg.Device("Tank level gauges", description="Radar gauges with temperature probes.")
    )
    # Pressure transmitters along the hydrant loop: pressure decay shows pipe leaks.
    pressure_tx = tm.add(tg.Device("Hydrant pressure transmitters"))
    # Flow meters at tank outlets and the hydrant pump station, for the mass balance.
    flow_meters = tm.add(tg.Device("Flow meters"))
    # The existing fuel-farm SCADA: polls the field devices and runs the farm.
    scada = tm.add(
        tg.Service(
            "Fuel-farm SCADA server",
            description="Polls gauges, transmitters and meters; operators run transfers from it.",
            controls={
                c.SafetyLimits(
                    limits="independent high-high level alarms and emergency shutdown "
                    "on the hydrant pumps, wired outside the SCADA"
                )
            },
        )
    )
    # Process historian: keeps every reading and replicates them to the office side.
    historian = tm.add(
        tg.DataStore(
            "Process historian",
            stores={process_history},
            controls={c.RBAC(note="domain groups for engineers and read-only users")},
        )
    )
    # Alarm console in the control room where the model's alerts appear.
    console = tm.add(tg.Service("Control-room alarm console"))
    # The fuel-farm operator on shift: acts on alerts and isolates sections.
    operator = tm.add(tg.Actor("Control-room operator", role="fuel-farm operator"))

with tm.boundary("Operator office network", trust=tg.Trust.INTERNAL):
    # Hosts the leak detection service that scores readings and raises alerts.
    analytics = tm.add(
        tg.Service(
            "Leak analytics server",
            description="Windows server: receives historian data, runs the model, sends alerts.",
            controls={c.RBAC(note="domain accounts; contractor has a local admin account")},
        )
    )
    # The anomaly model itself; its alerts drive leak response on the farm.
    leak_model = tm.add(
        tg.Model(
            "Leak anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Isolation forest and mass-balance residuals per tank and pipe section.",
            controls={c.ModelValidation(note="contractor backtests against past leak tests")},
        )
    )
    # Readings kept on the analytics server for the quarterly retraining.
    training_set = tm.add(tg.Dataset("Retraining data extract", stores={training_readings}))
    # The contractor's training script, run by hand each quarter.
    retraining = tm.add(
        tg.Pipeline(
            "Quarterly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Python environment; packages are installed from PyPI when it is set up.",
        )
    )
    # Folder on the analytics server holding the current and previous model files.
    model_store = tm.add(tg.ModelRegistry("Model file folder", stores={model_artifact}))
    # The only way in for the contractor.
    vpn = tm.add(
        tg.Service(
            "Remote-access VPN gateway",
            controls={
                c.Authentication(method="client certificate and password"),
                c.AuditLogging(retention_days=90),
            },
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway used to reach the on-call engineer.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Public networks", trust=tg.Trust.UNTRUSTED):
    # On-call engineer who gets alerts on a mobile phone, on or off site.
    duty_engineer = tm.add(tg.Actor("Duty engineer", role="on-call engineer"))
    # The analytics contractor's data scientist, working from their own office.
    contractor = tm.add(
        tg.Actor("Contractor data scientist", role="analytics contractor", privileged=True)
    )

# ---------------------------------------------------------------- flows
# field devices to SCADA
tm.flow(tank_gauges, scada, tank_levels, protocol="modbus")
tm.flow(pressure_tx, scada, line_pressures, protocol="modbus")
tm.flow(flow_meters, scada, flow_readings, protocol="modbus")

# SCADA to historian to the office side
tm.flow(scada, historian, tank_levels, line_pressures, flow_readings, protocol="opc-ua")
tm.flow(historian, analytics, process_history, protocol="https", label="replication")

# scoring
tm.flow(analytics, leak_model, reading_windows)
tm.flow(leak_model, analytics, leak_score)

# alerting
tm.flow(analytics, console, leak_alert, protocol="https")
tm.flow(console, operator, leak_alert)
tm.flow(operator, scada, valve_commands, label="isolates section")
tm.flow(analytics, sms_gateway, leak_sms, protocol="https")
tm.flow(sms_gateway, duty_engineer, leak_sms, protocol="sms")

# quarterly retraining
tm.flow(analytics, training_set, training_readings, label="quarterly extract")
tm.flow(training_set, retraining, training_readings)
tm.flow(retraining, model_store, model_artifact)
tm.flow(model_store, leak_model, model_artifact, label="loaded at service restart")

# contractor maintenance
tm.flow(contractor, vpn, vpn_credentials, model_code, protocol="ipsec")
tm.flow(vpn, analytics, model_code, protocol="rdp", label="remote desktop session")
tm.flow(vpn, retraining, model_code, protocol="rdp", label="starts quarterly run")
tm.flow(retraining, vpn, backtest_report, protocol="rdp")
tm.flow(vpn, contractor, backtest_report, protocol="ipsec")
