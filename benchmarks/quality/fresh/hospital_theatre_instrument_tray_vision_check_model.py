"""Instrument tray vision check: the first design, before any security review.

In the hospital's sterile services department (SSD), each packing bench gets an
overhead camera station. A technician scans the tray barcode and opens the tray
under the camera; the bench app sends the image to a tray check service in the
hospital data centre, which runs an instrument recognition model (supplied and
retrained by a vision vendor) and compares what it finds with the tray list held
in the instrument tracking system. The technician confirms or corrects every
result before the tray goes on to the washer and steriliser; a tray with missing
instruments produces a report that is e-mailed to the theatre manager. Images and
check results are kept for audit, and corrected images are sent to the vendor
each month for retraining. Technicians sign in to the bench app with their own
badge and PIN, tray lists can only be changed by SSD supervisors, and the
tracking system logs every change.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Instrument tray vision check",
    profile=tg.RiskProfile.HIGH,
    description="Camera check of surgical instrument trays against tray lists before sterilisation.",
)

# ---------------------------------------------------------------- data assets
tray_scan = tg.Data(
    "Tray image and barcode",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Overhead photo of the open tray and the tray barcode the technician scanned.",
)
tray_list = tg.Data(
    "Tray list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="The instruments each tray type must contain, with counts.",
)
detections = tg.Data(
    "Instrument detections", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
check_result = tg.Data(
    "Tray check result",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Expected versus found instruments, with the technician's confirmation or corrections.",
)
confirmation = tg.Data(
    "Technician confirmation",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirm, or the corrected list of instruments present, with the technician's staff ID.",
)
missing_report = tg.Data(
    "Missing-instrument report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tray, set, missing items and when it was packed.",
)
tray_status = tg.Data("Tray packing status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
corrections = tg.Data(
    "Corrected tray images",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Images where the technician corrected the model, with the corrected labels.",
)
model_file = tg.Data(
    "Instrument model artifact",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The vendor's detection model, delivered as an ONNX file.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Sterile services department", trust=tg.Trust.INTERNAL):
    # The people who pack trays and confirm each check.
    technician = tm.add(tg.Actor("SSD technician", role="packing technician"))
    # Keeps the tray lists up to date when sets change.
    supervisor = tm.add(tg.Actor("SSD supervisor", role="department supervisor"))
    # One camera per packing bench, plugged into the bench PC.
    camera = tm.add(
        tg.Device(
            "Tray camera station",
            fleet=True,
            description="Overhead camera and barcode reader at each packing bench.",
        )
    )
    # The screen the technician works at: shows the result, takes the confirmation.
    bench_app = tm.add(
        tg.Endpoint(
            "Packing bench app",
            purpose=tg.EndpointPurpose.API,
            description="Touchscreen app on the bench PC.",
            controls={c.Authentication(method="staff badge tap and personal PIN")},
        )
    )

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # Runs the check: calls the model and compares its findings with the tray list.
    check_service = tm.add(
        tg.Service(
            "Tray check service",
            description="On-premises server; no tray is released without the technician's answer.",
            controls={c.HumanInTheLoop(approver="the packing technician, for every tray")},
        )
    )
    # Finds and counts the instruments in the tray image.
    model = tm.add(
        tg.Model(
            "Instrument recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Vendor-trained detector whose weights we run locally on the check server's GPU.",
            controls={c.ModelVersioning()},
        )
    )
    # The existing system of record for trays, sets and their lists.
    tracking = tm.add(
        tg.DataStore(
            "Instrument tracking system",
            stores={tray_list, tray_status},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Keeps every image and result for audit and for the vendor's retraining.
    image_store = tm.add(
        tg.DataStore("Tray check archive", stores={tray_scan, check_result, corrections})
    )

with tm.boundary("Hospital corporate network", trust=tg.Trust.INTERNAL):
    # Deals with missing instruments before the list's theatre session.
    theatre_manager = tm.add(tg.Actor("Theatre manager", role="theatre manager"))
    # The hospital's own mail system carries the missing-instrument reports.
    mail = tm.add(tg.Service("Hospital mail server"))

with tm.boundary("Vision vendor", trust=tg.Trust.PARTNER):
    # The vendor retrains the detector on our corrections and ships new versions.
    vendor_training = tm.add(
        tg.Pipeline(
            "Vendor retraining pipeline",
            stage=tg.Stage.TRAINING,
            description="Monthly retraining on the corrected images from all customer sites.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(technician, camera, label="opens tray under the camera, scans barcode")
tm.flow(camera, bench_app, tray_scan, protocol="usb")
tm.flow(bench_app, check_service, tray_scan, protocol="https")
tm.flow(tracking, check_service, tray_list, label="tray list lookup")
tm.flow(check_service, model, tray_scan)
tm.flow(model, check_service, detections)
tm.flow(check_service, bench_app, check_result, protocol="https")
tm.flow(bench_app, technician, check_result, label="shown on the bench screen")
tm.flow(technician, bench_app, confirmation, label="confirms or corrects on the touchscreen")
tm.flow(bench_app, check_service, confirmation, protocol="https")
tm.flow(check_service, tracking, tray_status, label="tray released or held")
tm.flow(check_service, image_store, tray_scan, check_result, corrections)

tm.flow(check_service, mail, missing_report, protocol="smtp")
tm.flow(mail, theatre_manager, missing_report, label="e-mail")

tm.flow(supervisor, tracking, tray_list, label="maintains tray lists")

tm.flow(image_store, vendor_training, corrections, protocol="sftp", label="monthly upload")
tm.flow(vendor_training, check_service, model_file, protocol="https", label="model update")
tm.flow(check_service, model, model_file, label="loads new version")
