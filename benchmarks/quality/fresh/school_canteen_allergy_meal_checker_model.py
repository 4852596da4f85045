"""School canteen allergy meal checker: the first design, before any security review.

We run the catering in a group of schools. At each canteen till an overhead camera
photographs the pupil's tray while the pupil taps their cashless catering card. An
edge box on the canteen network runs our tray recognition model on the image, looks
up the pupil's recorded allergies in a local cache and today's menu allergen matrix,
and, if a dish on the tray contains one of the pupil's allergens, shows an alert on
the till screen for the server, who acknowledges it. Allergy records come nightly
from each school's MIS (a vendor SaaS) through our cloud sync service; kitchen
managers keep recipes and allergens in the menu database. Trays the model is unsure
of are uploaded for labelling and retraining, and new models are pushed to the edge
boxes from the registry. Cloud links use HTTPS; the camera streams RTSP and the till
talks HTTP on the canteen LAN. Staff sign in with the catering single sign-on, the
MIS API uses OAuth client credentials, and uploaded tray crops are kept 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School canteen allergy meal checker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Till camera model that checks pupils' trays against their recorded "
    "allergies and alerts the server.",
)

# ---------------------------------------------------------------- data assets
card_tap = tg.Data(
    "Pupil catering account ID",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Read from the pupil's cashless catering card at the till.",
)
tray_images = tg.Data(
    "Tray images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Overhead frames of the tray slide; may catch pupils' hands, sleeves, faces.",
)
detected_dishes = tg.Data("Detected dishes", kind="model-output")
allergy_records = tg.Data(
    "Pupil allergy records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Children's medical dietary needs: allergens, severity, name, class.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
menu_allergens = tg.Data(
    "Menu allergen matrix",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Today's dishes with the 14 declared allergens of each recipe.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data(
    "Allergy alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pupil name, the dish and the allergen it contains.",
)
acknowledgement = tg.Data("Server acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
alert_events = tg.Data("Alert event log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
tray_labels = tg.Data("Tray dish labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
model_artifact = tg.Data(
    "Tray recognition model artifact", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Canteen floor", trust=tg.Trust.UNTRUSTED):
    # Pupils queue, put their tray under the camera and tap their card.
    pupil = tm.add(tg.Actor("Pupil", role="pupil"))

with tm.boundary("School canteen network", trust=tg.Trust.INTERNAL):
    # The catering assistant serving at the till; sees and acknowledges alerts.
    server = tm.add(tg.Actor("Till server", role="catering assistant"))
    # Kitchen manager who keeps the recipes and their allergens up to date.
    kitchen_manager = tm.add(tg.Actor("Kitchen manager", role="kitchen manager"))
    # Overhead camera above each till's tray slide.
    camera = tm.add(tg.Device("Till camera", fleet=True))
    # The cashless catering till: reads the card and shows the alert.
    till = tm.add(tg.Device("Till terminal", fleet=True))
    # Edge box in the canteen: runs the model and matches dishes against allergies.
    checker = tm.add(
        tg.Service(
            "Edge allergy checker",
            description="Matches detected dishes with the menu allergen matrix and the "
            "pupil's allergies; alerts the till on a match.",
        )
    )
    # The vision model recognising which dishes are on the tray.
    model = tm.add(
        tg.Model(
            "Tray meal recognition model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Object detector over the menu's dishes, run on the edge box.",
        )
    )
    # Local copy of allergies and today's menu, so tills keep working if the link drops.
    cache = tm.add(tg.DataStore("Edge allergy cache", stores={allergy_records, menu_allergens}))

with tm.boundary("School MIS vendor", trust=tg.Trust.PARTNER):
    # The school's management information system, where parents' medical forms are recorded.
    mis = tm.add(
        tg.DataSource(
            "School MIS",
            origin=tg.Origin.VENDOR,
            provides={allergy_records},
            description="Vendor SaaS; allergy fields read through its partner API.",
        )
    )

with tm.boundary("Catering cloud", trust=tg.Trust.INTERNAL):
    # Nightly pull of allergy records from each MIS; pushes them and the menu to edge boxes.
    sync = tm.add(
        tg.Service(
            "Allergy sync service",
            controls={c.Authentication(method="OAuth client credentials per school")},
        )
    )
    # Recipes and the allergens of each dish, per school and day.
    menu_db = tm.add(
        tg.DataStore(
            "Menu and recipe database",
            stores={menu_allergens},
            controls={c.Authentication(method="catering single sign-on"), c.RBAC()},
        )
    )
    # Alerts and acknowledgements, for incident follow-up with the school.
    alert_log = tm.add(tg.DataStore("Alert log store", stores={alert_events}))
    # Low-confidence tray crops kept for labelling and retraining.
    image_store = tm.add(
        tg.Dataset(
            "Tray image store",
            stores={tray_images, tray_labels},
            controls={c.RetentionLimits(days=90)},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Retrains the recognition model when the menu changes or errors pile up.
        training = tm.add(tg.Pipeline("Tray model training", stage=tg.Stage.TRAINING))
        # Versioned models; edge boxes pull the approved version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning(), c.ModelValidation(note="held-out tray set")},
            )
        )

with tm.boundary("Catering head office", trust=tg.Trust.INTERNAL):
    # Labels uploaded trays and releases new models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(pupil, till, card_tap, label="card tap at the till")
tm.flow(pupil, camera, tray_images, label="tray placed in person under the camera")
tm.flow(camera, checker, tray_images, protocol="rtsp")
tm.flow(till, checker, card_tap, protocol="http")

tm.flow(checker, model, tray_images)
tm.flow(model, checker, detected_dishes)
tm.flow(cache, checker, allergy_records, menu_allergens)

tm.flow(checker, till, alert, protocol="http")
tm.flow(till, server, alert, label="on the till screen")
tm.flow(server, till, acknowledgement, label="touchscreen")
tm.flow(till, checker, acknowledgement, protocol="http")
tm.flow(checker, alert_log, alert_events, protocol="https")

tm.flow(mis, sync, allergy_records, protocol="https", label="nightly API export")
tm.flow(kitchen_manager, menu_db, menu_allergens, protocol="https")
tm.flow(menu_db, sync, menu_allergens)
tm.flow(sync, cache, allergy_records, menu_allergens, protocol="https")

tm.flow(checker, image_store, tray_images, protocol="https", label="low-confidence trays")
tm.flow(ml_engineer, image_store, tray_labels, protocol="https")
tm.flow(image_store, training, tray_images, tray_labels)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, tg.Data("Release approval"), protocol="https")
tm.flow(registry, model, model_artifact, protocol="https", label="deploy to edge boxes")
