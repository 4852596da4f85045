"""Crown design generation: the first design, before any security review.

Our US dental laboratory lets dentists send cases (an intraoral scan plus a
prescription: patient, tooth, shade, material) through our web case portal, or
through their scanner vendor's case-exchange cloud, which our portal polls.
Scans land in cloud object storage; a preparation service cleans the mesh and
finds the margin, and an in-house 3D generative model proposes a crown design.
Technicians open the proposal in CAD on the lab floor, adjust it, and send the
final design to the milling units; dentists can preview designs in the portal.
Scans paired with technicians' final designs are de-identified into a training
set for periodic retraining. Controls: HTTPS, portal login and upload checks,
KMS encryption and access roles on case and scan storage, audit logging of case
access, technician sign-off on every design, de-identified training data, and
versioned models in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental lab crown design generation model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Generative crown proposals from dentists' intraoral scans, finished by technicians.",
)

# ---------------------------------------------------------------- data assets
scan = tg.Data(
    "Intraoral scan",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="STL/PLY meshes of the prepared tooth, antagonist and bite, tagged with the case.",
)
prescription = tg.Data(
    "Case prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, practice, tooth number, shade, material and dentist notes.",
)
case_status = tg.Data("Case status", kind="records", sensitivity=tg.Sensitivity.REGULATED)
prepared_mesh = tg.Data(
    "Prepared scan mesh",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cleaned, aligned mesh with detected margin line and neighbouring teeth.",
)
proposed_design = tg.Data(
    "Proposed crown design",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
design_adjustments = tg.Data("Technician adjustments", kind="records")
final_design = tg.Data(
    "Final crown design",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
design_preview = tg.Data("Design preview", kind="media", sensitivity=tg.Sensitivity.REGULATED)
dentist_approval = tg.Data(
    "Dentist approval or change request", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
milling_job = tg.Data(
    "Milling job",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Final STL with nesting and tool-path parameters for the mill.",
)
training_pairs = tg.Data(
    "De-identified scan and design pairs",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
weights = tg.Data(
    "Crown model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers: dental practices that send cases and approve designs.
    dentist = tm.add(tg.Actor("Dentist", role="referring dentist"))

with tm.boundary("Scanner vendor cloud", trust=tg.Trust.PARTNER):
    # Many practices send cases straight from their intraoral scanner software.
    scanner_exchange = tm.add(
        tg.ExternalService(
            "Scanner vendor case exchange",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="The scanner maker's cloud where practices send cases to labs.",
        )
    )

with tm.boundary("Lab cloud", trust=tg.Trust.INTERNAL):
    # Where dentists upload cases, track status and preview designs.
    portal = tm.add(
        tg.Endpoint(
            "Case portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="practice account e-mail and password"),
                c.InputValidation(note="file type and size checks on uploaded meshes"),
            },
        )
    )
    # Case records and prescriptions: the lab's system of record.
    case_db = tm.add(
        tg.DataStore(
            "Case management database",
            stores={prescription, case_status},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Raw scans as received.
    scan_store = tm.add(
        tg.DataStore(
            "Scan object storage",
            stores={scan},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Mesh clean-up, alignment and margin detection before generation.
    scan_prep = tm.add(tg.Service("Scan preparation service"))
    # Proposes a crown shape for the prepared tooth.
    crown_model = tm.add(
        tg.Model(
            "Crown generation model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="3D generative model on GPU workers; proposes crown meshes.",
            controls={
                c.HumanInTheLoop(
                    approver="dental technician adjusts and signs off every design before milling"
                )
            },
        )
    )
    # Proposed and final designs, per case.
    design_store = tm.add(tg.DataStore("Design store", stores={proposed_design, final_design}))

    with tm.boundary("ML training", trust=tg.Trust.RESTRICTED):
        # Scans paired with the designs technicians finished, case identifiers stripped.
        dataset = tm.add(
            tg.Dataset(
                "Crown training set",
                stores={training_pairs},
                controls={c.DataMinimization(note="patient and practice identifiers removed")},
            )
        )
        # Periodic retraining on new finished cases.
        training = tm.add(tg.Pipeline("Crown model training", stage=tg.Stage.TRAINING))
        # Versioned checkpoints that serving loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Lab production network", trust=tg.Trust.INTERNAL):
    # Reviews and adjusts every proposal.
    technician = tm.add(tg.Actor("Dental technician", role="technician"))
    # CAD software where proposals are finished.
    workstation = tm.add(tg.Device("Technician CAD workstation", fleet=True))
    # Mills zirconia and e.max crowns from the final design.
    mill = tm.add(tg.Device("Milling unit", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(dentist, portal, scan, prescription, protocol="https", label="case upload")
tm.flow(dentist, scanner_exchange, scan, prescription, protocol="https")
tm.flow(
    scanner_exchange, portal, scan, prescription, protocol="https", label="portal polls new cases"
)
tm.flow(portal, scan_store, scan)
tm.flow(portal, case_db, prescription, case_status)
tm.flow(case_db, portal, case_status)
tm.flow(portal, dentist, case_status, design_preview, protocol="https")
tm.flow(dentist, portal, dentist_approval, protocol="https")
tm.flow(portal, case_db, dentist_approval, label="approval recorded")

tm.flow(scan_store, scan_prep, scan)
tm.flow(scan_prep, crown_model, prepared_mesh)
tm.flow(crown_model, design_store, proposed_design)
tm.flow(design_store, portal, proposed_design, final_design, label="preview rendering")

tm.flow(case_db, workstation, prescription, protocol="https")
tm.flow(scan_store, workstation, scan, protocol="https")
tm.flow(design_store, workstation, proposed_design, protocol="https")
tm.flow(technician, workstation, design_adjustments)
tm.flow(workstation, design_store, final_design, protocol="https")
tm.flow(workstation, case_db, case_status, protocol="https")
tm.flow(workstation, mill, milling_job, protocol="smb")

tm.flow(scan_store, dataset, training_pairs, label="de-identified export")
tm.flow(design_store, dataset, training_pairs, label="de-identified export")
tm.flow(dataset, training, training_pairs)
tm.flow(training, registry, weights)
tm.flow(registry, crown_model, weights, label="deploy new version")
