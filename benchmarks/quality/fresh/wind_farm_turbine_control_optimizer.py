"""Wind farm turbine control optimizer: the first design, before any security review.

The operator's wake steering service cuts wake losses across the farm. Every ten minutes
a setpoint dispatcher in the site's OT DMZ takes the latest per-turbine SCADA data from
the historian and a commercial weather forecast, asks the in-house optimizer model for
yaw offsets and pitch adjustments, clamps them to the manufacturer's limits and writes
them to the SCADA server, which passes them to each turbine controller. Control room
operators watch the farm on the SCADA HMI and can switch wake steering off. The model is
retrained in the corporate cloud from replicated historian data and archived forecasts
and deployed from a model registry. The turbine vendor's support engineers reach the
SCADA server over an SSL VPN with MFA accounts. Other controls: SCADA operator roles,
setpoint bounds checks, a wake steering kill switch, VPN session logging and model
versioning in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wind farm turbine control optimizer",
    profile=tg.RiskProfile.HIGH,
    description="Model-driven yaw and pitch setpoints for wake steering, sent through SCADA "
    "to the turbine controllers.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Turbine SCADA telemetry",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="10-second wind speed, direction, power, yaw angle, pitch and status per turbine.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
forecast = tg.Data(
    "Weather forecast",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Hub-height wind speed and direction forecast for the site, licensed.",
)
features = tg.Data("Optimizer inputs", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features")
recommended = tg.Data(
    "Recommended setpoints", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
setpoints = tg.Data(
    "Yaw and pitch setpoint commands",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
operator_commands = tg.Data(
    "Operator commands",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Start, stop, curtailment and wake steering on/off.",
)
farm_status = tg.Data(
    "Farm status and alarms", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
training_data = tg.Data(
    "Wake steering training data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Optimizer model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM wake correction model saved with joblib.",
)
release_approval = tg.Data(
    "Model release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
vpn_login = tg.Data("Vendor VPN credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
support_session = tg.Data(
    "Remote support session",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="instructions",
    description="Remote desktop session: diagnostics, parameter changes, controller updates.",
)
diagnostics = tg.Data(
    "Turbine diagnostics", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API the optimizer and the training data depend on.
    weather = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={forecast})
    )

with tm.boundary("Turbine vendor network", trust=tg.Trust.PARTNER):
    # The manufacturer's support team, under the service contract.
    vendor_engineer = tm.add(
        tg.Actor("Vendor support engineer", role="turbine vendor support", privileged=True)
    )

with tm.boundary("Corporate cloud", trust=tg.Trust.INTERNAL):
    # Historian replica plus archived forecasts, used to retrain the optimizer.
    dataset = tm.add(tg.Dataset("Wake steering training set", stores={training_data}))
    # Monthly retraining job; installs its Python dependencies when it starts.
    training = tm.add(
        tg.Pipeline("Optimizer training job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned model artifacts that the site pulls from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Builds, evaluates and releases the optimizer.
    ml_engineer = tm.add(tg.Actor("Performance engineer", role="ml engineer", privileged=True))

with tm.boundary("Wind farm site network", trust=tg.Trust.INTERNAL):
    with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
        # Terminates the vendor's remote access into the site.
        vpn = tm.add(
            tg.Service(
                "Remote access VPN gateway",
                internet_facing=True,
                controls={
                    c.Authentication(method="vendor accounts with TOTP MFA"),
                    c.AuditLogging(retention_days=365),
                },
            )
        )
        # Time-series store of SCADA data, replicated to the cloud.
        historian = tm.add(tg.DataStore("Site historian", stores={telemetry, forecast}))
        # Runs the ten-minute optimisation loop and writes setpoints.
        dispatcher = tm.add(
            tg.Service(
                "Setpoint dispatcher",
                controls={
                    c.InputValidation(
                        note="setpoints clamped to the manufacturer's yaw and pitch limits"
                    ),
                    c.CircuitBreaker(note="operators can switch wake steering off from the HMI"),
                },
            )
        )
        # Predicts the farm-level optimum yaw offsets and pitch adjustments.
        optimizer = tm.add(
            tg.Model("Wake steering optimizer", task=tg.Task.REGRESSOR, high_stakes=True)
        )

    with tm.boundary("Control network", trust=tg.Trust.RESTRICTED):
        # Supervises the farm and relays setpoints to the turbines.
        scada = tm.add(tg.Service("SCADA server", controls={c.RBAC()}))
        # Runs the farm from the HMI in the control room.
        operator = tm.add(tg.Actor("Control room operator", role="operator"))

        with tm.boundary("Turbine network", trust=tg.Trust.RESTRICTED):
            # One PLC per turbine; applies the yaw and pitch setpoints.
            controllers = tm.add(tg.Device("Turbine controllers", fleet=True))

# ---------------------------------------------------------------- flows
# control loop
tm.flow(controllers, scada, telemetry, protocol="modbus")
tm.flow(scada, controllers, setpoints, protocol="modbus")
tm.flow(scada, historian, telemetry, protocol="opc-ua")
tm.flow(weather, dispatcher, forecast, protocol="https")
tm.flow(dispatcher, historian, forecast, label="forecast archive")
tm.flow(historian, dispatcher, telemetry)
tm.flow(dispatcher, optimizer, features)
tm.flow(optimizer, dispatcher, recommended)
tm.flow(dispatcher, scada, setpoints, protocol="opc-ua")
tm.flow(scada, dispatcher, farm_status, protocol="opc-ua", label="availability and alarms")

# operators
tm.flow(operator, scada, operator_commands)
tm.flow(scada, operator, farm_status)

# retraining and deployment
tm.flow(historian, dataset, telemetry, forecast, protocol="https", label="nightly replication")
tm.flow(dataset, training, training_data)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release_approval, label="promotes a version")
tm.flow(registry, optimizer, model_artifact, protocol="https", label="deploy")

# vendor remote support
tm.flow(vendor_engineer, vpn, vpn_login, support_session, protocol="tls", label="SSL VPN")
tm.flow(vpn, scada, support_session, protocol="rdp")
tm.flow(scada, vpn, diagnostics, protocol="rdp")
tm.flow(vpn, vendor_engineer, diagnostics, protocol="tls")
