"""Bomb disposal unit: X-ray image triage model (first design).

A police bomb disposal unit images suspicious items in the field with a portable
X-ray panel. The panel sends each image over its own Wi-Fi link to the
operator's ruggedised laptop in the response vehicle, where an imaging app runs
an in-house detection model on it and overlays the likely device components
(power source, switch, initiator, main charge) with a confidence for each. The
operator alone decides what to do; the suggestions are advisory. Back at base the
laptop is docked and the incident images are uploaded to the unit's image
archive; technical intelligence analysts label them, and together with a
reference image library from the national counter-terrorism lab they form the
training set. The model is retrained at headquarters and copied onto the
laptops after an engineer approves the release. Controls: BitLocker on the
laptops, role-based access and audit logs on the archive, operator training, and
an evaluation gate before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bomb disposal unit X-ray image triage model",
    profile=tg.RiskProfile.HIGH,
    description="Field triage of portable X-ray images of suspicious items, suggesting "
    "likely device components to the bomb disposal operator.",
)

# ---------------------------------------------------------------- data assets
xray_images = tg.Data(
    "X-ray images of suspicious items",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Raw panel images, several angles per item; also evidence for the case.",
)
operator_notes = tg.Data(
    "Operator incident notes", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
suggestions = tg.Data(
    "Suggested device components",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Boxes over likely power source, switch, initiator and charge, with scores.",
)
incident_record = tg.Data(
    "Incident image record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Images, model suggestions, operator notes, time and incident number.",
)
reference_images = tg.Data(
    "Reference device images",
    kind="training-data",
    sensitivity=tg.Sensitivity.SECRET,
    description="Labelled X-ray images of known device components and constructions.",
)
component_labels = tg.Data(
    "Component labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data("Triage model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Incident scene", trust=tg.Trust.INTERNAL):
    # The bomb disposal officer working the suspicious item.
    operator = tm.add(tg.Actor("Bomb disposal operator", role="operator"))
    # Portable X-ray detector panel placed behind the item.
    panel = tm.add(
        tg.Device("Portable X-ray panel", description="Vendor flat panel, one per team.")
    )

    with tm.boundary("Operator laptop", trust=tg.Trust.INTERNAL):
        # Receives images, runs the model and shows the overlay to the operator.
        imaging_app = tm.add(
            tg.Service(
                "X-ray imaging and triage app",
                controls={c.UserTraining(note="operators trained that suggestions are advisory")},
            )
        )
        # Suggests likely device components on each image.
        triage_model = tm.add(
            tg.Model(
                "Component triage model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Object detector running locally on the laptop GPU; works offline.",
            )
        )
        # Incident images kept on the laptop until it is docked at base.
        local_cache = tm.add(
            tg.DataStore(
                "Laptop incident cache",
                stores={incident_record},
                controls={c.EncryptionAtRest(key_management="BitLocker with TPM")},
            )
        )

with tm.boundary("Force network", trust=tg.Trust.INTERNAL):
    # The unit's store of every incident's images; also used as evidence.
    archive = tm.add(
        tg.DataStore(
            "Incident image archive",
            stores={incident_record},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Technical intelligence analysts mark up components on archived images.
    analyst = tm.add(tg.Actor("Technical intelligence analyst", role="analyst"))
    # Annotation tool where analysts draw and name the components.
    labeling = tm.add(tg.Pipeline("Component labelling", stage=tg.Stage.LABELING))
    # Labelled incident images plus the national reference library.
    training_set = tm.add(
        tg.Dataset("Triage training set", stores={reference_images, component_labels})
    )
    # Retrains the detector on the HQ GPU server.
    training = tm.add(
        tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Keeps each trained model version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Evaluates a candidate and copies it onto docked laptops.
    release = tm.add(
        tg.Pipeline(
            "Model release to laptops",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.ModelValidation(note="held-out incident set must not regress")},
        )
    )
    # Trains and releases the model.
    engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Counter-terrorism lab", trust=tg.Trust.PARTNER):
    # National lab's library of reference X-ray images of known devices.
    reference_library = tm.add(
        tg.DataSource(
            "Reference device image library",
            origin=tg.Origin.PARTNER,
            provides={reference_images},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(panel, imaging_app, xray_images, protocol="vendor Wi-Fi link", label="per exposure")
tm.flow(imaging_app, triage_model, xray_images)
tm.flow(triage_model, imaging_app, suggestions)
tm.flow(imaging_app, operator, xray_images, suggestions, label="on screen")
tm.flow(operator, imaging_app, operator_notes, label="on the keyboard")
tm.flow(imaging_app, local_cache, incident_record)

tm.flow(local_cache, archive, incident_record, protocol="https", label="upload when docked at base")
tm.flow(archive, labeling, incident_record)
tm.flow(analyst, labeling, component_labels)
tm.flow(labeling, training_set, component_labels)
tm.flow(reference_library, training_set, reference_images, protocol="sftp", label="quarterly drop")
tm.flow(training_set, training, reference_images, component_labels)
tm.flow(archive, training, incident_record, label="labelled incident images")
tm.flow(training, registry, weights)
tm.flow(registry, release, weights)
tm.flow(engineer, release, release_approval, label="approves release")
tm.flow(release, triage_model, weights, protocol="https", label="copied when docked at base")
