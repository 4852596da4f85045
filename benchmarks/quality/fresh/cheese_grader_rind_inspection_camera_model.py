"""Cheddar grading assistant for a cheese cooperative: the first design, before any security review.

Graders at the cooperative's maturing store take a plug sample from each batch of
cheddar with a cheese iron. At the grading bench a fixed camera photographs the rind
and the plug, and a tap-test probe knocks the block and records how it rings (to
hear cracks and openness). A bench PC app, which each grader signs in to with their
own badge, scans the batch barcode and sends the photos and recordings over the site
LAN to a grading API in the server room. An image-and-audio classifier suggests a
grade with per-grade scores; the grader sees it on the bench screen and sets the
batch's grade, which is posted to the batch records system (role-based access, audit
trail). Captured samples and final grades are exported monthly to an outside data
science contractor who retrains the model and returns a PyTorch checkpoint over
SFTP; the quality manager picks which version goes live from a versioned model share.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cheddar rind and texture grading assistant",
    profile=tg.RiskProfile.LOW,
    description=(
        "Suggests a grade for each cheddar batch from plug-sample photos and tap-test "
        "recordings; the grader sets the grade."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Rind and plug photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of the block's rind and of the plug drawn with the cheese iron.",
)
recordings = tg.Data(
    "Tap-test recordings",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Short audio of the probe tapping the block at three points.",
)
batch_details = tg.Data(
    "Batch details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Batch number, member creamery, vat and make date, maturing age.",
)
suggestion = tg.Data(
    "Suggested grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Suggested grade with a score for each grade and flagged rind defects.",
)
final_grade = tg.Data(
    "Final batch grade",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The grade the grader sets; decides the batch's market and the creamery's quality payment.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Graded sample set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Photos and recordings joined with the graders' final grades.",
)
model_file = tg.Data(
    "Grading model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch .pt checkpoint delivered by the contractor.",
)
release = tg.Data("Model release choice", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
reports = tg.Data("Grading reports", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Grading room", trust=tg.Trust.INTERNAL):
    # The person accountable for each batch's grade.
    grader = tm.add(tg.Actor("Cheese grader", role="grader"))
    # Fixed camera over the grading bench.
    camera = tm.add(tg.Device("Grading bench camera", fleet=True))
    # Tap-test probe with a contact microphone.
    probe = tm.add(tg.Device("Tap-test probe", fleet=True))
    # Bench PC app: captures, scans the batch barcode, shows the suggestion, takes the grade.
    bench_app = tm.add(
        tg.Service(
            "Grading bench app",
            controls={
                c.Authentication(method="grader's own badge scanned at the bench"),
                c.HumanInTheLoop(
                    approver="the duty cheese grader",
                    note="the grader sets every grade; the model only suggests",
                ),
            },
        )
    )

with tm.boundary("Cooperative server room", trust=tg.Trust.INTERNAL):
    # Receives captures from the benches and returns the model's suggestion.
    grading_api = tm.add(
        tg.Endpoint("Grading API", purpose=tg.EndpointPurpose.INFERENCE, returns_scores=True)
    )
    # Image-and-audio classifier built by the contractor.
    grading_model = tm.add(
        tg.Model(
            "Rind and texture grading model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="CNN over rind and plug photos plus a spectrogram of the tap test.",
        )
    )
    # Keeps every capture with its batch number, for audits and retraining.
    sample_store = tm.add(tg.DataStore("Sample capture store", stores={photos, recordings}))
    # The cooperative's existing batch records system, where grades are recorded.
    batch_db = tm.add(
        tg.DataStore(
            "Batch records system",
            stores={batch_details, final_grade},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Monthly export of captures joined with final grades, sent to the contractor.
    dataset = tm.add(tg.Dataset("Graded sample dataset", stores={training_set}))
    # Network share holding each delivered model version.
    model_share = tm.add(
        tg.ModelRegistry("Model file share", stores={model_file}, controls={c.ModelVersioning()})
    )

with tm.boundary("Data science contractor", trust=tg.Trust.PARTNER):
    # The contractor's cloud workspace where the model is retrained.
    training = tm.add(
        tg.Pipeline(
            "Contractor retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )

with tm.boundary("Cooperative office network", trust=tg.Trust.INTERNAL):
    # Reviews grading consistency and chooses which model version goes live.
    quality_manager = tm.add(tg.Actor("Quality manager", role="quality manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(camera, bench_app, photos, protocol="usb")
tm.flow(probe, bench_app, recordings, protocol="usb")
tm.flow(batch_db, bench_app, batch_details, protocol="http", label="lookup by batch barcode")
tm.flow(bench_app, grading_api, photos, recordings, protocol="http")
tm.flow(grading_api, grading_model, photos, recordings)
tm.flow(grading_model, grading_api, suggestion)
tm.flow(grading_api, sample_store, photos, recordings)
tm.flow(grading_api, bench_app, suggestion, protocol="http")
tm.flow(bench_app, grader, suggestion, label="on the bench touchscreen")
tm.flow(grader, bench_app, final_grade, label="on the bench touchscreen")
tm.flow(bench_app, batch_db, final_grade, protocol="http")

tm.flow(sample_store, dataset, photos, recordings, label="monthly export")
tm.flow(batch_db, dataset, final_grade, label="monthly export")
tm.flow(dataset, training, training_set, protocol="sftp")
tm.flow(training, model_share, model_file, protocol="sftp")
tm.flow(quality_manager, model_share, release, protocol="smb", label="marks the live version")
tm.flow(model_share, grading_model, model_file, label="loaded at service start")
tm.flow(batch_db, quality_manager, reports, protocol="https")
