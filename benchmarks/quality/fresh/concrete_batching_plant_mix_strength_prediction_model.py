"""Concrete mix strength prediction and dosing adjustment: the first design.

A ready-mix concrete supplier predicts the 28-day compressive strength of each
batch from its mix design, the aggregate moisture measured in the bins and the
plant's batch records. A dosing adjustment service at the batching plant asks the
in-house strength model for a prediction and corrects the water and cement
setpoints of the batch, clamped in its own code to the minimum and maximum
corrections the quality engineer sets per mix in the engineering portal. The
corrected setpoints go to the batch control system, which drives the batching PLC
over Modbus. Batch records and lab cylinder-break results are copied to the
company cloud, where a monthly job retrains the model, checks it against held-out
breaks and publishes it to a registry; a data scientist promotes a version to the
plant. The portal uses company SSO; cloud links use HTTPS; the plant network is
segregated from the office network but its control protocols are unencrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Concrete mix strength prediction and dosing",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts 28-day strength of each batch and corrects water and cement dosing "
        "at the batching plant within engineer-set limits."
    ),
)

# ---------------------------------------------------------------- data assets
mix_designs = tg.Data(
    "Mix designs",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Proportions, admixtures and target strength class per mix: the supplier's recipes.",
)
dosing_limits = tg.Data(
    "Engineer-set dosing limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per mix: the largest water and cement corrections allowed, and the minimum cement content.",
)
moisture = tg.Data(
    "Aggregate moisture readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
batch_records = tg.Data(
    "Batch records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Batch tickets: mix, target and actual weighed quantities, moisture, customer order and site.",
)
batch_order = tg.Data("Batch order", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
features = tg.Data("Batch features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prediction = tg.Data(
    "Predicted 28-day strength", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
setpoints = tg.Data(
    "Water and cement dosing setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weighed = tg.Data("Actual weighed quantities", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
breaks = tg.Data(
    "Cylinder break results",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Measured 7- and 28-day compressive strength of test cylinders per batch.",
)
training_set = tg.Data(
    "Strength training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Strength model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted regressor saved with joblib.",
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
strength_report = tg.Data(
    "Strength prediction report", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Batching plant control network", trust=tg.Trust.RESTRICTED):
    # Runs the plant from the control room touch panel: selects the mix and starts batches.
    operator = tm.add(tg.Actor("Batch plant operator", role="plant operator"))
    # Microwave moisture probes in the sand and aggregate bins, wired 4-20 mA to the PLC.
    probes = tm.add(
        tg.Device(
            "Aggregate moisture probes", fleet=False, description="Microwave probes in the bins."
        )
    )
    # Weighs and doses water, cement and aggregates; the only thing that moves material.
    plc = tm.add(
        tg.Device(
            "Batching PLC",
            fleet=False,
            description="Drives the water valve, cement screw feeder and weigh hoppers to the setpoints.",
        )
    )
    # Vendor batch management software: holds recipes, sends setpoints, writes batch tickets.
    batch_control = tm.add(
        tg.Service(
            "Batch control system",
            description="Commercial batching software on the control-room PC.",
        )
    )

with tm.boundary("Plant site network", trust=tg.Trust.INTERNAL):
    # New component: asks the model and corrects water and cement within the engineer's limits.
    adjuster = tm.add(
        tg.Service(
            "Dosing adjustment service",
            description=(
                "Runs on the plant edge server; for each batch predicts strength and "
                "computes water and cement corrections."
            ),
            controls={
                c.PolicyEnforcement(
                    rules=(
                        "the service clamps each water and cement correction to the "
                        "engineer-set range for the mix before sending it"
                    )
                )
            },
        )
    )
    # The in-house model, loaded by the adjustment service on the edge server.
    model = tm.add(
        tg.Model(
            "Strength prediction model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts 28-day compressive strength (MPa) from mix, moisture and batch data.",
        )
    )
    # Enters cylinder test results from the plant lab.
    lab_tech = tm.add(tg.Actor("Lab technician", role="quality lab technician"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Where engineers maintain mix designs and set the dosing limits, and read predictions.
    portal = tm.add(
        tg.Endpoint(
            "Mix engineering portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(note="only quality engineers may edit mixes and limits"),
            },
        )
    )
    # System of record for mix designs and limits; synced to the plant.
    mix_db = tm.add(
        tg.DataStore(
            "Mix design database",
            stores={mix_designs, dosing_limits},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.AuditLogging(note="edits to mixes and limits recorded with the user"),
            },
        )
    )
    # Copy of all batch tickets and predictions, for reporting and retraining.
    historian = tm.add(
        tg.DataStore(
            "Batch historian",
            stores={batch_records, moisture, prediction, setpoints},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Lab results database (cylinder breaks by batch ticket).
    lims = tm.add(tg.DataStore("Lab results LIMS", stores={breaks}))
    # Joins batch records to their 28-day breaks.
    dataset = tm.add(tg.Dataset("Strength training dataset", stores={training_set}))
    # Monthly retraining and hold-out check.
    retrain = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="hold-out error on last quarter's breaks must not worsen")
            },
        )
    )
    # Versions of the model; the plant pulls the version marked for production.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Owns the mix designs and decides the allowed corrections.
    engineer = tm.add(tg.Actor("Quality engineer", role="concrete technologist", privileged=True))
    # Builds the model and promotes new versions.
    scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# engineering: mixes and limits
tm.flow(engineer, portal, mix_designs, dosing_limits, protocol="https")
tm.flow(portal, engineer, mix_designs, dosing_limits, strength_report, protocol="https")
tm.flow(portal, mix_db, mix_designs, dosing_limits)
tm.flow(mix_db, portal, mix_designs, dosing_limits)
tm.flow(historian, portal, prediction, batch_records, label="reporting queries")
tm.flow(mix_db, batch_control, mix_designs, protocol="https", label="recipe sync")
tm.flow(mix_db, adjuster, dosing_limits, protocol="https", label="limits sync")

# batching
tm.flow(operator, batch_control, batch_order, label="on the panel")
tm.flow(probes, plc, moisture, label="4-20 mA")
tm.flow(plc, batch_control, moisture, weighed, protocol="modbus")
tm.flow(batch_control, adjuster, batch_records, moisture, protocol="opc-ua")
tm.flow(adjuster, model, features)
tm.flow(model, adjuster, prediction)
tm.flow(adjuster, batch_control, setpoints, protocol="opc-ua")
tm.flow(batch_control, plc, setpoints, protocol="modbus")
tm.flow(
    batch_control, historian, batch_records, moisture, protocol="https", label="batch ticket upload"
)
tm.flow(adjuster, historian, prediction, setpoints, protocol="https")

# lab results and retraining
tm.flow(lab_tech, lims, breaks, protocol="https")
tm.flow(historian, dataset, batch_records, moisture, label="monthly export")
tm.flow(lims, dataset, breaks, label="monthly export")
tm.flow(dataset, retrain, training_set)
tm.flow(retrain, registry, weights)
tm.flow(scientist, registry, promotion, protocol="https", label="marks version for production")
tm.flow(registry, model, weights, protocol="https", label="plant pulls production version")
