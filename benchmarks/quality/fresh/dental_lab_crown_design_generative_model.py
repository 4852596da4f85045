"""Generative crown design for a dental laboratory: the first design.

US dental clinics send cases: an intraoral scan and a prescription naming the
patient, tooth, material and shade, through our case portal or the scanner
vendor's case-exchange service. A design job service on the lab's GPU server
segments the scan and asks a generative 3D model, fine-tuned from public
pretrained shape weights on our past approved crowns, for a proposed crown.
A dental technician opens the proposal in the CAD workstation, adjusts margins
and contacts, and approves it; a design preview goes back to the clinic, and the
final design goes to the CAM station, which nests it and sends the milling program
to the mill. Completed cases are exported monthly, with patient names removed,
into the training set; an ML engineer retrains and releases new model versions.
Controls: per-clinic login, file checks, TLS, encrypted storage, a BAA with the
scanner vendor, held-out fit checks before release, technician sign-off.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental lab crown design",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Generates crown proposals from clinic intraoral scans for technicians to finish and mill.",
)

# ---------------------------------------------------------------- data assets
scan = tg.Data(
    "Intraoral scan",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="STL/PLY meshes of the preparation, adjacent teeth and antagonist arch.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
rx = tg.Data(
    "Case prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, date of birth, tooth number, material, shade, dentist notes.",
)
status = tg.Data(
    "Case status and design preview", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
clinic_ok = tg.Data("Clinic design approval", kind="records", sensitivity=tg.Sensitivity.REGULATED)
prepared = tg.Data(
    "Segmented preparation",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Margin line, insertion axis and cropped neighbour and antagonist meshes.",
)
proposal = tg.Data(
    "Proposed crown design", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
final = tg.Data(
    "Final crown design",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
edits = tg.Data("Technician adjustments", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
mill_program = tg.Data(
    "Milling program",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="CAM toolpaths (NC code) for the nested blank.",
)
examples = tg.Data(
    "Crown training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Past scans paired with approved final crowns, keyed by case number.",
)
base_weights = tg.Data(
    "Pretrained shape model weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
crown_weights = tg.Data(
    "Crown model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
train_config = tg.Data(
    "Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Dentists and their assistants send cases and approve previews.
    clinic = tm.add(tg.Actor("Clinic staff", role="dentist or dental assistant"))
    # Where the pretrained 3D shape weights were downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Scanner vendor cloud", trust=tg.Trust.PARTNER):
    # Most clinics send straight from their intraoral scanner's software.
    exchange = tm.add(
        tg.ExternalService(
            "Scanner vendor case exchange",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="The scanner maker's case-sharing cloud; our lab account pulls new cases.",
            controls={c.SupplierAssessment(note="business associate agreement signed")},
        )
    )

with tm.boundary("Lab cloud tenant", trust=tg.Trust.INTERNAL):
    # Web portal for clinics without the vendor connector, and for previews.
    portal = tm.add(
        tg.Endpoint(
            "Case portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="one e-mail and password login per clinic"),
                c.InputValidation(note="mesh file type and size checks, required Rx fields"),
            },
        )
    )
    # All case files and prescriptions.
    case_store = tm.add(
        tg.DataStore(
            "Case store",
            stores={scan, rx, status, proposal, final},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RBAC(note="clinic sees its own cases; lab staff see all"),
                c.DataVersioning(note="object versioning and daily snapshots"),
            },
        )
    )

with tm.boundary("Lab server room", trust=tg.Trust.INTERNAL):
    # Picks up new cases, segments the scan and calls the model.
    design_job = tm.add(
        tg.Service(
            "Design job service",
            description="Runs on the GPU server; polls the case store for new cases.",
        )
    )
    # Proposes a crown shape for the prepared tooth.
    crown_model = tm.add(
        tg.Model(
            "Crown generation model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="3D shape generator fine-tuned in-house from public pretrained weights.",
        )
    )
    # Past cases the model is fine-tuned on.
    training_set = tm.add(
        tg.Dataset(
            "Crown training set",
            stores={examples},
            purpose=tg.DatasetPurpose.FINE_TUNING,
            controls={c.DataMinimization(note="patient and clinic names removed on export")},
        )
    )
    # Fine-tunes the model on the GPU server.
    training = tm.add(
        tg.Pipeline(
            "Fine-tuning pipeline",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            description="PyTorch and mesh libraries; reports fit metrics on held-out cases.",
            controls={
                c.ModelValidation(note="margin gap and contact metrics on 200 held-out cases")
            },
        )
    )
    # Versioned checkpoints; the design job loads the one tagged for release.
    registry = tm.add(
        tg.ModelRegistry(
            "Model checkpoint store",
            stores={crown_weights, base_weights},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Lab production floor", trust=tg.Trust.INTERNAL):
    # Finishes and signs off every design.
    technician = tm.add(tg.Actor("Dental technician", role="CAD technician"))
    # Dental CAD software where proposals are adjusted.
    cad = tm.add(
        tg.Service(
            "CAD workstation",
            controls={c.HumanInTheLoop(approver="dental technician")},
        )
    )
    # Nests approved designs into blanks and computes toolpaths.
    cam = tm.add(tg.Service("CAM station"))
    # Five-axis mill cutting zirconia and lithium disilicate.
    mill = tm.add(tg.Device("Milling unit", fleet=False))
    # Trains and releases new model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(clinic, portal, scan, rx, protocol="https", label="case upload")
tm.flow(portal, clinic, status, protocol="https")
tm.flow(clinic, portal, clinic_ok, protocol="https", label="approves preview")
tm.flow(exchange, portal, scan, rx, protocol="https", label="connector pulls new cases")
tm.flow(portal, case_store, scan, rx, clinic_ok)
tm.flow(case_store, portal, status)

tm.flow(case_store, design_job, scan, rx, protocol="https")
tm.flow(design_job, crown_model, prepared)
tm.flow(crown_model, design_job, proposal)
tm.flow(design_job, case_store, proposal, protocol="https")

tm.flow(case_store, cad, scan, rx, proposal, protocol="https")
tm.flow(cad, technician, proposal, label="on screen")
tm.flow(technician, cad, edits, label="adjusts and approves on screen")
tm.flow(cad, case_store, final, status, protocol="https")
tm.flow(cad, cam, final, protocol="smb")
tm.flow(cam, mill, mill_program)

tm.flow(
    case_store, training_set, examples, protocol="https", label="monthly export of completed cases"
)
tm.flow(model_hub, registry, base_weights, protocol="https", label="one-off download")
tm.flow(training_set, training, examples)
tm.flow(ml_engineer, training, train_config, protocol="ssh")
tm.flow(training, registry, crown_weights)
tm.flow(registry, training, base_weights, label="starting checkpoint")
tm.flow(registry, crown_model, crown_weights, label="release tag loaded")
