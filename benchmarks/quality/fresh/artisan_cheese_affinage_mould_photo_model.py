"""Rind mould grading for a farmhouse cheesemaker: the first design, before any review.

In the ripening cave the affineur photographs each wheel's rind with a shared
tablet (the shelf label identifies the wheel). The photo goes over the farm Wi-Fi
to a grading API on the mini-PC in the farm office, where an image classifier grades
the rind mould (wanted white and grey coats, unwanted blue, black or "cat hair"
mould) and returns the grade with its confidence. A nightly care planner combines
grades, wheel age and the cave climate logger's readings into the next day's
turn-and-brush list on the tablet; the affineur does every turn and brush by hand
and corrects wrong grades. Corrected photos are exported weekly to a cloud bucket,
where a freelance ML contractor retrains the model on a rented GPU from an
open-weights backbone, checks it against held-out photos and uploads the weights;
the cheesemaker decides when the office PC installs them. Sale decisions stay
with the cheesemaker's own tasting and lab tests.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cheese rind mould grading",
    profile=tg.RiskProfile.LOW,
    description="Grades rind mould from cave photos and suggests when to turn or brush each wheel.",
)

# ---------------------------------------------------------------- data assets
rind_photo = tg.Data(
    "Rind photo",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="JPEG of one wheel's rind, tagged with the wheel ID from the shelf label.",
)
mould_grade = tg.Data(
    "Mould grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Grade per mould type with the model's confidence.",
)
climate = tg.Data("Cave climate readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
wheel_records = tg.Data(
    "Wheel records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Make date, batch, grade history and care done for every wheel (traceability).",
)
task_list = tg.Data(
    "Turn-and-brush task list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
care_done = tg.Data(
    "Care actions and grade corrections",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tasks ticked off, and the affineur's grade where the model was wrong.",
)
training_photos = tg.Data(
    "Labelled rind photos",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
backbone = tg.Data(
    "Pretrained backbone weights", format="safetensors", sensitivity=tg.Sensitivity.PUBLIC
)
weights = tg.Data(
    "Mould model weights",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint saved with torch.save.",
)
install_go_ahead = tg.Data(
    "Model install go-ahead", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Farm network", trust=tg.Trust.INTERNAL):
    # Cave staff: photograph wheels, do the turning and brushing, correct grades.
    affineur = tm.add(tg.Actor("Affineur", role="cave staff"))
    # Owner of the dairy; decides when a retrained model goes into use.
    cheesemaker = tm.add(tg.Actor("Cheesemaker", role="owner", privileged=True))
    # Shared tablet in the cave: camera, grades and the daily task list.
    tablet = tm.add(tg.Device("Cave tablet", fleet=False))
    # Temperature and humidity logger on the cave wall.
    logger = tm.add(tg.Device("Cave climate logger", fleet=False))
    # Runs on the office mini-PC: takes photos, returns grades, serves the task list.
    grading_api = tm.add(
        tg.Endpoint(
            "Grading API",
            returns_scores=True,
            controls={c.InputValidation(note="JPEG only, at most 10 MB, known wheel ID")},
        )
    )
    # The rind mould classifier, fine-tuned in-house from an open-weights backbone.
    model = tm.add(
        tg.Model(
            "Rind mould grading model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
        )
    )
    # Builds tomorrow's turn-and-brush list; the affineur decides and does the work.
    planner = tm.add(
        tg.Service(
            "Nightly care planner",
            controls={
                c.HumanInTheLoop(approver="the affineur, who does every turn and brush by hand")
            },
        )
    )
    # SQLite database on the mini-PC: one row per wheel, with grade and care history.
    wheel_register = tm.add(
        tg.DataStore("Wheel register", stores={wheel_records, task_list, climate})
    )
    # Every rind photo, on the mini-PC's disk.
    photo_archive = tm.add(tg.DataStore("Rind photo archive", stores={rind_photo}))
    # Weekly export of corrected photos and labels to the cloud bucket.
    export_job = tm.add(tg.Pipeline("Weekly training-data export", stage=tg.Stage.INGESTION))
    # Script the cheesemaker runs to download new weights and restart the grading API.
    installer = tm.add(tg.Pipeline("Model install script", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Dairy cloud storage account", trust=tg.Trust.INTERNAL):
    # Object storage bucket with the labelled photos the contractor trains on.
    training_set = tm.add(
        tg.Dataset(
            "Training photo bucket",
            stores={training_photos},
            controls={
                c.DataVersioning(note="bucket object versioning"),
                c.EncryptionAtRest(key_management="provider-managed keys"),
                c.RBAC(note="contractor's user may read only"),
            },
        )
    )
    # Bucket the contractor uploads each retrained model to.
    weights_bucket = tm.add(
        tg.ModelRegistry(
            "Model weights bucket",
            stores={weights},
            controls={
                c.EncryptionAtRest(key_management="provider-managed keys"),
                c.RBAC(note="contractor's user may write; office PC key may read"),
            },
        )
    )

with tm.boundary("Rented GPU instance", trust=tg.Trust.PARTNER):
    # Fine-tuning run, started by hand by the contractor a few times a year.
    training = tm.add(
        tg.Pipeline(
            "Retraining job",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            description="pip-installs the training requirements on a fresh instance each run.",
            controls={c.ModelValidation(note="accuracy checked on held-out photos before upload")},
        )
    )

with tm.boundary("Contractor", trust=tg.Trust.PARTNER):
    # Freelance ML engineer who built the model and retrains it.
    contractor = tm.add(tg.Actor("ML contractor", role="freelance ml engineer", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public model hub the pretrained image backbone comes from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

# ---------------------------------------------------------------- flows
tm.flow(affineur, tablet, rind_photo, care_done, label="taken on the tablet in the cave")
tm.flow(tablet, affineur, mould_grade, task_list, label="on the tablet screen")
tm.flow(tablet, grading_api, rind_photo, care_done, protocol="http")
tm.flow(grading_api, tablet, mould_grade, task_list, protocol="http")
tm.flow(grading_api, model, rind_photo)
tm.flow(model, grading_api, mould_grade)
tm.flow(grading_api, photo_archive, rind_photo)
tm.flow(grading_api, wheel_register, mould_grade, care_done)
tm.flow(wheel_register, grading_api, task_list, wheel_records)

tm.flow(logger, planner, climate, protocol="mqtt")
tm.flow(wheel_register, planner, wheel_records, label="nightly read")
tm.flow(planner, wheel_register, task_list, climate)

tm.flow(photo_archive, export_job, rind_photo)
tm.flow(wheel_register, export_job, care_done, label="weekly export")
tm.flow(export_job, training_set, training_photos, protocol="https")

tm.flow(contractor, training, protocol="ssh", label="starts and watches the run")
tm.flow(hub, training, backbone, protocol="https")
tm.flow(training_set, training, training_photos, protocol="https")
tm.flow(training, weights_bucket, weights, protocol="https")

tm.flow(cheesemaker, installer, install_go_ahead, label="runs it on the office PC")
tm.flow(weights_bucket, installer, weights, protocol="https")
tm.flow(installer, model, weights, protocol="local")
