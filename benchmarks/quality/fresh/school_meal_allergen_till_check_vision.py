"""School-meal allergen check at the till: the first design, before any security review.

A school catering company runs the canteen tills in its client schools. Each till
has a camera over the tray slide; a dish-recognition model on the till names the
dishes on a pupil's tray, the pupil taps their cashless card, and the till asks the
allergen check service in the catering company's cloud whether any dish contains an
allergen recorded for that pupil. An amber or red alert is shown to the cashier,
who can correct misrecognised dishes; corrections and tray photos go back into the
training set. Parents record allergies in the school's management information
system (MIS), which a nightly sync job copies into the pupil allergy store. Kitchen
managers maintain menus, recipes and dish reference photos in the catering system.
The model is retrained each term and pushed to the tills from the model registry.
Controls in this design: TLS, per-till API keys, role-based access and password
sign-in on the catering system, encryption of the allergy store, model versioning
and a hold-out accuracy test before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School meal allergen till check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Till camera recognises dishes and checks them against pupils' recorded allergies.",
)

# ---------------------------------------------------------------- data assets
card_id = tg.Data("Pupil card ID", kind="records", sensitivity=tg.Sensitivity.PII)
tray_image = tg.Data(
    "Tray image",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Camera frame of the tray; hands and sometimes faces appear at the edge.",
)
recognised_dishes = tg.Data(
    "Recognised dishes", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
check_request = tg.Data(
    "Allergen check request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Till id, pupil card ID and the recognised dish ids.",
)
allergen_alert = tg.Data(
    "Allergen alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Green, amber or red, naming the pupil's allergen found in a dish.",
)
allergy_records = tg.Data(
    "Pupil allergy records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Pupil, card ID, allergies and severity, as recorded by parents.",
)
parent_allergy_entry = tg.Data(
    "Parent allergy declaration", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
recipes = tg.Data(
    "Menus, recipes and dish allergens",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
reference_photos = tg.Data(
    "Dish reference photos", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
corrections = tg.Data(
    "Cashier dish corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Labelled tray images", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_artifact = tg.Data(
    "Dish recognition model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
check_log = tg.Data("Till check log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Canteen floor", trust=tg.Trust.UNTRUSTED):
    # Pupils queue with their trays and tap their cashless cards.
    pupil = tm.add(tg.Actor("Pupil", role="pupil"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents declare their child's allergies in the school's parent app.
    parent = tm.add(tg.Actor("Parent", role="parent"))

with tm.boundary("School MIS vendor", trust=tg.Trust.PARTNER):
    # The school's management information system: where allergies are recorded.
    mis = tm.add(
        tg.ExternalService(
            "School management information system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted MIS the school licenses; exposes a partner API.",
        )
    )

with tm.boundary("Canteen till network", trust=tg.Trust.INTERNAL):
    # Catering staff serving at the till, who see the alerts.
    cashier = tm.add(tg.Actor("Cashier", role="catering staff"))
    # The till with its tray camera, card reader and cashier screen.
    till = tm.add(
        tg.Device(
            "Canteen till",
            description="Till PC with tray camera and card reader, one per serving line.",
        )
    )
    # Recognises dishes from the tray image, on the till itself.
    dish_model = tm.add(
        tg.Model(
            "Dish recognition model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Names dishes on the tray for the allergen check.",
        )
    )

with tm.boundary("Catering cloud", trust=tg.Trust.INTERNAL):
    # Matches recognised dishes against the pupil's allergies and recipe allergens.
    check_service = tm.add(
        tg.Service(
            "Allergen check service",
            controls={c.Authentication(method="per-till API key")},
        )
    )
    # Copies allergy records from each school's MIS every night.
    sync_job = tm.add(
        tg.Service(
            "Nightly allergy sync job",
            controls={c.Authentication(method="OAuth client credentials issued by the MIS")},
        )
    )
    # Menus, recipes and the allergens in each dish, edited by kitchen managers.
    catering = tm.add(
        tg.Service(
            "Catering system",
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Retrains the dish model each term on tray images and reference photos.
    training = tm.add(
        tg.Pipeline(
            "Dish model training",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="hold-out accuracy test before release")},
        )
    )
    # Holds released dish models that tills download.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

    with tm.boundary("Catering data tier", trust=tg.Trust.INTERNAL):
        # Each pupil's allergies, as copied from the MIS.
        allergy_store = tm.add(
            tg.DataStore(
                "Pupil allergy store",
                stores={allergy_records},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Menus and recipes with their allergens.
        recipe_db = tm.add(tg.DataStore("Menu and recipe database", stores={recipes}))
        # Tray images, reference photos and corrections used for retraining.
        image_set = tm.add(
            tg.Dataset("Tray image training set", stores={training_images, reference_photos})
        )
        # Record of every check and alert, for incident investigation.
        log_store = tm.add(tg.DataStore("Till check log store", stores={check_log}))

with tm.boundary("Kitchen office", trust=tg.Trust.INTERNAL):
    # Kitchen managers keep menus and recipes up to date.
    kitchen_manager = tm.add(tg.Actor("Kitchen manager", role="kitchen manager"))

# ---------------------------------------------------------------- flows
# At the till
tm.flow(pupil, till, tray_image, label="camera over tray slide")
tm.flow(pupil, till, card_id, label="card tapped on reader")
tm.flow(till, dish_model, tray_image, protocol="local")
tm.flow(dish_model, till, recognised_dishes, protocol="local")
tm.flow(till, check_service, check_request, protocol="https")
tm.flow(check_service, till, allergen_alert, protocol="https")
tm.flow(till, cashier, allergen_alert, label="shown on the till screen")
tm.flow(cashier, till, corrections, label="corrects dishes on the touchscreen")

# The check
tm.flow(allergy_store, check_service, allergy_records)
tm.flow(recipe_db, check_service, recipes)
tm.flow(check_service, log_store, check_log)

# Allergies from the school
tm.flow(parent, mis, parent_allergy_entry, protocol="https")
tm.flow(mis, sync_job, allergy_records, protocol="https")
tm.flow(sync_job, allergy_store, allergy_records)

# Menus and recipes
tm.flow(kitchen_manager, catering, recipes, reference_photos, protocol="https")
tm.flow(catering, recipe_db, recipes)
tm.flow(recipe_db, catering, recipes)
tm.flow(catering, image_set, reference_photos)

# Retraining and release
tm.flow(till, image_set, training_images, corrections, protocol="https", label="nightly upload")
tm.flow(image_set, training, training_images, reference_photos)
tm.flow(recipe_db, training, recipes, label="current dish list")
tm.flow(training, registry, model_artifact)
tm.flow(registry, till, model_artifact, protocol="https", label="model update")
tm.flow(till, dish_model, model_artifact, protocol="local", label="load model")
