"""Sawmill log grading and cutting optimisation: the first design, before any security review.

Logs arriving from suppliers pass an X-ray scanner and a laser 3D profile scanner
on the infeed. A scan server in the mill's OT network fuses both scans; a grading
model assigns each log a grade, and a cutting-pattern model picks the sawing
pattern that maximises value under the mill manager's pricing rules. The line
optimiser sends the chosen pattern to the saw line PLCs over OPC UA, and the line
operator watches it on the HMI and can override a pattern. Grades are tallied per
supplier load in the production database; the mill's accounting system pays
suppliers by grade through the bank (an accountant approves each payment run) and
publishes grade statements on a supplier portal with password sign-in. The scanner
vendor ships trained model updates and has remote support access. Office systems
sign in with the mill's Active Directory; the OT network has no extra controls yet.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Sawmill log grading and cutting optimisation",
    profile=tg.RiskProfile.HIGH,
    description="X-ray and laser scanning grade logs, a model picks cutting patterns "
    "for the saw line PLCs, and suppliers are paid by grade.",
)

# ---------------------------------------------------------------- data assets
xray_image = tg.Data("X-ray density scan", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
laser_profile = tg.Data("Laser 3D log profile", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
fused_scan = tg.Data(
    "Fused log scan features",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="features",
    description="Knots, rot, density, diameter, taper and sweep per log.",
)
grade = tg.Data(
    "Log grade",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
pattern = tg.Data(
    "Cutting pattern",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Saw setpoints",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    description="Positions for the canter, gang saw and edger for one log.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
line_status = tg.Data("Saw line status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
override = tg.Data(
    "Operator pattern override", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)
pricing = tg.Data(
    "Lumber pricing rules",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tally = tg.Data(
    "Grade tally per supplier load",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_file = tg.Data(
    "Supplier payment file",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Payee names, bank account numbers and amounts per load.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_status = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
statement = tg.Data(
    "Supplier grade statement",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Loads delivered, volume by grade and amount paid.",
)
portal_request = tg.Data("Supplier portal request", sensitivity=tg.Sensitivity.PII, kind="records")
model_update = tg.Data(
    "Grading and pattern model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Forest owners and logging contractors who deliver logs and check what they were paid.
    supplier = tm.add(tg.Actor("Log supplier", role="supplier"))

with tm.boundary("Scanner vendor", trust=tg.Trust.PARTNER):
    # The scanner maker trains the models and pushes updates over its support VPN.
    vendor = tm.add(
        tg.ExternalService(
            "Scanner vendor support",
            provides=tg.ExternalCategory.GENERIC,
            description="Remote support and model updates for the scanners and optimiser.",
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Executes the supplier payment runs.
    bank = tm.add(tg.ExternalService("Bank payment service", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Mill DMZ", trust=tg.Trust.INTERNAL):
    # Lets suppliers download grade statements and remittances.
    portal = tm.add(
        tg.Endpoint(
            "Supplier portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Mill OT network", trust=tg.Trust.INTERNAL):
    # Infeed X-ray scanner: internal defects and density.
    xray = tm.add(tg.Device("X-ray log scanner", fleet=False))
    # Infeed laser scanner: outer shape of each log.
    laser = tm.add(tg.Device("Laser 3D profile scanner", fleet=False))
    # Joins the two scans of one log into a single feature record.
    scan_server = tm.add(tg.Service("Scan fusion server"))
    # Assigns the log grade that drives both sawing and supplier payment.
    grader = tm.add(
        tg.Model(
            "Log grading model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Vendor-trained weights shipped as ONNX and run on the optimiser.",
        )
    )
    # Ranks candidate sawing patterns by value for the scanned log.
    pattern_model = tm.add(
        tg.Model(
            "Cutting pattern model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Vendor-trained weights; scores patterns against the pricing rules.",
        )
    )
    # Orchestrates grading and pattern choice and turns the pattern into setpoints.
    optimiser = tm.add(
        tg.Service(
            "Line optimiser",
            description="Non-LLM optimiser; applies the chosen pattern unless the operator overrides.",
        )
    )
    # Executes the cuts on the canter, gang saw and edger.
    plcs = tm.add(tg.Device("Saw line PLCs", fleet=False))
    # Watches the line on the HMI and can override a pattern.
    operator = tm.add(tg.Actor("Line operator", role="saw line operator"))

with tm.boundary("Mill office network", trust=tg.Trust.INTERNAL):
    # Sets lumber prices and pattern preferences.
    manager = tm.add(tg.Actor("Mill manager", role="mill manager", privileged=True))
    # Holds pricing rules and the per-load grade tallies.
    prod_db = tm.add(
        tg.DataStore(
            "Mill production database",
            stores={pricing, tally},
            controls={c.DataVersioning(note="nightly backups")},
        )
    )
    # Pays suppliers by grade and produces their statements.
    accounting = tm.add(
        tg.Service(
            "Mill accounting system",
            controls={
                c.Authentication(method="Active Directory sign-in"),
                c.RBAC(),
                c.HumanInTheLoop(approver="mill accountant", note="approves each payment run"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(xray, scan_server, xray_image)
tm.flow(laser, scan_server, laser_profile)
tm.flow(scan_server, optimiser, fused_scan)

tm.flow(optimiser, grader, fused_scan)
tm.flow(grader, optimiser, grade)
tm.flow(optimiser, pattern_model, fused_scan, grade, pricing)
tm.flow(pattern_model, optimiser, pattern)

tm.flow(optimiser, plcs, setpoints, protocol="opc-ua")
tm.flow(plcs, optimiser, line_status, protocol="opc-ua")
tm.flow(optimiser, operator, pattern, line_status, label="HMI display")
tm.flow(operator, optimiser, override, label="HMI override")

tm.flow(manager, prod_db, pricing, label="edits pricing rules")
tm.flow(prod_db, manager, pricing, tally, label="reports")
tm.flow(prod_db, optimiser, pricing, label="price tables for pattern choice")
tm.flow(optimiser, prod_db, tally, label="grade per log and load")

tm.flow(prod_db, accounting, tally)
tm.flow(accounting, bank, payment_file, protocol="sftp")
tm.flow(bank, accounting, payment_status, protocol="sftp")
tm.flow(accounting, portal, statement)
tm.flow(supplier, portal, portal_request, protocol="https")
tm.flow(portal, supplier, statement, protocol="https")

tm.flow(vendor, optimiser, model_update, protocol="https", label="model updates over support VPN")
tm.flow(optimiser, vendor, line_status, protocol="https", label="remote diagnostics")
