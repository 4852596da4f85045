"""Ferry gangway boarding count: the first design, before any security review.

A ferry operator on short-sea routes counts foot passengers as they walk up the
gangway. Overhead cameras above each gangway stream video over the vessel's
camera network to an edge box on board, which runs an in-house counting model
(a people detector fine-tuned from open weights) and sends the running count
over the ship-to-shore link to a boarding reconciliation service in the
operator's cloud. That service compares the count with the sailing's manifest
from the booking system and, before departure, alerts the purser on the crew
tablet when the numbers differ; the purser acknowledges and decides what to do.
Sampled gangway clips are uploaded in port, labelled by an annotation vendor and
used to retrain the model, which an ML engineer releases to the fleet. Controls
in this design: HTTPS with a per-vessel API key to the shore service, crew SSO
on the tablets, role-based access and encryption on the manifest, retention
limits on stored clips, evaluation before registration and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry gangway passenger boarding count",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Counts passengers boarding over the gangway from overhead cameras, checks the "
        "count against the manifest and alerts the purser before departure."
    ),
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Gangway video frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Overhead video of people walking up the gangway.",
)
count = tg.Data("Boarding count", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
count_events = tg.Data(
    "Boarding count events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Vessel, sailing, gangway and running count, sent every few seconds.",
)
sailing_lookup = tg.Data(
    "Sailing manifest query", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
manifest = tg.Data(
    "Passenger manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Names, ticket numbers and check-in status of everyone booked on the sailing.",
)
discrepancy = tg.Data(
    "Boarding discrepancy alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Counted versus manifest numbers for the sailing, and the difference.",
)
acknowledgement = tg.Data(
    "Purser acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
count_history = tg.Data("Count and alert history", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
clips = tg.Data(
    "Sampled gangway clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Short clips kept from sailings for labelling and retraining.",
)
labels = tg.Data("Head-count labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data("Counting model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release = tg.Data("Fleet release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Vessel onboard network", trust=tg.Trust.INTERNAL):
    # The sensor: one overhead camera above each gangway door.
    camera = tm.add(tg.Device("Gangway overhead camera", fleet=True))
    # Runs inference on board so counting keeps going when the satellite link drops.
    edge = tm.add(
        tg.Service(
            "Onboard counting edge box",
            description="Decodes the camera streams, runs the model and forwards counts ashore.",
        )
    )
    # The people detector and line-crossing counter itself.
    detector = tm.add(
        tg.Model(
            "Passenger counting model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Person detector fine-tuned on our gangway footage, with a line-crossing counter.",
        )
    )
    # The crew tablet the purser carries during boarding.
    tablet = tm.add(tg.Device("Purser crew tablet", fleet=True))
    # Decides whether the vessel may depart when the count and manifest disagree.
    purser = tm.add(tg.Actor("Purser", role="ship's purser"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Compares the count with the manifest and raises the pre-departure alert.
    reconciliation = tm.add(
        tg.Service(
            "Boarding reconciliation service",
            controls={
                c.Authentication(
                    method="per-vessel API key for edge boxes; crew SSO (OIDC) for tablets"
                ),
            },
        )
    )
    # Keeps counts and alerts per sailing for later investigation.
    count_log = tm.add(tg.DataStore("Boarding count log", stores={count_history}))

with tm.boundary("Booking platform", trust=tg.Trust.INTERNAL):
    # The existing reservations system: the source of truth for who is booked.
    booking = tm.add(
        tg.DataStore(
            "Booking and manifest system",
            stores={manifest},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Clips and labels used to retrain the counter.
    clip_set = tm.add(
        tg.Dataset(
            "Gangway clip training set",
            stores={clips, labels},
            controls={c.RetentionLimits(days=180), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Fine-tunes the detector and checks it on held-out sailings before registering it.
    training = tm.add(
        tg.Pipeline(
            "Counting model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation()},
        )
    )
    # Holds each trained version of the counter.
    registry = tm.add(
        tg.ModelRegistry(
            "Counting model registry", stores={weights}, controls={c.ModelVersioning()}
        )
    )
    # Pushes an approved model version to the edge boxes of the fleet.
    deploy = tm.add(tg.Pipeline("Fleet model rollout", stage=tg.Stage.DEPLOYMENT))
    # Owns the model and approves each fleet release.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Annotation vendor", trust=tg.Trust.PARTNER):
    # Outsourced labelling of head positions and crossings in the clips.
    annotator = tm.add(tg.Actor("Annotation vendor labeller", role="annotator"))

# ---------------------------------------------------------------- flows
# Counting at the gangway
tm.flow(camera, edge, frames, protocol="rtsp")
tm.flow(edge, detector, frames)
tm.flow(detector, edge, count)
tm.flow(edge, reconciliation, count_events, protocol="https", label="over the ship-to-shore link")

# Reconciliation against the manifest
tm.flow(reconciliation, booking, sailing_lookup, protocol="https")
tm.flow(booking, reconciliation, manifest, protocol="https")
tm.flow(reconciliation, count_log, count_events, discrepancy)

# Alerting the purser before departure
tm.flow(reconciliation, tablet, discrepancy, protocol="https")
tm.flow(tablet, purser, discrepancy, label="shown on the tablet")
tm.flow(purser, tablet, acknowledgement, label="taps acknowledge")
tm.flow(tablet, reconciliation, acknowledgement, protocol="https")

# Retraining
tm.flow(edge, clip_set, clips, protocol="https", label="uploaded in port")
tm.flow(clip_set, annotator, clips, protocol="https")
tm.flow(annotator, clip_set, labels, protocol="https")
tm.flow(clip_set, training, clips, labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, deploy, release, label="approves fleet release")
tm.flow(registry, deploy, weights)
tm.flow(deploy, detector, weights, protocol="https", label="over the ship-to-shore link")
