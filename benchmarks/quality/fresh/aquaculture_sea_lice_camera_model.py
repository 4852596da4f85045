"""Sea lice camera counting for a salmon farm: the first design, before any security review.

Underwater cameras in each sea pen stream video to an edge box on the feed barge,
where an in-house vision model detects salmon and counts attached sea lice. Per-pen
counts go over the barge's 4G/satellite link to a lice count database in the company
cloud, and a sample of frames goes to an image store so fish-health biologists can
annotate them for periodic retraining; new model versions are pulled from the model
registry by the edge box. A treatment planner combines the counts with sea temperature
and salinity from the site sensors and suggests delousing treatments, which the site
manager (with the fish-health vet) decides on in the farm dashboard. Every week a
reporting service submits the lice counts to the fisheries authority's reporting portal.
Controls in this design: SSO and roles on the dashboard, HTTPS on the cloud links,
authenticated submission to the authority, a human decision on every treatment,
versioned models in the registry, encryption at rest on the image store and an audit
trail of regulatory submissions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sea lice camera counting",
    profile=tg.RiskProfile.HIGH,
    description="Camera-based sea lice counts per pen, treatment suggestions and weekly "
    "regulatory lice reporting for a salmon farming site.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Underwater pen video",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Continuous video of fish passing the camera in each pen.",
)
detections = tg.Data(
    "Lice detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-fish bounding boxes and lice counts by stage (adult female, mobile, attached).",
)
counts = tg.Data(
    "Per-pen lice counts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
frames = tg.Data("Sampled fish frames", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Lice annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Lice detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
environment = tg.Data(
    "Sea temperature and salinity readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
plan = tg.Data(
    "Suggested treatment plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which pens to treat, when, and with which method (thermal, mechanical, bath).",
)
decision = tg.Data("Treatment decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
weekly_report = tg.Data(
    "Weekly lice report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Average adult female lice per fish for each pen, required by regulation.",
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Sea site", trust=tg.Trust.INTERNAL):
    # The cameras in the pens that see the fish; wired to the barge.
    cameras = tm.add(
        tg.Device(
            "Underwater pen cameras",
            fleet=True,
            description="One camera per pen, streaming to the barge over the site network.",
        )
    )
    # Site sensors that the treatment planner needs (thermal treatments depend on temperature).
    sensors = tm.add(
        tg.DataSource(
            "Site environmental sensors",
            origin=tg.Origin.INTERNAL,
            provides={environment},
            description="Temperature and salinity probes at several depths.",
        )
    )
    # Runs on the feed barge so counting works when the sea link is down.
    edge = tm.add(
        tg.Service(
            "Barge edge counting service",
            description="Decodes the streams, runs the detector, aggregates counts per pen.",
        )
    )
    # The vision model that finds fish and counts lice on them.
    detector = tm.add(
        tg.Model(
            "Sea lice detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Object detector fine-tuned on our own annotated frames; its counts "
            "drive treatments and the regulatory report.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # System of record for the counts, read by the planner, dashboard and reporting.
    count_db = tm.add(tg.DataStore("Lice count database", stores={counts, decision}))
    # Keeps sampled frames for annotation and retraining.
    image_store = tm.add(
        tg.DataStore(
            "Fish image store",
            stores={frames},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Turns counts and sea conditions into treatment suggestions; a person decides.
    planner = tm.add(
        tg.Service(
            "Treatment planner",
            description="Threshold rules and treatment history; suggests pens and methods.",
            controls={
                c.HumanInTheLoop(approver="site manager, with the fish-health vet's prescription")
            },
        )
    )
    # The web app where the site manager sees counts and decides on treatments.
    dashboard = tm.add(
        tg.Endpoint(
            "Farm dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company Entra ID SSO"), c.RBAC()},
        )
    )
    # Builds and submits the weekly report the authority requires.
    reporter = tm.add(
        tg.Service(
            "Regulatory reporting service",
            description="Weekly job that aggregates counts per pen and submits them.",
            controls={c.AuditLogging(retention_days=1825)},
        )
    )
    # Biologists draw boxes around lice on sampled frames.
    labeling = tm.add(tg.Pipeline("Frame annotation", stage=tg.Stage.LABELING))
    # The annotated training set for the detector.
    train_set = tm.add(tg.Dataset("Annotated lice image set", stores={frames, labels}))
    # Periodic retraining of the detector on the annotated set.
    training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
    # Where the edge boxes pull model versions from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Farm offices", trust=tg.Trust.INTERNAL):
    # Decides on treatments and is accountable for the site's lice levels.
    manager = tm.add(tg.Actor("Site manager", role="site manager"))
    # Annotates frames and checks the model's counts against manual counts.
    biologist = tm.add(tg.Actor("Fish-health biologist", role="biologist"))

with tm.boundary("Fisheries authority", trust=tg.Trust.PARTNER):
    # The regulator's portal that receives the mandatory weekly counts.
    authority = tm.add(
        tg.ExternalService(
            "Authority lice reporting portal",
            provides=tg.ExternalCategory.GENERIC,
            description="Government API for weekly lice counts; the figures are published.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge, video, protocol="rtsp")
tm.flow(edge, detector, video, label="frames")
tm.flow(detector, edge, detections)
tm.flow(edge, count_db, counts, protocol="https", label="per-pen counts over 4G/satellite")
tm.flow(edge, image_store, frames, protocol="https", label="sampled frames")
tm.flow(registry, edge, weights, protocol="https", label="model update pull")

tm.flow(sensors, planner, environment, protocol="mqtt")
tm.flow(count_db, planner, counts)
tm.flow(planner, dashboard, plan)
tm.flow(count_db, dashboard, counts)
tm.flow(dashboard, manager, counts, plan, protocol="https")
tm.flow(manager, dashboard, decision, protocol="https")
tm.flow(dashboard, count_db, decision, label="treatment decision recorded")

tm.flow(count_db, reporter, counts)
tm.flow(
    reporter,
    authority,
    weekly_report,
    protocol="https",
    controls={c.Authentication(method="enterprise certificate (Maskinporten)")},
)
tm.flow(authority, reporter, receipt, protocol="https")

tm.flow(image_store, labeling, frames)
tm.flow(biologist, labeling, labels, protocol="https")
tm.flow(labeling, train_set, frames, labels)
tm.flow(train_set, training, frames, labels)
tm.flow(training, registry, weights)
