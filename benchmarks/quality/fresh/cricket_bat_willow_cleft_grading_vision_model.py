"""Willow cleft grading: the first design, before any security review.

A cricket bat maker photographs each seasoned English willow cleft on a rig in the
workshop (face, edges and back, showing grain count, straightness and knots). A
grading service on the workshop server runs an in-house vision classifier on the
photos and shows a suggested bat grade, with its confidence, on a tablet at the
pod shaver's bench. The pod shaver decides the grade and which bat to make; the
grade chosen is written back to the cleft stock database and kept as feedback.
Photos and grades go nightly to the company's cloud project, where the master
grader labels photos, an ML contractor retrains the model, and a deployment job
copies the approved version to the workshop server. Controls: the pod shaver makes
every final call, HTTPS to the cloud, encrypted and role-restricted photo archive,
versioned datasets and models, and a hold-out accuracy check before registering.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Willow cleft grading",
    profile=tg.RiskProfile.LOW,
    description="Vision model that suggests a bat grade for each willow cleft to the pod shaver.",
)

# ---------------------------------------------------------------- data assets
cleft_photos = tg.Data(
    "Cleft photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Face, edge and back photos of one cleft, tagged with its cleft ID.",
)
grade_advice = tg.Data(
    "Suggested grade and confidence",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
cleft_scan = tg.Data("Cleft ID scan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
chosen_grade = tg.Data(
    "Shaver's chosen grade",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
stock_records = tg.Data(
    "Cleft stock records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cleft ID, supplier batch, seasoning date, cost, grade given and bat made.",
)
delivery_notes = tg.Data(
    "Cleft delivery notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Batch, source tree, count and price of clefts from the willow merchant.",
)
grade_labels = tg.Data(
    "Master grader labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled cleft photo set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The company's grading know-how: photos with the master grader's grades.",
)
training_code = tg.Data(
    "Training code and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Grading model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint (.pt).",
)
release_ok = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Willow merchant", trust=tg.Trust.PARTNER):
    # The merchant that splits and seasons the willow sends a delivery note per batch.
    merchant = tm.add(
        tg.DataSource(
            "Willow merchant delivery notes", origin=tg.Origin.PARTNER, provides={delivery_notes}
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A freelance ML engineer who builds and retrains the model from home.
    contractor = tm.add(tg.Actor("ML contractor", role="ML contractor", privileged=True))

with tm.boundary("Workshop LAN", trust=tg.Trust.INTERNAL):
    # The craftsman shaping bats; reads the suggestion and decides the grade.
    shaver = tm.add(tg.Actor("Pod shaver", role="bat maker"))
    # The senior grader whose judgement the model learns from.
    master_grader = tm.add(tg.Actor("Master grader", role="grader"))
    # Fixed camera and lighting rig where each cleft is photographed on arrival.
    photo_rig = tm.add(
        tg.Device(
            "Cleft photo rig",
            fleet=False,
            description="Camera on a light box; uploads over the LAN.",
        )
    )
    # Receives photos, calls the model, records the outcome and feeds the bench tablet.
    grading_service = tm.add(
        tg.Service(
            "Grading service",
            description="Runs on the workshop server; looks up the cleft and asks the model for a grade.",
            controls={
                c.HumanInTheLoop(approver="the pod shaver, who decides the grade at the bench")
            },
        )
    )
    # The vision classifier: suggests a bat grade (G1+ to G4) from grain and knots.
    grading_model = tm.add(
        tg.Model(
            "Cleft grading model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="CNN fine-tuned from an ImageNet backbone, served on the workshop server.",
        )
    )
    # Web page the bench tablet shows: suggestion in, chosen grade back.
    bench_app = tm.add(
        tg.Endpoint(
            "Bench grading app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared workshop tablet PIN")},
        )
    )
    # The stock system: every cleft, where it came from and what it became.
    stock_db = tm.add(tg.DataStore("Cleft stock database", stores={stock_records, delivery_notes}))

with tm.boundary("Cloud ML project", trust=tg.Trust.INTERNAL):
    # Object storage bucket holding every photo with the shaver's grade.
    photo_archive = tm.add(
        tg.DataStore(
            "Cleft photo archive",
            stores={cleft_photos, chosen_grade},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys"), c.RBAC()},
        )
    )
    # Hosted labeling tool where the master grader grades photos for training.
    labeling = tm.add(
        tg.Pipeline(
            "Grade labeling tool",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="individual e-mail and password")},
        )
    )
    # The labelled photos the model is trained and tested on.
    label_set = tm.add(
        tg.Dataset(
            "Labelled cleft dataset",
            stores={training_set, grade_labels},
            controls={c.DataVersioning()},
        )
    )
    # GPU training job the contractor launches.
    training = tm.add(
        tg.Pipeline(
            "Model training job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="accuracy on a held-out set checked before registering"),
                c.Authentication(method="cloud account sign-in with MFA"),
            },
        )
    )
    # Holds each trained model version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Copies the approved model version to the workshop server.
    deploy = tm.add(tg.Pipeline("Workshop deployment job", stage=tg.Stage.DEPLOYMENT))

# ---------------------------------------------------------------- flows
# grading at the bench
tm.flow(photo_rig, grading_service, cleft_photos, protocol="http", label="photo upload")
tm.flow(shaver, bench_app, cleft_scan, label="scans cleft barcode on the tablet")
tm.flow(bench_app, grading_service, cleft_scan, protocol="http")
tm.flow(grading_service, stock_db, cleft_scan, label="cleft lookup")
tm.flow(stock_db, grading_service, stock_records)
tm.flow(grading_service, grading_model, cleft_photos)
tm.flow(grading_model, grading_service, grade_advice)
tm.flow(grading_service, bench_app, grade_advice, protocol="http")
tm.flow(bench_app, shaver, grade_advice, label="shown on the tablet")
tm.flow(shaver, bench_app, chosen_grade, label="confirms grade on the tablet")
tm.flow(bench_app, grading_service, chosen_grade, protocol="http")
tm.flow(grading_service, stock_db, chosen_grade)
tm.flow(merchant, stock_db, delivery_notes, protocol="https", label="delivery note CSV import")

# nightly upload, labeling and retraining
tm.flow(
    grading_service,
    photo_archive,
    cleft_photos,
    chosen_grade,
    protocol="https",
    label="nightly upload",
)
tm.flow(photo_archive, labeling, cleft_photos)
tm.flow(master_grader, labeling, grade_labels, protocol="https")
tm.flow(labeling, label_set, training_set, grade_labels)
tm.flow(label_set, training, training_set, grade_labels)
tm.flow(contractor, training, training_code, protocol="https")
tm.flow(training, registry, weights)
tm.flow(contractor, deploy, release_ok, protocol="https", label="approves release")
tm.flow(registry, deploy, weights)
tm.flow(deploy, grading_model, weights, protocol="https", label="copy to workshop server")
