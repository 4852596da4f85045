"""Pallet damage detection at inbound docks: the first design, before any security review.

IP cameras over each inbound dock door stream video to an edge inference server on
the dock network, which runs our in-house detector over pallets as they are unloaded.
It reads open receipts from the warehouse management system (WMS) to tie detections
to an ASN, supplier and pallet label, and uploads evidence (stills, a short clip,
timestamps) to an evidence store in our cloud tenant. Dock supervisors review flags
on tablets; only confirmed damage reaches the claims service, which e-mails the
supplier a claim with the evidence and records it in the WMS. Reviewed detections
become labelled training images for retraining, and the model registry pushes ONNX
versions to the edge. Controls: SSO with MFA and roles on the review app, a
supervisor's confirmation before every claim, encryption and a retention period on
evidence, versioned models. Dock staff and drivers appear in footage (EU site).
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Pallet damage detection",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Dock cameras and an edge detector flag damaged inbound pallets and record "
        "evidence for supplier damage claims."
    ),
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Dock camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of the dock door; forklift drivers and dock staff are in view.",
)
detections = tg.Data(
    "Damage detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Damage type, bounding boxes and confidence per pallet.",
)
receipts = tg.Data(
    "Inbound receipts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="ASN, purchase order, supplier, carrier and pallet SSCC for each dock.",
)
evidence = tg.Data(
    "Damage evidence package",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Stills and a short clip of the pallet, with dock, time and receipt details.",
)
review = tg.Data(
    "Supervisor review decision",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Confirmed or rejected, with the damage type and a note.",
)
claim = tg.Data(
    "Supplier damage claim",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
supplier_reply = tg.Data("Supplier claim response", kind="documents", sensitivity="confidential")
training_images = tg.Data(
    "Labelled pallet images",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_code = tg.Data("Training code and configuration", kind="code")
weights = tg.Data("Detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Suppliers receive claims by e-mail and reply to accept or dispute them.
    supplier = tm.add(tg.Actor("Supplier claims contact", role="supplier"))

with tm.boundary("Hub network", trust=tg.Trust.INTERNAL):
    # System of record for inbound shipments; the detector needs the receipt context.
    wms = tm.add(tg.DataStore("Warehouse management system", stores={receipts, claim}))
    # Supervisors confirm or reject every flagged pallet from a dock tablet.
    supervisor = tm.add(tg.Actor("Dock supervisor", role="dock supervisor"))
    # Builds and retrains the detector.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

    with tm.boundary("Dock OT network", trust=tg.Trust.INTERNAL):
        # Fixed IP cameras above each inbound dock door.
        cameras = tm.add(tg.Device("Dock door cameras", fleet=True))
        # Decodes the streams, crops pallets, runs the detector and builds evidence.
        edge = tm.add(tg.Service("Edge inference server"))
        # In-house object detector for broken boards, crushed or leaning loads, torn wrap.
        detector = tm.add(
            tg.Model(
                "Pallet damage detector",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
            )
        )

with tm.boundary("Cloud tenant", trust=tg.Trust.INTERNAL):
    # Keeps evidence packages for the life of a claim.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence store",
            stores={evidence, review},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=730, note="claim limitation period, then deleted"),
            },
        )
    )
    # Where supervisors see flagged pallets and record their decision.
    review_app = tm.add(
        tg.Endpoint(
            "Damage review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="supervisors review their own hub's docks"),
            },
        )
    )
    # Turns confirmed damage into a claim against the supplier.
    claims = tm.add(
        tg.Service(
            "Claims service",
            controls={
                c.HumanInTheLoop(
                    approver="a dock supervisor confirms each detected damage before a claim"
                )
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Reviewed detections with their labels, exported weekly.
        dataset = tm.add(tg.Dataset("Pallet image training set", stores={training_images}))
        # Retrains the detector on the growing labelled set.
        training = tm.add(tg.Pipeline("Detector training", stage=tg.Stage.TRAINING))
        # Versioned detector builds, pulled by the edge servers.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# detection at the dock
tm.flow(cameras, edge, video, protocol="rtsp")
tm.flow(wms, edge, receipts, protocol="https", label="open receipts per dock")
tm.flow(edge, detector, video, label="pallet frames")
tm.flow(detector, edge, detections)
tm.flow(edge, evidence_store, evidence, detections, protocol="https")

# supervisor review
tm.flow(evidence_store, review_app, evidence, detections)
tm.flow(review_app, supervisor, evidence, detections, protocol="https")
tm.flow(supervisor, review_app, review, protocol="https")
tm.flow(review_app, evidence_store, review)
tm.flow(review_app, claims, review, label="confirmed damage")

# supplier claim
tm.flow(evidence_store, claims, evidence)
tm.flow(wms, claims, receipts, protocol="https", label="supplier and order details")
tm.flow(claims, wms, claim, protocol="https", label="claim reference on the receipt")
tm.flow(claims, supplier, claim, evidence, protocol="smtp")
tm.flow(supplier, claims, supplier_reply, protocol="smtp")

# retraining
tm.flow(evidence_store, dataset, training_images, label="weekly export of reviewed detections")
tm.flow(dataset, training, training_images)
tm.flow(ml_engineer, training, training_code, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, protocol="https", label="deploy to edge")
