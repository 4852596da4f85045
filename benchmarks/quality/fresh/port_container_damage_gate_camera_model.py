"""Port container damage gate cameras: the first design, before any security review.

At a European container terminal's truck gate, camera portals photograph every
container as its truck enters a lane, and an in-house vision model looks for damage
and for missing or tampered seals. The gate operating system lets clean containers
through and holds trucks with suspected issues at the lane barrier until a checker
inspects the container and records a decision on the checker console; only the
checker releases a hold. Hauliers book slots on an internet portal (username and
password). Confirmed damage goes into a damage report with photos, sent to the
shipping line over the terminal's EDI gateway (SFTP); lines dispute reports the
same way. The terminal operating system (TOS) records slots and gate-ins. Checker
decisions become labels for a quarterly retraining, evaluated before deployment.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Port container damage gate camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Gate cameras and a damage and seal-tamper detector that hold trucks for a "
        "checker; damage reports and disputes with shipping lines over EDI."
    ),
)

# ---------------------------------------------------------------- data assets
slot_booking = tg.Data(
    "Truck slot booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Haulier, driver name, truck plate, container number and time slot.",
)
booking_reference = tg.Data("Gate booking reference", kind="records")
gate_instructions = tg.Data("Lane instructions", kind="records")
container_images = tg.Data(
    "Container gate images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Six-sided container photos; they also show the truck plate and cab.",
)
damage_findings = tg.Data(
    "Damage and seal tamper findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
barrier_command = tg.Data("Barrier hold or release command", kind="records")
inspection_task = tg.Data(
    "Container inspection task", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
inspection_outcome = tg.Data(
    "Checker inspection decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
gate_in_record = tg.Data(
    "Container gate-in record", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
damage_report = tg.Data(
    "Container damage report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="EDI damage message with the photos, for the shipping line's claims.",
)
dispute = tg.Data(
    "Damage report dispute", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
labels = tg.Data(
    "Damage labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Damage model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Haulier companies book gate slots for their trucks.
    haulier = tm.add(tg.Actor("Haulier", role="haulier dispatcher"))

with tm.boundary("Gate approach road", trust=tg.Trust.UNTRUSTED):
    # Truck drivers arriving at the gate lanes.
    driver = tm.add(tg.Actor("Truck driver", role="driver"))

with tm.boundary("Shipping lines", trust=tg.Trust.PARTNER):
    # Container owners: receive damage reports and dispute them.
    shipping_line = tm.add(
        tg.ExternalService(
            "Shipping line EDI system",
            description="The line's claims and equipment-control system.",
        )
    )

with tm.boundary("Port DMZ", trust=tg.Trust.INTERNAL):
    # Where hauliers book and change their slots.
    portal = tm.add(
        tg.Endpoint(
            "Slot booking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="username and password"), c.InputValidation()},
        )
    )

with tm.boundary("Gate lane OT network", trust=tg.Trust.INTERNAL):
    # Camera portals over each inbound lane.
    cameras = tm.add(tg.Device("Gate camera portals", fleet=True))
    # Lane barriers that stop a truck until the gate system releases it.
    barrier = tm.add(tg.Device("Lane barrier", fleet=True))

with tm.boundary("Terminal IT network", trust=tg.Trust.INTERNAL):
    # Collects each truck's photos and hands them to the model.
    image_service = tm.add(tg.Service("Gate image service"))
    # The vision model that flags damage and seal tampering.
    damage_model = tm.add(
        tg.Model(
            "Damage and seal tamper detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            returns_scores=True,
            description="Container damage and seal tamper detection; a hit holds the truck.",
            controls={c.ModelValidation(), c.ModelVersioning()},
        )
    )
    # Runs the lanes: matches bookings, applies holds, drives barriers.
    gate_system = tm.add(
        tg.Service(
            "Gate operating system",
            controls={
                c.HumanInTheLoop(approver="a checker releases every held truck"),
                c.AuditLogging(),
            },
        )
    )
    # Gate checkers inspect held containers.
    checker = tm.add(tg.Actor("Gate checker", role="checker"))
    # Where checkers see the photos and findings and record their decision.
    console = tm.add(
        tg.Endpoint(
            "Checker console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Active Directory password"), c.RBAC()},
        )
    )
    # Photos, findings and checker decisions, kept for claims.
    image_store = tm.add(
        tg.DataStore(
            "Gate image and damage archive",
            stores={container_images, damage_findings, inspection_outcome, labels},
            controls={c.EncryptionAtRest(key_management="storage array keys")},
        )
    )
    # The terminal's system of record for containers, slots and gate moves.
    tos = tm.add(tg.Service("Terminal operating system"))
    # Sends damage reports to lines and takes their disputes.
    edi = tm.add(tg.Service("EDI gateway"))
    # Quarterly retraining from checker-confirmed labels.
    training = tm.add(tg.Pipeline("Quarterly damage model retraining", stage=tg.Stage.TRAINING))

# ---------------------------------------------------------------- flows
# Slot booking.
tm.flow(haulier, portal, slot_booking, protocol="https")
tm.flow(portal, haulier, slot_booking, protocol="https")
tm.flow(portal, tos, slot_booking, protocol="https")

# Arrival at the lane.
tm.flow(driver, gate_system, booking_reference, label="typed at the lane kiosk")
tm.flow(gate_system, driver, gate_instructions, label="shown on the panel at the lane")
tm.flow(tos, gate_system, slot_booking, protocol="https")
tm.flow(cameras, image_service, container_images, protocol="rtsp")
tm.flow(image_service, damage_model, container_images)
tm.flow(damage_model, image_service, damage_findings)
tm.flow(image_service, gate_system, damage_findings)
tm.flow(image_service, image_store, container_images, damage_findings)
tm.flow(gate_system, barrier, barrier_command, protocol="modbus")

# Checker inspection of held trucks.
tm.flow(gate_system, console, inspection_task, damage_findings, protocol="https")
tm.flow(image_store, console, container_images, protocol="https")
tm.flow(console, checker, inspection_task, container_images, damage_findings, protocol="https")
tm.flow(checker, console, inspection_outcome, protocol="https")
tm.flow(console, gate_system, inspection_outcome, protocol="https")
tm.flow(console, image_store, inspection_outcome, labels)
tm.flow(gate_system, tos, gate_in_record, protocol="https")

# Damage reports and disputes with shipping lines.
tm.flow(tos, edi, damage_report)
tm.flow(image_store, edi, container_images)
tm.flow(edi, shipping_line, damage_report, container_images, protocol="sftp")
tm.flow(shipping_line, edi, dispute, protocol="sftp")
tm.flow(edi, tos, dispute)

# Retraining.
tm.flow(image_store, training, container_images, labels)
tm.flow(training, damage_model, weights, label="deploy after evaluation")
