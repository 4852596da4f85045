"""Railway track defect detection: the first design, before any security review.

The infrastructure manager fits its measurement trains, and some passenger trains
run by train operating companies, with line-scan cameras and axle-box
accelerometers. Passenger trains send acceleration traces over cellular links to an
ingest API as they run; camera footage and the measurement trains' full recordings
are offloaded by SFTP to a gateway when a train stands in a depot. A cloud pipeline
aligns the recordings to track position and stores them in a measurement lake. An
in-house detection model finds rail and fastening defects, and a prioritisation
service turns them into ranked work orders in the enterprise asset management
(EAM) SaaS, which track crews use on their tablets. Track engineers confirm
immediate-action defects and label detections in a review portal; the labels feed
retraining, and models are versioned in a registry. Devices authenticate to the
ingest API with per-device keys, the lake is encrypted, and the portal uses SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Railway track defect detection",
    profile=tg.RiskProfile.HIGH,
    description="On-train sensing and ML detection of track defects, prioritising maintenance work.",
)

# ---------------------------------------------------------------- data assets
camera_frames = tg.Data(
    "Track camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Line-scan images of rails, sleepers and fastenings; may show trackside staff.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
accel_traces = tg.Data(
    "Axle-box acceleration traces",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
run_metadata = tg.Data(
    "Run metadata",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Train id, GNSS positions, speed and timestamps of each run.",
)
track_segments = tg.Data(
    "Aligned track segments",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Images and signals cut and aligned to line, track and kilometre post.",
)
detections = tg.Data(
    "Defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
defect_labels = tg.Data(
    "Engineer defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled defect examples", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_weights = tg.Data(
    "Detector checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint (.pt) of the defect detector.",
)
work_orders = tg.Data(
    "Maintenance work orders",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
completion_reports = tg.Data(
    "Work completion reports",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the crew found and repaired, with photos.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Train operating companies", trust=tg.Trust.PARTNER):
    # Sensor kits on passenger trains that the operators own and maintain.
    passenger_kit = tm.add(
        tg.Device(
            "Passenger train sensor kit",
            description="Accelerometers and a camera with an onboard logger and LTE modem.",
        )
    )

with tm.boundary("Measurement train fleet", trust=tg.Trust.INTERNAL):
    # The infrastructure manager's own measurement trains record at high resolution.
    measurement_recorder = tm.add(
        tg.Device(
            "Measurement train recorder",
            description="Onboard recorder for cameras and axle-box accelerometers.",
        )
    )

with tm.boundary("Depot network", trust=tg.Trust.INTERNAL):
    # Bulk offload point: trains upload full recordings over depot Wi-Fi when parked.
    depot_gateway = tm.add(
        tg.Service(
            "Depot upload gateway",
            description="SFTP server in each depot, forwarding to the platform over the WAN.",
        )
    )

with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # Track crews receive and close work orders on tablets over public mobile networks.
    crew = tm.add(tg.Actor("Track crew", role="maintenance crew"))

with tm.boundary("EAM vendor", trust=tg.Trust.PARTNER):
    # The existing asset management SaaS where all maintenance work is planned.
    eam = tm.add(
        tg.ExternalService(
            "Enterprise asset management",
            description="Hosted EAM system holding work orders and crew schedules.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Engineers confirm urgent defects and label detections for retraining.
    engineer = tm.add(tg.Actor("Track engineer", role="track engineer"))

with tm.boundary("Track monitoring platform", trust=tg.Trust.INTERNAL):
    # Receives the live cellular uploads from passenger trains.
    ingest_api = tm.add(
        tg.Endpoint(
            "Cellular ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Aligns recordings to track position and cuts them into segments.
    alignment = tm.add(
        tg.Pipeline(
            "Ingestion and alignment pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Keeps all raw and aligned measurements for trending and retraining.
    lake = tm.add(
        tg.DataStore(
            "Measurement lake",
            stores={camera_frames, accel_traces, run_metadata, track_segments},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Finds broken fastenings, rail head defects and squats in each segment.
    detector = tm.add(
        tg.Model(
            "Defect detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Vision model on images plus a 1-D CNN on acceleration; scores per defect.",
        )
    )
    # Ranks defects by severity and location and raises work orders.
    prioritiser = tm.add(
        tg.Service(
            "Maintenance prioritisation service",
            description="Rules plus scores; immediate-action defects wait for an engineer.",
            controls={c.HumanInTheLoop(approver="track engineer on duty")},
        )
    )
    # Where engineers see detections next to the images and confirm or relabel them.
    portal = tm.add(
        tg.Endpoint(
            "Engineer review portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Confirmed and relabelled detections with their images and signals.
        dataset = tm.add(
            tg.Dataset("Labelled defect dataset", stores={training_set, defect_labels})
        )
        # Periodic retraining of the detector on the labelled dataset.
        training = tm.add(tg.Pipeline("Detector training pipeline", stage=tg.Stage.TRAINING))
        # Versioned detector checkpoints; serving pulls the approved version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(passenger_kit, ingest_api, accel_traces, run_metadata, protocol="https", label="LTE upload")
tm.flow(
    passenger_kit,
    depot_gateway,
    camera_frames,
    run_metadata,
    protocol="sftp",
    label="depot Wi-Fi offload",
)
tm.flow(
    measurement_recorder,
    depot_gateway,
    camera_frames,
    accel_traces,
    run_metadata,
    protocol="sftp",
    label="depot Wi-Fi offload",
)
tm.flow(depot_gateway, alignment, camera_frames, accel_traces, run_metadata, protocol="https")
tm.flow(ingest_api, alignment, accel_traces, run_metadata)
tm.flow(alignment, lake, camera_frames, accel_traces, run_metadata, track_segments)

tm.flow(lake, detector, track_segments)
tm.flow(detector, prioritiser, detections)
tm.flow(prioritiser, lake, detections, label="detection history")
tm.flow(prioritiser, eam, work_orders, protocol="https")
tm.flow(eam, prioritiser, completion_reports, protocol="https", label="closed work orders")
tm.flow(eam, crew, work_orders, protocol="https")
tm.flow(crew, eam, completion_reports, protocol="https")

tm.flow(lake, portal, camera_frames, accel_traces, detections)
tm.flow(portal, engineer, camera_frames, detections, protocol="https")
tm.flow(engineer, portal, defect_labels, protocol="https", label="confirm or relabel")
tm.flow(portal, prioritiser, defect_labels, label="immediate-action confirmations")
tm.flow(portal, dataset, defect_labels)
tm.flow(lake, dataset, training_set, label="segments of labelled detections")

tm.flow(dataset, training, training_set, defect_labels)
tm.flow(training, registry, model_weights)
tm.flow(registry, detector, model_weights, label="deploy approved version")
