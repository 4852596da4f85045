"""Handwritten address recognition: the first design, before any security review.

The national postal service's letter and parcel sorting machines photograph
every item. In each sorting centre a recognition service runs our in-house
handwriting model on the address block, matches the reading against the
national address file, and sends the sort decision to the machine controller;
every decision is recorded for track and trace. Items the model cannot read
confidently are sent over the postal WAN to the central video coding system,
where video coding staff type the address and the result goes back to the
sorting centre. Keyed images are archived (kept 90 days) and become labelled
training data; the ML platform retrains the model, evaluates it before it is
registered, and an engineer approves each roll-out to the sorting centres.
Coders sign in with individual accounts; WAN links use TLS. EU postal operator.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Handwritten address recognition",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Reads handwritten addresses on letters and parcels in sorting centres; "
        "unreadable items go to video coding staff."
    ),
)

# ---------------------------------------------------------------- data assets
mail_piece = tg.Data(
    "Handwritten letter or parcel",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Physical item bearing the recipient's name and address.",
)
item_image = tg.Data(
    "Mail item image",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Greyscale image of the item face with the address block and item ID.",
)
reading = tg.Data(
    "Address reading with confidence", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
address_file = tg.Data(
    "National address file entries",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Delivery points and postcodes, no names.",
)
sort_decision = tg.Data("Sort decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
routing_record = tg.Data(
    "Item routing record",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Item ID, delivery point, sort plan and timestamp.",
)
keyed_address = tg.Data("Keyed address", sensitivity=tg.Sensitivity.PII, kind="records")
label_pairs = tg.Data(
    "Image and address label pairs",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Recognition model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data("Release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Anyone can post an item; the handwriting is whatever they wrote.
    sender = tm.add(tg.Actor("Mail sender", role="member of the public"))

with tm.boundary("Sorting centre LAN", trust=tg.Trust.INTERNAL):
    # Line-scan cameras on each sorting machine.
    camera = tm.add(tg.Device("Sorting machine camera", fleet=True))
    # Diverts each item to the bin its sort decision names.
    controller = tm.add(tg.Device("Sorting machine controller", fleet=True))
    # Orchestrates reading, address matching and the hand-off to video coding.
    recognition = tm.add(
        tg.Service(
            "Address recognition service",
            description="Calls the model, matches the reading to the address file, "
            "sends items below the confidence threshold to video coding.",
        )
    )
    # The handwriting model, served on the sorting centre's GPU server.
    model = tm.add(
        tg.Model(
            "Handwritten address model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="CNN + sequence decoder reading the address block of an item image.",
        )
    )
    # Local replica of the national address file, refreshed nightly.
    address_db = tm.add(tg.DataStore("Address reference database", stores={address_file}))

with tm.boundary("Central data centre", trust=tg.Trust.INTERNAL):
    # Serves unreadable items to human coders and returns their answers.
    video_coding = tm.add(
        tg.Service(
            "Video coding system",
            controls={c.Authentication(method="individual coder account and password")},
        )
    )
    # Which delivery point each item was sorted to, for track and trace.
    routing_db = tm.add(tg.DataStore("Mail processing database", stores={routing_record}))
    # Images with keyed results, kept for tracing queries and retraining.
    archive = tm.add(
        tg.DataStore(
            "Mail image archive",
            stores={item_image, keyed_address},
            controls={c.RetentionLimits(days=90)},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.RESTRICTED):
        # Pairs archived images with keyed addresses as labels.
        labeling = tm.add(
            tg.Pipeline(
                "Label preparation pipeline",
                stage=tg.Stage.LABELING,
                controls={
                    c.DataSanitization(note="keyed addresses not in the address file are dropped")
                },
            )
        )
        # Training set for the next model version.
        training_set = tm.add(tg.Dataset("Address training set", stores={label_pairs}))
        # Monthly retraining on GPU nodes, with evaluation on a held-out set.
        training = tm.add(
            tg.Pipeline(
                "Model retraining pipeline",
                stage=tg.Stage.TRAINING,
                controls={
                    c.ModelValidation(note="read-rate and error-rate gates on a held-out set")
                },
            )
        )
        # Versioned model artifacts.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        # Pushes an approved version to every sorting centre.
        deployment = tm.add(
            tg.Pipeline(
                "Model roll-out pipeline",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="ML engineer")},
            )
        )

with tm.boundary("Video coding centre", trust=tg.Trust.INTERNAL):
    # Staff who type addresses the model could not read.
    coder = tm.add(tg.Actor("Video coding operator", role="video coder"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model and approves roll-outs.
    engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# automatic reading in the sorting centre
tm.flow(sender, camera, mail_piece, label="posted item passes the camera")
tm.flow(camera, recognition, item_image)
tm.flow(recognition, model, item_image, protocol="local")
tm.flow(model, recognition, reading, protocol="local")
tm.flow(address_db, recognition, address_file, label="candidate lookup")
tm.flow(recognition, controller, sort_decision)
tm.flow(recognition, routing_db, routing_record, protocol="https")

# video coding of unreadable items
tm.flow(recognition, video_coding, item_image, protocol="https", label="below confidence threshold")
tm.flow(video_coding, coder, item_image, protocol="https")
tm.flow(coder, video_coding, keyed_address, protocol="https")
tm.flow(video_coding, recognition, keyed_address, protocol="https")
tm.flow(video_coding, archive, item_image, keyed_address)

# retraining and roll-out
tm.flow(archive, labeling, item_image, keyed_address, label="monthly export")
tm.flow(address_db, labeling, address_file, protocol="https")
tm.flow(labeling, training_set, label_pairs)
tm.flow(training_set, training, label_pairs)
tm.flow(training, registry, model_artifact)
tm.flow(engineer, deployment, release_approval, protocol="https", label="approves roll-out")
tm.flow(registry, deployment, model_artifact)
tm.flow(deployment, model, model_artifact, protocol="https", label="deploy to sorting centres")
