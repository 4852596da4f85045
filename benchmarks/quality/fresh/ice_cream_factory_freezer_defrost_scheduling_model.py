"""Freezer defrost scheduling: the first design, before any security review.

The ice cream factory's ammonia blast freezers collect frost on their evaporator
coils, and today the PLCs defrost them on fixed timers, often mid-batch. Coil,
air and pressure-drop sensors are wired to each freezer's PLC; an edge gateway
on the OT network polls the PLCs over Modbus and writes the readings to the plant
historian. A nightly job exports the history to the company's cloud account,
where a data scientist retrains a regression model that predicts frost build-up;
the approved version is pulled from the model registry to a site server. A
defrost scheduler on that server combines the predictions with the production
plan from the MES and writes defrost start times back to the PLCs through the
gateway. Engineers watch and override on the SCADA HMI, and the refrigeration
contractor supports it remotely over TeamViewer. The PLCs keep the contractor's
defrost termination and maximum-duration interlocks whatever the schedule says.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Freezer defrost scheduling",
    profile=tg.RiskProfile.HIGH,
    description="Predicts frost build-up on blast freezers and schedules defrost cycles.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Freezer sensor readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Coil and air temperatures, coil pressure drop, fan current, door switches.",
)
plc_status = tg.Data("PLC status and alarms", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
history = tg.Data(
    "Freezer telemetry history",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
production_plan = tg.Data(
    "Production plan", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
training_data = tg.Data(
    "Frost training data",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="training-data",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_file = tg.Data(
    "Frost model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient boosting saved with joblib.",
)
frost_forecast = tg.Data(
    "Frost build-up forecast", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
schedule = tg.Data(
    "Defrost schedule",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
manual_commands = tg.Data(
    "Manual defrost commands", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
support_session = tg.Data(
    "Remote support session", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Freezer OT network", trust=tg.Trust.RESTRICTED):
    # The measurements the frost model learns from, hard-wired to the PLCs.
    sensors = tm.add(tg.Device("Freezer coil sensors", fleet=True))
    # One PLC per blast freezer runs fans, hot-gas valves and defrost cycles.
    plcs = tm.add(
        tg.Device(
            "Blast freezer PLCs",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="PLC ends each defrost at 10 C coil temperature or after 40 minutes "
                    "and refuses a defrost start while a pull-down is running"
                )
            },
        )
    )
    # Bridges the PLCs to the site network: polls readings, relays schedule writes.
    gateway = tm.add(tg.Service("Edge gateway"))
    # Where engineers see freezer state and start or cancel a defrost by hand.
    hmi = tm.add(
        tg.Service(
            "SCADA HMI workstation",
            controls={c.Authentication(method="individual Windows domain logins")},
        )
    )

with tm.boundary("Site server room", trust=tg.Trust.INTERNAL):
    # Long-term store of freezer telemetry, also used for HACCP temperature records.
    historian = tm.add(tg.DataStore("Plant historian", stores={history}))
    # The MES gives which freezer runs which product when.
    mes = tm.add(
        tg.DataSource("MES production plan", origin=tg.Origin.INTERNAL, provides={production_plan})
    )
    # Serves frost predictions on site so scheduling works if the cloud link drops.
    frost_model = tm.add(
        tg.Model(
            "Frost build-up model",
            task=tg.Task.REGRESSOR,
            description="Predicts hours until coil frost needs a defrost, per freezer.",
        )
    )
    # Optimiser that places defrosts between batches; no language model involved.
    scheduler = tm.add(tg.Service("Defrost scheduler"))
    # Copies the day's telemetry to the cloud for retraining.
    export_job = tm.add(tg.Pipeline("Nightly historian export job", stage=tg.Stage.INGESTION))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Labelled history of coil readings and observed defrost needs.
    dataset = tm.add(tg.Dataset("Frost training set", stores={training_data}))
    # Retrains the model monthly from the accumulated history.
    training = tm.add(tg.Pipeline("Frost model training", stage=tg.Stage.TRAINING))
    # Keeps model versions; the site server pulls the approved one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs retraining and marks a version as approved for the site.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))
    # Responsible for the freezers; watches and overrides defrosts.
    engineer = tm.add(tg.Actor("Refrigeration engineer", role="site engineer"))

with tm.boundary("Refrigeration contractor", trust=tg.Trust.PARTNER):
    # Maintains the refrigeration plant and PLC programs under contract.
    contractor = tm.add(tg.Actor("Contractor engineer", role="refrigeration contractor"))

# ---------------------------------------------------------------- flows
tm.flow(sensors, plcs, readings, label="wired 4-20 mA")
tm.flow(plcs, gateway, readings, plc_status, protocol="modbus")
tm.flow(gateway, historian, history, protocol="opc-ua")
tm.flow(gateway, hmi, readings, plc_status, protocol="opc-ua")
tm.flow(hmi, plcs, manual_commands, protocol="modbus")

tm.flow(historian, scheduler, history, label="latest readings")
tm.flow(mes, scheduler, production_plan)
tm.flow(scheduler, frost_model, history)
tm.flow(frost_model, scheduler, frost_forecast)
tm.flow(scheduler, gateway, schedule, protocol="opc-ua")
tm.flow(gateway, plcs, schedule, protocol="modbus")
tm.flow(scheduler, hmi, schedule, frost_forecast, protocol="opc-ua")

tm.flow(historian, export_job, history, label="nightly export")
tm.flow(export_job, dataset, training_data, protocol="https")
tm.flow(dataset, training, training_data)
tm.flow(training, registry, model_file)
tm.flow(data_scientist, training, protocol="https", label="starts retraining")
tm.flow(data_scientist, registry, protocol="https", label="approves version")
tm.flow(registry, frost_model, model_file, protocol="https", label="pull approved version")

tm.flow(engineer, hmi, manual_commands, label="at the HMI")
tm.flow(hmi, engineer, readings, schedule, label="on the panel")
tm.flow(contractor, hmi, support_session, protocol="teamviewer")
tm.flow(hmi, contractor, support_session, protocol="teamviewer")
