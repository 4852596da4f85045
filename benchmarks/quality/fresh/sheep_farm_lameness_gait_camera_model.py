"""Sheep lameness spotting at the handling race: the first design, before any security review.

A sheep farm runs the flock through the handling race several times a month. Two
side-on cameras film each sheep as it walks the race while a panel reader picks up
its electronic ear tag. A small edge box in the handling shed pairs each clip with
the tag read, runs a gait model that scores lameness, keeps the clips of flagged
sheep and writes lameness events into the farm's flock management records. The
shepherd opens a treatment list on the farm dashboard from a phone on the farm
Wi-Fi, checks the flagged sheep, records treatments and confirms or rejects each
flag; a monthly lameness report is e-mailed to the farm vet. Each night the edge
box uploads flagged clips with the shepherd's confirmations to the ag-tech vendor,
which retrains the gait model and publishes updates that the edge box pulls.
Controls in this design: TLS and a per-farm API key to the vendor cloud, dashboard
sign-in, versioned models and a pre-release evaluation at the vendor, review of
uploaded labels, and weekly backups of the flock records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sheep lameness gait camera model",
    profile=tg.RiskProfile.LOW,
    description=(
        "Edge gait model at the handling race that flags lame sheep by ear tag "
        "for the shepherd's treatment list, retrained by the vendor."
    ),
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Race camera footage",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Side-on video of sheep walking the race; handlers are sometimes in shot.",
)
tag_reads = tg.Data(
    "EID ear tag reads",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Electronic ear tag number and read time for each sheep passing the panel.",
)
gait_frames = tg.Data("Gait clip frames", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
lameness_score = tg.Data(
    "Sheep lameness score",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Score 0-3 per sheep per pass, with the model's confidence.",
)
flagged_clips = tg.Data("Flagged sheep clips", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
lameness_events = tg.Data(
    "Lameness events by tag",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
flock_register = tg.Data(
    "Flock register and medicine records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Holding number, tag IDs, movements, treatments and withdrawal periods.",
)
treatment_list = tg.Data("Treatment list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
confirmations = tg.Data(
    "Shepherd lameness confirmations",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirmed lame / not lame after inspection, and the treatment given.",
)
vet_report = tg.Data(
    "Monthly lameness report", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
labelled_clips = tg.Data(
    "Labelled sheep gait clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Gait model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Farm network", trust=tg.Trust.INTERNAL):
    # The shepherd works the race, checks flagged sheep and records treatments.
    shepherd = tm.add(tg.Actor("Shepherd", role="farm staff"))
    # Flock management software on the office PC: the farm's record of every tagged sheep.
    flock_db = tm.add(
        tg.DataStore(
            "Flock management records",
            stores={flock_register, lameness_events, confirmations},
            controls={c.DataVersioning(note="weekly backup to a USB drive kept in the house")},
        )
    )
    # Local web app on the office PC where the shepherd sees the treatment list.
    dashboard = tm.add(
        tg.Endpoint(
            "Farm lameness dashboard",
            purpose=tg.EndpointPurpose.API,
            description="Served on the farm LAN; opened from phones over the farm Wi-Fi.",
            controls={c.Authentication(method="individual username and password")},
        )
    )

    with tm.boundary("Handling shed", trust=tg.Trust.INTERNAL):
        # Two PoE cameras fixed side-on to the race, filming each pass.
        cameras = tm.add(tg.Device("Race cameras", fleet=False))
        # The EID panel reader at the race exit, identifying each sheep.
        tag_reader = tm.add(tg.Device("EID panel reader", fleet=False))
        # Edge box: pairs clips with tag reads, runs the model, syncs with the vendor.
        edge = tm.add(
            tg.Service(
                "Edge gait box",
                description="Small industrial PC in the shed; runs the capture and sync software.",
            )
        )
        # The gait model itself, running on the edge box.
        gait_model = tm.add(
            tg.Model(
                "Sheep lameness gait model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                description="Video classifier trained by the vendor's pipeline below, "
                "executed locally on the edge box.",
            )
        )
        # Local disk on the edge box holding clips of flagged sheep for the shepherd to review.
        clip_store = tm.add(tg.DataStore("Flagged clip store", stores={flagged_clips}))

with tm.boundary("Ag-tech vendor cloud", trust=tg.Trust.PARTNER):
    # Clips and confirmations uploaded by every subscribing farm, kept for retraining.
    training_set = tm.add(
        tg.Dataset(
            "Labelled gait clip dataset",
            stores={labelled_clips},
            purpose="training",
            controls={
                c.Authentication(method="per-farm API key"),
                c.DataSanitization(note="vendor annotators re-check farm confirmations"),
            },
        )
    )
    # The vendor's monthly retraining job.
    training = tm.add(
        tg.Pipeline(
            "Gait model retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="hold-out evaluation before each release")},
        )
    )
    # Where released model versions are published for edge boxes to pull.
    registry = tm.add(
        tg.ModelRegistry(
            "Vendor model registry", stores={model_artifact}, controls={c.ModelVersioning()}
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The farm's vet, who receives the monthly report at the practice.
    vet = tm.add(tg.Actor("Farm vet", role="veterinary surgeon"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge, footage, protocol="rtsp")
tm.flow(tag_reader, edge, tag_reads, protocol="bluetooth")
tm.flow(edge, gait_model, gait_frames)
tm.flow(gait_model, edge, lameness_score)
tm.flow(edge, clip_store, flagged_clips)
tm.flow(edge, flock_db, lameness_events, protocol="smb", label="lameness events by tag")

tm.flow(flock_db, dashboard, treatment_list, flock_register)
tm.flow(clip_store, dashboard, flagged_clips, protocol="http")
tm.flow(dashboard, shepherd, treatment_list, flagged_clips, protocol="http")
tm.flow(shepherd, dashboard, confirmations, protocol="http", label="inspection results")
tm.flow(dashboard, flock_db, confirmations)
tm.flow(dashboard, vet, vet_report, protocol="smtp", label="monthly report")

tm.flow(flock_db, edge, confirmations, protocol="smb", label="nightly export")
tm.flow(
    edge,
    training_set,
    flagged_clips,
    confirmations,
    protocol="https",
    label="nightly upload",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(training_set, training, labelled_clips)
tm.flow(training, registry, model_artifact)
tm.flow(
    registry,
    gait_model,
    model_artifact,
    protocol="https",
    label="nightly update pull",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
