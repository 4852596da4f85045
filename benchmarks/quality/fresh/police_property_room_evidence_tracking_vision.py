"""Police property room evidence tracking: the first design, before any security review.

The force keeps seized property and exhibits in evidence bags on shelved property
stores. Ceiling cameras over each shelf run record to a network video recorder in
the store; a vision model on a GPU server in the same store LAN reads the bag labels
and positions on each shelf and a reconciliation service compares them with where
the evidence management system (EMS) says each bag should be, together with the
barcode scans officers make when bags move. Missing or moved bags become flags in
the EMS, which property officers resolve after checking the footage and the shelf.
Investigators request items through the EMS and sign for them when collected. All
footage stays on the force network. The vision vendor supports its server and pushes
model updates through its remote support service into a vendor jump host on the
force network. The EMS uses force single sign-on with role-based access and keeps a
chain-of-custody audit trail; footage is kept for 31 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Police property room evidence tracking",
    profile=tg.RiskProfile.HIGH,
    description="Shelf cameras and a vision model reconcile evidence bags with the EMS.",
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Shelf camera footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Video of the shelf runs: bag labels, and the staff who work in the store.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
scans = tg.Data("Barcode scan events", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
detections = tg.Data(
    "Bag detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bag label reads and shelf positions, with a confidence per bag.",
)
expected = tg.Data(
    "Expected bag locations",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Exhibit reference, case number and assigned shelf for each bag in the store.",
)
evidence = tg.Data(
    "Evidence records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Exhibits, cases, owners and suspects, and the chain of custody.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
flags = tg.Data(
    "Missing or moved bag flags", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
resolution = tg.Data("Flag resolutions", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
request = tg.Data(
    "Item requests and signatures",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Investigator requests for exhibits and the signed release to them.",
)
updates = tg.Data(
    "Vendor model and software updates",
    kind="model-artifact",
    format="unknown",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
diagnostics = tg.Data(
    "Vision server diagnostics", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Force network", trust=tg.Trust.INTERNAL):
    # Custodians of the property store; they resolve flags and release items.
    officer = tm.add(tg.Actor("Property officer", role="property officer"))
    # Request exhibits for their cases and sign for them on collection.
    investigator = tm.add(tg.Actor("Investigator", role="investigating officer"))
    # The system of record for exhibits and the chain of custody.
    ems = tm.add(
        tg.Service(
            "Evidence management system",
            description="Web application used across the force for exhibits and custody.",
            controls={
                c.Authentication(method="force single sign-on with smart card and PIN"),
                c.RBAC(),
                c.AuditLogging(note="chain-of-custody trail of every movement and release"),
            },
        )
    )
    # The EMS database in the force data centre.
    evidence_db = tm.add(
        tg.DataStore(
            "Evidence database",
            stores={evidence, flags, resolution, request},
            controls={c.EncryptionAtRest(key_management="data centre storage encryption")},
        )
    )
    # Where the vendor's support staff land inside the force network.
    jump_host = tm.add(
        tg.Service(
            "Vendor support jump host",
            description="Windows jump host reachable from the vendor's remote support service.",
            controls={
                c.Authentication(method="named vendor accounts with password and TOTP"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("Property store LAN", trust=tg.Trust.INTERNAL):
        # Fixed cameras over each shelf run.
        cameras = tm.add(tg.Device("Shelf cameras", description="PoE IP cameras on the store LAN."))
        # Handheld scanners officers use when a bag is booked in, moved or released.
        scanners = tm.add(tg.Device("Barcode scanners", description="Wi-Fi handheld scanners."))
        # Keeps the footage on site; officers review clips when checking a flag.
        nvr = tm.add(
            tg.DataStore(
                "Network video recorder",
                stores={footage},
                controls={c.RetentionLimits(days=31)},
            )
        )
        # The vendor's model, running on the vendor-supplied GPU server in the store.
        vision = tm.add(
            tg.Model(
                "Shelf bag-matching model",
                task=tg.Task.DETECTOR,
                returns_scores=True,
                high_stakes=True,
                description="Detects evidence bags and reads their labels on each shelf.",
            )
        )
        # Compares what the cameras see and the scans say with what the EMS expects.
        reconciler = tm.add(
            tg.Service(
                "Reconciliation service",
                description="Runs every hour; raises a flag for each missing or moved bag.",
                controls={c.HumanInTheLoop(approver="a property officer resolves every flag")},
            )
        )

with tm.boundary("Vision vendor", trust=tg.Trust.PARTNER):
    # The vendor's support engineers, who maintain the server and the model.
    engineer = tm.add(tg.Actor("Vendor support engineer", role="vendor support", privileged=True))
    # The vendor's hosted remote support service that brokers sessions into the force.
    remote = tm.add(
        tg.ExternalService(
            "Vendor remote support service",
            controls={c.SupplierAssessment(note="force procurement security questionnaire")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, nvr, footage, protocol="rtsp")
tm.flow(nvr, vision, footage, protocol="rtsp", label="frames for each shelf run")
tm.flow(vision, reconciler, detections, protocol="http")
tm.flow(scanners, ems, scans, protocol="https")
tm.flow(ems, reconciler, expected, protocol="https", label="expected locations")
tm.flow(reconciler, ems, flags, protocol="https")

tm.flow(ems, evidence_db, evidence, flags, resolution, request, protocol="postgresql")
tm.flow(evidence_db, ems, evidence, flags, resolution, request, protocol="postgresql")

tm.flow(ems, officer, flags, request, protocol="https")
tm.flow(officer, ems, resolution, protocol="https")
tm.flow(nvr, officer, footage, protocol="https", label="clip review")
tm.flow(investigator, ems, request, protocol="https")
tm.flow(ems, investigator, evidence, protocol="https")

tm.flow(engineer, remote, diagnostics, updates, protocol="https")
tm.flow(remote, jump_host, updates, protocol="rdp", label="remote support session")
tm.flow(jump_host, remote, diagnostics, protocol="rdp", label="remote support session")
tm.flow(jump_host, vision, updates, protocol="ssh")
tm.flow(vision, jump_host, diagnostics, protocol="ssh")
