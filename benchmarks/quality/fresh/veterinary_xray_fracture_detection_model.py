"""Veterinary fracture detection: the first design, before any security review.

The hospital group's clinics send every dog and cat radiograph from their digital
X-ray machines to the group's central PACS over the site-to-site VPN. A DICOM
router forwards new studies to an inference service in the group's data centre,
which runs an in-house fracture detector and writes the suspected-fracture marks
and scores back to the PACS. The duty vet sees them beside the images in the
web radiology viewer, signs in with group single sign-on, and records a
confirmed read for each study. Each month the confirmed reads and their images
are exported into a training set; the ML team fine-tunes a pretrained backbone
downloaded from a public model hub, evaluates it on a held-out set, and the ML
lead approves promotion from the model registry to serving. Images carry the
owner's surname and client number in their DICOM headers.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary X-ray fracture detection",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Flags likely fractures on dog and cat radiographs for the duty vet; "
        "retrained monthly on vets' confirmed reads."
    ),
)

# ---------------------------------------------------------------- data assets
radiographs = tg.Data(
    "Dog and cat radiographs",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="DICOM studies; headers hold the animal's name, owner surname and client number.",
)
image_tensors = tg.Data(
    "Preprocessed radiograph images", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
flags = tg.Data(
    "Suspected fracture marks and scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bounding boxes on the image with a fracture likelihood per region.",
)
confirmed_read = tg.Data(
    "Vet confirmed read",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Fracture present or absent, with the region, as the duty vet confirmed it.",
)
training_set = tg.Data(
    "Fracture training examples", kind="training-data", sensitivity=tg.Sensitivity.PII
)
backbone = tg.Data(
    "Pretrained image backbone",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="PyTorch checkpoint of a public ImageNet-pretrained backbone.",
)
weights = tg.Data(
    "Fracture model weights", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval = tg.Data("Promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained backbone is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Clinic networks", trust=tg.Trust.INTERNAL):
    # The digital radiography units in each clinic.
    xray = tm.add(
        tg.Device(
            "Clinic X-ray machines",
            fleet=True,
            description="DR units that send each study to the central PACS.",
        )
    )
    # The vet on duty who reads the studies and confirms or rejects each flag.
    duty_vet = tm.add(tg.Actor("Duty vet", role="veterinary surgeon"))

with tm.boundary("Group data centre", trust=tg.Trust.INTERNAL):
    # Central image archive for all clinics.
    pacs = tm.add(
        tg.DataStore(
            "Central PACS",
            stores={radiographs, flags},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="storage array encryption")},
        )
    )
    # Receives forwarded studies, prepares images, calls the model, writes results back.
    inference = tm.add(tg.Service("Fracture inference service"))
    # The in-house detector itself.
    model = tm.add(
        tg.Model(
            "Fracture detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="CNN detector on a pretrained backbone; flags are advisory for the vet.",
        )
    )
    # Web viewer the vets read studies and record confirmed reads in.
    viewer = tm.add(
        tg.Endpoint(
            "Radiology viewer",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="group Entra ID single sign-on with MFA")},
        )
    )
    # Where confirmed reads are kept until the monthly export.
    reads_db = tm.add(tg.DataStore("Confirmed reads database", stores={confirmed_read}))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Curated images with their confirmed reads.
    dataset = tm.add(
        tg.Dataset(
            "Fracture training set",
            stores={training_set},
            controls={c.DataVersioning(note="one snapshot per monthly export")},
        )
    )
    # Monthly fine-tuning with a held-out evaluation at the end.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            controls={c.ModelValidation(note="held-out sensitivity and specificity per species")},
        )
    )
    # Versioned model checkpoints.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Moves an approved version into the inference service.
    deploy = tm.add(
        tg.Pipeline(
            "Promotion to serving",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="ML lead")},
        )
    )
    # The ML lead who runs retraining and approves promotions.
    ml_lead = tm.add(tg.Actor("ML lead", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(
    xray,
    pacs,
    radiographs,
    protocol="dicom",
    controls={c.EncryptionInTransit(protocol="IPsec site-to-site VPN")},
)
tm.flow(pacs, inference, radiographs, protocol="dicom", label="DICOM router forward")
tm.flow(inference, model, image_tensors)
tm.flow(model, inference, flags)
tm.flow(inference, pacs, flags, protocol="dicom", label="structured report")

tm.flow(pacs, viewer, radiographs, flags, protocol="https")
tm.flow(viewer, duty_vet, radiographs, flags, protocol="https")
tm.flow(duty_vet, viewer, confirmed_read, protocol="https")
tm.flow(viewer, reads_db, confirmed_read)

tm.flow(reads_db, dataset, confirmed_read, label="monthly export")
tm.flow(pacs, dataset, radiographs, label="monthly export")
tm.flow(dataset, training, training_set)
tm.flow(hub, training, backbone, protocol="https")
tm.flow(training, registry, weights)
tm.flow(ml_lead, deploy, approval, label="approves promotion")
tm.flow(registry, deploy, weights)
tm.flow(deploy, model, weights, label="deploy")
