"""Abattoir stun-effectiveness monitor: the first design, before any security review.

IP cameras over the bleeding rail film every animal after the stunner. An edge
inference server in the slaughter hall decodes the streams and runs our stun check
model, which looks for signs of ineffective stunning (rhythmic breathing, righting
reflex, eye movement, vocalisation). On a detection the edge server tells the line
PLC to stop the shackle line and raises a welfare alert, which the alert service
pushes to the animal welfare officer's tablet; the officer re-stuns by hand, records
the outcome and restarts the line at the control panel. Alerts, clips and outcomes
are kept as welfare records, which the officer and the official veterinarian read
in a dashboard. Labeled clips go weekly to our group ML platform in the cloud, where
ML engineers retrain the model and publish it to a registry the edge server pulls
from. Controls in this design: an isolated OT network, PLC interlocks, site AD
login and roles on the dashboard, one-year retention, versioned models and a
hold-out evaluation before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Abattoir stun-effectiveness monitor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera model that stops the line and alerts the welfare officer on ineffective stunning.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Post-stun video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Line workers at the shackling and sticking positions are in view.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
frames = tg.Data("Decoded video frames", kind="features", sensitivity=tg.Sensitivity.PII)
stun_score = tg.Data(
    "Stun effectiveness score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
stop_command = tg.Data(
    "Line stop command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
restart = tg.Data("Line restart", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
alert = tg.Data(
    "Welfare alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Time, stun box, score and a short clip of the animal.",
)
outcome = tg.Data(
    "Alert outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Officer's verdict: ineffective stun and re-stunned, or false alarm.",
)
welfare_records = tg.Data(
    "Welfare event records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
records_query = tg.Data("Records search", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
labeled_clips = tg.Data("Labeled stun clips", kind="training-data", sensitivity=tg.Sensitivity.PII)
model_file = tg.Data(
    "Stun check model package", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant site", trust=tg.Trust.INTERNAL):
    with tm.boundary("Slaughter hall OT network", trust=tg.Trust.RESTRICTED):
        # The eyes of the system: one camera per stun box exit.
        cameras = tm.add(
            tg.Device(
                "Post-stun line cameras",
                description="PoE IP cameras on an isolated camera VLAN.",
            )
        )
        # Runs the model next to the line so a stop does not depend on the WAN.
        edge = tm.add(
            tg.Service(
                "Edge inference server",
                description="Decodes RTSP streams, runs the model, commands the stop and raises alerts.",
            )
        )
        # The detector itself.
        model = tm.add(
            tg.Model(
                "Stun check model",
                task=tg.Task.DETECTOR,
                returns_scores=True,
                high_stakes=True,
                description="Detects signs of ineffective stunning in cattle and pigs after the stunner.",
                controls={
                    c.ModelValidation(
                        note="recall checked on a hold-out set of labeled clips before release"
                    ),
                    c.ExplainabilityLogging(note="every detection saved with its clip and score"),
                },
            )
        )
        # Stops the shackle line when told; its own interlocks stay in charge of safety.
        plc = tm.add(
            tg.Device(
                "Shackle line PLC",
                fleet=False,
                controls={
                    c.SafetyLimits(
                        limits="hardwired e-stops and PLC interlocks; a stopped line is the safe state"
                    ),
                },
            )
        )

    with tm.boundary("Plant IT network", trust=tg.Trust.INTERNAL):
        # Turns detections into alerts and keeps the welfare record.
        alert_svc = tm.add(tg.Service("Welfare alert service"))
        # Rugged tablet carried by the welfare officer on the slaughter floor.
        awo_tablet = tm.add(tg.Device("Welfare officer tablet", fleet=False))
        # The officer responsible for welfare at killing under the regulation.
        awo = tm.add(tg.Actor("Animal welfare officer", role="animal welfare officer"))
        # Welfare records the regulation requires us to keep.
        event_store = tm.add(
            tg.DataStore(
                "Welfare event store",
                stores={welfare_records},
                controls={c.RetentionLimits(days=365)},
            )
        )
        # Read access to alerts, clips and outcomes for the officer and the vet.
        dashboard = tm.add(
            tg.Service(
                "Welfare records dashboard",
                controls={
                    c.Authentication(method="site Active Directory username and password"),
                    c.RBAC(note="official veterinarian gets read-only access"),
                },
            )
        )

with tm.boundary("Competent authority", trust=tg.Trust.PARTNER):
    # Inspects welfare at slaughter on behalf of the authority.
    vet = tm.add(tg.Actor("Official veterinarian", role="official veterinarian"))

with tm.boundary("Group ML platform", trust=tg.Trust.INTERNAL):
    # Clips labeled by the officers' outcomes, collected from all our plants.
    dataset = tm.add(tg.Dataset("Labeled clip dataset", stores={labeled_clips}))
    # Retrains the detector on new clips.
    training = tm.add(
        tg.Pipeline(
            "Training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Holds released model versions that plants pull from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_file},
            controls={c.ModelVersioning(note="previous version kept for rollback")},
        )
    )
    # Builds and releases the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge, video, protocol="rtsp")
tm.flow(edge, model, frames)
tm.flow(model, edge, stun_score)
tm.flow(edge, plc, stop_command, protocol="modbus")
tm.flow(awo, plc, restart, label="at the line control panel")

tm.flow(edge, alert_svc, alert, protocol="mqtt")
tm.flow(alert_svc, awo_tablet, alert, protocol="https")
tm.flow(awo_tablet, awo, alert, label="on screen")
tm.flow(awo, awo_tablet, outcome, label="on screen")
tm.flow(awo_tablet, alert_svc, outcome, protocol="https")
tm.flow(alert_svc, event_store, welfare_records)

tm.flow(event_store, dashboard, welfare_records)
tm.flow(awo, dashboard, records_query, protocol="https")
tm.flow(dashboard, awo, welfare_records, protocol="https")
tm.flow(vet, dashboard, records_query, protocol="https")
tm.flow(dashboard, vet, welfare_records, protocol="https")

tm.flow(event_store, dataset, labeled_clips, protocol="https", label="weekly upload")
tm.flow(dataset, training, labeled_clips)
tm.flow(training, registry, model_file)
tm.flow(ml_engineer, registry, release, label="approves release")
tm.flow(registry, edge, model_file, protocol="https", label="edge pulls new version")
tm.flow(edge, model, model_file, label="load")
