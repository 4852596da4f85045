"""Nursing home medication cart vision check: the first design, before any security review.

Each medication cart in the chain's US nursing homes gets a tablet with a camera.
At each medication pass the nurse signs in with their badge and a PIN, scans the
resident's wristband and photographs the pill cup. The tablet sends the photo over
the home's Wi-Fi to a pill check service on the home's own server, which fetches
the doses due from the eMAR vendor's cloud, runs an in-house vision model that
identifies each pill and warns the nurse on a mismatch. Photos and results stay
on the home server (photos kept 30 days); a sync service sends the check results
to the pharmacy provider each night. The model is trained at headquarters on a
licensed pill image library plus photos taken in a test lab, validated, and
rolled out to every home server from a model registry. Controls in this design:
TLS on every link, badge and PIN sign-in, encrypted disks on home servers,
audit logging of checks, model validation and versioning before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Nursing home medication cart vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "A vision model on each home's server checks pill cups against the eMAR "
        "before administration and warns the nurse on a mismatch."
    ),
)

# ---------------------------------------------------------------- data assets
cup_photo = tg.Data(
    "Pill cup photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photo of the cup's contents, tagged with the resident's ID and pass time.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
due_doses = tg.Data(
    "Doses due",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The resident's medications, strengths and counts due in this pass.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
check_result = tg.Data(
    "Pill check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pills identified, match or mismatch per medication, and confidence.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
administration = tg.Data(
    "Administration record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Given, held or refused, recorded by the nurse in the eMAR.",
)
sync_batch = tg.Data(
    "Check result summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-resident mismatches and counts for the pharmacy's reconciliation.",
)
nurse_sign_in = tg.Data("Nurse sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
reference_images = tg.Data(
    "Reference pill images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed images and imprint, shape and colour data per product code.",
)
lab_images = tg.Data(
    "Labelled lab photos",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pill cups photographed on a test cart at headquarters, with labels.",
)
weights = tg.Data("Pill model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Nursing home LAN", trust=tg.Trust.INTERNAL):
    # Gives the medications; reads the warning and decides.
    nurse = tm.add(tg.Actor("Nurse", role="licensed nurse"))
    # One per cart: camera, wristband scanner and the check app.
    tablet = tm.add(
        tg.Device(
            "Medication cart tablet",
            fleet=True,
            description="Android tablet with a camera mounted over the pill cup tray.",
            controls={c.Authentication(method="badge tap and PIN")},
        )
    )

    with tm.boundary("Home server", trust=tg.Trust.INTERNAL):
        # Receives photos from the carts, gets the doses due, calls the model.
        check_service = tm.add(
            tg.Endpoint(
                "Pill check service",
                purpose=tg.EndpointPurpose.INFERENCE,
                controls={c.AuditLogging(retention_days=365)},
            )
        )
        # Identifies each pill in the cup photo.
        pill_model = tm.add(
            tg.Model(
                "Pill identification model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Detects and identifies pills; the service compares them with the doses due.",
            )
        )
        # Photos and results, kept on the home's server only.
        image_store = tm.add(
            tg.DataStore(
                "Local photo and result store",
                stores={cup_photo, check_result},
                controls={
                    c.EncryptionAtRest(key_management="full-disk encryption, key in server TPM"),
                    c.RetentionLimits(days=30),
                },
            )
        )
        # Nightly upload of result summaries to the pharmacy.
        sync = tm.add(tg.Service("Nightly pharmacy sync"))

with tm.boundary("eMAR vendor cloud", trust=tg.Trust.PARTNER):
    # The electronic medication record the chain already uses.
    emar = tm.add(
        tg.ExternalService(
            "eMAR",
            description="Hosted electronic medication administration record.",
        )
    )

with tm.boundary("Pharmacy provider", trust=tg.Trust.PARTNER):
    # The long-term-care pharmacy that fills the residents' medications.
    pharmacy = tm.add(tg.ExternalService("Pharmacy provider API"))

with tm.boundary("Drug data vendor", trust=tg.Trust.PARTNER):
    # Licensed pill image and imprint library used for training.
    pill_library = tm.add(
        tg.DataSource(
            "Pill image library",
            origin=tg.Origin.VENDOR,
            provides={reference_images},
        )
    )

with tm.boundary("Headquarters cloud", trust=tg.Trust.INTERNAL):
    # Reference images and lab photos the model is trained on.
    training_data = tm.add(tg.Dataset("Pill training set", stores={reference_images, lab_images}))
    # Trains and evaluates new model versions.
    training = tm.add(
        tg.Pipeline(
            "Model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="accuracy per product code on a held-out lab set")},
        )
    )
    # Released model versions.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Pushes a released version to every home server.
    rollout = tm.add(tg.Pipeline("Model rollout to homes", stage=tg.Stage.DEPLOYMENT))
    # Builds the model and labels the lab photos.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Medication pass
tm.flow(nurse, tablet, nurse_sign_in, label="badge tap and PIN")
tm.flow(tablet, check_service, cup_photo, protocol="https", label="photo and resident ID")
tm.flow(check_service, emar, protocol="https", label="doses due query")
tm.flow(emar, check_service, due_doses, protocol="https")
tm.flow(check_service, pill_model, cup_photo)
tm.flow(pill_model, check_service, check_result)
tm.flow(check_service, image_store, cup_photo, check_result)
tm.flow(check_service, tablet, check_result, protocol="https", label="match or mismatch warning")
tm.flow(tablet, nurse, check_result, label="on-screen warning")
tm.flow(tablet, emar, administration, protocol="https", label="nurse records the pass")

# Pharmacy sync
tm.flow(image_store, sync, check_result)
tm.flow(sync, pharmacy, sync_batch, protocol="https")

# Training and rollout
tm.flow(pill_library, training_data, reference_images, protocol="https", label="quarterly download")
tm.flow(ml_engineer, training_data, lab_images, label="lab photos and labels")
tm.flow(training_data, training, reference_images, lab_images)
tm.flow(training, registry, weights)
tm.flow(registry, rollout, weights)
tm.flow(rollout, pill_model, weights, protocol="https", label="deploy to each home server")
