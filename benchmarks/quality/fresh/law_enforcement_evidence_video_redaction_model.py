"""Body-worn video redaction for disclosure: the first design, before any security review.

Officers' body-worn cameras upload footage from their docking stations to the
force's digital evidence management system (DEMS), a vendor-hosted SaaS. When
footage has to be disclosed to the defence (through the criminal justice sharing
portal) or released to the press, a disclosure officer opens a redaction job. A
redaction service in the force's private cloud pulls the footage from the DEMS,
decodes it and runs an object detector (an open-weights model fine-tuned by the
force's data team) that finds faces, number plates and phone and computer screens;
it tracks them across frames and proposes redaction masks. The disclosure officer
reviews every proposed mask in a web review app, adds or removes masks and approves
the job; the service then renders the redacted copy back into the DEMS, where the
press office and the sharing portal take it. The officers' corrections are
exported monthly to fine-tune the detector.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Body-worn video redaction for disclosure",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Detects and redacts faces, plates and screens in body-worn video "
    "before it is disclosed to the defence or released to the press.",
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Body-worn video footage",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Original evidential recordings: suspects, victims, witnesses, bystanders.",
)
frames = tg.Data(
    "Decoded video frames",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
detections = tg.Data(
    "Face, plate and screen detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bounding boxes with class and confidence for each frame.",
)
proposed_masks = tg.Data(
    "Proposed redaction masks",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
job_request = tg.Data(
    "Redaction job request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Evidence item reference, purpose (defence or press) and extra redactions asked for.",
)
reviewer_edits = tg.Data(
    "Reviewer mask edits and job approval",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
redacted_copy = tg.Data(
    "Redacted disclosure copy",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
press_clip = tg.Data("Redacted press release clip", kind="media", sensitivity=tg.Sensitivity.PII)
audit_trail = tg.Data(
    "Redaction audit trail",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Who redacted what, when, with which model version, for continuity of evidence.",
)
corrections = tg.Data(
    "Reviewer correction labels",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Frames with the masks officers added or removed, as boxes.",
)
base_checkpoint = tg.Data(
    "Open-weights detector checkpoint", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
detector_weights = tg.Data(
    "Fine-tuned redaction detector", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data("Detector release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Receives the redacted footage from the sharing portal.
    defence = tm.add(tg.Actor("Defence solicitor", role="defence"))
    # Receives clips the press office releases.
    journalist = tm.add(tg.Actor("Journalist", role="press"))
    # Public model hub the base detector was downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("DEMS vendor cloud", trust=tg.Trust.PARTNER):
    # The force's evidence store of record, run by the camera vendor.
    dems = tm.add(
        tg.DataStore(
            "Digital evidence management system",
            stores={footage, redacted_copy, audit_trail},
            controls={
                tg.controls.EncryptionAtRest(key_management="vendor-managed keys"),
                tg.controls.AuditLogging(note="chain-of-custody log of every view and export"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Criminal justice partner", trust=tg.Trust.PARTNER):
    # Prosecution's case file system that shares served material with the defence.
    sharing_portal = tm.add(tg.ExternalService("CJS evidence sharing portal"))

with tm.boundary("Force network", trust=tg.Trust.INTERNAL):
    # Fleet of cameras; footage leaves them only through the docking stations.
    camera = tm.add(
        tg.Device(
            "Body-worn camera",
            fleet=True,
            controls={tg.controls.EncryptionAtRest(note="vendor on-device encryption")},
        )
    )
    # Prepares disclosure: opens jobs, reviews masks, approves the redaction.
    officer = tm.add(tg.Actor("Disclosure officer", role="disclosure officer"))
    # Takes approved redacted clips and releases them to the media.
    press_office = tm.add(tg.Actor("Press officer", role="press office"))
    # Data team member who fine-tunes and releases the detector.
    ml_engineer = tm.add(tg.Actor("Force data scientist", role="ml engineer", privileged=True))

with tm.boundary("Force private cloud", trust=tg.Trust.INTERNAL):
    # Web app where officers review and edit the proposed masks frame by frame.
    review_app = tm.add(
        tg.Endpoint(
            "Redaction review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="force single sign-on with MFA"),
                tg.controls.RBAC(note="disclosure and press office roles only"),
            },
        )
    )
    # Pulls footage, decodes, runs detection and tracking, renders the redacted copy.
    redaction = tm.add(
        tg.Service(
            "Redaction service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="disclosure officer",
                    note="nothing is rendered for release until the officer approves the job",
                ),
                tg.controls.AuditLogging(),
            },
        )
    )
    # Detector served on the GPU nodes next to the redaction service.
    detector = tm.add(
        tg.Model(
            "Face, plate and screen detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="YOLO-family detector fine-tuned on force footage; "
            "a missed face or plate is disclosed unredacted unless the officer catches it.",
        )
    )
    # Scratch storage for decoded frames and mask tracks while a job is open.
    job_store = tm.add(
        tg.DataStore(
            "Redaction job store",
            stores={frames, proposed_masks, reviewer_edits},
            controls={tg.controls.EncryptionAtRest(key_management="force cloud KMS")},
        )
    )

    with tm.boundary("Force ML environment", trust=tg.Trust.RESTRICTED):
        # Real footage frames with officers' corrections, for fine-tuning.
        training_set = tm.add(
            tg.Dataset(
                "Redaction training set", stores={frames, corrections}, purpose="fine-tuning"
            )
        )
        # Fine-tunes the base detector on the training set.
        fine_tuning = tm.add(
            tg.Pipeline(
                "Detector fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )
        # Versions of the detector; the redaction service loads the released one.
        registry = tm.add(
            tg.ModelRegistry(
                "Detector model registry",
                stores={detector_weights},
                controls={tg.controls.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# Capture
tm.flow(camera, dems, footage, protocol="https", label="uploaded from the docking station")

# Redaction job
tm.flow(officer, review_app, job_request, protocol="https")
tm.flow(review_app, redaction, job_request, protocol="https")
tm.flow(dems, redaction, footage, protocol="https")
tm.flow(redaction, job_store, frames, proposed_masks)
tm.flow(job_store, redaction, frames, proposed_masks, reviewer_edits)
tm.flow(redaction, detector, frames)
tm.flow(detector, redaction, detections)
tm.flow(redaction, review_app, frames, proposed_masks, protocol="https")
tm.flow(review_app, officer, frames, proposed_masks, protocol="https")
tm.flow(officer, review_app, reviewer_edits, protocol="https")
tm.flow(review_app, job_store, reviewer_edits)
tm.flow(redaction, dems, redacted_copy, audit_trail, protocol="https", label="render approved job")

# Disclosure and release
tm.flow(dems, sharing_portal, redacted_copy, protocol="https", label="served to the prosecution")
tm.flow(sharing_portal, defence, redacted_copy, protocol="https")
tm.flow(dems, press_office, redacted_copy, protocol="https")
tm.flow(press_office, journalist, press_clip, protocol="https", label="media download link")

# Fine-tuning the detector
tm.flow(job_store, training_set, frames, corrections, label="monthly export of closed jobs")
tm.flow(hub, fine_tuning, base_checkpoint, protocol="https")
tm.flow(training_set, fine_tuning, frames, corrections)
tm.flow(fine_tuning, registry, detector_weights)
tm.flow(ml_engineer, registry, release_approval, protocol="https")
tm.flow(registry, detector, detector_weights, label="deploy released version")
