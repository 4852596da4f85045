"""Salmon lice count camera model: the first design, before any security review.

Underwater cameras in each sea pen film the salmon as they swim past. An edge node
on the feed barge decodes the video, crops each fish and runs an in-house detector
that counts sea lice by stage (adult female, mobile, attached). Counts and a sample
of frames go over the barge's 4G link to the farm's cloud tenancy, where a threshold
service compares weekly averages per pen with the regulatory treatment limits and
texts the farm manager when a limit is reached. The manager checks the dashboard,
plans treatment and approves the weekly lice report, which the dashboard submits to
the regulator's reporting portal. Fish health biologists label sampled frames; a
training job retrains the detector and the edge nodes pull new versions from the
model registry. Controls: HTTPS off the barge, SSO with MFA and roles on the dashboard,
the manager's approval before each report, model evaluation and version pinning.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Salmon lice count camera model",
    profile=tg.RiskProfile.HIGH,
    description="Camera-based sea lice counts per pen, treatment-threshold alerts for the "
    "farm manager and weekly lice reports to the regulator.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data("Pen camera video", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
fish_crops = tg.Data("Fish image crops", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
detections = tg.Data(
    "Lice detections per fish", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
counts = tg.Data(
    "Lice counts per pen",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sample_frames = tg.Data("Sampled frames", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Lice annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Lice detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
thresholds = tg.Data(
    "Treatment thresholds",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Regulatory adult female lice limits per week and season.",
)
alert = tg.Data("Threshold alert message", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
report = tg.Data(
    "Weekly lice report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approval = tg.Data("Report approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Sea site", trust=tg.Trust.INTERNAL, description="Pens and feed barge network"):
    # One stereo camera per pen, cabled to the barge.
    cameras = tm.add(tg.Device("Underwater pen cameras", fleet=True))
    # Barge computer: decodes video, crops fish, aggregates counts, uploads.
    edge = tm.add(
        tg.Service(
            "Barge edge node",
            description="Runs the detector on fish crops and uploads counts and sample frames.",
        )
    )
    # The detector itself, run on the edge node's GPU.
    detector = tm.add(
        tg.Model(
            "Sea lice detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Finds and stages lice on salmon crops; counts drive treatment and "
            "the regulator's weekly report.",
        )
    )

with tm.boundary("Farm cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives uploads from every barge.
    ingest = tm.add(tg.Endpoint("Site upload API", purpose=tg.EndpointPurpose.API))
    # System of record for counts per pen and week.
    count_db = tm.add(tg.DataStore("Lice count database", stores={counts, thresholds}))
    # Compares weekly averages with the thresholds and raises alerts.
    alerter = tm.add(
        tg.Service(
            "Threshold alert service",
            description="Computes weekly adult female averages per pen against the limits.",
        )
    )
    # Manager's view of counts, trends and report drafts; submits the approved report.
    dashboard = tm.add(
        tg.Endpoint(
            "Farm lice dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="company Entra ID SSO with MFA"),
                c.RBAC(note="managers see their own sites; biologists read-only"),
                c.HumanInTheLoop(approver="the site farm manager", note="every weekly report"),
            },
        )
    )
    # Sampled frames and their annotations for retraining.
    image_set = tm.add(tg.Dataset("Lice image training set", stores={sample_frames, labels}))
    # Annotation tool the biologists work in.
    labeling = tm.add(tg.Pipeline("Frame annotation", stage=tg.Stage.LABELING))
    # Retrains the detector and checks it against manual counts.
    training = tm.add(
        tg.Pipeline(
            "Detector training job",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="compared with biologists' manual counts")},
        )
    )
    # Holds detector versions the edge nodes pull.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={c.ModelVersioning(note="edge nodes pinned to a released version")},
        )
    )

with tm.boundary("Shore office", trust=tg.Trust.INTERNAL):
    # Decides on treatment and signs off the weekly report.
    manager = tm.add(tg.Actor("Farm manager", role="site manager"))
    # Annotates lice on sampled frames.
    biologist = tm.add(tg.Actor("Fish health biologist", role="biologist"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers alert texts to the manager's phone.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # Where weekly lice counts must be reported.
    regulator = tm.add(tg.ExternalService("Regulator lice reporting portal"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge, video, protocol="rtsp")
tm.flow(edge, detector, fish_crops, protocol="local")
tm.flow(detector, edge, detections, protocol="local")
tm.flow(edge, ingest, counts, sample_frames, protocol="https", label="4G uplink")
tm.flow(ingest, count_db, counts)
tm.flow(ingest, image_set, sample_frames)

tm.flow(count_db, alerter, counts, thresholds)
tm.flow(alerter, sms, alert, protocol="https")
tm.flow(sms, manager, alert, protocol="sms")
tm.flow(count_db, dashboard, counts, thresholds)
tm.flow(dashboard, manager, counts, report, protocol="https")
tm.flow(manager, dashboard, approval, protocol="https")
tm.flow(dashboard, regulator, report, protocol="https")

tm.flow(image_set, labeling, sample_frames)
tm.flow(biologist, labeling, labels, protocol="https")
tm.flow(labeling, image_set, labels)
tm.flow(image_set, training, sample_frames, labels)
tm.flow(training, registry, weights)
tm.flow(registry, edge, weights, protocol="https", label="edge node pulls release")
tm.flow(edge, detector, weights, protocol="local", label="load model")
