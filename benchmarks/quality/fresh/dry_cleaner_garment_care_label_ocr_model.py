"""Dry cleaner garment care label model: the first design, before any security review.

When a garment is handed in, the counter assistant photographs its care label with
the shop's counter tablet. The photo goes to an inference API in our cloud account,
where an in-house vision model reads the care symbols and fibre text; the API maps
them through the chain's care process table to a suggested cleaning process and a
risk flag (leather, sequins, "do not dry clean", unreadable labels). The assistant
confirms or corrects it, and the order, with the customer's name and phone number,
goes to the hosted point-of-sale system, where cleaners at the plant see the flag.
Photos and staff corrections are kept for retraining: an annotation contractor
labels them, a weekly job retrains, and an ML engineer approves each release.
Controls: per-tablet API keys on the inference API, image checks, encryption at
rest on the photo bucket, versioned models, evaluation and approval before release.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Dry cleaner garment care label model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Reads care labels from counter photos and suggests the cleaning process.",
)

# ---------------------------------------------------------------- data assets
photo = tg.Data(
    "Care label photo",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Close-up of the sewn-in label, taken at the counter.",
)
reading = tg.Data(
    "Care label reading",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Detected care symbols and fibre text, with a confidence per symbol.",
)
suggestion = tg.Data(
    "Process suggestion and risk flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
process_table = tg.Data(
    "Care process table",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
correction = tg.Data("Staff correction", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
order = tg.Data(
    "Garment order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name and phone, garment, chosen process and risk flag.",
)
annotations = tg.Data(
    "Care label annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Care label model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop counters", trust=tg.Trust.INTERNAL):
    # Takes garments in from customers and photographs the label.
    assistant = tm.add(tg.Actor("Counter assistant", role="shop staff"))
    # Shop-owned tablet with the label capture app, on the shop Wi-Fi.
    tablet = tm.add(tg.Device("Counter tablet", fleet=True))

with tm.boundary("Cleaning plant", trust=tg.Trust.INTERNAL):
    # Decides the actual treatment; sees the flag on the workroom screen.
    cleaner = tm.add(tg.Actor("Cleaner", role="cleaning technician"))

with tm.boundary("POS vendor", trust=tg.Trust.PARTNER):
    # Hosted point-of-sale and order system the chain already uses.
    pos = tm.add(
        tg.DataStore(
            "Order system",
            stores={order},
            controls={tg.controls.Authentication(method="each staff member's own login and PIN")},
        )
    )

with tm.boundary("Annotation vendor", trust=tg.Trust.PARTNER):
    # Contractor who draws and checks the symbol labels on collected photos.
    annotator = tm.add(tg.Actor("Annotation contractor", role="contractor"))

with tm.boundary("Cloud ML account", trust=tg.Trust.INTERNAL):
    # Receives label photos from the tablets and returns the suggestion.
    api = tm.add(
        tg.Endpoint(
            "Label inference API",
            returns_scores=True,
            controls={
                tg.controls.Authentication(method="per-tablet API key"),
                tg.controls.InputValidation(note="image type and size checked"),
            },
        )
    )
    # In-house symbol detector and text reader.
    model = tm.add(tg.Model("Care label model", task=tg.Task.DETECTOR, returns_scores=True))
    # Maps symbols and fibres to the chain's cleaning processes and risk rules.
    rules = tm.add(tg.DataStore("Care process table store", stores={process_table}))
    # Every photo and correction, kept for retraining.
    bucket = tm.add(
        tg.DataStore(
            "Label photo bucket",
            stores={photo, correction},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Web labelling tool the contractor signs in to from outside.
    labeling = tm.add(
        tg.Pipeline(
            "Label annotation tool",
            stage=tg.Stage.LABELING,
            internet_facing=True,
            controls={tg.controls.Authentication(method="named contractor accounts with password")},
        )
    )
    # Curated photos with annotations.
    dataset = tm.add(tg.Dataset("Care label training set", stores={photo, annotations}))
    # Weekly retraining job; installs its Python dependencies at run time.
    training = tm.add(
        tg.Pipeline("Weekly training job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds each trained model version.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
        )
    )
    # Pushes an approved version to the inference API.
    deploy = tm.add(
        tg.Pipeline(
            "Release pipeline",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                tg.controls.ModelValidation(note="scored on a held-out label set"),
                tg.controls.HumanInTheLoop(approver="the ML engineer"),
            },
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Owns the model, the training job and releases.
    engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(assistant, tablet, order, label="typed at the counter")
tm.flow(tablet, api, photo, protocol="https")
tm.flow(api, model, photo)
tm.flow(model, api, reading)
tm.flow(rules, api, process_table)
tm.flow(api, tablet, suggestion, reading, protocol="https")
tm.flow(tablet, assistant, suggestion, label="on screen at the counter")
tm.flow(assistant, tablet, correction, label="at the counter")
tm.flow(tablet, api, correction, protocol="https")
tm.flow(tablet, pos, order, protocol="https")
tm.flow(pos, cleaner, order, protocol="https", label="workroom screen")

tm.flow(api, bucket, photo, correction)
tm.flow(bucket, labeling, photo, correction)
tm.flow(labeling, annotator, photo, protocol="https")
tm.flow(annotator, labeling, annotations, protocol="https")
tm.flow(labeling, dataset, photo, annotations)
tm.flow(dataset, training, photo, annotations)
tm.flow(training, registry, weights)
tm.flow(registry, deploy, weights)
tm.flow(engineer, deploy, approval, protocol="https", label="approves release")
tm.flow(deploy, model, weights, label="deploy")
