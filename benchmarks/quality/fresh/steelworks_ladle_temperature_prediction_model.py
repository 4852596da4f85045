"""Ladle temperature prediction at the steelworks: first design.

After treatment at the ladle furnace (LF) a ladle waits, travels and is cast;
if the steel arrives at the caster too cold the nozzle freezes or clogs, too hot
and the shell is thin and may break out. A regression model predicts the steel
temperature on arrival at the caster from the last dip-thermocouple reading,
the heat's process data (arc energy, alloy additions, stirring, timings) and the
ladle's condition from ladle tracking. A prediction service on the plant Level 3
network runs it whenever a new reading arrives and shows the predicted arrival
temperature and a reheat suggestion on a dashboard in the LF pulpit; the LF
operator decides whether to reheat and sets it on the LF's own controls, whose
PLC keeps its existing power and electrode interlocks. The model is retrained
monthly in the corporate analytics environment from historian data, backtested
before it is registered, and pulled into serving from the model registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ladle temperature prediction",
    profile=tg.RiskProfile.HIGH,
    description="Predicts ladle steel temperature at the caster and advises LF operators on reheating.",
)

# ---------------------------------------------------------------- data assets
dip_readings = tg.Data(
    "Dip temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
heat_data = tg.Data(
    "Heat process data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Arc energy, alloy and flux additions, argon stirring, treatment and "
    "departure times.",
)
ladle_condition = tg.Data(
    "Ladle condition data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ladle number, lining campaign age, empty time before tapping, cover on or off.",
)
arrival_temps = tg.Data(
    "Caster arrival temperature measurements",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Temperature measured in the ladle at the caster turret; the training target.",
)
features = tg.Data("Prediction features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Predicted arrival temperature", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
advice = tg.Data(
    "Reheat advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Suggested extra arc minutes to hit the caster's target superheat.",
)
reheat_setting = tg.Data(
    "Reheat power setting", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
training_set = tg.Data(
    "Historical heats training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Two years of heats with their process data and measured arrival temperature.",
)
weights = tg.Data(
    "Temperature model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant control network (Level 1-2)", trust=tg.Trust.RESTRICTED):
    # Dip thermocouple and its measuring unit at the LF: the only real temperature reading.
    probe = tm.add(tg.Device("LF dip thermocouple probe", fleet=False))
    # LF Level 2 process computer: keeps each heat's treatment record.
    lf_level2 = tm.add(tg.Service("LF Level 2 process computer"))
    # LF Level 1 PLC: runs the transformer and electrodes when the operator reheats.
    lf_plc = tm.add(
        tg.Service(
            "LF PLC",
            controls={
                tg.controls.SafetyLimits(
                    limits="PLC limits transformer tap, arc power and electrode travel; "
                    "existing furnace interlocks"
                )
            },
        )
    )
    # Ladle tracking: which ladle is where and the state of its lining.
    ladle_tracking = tm.add(tg.Service("Ladle tracking system"))
    # Caster Level 2: records the temperature when the ladle arrives at the turret.
    caster_level2 = tm.add(tg.Service("Caster Level 2 system"))

with tm.boundary("Plant operations network (Level 3)", trust=tg.Trust.INTERNAL):
    # Plant historian: long-term store of process data, the source for training.
    historian = tm.add(
        tg.DataStore(
            "Process data historian",
            stores={dip_readings, heat_data, ladle_condition, arrival_temps, prediction},
            controls={tg.controls.RBAC(note="plant historian groups")},
        )
    )
    # Runs the model for each new dip reading and publishes the result.
    predictor = tm.add(
        tg.Service(
            "Temperature prediction service",
            controls={
                tg.controls.InputValidation(
                    note="rejects readings outside 1450-1700 C and heats with missing timings"
                )
            },
        )
    )
    # Gradient-boosted regressor predicting arrival temperature.
    model = tm.add(
        tg.Model(
            "Ladle arrival temperature model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Advisory only: a wrong prediction can lead to a cold or hot ladle at the caster.",
        )
    )
    # Screen in the LF pulpit showing the prediction and reheat suggestion.
    dashboard = tm.add(
        tg.Endpoint(
            "LF pulpit advisory dashboard",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the LF operator, who decides every reheat on the LF controls"
                )
            },
        )
    )
    # The person who decides whether and how long to reheat.
    operator = tm.add(tg.Actor("LF operator", role="furnace operator"))

with tm.boundary("Corporate analytics environment", trust=tg.Trust.INTERNAL):
    # Snapshot of historian data used for monthly retraining.
    dataset = tm.add(tg.Dataset("Heats training dataset", stores={training_set}))
    # Monthly retraining with a backtest gate before registering.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                tg.controls.ModelValidation(
                    note="backtest on the last three months; MAE must not exceed the current model's"
                )
            },
        )
    )
    # Versioned store of trained models, the source for serving.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={
                tg.controls.Authentication(method="corporate SSO (OIDC) with MFA"),
                tg.controls.ModelVersioning(),
            },
        )
    )
    # Builds and looks after the model, and promotes new versions.
    scientist = tm.add(tg.Actor("Process data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(probe, lf_level2, dip_readings, label="hardwired measuring unit")
tm.flow(lf_plc, lf_level2, heat_data, protocol="opc-ua")
tm.flow(lf_level2, historian, dip_readings, heat_data, protocol="opc-ua")
tm.flow(ladle_tracking, historian, ladle_condition, protocol="opc-ua")
tm.flow(caster_level2, historian, arrival_temps, protocol="opc-ua")

tm.flow(lf_level2, predictor, dip_readings, heat_data, protocol="opc-ua")
tm.flow(ladle_tracking, predictor, ladle_condition, protocol="opc-ua")
tm.flow(predictor, model, features)
tm.flow(model, predictor, prediction)
tm.flow(predictor, historian, prediction, label="logged for monitoring")
tm.flow(predictor, dashboard, prediction, advice, protocol="https")
tm.flow(dashboard, operator, prediction, advice, label="shown on the panel in the pulpit")
tm.flow(operator, lf_plc, reheat_setting, label="set on the panel of the LF HMI")

tm.flow(historian, dataset, training_set, protocol="https", label="monthly export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(scientist, registry, promotion, protocol="https", label="promotes a version to production")
tm.flow(registry, predictor, weights, protocol="https", label="deploy")
