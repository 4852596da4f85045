"""Theatre instrument and swab count vision model: the first design, before any security review.

In the hospital's operating theatres a camera above the scrub nurse's instrument tray
and trolley watches the count of instruments, swabs and needles before the first
incision, before closure and at the end of the case. A count service on an edge
server in the theatre suite runs an object detector on the frames, compares what it
sees with the expected contents of the tray set (from the sterile services set
catalogue) and with the earlier count, and alerts the scrub nurse on the theatre
screen when something is missing. The manual two-person count stays the record: the
nurses sign it, and the service files its count in the theatre management system
over the existing HL7 interface. Frames are archived in the hospital data centre,
where clinical annotators label them and the ML team retrains the detector (fine-tuned
from a public open-weights model) and releases it to the edge. Case data is UK health
data under UK GDPR; the theatre management system has role-based access and auditing.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital theatre instrument tray count vision model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera-based instrument and swab counts that alert the scrub nurse to discrepancies.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Tray video frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Overhead video of the tray and trolley, tagged with theatre and case number; "
    "gloved hands and sometimes drapes or the field edge are in view.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
detections = tg.Data(
    "Instrument and swab detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boxes, classes and confidences for each instrument, swab and needle seen.",
)
case_details = tg.Data(
    "Theatre case details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient identifier, procedure, theatre, team and the tray sets opened.",
)
set_lists = tg.Data(
    "Instrument set lists",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Expected contents of each tray set, synced nightly from sterile services.",
)
nurse_input = tg.Data(
    "Count start and acknowledgement",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which count stage is starting, items added to the field, alert acknowledgements.",
)
count_result = tg.Data(
    "Count result and discrepancy alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
count_record = tg.Data(
    "Count record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The camera count per stage, filed against the patient's perioperative record.",
)
archive_copy = tg.Data(
    "Archived tray frames and counts",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
)
annotations = tg.Data(
    "Instrument annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data("Labelled tray images", kind="training-data", sensitivity=tg.Sensitivity.PII)
base_weights = tg.Data(
    "Base detector weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="PyTorch checkpoint of the public object detector the model is fine-tuned from.",
)
model_artifact = tg.Data("Tray count model", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the base open-weights detector is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Theatre suite", trust=tg.Trust.INTERNAL):
        # One PoE camera per theatre, fixed above the instrument trolley.
        cameras = tm.add(tg.Device("Overhead tray cameras"))
        # Wall-mounted touchscreen the scrub nurse looks at during the count.
        display = tm.add(tg.Device("Theatre count screen"))
        scrub_nurse = tm.add(tg.Actor("Scrub nurse", role="theatre nurse"))
        # Edge server per theatre suite: runs the model and the count logic, raises alerts.
        count_service = tm.add(
            tg.Service(
                "Tray count service",
                description="Compares detections with the set list and the previous count.",
                controls={
                    c.HumanInTheLoop(
                        approver="the scrub nurse and circulating nurse, who perform and sign "
                        "the manual count"
                    ),
                    c.AuditLogging(retention_days=365),
                },
            )
        )
        # The detector itself, served on the edge server's GPU.
        detector = tm.add(
            tg.Model(
                "Instrument and swab detector",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                description="Fine-tuned object detector: a missed swab may be left in a patient.",
            )
        )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # Existing theatre management system: case list and perioperative record.
        tms = tm.add(
            tg.DataStore(
                "Theatre management system",
                stores={case_details, count_record},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="database TDE"),
                },
            )
        )
        # Sterile services' set catalogue: what each tray set should contain.
        set_catalogue = tm.add(tg.DataStore("Instrument set catalogue", stores={set_lists}))

    with tm.boundary("Data centre ML platform", trust=tg.Trust.INTERNAL):
        # Frames kept for incident review and for retraining.
        archive = tm.add(
            tg.DataStore(
                "Tray image archive",
                stores={archive_copy},
                controls={c.EncryptionAtRest(key_management="storage array encryption"), c.RBAC()},
            )
        )
        # Web annotation tool and export job for labelling archived frames.
        labelling = tm.add(tg.Pipeline("Annotation pipeline", stage=tg.Stage.LABELING))
        dataset = tm.add(
            tg.Dataset("Tray training set", stores={training_set}, controls={c.DataVersioning()})
        )
        # GPU job that fine-tunes the detector and exports it to ONNX.
        training = tm.add(
            tg.Pipeline(
                "Detector training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="recall on a held-out set of counted trays")},
            )
        )
        # Versioned store of released models; the edge servers pull from it.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        annotator = tm.add(tg.Actor("Clinical annotator", role="theatre nurse on secondment"))
        ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# The count in theatre.
tm.flow(scrub_nurse, display, nurse_input, label="on the panel")
tm.flow(display, count_service, nurse_input, protocol="wss")
tm.flow(cameras, count_service, frames, protocol="rtsp")
tm.flow(count_service, detector, frames, protocol="local")
tm.flow(detector, count_service, detections, protocol="local")
tm.flow(tms, count_service, case_details, protocol="mllp", label="HL7 case feed")
tm.flow(set_catalogue, count_service, set_lists, protocol="https")
tm.flow(count_service, display, count_result, protocol="wss")
tm.flow(display, scrub_nurse, count_result, label="on the panel")
tm.flow(count_service, tms, count_record, protocol="mllp", label="HL7 count result")

# Archive, labelling and retraining.
tm.flow(count_service, archive, archive_copy, protocol="https")
tm.flow(archive, labelling, archive_copy)
tm.flow(labelling, annotator, archive_copy, protocol="https")
tm.flow(annotator, labelling, annotations, protocol="https")
tm.flow(labelling, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(hub, training, base_weights, protocol="https")
tm.flow(ml_engineer, training, training_config, protocol="ssh")
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release, protocol="https", label="approves release")
tm.flow(registry, detector, model_artifact, protocol="https", label="edge pulls new version")
