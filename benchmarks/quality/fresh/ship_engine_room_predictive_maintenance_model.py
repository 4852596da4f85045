"""Engine room predictive maintenance: the first design, before any security review.

Each vessel in the fleet carries vibration, temperature and pressure sensors on the
main engine and the diesel generators, read by the engine alarm and monitoring system.
An edge gateway on the ship's IT network polls those readings over Modbus, buffers them
and uploads compressed batches to the shore platform over the VSAT link (HTTPS, with a
per-vessel API key). On shore, in our cloud tenant, the readings land in a telemetry
store; a gradient-boosted failure model scores every engine and generator each hour,
and a maintenance planning service combines the scores with running hours and history
from the planned maintenance system (PMS) and the engine maker's service bulletins to
propose work orders. The shore technical superintendent approves each plan before it
is pushed to the PMS; chief engineers see predictions and report completed work and
failures back. Data scientists retrain the model monthly from telemetry and the PMS
failure history. Staff sign in with company SSO; stores are encrypted with cloud KMS.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Ship engine room predictive maintenance",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts main engine and generator failures from engine room sensors and "
        "plans maintenance with the shore technical team."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Engine sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Vibration, exhaust and bearing temperatures, pressures, load, per second.",
)
features = tg.Data(
    "Engine condition features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hourly windows of readings per engine and generator.",
)
risk = tg.Data(
    "Failure risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Probability of failure per component within 30 days.",
)
history = tg.Data(
    "Maintenance and failure history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Running hours, completed jobs and recorded failures per vessel.",
)
work_orders = tg.Data(
    "Maintenance plan and work orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
approval = tg.Data("Plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_report = tg.Data(
    "Completed job and failure reports",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
bulletins = tg.Data(
    "Service bulletins and parts lead times",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
training_set = tg.Data(
    "Labelled failure training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_code = tg.Data("Training code and configuration", kind="code")
weights = tg.Data(
    "Failure model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="XGBoost model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Vessel engine room OT network", trust=tg.Trust.INTERNAL):
    # The sensors and the alarm and monitoring system they report to, on every vessel.
    sensors = tm.add(
        tg.Device(
            "Engine room sensors",
            fleet=True,
            description="Sensors on main engine and generators, via the alarm and monitoring system.",
        )
    )

with tm.boundary("Vessel IT network", trust=tg.Trust.INTERNAL):
    # Collects readings on board and uploads them whenever the satellite link is up.
    gateway = tm.add(
        tg.Service(
            "Vessel edge gateway",
            description="Polls the alarm system over Modbus, buffers up to 14 days, uploads batches.",
        )
    )
    # Runs the engine room; acts on the plan and reports what was done.
    chief_engineer = tm.add(tg.Actor("Chief engineer", role="ship's engineer officer"))

with tm.boundary("Shore cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives the vessels' batches over the satellite link.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-vessel API key"),
                c.InputValidation(note="batch format and sensor range checks"),
            },
        )
    )
    # Time-series history of every vessel's engine readings.
    telemetry = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The failure model, scored hourly for each engine and generator.
    model = tm.add(
        tg.Model(
            "Engine failure prediction model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; a score above 0.6 proposes a maintenance job.",
        )
    )
    # Turns scores into a proposed maintenance plan for the superintendent.
    planner = tm.add(
        tg.Service(
            "Maintenance planning service",
            description="Web app: scores, plan proposals, superintendent approval, push to PMS.",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="shore technical superintendent"),
            },
        )
    )
    # The existing planned maintenance system: the record of jobs and running hours.
    pms = tm.add(
        tg.DataStore(
            "Planned maintenance system",
            stores={history, work_orders},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Snapshot of readings joined with failure labels, built for each retraining.
        dataset = tm.add(tg.Dataset("Failure training set", stores={training_set}))
        # Monthly retraining job run by the data scientists.
        training = tm.add(
            tg.Pipeline(
                "Model retraining job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                description="Notebook-derived job; installs its Python packages from PyPI at start.",
            )
        )
        # Where trained models are kept and served from.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Shore office network", trust=tg.Trust.INTERNAL):
    # Owns the fleet's machinery; approves every maintenance plan.
    superintendent = tm.add(tg.Actor("Technical superintendent", role="shore technical team"))
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

with tm.boundary("Engine maker", trust=tg.Trust.PARTNER):
    # The engine manufacturer's service portal.
    oem = tm.add(
        tg.ExternalService(
            "Engine maker service portal",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

# ---------------------------------------------------------------- flows
# on board and over the satellite link
tm.flow(sensors, gateway, readings, protocol="modbus", label="polled every second")
tm.flow(gateway, ingest, readings, protocol="https", label="batch upload over VSAT")
tm.flow(ingest, telemetry, readings)

# scoring and planning
tm.flow(telemetry, planner, readings, label="latest hour per engine")
tm.flow(planner, model, features)
tm.flow(model, planner, risk)
tm.flow(pms, planner, history)
tm.flow(planner, pms, work_orders, label="approved work orders")
tm.flow(oem, planner, bulletins, protocol="https")

# people
tm.flow(planner, superintendent, risk, work_orders, protocol="https", label="proposed plan")
tm.flow(superintendent, planner, approval, protocol="https")
tm.flow(planner, chief_engineer, risk, work_orders, protocol="https", label="over VSAT")
tm.flow(chief_engineer, planner, job_report, protocol="https", label="over VSAT")
tm.flow(planner, pms, job_report, label="job and failure records")

# retraining
tm.flow(telemetry, training, readings, label="training window")
tm.flow(pms, training, history, label="failure labels")
tm.flow(training, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
