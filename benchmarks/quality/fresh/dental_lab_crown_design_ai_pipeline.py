"""Dental lab crown design AI pipeline: the first design, before any security review.

A US dental laboratory receives cases from client clinics through a web case portal:
the dentist uploads the patient's intraoral scan with a prescription (patient name,
date of birth, tooth, material, shade). In our cloud VPC a crown design service
prepares the scan and asks an in-house generative 3D model for a proposed crown. A
lab technician reviews and corrects every proposal in a browser review app; the
approved design goes to the CAM service on the lab floor, which sends the milling job
to a milling unit over the shop network file share. Approved designs and their scans
are exported monthly into a training set; the ML team fine-tunes the model from a base
checkpoint downloaded from a public model hub and pushes versions to a registry that
serving loads from. Controls: password sign-in and file-type checks on the portal, KMS
encryption and roles on case data, SSO and technician approval in the review app,
versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental lab crown design AI pipeline",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="AI-proposed crown designs from clinic scans, reviewed by technicians and milled in the lab.",
)

# ---------------------------------------------------------------- data assets
prescription = tg.Data(
    "Case prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, date of birth, dentist, tooth number, material and shade.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
scan = tg.Data(
    "Intraoral scan",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="3D mesh of the patient's prepared tooth, neighbours and bite, tied to the case id.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prepared_scan = tg.Data(
    "Prepared scan geometry",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cropped, aligned and resampled mesh around the prepared tooth, with the margin line.",
)
proposal = tg.Data(
    "Crown design proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
corrections = tg.Data(
    "Technician design corrections",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
approved_design = tg.Data(
    "Approved crown design",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Final crown STL with case id, material and shade.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
milling_job = tg.Data(
    "Milling job",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Nested toolpaths for one material block.",
)
case_status = tg.Data(
    "Case status and design preview",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
training_examples = tg.Data(
    "Scan and design training pairs",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Past intraoral scans paired with the crowns technicians approved.",
)
training_config = tg.Data(
    "Training configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
base_weights = tg.Data(
    "Base 3D model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Published research checkpoint for mesh completion (.pth).",
)
crown_weights = tg.Data(
    "Crown model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Dentists and their assistants at client clinics send cases and follow them up.
    dentist = tm.add(tg.Actor("Clinic dentist", role="customer clinician"))
    # Where the base checkpoint for fine-tuning comes from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Lab cloud VPC", trust=tg.Trust.INTERNAL):
    # The only thing clinics reach: case upload and status pages.
    portal = tm.add(
        tg.Endpoint(
            "Case portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="accepts only STL/PLY scans and PDF up to 200 MB"),
            },
        )
    )
    # System of record for cases, prescriptions and their status.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={prescription, approved_design, case_status},
            controls={c.EncryptionAtRest(key_management="AWS KMS"), c.RBAC()},
        )
    )
    # Object storage for the uploaded scans.
    scan_store = tm.add(
        tg.DataStore(
            "Scan storage",
            stores={scan},
            controls={c.EncryptionAtRest(key_management="AWS KMS")},
        )
    )
    # Prepares the scan, calls the model and posts the proposal to review.
    design_service = tm.add(
        tg.Service(
            "Crown design service",
            description="Segments the prepared tooth, finds the margin and requests a crown.",
        )
    )
    # The generative model that proposes the crown geometry.
    crown_model = tm.add(
        tg.Model(
            "Crown generation model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Point-cloud completion network fine-tuned on the lab's approved crowns.",
        )
    )
    # Browser app where technicians inspect, edit and approve each design.
    review_app = tm.add(
        tg.Endpoint(
            "Design review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID SSO"),
                c.HumanInTheLoop(
                    approver="lab technician", note="every crown is approved before milling"
                ),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Exported pairs of scans and approved crowns.
        training_set = tm.add(tg.Dataset("Crown training set", stores={training_examples}))
        # Fine-tunes the base checkpoint with PyTorch and open-source mesh libraries.
        training = tm.add(
            tg.Pipeline(
                "Fine-tuning pipeline", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )
        # Holds the model versions that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={crown_weights}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Lab floor network", trust=tg.Trust.INTERNAL):
    # Reviews and corrects every AI proposal.
    technician = tm.add(tg.Actor("Lab technician", role="dental technician"))
    # Runs fine-tuning and promotes model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # CAM software that nests approved designs into material blocks.
    cam = tm.add(tg.Service("CAM nesting service"))
    # Mills zirconia and e.max blocks from the toolpaths it is sent.
    mill = tm.add(tg.Device("Milling unit", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(dentist, portal, prescription, scan, protocol="https", label="submits case")
tm.flow(portal, dentist, case_status, protocol="https")
tm.flow(portal, case_db, prescription)
tm.flow(portal, scan_store, scan)
tm.flow(case_db, portal, case_status)

tm.flow(case_db, design_service, prescription)
tm.flow(scan_store, design_service, scan)
tm.flow(design_service, crown_model, prepared_scan)
tm.flow(crown_model, design_service, proposal)
tm.flow(design_service, review_app, proposal)

tm.flow(review_app, technician, proposal, protocol="https")
tm.flow(technician, review_app, corrections, protocol="https")
tm.flow(review_app, case_db, approved_design, case_status)
tm.flow(review_app, cam, approved_design, protocol="https", label="download for nesting")
tm.flow(cam, mill, milling_job, protocol="smb", label="shop network share")

tm.flow(case_db, training_set, approved_design, label="monthly export")
tm.flow(scan_store, training_set, scan, label="monthly export")
tm.flow(training_set, training, training_examples)
tm.flow(model_hub, training, base_weights, protocol="https")
tm.flow(ml_engineer, training, training_config, protocol="https")
tm.flow(training, registry, crown_weights)
tm.flow(registry, crown_model, crown_weights, label="loaded at deploy")
