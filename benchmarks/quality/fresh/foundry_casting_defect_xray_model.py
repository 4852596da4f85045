"""Foundry casting X-ray defect model: the first design, before any security review.

Our aluminium foundry X-rays every safety-critical casting (brake calipers,
suspension knuckles) in an inline X-ray cell. The cell controller takes the
radiographs, sends them to a defect-detection model on a GPU inference PC in the
cell, and routes castings the model flags for porosity or cracks to the inspection
station; unflagged castings continue to machining. A quality inspector reviews the
flagged radiographs and decides to scrap or accept each casting. Results, radiographs
and dispositions go to the plant quality database, and the MES holds or releases the
castings. Our customers' quality engineers query their parts' inspection results
through the supplier portal in the plant DMZ. The X-ray equipment vendor supplies the
model and ships an updated package twice a year, which an automation engineer
downloads and installs; each update is run against our reference casting set first.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Foundry casting X-ray defect model",
    profile=tg.RiskProfile.HIGH,
    description="Inline X-ray defect detection on safety-critical aluminium castings.",
)

# ---------------------------------------------------------------- data assets
radiographs = tg.Data(
    "Casting radiographs",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="X-ray images of each casting; they show the customer's part geometry.",
)
casting_ids = tg.Data(
    "Casting serials and production orders",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Data-matrix serial, part number, mould and melt batch of each casting.",
)
findings = tg.Data(
    "Defect findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Porosity and crack locations with confidence, and the flag/pass result.",
)
inspection_status = tg.Data(
    "Inspection status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Passed, or flagged and held for the inspector, per casting serial.",
)
disposition = tg.Data(
    "Scrap or accept disposition",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The inspector's decision on a flagged casting, with their user id.",
)
quality_records = tg.Data(
    "Casting quality records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-serial inspection result, findings and disposition, kept for traceability.",
)
portal_query = tg.Data(
    "Customer quality query",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Part number, serial or date range a customer engineer asks about.",
)
model_package = tg.Data(
    "Vendor model package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="unknown",
    description="The vendor's proprietary packaged model and thresholds, twice a year.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers' quality engineers check the inspection history of the parts we ship them.
    customer_engineer = tm.add(
        tg.Actor("Customer quality engineer", role="customer quality engineer")
    )

with tm.boundary("X-ray vendor", trust=tg.Trust.PARTNER):
    # Where the vendor publishes the twice-yearly model updates for download.
    vendor_portal = tm.add(
        tg.ExternalService(
            "X-ray vendor update portal",
            description="Vendor customer portal with software and model downloads.",
        )
    )

with tm.boundary("Plant IT network", trust=tg.Trust.INTERNAL):
    # System of record for quality: traceability that customers and audits depend on.
    quality_db = tm.add(
        tg.DataStore(
            "Quality database",
            stores={quality_records, radiographs},
            controls={
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=5475, note="15-year part traceability"),
                tg.controls.DataVersioning(note="nightly backups"),
            },
        )
    )
    # Production orders and casting holds; it releases or scraps castings.
    mes = tm.add(
        tg.Service(
            "Manufacturing execution system",
            description="Tracks production orders and holds or releases each casting.",
        )
    )
    # Installs the vendor's model updates on the inference PC.
    automation_engineer = tm.add(
        tg.Actor("Automation engineer", role="plant automation engineer", privileged=True)
    )

    with tm.boundary("Plant DMZ", trust=tg.Trust.INTERNAL):
        # Lets customers read their own parts' inspection results.
        supplier_portal = tm.add(
            tg.Endpoint(
                "Supplier quality portal",
                purpose=tg.EndpointPurpose.API,
                controls={
                    tg.controls.Authentication(method="per-user account, e-mail and password"),
                    tg.controls.RBAC(note="each customer account sees only its own part numbers"),
                },
            )
        )

with tm.boundary("Shop floor network", trust=tg.Trust.INTERNAL):
    # Shows flagged radiographs and records the inspector's scrap/accept decision.
    inspection_station = tm.add(
        tg.Service(
            "Inspection review station",
            description="Workstation beside the X-ray cell's reject lane.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="quality inspector",
                    note="only castings the model flags; unflagged ones pass without review",
                )
            },
        )
    )
    # Decides on every flagged casting.
    inspector = tm.add(tg.Actor("Quality inspector", role="quality inspector"))

    with tm.boundary("X-ray cell", trust=tg.Trust.RESTRICTED):
        # Source, manipulator and flat-panel detector that take the radiographs.
        xray_unit = tm.add(
            tg.Device(
                "X-ray imaging unit",
                fleet=False,
                description="Tube, part manipulator and flat-panel detector in the shielded cell.",
            )
        )
        # Vendor cell software: acquisition, calling the model, routing castings.
        cell_controller = tm.add(
            tg.Service(
                "X-ray cell controller",
                description="Acquires radiographs, calls the model, diverts flagged castings.",
            )
        )
        # The vendor's detector, run locally on the cell's GPU inference PC.
        defect_model = tm.add(
            tg.Model(
                "Casting defect detection model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                high_stakes=True,
                description="Vendor-supplied porosity and crack detector; weights run on our PC.",
                controls={
                    tg.controls.ModelVersioning(note="vendor release number recorded per result"),
                    tg.controls.ModelValidation(note="acceptance run on reference castings"),
                },
            )
        )

# ---------------------------------------------------------------- flows
# inspection in the cell
tm.flow(mes, cell_controller, casting_ids, protocol="https", label="production order")
tm.flow(xray_unit, cell_controller, radiographs)
tm.flow(cell_controller, defect_model, radiographs, protocol="http")
tm.flow(defect_model, cell_controller, findings, protocol="http")
tm.flow(cell_controller, mes, inspection_status, protocol="https", label="hold or pass")

# results and review
tm.flow(cell_controller, quality_db, findings, radiographs, casting_ids, protocol="mssql")
tm.flow(cell_controller, inspection_station, findings, radiographs, label="flagged castings")
tm.flow(inspection_station, inspector, findings, radiographs, label="shown on the station")
tm.flow(inspector, inspection_station, disposition, label="entered at the station")
tm.flow(inspection_station, quality_db, disposition, protocol="mssql")
tm.flow(inspection_station, mes, disposition, protocol="https", label="scrap or release")

# customer access
tm.flow(customer_engineer, supplier_portal, portal_query, protocol="https")
tm.flow(supplier_portal, quality_db, portal_query, protocol="mssql")
tm.flow(quality_db, supplier_portal, quality_records, protocol="mssql")
tm.flow(supplier_portal, customer_engineer, quality_records, protocol="https")

# vendor model updates, twice a year
tm.flow(vendor_portal, automation_engineer, model_package, protocol="https", label="download")
tm.flow(automation_engineer, defect_model, model_package, protocol="usb", label="install update")
