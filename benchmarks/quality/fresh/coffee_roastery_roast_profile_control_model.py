"""Roast profile control model: the first design, before any security review.

A specialty coffee roastery runs a 15 kg gas drum roaster. The head roaster designs
roast profiles (target bean-temperature curve and development time) in the roast
software vendor's web app and picks one at the roaster's touchscreen. During the
roast, a control service on the roasting-floor PC reads bean and exhaust
thermocouples through the roaster's PLC, asks an on-PC model for gas and airflow
adjustments that keep the bean temperature on the chosen curve, and writes those
setpoints back to the PLC over Modbus. Roast logs sync to the vendor's cloud,
where the vendor retrains the model from logs and the head roaster's cupping
scores and publishes updates that the PC downloads. Controls in this design: the
PLC's own exhaust-temperature cut-off and flame-failure shut-off, HTTPS to the
vendor cloud, a vendor account login, versioned model updates, and filtering of
aborted roasts out of the training data.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Coffee roastery roast profile control model",
    profile=tg.RiskProfile.HIGH,
    description="Model-driven gas and airflow control of a drum roaster to follow "
    "the head roaster's chosen roast profile.",
)

# ---------------------------------------------------------------- data assets
temperatures = tg.Data(
    "Bean and exhaust temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
roast_state = tg.Data(
    "Roast state features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bean temperature, rate of rise, elapsed time and distance from the target curve.",
)
adjustments = tg.Data(
    "Gas and airflow adjustments",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Burner and fan setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
actuator_signals = tg.Data("Gas valve and fan drive signals", kind="records")
profile = tg.Data(
    "Roast profile",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Target bean-temperature curve, charge temperature and development time.",
)
operator_input = tg.Data(
    "Roast start and manual override",
    kind="records",
    description="Profile selection, charge and drop events, and switching to manual control.",
)
live_curve = tg.Data("Live roast curve", kind="records")
roast_logs = tg.Data(
    "Roast logs",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Temperature curves, setpoints, events and batch weights of every roast.",
)
cupping = tg.Data(
    "Cupping scores",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
training_config = tg.Data("Training run configuration", kind="instructions")
model_artifact = tg.Data(
    "Roast control model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Roasting floor", trust=tg.Trust.INTERNAL):
    # The bean-temperature and exhaust-temperature thermocouples in the drum.
    probes = tm.add(tg.Device("Bean and exhaust temperature probes", fleet=False))
    # The roaster manufacturer's controller: reads the probes and drives burner and fan.
    roaster_plc = tm.add(
        tg.Service(
            "Roaster PLC",
            description="Manufacturer's controller; accepts burner and fan setpoints over Modbus TCP.",
            controls={
                tg.controls.SafetyLimits(
                    limits="PLC firmware cuts the gas at 250 °C exhaust temperature, "
                    "on flame failure and when the drum motor stops"
                )
            },
        )
    )
    # The gas modulating valve and drum airflow fan the model ultimately moves.
    burner_fan = tm.add(tg.Device("Gas burner valve and airflow fan", fleet=False))
    # Closes the loop: reads temperatures, consults the model, writes setpoints.
    control_service = tm.add(
        tg.Service(
            "Roast control service",
            description="Runs on the roasting-floor PC with the touchscreen; "
            "caches profiles and keeps the roast log until it syncs.",
        )
    )
    # Predicts the gas and airflow changes that keep the roast on the target curve.
    control_model = tm.add(
        tg.Model(
            "Roast control model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Trained by the roast software vendor; runs locally in ONNX Runtime.",
        )
    )
    # Local copy of each roast log in case the internet link is down.
    local_log = tm.add(tg.DataStore("Local roast log", stores={roast_logs}))
    # Chooses the profile, watches the roast and can take manual control.
    head_roaster = tm.add(tg.Actor("Head roaster", role="head roaster"))

with tm.boundary("Roast software vendor cloud", trust=tg.Trust.PARTNER):
    # Where the head roaster designs profiles and enters cupping scores.
    web_app = tm.add(
        tg.Service(
            "Roast profile web app",
            internet_facing=True,
            controls={tg.controls.Authentication(method="vendor account e-mail and password")},
        )
    )
    # The roastery's saved profiles, synced to the roasting-floor PC.
    profile_library = tm.add(tg.DataStore("Roast profile library", stores={profile}))
    # All synced roast logs and cupping scores, also the training source.
    roast_history = tm.add(
        tg.DataStore(
            "Roast history store",
            stores={roast_logs, cupping},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Retrains the control model from roast logs and cupping scores.
    training = tm.add(
        tg.Pipeline(
            "Control model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                tg.controls.DataSanitization(
                    note="aborted roasts and roasts with manual override are dropped"
                )
            },
        )
    )
    # Holds released model versions that the roasting-floor PC downloads.
    model_updates = tm.add(
        tg.ModelRegistry(
            "Model update registry",
            stores={model_artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # The vendor's engineer who runs training and releases updates.
    vendor_engineer = tm.add(tg.Actor("Vendor ML engineer", role="ML engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(probes, roaster_plc, temperatures, label="wired thermocouples")
tm.flow(roaster_plc, control_service, temperatures, protocol="modbus")
tm.flow(control_service, control_model, roast_state)
tm.flow(control_model, control_service, adjustments)
tm.flow(control_service, roaster_plc, setpoints, protocol="modbus")
tm.flow(roaster_plc, burner_fan, actuator_signals, label="wired 4-20 mA signals")

tm.flow(head_roaster, control_service, operator_input, label="on the touchscreen")
tm.flow(control_service, head_roaster, live_curve, label="on the touchscreen")
tm.flow(control_service, local_log, roast_logs)

tm.flow(head_roaster, web_app, profile, cupping, protocol="https")
tm.flow(web_app, head_roaster, profile, roast_logs, protocol="https")
tm.flow(web_app, profile_library, profile)
tm.flow(profile_library, web_app, profile)
tm.flow(web_app, roast_history, cupping)
tm.flow(roast_history, web_app, roast_logs)

tm.flow(profile_library, control_service, profile, protocol="https", label="profile sync")
tm.flow(control_service, roast_history, roast_logs, protocol="https", label="sync after each roast")

tm.flow(roast_history, training, roast_logs, cupping)
tm.flow(vendor_engineer, training, training_config, protocol="https")
tm.flow(training, model_updates, model_artifact)
tm.flow(
    model_updates, control_service, model_artifact, protocol="https", label="model update download"
)
tm.flow(control_service, control_model, model_artifact, protocol="local", label="loads the update")
