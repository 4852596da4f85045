"""Ladle temperature prediction: the first design, before any security review.

At the ladle furnace of the melt shop, a regression model predicts the molten
steel temperature of the ladle a few minutes ahead, from the last immersion
probe reading and the process data of the heat (arc-on time, power input,
alloy and slag additions, argon stirring). The Level 2 automation system calls
a prediction service in the plant IT network; the prediction is shown on the
ladle furnace operator's HMI and used by Level 2 to propose a heating power
profile, which the operator confirms before Level 2 sends it to the furnace
PLC. The PLC keeps its transformer and electrode interlocks. Every month the
process data team retrains the model from historian data, backtests it and
publishes it to a model registry. The automation vendor maintains Level 2
remotely through a VPN gateway in the plant DMZ, with per-engineer accounts.
No personal data is processed; wrong predictions cost energy, quality and safety.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ladle furnace temperature prediction",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts molten steel temperature in ladles to support heating power "
        "proposals at the ladle furnace; retrained monthly."
    ),
)

# ---------------------------------------------------------------- data assets
probe_readings = tg.Data(
    "Ladle temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Immersion thermocouple measurements and ladle refractory temperatures.",
)
process_data = tg.Data(
    "Heat process measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Arc-on time, energy input, alloy and slag additions, argon flow, ladle ID.",
)
model_inputs = tg.Data(
    "Prediction input features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
predicted_temp = tg.Data(
    "Predicted steel temperature",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
power_proposal = tg.Data(
    "Proposed heating power profile",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
operator_confirmation = tg.Data("Operator power confirmation", kind="records")
power_setpoint = tg.Data(
    "Heating power setpoint",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Transformer tap and electrode current setpoints for the furnace.",
)
heat_history = tg.Data(
    "Historical heat records",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Years of heats with process data and measured temperatures: process know-how.",
)
model_artifact = tg.Data(
    "Temperature model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted regressor saved with joblib.",
)
release_signoff = tg.Data("Monthly model release sign-off", kind="records")
vendor_commands = tg.Data(
    "Vendor engineering changes",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Remote desktop input, Level 2 configuration changes and software updates.",
)
level2_screens = tg.Data(
    "Level 2 screens and logs",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Automation vendor network", trust=tg.Trust.PARTNER):
    # The vendor's service engineers support Level 2 from their own offices.
    vendor_engineer = tm.add(
        tg.Actor("Automation vendor service engineer", role="vendor engineer", privileged=True)
    )

with tm.boundary("Plant DMZ", trust=tg.Trust.INTERNAL):
    # The only way in for the vendor: a VPN concentrator with a jump host behind it.
    remote_gateway = tm.add(
        tg.Service(
            "Remote access VPN gateway",
            description="IPsec VPN and jump host into the melt shop control network.",
            controls={
                c.Authentication(method="per-engineer VPN accounts with password and TOTP"),
                c.AuditLogging(retention_days=180),
            },
        )
    )

with tm.boundary("Plant IT network (Level 3)", trust=tg.Trust.INTERNAL):
    # Time-series store of all melt shop signals; source of both live context and training data.
    historian = tm.add(
        tg.DataStore(
            "Process historian",
            stores={probe_readings, process_data, heat_history},
            controls={c.RBAC()},
        )
    )
    # Serves the model to Level 2 and the HMI over a small REST API.
    prediction_service = tm.add(
        tg.Endpoint(
            "Temperature prediction service",
            purpose=tg.EndpointPurpose.INFERENCE,
            description="Loads the current model from the registry and answers per-heat requests.",
        )
    )
    # The model itself: a regressor over the heat's process data.
    temp_model = tm.add(
        tg.Model(
            "Ladle temperature model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts the steel temperature; feeds heating power proposals.",
        )
    )
    # Monthly extract of heats used for retraining.
    training_set = tm.add(tg.Dataset("Monthly training extract", stores={heat_history}))
    # Retraining job run by the process data team, with a backtest on last month's heats.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="backtest against last month's measured temperatures")
            },
        )
    )
    # Keeps each monthly model version so that the service can roll back.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Process data engineers own the model and its monthly release.
    data_team = tm.add(tg.Actor("Process data engineer", role="process data team", privileged=True))

with tm.boundary("Melt shop control network (Level 1-2)", trust=tg.Trust.RESTRICTED):
    # Immersion probes and thermocouples at the ladle furnace.
    probes = tm.add(tg.Device("Ladle temperature probes", fleet=True))
    # Furnace PLC: drives the transformer and electrodes, with hard-wired interlocks.
    furnace_plc = tm.add(
        tg.Service(
            "Ladle furnace PLC",
            controls={
                c.SafetyLimits(
                    limits="PLC interlocks on transformer tap, electrode current and overload"
                )
            },
        )
    )
    # Level 2 process automation: heat tracking and heating power proposals.
    level2 = tm.add(
        tg.Service(
            "Level 2 ladle furnace automation",
            description="Tracks heats, calls the prediction service and proposes heating power.",
            controls={
                c.HumanInTheLoop(
                    approver="ladle furnace operator",
                    note="every heating power proposal is confirmed on the HMI",
                )
            },
        )
    )
    # Operator screen in the ladle furnace pulpit.
    hmi = tm.add(tg.Service("Ladle furnace operator HMI"))
    # Confirms or changes the proposed heating power.
    operator = tm.add(tg.Actor("Ladle furnace operator", role="operator"))

# ---------------------------------------------------------------- flows
# Measurements from the floor into Level 2 and the historian.
tm.flow(probes, furnace_plc, probe_readings, label="hard-wired signal")
tm.flow(furnace_plc, level2, probe_readings, process_data, protocol="s7comm")
tm.flow(level2, historian, probe_readings, process_data, protocol="opc-ua")

# Live prediction.
tm.flow(level2, prediction_service, model_inputs, protocol="https", label="per-heat request")
tm.flow(prediction_service, temp_model, model_inputs)
tm.flow(temp_model, prediction_service, predicted_temp)
tm.flow(prediction_service, level2, predicted_temp, protocol="https")
tm.flow(prediction_service, hmi, predicted_temp, protocol="https")

# Proposal, confirmation and setpoint.
tm.flow(level2, hmi, power_proposal, protocol="opc-ua")
tm.flow(hmi, operator, predicted_temp, power_proposal, label="on the panel")
tm.flow(operator, hmi, operator_confirmation, label="on the panel")
tm.flow(hmi, level2, operator_confirmation, protocol="opc-ua")
tm.flow(level2, furnace_plc, power_setpoint, protocol="s7comm")

# Monthly retraining.
tm.flow(historian, training_set, heat_history, protocol="https", label="monthly extract")
tm.flow(training_set, retraining, heat_history)
tm.flow(data_team, retraining, release_signoff, protocol="https")
tm.flow(retraining, registry, model_artifact, protocol="https")
tm.flow(registry, prediction_service, model_artifact, protocol="https", label="deploy")

# Vendor remote maintenance of Level 2.
tm.flow(vendor_engineer, remote_gateway, vendor_commands, protocol="ipsec")
tm.flow(remote_gateway, level2, vendor_commands, protocol="rdp")
tm.flow(level2, remote_gateway, level2_screens, protocol="rdp")
tm.flow(remote_gateway, vendor_engineer, level2_screens, protocol="ipsec")
