"""Police CCTV redaction before disclosure: the first design, before any security review.

A police force has to disclose CCTV footage to defence lawyers, insurers and, for
appeals, the public. Today officers blur it by hand. In this design a disclosure
officer opens a redaction job for an exhibit in a review console on the force
network; a redaction service exports the footage from the force's digital evidence
management system (DEMS), runs an open-weights detector (fine-tuned in-house) over
the frames to find faces, number plates and screens, and renders a blurred draft.
The officer checks the draft against the original, adds or removes boxes and
approves the release. The approved file is uploaded to a vendor-hosted secure link
portal, which e-mails the recipient a link protected by a one-time code.
Controls in this design: force SSO with MFA on the console, role-based access and
audit logging on the evidence system, encrypted storage, TLS to the portal, expiring
portal links, and the officer's approval of every release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Police CCTV redaction before disclosure",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Automatic blurring of faces, plates and screens in CCTV exhibits, "
    "checked by a disclosure officer and shared through a secure link portal.",
)

# ---------------------------------------------------------------- data assets
original_footage = tg.Data(
    "Original CCTV footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Exhibit video as seized: bystanders, witnesses, vehicles, screens.",
)
redaction_request = tg.Data(
    "Redaction request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Case reference, exhibit number, recipient type and what to redact.",
)
frames = tg.Data("Video frames", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Detected regions",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bounding boxes per frame for faces, number plates and screens, with scores.",
)
box_corrections = tg.Data(
    "Officer box corrections", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft = tg.Data(
    "Redacted draft footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Blurred render awaiting the officer's check; may still show people the model missed.",
)
approved_footage = tg.Data(
    "Approved redacted footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
release_approval = tg.Data(
    "Release approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
share_link = tg.Data(
    "Share link and one-time code", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
disclosure_record = tg.Data(
    "Disclosure audit record",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Who redacted and released which exhibit, to whom, and when.",
)
detector_weights = tg.Data(
    "Redaction detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Force network", trust=tg.Trust.INTERNAL):
    # The person accountable for what is disclosed; checks every redacted file.
    officer = tm.add(tg.Actor("Disclosure officer", role="disclosure officer"))

    # Where the officer starts jobs, compares draft and original, and approves release.
    console = tm.add(
        tg.Service(
            "Redaction review console",
            description="Web app on the force network for reviewing and approving redactions.",
            controls={
                c.Authentication(method="force SSO with MFA"),
                c.RBAC(note="disclosure officers only"),
                c.HumanInTheLoop(approver="the disclosure officer"),
            },
        )
    )

    # Audit trail of every disclosure, required for court and for complaints.
    audit_log = tm.add(
        tg.DataStore(
            "Disclosure audit log",
            stores={disclosure_record},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

    with tm.boundary("Evidence enclave", trust=tg.Trust.RESTRICTED):
        # The force's existing digital evidence management system: source of every exhibit.
        dems = tm.add(
            tg.DataStore(
                "Digital evidence management system",
                stores={original_footage},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="force HSM"),
                },
            )
        )

    with tm.boundary("Redaction platform", trust=tg.Trust.INTERNAL):
        # Orchestrates a job: export, split into frames, detect, render the blur.
        redactor = tm.add(
            tg.Service(
                "Redaction service",
                description="Decodes the exhibit, calls the detector per frame, renders blurred video.",
            )
        )

        # Finds faces, plates and screens; a miss exposes a bystander or witness.
        detector = tm.add(
            tg.Model(
                "Face, plate and screen detector",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                high_stakes=True,
                description="Open-weights object detector fine-tuned on force footage, served on a GPU node.",
            )
        )

        # Holds the detector versions the redaction service may load.
        registry = tm.add(
            tg.ModelRegistry(
                "Detector model store",
                stores={detector_weights},
                controls={c.ModelVersioning()},
            )
        )

        # Drafts and detections while a job is under review.
        workspace = tm.add(
            tg.DataStore(
                "Redaction workspace",
                stores={draft, detections},
                controls={
                    c.EncryptionAtRest(key_management="platform KMS"),
                    c.RetentionLimits(days=90),
                },
            )
        )

with tm.boundary("Portal vendor", trust=tg.Trust.PARTNER):
    # Vendor-hosted secure file sharing used for all disclosure outside the force.
    portal = tm.add(
        tg.ExternalService(
            "Secure link disclosure portal",
            description="SaaS portal: stores the released file and sends an expiring link.",
            controls={
                c.Authentication(method="secure link with a one-time SMS code"),
                c.RetentionLimits(days=30, note="links and files expire after 30 days"),
            },
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Defence solicitors, insurers or members of the public receiving footage.
    recipient = tm.add(tg.Actor("Footage recipient", role="defence lawyer, insurer or public"))

# ---------------------------------------------------------------- flows
tm.flow(officer, console, redaction_request, protocol="https")
tm.flow(console, redactor, redaction_request, protocol="https", label="start job")
tm.flow(dems, redactor, original_footage, protocol="https", label="exhibit export")
tm.flow(registry, redactor, detector_weights, label="load detector")
tm.flow(redactor, detector, frames, protocol="grpc")
tm.flow(detector, redactor, detections, protocol="grpc")
tm.flow(redactor, workspace, draft, detections)
tm.flow(workspace, console, draft, detections, protocol="https")
tm.flow(dems, console, original_footage, protocol="https", label="side-by-side comparison")
tm.flow(console, officer, draft, protocol="https")
tm.flow(officer, console, box_corrections, release_approval, protocol="https")
tm.flow(console, redactor, box_corrections, protocol="https", label="re-render")
tm.flow(redactor, console, approved_footage, protocol="https", label="final render")
tm.flow(
    console,
    portal,
    approved_footage,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
    label="upload for release",
)
tm.flow(console, audit_log, disclosure_record)
tm.flow(portal, recipient, share_link, protocol="smtp", label="link e-mail")
tm.flow(recipient, portal, share_link, protocol="https", label="open link with code")
tm.flow(
    portal,
    recipient,
    approved_footage,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
    label="download",
)
