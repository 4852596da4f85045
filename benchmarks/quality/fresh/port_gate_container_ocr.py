"""Automated truck gate at a European container terminal: the first design.

Trucks stop in a gate lane where fixed cameras photograph the container doors,
seals and the truck's number plate. An OCR model on an edge server in the gate
OT network reads container numbers, seal numbers and plates and sends the reads
with the images to the gate automation service. That service looks the reads up
against the slot bookings and release data in the terminal operating system
(TOS), and when everything matches it records the gate-in and lifts the barrier
through the lane's PLC. Any mismatch or low-confidence read goes to a gate clerk
in the gate office, who checks the images and decides. Hauliers and shipping
lines book truck slots through a web portal, and shipping lines send booking and
release messages to the TOS by EDI over SFTP. Clerk corrections are kept as
labeled images, and the OCR model is retrained on them and published through a
model registry. Portal users log in, TOS access is role-based, gate decisions
are logged and lane images are kept for 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Container terminal OCR gate",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera OCR at the truck gate matches containers, seals and plates to "
    "bookings and opens the barrier automatically; mismatches go to a gate clerk.",
)

# ---------------------------------------------------------------- data assets
slot_booking = tg.Data(
    "Truck slot booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Haulier, driver name, truck plate, container number and time slot.",
)
booking_status = tg.Data("Slot availability and booking status", kind="records")
release_messages = tg.Data(
    "Booking and release messages",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="EDI bookings and container releases, with seal numbers and release references.",
)
lane_scene = tg.Data(
    "Truck and container in the lane",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="What the driver presents to the cameras: plate, container doors, seals.",
)
lane_images = tg.Data(
    "Gate lane images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Plate, container and seal photographs; the driver can be visible in the cab.",
)
ocr_reads = tg.Data(
    "OCR reads",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Container number, ISO code, seal numbers and plate, each with a confidence.",
)
booking_lookup = tg.Data("Booking lookup", kind="records", sensitivity=tg.Sensitivity.PII)
booking_record = tg.Data(
    "Matched booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
gate_transaction = tg.Data(
    "Gate-in transaction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
barrier_command = tg.Data(
    "Barrier command",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lane_signal = tg.Data("Barrier and lane light state", sensitivity=tg.Sensitivity.PUBLIC)
exception_case = tg.Data(
    "Gate exception case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The reads, the lane images and the candidate booking for a mismatch.",
)
clerk_decision = tg.Data(
    "Clerk decision and corrected reads",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
labeled_images = tg.Data(
    "Labeled gate images",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Lane images paired with the clerk's corrected container, seal and plate text.",
)
ocr_weights = tg.Data("OCR model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Dispatchers at hauliers and shipping lines who book truck slots.
    booker = tm.add(tg.Actor("Haulier or shipping line booker", role="booking user"))

with tm.boundary("Gate lane", trust=tg.Trust.UNTRUSTED):
    # Drivers pull into the lane from the public road; anyone with a truck can.
    driver = tm.add(tg.Actor("Truck driver", role="driver"))

with tm.boundary("Shipping line", trust=tg.Trust.PARTNER):
    # The carriers' systems are the source of truth for bookings and releases.
    edi = tm.add(
        tg.DataSource(
            "Shipping line EDI feed",
            origin=tg.Origin.PARTNER,
            provides={release_messages},
            description="COPARN/CODECO-style booking and release messages, pushed over SFTP.",
        )
    )

with tm.boundary("Gate OT network", trust=tg.Trust.INTERNAL):
    # Fixed cameras on gantries over each lane (plate, doors, top and sides).
    cameras = tm.add(tg.Device("Gate lane cameras", fleet=True))
    # Reads the container, seal and plate text; its output decides the barrier.
    ocr = tm.add(
        tg.Model(
            "Container and plate OCR model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Text detection and recognition, run on the gate edge server.",
        )
    )
    # The PLC that raises the barrier and sets the lane lights.
    barrier = tm.add(tg.Service("Barrier PLC", description="One controller per lane."))

with tm.boundary("Terminal IT network", trust=tg.Trust.INTERNAL):
    # Matches reads to bookings, opens the barrier or raises an exception.
    gate_service = tm.add(
        tg.Service(
            "Gate automation service",
            description="Auto-admits a truck when container, seal and plate match a booking "
            "and release; otherwise hands the case to a clerk.",
            controls={
                c.AuditLogging(retention_days=365, note="every gate decision, auto or clerk"),
                c.HumanInTheLoop(
                    approver="gate clerk",
                    note="only mismatches and low-confidence reads; matches open the barrier unreviewed",
                ),
            },
        )
    )
    # The terminal operating system: bookings, releases, container inventory.
    tos = tm.add(
        tg.DataStore(
            "Terminal operating system",
            stores={slot_booking, release_messages, booking_record, gate_transaction},
            controls={c.RBAC(note="TOS user roles")},
        )
    )
    # Web portal where hauliers and shipping lines book and manage truck slots.
    portal = tm.add(
        tg.Endpoint(
            "Slot booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password per company account")},
        )
    )
    # Lane images kept for damage claims and disputes.
    archive = tm.add(
        tg.DataStore(
            "Gate image archive",
            stores={lane_images},
            controls={c.RetentionLimits(days=90)},
        )
    )
    # Gate office staff who resolve the exceptions.
    clerk = tm.add(tg.Actor("Gate clerk", role="gate clerk"))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Clerk-corrected images, the OCR model's retraining set.
        labeled_set = tm.add(tg.Dataset("Labeled gate image set", stores={labeled_images}))
        # Periodic retraining of the OCR model on the corrected images.
        training = tm.add(tg.Pipeline("OCR retraining pipeline", stage=tg.Stage.TRAINING))
        # Versions of the OCR model that the edge server pulls.
        registry = tm.add(
            tg.ModelRegistry(
                "OCR model registry",
                stores={ocr_weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# slot booking
tm.flow(booker, portal, slot_booking, protocol="https")
tm.flow(portal, booker, booking_status, protocol="https")
tm.flow(portal, tos, slot_booking, protocol="https")
tm.flow(tos, portal, booking_status, protocol="https")
tm.flow(edi, tos, release_messages, protocol="sftp")

# the truck at the gate
tm.flow(driver, cameras, lane_scene, label="presents truck and container")
tm.flow(cameras, ocr, lane_images, protocol="rtsp")
tm.flow(ocr, gate_service, ocr_reads, lane_images, protocol="https")
tm.flow(gate_service, tos, booking_lookup, protocol="https", label="look up booking")
tm.flow(tos, gate_service, booking_record, protocol="https")
tm.flow(gate_service, tos, gate_transaction, protocol="https", label="record gate-in")
tm.flow(gate_service, barrier, barrier_command, protocol="modbus", label="lift barrier")
tm.flow(barrier, driver, lane_signal, label="barrier up, green light")
tm.flow(gate_service, archive, lane_images)

# exceptions
tm.flow(gate_service, clerk, exception_case, protocol="https")
tm.flow(clerk, gate_service, clerk_decision, protocol="https")

# retraining
tm.flow(gate_service, labeled_set, labeled_images, label="clerk-corrected reads")
tm.flow(labeled_set, training, labeled_images)
tm.flow(training, registry, ocr_weights)
tm.flow(registry, ocr, ocr_weights, protocol="https", label="edge server pulls new version")
