"""Sea lice counting: the first design, before any security review.

A salmon farming company counts sea lice automatically at each marine site. Underwater
cameras in every pen stream video over the pen network to an edge server on the feed
barge, where an in-house detection model finds fish and counts adult female, mobile
and attached lice on each one. The edge server buffers the counts and uploads them
hourly over the site's 4G/satellite link to a lice reporting service in the company's
cloud, which also takes the weekly manual counts site technicians enter on a tablet.
The service computes weekly pen averages for the fish health database; a treatment
planner uses them to schedule delousing, and the fish health manager signs off each
weekly return before the service submits it to the regulator's reporting portal.
Sampled frames are labelled by fish health biologists to retrain the model, which a
data scientist releases from the registry to the barges. Controls in this design:
HTTPS for links leaving the site, staff single sign-on with MFA, manager sign-off of
regulator returns, versioned models and provider-managed encryption of the database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fish farm sea lice counting",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Underwater camera model that counts sea lice per pen and feeds the regulator's "
        "weekly returns and the treatment planner."
    ),
)

# ---------------------------------------------------------------- data assets
frames = tg.Data("Underwater video frames", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
fish_counts = tg.Data(
    "Per-fish lice counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Lice by stage for each fish seen, with pen, time and detection confidence.",
)
manual_counts = tg.Data(
    "Manual lice counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Weekly hand counts of sampled fish, used to calibrate the camera counts.",
)
pen_averages = tg.Data(
    "Weekly pen lice averages",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
draft_return = tg.Data(
    "Draft regulator lice return", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
return_signoff = tg.Data("Return sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
regulator_return = tg.Data(
    "Regulator lice return",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
treatment_plan = tg.Data(
    "Treatment plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which pens get which delousing treatment, when, and the vessel booked.",
)
treatment_decision = tg.Data(
    "Treatment decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sampled_frames = tg.Data(
    "Sampled training frames", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
lice_labels = tg.Data(
    "Lice annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Lice detector weights", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Marine site", trust=tg.Trust.INTERNAL, description="Pen network and feed barge"):
    # One camera per pen, on a winch, filming the fish that swim past.
    cameras = tm.add(
        tg.Device(
            "Underwater pen cameras",
            fleet=True,
            description="Vendor cameras streaming over the pen's wireless link to the barge.",
        )
    )
    # Runs inference at the site, so the counts do not depend on the satellite link.
    edge = tm.add(
        tg.Service(
            "Barge edge server",
            description="Decodes the camera streams, runs the detector, buffers counts and "
            "uploads them hourly.",
        )
    )
    # The model that finds fish and counts lice by stage on each.
    detector = tm.add(
        tg.Model(
            "Sea lice detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Object detector fine-tuned in-house on labelled pen footage.",
        )
    )
    # Store-and-forward buffer for counts while the link is down.
    buffer = tm.add(tg.DataStore("Barge count buffer", stores={fish_counts}))
    # Site staff who still hand-count sampled fish each week.
    technician = tm.add(tg.Actor("Site technician", role="farm technician"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Collects counts from every site, computes pen averages and prepares the weekly return.
    reporting = tm.add(
        tg.Service(
            "Lice reporting service",
            controls={
                c.Authentication(method="company Microsoft Entra ID single sign-on with MFA"),
                c.HumanInTheLoop(
                    approver="fish health manager",
                    note="each weekly return is signed off before submission",
                ),
            },
        )
    )
    # History of counts, averages and treatments per pen.
    health_db = tm.add(
        tg.DataStore(
            "Fish health database",
            stores={fish_counts, manual_counts, pen_averages, treatment_plan},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Proposes delousing treatments from the lice trend and the company's trigger levels.
    planner = tm.add(
        tg.Service(
            "Treatment planner",
            controls={
                c.Authentication(method="company Microsoft Entra ID single sign-on with MFA")
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Frames sampled from the sites with the biologists' lice annotations.
        image_set = tm.add(
            tg.Dataset("Labelled lice image set", stores={sampled_frames, lice_labels})
        )
        # Retrains the detector monthly on the labelled set.
        training = tm.add(
            tg.Pipeline(
                "Detector training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                description="PyTorch and open-source detection libraries; exports ONNX.",
            )
        )
        # Holds each trained detector version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )
        # Pushes a released detector version to every barge over the site link.
        deploy = tm.add(tg.Pipeline("Edge deployment pipeline", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Signs off regulator returns and decides treatments.
    manager = tm.add(tg.Actor("Fish health manager", role="fish health manager"))
    # Annotates lice on sampled frames.
    biologist = tm.add(tg.Actor("Fish health biologist", role="annotator"))
    # Trains and releases detector versions.
    scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # The government portal where farms submit weekly lice counts.
    regulator = tm.add(tg.ExternalService("Regulator reporting portal"))

# ---------------------------------------------------------------- flows
# Counting at the site
tm.flow(cameras, edge, frames, protocol="rtsp")
tm.flow(edge, detector, frames)
tm.flow(detector, edge, fish_counts)
tm.flow(edge, buffer, fish_counts)
tm.flow(buffer, edge, fish_counts, label="queued counts")
tm.flow(edge, reporting, fish_counts, protocol="https", label="hourly upload over site link")
tm.flow(technician, reporting, manual_counts, protocol="https", label="site tablet app")

# Reporting
tm.flow(reporting, health_db, fish_counts, manual_counts, pen_averages)
tm.flow(health_db, reporting, fish_counts, manual_counts, pen_averages)
tm.flow(reporting, manager, draft_return, protocol="https")
tm.flow(manager, reporting, return_signoff, protocol="https")
tm.flow(reporting, regulator, regulator_return, protocol="https")
tm.flow(regulator, reporting, receipt, protocol="https")

# Treatment planning
tm.flow(health_db, planner, pen_averages, treatment_plan)
tm.flow(planner, manager, treatment_plan, protocol="https")
tm.flow(manager, planner, treatment_decision, protocol="https")
tm.flow(planner, health_db, treatment_plan)

# Retraining and release
tm.flow(edge, image_set, sampled_frames, protocol="https", label="weekly frame sample")
tm.flow(image_set, biologist, sampled_frames, protocol="https")
tm.flow(biologist, image_set, lice_labels, protocol="https")
tm.flow(image_set, training, sampled_frames, lice_labels)
tm.flow(training, registry, weights)
tm.flow(scientist, deploy, release, label="approves release")
tm.flow(registry, deploy, weights)
tm.flow(deploy, detector, weights, protocol="https", label="deploy to barges")
