"""Canal towpath cyclist speed camera: the first design, before any security review.

A waterways charity wants cyclists on a busy urban towpath to slow down near
locks, bridges and moorings. At each of four pilot sites a camera on a lamp post
films the towpath; an edge computer in a roadside cabinet runs a person-and-bike
detector, tracks each cyclist across calibrated ground markings and works out
their speed. Above a threshold it shows "SLOW DOWN" and the speed on an LED sign
beside the path. Frames are processed in memory; only speeds and hourly counts
are sent over a 4G link to the charity's cloud, where rangers see a dashboard and
set thresholds per site. A small sample of short clips is uploaded for labelling
and retraining of the detector by the charity's data team; new model versions
go from the model registry to the cabinets through a deployment job. Devices
authenticate to the cloud with a per-device API key, staff use the charity's
single sign-on, and a privacy notice is posted at each site.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Canal towpath cyclist speed camera",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Edge camera model that measures cyclist speeds on a canal towpath "
    "and shows speed warnings on a sign, for a waterways charity.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Towpath video frames",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Live footage of everyone on the towpath; faces can be recognisable.",
)
detections = tg.Data(
    "Cyclist detections and tracks", sensitivity=tg.Sensitivity.INTERNAL, kind="features"
)
sign_message = tg.Data("Sign warning message", sensitivity=tg.Sensitivity.PUBLIC)
speed_stats = tg.Data(
    "Speed and count statistics",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Per-passage speeds with timestamps and hourly counts per site.",
)
site_settings = tg.Data(
    "Site threshold and calibration settings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
device_key = tg.Data("Per-device API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
sample_clips = tg.Data(
    "Sampled towpath clips",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    description="Ten-second clips sampled each week, unblurred, for labelling.",
)
release_choice = tg.Data(
    "Model release choice", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
labels = tg.Data("Cyclist bounding-box labels", sensitivity=tg.Sensitivity.INTERNAL, kind="labels")
weights = tg.Data("Detector model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Public towpath", trust=tg.Trust.UNTRUSTED):
    # Cyclists, walkers, runners and boaters passing the camera.
    towpath_user = tm.add(tg.Actor("Towpath user", role="member of the public"))

with tm.boundary("Roadside cabinet", trust=tg.Trust.INTERNAL):
    # Fixed camera on a lamp post, cabled to the cabinet.
    camera = tm.add(tg.Device("Towpath camera", fleet=True))
    # Edge computer: decodes video, runs the detector, tracks and computes speeds.
    edge = tm.add(
        tg.Service(
            "Edge speed estimator",
            description="Runs in the cabinet; frames stay in memory and are dropped "
            "after tracking, except the weekly sampled clips.",
            controls={
                c.DataMinimization(note="only speeds and counts leave the cabinet routinely"),
                c.SecretsManagement(note="device API key in the TPM-backed keystore"),
            },
        )
    )
    # The person-and-bicycle detector the estimator calls on each frame.
    detector = tm.add(
        tg.Model(
            "Cyclist detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights object detector fine-tuned on our towpath clips.",
        )
    )
    # LED variable message sign beside the path, driven by the edge computer.
    sign = tm.add(tg.Device("Speed warning sign", fleet=True))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives speed statistics and clips from the cabinets over 4G.
    ingest = tm.add(
        tg.Endpoint(
            "Site telemetry API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Speeds, counts and per-site settings.
    stats_db = tm.add(
        tg.DataStore("Speed statistics database", stores={speed_stats, site_settings})
    )
    # Rangers' dashboard of speeds per site; also where thresholds are set.
    dashboard = tm.add(
        tg.Service(
            "Ranger dashboard",
            controls={c.Authentication(method="charity Microsoft 365 SSO with MFA")},
        )
    )
    # Clips and labels kept for retraining.
    clip_set = tm.add(
        tg.Dataset(
            "Clip training set",
            stores={sample_clips, labels},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Fine-tunes the detector on labelled clips, run by hand by the data team.
    training = tm.add(tg.Pipeline("Detector fine-tuning", stage=tg.Stage.FINE_TUNING))
    # Holds each trained detector version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Pushes a chosen detector version to the cabinets.
    deploy = tm.add(tg.Pipeline("Edge deployment job", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Towpath rangers who watch the sites and adjust thresholds.
    ranger = tm.add(tg.Actor("Towpath ranger", role="ranger"))
    # The small data team that labels clips, trains and releases the model.
    data_team = tm.add(tg.Actor("Data team member", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(towpath_user, camera, video, label="passes in view")
tm.flow(camera, edge, video, protocol="rtsp", label="cabinet cable")
tm.flow(edge, detector, video)
tm.flow(detector, edge, detections)
tm.flow(edge, sign, sign_message, protocol="rs-485")
tm.flow(sign, towpath_user, sign_message, label="shown on the panel")

tm.flow(edge, ingest, speed_stats, device_key, protocol="https", label="over 4G")
tm.flow(edge, ingest, sample_clips, device_key, protocol="https", label="weekly clip upload")
tm.flow(ingest, edge, site_settings, protocol="https", label="settings on each check-in")
tm.flow(ingest, stats_db, speed_stats)
tm.flow(stats_db, ingest, site_settings)
tm.flow(ingest, clip_set, sample_clips)

tm.flow(stats_db, dashboard, speed_stats, site_settings)
tm.flow(dashboard, stats_db, site_settings)
tm.flow(dashboard, ranger, speed_stats, site_settings, protocol="https")
tm.flow(ranger, dashboard, site_settings, protocol="https", label="sets thresholds")

tm.flow(data_team, clip_set, labels, protocol="https", label="labels clips")
tm.flow(clip_set, data_team, sample_clips, protocol="https")
tm.flow(clip_set, training, sample_clips, labels)
tm.flow(training, registry, weights)
tm.flow(data_team, deploy, release_choice, protocol="https", label="picks version to release")
tm.flow(registry, deploy, weights)
tm.flow(deploy, edge, weights, protocol="https", label="over 4G")
tm.flow(edge, detector, weights, label="loads new version")
