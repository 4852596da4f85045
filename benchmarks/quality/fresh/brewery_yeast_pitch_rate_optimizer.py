"""Brewery yeast pitch rate optimizer: the first design, before any security review.

A regional craft brewery wants to pitch the right amount of yeast into every batch.
An optimizer on the brewery's edge server combines the batch plan (wort gravity,
volume, strain, yeast generation), the viability count from the lab's automated
cell counter, the supplier's certificate of analysis and the last fermentation of
the same yeast, and asks an in-house regression model for the expected lag and
attenuation at candidate pitch rates. The brewer sees the recommended dose on a
brewhouse tablet and confirms it; the optimizer then sends the dose setpoint to
the yeast dosing pump PLC over Modbus. Historian and batch data are uploaded
nightly to the brewery's cloud account, where a monthly job retrains the model
and a data engineer publishes it to a storage bucket the edge server loads from.
Controls: per-user PINs on the tablet, range checks on optimizer inputs, brewer
confirmation of each dose, HTTPS to the cloud and the supplier portal.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Brewery yeast pitch rate optimizer",
    profile=tg.RiskProfile.LOW,
    description="Recommends and doses yeast pitch rates per batch from lab counts and fermentation history.",
)

# ---------------------------------------------------------------- data assets
batch_plan = tg.Data(
    "Batch plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Recipe, target gravity, batch volume, strain and yeast generation.",
)
cell_count = tg.Data(
    "Yeast cell count and viability",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
coa = tg.Data(
    "Supplier certificate of analysis",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cell density, viability and purity of each yeast lot.",
)
sensor_readings = tg.Data(
    "Fermentation sensor readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
fermentation_history = tg.Data(
    "Fermentation history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gravity and temperature curves of past batches.",
)
pitch_features = tg.Data("Pitch features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Predicted lag and attenuation", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
recommendation = tg.Data(
    "Pitch rate recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
confirmation = tg.Data(
    "Brewer dose confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
dose_setpoint = tg.Data(
    "Yeast dose setpoint",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dose_status = tg.Data("Dosed volume", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pitch_record = tg.Data("Pitch record", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_rows = tg.Data(
    "Historical batch training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Pitch model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient boosting regressor saved with joblib.",
)
training_config = tg.Data("Training run and publish command", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Yeast supplier", trust=tg.Trust.PARTNER):
    # Certificates of analysis for each lot, downloaded from the supplier's portal.
    supplier = tm.add(
        tg.DataSource("Yeast supplier portal", origin=tg.Origin.VENDOR, provides={coa})
    )

with tm.boundary("Brewery network", trust=tg.Trust.INTERNAL):
    # Schedules batches, confirms each dose before it is pitched.
    brewer = tm.add(tg.Actor("Brewer", role="brewer"))
    # Shared brewhouse tablet the brewer uses to see and confirm recommendations.
    tablet = tm.add(
        tg.Device(
            "Brewhouse tablet",
            fleet=True,
            controls={c.Authentication(method="per-user PIN")},
        )
    )
    # Lab instrument that counts cells and viability from stained samples.
    counter = tm.add(tg.Device("Automated cell counter", fleet=False))
    # Small server in the office rack running the optimizer and the model.
    optimizer = tm.add(
        tg.Service(
            "Pitch rate optimizer",
            description="Searches candidate pitch rates with the model and picks the best dose.",
            controls={
                c.InputValidation(note="range checks on gravity, volume and viability"),
                c.HumanInTheLoop(approver="brewer on shift"),
            },
        )
    )
    # Predicts fermentation lag and attenuation for a given pitch rate.
    model = tm.add(tg.Model("Pitch rate model", task=tg.Task.REGRESSOR))
    # Brewing software database with recipes, batch plans and pitch records.
    batch_db = tm.add(tg.DataStore("Batch records database", stores={batch_plan, pitch_record}))

    with tm.boundary("Brewhouse OT network", trust=tg.Trust.INTERNAL):
        # Gravity and temperature probes in each fermenter.
        sensors = tm.add(tg.Device("Fermenter sensors", fleet=True))
        # Stores the sensor time series.
        historian = tm.add(
            tg.DataStore("Process historian", stores={sensor_readings, fermentation_history})
        )
        # Drives the yeast brink pump into the fermenter fill line.
        dosing_plc = tm.add(tg.Service("Yeast dosing pump PLC"))

with tm.boundary("Brewery cloud account", trust=tg.Trust.INTERNAL):
    # Joined historian and batch records used for training.
    training_set = tm.add(tg.Dataset("Batch history dataset", stores={training_rows}))
    # Monthly retraining job.
    training = tm.add(
        tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Storage bucket the edge server pulls the current model from.
    bucket = tm.add(tg.ModelRegistry("Model bucket", stores={model_artifact}))

with tm.boundary("Home office", trust=tg.Trust.UNTRUSTED):
    # Part-time data engineer who runs retraining and publishes models remotely.
    engineer = tm.add(tg.Actor("Data engineer", role="data engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Inputs to a recommendation
tm.flow(supplier, optimizer, coa, protocol="https", label="CoA download")
tm.flow(counter, optimizer, cell_count, protocol="smb", label="CSV export share")
tm.flow(batch_db, optimizer, batch_plan)
tm.flow(sensors, historian, sensor_readings, protocol="mqtt")
tm.flow(historian, optimizer, fermentation_history, label="last generation's fermentation")
tm.flow(optimizer, model, pitch_features)
tm.flow(model, optimizer, prediction)

# Confirmation and dosing
tm.flow(optimizer, tablet, recommendation, protocol="https")
tm.flow(tablet, brewer, recommendation)
tm.flow(brewer, tablet, confirmation)
tm.flow(tablet, optimizer, confirmation, protocol="https")
tm.flow(optimizer, dosing_plc, dose_setpoint, protocol="modbus")
tm.flow(dosing_plc, optimizer, dose_status, protocol="modbus")
tm.flow(optimizer, batch_db, pitch_record)

# Nightly upload and retraining
tm.flow(historian, training_set, fermentation_history, protocol="https", label="nightly upload")
tm.flow(batch_db, training_set, batch_plan, pitch_record, protocol="https", label="nightly upload")
tm.flow(training_set, training, training_rows)
tm.flow(engineer, training, training_config, protocol="https", label="runs retraining")
tm.flow(training, bucket, model_artifact)
tm.flow(bucket, model, model_artifact, protocol="https", label="edge server pulls model")
