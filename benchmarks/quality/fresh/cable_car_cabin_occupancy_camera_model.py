"""Cable car cabin occupancy counting: the first design, before any security review.

The operator of an Alpine gondola wants to stop overloaded cabins leaving the
valley boarding station. Cameras above the boarding zone film each cabin as its
doors close; an occupancy counting service on the station server crops the cabin
from the frames and asks a person detector (fine-tuned from open weights by our
video-analytics integrator) how many passengers are inside. Above the cabin's
rated capacity it sends a hold request to the ropeway PLC, which keeps the cabin
on the station conveyor with doors open; the PLC's certified safety circuits stay
in charge of everything else. The lift attendant sees the cabin image, the count
and the hold on a console in the booth and can override a hold. Snapshots of held
cabins and overrides are kept for a week and sent to the integrator, who labels
them, retrains, and publishes new versions that the technical manager approves
before the station pulls them. Passengers are EU residents filmed in public:
a DPIA covers the cameras and signage announces them.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cable car cabin occupancy counting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Camera-based passenger count per cabin that holds overloaded cabins at boarding.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Boarding zone video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of passengers boarding; faces are visible.",
)
crops = tg.Data("Cabin image crops", kind="features", sensitivity=tg.Sensitivity.PII)
count = tg.Data(
    "Cabin passenger count",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
cabin_position = tg.Data(
    "Cabin position signals",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which cabin number is in the boarding zone and whether its doors are closed.",
)
hold = tg.Data(
    "Cabin hold request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
console_view = tg.Data(
    "Cabin image with count and hold status", kind="media", sensitivity=tg.Sensitivity.PII
)
override = tg.Data(
    "Attendant hold override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
snapshots = tg.Data(
    "Held-cabin snapshots",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Frames of held or overridden cabins, with count, cabin number and attendant action.",
)
labeled = tg.Data(
    "Labeled cabin images",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
pretrained = tg.Data("Pretrained person detector weights", sensitivity="public", format="pickle")
artifact = tg.Data("Occupancy model artifact", sensitivity="confidential", format="onnx")
approval = tg.Data("Model update approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Boarding area", trust=tg.Trust.UNTRUSTED):
    # Skiers, hikers and tourists boarding the cabins: filmed, not users of the system.
    passenger = tm.add(tg.Actor("Passenger", role="passenger"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public model hub the integrator takes the base person detector from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Station camera network", trust=tg.Trust.INTERNAL):
    # IP cameras mounted above the boarding zone, one per door side.
    cameras = tm.add(
        tg.Device("Boarding zone cameras", description="PoE IP cameras on a camera VLAN.")
    )

with tm.boundary("Ropeway control network", trust=tg.Trust.RESTRICTED):
    # Existing ropeway control: conveyor, doors and dispatch of cabins onto the rope.
    plc = tm.add(
        tg.Service(
            "Ropeway station PLC",
            description="Safety-certified ropeway control supplied by the lift manufacturer.",
            controls={
                c.SafetyLimits(
                    limits="a hold only keeps a cabin on the station conveyor; "
                    "the safety PLC ignores it for cabins already past the grip point"
                )
            },
        )
    )

with tm.boundary("Station operations network", trust=tg.Trust.INTERNAL):
    # New: frame capture, cabin cropping, counting and the hold decision.
    counter = tm.add(
        tg.Service(
            "Occupancy counting service",
            description="Runs on the station server; if it stops, cabins dispatch as before "
            "and the attendant watches by eye.",
            controls={
                c.AuditLogging(note="every hold and override with cabin number and time"),
                c.ImpactAssessment(basis="legitimate interest in passenger safety, Art. 6(1)(f)"),
            },
        )
    )
    # New: the person detector whose count decides the hold.
    model = tm.add(
        tg.Model(
            "Cabin occupancy model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Fine-tuned person detector; the count of boxes is the passenger count.",
        )
    )
    # New: touchscreen in the attendant's booth at the boarding platform.
    console = tm.add(tg.Endpoint("Attendant console", purpose=tg.EndpointPurpose.API))
    # New: held-cabin snapshots kept for review and retraining.
    snapshot_store = tm.add(
        tg.DataStore(
            "Snapshot store",
            stores={snapshots},
            controls={c.RetentionLimits(days=7)},
        )
    )
    # New: pulls an approved model version from the integrator onto the station server.
    updater = tm.add(
        tg.Pipeline(
            "Model update job",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="the ropeway technical manager")},
        )
    )
    # The station's staff on shift at the boarding platform.
    attendant = tm.add(tg.Actor("Lift attendant", role="lift attendant"))
    # Responsible for the installation under the ropeway regulations; approves updates.
    manager = tm.add(
        tg.Actor("Ropeway technical manager", role="technical manager", privileged=True)
    )

with tm.boundary("Integrator cloud", trust=tg.Trust.PARTNER):
    # Integrator staff draw boxes round passengers in the exported snapshots.
    labeling = tm.add(tg.Pipeline("Snapshot labeling", stage=tg.Stage.LABELING))
    # Labeled cabin images from this station and the integrator's other sites.
    dataset = tm.add(tg.Dataset("Cabin training set", stores={labeled}))
    # Fine-tunes the base detector on the cabin images and exports ONNX.
    training = tm.add(
        tg.Pipeline(
            "Occupancy model training",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="count accuracy on a held-out set of station footage")
            },
        )
    )
    # Where the integrator publishes released model versions for its customers.
    release_store = tm.add(
        tg.ModelRegistry("Model release store", stores={artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tm.flow(passenger, cameras, video, label="filmed while boarding")
tm.flow(cameras, counter, video, protocol="rtsp")
tm.flow(plc, counter, cabin_position, protocol="modbus")
tm.flow(counter, model, crops)
tm.flow(model, counter, count)
tm.flow(counter, plc, hold, protocol="modbus")

tm.flow(counter, console, console_view, protocol="https")
tm.flow(console, attendant, console_view, label="on the panel")
tm.flow(attendant, console, override, label="on the panel")
tm.flow(console, counter, override, protocol="https")

tm.flow(counter, snapshot_store, snapshots)
tm.flow(snapshot_store, labeling, snapshots, protocol="sftp", label="weekly export")
tm.flow(labeling, dataset, labeled)
tm.flow(dataset, training, labeled)
tm.flow(model_hub, training, pretrained, protocol="https")
tm.flow(training, release_store, artifact)
tm.flow(release_store, updater, artifact, protocol="https")
tm.flow(manager, updater, approval, label="approves after a test day at the station")
tm.flow(updater, model, artifact, label="install")
