"""School lunch allergy checker: the first design, before any security review.

A school district puts a camera above the checkout of each cafeteria serving line.
When a student identifies themselves at the point-of-sale terminal (lunch card or
PIN), the terminal sends a photo of the tray to the district's cloud, where a
dish-recognition model names the dishes on it. An allergy check service compares
those dishes with the day's menu and allergen data and with the student's allergy
record, synced nightly from the student information system, and sends a warning
back to the terminal for the cafeteria staff before the student pays. Every
evening a summary job e-mails parents what their child took, through an e-mail
delivery provider. Tray photos are kept for 90 days and reused to retrain the
model. Controls in this design: per-school API keys on the terminals, managed
encryption and role-based access on the allergy records, OAuth on the SIS sync,
district SSO for nutrition staff, and an accuracy test before a model is promoted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School lunch allergy checker",
    profile=tg.RiskProfile.HIGH,
    description="Camera-based tray check against students' allergy records at cafeteria checkout.",
)

# ---------------------------------------------------------------- data assets
lunch_id = tg.Data("Student lunch ID", sensitivity=tg.Sensitivity.PII, kind="records")
tray_image = tg.Data(
    "Tray photo",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Overhead photo of the tray; may show the student's hands, face or clothing.",
)
dish_predictions = tg.Data(
    "Recognised dishes", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
allergy_record = tg.Data(
    "Student allergy record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Allergies and dietary restrictions of minors, entered by school nurses.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
guardian_contacts = tg.Data("Guardian contacts", sensitivity=tg.Sensitivity.PII, kind="records")
menu = tg.Data(
    "Menu and allergen data",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
warning = tg.Data("Allergy warning", sensitivity=tg.Sensitivity.PII, kind="model-output")
acknowledgement = tg.Data(
    "Staff acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
check_result = tg.Data("Checkout check result", sensitivity=tg.Sensitivity.PII, kind="records")
summary = tg.Data("Daily parent summary", sensitivity=tg.Sensitivity.PII, kind="documents")
model_artifact = tg.Data(
    "Dish model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Cafeteria serving line", trust=tg.Trust.UNTRUSTED):
    # Students identify themselves at the checkout and carry the tray past the camera.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("School cafeteria network", trust=tg.Trust.INTERNAL):
    # Cafeteria staff see the warning and stop the student before payment.
    staff = tm.add(tg.Actor("Cafeteria staff", role="cafeteria staff"))
    # One network camera per serving line, mounted above the checkout.
    camera = tm.add(
        tg.Device("Checkout camera", fleet=True, description="IP camera above each checkout.")
    )
    # The existing POS terminal, extended to grab a frame and show warnings.
    pos = tm.add(
        tg.Service(
            "Checkout POS terminal",
            description="Reads the lunch card or PIN, sends the tray photo, shows warnings.",
        )
    )

with tm.boundary("District cloud", trust=tg.Trust.INTERNAL):
    # The API the terminals call; orchestrates recognition and the allergy match.
    checker = tm.add(
        tg.Service(
            "Allergy check service",
            description="Matches recognised dishes against the menu and the student's allergies.",
        )
    )
    # Recognises dishes on the tray; its output decides whether staff are warned.
    dish_model = tm.add(
        tg.Model(
            "Dish recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Object detector fine-tuned on the district's own dishes.",
            controls={c.ModelValidation(note="accuracy test on a held-out week of trays")},
        )
    )
    # Builds and sends each parent's evening summary.
    summary_job = tm.add(
        tg.Service("Daily summary job", description="Runs every evening at 18:00.")
    )

    with tm.boundary("Student data tier", trust=tg.Trust.RESTRICTED):
        # Copy of allergy records and guardian contacts from the SIS.
        allergy_db = tm.add(
            tg.DataStore(
                "Allergy records store",
                stores={allergy_record, guardian_contacts},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.RBAC(),
                },
            )
        )
        # Menus, recipes and their allergens, maintained by nutrition services.
        menu_db = tm.add(tg.DataStore("Menu and recipe database", stores={menu}))
        # Tray photos and check results, for parent summaries, disputes and retraining.
        event_store = tm.add(
            tg.DataStore(
                "Checkout event store",
                stores={tray_image, check_result},
                controls={c.RetentionLimits(days=90)},
            )
        )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Retrains the dish model monthly from stored tray photos labelled with the menu.
        training = tm.add(tg.Pipeline("Dish model training", stage=tg.Stage.TRAINING))
        # Holds trained checkpoints; serving loads the promoted one.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("District office", trust=tg.Trust.INTERNAL):
    # Nutrition services plan menus and record allergens per recipe.
    nutrition = tm.add(tg.Actor("Nutrition services staff", role="menu planner"))

with tm.boundary("SIS vendor", trust=tg.Trust.PARTNER):
    # The district's student information system, source of allergy and guardian data.
    sis = tm.add(
        tg.ExternalService("Student information system", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers the parent summaries.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents receive the daily summary in their own mailbox.
    parent = tm.add(tg.Actor("Parent", role="parent or guardian"))

# ---------------------------------------------------------------- flows
tm.flow(student, pos, lunch_id, label="lunch card or PIN")
tm.flow(camera, pos, tray_image, protocol="rtsp")
tm.flow(
    pos,
    checker,
    lunch_id,
    tray_image,
    protocol="https",
    controls={c.Authentication(method="per-school API key")},
)
tm.flow(checker, dish_model, tray_image)
tm.flow(dish_model, checker, dish_predictions)
tm.flow(checker, allergy_db, lunch_id, label="allergy lookup")
tm.flow(allergy_db, checker, allergy_record)
tm.flow(menu_db, checker, menu, label="today's menu")
tm.flow(checker, event_store, tray_image, check_result)
tm.flow(checker, pos, warning, protocol="https")
tm.flow(pos, staff, warning, label="on-screen warning")
tm.flow(staff, pos, acknowledgement, label="acknowledge or override")
tm.flow(pos, checker, acknowledgement, protocol="https", id="pos->checker:ack")

tm.flow(
    sis,
    allergy_db,
    allergy_record,
    guardian_contacts,
    protocol="https",
    label="nightly sync",
    controls={c.Authentication(method="OAuth client credentials")},
)
tm.flow(
    nutrition,
    menu_db,
    menu,
    protocol="https",
    controls={c.Authentication(method="district SSO")},
)

tm.flow(event_store, summary_job, check_result)
tm.flow(allergy_db, summary_job, guardian_contacts)
tm.flow(summary_job, mailer, summary, guardian_contacts, protocol="https")
tm.flow(mailer, parent, summary, protocol="smtp+starttls")

tm.flow(event_store, training, tray_image, label="monthly export")
tm.flow(menu_db, training, menu, label="dish labels")
tm.flow(training, registry, model_artifact)
tm.flow(registry, dish_model, model_artifact, label="deploy")
