"""Wastewater plant aeration blower model: the first design, before any security review.

A municipal wastewater treatment plant wants to cut the energy its aeration blowers
use. Every five minutes an optimisation server in the plant's control network reads
ammonia and dissolved-oxygen probe values from SCADA, takes the latest inflow forecast
from the utility's hydraulic forecasting service on the corporate network, and asks a
regression model for the dissolved-oxygen setpoint of each aeration basin. It writes the
setpoints to the SCADA server, which passes them to the blower PLCs. Operators watch the
trends in the control room and can switch any basin back to fixed setpoints from the HMI.
The vendor that built the model retrains it on a year of historian data and tunes it once
a month, connecting through the plant's remote-access gateway. Controls in this design:
VPN with TOTP and session logging at the gateway, operator logins with roles on the HMI,
range checks on probe inputs, kept previous model versions, and the blower PLCs' own
speed limits and surge protection.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Wastewater plant aeration blower model",
    profile=tg.RiskProfile.HIGH,
    description="Model-driven dissolved-oxygen setpoints for aeration basins to save blower energy.",
)

# ---------------------------------------------------------------- data assets
probe_readings = tg.Data(
    "Ammonia and DO probe readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
inflow_forecast = tg.Data(
    "Inflow forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Next 24 h of plant inflow from the rainfall-runoff model.",
)
model_inputs = tg.Data(
    "Aeration model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
do_setpoints = tg.Data(
    "DO setpoints",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Dissolved-oxygen setpoint per aeration basin, in mg/L.",
)
blower_status = tg.Data(
    "Blower status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Speed, airflow, power draw and alarms of each blower.",
)
mode_selection = tg.Data(
    "Basin control mode",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Model setpoints or fixed setpoints, chosen per basin by the operator.",
)
trends = tg.Data("Process trends", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
process_history = tg.Data(
    "Process history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="A year of probe, inflow, setpoint and blower data from the historian.",
)
model_artifact = tg.Data(
    "Aeration model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="The vendor's scikit-learn model, saved with joblib.",
)
remote_session = tg.Data(
    "Vendor remote desktop session",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Screen, keyboard and file transfer of the monthly tuning session.",
)
tuning_config = tg.Data(
    "Model tuning configuration",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Feature settings, retraining window and basin gains set by the vendor.",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Model vendor",
    trust=tg.Trust.PARTNER,
    description="The process-optimisation firm that built and maintains the model.",
):
    # The vendor's engineer who retrains and tunes the model once a month.
    vendor = tm.add(tg.Actor("Vendor process engineer", role="vendor engineer", privileged=True))

with tm.boundary("Utility corporate network", trust=tg.Trust.INTERNAL):
    # The utility's rainfall-runoff model publishes inflow forecasts for each plant.
    inflow_svc = tm.add(
        tg.Service(
            "Inflow forecasting service",
            description="Run by the utility's hydraulic modelling team, updated hourly.",
        )
    )

with tm.boundary(
    "Plant DMZ",
    trust=tg.Trust.INTERNAL,
    description="Firewalled zone between the corporate network and plant control.",
):
    # The one way in for suppliers: VPN termination and a jump host.
    gateway = tm.add(
        tg.Service(
            "Remote-access gateway",
            controls={
                tg.controls.Authentication(
                    method="named vendor VPN account with password and TOTP"
                ),
                tg.controls.AuditLogging(
                    retention_days=180, note="session start, end and source IP"
                ),
            },
        )
    )

with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
    # Runs the five-minute control loop around the model.
    optimiser = tm.add(
        tg.Service(
            "Aeration optimisation server",
            description="Windows server; reads tags from SCADA, calls the model, writes setpoints.",
            controls={
                tg.controls.InputValidation(
                    note="OPC quality flags and range checks on probe values"
                )
            },
        )
    )
    # The model itself, hosted in-process on the optimisation server.
    model = tm.add(
        tg.Model(
            "DO setpoint model",
            task="regressor",
            high_stakes=True,
            description="Predicts the lowest DO setpoint per basin that keeps effluent ammonia in permit.",
        )
    )
    # Retraining, run by the vendor on the optimisation server during tuning visits.
    retraining = tm.add(
        tg.Pipeline("Model retraining", stage="training", third_party_packages=True)
    )
    # Folder on the server holding the current and previous model files.
    model_store = tm.add(
        tg.ModelRegistry(
            "Model file store",
            stores={model_artifact},
            controls={tg.controls.ModelVersioning(note="previous version kept for rollback")},
        )
    )
    # Plant-wide SCADA: collects tags from the PLCs and passes setpoints down.
    scada = tm.add(tg.Service("SCADA server"))
    # Long-term store of every tag, source of the training data.
    historian = tm.add(tg.DataStore("Process historian", stores={process_history}))
    # Control-room screens for trends, alarms and mode switches.
    hmi = tm.add(
        tg.Service(
            "Control room HMI",
            controls={
                tg.controls.Authentication(method="individual operator accounts with password"),
                tg.controls.RBAC(note="operator and engineer levels in the SCADA package"),
            },
        )
    )
    # Plant operators on shift.
    operator = tm.add(tg.Actor("Plant operator", role="control room operator"))
    # Blower PLCs run the DO control loop and the blowers' own protection.
    plcs = tm.add(
        tg.Device(
            "Blower PLCs",
            controls={
                tg.controls.SafetyLimits(
                    limits="blower minimum/maximum speed and surge protection in each PLC"
                )
            },
        )
    )
    # In-basin ammonia and dissolved-oxygen probes, wired to the PLCs.
    probes = tm.add(tg.Device("Ammonia and DO probes"))

# ---------------------------------------------------------------- flows
# Field level.
tm.flow(probes, plcs, probe_readings, label="4-20 mA signals")
tm.flow(plcs, scada, probe_readings, blower_status, protocol="modbus")
tm.flow(scada, plcs, do_setpoints, mode_selection, protocol="modbus")

# The five-minute control loop.
tm.flow(scada, optimiser, probe_readings, blower_status, protocol="opc-ua")
tm.flow(inflow_svc, optimiser, inflow_forecast, protocol="https")
tm.flow(optimiser, model, model_inputs, protocol="local")
tm.flow(model, optimiser, do_setpoints, protocol="local")
tm.flow(optimiser, scada, do_setpoints, protocol="opc-ua")

# Control room.
tm.flow(scada, hmi, trends, do_setpoints)
tm.flow(hmi, scada, mode_selection)
tm.flow(hmi, operator, trends, label="control-room screens")
tm.flow(operator, hmi, mode_selection, label="control-room screens")

# History and retraining.
tm.flow(scada, historian, process_history, protocol="opc-ua")
tm.flow(historian, retraining, process_history, label="one-year export")
tm.flow(retraining, model_store, model_artifact, protocol="local")
tm.flow(model_store, model, model_artifact, protocol="local", label="load on restart")

# Vendor's monthly tuning session.
tm.flow(vendor, gateway, remote_session, protocol="ipsec")
tm.flow(gateway, vendor, remote_session, protocol="ipsec")
tm.flow(gateway, optimiser, remote_session, protocol="rdp")
tm.flow(optimiser, gateway, remote_session, protocol="rdp")
tm.flow(optimiser, retraining, tuning_config, protocol="local", label="retraining run")
