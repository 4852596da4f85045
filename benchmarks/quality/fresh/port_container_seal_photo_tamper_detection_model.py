"""Port container seal photo tamper detection: the first design.

An EU container port. As each truck enters the terminal gate, cameras in the gate
lanes photograph the container's doors and its seal. A gate edge server reads the
container and seal numbers and uploads the photos to the port's cloud account, where
a seal inspection service compares the seal number with the booking's pre-advice from
the port community system (PCS) and runs an in-house vision model that scores how
likely the seal is tampered with. Flags go to a queue that customs officers work in
a review console; their verdicts update the seal status shown to shipping lines and
hauliers in the PCS and tell the terminal operating system whether to hold the box.
Reviewed flags are added to the training set, and the model is retrained monthly and
promoted from a registry by an ML engineer.
Controls in this design: customs SSO with smart cards and role-based access, audit
logging of verdicts, TLS from the gate to the cloud, an API key to the PCS, and versioned models.
"""

import threatgraph as tg

c = tg.controls

tm = tg.ThreatModel(
    "Port container seal photo tamper detection model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Gate cameras photograph container seals; a model flags tampered or "
    "mismatched seals for customs review; status is published in the PCS.",
)

# ---------------------------------------------------------------- data assets
seal_photos = tg.Data(
    "Seal photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Door and seal close-ups; the cab, plate and driver are sometimes in frame.",
)
gate_event = tg.Data(
    "Gate transaction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Container number, seal number read, lane, time, truck plate.",
)
pre_advice = tg.Data(
    "Booking pre-advice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booking, expected seal number, shipping line, haulier and driver name.",
)
tamper_score = tg.Data(
    "Seal tamper score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
seal_flag = tg.Data(
    "Seal flag",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Tamper score, seal mismatch, photos and the booking it concerns.",
)
verdict = tg.Data(
    "Customs seal verdict",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
seal_status = tg.Data("Container seal status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
hold_instruction = tg.Data(
    "Gate hold instruction", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
labels = tg.Data(
    "Reviewed seal labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Seal model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Sees seal status for its boxes and receives exception notices.
    shipping_line = tm.add(tg.Actor("Shipping line", role="carrier user"))
    # Books truck slots, submits pre-advice and sees whether a box is held.
    haulier = tm.add(tg.Actor("Haulier", role="haulier user"))

with tm.boundary("Port community system", trust=tg.Trust.PARTNER):
    # Run by the port's PCS operator: bookings in, seal status out to the trade.
    pcs = tm.add(
        tg.ExternalService(
            "Port community system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Shared platform of the port's trade parties, run by a PCS operator.",
        )
    )

with tm.boundary("Customs network", trust=tg.Trust.PARTNER):
    # Reviews flagged seals and decides whether to inspect the container.
    customs_officer = tm.add(tg.Actor("Customs officer", role="customs officer"))

with tm.boundary("Gate lanes", trust=tg.Trust.INTERNAL):
    # Fixed cameras in each gate lane aimed at the container doors.
    gate_camera = tm.add(tg.Device("Gate seal camera"))
    # Collects lane images, reads container and seal numbers, uploads them.
    gate_edge = tm.add(
        tg.Service("Gate edge server", description="OCR of container and seal numbers.")
    )

with tm.boundary("Terminal network", trust=tg.Trust.INTERNAL):
    # Terminal operating system: lets the truck in or sends the box to inspection.
    tos = tm.add(tg.Service("Terminal operating system"))
    # Trains and promotes the seal model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Port cloud account", trust=tg.Trust.INTERNAL):
    # Matches seal numbers to bookings, calls the model, raises flags.
    inspection = tm.add(
        tg.Service(
            "Seal inspection service",
            controls={c.Authentication(method="PCS API key"), c.SecretsManagement()},
        )
    )
    # In-house vision detector that scores seal tampering from the photo.
    model = tm.add(
        tg.Model(
            "Seal tamper detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="CNN fine-tuned on the port's own seal photos.",
        )
    )
    # Keeps every seal photo for disputes and for training.
    photo_store = tm.add(tg.DataStore("Seal photo store", stores={seal_photos, gate_event}))
    # Queue of flags and customs verdicts.
    case_store = tm.add(tg.DataStore("Seal flag case store", stores={seal_flag, verdict}))
    # Web console where customs officers work the flag queue.
    console = tm.add(
        tg.Endpoint(
            "Customs review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customs SSO with smart card"),
                c.RBAC(),
                c.AuditLogging(retention_days=1825),
                c.HumanInTheLoop(approver="customs officer on duty"),
            },
        )
    )
    # Reviewed photos and verdicts kept as training data.
    training_set = tm.add(tg.Dataset("Seal training set", stores={seal_photos, labels}))
    # Monthly retraining job.
    training = tm.add(tg.Pipeline("Seal model retraining", stage=tg.Stage.TRAINING))
    # Holds trained versions; serving pulls the promoted one.
    registry = tm.add(
        tg.ModelRegistry("Seal model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# pre-advice from the trade
tm.flow(haulier, pcs, pre_advice, protocol="https")
tm.flow(pcs, inspection, pre_advice, protocol="https", controls={tls})

# at the gate
tm.flow(gate_camera, gate_edge, seal_photos, protocol="rtsp")
tm.flow(gate_edge, inspection, seal_photos, gate_event, protocol="https", controls={tls})
tm.flow(inspection, photo_store, seal_photos, gate_event)
tm.flow(inspection, model, seal_photos)
tm.flow(model, inspection, tamper_score)
tm.flow(inspection, case_store, seal_flag, label="score above threshold or seal mismatch")

# customs review
tm.flow(case_store, console, seal_flag)
tm.flow(photo_store, console, seal_photos)
tm.flow(console, customs_officer, seal_flag, seal_photos, protocol="https")
tm.flow(customs_officer, console, verdict, protocol="https")
tm.flow(console, case_store, verdict)

# outcomes
tm.flow(inspection, tos, hold_instruction, protocol="https", label="hold pending customs")
tm.flow(case_store, inspection, verdict, label="verdict recorded")
tm.flow(inspection, pcs, seal_status, protocol="https", controls={tls})
tm.flow(pcs, shipping_line, seal_status, protocol="https")
tm.flow(pcs, haulier, seal_status, protocol="https")

# retraining
tm.flow(case_store, training_set, verdict, label="reviewed flags become labels")
tm.flow(photo_store, training_set, seal_photos)
tm.flow(training_set, training, seal_photos, labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, approval, label="promotes a version")
tm.flow(registry, model, weights, label="deploy")
