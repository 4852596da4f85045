"""Potato store climate and sprout control: the first design, before any security review.

A potato-packing cooperative runs eight bulk stores. Temperature, humidity and
CO2 probes buried in the crop are wired to a controller in each store, which
sends readings over the mobile network to the co-op's cloud account. There a
model predicts rot and sprouting risk per store, and a planner turns the risk
into fan, fridge and sprout-inhibitor fogging schedules that the store
controllers download and run. Store managers see readings and schedules in a
phone app and can override a schedule. Each season the model is retrained on
the store records and the grading results exported from the packhouse line.
Controls in this design: per-controller certificates over TLS, the controller's
built-in temperature limits and fogging door interlock, app sign-in, an
override log, encryption at rest and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Potato store ventilation and sprout control",
    profile=tg.RiskProfile.HIGH,
    description="Predicts rot and sprout risk in bulk potato stores and schedules "
    "ventilation, refrigeration and sprout-inhibitor fogging.",
)

# ---------------------------------------------------------------- data assets
probe_readings = tg.Data(
    "Crop probe readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature, relative humidity and CO2 in the pile, every 10 minutes.",
)
telemetry = tg.Data(
    "Store telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Probe readings plus fan, fridge and fogger state from each controller.",
)
risk = tg.Data(
    "Rot and sprout risk forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
schedule = tg.Data(
    "Fan, fridge and fogging schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
commands = tg.Data("Equipment commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data(
    "Manager schedule override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
store_view = tg.Data("Store readings and schedules view", kind="records")
store_records = tg.Data(
    "Store records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Telemetry history, schedules run, overrides and crop lot per store.",
)
grading = tg.Data(
    "Packhouse grading results",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rot, sprouting and defect percentages per lot from the grading line.",
)
training_set = tg.Data(
    "Seasonal training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Risk model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Store sites", trust=tg.Trust.INTERNAL):
    # The probes pushed into the pile in each of the eight stores.
    probes = tm.add(tg.Device("Crop probes", description="Wired T/RH/CO2 probes."))
    # One per store: reads probes, runs the schedule, drives the equipment.
    controller = tm.add(
        tg.Device(
            "Store controller",
            description="Climate controller with a 4G modem; runs the downloaded schedule.",
            controls={
                c.SafetyLimits(
                    limits="controller firmware keeps air above 2 C and refuses to fog "
                    "while the store door sensor reads open"
                ),
            },
        )
    )
    # The ventilation fans and refrigeration plant the controller switches.
    fans = tm.add(tg.Device("Ventilation fans and fridge units"))
    # Thermal fogger that applies the sprout inhibitor into the store air.
    fogger = tm.add(tg.Device("Sprout-inhibitor fogger"))

with tm.boundary("Co-op cloud account", trust=tg.Trust.INTERNAL):
    # The IoT endpoint the controllers connect to for telemetry and schedules.
    iot = tm.add(
        tg.Endpoint(
            "Controller IoT endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
        )
    )
    # History of every store: what the model reads now and trains on later.
    records_db = tm.add(
        tg.DataStore(
            "Store records database",
            stores={store_records, telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Predicts rot and sprouting risk per store from recent conditions.
    model = tm.add(
        tg.Model(
            "Rot and sprout risk model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="A wrong forecast can spoil a whole store or over-apply inhibitor.",
        )
    )
    # Turns the risk forecast and any manager override into a schedule per store.
    planner = tm.add(tg.Service("Schedule planner"))
    # Back end of the store managers' phone app.
    app_api = tm.add(
        tg.Endpoint(
            "Store manager app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.AuditLogging(retention_days=730, note="override log"),
            },
        )
    )
    # Builds the training set from a season of store records and grading results.
    training = tm.add(tg.Pipeline("Seasonal retraining pipeline", stage=tg.Stage.TRAINING))
    # The training set kept for each season.
    dataset = tm.add(tg.Dataset("Seasonal training dataset", stores={training_set}))
    # Holds each season's model; the planner loads the current one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Packhouse network", trust=tg.Trust.INTERNAL):
    # The optical grading line's export of results per lot.
    grading_line = tm.add(
        tg.DataSource("Packhouse grading line", origin=tg.Origin.INTERNAL, provides={grading})
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Each store has a manager who watches it and may override the schedule.
    manager = tm.add(tg.Actor("Store manager", role="store manager"))
    # The co-op's app on the managers' own phones.
    phone = tm.add(tg.Device("Store manager phone app"))

# ---------------------------------------------------------------- flows
iot_link = {c.MutualAuthentication(note="per-controller X.509 certificate")}

tm.flow(probes, controller, probe_readings, protocol="modbus")
tm.flow(controller, fans, commands, protocol="modbus", label="fan and fridge setpoints")
tm.flow(controller, fogger, commands, protocol="modbus", label="fogging start and stop")

tm.flow(controller, iot, telemetry, protocol="mqtts", controls=iot_link)
tm.flow(iot, controller, schedule, protocol="mqtts", controls=iot_link)
tm.flow(iot, records_db, telemetry)

tm.flow(records_db, model, telemetry, label="recent conditions")
tm.flow(model, planner, risk)
tm.flow(planner, records_db, schedule, label="schedules run")
tm.flow(planner, iot, schedule)

tm.flow(manager, phone, override)
tm.flow(phone, manager, store_view)
tm.flow(phone, app_api, override, protocol="https")
tm.flow(app_api, phone, store_view, protocol="https")
tm.flow(records_db, app_api, store_view)
tm.flow(app_api, planner, override)
tm.flow(app_api, records_db, override, label="override log")

tm.flow(grading_line, training, grading, protocol="https", label="end-of-season export")
tm.flow(records_db, training, store_records)
tm.flow(training, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load current season's model")
