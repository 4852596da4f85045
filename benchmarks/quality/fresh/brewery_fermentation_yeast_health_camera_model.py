"""Brewery yeast health camera model: the first design, before any security review.

Lab technicians stain a sample of harvested or propagated yeast with methylene blue,
load it on a haemocytometer and photograph it with a microscope camera plugged into
the lab PC. The capture app uploads the images, with the batch number and dilution,
to a yeast analysis service on the brewery's on-site server. An in-house detection
model counts live and dead cells; a pitching-rate calculator combines the cell density
and viability with the wort volume and gravity from the batch records and shows the
brewers on the brewhouse tablets how much slurry to pitch. Brewers decide and pitch by
hand. The model is fine-tuned from a pretrained backbone downloaded from a public
model hub, on images the lab technicians label, by the brewery's data engineer, who
also promotes new versions from the model registry.
Controls in this design: image checks on upload, a shared brewhouse login on the
dashboard, versioned models, nightly backups of the batch records, and the brewer's
own judgement before every pitch.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Brewery yeast health camera model",
    profile=tg.RiskProfile.LOW,
    description="Counts yeast cells and viability from microscope images and advises pitching rates.",
)

# ---------------------------------------------------------------- data assets
sample_details = tg.Data(
    "Sample details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Batch number, yeast strain, generation, dilution factor.",
)
images = tg.Data(
    "Microscope images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stained haemocytometer fields of view, several per sample.",
)
counts = tg.Data(
    "Cell counts and viability",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
batch = tg.Data(
    "Batch records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Recipes, wort volume, original gravity, fermenter assignment, pitch log.",
)
advice = tg.Data(
    "Pitching rate advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
pitch_record = tg.Data("Pitch record", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Cell labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Labelled training images", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
backbone = tg.Data(
    "Pretrained backbone weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="A PyTorch checkpoint of an image backbone from the public hub.",
)
weights = tg.Data(
    "Cell counter checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="The fine-tuned PyTorch checkpoint (.pt).",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained backbone comes from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Brewery network", trust=tg.Trust.INTERNAL):
    with tm.boundary("QC lab", trust=tg.Trust.INTERNAL):
        # Prepares and photographs samples, and labels images for training.
        technician = tm.add(tg.Actor("Lab technician", role="QC lab technician"))
        # The microscope camera itself, on USB to the lab PC.
        camera = tm.add(tg.Device("Microscope camera", fleet=False))
        # Runs the capture app that uploads samples and the labelling app.
        lab_pc = tm.add(
            tg.Device(
                "Lab PC",
                fleet=False,
                description="Windows workstation on the bench running the capture app.",
            )
        )

    with tm.boundary("Brewhouse floor", trust=tg.Trust.INTERNAL):
        # Reads the advice on a shared tablet and pitches by hand.
        brewer = tm.add(tg.Actor("Brewer", role="shift brewer"))

    with tm.boundary("Server room", trust=tg.Trust.INTERNAL):
        # Receives uploads, runs the model, stores results.
        analysis = tm.add(
            tg.Service(
                "Yeast analysis service",
                controls={c.InputValidation(note="image type, size and resolution checked")},
            )
        )
        # Detects and classifies stained (dead) and clear (live) cells.
        counter = tm.add(
            tg.Model(
                "Yeast cell counting model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
            )
        )
        # Turns density and viability into a slurry volume for the batch.
        calculator = tm.add(
            tg.Service(
                "Pitching rate calculator",
                controls={
                    c.HumanInTheLoop(approver="the brewer on shift, before every pitch"),
                },
            )
        )
        # The brewery's own production records.
        batch_db = tm.add(
            tg.DataStore(
                "Batch records database",
                stores={batch, pitch_record},
                controls={c.DataVersioning(note="nightly backups to the NAS")},
            )
        )
        # Images and results per sample, for trend charts and audits.
        results_db = tm.add(tg.DataStore("Sample results store", stores={images, counts}))
        # The web dashboard the tablets open.
        dashboard = tm.add(
            tg.Endpoint(
                "Brewer dashboard",
                purpose=tg.EndpointPurpose.API,
                controls={c.Authentication(method="shared brewhouse login with password")},
            )
        )
        # Labelled fields of view for fine-tuning.
        dataset = tm.add(tg.Dataset("Labelled image set", stores={training_images, labels}))
        # Fine-tunes the backbone on the labelled set on the GPU box.
        training = tm.add(
            tg.Pipeline("Fine-tuning job", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
        )
        # Holds each checkpoint the data engineer may promote.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

    with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
        # Runs training and promotes checkpoints to the analysis service.
        engineer = tm.add(tg.Actor("Data engineer", role="data engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(camera, lab_pc, images, protocol="usb")
tm.flow(technician, lab_pc, sample_details, label="typed at the bench")
tm.flow(lab_pc, analysis, images, sample_details, protocol="http", label="sample upload")

tm.flow(analysis, counter, images)
tm.flow(counter, analysis, counts)
tm.flow(analysis, results_db, images, counts)
tm.flow(analysis, calculator, counts, sample_details)
tm.flow(batch_db, calculator, batch, label="wort volume and gravity")
tm.flow(calculator, dashboard, advice)
tm.flow(results_db, dashboard, counts, label="viability trends")
tm.flow(dashboard, brewer, advice, counts, protocol="https")
tm.flow(brewer, dashboard, pitch_record, protocol="https", label="records pitch")
tm.flow(dashboard, batch_db, pitch_record)

tm.flow(results_db, lab_pc, images, protocol="http", label="images to label")
tm.flow(technician, lab_pc, labels, label="labels cells at the bench")
tm.flow(lab_pc, dataset, training_images, labels, protocol="http")
tm.flow(hub, training, backbone, protocol="https")
tm.flow(dataset, training, training_images, labels)
tm.flow(training, registry, weights)
tm.flow(engineer, registry, release, protocol="ssh", label="promotes checkpoint")
tm.flow(registry, counter, weights, label="deploy")
