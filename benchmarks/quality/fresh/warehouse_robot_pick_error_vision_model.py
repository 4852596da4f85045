"""Robot pick error detection: the first design, before any security review.

At each robotic pick station of the fulfilment centre a camera films the item the robot
has just placed in the order tote. A pick verification service on an edge server in the
site's OT network compares the image with the reference images of the SKU the warehouse
control system (WCS) expected, using an in-house vision model. On a mismatch the service
tells the WCS, which has the conveyor PLC divert the tote to a manual check lane; if no
verdict comes back in time the tote is diverted as well. QA operators at the lane check
the tote on a tablet (badge sign-in) and record whether the pick was really wrong. Flagged
and sampled images go to a cloud bucket; with the QA outcomes they form the labelled set
for monthly retraining. A trained model is evaluated on a held-out set, stored as ONNX in
the registry by version, and an ML engineer triggers its rollout to the edge servers.
Reference images come from client merchants when their products are onboarded.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Robot pick error vision model",
    profile=tg.RiskProfile.LOW,
    description="Detects wrong items at robot pick stations and diverts totes for manual check.",
)

# ---------------------------------------------------------------- data assets
pick_images = tg.Data("Pick station images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
pick_task = tg.Data(
    "Pick task",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Order tote id and the SKU and quantity the robot was told to pick.",
)
verdict = tg.Data(
    "Pick mismatch verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Match or mismatch, with the model's confidence.",
)
divert = tg.Data("Tote divert command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sku_refs = tg.Data(
    "SKU reference images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Product photos and attributes supplied by client merchants.",
)
qa_task = tg.Data("Diverted tote details", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
qa_outcome = tg.Data(
    "QA pick outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Flagged and sampled pick images", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Pick check model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release = tg.Data("Rollout trigger", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
retrain = tg.Data("Retraining request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Client merchants", trust=tg.Trust.PARTNER):
    # Product data sent in by the merchants whose stock the centre holds.
    merchant_catalogue = tm.add(
        tg.DataSource(
            "Merchant product catalogue",
            origin=tg.Origin.PARTNER,
            provides={sku_refs},
            description="Product photos and attributes uploaded at onboarding.",
        )
    )

with tm.boundary("Site OT network", trust=tg.Trust.INTERNAL):
    # One fixed camera above each pick station's order tote.
    cameras = tm.add(tg.Device("Pick station cameras", fleet=True))
    # Edge service that pairs each pick with its images and asks the model.
    verifier = tm.add(
        tg.Service(
            "Pick verification service",
            controls={
                c.FailClosed(fallback="tote diverted to manual check when no verdict in 2 s"),
            },
        )
    )
    # The vision model comparing the picked item with the expected SKU's references.
    model = tm.add(
        tg.Model(
            "Pick mismatch detector",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Compares the picked item with the expected SKU's reference images.",
        )
    )
    # Moves the divert gates that send totes to the manual check lane.
    plc = tm.add(tg.Service("Conveyor divert PLC"))

with tm.boundary("Site IT network", trust=tg.Trust.INTERNAL):
    # Orders, pick tasks and tote routing for the whole site.
    wcs = tm.add(tg.Service("Warehouse control system"))
    # Tablet at the manual check lane where operators record the outcome.
    qa_tablet = tm.add(
        tg.Device(
            "QA lane tablet",
            controls={c.Authentication(method="operator badge scan")},
        )
    )
    # Checks diverted totes by hand.
    operator = tm.add(tg.Actor("QA operator", role="warehouse operative"))

with tm.boundary("Cloud ML account", trust=tg.Trust.INTERNAL):
    # Reference images per SKU, synced nightly to the edge servers.
    sku_store = tm.add(tg.DataStore("SKU reference image store", stores={sku_refs}))
    # Bucket of flagged and sampled pick images.
    image_store = tm.add(
        tg.DataStore(
            "Pick image bucket",
            stores={training_images},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Images joined with QA outcomes, for retraining.
    train_set = tm.add(
        tg.Dataset(
            "Labelled pick image set",
            stores={training_images, qa_outcome},
            controls={c.DataVersioning()},
        )
    )
    # Monthly retraining, with evaluation on a held-out set before registering.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="held-out accuracy must not drop")},
        )
    )
    # Versioned model artifacts.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Pushes a chosen model version to every site's edge servers.
    rollout = tm.add(tg.Pipeline("Edge rollout", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model: starts retraining and rollouts.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(merchant_catalogue, sku_store, sku_refs, protocol="https", label="product onboarding")
tm.flow(sku_store, verifier, sku_refs, protocol="https", label="nightly sync")

tm.flow(wcs, verifier, pick_task, protocol="https")
tm.flow(cameras, verifier, pick_images, protocol="rtsp")
tm.flow(verifier, model, pick_images, sku_refs)
tm.flow(model, verifier, verdict)
tm.flow(verifier, wcs, verdict, protocol="https")
tm.flow(wcs, plc, divert, protocol="ethernet/ip")

tm.flow(wcs, qa_tablet, qa_task, protocol="https")
tm.flow(qa_tablet, operator, qa_task, label="touchscreen")
tm.flow(operator, qa_tablet, qa_outcome, label="touchscreen")
tm.flow(qa_tablet, wcs, qa_outcome, protocol="https")

tm.flow(verifier, image_store, training_images, protocol="https")
tm.flow(image_store, train_set, training_images)
tm.flow(wcs, train_set, qa_outcome, protocol="https", label="daily export")
tm.flow(train_set, training, training_images, qa_outcome)
tm.flow(ml_engineer, training, retrain, protocol="https", label="starts retraining")
tm.flow(training, registry, weights)
tm.flow(ml_engineer, rollout, release, protocol="https", label="triggers rollout")
tm.flow(registry, rollout, weights)
tm.flow(rollout, model, weights, protocol="https", label="deploy to edge")
