"""Sewage pumping station blockage prediction: the first design, before any security review.

The wastewater operations team wants to clear pumps before rags, wipes and fat
choke them. Outstations at each pumping station report pump current, wet well
level and outflow to the SCADA telemetry master over the cellular private APN;
the historian keeps the readings. Every 15 minutes an export job copies them
across the OT DMZ to the analytics cloud, joins a rainfall forecast, and builds
features. A gradient-boosted classifier scores each pump's blockage and wet
well overflow risk; a scheduling optimiser turns high scores into proposed
clearance jobs, which a control room operator approves on a dashboard (corporate
SSO with MFA) before they become work orders on the crews' handhelds. Crews
record what they found, which labels the monthly retraining; a model only goes
to the registry after a backtest, and serving pins a registry version.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sewage pumping station blockage prediction",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts pump blockages and wet well overflows from pumping station telemetry "
        "and schedules crews to clear pumps before they fail."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Pump telemetry readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pump motor current, wet well level and outflow, every 2 minutes per station.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
commands = tg.Data(
    "Pump control commands",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Start, stop and duty-change commands from the SCADA master.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
rainfall = tg.Data("Rainfall forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data(
    "Pump condition features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Rolling current signatures, level cycles, run times and forecast inflow.",
)
risk_scores = tg.Data(
    "Blockage and overflow risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
crew_capacity = tg.Data(
    "Crew availability and open work orders",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free crew hours per depot and jobs already planned.",
)
proposed_jobs = tg.Data(
    "Proposed clearance jobs", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
job_approval = tg.Data("Job approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
work_orders = tg.Data(
    "Clearance work orders",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Station, pump, access notes and site key-safe location for the crew.",
)
findings = tg.Data(
    "Blockage findings",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the crew found at the pump: blockage or not, and its cause.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Blockage model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Pumping station sites", trust=tg.Trust.INTERNAL):
    # The RTUs in each station's kiosk: the only source of pump readings.
    outstations = tm.add(
        tg.Device(
            "Pumping station outstations",
            fleet=True,
            description="RTUs on about 900 unmanned sites, on the cellular private APN.",
        )
    )

with tm.boundary("OT network", trust=tg.Trust.RESTRICTED):
    # Polls the outstations and runs the pumps; already in service, unchanged by this project.
    scada = tm.add(tg.Service("SCADA telemetry master"))
    # Keeps years of readings; the only OT system the analytics side reads from.
    historian = tm.add(tg.DataStore("Process historian", stores={telemetry}))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Rainfall drives storm inflow, so forecasts sharpen the overflow risk.
    weather = tm.add(tg.ExternalService("Rainfall forecast API", provides="data-provider"))

with tm.boundary("Analytics cloud", trust=tg.Trust.INTERNAL):
    # Pulls readings through the DMZ and forecasts from the provider, builds features.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Online features for scoring, and the offline history for training.
    feature_store = tm.add(
        tg.FeatureStore(
            "Pump feature store",
            stores={features},
            online=True,
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The classifier itself.
    model = tm.add(
        tg.Model(
            "Blockage prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees; per-pump risk of blockage and overflow in 48 h.",
        )
    )
    # Scores every pump each cycle and publishes the risk list.
    scorer = tm.add(tg.Service("Risk scoring service"))
    # Packs high-risk pumps into crew routes; no language model, just an optimiser.
    optimiser = tm.add(
        tg.Service(
            "Crew scheduling optimiser",
            controls={c.HumanInTheLoop(approver="control room operator")},
            description="Proposed jobs wait for an operator's approval before any crew is sent.",
        )
    )
    # Where the control room sees the risk list and approves jobs.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )
    # Monthly retraining on feature history and crew findings.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on last winter's blockages before release")},
        )
    )
    # Holds model versions; serving loads a pinned version from here.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Existing enterprise asset and work management system that dispatches crews.
    wms = tm.add(
        tg.DataStore(
            "Work management system",
            stores={work_orders, findings, crew_capacity},
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )
    # Reviews the risk list and approves or rejects proposed jobs.
    operator = tm.add(tg.Actor("Control room operator", role="operator"))
    # Builds and releases the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Crew tablets in the vans: receive work orders, send back findings.
    handhelds = tm.add(tg.Device("Crew handheld app", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(outstations, scada, telemetry, protocol="dnp3", label="polled over private APN")
tm.flow(scada, outstations, commands, protocol="dnp3")
tm.flow(scada, historian, telemetry, protocol="opc-ua")
tm.flow(historian, ingestion, telemetry, protocol="https", label="15-minute export via OT DMZ")
tm.flow(
    weather,
    ingestion,
    rainfall,
    protocol="https",
    controls={c.Authentication(method="API key")},
)
tm.flow(ingestion, feature_store, features)

tm.flow(feature_store, scorer, features, label="online lookup")
tm.flow(scorer, model, features)
tm.flow(model, scorer, risk_scores)
tm.flow(scorer, dashboard, risk_scores, protocol="https")
tm.flow(scorer, optimiser, risk_scores)
tm.flow(wms, optimiser, crew_capacity, protocol="https")
tm.flow(optimiser, dashboard, proposed_jobs, protocol="https")
tm.flow(dashboard, operator, risk_scores, proposed_jobs, protocol="https")
tm.flow(operator, dashboard, job_approval, protocol="https")
tm.flow(dashboard, wms, work_orders, protocol="https", label="approved jobs")

tm.flow(wms, handhelds, work_orders, protocol="https")
tm.flow(handhelds, wms, findings, protocol="https")

tm.flow(feature_store, training, features, label="offline history")
tm.flow(wms, training, findings, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, registry, release_approval, label="promotes a version")
tm.flow(registry, model, model_artifact, label="deploy pinned version")
