"""Weld seam radiography screening at a shipyard: the first design.

NDT technicians X-ray butt welds on hull blocks with a digital radiography panel;
the acquisition laptop tags each exposure with the seam number from the seam
register and copies the radiographs to the yard's radiograph archive. A screening
service in the yard data centre runs a defect detection model, supplied by our
NDT vendor and installed on our own GPU server, over each new radiograph and
marks likely porosity, cracks and lack of fusion. A certified RT Level 2
inspector reviews every radiograph with the marks in the review application and
accepts or rejects the seam in the quality system; rejected seams become repair
orders for the welding foreman. The classification society's surveyor audits
the inspection records. The vendor publishes model updates on its portal; the
yard qualifies and pins each version before use. Yard sign-in is Active
Directory; the quality system has role-based sign-off and a long audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Shipyard weld seam X-ray defect model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Vendor defect detection model that marks indications on hull weld radiographs "
        "for certified inspectors, who sign off each seam in the quality system."
    ),
)

# ---------------------------------------------------------------- data assets
radiographs = tg.Data(
    "Weld radiographs",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="16-bit DICONDE images, one per exposure, tagged with the seam number.",
)
seam_records = tg.Data(
    "Seam register entries",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Seam number, block, weld procedure, welder stamp and required NDT extent.",
)
defect_marks = tg.Data(
    "Defect indications",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Boxes for porosity, cracks and lack of fusion, with a confidence each.",
)
model_package = tg.Data(
    "Vendor model package",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Detector weights and the vendor's pre- and post-processing container.",
)
sign_off = tg.Data(
    "Seam acceptance decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Accept or reject per seam, with the inspector's certificate number.",
)
inspection_records = tg.Data(
    "Inspection records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
audit_report = tg.Data(
    "Inspection report for class", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
repair_order = tg.Data("Weld repair order", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Hull assembly hall", trust=tg.Trust.INTERNAL):
    # Takes the exposures on the block and enters the seam number.
    technician = tm.add(tg.Actor("NDT technician", role="radiographer"))
    # The imaging plate behind the seam; sends each exposure to the laptop over USB.
    panel = tm.add(tg.Device("Digital radiography panel", fleet=True))
    # Rugged laptop with the panel vendor's acquisition software.
    laptop = tm.add(
        tg.Device(
            "Acquisition laptop",
            fleet=True,
            description="Windows laptop on the yard Wi-Fi; copies radiographs to the archive share.",
        )
    )
    # Receives repair orders for rejected seams.
    foreman = tm.add(tg.Actor("Welding foreman", role="production supervisor"))

with tm.boundary("Yard data centre", trust=tg.Trust.INTERNAL):
    # Where every radiograph is kept for the life of the hull.
    archive = tm.add(
        tg.DataStore(
            "Radiograph archive",
            stores={radiographs},
            controls={c.DataVersioning(note="nightly backup to the second site")},
        )
    )
    # Production planning's list of seams, procedures and welders.
    seam_register = tm.add(tg.DataStore("Seam register", stores={seam_records}))
    # Watches the archive and runs the model over each new radiograph.
    screening = tm.add(
        tg.Service(
            "Screening service",
            description="Picks up new radiographs, runs the detector, stores the indications.",
        )
    )
    # The NDT vendor's detector, run on our own GPU server.
    detector = tm.add(
        tg.Model(
            "Weld defect detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Vendor-trained detector for porosity, cracks and lack of fusion; weights delivered to us.",
            controls={
                c.ModelValidation(
                    note="qualified on reference plates with known flaws before each version goes live"
                ),
                c.ModelVersioning(note="the qualified version is pinned in the NDT procedure"),
            },
        )
    )
    # Shows the radiograph with the model's marks to the inspector.
    viewer = tm.add(
        tg.Service(
            "Radiograph review application",
            controls={c.Authentication(method="Active Directory sign-in")},
        )
    )
    # The yard's quality management system, audited by class.
    qms = tm.add(
        tg.Service(
            "Quality system",
            description="Records seam sign-off, raises repair orders, exports reports for class.",
            controls={
                c.Authentication(method="Active Directory sign-in"),
                c.RBAC(note="only inspectors holding a valid RT certificate can sign off"),
                c.HumanInTheLoop(approver="certified RT Level 2 inspector, for every seam"),
            },
        )
    )
    # Inspection history kept for class and the owner.
    records = tm.add(
        tg.DataStore(
            "Inspection record store",
            stores={inspection_records, defect_marks},
            controls={c.AuditLogging(retention_days=9125)},
        )
    )

with tm.boundary("Quality office", trust=tg.Trust.INTERNAL):
    # Certified inspector who makes the accept or reject call.
    inspector = tm.add(tg.Actor("Certified inspector", role="RT Level 2 inspector"))

with tm.boundary("NDT vendor", trust=tg.Trust.PARTNER):
    # Where the vendor publishes new versions of the detector.
    vendor_portal = tm.add(
        tg.ExternalService("Vendor update portal", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Classification society", trust=tg.Trust.PARTNER):
    # Surveyor who audits the yard's inspection records for class approval.
    surveyor = tm.add(tg.Actor("Class surveyor", role="auditor"))

# ---------------------------------------------------------------- flows
tm.flow(seam_register, laptop, seam_records, protocol="https", label="seam list for the block")
tm.flow(technician, laptop, seam_records, label="seam number entered")
tm.flow(panel, laptop, radiographs, protocol="usb")
tm.flow(laptop, archive, radiographs, protocol="smb")

tm.flow(archive, screening, radiographs, protocol="smb")
tm.flow(screening, detector, radiographs)
tm.flow(detector, screening, defect_marks)
tm.flow(screening, records, defect_marks)

tm.flow(archive, viewer, radiographs, protocol="smb")
tm.flow(records, viewer, defect_marks)
tm.flow(seam_register, viewer, seam_records)
tm.flow(viewer, inspector, radiographs, defect_marks, protocol="https")

tm.flow(inspector, qms, sign_off, protocol="https")
tm.flow(qms, records, inspection_records, sign_off)
tm.flow(records, qms, inspection_records)
tm.flow(qms, foreman, repair_order, protocol="https")
tm.flow(qms, surveyor, audit_report, protocol="https", label="report export for audit")

tm.flow(
    vendor_portal, detector, model_package, protocol="https", label="manual download and install"
)
