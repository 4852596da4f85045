"""Textile recycling fibre identification: the first design, before any security review.

Donated clothes go along two conveyor lines in our sorting plant. On each line, a
near-infrared scanner takes a spectrum of every garment. An edge inference service
on the line's OT network runs the fibre identification model (supplied by the
scanner vendor), picks a bin for the fibre blend (cotton, polyester, blends, wool,
unknown) and tells the sorting PLC, which fires the air-jet diverters. Garments
with no prediction or a low-confidence one go to the manual-sort bin.
The vendor publishes model updates on its portal; the update service downloads
them and a maintenance engineer clicks install. Quality technicians pull a sample
of each batch, identify its fibres by hand at a labelling station, and a nightly
job compares their labels with the model's predictions and e-mails an accuracy
report to the shift supervisor. Once a month the labelled spectra are uploaded to
the vendor, who uses them to improve the model. No personal data is handled.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Textile recycling fibre identification",
    profile=tg.RiskProfile.LOW,
    description="NIR scanning and fibre-blend classification routing donated garments to bins.",
)

# ---------------------------------------------------------------- data assets
spectra = tg.Data(
    "NIR spectra",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="One reflectance spectrum per garment, with line, batch and sequence number.",
)
prediction = tg.Data(
    "Fibre blend prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted fibre blend and confidence.",
)
bin_command = tg.Data(
    "Bin routing command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="high"),
)
divert_signal = tg.Data("Divert signal", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sort_records = tg.Data(
    "Sort records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per garment: batch, sequence number, spectrum, prediction and bin.",
)
sample_labels = tg.Data(
    "Sample fibre labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Fibre composition a technician found for each sampled garment.",
)
labelled_spectra = tg.Data(
    "Labelled spectra export",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Monthly export of sampled spectra with their hand labels, for the vendor.",
)
accuracy_report = tg.Data(
    "Batch accuracy report", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
model_package = tg.Data(
    "Fibre model package",
    format="unknown",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The vendor's model update, in its own packaged format.",
)
install_approval = tg.Data("Install approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Scanner vendor cloud", trust=tg.Trust.PARTNER):
    # Where the scanner vendor publishes model updates and collects labelled spectra.
    vendor_portal = tm.add(
        tg.ExternalService(
            "Scanner vendor update portal",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Vendor portal with model releases and a customer data upload area.",
        )
    )

with tm.boundary("Sorting line OT network", trust=tg.Trust.INTERNAL):
    # The NIR scanners over each conveyor: the only sensor the sort depends on.
    scanner = tm.add(
        tg.Device(
            "NIR scanner",
            description="One near-infrared scanner head per sorting line (two lines).",
        )
    )
    # Runs on the line's edge PC: calls the model and turns predictions into bin choices.
    inference = tm.add(
        tg.Service(
            "Edge inference service",
            description="Scores each spectrum and chooses a bin from the fibre blend mapping.",
            controls={
                c.FailClosed(
                    fallback="garments with no prediction or confidence below 0.8 go to the "
                    "manual-sort bin"
                )
            },
        )
    )
    # The vendor's fibre classifier, loaded on the edge PC.
    fibre_model = tm.add(
        tg.Model(
            "Fibre identification model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Vendor-trained classifier of fibre blends from NIR spectra; runs locally.",
        )
    )
    # Controls the conveyor and the air jets; has its own machine-safety interlocks.
    plc = tm.add(
        tg.Service(
            "Sorting line PLC",
            controls={
                c.SafetyLimits(
                    limits="PLC interlocks stop the conveyor and air jets on e-stop or open guard"
                )
            },
        )
    )
    # Air-jet diverters that push a garment off the belt into its bin chute.
    diverters = tm.add(tg.Device("Air-jet diverters", fleet=False))
    # Downloads vendor releases and installs them once the engineer approves.
    update_service = tm.add(
        tg.Pipeline(
            "Model update service",
            stage=tg.Stage.DEPLOYMENT,
            description="Polls the vendor portal daily and stages new model packages.",
            controls={c.HumanInTheLoop(approver="maintenance engineer clicks install")},
        )
    )
    # Model packages on the edge PC; the previous version is kept for rollback.
    model_store = tm.add(
        tg.ModelRegistry(
            "Local model store",
            stores={model_package},
            controls={c.ModelVersioning(note="keeps the previous two versions for rollback")},
        )
    )

with tm.boundary("Plant IT network", trust=tg.Trust.INTERNAL):
    # History of every sorted garment, used for throughput and for the accuracy checks.
    sort_db = tm.add(
        tg.DataStore(
            "Sort results database",
            stores={sort_records},
            controls={c.DataVersioning(note="nightly backup to the plant file server")},
        )
    )
    # PC app at the quality bench where technicians enter the fibres they found.
    labelling_app = tm.add(
        tg.Service(
            "Labelling station app",
            description="Shows the prediction for a sampled garment and records the hand label.",
            controls={c.Authentication(method="individual Windows domain login with password")},
        )
    )
    # The labelled sample of each batch, kept for the accuracy checks and vendor export.
    sample_set = tm.add(
        tg.Dataset(
            "Labelled sample set",
            stores={sample_labels, spectra},
            purpose="evaluation",
        )
    )
    # Nightly comparison of hand labels with predictions; reports only, gates nothing.
    accuracy_job = tm.add(
        tg.Pipeline(
            "Nightly accuracy check job",
            stage=tg.Stage.EVALUATION,
            description="Computes per-batch and per-class accuracy, and runs the monthly export.",
        )
    )
    # Identifies fibres of sampled garments by hand (burn and solubility tests, labels).
    technician = tm.add(tg.Actor("Quality technician", role="plant staff"))
    # Reads the accuracy reports and decides whether to call the vendor.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="plant staff"))
    # Looks after the lines and installs vendor model updates.
    engineer = tm.add(tg.Actor("Maintenance engineer", role="plant engineer", privileged=True))

# ---------------------------------------------------------------- flows
# sorting
tm.flow(scanner, inference, spectra, protocol="tcp", label="vendor SDK over line Ethernet")
tm.flow(inference, fibre_model, spectra)
tm.flow(fibre_model, inference, prediction)
tm.flow(inference, plc, bin_command, protocol="opc-ua")
tm.flow(plc, diverters, divert_signal, label="24 V digital outputs")
tm.flow(inference, sort_db, sort_records, label="per garment")

# accuracy checks on a sample of each batch
tm.flow(sort_db, labelling_app, sort_records, label="prediction for the sampled garment")
tm.flow(technician, labelling_app, sample_labels, label="typed at the labelling station")
tm.flow(labelling_app, sample_set, sample_labels, spectra)
tm.flow(sample_set, accuracy_job, sample_labels, spectra)
tm.flow(sort_db, accuracy_job, sort_records, label="nightly batch read")
tm.flow(accuracy_job, supervisor, accuracy_report, protocol="smtp", label="e-mailed report")

# the vendor: labelled data out, model updates in
tm.flow(accuracy_job, vendor_portal, labelled_spectra, protocol="https", label="monthly upload")
tm.flow(vendor_portal, update_service, model_package, protocol="https", label="daily poll")
tm.flow(engineer, update_service, install_approval, protocol="https", label="local web UI")
tm.flow(update_service, model_store, model_package)
tm.flow(model_store, fibre_model, model_package, label="load at service start")
