"""Fishing fleet catch logbook with species vision: the first design, before any security review.

An EU fishing company fits each of its trawlers with cameras over the sorting
belt. An edge computer on board runs the company's vision model, which identifies
the species on the belt and estimates their weights, and pre-fills the catch
entries of the electronic logbook (ERS) on the bridge. The skipper checks and signs
the entries and submits the logbook to the fisheries regulator over the vessel's
satellite link. Belt footage is recorded on board and uploaded when the vessel is
in port; ashore, catch analysts review clips and correct species and weights, and
the corrected set retrains the model, which is pushed back to the fleet in port.
Crew hands and faces can appear in the footage, so it is personal data.
Controls: the skipper signs every submission, the regulator's ERS authenticates the
vessel, analysts sign in with company SSO, training sets and models are versioned,
and an ML engineer approves each release to the fleet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fishing fleet catch logbook species vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="On-board species and weight estimates pre-fill the ERS logbook; retrained ashore.",
)

# ---------------------------------------------------------------- data assets
belt_video = tg.Data(
    "Sorting belt video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Continuous video of the belt; crew hands and faces are often in frame.",
)
catch_estimates = tg.Data(
    "Species and weight estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
logbook_entries = tg.Data(
    "Catch logbook entries",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Species, weights, fishing area and times, with the skipper's name and vessel.",
)
skipper_signoff = tg.Data(
    "Skipper corrections and sign-off", kind="records", sensitivity=tg.Sensitivity.PII
)
ers_report = tg.Data(
    "ERS logbook report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
ers_ack = tg.Data("Regulator acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
footage_clips = tg.Data(
    "Belt footage with estimates",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Recorded belt video with the model's estimate for each haul.",
)
species_labels = tg.Data(
    "Reviewed species and weight labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Species model artifact", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL)
release_approval = tg.Data(
    "Fleet release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Trawler", trust=tg.Trust.INTERNAL):
    # Fixed cameras looking down at the sorting belt in the fish hold.
    cameras = tm.add(tg.Device("Sorting belt cameras"))
    # The vision model on the on-board edge computer: species detection and weight estimate.
    species_model = tm.add(
        tg.Model(
            "Catch species and weight model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Its estimates end up in the legal catch declaration.",
        )
    )
    # Electronic logbook software on the bridge PC; the model pre-fills its catch entries.
    logbook = tm.add(
        tg.Service(
            "Electronic logbook software",
            controls={c.HumanInTheLoop(approver="the skipper checks and signs every report")},
        )
    )
    # Master of the vessel, legally responsible for the catch declaration.
    skipper = tm.add(tg.Actor("Skipper", role="vessel master"))
    # Disk on the edge computer keeping belt footage until the vessel reaches port.
    recorder = tm.add(tg.DataStore("On-board footage recorder", stores={footage_clips}))

with tm.boundary("Satellite provider", trust=tg.Trust.PARTNER):
    # Satellite IP link, the only connection the vessel has at sea.
    satellite = tm.add(tg.ExternalService("Satellite link service"))

with tm.boundary("Fisheries regulator", trust=tg.Trust.PARTNER):
    # The regulator's ERS system that receives catch declarations.
    regulator = tm.add(
        tg.ExternalService(
            "Regulator ERS system",
            controls={c.Authentication(method="vessel certificate issued by the regulator")},
        )
    )

with tm.boundary("Shore office", trust=tg.Trust.INTERNAL):
    # Receives footage uploads from vessels in port and files them by trip and haul.
    ingestion = tm.add(tg.Pipeline("Footage ingestion", stage=tg.Stage.INGESTION))
    # Archive of all uploaded belt footage with the model's estimates.
    archive = tm.add(tg.DataStore("Footage archive", stores={footage_clips}))
    # Web tool where analysts watch clips and correct species and weights.
    review_tool = tm.add(
        tg.Pipeline(
            "Catch review tool",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="company SSO")},
        )
    )
    # Company staff who review footage and correct the model's calls.
    analyst = tm.add(tg.Actor("Catch analyst", role="analyst"))
    # Reviewed clips and corrected labels used for retraining.
    training_set = tm.add(
        tg.Dataset(
            "Reviewed catch training set",
            stores={footage_clips, species_labels},
            controls={c.DataVersioning()},
        )
    )
    # Periodic retraining of the species model on the reviewed set.
    training = tm.add(tg.Pipeline("Species model retraining", stage=tg.Stage.TRAINING))
    # Keeps every trained model version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Pushes an approved model to each vessel's edge computer when it is in port.
    deployment = tm.add(
        tg.Pipeline(
            "Fleet model rollout",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="an ML engineer approves each release")},
        )
    )
    # Approves each model release to the fleet.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, species_model, belt_video, protocol="rtsp")
tm.flow(species_model, logbook, catch_estimates, protocol="http")
tm.flow(species_model, recorder, footage_clips, protocol="local")
tm.flow(logbook, skipper, logbook_entries, label="on the bridge screen")
tm.flow(skipper, logbook, skipper_signoff, label="on the bridge screen")
tm.flow(logbook, satellite, ers_report, protocol="https")
tm.flow(satellite, regulator, ers_report, protocol="https")
tm.flow(regulator, satellite, ers_ack, protocol="https")
tm.flow(satellite, logbook, ers_ack, protocol="https")

tm.flow(recorder, ingestion, footage_clips, protocol="sftp", label="upload in port")
tm.flow(ingestion, archive, footage_clips)
tm.flow(archive, review_tool, footage_clips)
tm.flow(review_tool, analyst, footage_clips, protocol="https")
tm.flow(analyst, review_tool, species_labels, protocol="https")
tm.flow(review_tool, training_set, footage_clips, species_labels)
tm.flow(training_set, training, footage_clips, species_labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, deployment, release_approval, protocol="https", label="approves release")
tm.flow(registry, deployment, weights)
tm.flow(deployment, species_model, weights, protocol="https", label="in port")
