"""Self-checkout produce recognition: the first design, before any security review.

At our supermarkets' self-checkout lanes a small camera looks down at the scale.
When a shopper puts loose fruit or vegetables on it, the lane terminal passes the
image to an image classifier running on the terminal's own accelerator, and shows
the three most likely products on the touchscreen; the shopper taps one (or
searches the produce menu) and the terminal prices it by weight from the store's
product catalogue. A colleague watching the lanes can step in and correct items.
Each night the terminals upload the captured images with the product the shopper
chose to our retail cloud; a labelling contractor checks those labels, and the ML
team retrains, evaluates and rolls out a new model version to every lane.
Controls in this design: TLS to the cloud, staff sign-in for overrides, vendor
accounts with TOTP on the labelling tool, role-based access and versioning on the
model registry, and an accuracy gate before a model is released.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Self-checkout produce recognition",
    profile=tg.RiskProfile.LOW,
    description="Suggests the loose produce on a self-checkout scale from a camera image.",
)

# ---------------------------------------------------------------- data assets
produce_on_scale = tg.Data(
    "Produce on the scale",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the shopper places on the scale plate, as the camera sees it.",
)
produce_image = tg.Data(
    "Produce image",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top-down still of the scale plate; shoppers' hands are sometimes in frame.",
)
suggestions = tg.Data(
    "Produce suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top three product codes with confidence scores.",
)
shopper_choice = tg.Data(
    "Selected product",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The product code the shopper taps on the touchscreen.",
)
basket_line = tg.Data(
    "Basket line with price",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Product, weight and price added to the shopper's basket.",
)
staff_override = tg.Data(
    "Attendant correction",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A colleague replaces or voids an item at a lane.",
)
catalogue = tg.Data(
    "Produce catalogue and prices",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Product codes, names, per-kilo prices and promotions for the store.",
)
captured_examples = tg.Data(
    "Captured images with shopper selections",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Each lane's images of the day, paired with what the shopper chose.",
)
verified_labels = tg.Data(
    "Verified produce labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Labelled produce images",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
model_file = tg.Data(
    "Produce classifier weights",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
release_approval = tg.Data("Rollout approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Store floor", trust=tg.Trust.UNTRUSTED):
    # Anyone who walks in can use a self-checkout lane.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Store colleague who supervises a bank of lanes and fixes mistakes.
    attendant = tm.add(tg.Actor("Self-checkout attendant", role="store colleague"))
    # The camera mounted over each lane's scale: the model's only input.
    camera = tm.add(
        tg.Device("Scale camera", description="USB camera over the scale plate of each lane.")
    )
    # The lane terminal: scale, touchscreen, basket and the call to the model.
    terminal = tm.add(
        tg.Device(
            "Self-checkout terminal",
            description="Runs the checkout software, reads the scale and shows the suggestions.",
            controls={
                c.Authentication(
                    method="staff badge and own PIN",
                    note="only for the attendant override mode; shoppers do not sign in",
                )
            },
        )
    )
    # The recognition model itself, on the terminal's edge accelerator.
    recogniser = tm.add(
        tg.Model(
            "Produce recognition model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Image classifier over about 300 loose produce lines; suggests, the shopper picks.",
        )
    )
    # The store's copy of the product catalogue that prices each item.
    store_catalogue = tm.add(
        tg.DataStore(
            "Store product catalogue",
            stores={catalogue},
            description="On the in-store server; refreshed each night from head office.",
        )
    )

with tm.boundary("Head office systems", trust=tg.Trust.INTERNAL):
    # Where merchandising sets the products and prices of every store.
    merchandising = tm.add(
        tg.Service("Merchandising system", description="Master product and price data.")
    )

with tm.boundary("Retail cloud", trust=tg.Trust.INTERNAL):
    # Receives each lane's nightly batch of images and selections.
    collector = tm.add(
        tg.Service(
            "Image collection service",
            description="Accepts nightly uploads from the lanes and files them by store and day.",
        )
    )
    # All collected images and labels, the source of every training run.
    image_set = tm.add(
        tg.Dataset(
            "Produce image dataset",
            stores={captured_examples, verified_labels, training_images},
            purpose="training",
        )
    )
    # Web labelling tool where the contractor confirms or fixes shopper labels.
    labelling = tm.add(
        tg.Pipeline(
            "Label review pipeline",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="vendor accounts with password and TOTP")},
        )
    )
    # Retrains the classifier each month and scores it on a held-back set.
    training = tm.add(
        tg.Pipeline(
            "Training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="top-3 accuracy gate on a held-back image set")},
        )
    )
    # Keeps every trained version so a lane can be rolled back.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_file},
            controls={c.RBAC(), c.ModelVersioning()},
        )
    )
    # Pushes an approved version to the terminals store by store.
    rollout = tm.add(tg.Pipeline("Lane model rollout", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Labelling contractor", trust=tg.Trust.PARTNER):
    # Outsourced annotators who check the labels shoppers gave.
    annotator = tm.add(tg.Actor("Contract annotator", role="annotator"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Data scientist who runs training and approves a rollout.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# At the lane
tm.flow(shopper, camera, produce_on_scale, label="placed on the scale")
tm.flow(camera, terminal, produce_image, protocol="usb")
tm.flow(terminal, recogniser, produce_image, protocol="local")
tm.flow(recogniser, terminal, suggestions, protocol="local")
tm.flow(terminal, shopper, suggestions, label="suggestions on the touchscreen")
tm.flow(shopper, terminal, shopper_choice, label="tapped on the touchscreen")
tm.flow(terminal, store_catalogue, shopper_choice, protocol="http", label="price lookup")
tm.flow(store_catalogue, terminal, catalogue, protocol="http", label="price lookup")
tm.flow(terminal, shopper, basket_line, label="basket shown on the touchscreen")
tm.flow(terminal, attendant, basket_line, label="lane alert on the attendant tablet")
tm.flow(attendant, terminal, staff_override, label="at the lane touchscreen")

# Prices from head office
tm.flow(merchandising, store_catalogue, catalogue, protocol="sftp", label="nightly price file")

# Feedback into training
tm.flow(
    terminal,
    collector,
    captured_examples,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
    label="nightly upload",
)
tm.flow(collector, image_set, captured_examples)
tm.flow(image_set, labelling, captured_examples)
tm.flow(labelling, annotator, captured_examples, protocol="https")
tm.flow(annotator, labelling, verified_labels, protocol="https")
tm.flow(labelling, image_set, verified_labels, training_images)
tm.flow(image_set, training, training_images)
tm.flow(training, registry, model_file)

# Release to the lanes
tm.flow(ml_engineer, rollout, release_approval, protocol="https", label="approves release")
tm.flow(registry, rollout, model_file)
tm.flow(rollout, recogniser, model_file, protocol="https", label="deploy to lanes")
