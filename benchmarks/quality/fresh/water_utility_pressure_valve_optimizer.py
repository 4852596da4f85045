"""Night-time pressure optimisation for PRVs: the first design, before any security review.

To cut background leakage, the utility lowers pressure at night in its district
metered areas (DMAs). A pressure optimiser in the IT/OT DMZ reads DMA inlet flow
and pressure history from a historian mirror, asks an in-house regression model
for the lowest safe night pressure per DMA, and writes a setpoint schedule to the
SCADA master station over OPC UA. SCADA sends the setpoints by DNP3 to the
outstation RTU at each site, which drives the pressure-reducing valve controller.
Setpoints go out automatically; control-room operators watch alarms and can
override any DMA from the SCADA HMI. The valve controllers clamp setpoints to a
configured range and fall back to their fixed pilot on loss of signal. The model
is retrained monthly on the corporate analytics platform. The telemetry vendor
supports the outstations (configuration, firmware) through a remote-access gateway.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water utility PRV night-pressure optimiser",
    profile=tg.RiskProfile.HIGH,
    description="Model-driven night-time pressure setpoints for pressure-reducing valves "
    "across district metered areas, applied through SCADA.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "DMA telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Inlet flow, inlet and outlet pressure, critical-point pressure, valve position.",
)
prediction = tg.Data(
    "Predicted minimum night pressure",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
features = tg.Data("DMA demand features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
schedule = tg.Data(
    "Night setpoint schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Outlet pressure setpoint per PRV per half hour, 00:00 to 05:30.",
)
ack = tg.Data("Setpoint acknowledgement and override status", kind="records")
override = tg.Data(
    "Operator override",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alarms = tg.Data("Alarms and trends", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
training_set = tg.Data(
    "Training history", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_code = tg.Data("Training code and configuration", kind="code")
artifact = tg.Data(
    "Pressure model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
rtu_config = tg.Data(
    "Outstation configuration and firmware",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
diagnostics = tg.Data("Outstation diagnostics", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Field sites", trust=tg.Trust.INTERNAL):
    # Telemetry outstation at each PRV site, on the private cellular APN.
    rtu = tm.add(tg.Device("Outstation RTU", fleet=True))
    # Electronic controller on each PRV's pilot; sets the outlet pressure.
    prv = tm.add(
        tg.Device(
            "PRV pressure controller",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="controller clamps outlet setpoint to 15-60 m head and reverts "
                    "to the fixed pilot setting on loss of signal"
                )
            },
        )
    )

with tm.boundary("OT control network", trust=tg.Trust.RESTRICTED):
    # Operators in the 24/7 control room; they can override any DMA.
    operator = tm.add(tg.Actor("Control-room operator", role="operator", privileged=True))
    # SCADA master station with its HMI: polls outstations, sends setpoints.
    scada = tm.add(
        tg.Service(
            "SCADA master station",
            controls={
                c.Authentication(method="individual SCADA accounts with password"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Process historian of all telemetry.
    historian = tm.add(tg.DataStore("Process historian", stores={telemetry}))

with tm.boundary("IT/OT DMZ", trust=tg.Trust.INTERNAL):
    # Read-only copy of the historian for IT-side consumers.
    mirror = tm.add(tg.DataStore("Historian mirror", stores={telemetry}))
    # Builds features, calls the model, writes the night schedule to SCADA.
    optimiser = tm.add(
        tg.Service(
            "Pressure optimiser",
            description="Runs at 23:00; skips a DMA whose telemetry is stale or missing.",
            controls={c.InputValidation(note="stale or out-of-range telemetry excluded")},
        )
    )
    # In-house gradient-boosted regressor of the lowest safe night pressure per DMA.
    model = tm.add(
        tg.Model(
            "Night pressure model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
        )
    )
    # Where the telemetry vendor's engineers come in to support the outstations.
    gateway = tm.add(
        tg.Service(
            "Vendor remote-access gateway",
            controls={
                c.Authentication(method="IPsec VPN with per-engineer accounts and TOTP"),
                c.AuditLogging(retention_days=180),
            },
        )
    )

with tm.boundary("Corporate analytics platform", trust=tg.Trust.INTERNAL):
    # Monthly retraining on the last two years of history.
    training = tm.add(tg.Pipeline("Model training job", stage=tg.Stage.TRAINING))
    # Stores trained model versions for the optimiser to load.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

with tm.boundary("Telemetry vendor", trust=tg.Trust.PARTNER):
    # Vendor's support engineers: outstation configuration and firmware updates.
    vendor = tm.add(tg.Actor("Telemetry vendor engineer", role="vendor support"))

# ---------------------------------------------------------------- flows
# Field telemetry and control.
tm.flow(prv, rtu, telemetry, label="4-20 mA and digital inputs")
tm.flow(rtu, prv, schedule, label="4-20 mA setpoint")
tm.flow(rtu, scada, telemetry, protocol="dnp3")
tm.flow(scada, rtu, schedule, override, protocol="dnp3")
tm.flow(scada, historian, telemetry)
tm.flow(historian, mirror, telemetry, label="one-way replication")

# Optimisation.
tm.flow(mirror, optimiser, telemetry)
tm.flow(optimiser, model, features)
tm.flow(model, optimiser, prediction)
tm.flow(optimiser, scada, schedule, protocol="opc-ua")
tm.flow(scada, optimiser, ack, protocol="opc-ua")

# Operators.
tm.flow(scada, operator, alarms, schedule)
tm.flow(operator, scada, override)

# Training and release.
tm.flow(mirror, training, training_set)
tm.flow(data_scientist, training, training_code)
tm.flow(training, registry, artifact)
tm.flow(registry, optimiser, artifact, label="load latest version")

# Vendor support.
tm.flow(vendor, gateway, rtu_config, protocol="ipsec")
tm.flow(gateway, vendor, diagnostics, protocol="ipsec")
tm.flow(gateway, rtu, rtu_config)
tm.flow(rtu, gateway, diagnostics)
