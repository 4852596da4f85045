"""Hospital lab specimen tube sorting robot: the first design, before any security review.

The core laboratory of a US hospital receives several thousand blood and urine
tubes a day. A sorter cell on the lab automation network photographs each tube:
a vision model, supplied and updated by the automation vendor, classifies the
cap colour and decodes the barcode label. The cell controller looks the
accession number up in the lab middleware, which fetches the test orders from
the hospital's lab information system (HL7 over MLLP), and commands a robot arm
to place the tube in the right analyser rack. Tubes with no matching order, a
cap colour that does not fit the order, or a low-confidence read go to a reject
lane, where a lab technician checks them at the reject station. Images of
rejected tubes are kept and sent to the vendor monthly to improve the model;
the vendor's field engineers reach the controller through a remote support
portal. Controls: pinned model versions, a sort history kept for traceability,
technician review of rejects and domain sign-in at the reject station.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital lab specimen tube sorting robot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Camera-guided robot sorting of specimen tubes into analyser racks from LIS orders.",
)

# ---------------------------------------------------------------- data assets
tube_images = tg.Data(
    "Tube images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photos of each tube; the label shows patient name, MRN and accession number.",
)
tube_id = tg.Data(
    "Tube identification",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Cap colour class, decoded accession number and confidence.",
)
order_query = tg.Data("Accession lookup", kind="records", sensitivity=tg.Sensitivity.REGULATED)
test_orders = tg.Data(
    "Test orders",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Patient identifiers, ordered tests, required tube type and priority.",
)
receipt_status = tg.Data(
    "Specimen receipt status", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
sort_commands = tg.Data(
    "Sort commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Pick position and target rack slot for each tube.",
)
arm_status = tg.Data("Arm status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sort_history = tg.Data(
    "Sort history",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Where every tube went, when, and on which model version.",
)
reject_cases = tg.Data(
    "Rejected tube cases",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Reject reason, the read values and the candidate order.",
)
disposition = tg.Data(
    "Technician disposition",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Re-queue, manual rack placement, or recollection request.",
)
model_package = tg.Data(
    "Tube vision model package", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
sorter_config = tg.Data(
    "Sorter configuration",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Cap colour to tube type mapping, rack layouts, confidence threshold.",
)
diagnostics = tg.Data("Sorter diagnostics", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # The system of record for lab orders and results; owned by hospital IT.
    lis = tm.add(
        tg.DataStore(
            "Lab information system",
            stores={test_orders, receipt_status},
            description="The hospital LIS; speaks HL7 v2 over MLLP to the lab middleware.",
        )
    )
    # Sits between the automation line and the LIS, translating HL7 messages.
    middleware = tm.add(
        tg.Service(
            "Lab middleware",
            description="Answers order queries for accession numbers and posts receipt status.",
        )
    )

with tm.boundary("Lab automation network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Sorter cell", trust=tg.Trust.INTERNAL):
        # Fixed camera over the input track; sees every tube and its label.
        camera = tm.add(
            tg.Device(
                "Tube camera",
                fleet=False,
                description="Industrial camera with ring light over the tube carrier.",
            )
        )
        # Identifies cap colour and reads the barcode from the image.
        vision_model = tm.add(
            tg.Model(
                "Tube vision model",
                task=tg.Task.DETECTOR,
                returns_scores=True,
                high_stakes=True,
                description="Vendor-trained CNN running on the cell controller's GPU.",
                controls={
                    c.ModelVersioning(
                        note="the cell runs a pinned version; the vendor installs updates"
                    )
                },
            )
        )
        # Decides where each tube goes and drives the arm.
        controller = tm.add(
            tg.Service(
                "Cell controller",
                description="Matches reads to orders, picks the rack, sends reject-lane tubes aside.",
                controls={
                    c.HumanInTheLoop(
                        approver="lab technician at the reject station",
                        note="only tubes with no order, a cap mismatch or confidence below 0.95",
                    ),
                    c.AuditLogging(
                        retention_days=730, note="sort history for specimen traceability"
                    ),
                },
            )
        )
        # Physically places tubes in analyser racks or the reject lane.
        arm = tm.add(
            tg.Device(
                "Robot arm",
                fleet=False,
                description="Six-axis arm with gripper; obeys the controller over its fieldbus port.",
            )
        )

    # Traceability record of every sort decision.
    sort_log = tm.add(tg.DataStore("Sort history database", stores={sort_history}))
    # Images of rejected tubes, kept for technician review and for vendor retraining.
    reject_archive = tm.add(
        tg.Dataset(
            "Rejected tube image archive",
            stores={tube_images, reject_cases},
            # was "review and retraining": free text until purpose became a vocabulary
            purpose="training",
        )
    )
    # The workstation screen beside the reject lane.
    reject_station = tm.add(
        tg.Service(
            "Reject station",
            description="Shows the tube image, the read values and the order; records the technician's decision.",
            controls={c.Authentication(method="hospital Active Directory username and password")},
        )
    )
    # Handles the tubes the robot rejects.
    technician = tm.add(tg.Actor("Lab technician", role="lab technician"))

with tm.boundary("Automation vendor", trust=tg.Trust.PARTNER):
    # Vendor portal that ships model updates and collects retraining images.
    vendor_service = tm.add(
        tg.ExternalService(
            "Vendor update service",
            description="Delivers new model packages and receives monthly reject image uploads.",
        )
    )
    # Remote support for the sorter cell.
    field_engineer = tm.add(
        tg.Actor("Vendor field engineer", role="vendor support", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(camera, controller, tube_images)
tm.flow(controller, vision_model, tube_images)
tm.flow(vision_model, controller, tube_id)

tm.flow(controller, middleware, order_query, protocol="mllp", label="order query")
tm.flow(middleware, lis, order_query, protocol="mllp")
tm.flow(lis, middleware, test_orders, protocol="mllp")
tm.flow(middleware, controller, test_orders, protocol="mllp")
tm.flow(controller, middleware, receipt_status, protocol="mllp", label="tube received")
tm.flow(middleware, lis, receipt_status, protocol="mllp")

tm.flow(controller, arm, sort_commands, protocol="modbus")
tm.flow(arm, controller, arm_status, protocol="modbus")
tm.flow(controller, sort_log, sort_history)

tm.flow(controller, reject_archive, tube_images, reject_cases, label="rejected tubes")
tm.flow(reject_archive, reject_station, tube_images, reject_cases)
tm.flow(reject_station, technician, tube_images, reject_cases, label="review screen")
tm.flow(technician, reject_station, disposition)
tm.flow(reject_station, controller, disposition, label="re-queue or manual placement")
tm.flow(reject_station, middleware, disposition, protocol="mllp", label="recollection request")

tm.flow(vendor_service, vision_model, model_package, protocol="https", label="model update")
tm.flow(
    reject_archive, vendor_service, tube_images, protocol="sftp", label="monthly retraining upload"
)
tm.flow(field_engineer, controller, sorter_config, protocol="https", label="remote support portal")
tm.flow(controller, field_engineer, diagnostics, protocol="https")
