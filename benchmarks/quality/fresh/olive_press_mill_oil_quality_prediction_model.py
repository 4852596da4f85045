"""Olive oil quality prediction: the first design, before any security review.

A cooperative olive mill wants an early read on the grade each batch will make
(extra virgin, virgin or lampante) while it is still being processed. Temperature
probes on the malaxers report over Modbus to a data collector PC in the mill office,
and a camera over the intake belt photographs each delivery to judge ripeness. The
contract laboratory's results (acidity, peroxide value, K232/K270, polyphenols) are
fetched from its portal. Readings, photos and lab results are kept in a process
history database and synced nightly to a small cloud account, where an ML consultant
retrains a grade classifier each season and checks it on the last harvest before
release. During the campaign a prediction service scores the running batch and the
mill master sees the predicted grade and advice on a dashboard on the office tablet;
the mill master alone decides whether to change malaxation time or temperature.
The dashboard uses one shared mill login; the consultant signs in with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Olive oil quality prediction",
    profile=tg.RiskProfile.LOW,
    description="Predicts each batch's oil grade from malaxation temperatures, ripeness "
    "photos and lab results, and advises the mill master on process adjustments.",
)

# ---------------------------------------------------------------- data assets
temperatures = tg.Data(
    "Malaxation temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
photos = tg.Data(
    "Olive ripeness photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="One photo per delivery on the intake belt, tagged with the batch number.",
)
lab_results = tg.Data(
    "Lab analysis results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Acidity, peroxide value, K232/K270 and polyphenols per batch.",
)
batch_history = tg.Data(
    "Batch process history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Temperatures, timings, photos and lab results per batch: the mill's "
    "process know-how.",
)
training_set = tg.Data(
    "Graded batch training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Past seasons' batches with the lab grade as label.",
)
training_config = tg.Data("Training code and configuration", kind="code")
weights = tg.Data(
    "Grade classifier artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn model saved with joblib.",
)
batch_features = tg.Data(
    "Running batch features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
)
predicted_grade = tg.Data(
    "Predicted oil grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
advice = tg.Data(
    "Grade prediction and process advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted grade with a suggested malaxation time and temperature.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Mill floor network", trust=tg.Trust.INTERNAL):
    # Probes in each malaxer, wired to a Modbus gateway.
    probes = tm.add(tg.Device("Malaxer temperature probes"))
    # Fixed IP camera over the intake belt that judges ripeness by colour.
    camera = tm.add(tg.Device("Intake ripeness camera", fleet=False))

with tm.boundary("Mill office network", trust=tg.Trust.INTERNAL):
    # Office PC that polls the probes, grabs photos and fetches lab results.
    collector = tm.add(
        tg.Service(
            "Mill data collector",
            description="Checks each lab results file against the expected columns.",
            controls={c.SchemaEnforcement(note="lab CSV columns and ranges")},
        )
    )
    # Local record of every batch, the mill's own history.
    history_db = tm.add(tg.DataStore("Process history database", stores={batch_history, photos}))
    # The person who runs the presses during the campaign.
    mill_master = tm.add(tg.Actor("Mill master", role="mill master"))

with tm.boundary("Contract laboratory", trust=tg.Trust.PARTNER):
    # Accredited lab that analyses a sample of each batch.
    lab = tm.add(
        tg.DataSource("Lab results portal", origin=tg.Origin.PARTNER, provides={lab_results})
    )

with tm.boundary("Cloud ML account", trust=tg.Trust.INTERNAL):
    # Past seasons' batches, refreshed nightly from the mill.
    dataset = tm.add(tg.Dataset("Graded batch dataset", stores={training_set}))
    # Seasonal retraining job, run by the consultant before each campaign.
    training = tm.add(
        tg.Pipeline(
            "Seasonal training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="accuracy on last harvest checked before release")},
        )
    )
    # Bucket of released model versions.
    registry = tm.add(
        tg.ModelRegistry("Model bucket", stores={weights}, controls={c.ModelVersioning()})
    )
    # The grade classifier itself.
    model = tm.add(
        tg.Model(
            "Oil grade classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees over temperature, timing, ripeness and "
            "lab features.",
        )
    )
    # Scores the running batch and writes the advice.
    predictor = tm.add(
        tg.Service(
            "Prediction service",
            controls={c.HumanInTheLoop(approver="the mill master", note="advice only")},
        )
    )
    # Web page the mill master opens on the office tablet.
    dashboard = tm.add(
        tg.Endpoint(
            "Mill master dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="shared mill account with password")},
        )
    )

with tm.boundary("Consultant laptop", trust=tg.Trust.PARTNER):
    # Outside data scientist who maintains the model.
    consultant = tm.add(tg.Actor("ML consultant", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(probes, collector, temperatures, protocol="modbus")
tm.flow(camera, collector, photos, protocol="http")
tm.flow(lab, collector, lab_results, protocol="https", label="portal download")
tm.flow(collector, history_db, batch_history, photos)

tm.flow(history_db, dataset, training_set, protocol="https", label="nightly sync")
tm.flow(dataset, training, training_set)
tm.flow(
    consultant,
    training,
    training_config,
    protocol="https",
    controls={c.Authentication(method="cloud console login with MFA")},
)
tm.flow(training, registry, weights)
tm.flow(registry, predictor, weights, label="load released version")

tm.flow(collector, predictor, batch_features, protocol="https", label="every 5 minutes")
tm.flow(predictor, model, batch_features)
tm.flow(model, predictor, predicted_grade)
tm.flow(predictor, dashboard, advice)
tm.flow(dashboard, mill_master, advice, protocol="https")
