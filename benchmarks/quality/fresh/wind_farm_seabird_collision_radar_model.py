"""Seabird collision curtailment for an offshore wind farm: the first design.

A bird radar on the offshore substation platform tracks flocks of seabirds, and
thermal/visual cameras on selected nacelles confirm them. An edge server on the
platform fuses radar tracks with camera frames and asks an in-house detection model
for a collision-risk score per flock. When the risk is high, a curtailment manager
on the platform asks the wind farm SCADA to idle the turbines in the flock's path;
the turbine controllers keep their own safety envelope. Onshore, detections and
curtailment events are stored for ornithologists of a contracted ecology consultancy,
who label clips through a review portal; the labels feed periodic retraining in the
company's cloud ML account, and approved models are pulled back to the platform from
a model registry. A reporting service sends the monthly curtailment and mortality-risk
report required by the consent conditions to the environmental regulator's portal.
Control-room operators onshore can override curtailment through the SCADA HMI.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Seabird collision curtailment",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Radar and camera detection of seabird flocks that idles turbines when "
        "collision risk is high, with monthly reporting to the environmental regulator."
    ),
)

# ---------------------------------------------------------------- data assets
radar_tracks = tg.Data(
    "Bird radar tracks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
camera_frames = tg.Data("Nacelle camera frames", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
flock_features = tg.Data(
    "Flock track features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fused radar track (height, heading, speed, size) and matched camera crops.",
)
risk_score = tg.Data(
    "Collision risk score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
risk_alert = tg.Data(
    "Collision risk alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
curtail_cmd = tg.Data(
    "Curtailment command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Turbine operating setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
turbine_status = tg.Data(
    "Turbine status telemetry", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
override = tg.Data(
    "Manual curtailment override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
detections = tg.Data(
    "Detection events and clips",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Each flock detection with its radar track, camera clip and risk score.",
)
curtail_log = tg.Data(
    "Curtailment log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="When, which turbines, why and for how long; lost generation per event.",
)
species_labels = tg.Data(
    "Species and flock labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled detection set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Collision model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
report = tg.Data(
    "Monthly consent compliance report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Offshore platform LAN", trust=tg.Trust.INTERNAL):
    # The one bird radar on the substation platform: the primary flock detector.
    radar = tm.add(
        tg.Device(
            "Bird radar",
            fleet=False,
            description="Vendor avian radar; streams tracks to the edge server.",
        )
    )
    # Cameras on a subset of nacelles confirm species and flock size in daylight.
    cameras = tm.add(tg.Device("Nacelle cameras", description="Thermal and visual PTZ cameras."))
    # Fuses radar and camera data and calls the model; runs on the platform so that
    # curtailment does not depend on the export cable link to shore.
    fusion = tm.add(
        tg.Service(
            "Detection edge server",
            description="Associates radar tracks with camera frames and scores each flock.",
        )
    )
    # The in-house model that turns a fused flock track into a collision risk.
    model = tm.add(
        tg.Model(
            "Seabird collision risk model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Scores collision risk per flock; above threshold the turbines in its path idle.",
        )
    )
    # Turns high-risk alerts into curtailment requests and records every decision.
    curtailment = tm.add(
        tg.Service(
            "Curtailment manager",
            description="Picks the turbines in the flock's path and requests idling via SCADA.",
            controls={c.AuditLogging(note="every curtailment request and release is logged")},
        )
    )

    with tm.boundary("Turbine OT network", trust=tg.Trust.RESTRICTED):
        # The existing wind farm SCADA: the only system that commands the turbines.
        scada = tm.add(
            tg.Service(
                "Wind farm SCADA",
                description="Turbine supervisory control; also serves the operators' HMI.",
                controls={
                    c.Authentication(method="individual domain accounts"),
                    c.RBAC(note="operator and engineer roles in the SCADA"),
                },
            )
        )
        # The turbines' own controllers, which keep pitch and rotor speed in limits.
        turbines = tm.add(
            tg.Device(
                "Turbine controllers",
                description="One controller per turbine.",
                controls={
                    c.SafetyLimits(
                        limits="turbine controller enforces pitch and rotor-speed ramp limits "
                        "and its own safe stop"
                    )
                },
            )
        )

with tm.boundary("Onshore operations centre", trust=tg.Trust.INTERNAL):
    # Control-room operators can force or cancel curtailment, e.g. for grid needs.
    operator = tm.add(tg.Actor("Control room operator", role="operator", privileged=True))
    # Keeps detections and the curtailment log for review, retraining and reporting.
    event_store = tm.add(tg.DataStore("Detection event store", stores={detections, curtail_log}))
    # Where the consultancy's ornithologists view clips and label them.
    review_portal = tm.add(
        tg.Endpoint(
            "Ornithology review portal",
            purpose=tg.EndpointPurpose.API,
            description="Web app published to the consultancy; shows clips and takes labels.",
            controls={c.Authentication(method="Entra ID guest accounts with MFA")},
        )
    )
    # Builds the monthly report the consent conditions require.
    reporting = tm.add(
        tg.Service(
            "Regulator reporting service",
            description="Aggregates curtailment events and detections into the monthly report.",
        )
    )

with tm.boundary("Cloud ML account", trust=tg.Trust.INTERNAL):
    # Labelled clips and tracks used to train the model.
    dataset = tm.add(
        tg.Dataset("Labelled detection dataset", stores={training_set, species_labels})
    )
    # Periodic retraining run by the data science team.
    training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
    # Holds model versions; the edge server pulls the approved one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning(note="edge server pins a registry version")},
        )
    )

with tm.boundary("Ecology consultancy", trust=tg.Trust.PARTNER):
    # Contracted ornithologists who confirm species and flock size.
    ornithologist = tm.add(tg.Actor("Consultant ornithologist", role="reviewer"))

with tm.boundary("Environmental regulator", trust=tg.Trust.PARTNER):
    # The regulator's submission portal for consent compliance returns.
    regulator = tm.add(
        tg.ExternalService(
            "Regulator submission portal",
            description="Receives the monthly report required by the consent conditions.",
        )
    )

# ---------------------------------------------------------------- flows
# detection and curtailment, offshore
tm.flow(radar, fusion, radar_tracks, protocol="tcp", label="track stream")
tm.flow(cameras, fusion, camera_frames, protocol="rtsp")
tm.flow(fusion, model, flock_features)
tm.flow(model, fusion, risk_score)
tm.flow(fusion, curtailment, risk_alert)
tm.flow(curtailment, scada, curtail_cmd, protocol="opc-ua")
tm.flow(scada, curtailment, turbine_status, protocol="opc-ua")
tm.flow(scada, turbines, setpoints, protocol="iec-61850")
tm.flow(turbines, scada, turbine_status, protocol="iec-61850")

# operators onshore
tm.flow(operator, scada, override, protocol="https", label="SCADA HMI")
tm.flow(scada, operator, turbine_status, protocol="https", label="SCADA HMI")

# records to shore
tm.flow(fusion, event_store, detections, protocol="https", label="over export cable fibre")
tm.flow(curtailment, event_store, curtail_log, protocol="https", label="over export cable fibre")

# review and labelling
tm.flow(event_store, review_portal, detections)
tm.flow(review_portal, ornithologist, detections, protocol="https")
tm.flow(ornithologist, review_portal, species_labels, protocol="https")
tm.flow(review_portal, dataset, species_labels, training_set, protocol="https")

# retraining and deployment
tm.flow(dataset, training, training_set, species_labels)
tm.flow(training, registry, model_artifact)
tm.flow(registry, fusion, model_artifact, protocol="https", label="edge pulls approved version")
tm.flow(fusion, model, model_artifact, label="load model")

# regulator reporting
tm.flow(event_store, reporting, curtail_log, detections, label="monthly export")
tm.flow(reporting, regulator, report, protocol="https")
