"""Tea plantation leaf quality grading: the first design, before any security review.

A tea estate buys green leaf from smallholders at its collection points. The
collection clerk weighs each delivery on a Bluetooth scale and photographs a leaf
sample with the grading tablet; an on-device vision model grades the leaf (fine,
medium, coarse), and the grade sets the price per kilogram paid for that delivery.
The tablet also registers smallholders and their mobile money numbers. Intake
records and photos sync over mobile data to the estate's intake API in the cloud.
Once a week a payment run prices the week's intake from the grade price list and
sends a bulk disbursement to the mobile money provider, after the estate accountant
approves the total. Quality officers hand-grade sampled photos to build the training
set; the model is retrained in the cloud and pushed to tablets through the registry.
Controls in this design: clerk PIN on the app, per-device API keys, TLS to the cloud,
accountant sign-off of the weekly total, model evaluation before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tea plantation leaf quality grading",
    profile=tg.RiskProfile.HIGH,
    description=(
        "On-tablet vision grading of smallholder green leaf at collection points, "
        "setting the price paid through weekly mobile money payouts."
    ),
)

# ---------------------------------------------------------------- data assets
smallholder_id = tg.Data(
    "Smallholder member number", sensitivity=tg.Sensitivity.PII, kind="records"
)
registration = tg.Data(
    "Smallholder registration",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, national ID number, member number and mobile money payout number.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payout_number = tg.Data(
    "Mobile money payout number",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
weight = tg.Data(
    "Leaf weight reading",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
leaf_photo = tg.Data("Leaf sample photo", kind="media")
grade = tg.Data(
    "Leaf grade and confidence",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
intake_record = tg.Data(
    "Leaf intake record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Member number, collection point, time, weight and grade of a delivery.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
roster = tg.Data("Smallholder roster", sensitivity=tg.Sensitivity.PII, kind="records")
receipt = tg.Data("Intake receipt SMS", sensitivity=tg.Sensitivity.PII, kind="documents")
price_list = tg.Data(
    "Grade price list",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payout_approval = tg.Data("Weekly payout approval", kind="records")
disbursement = tg.Data(
    "Bulk disbursement instructions",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
disbursement_report = tg.Data(
    "Disbursement result report", sensitivity=tg.Sensitivity.PII, kind="records"
)
payment_notice = tg.Data(
    "Mobile money payment SMS", sensitivity=tg.Sensitivity.PII, kind="documents"
)
grade_labels = tg.Data("Officer leaf grades", kind="labels")
training_images = tg.Data("Graded leaf images", kind="training-data")
model_file = tg.Data("Grading model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Smallholders", trust=tg.Trust.UNTRUSTED):
    # Farmers who deliver plucked leaf and are paid for it by grade and weight.
    farmer = tm.add(tg.Actor("Smallholder farmer", role="leaf supplier"))

with tm.boundary("Collection point", trust=tg.Trust.INTERNAL):
    # Estate employee who runs the collection shed and operates the tablet.
    clerk = tm.add(tg.Actor("Collection clerk", role="estate staff"))
    # Rugged Android tablet running the intake and grading app, offline-first.
    tablet = tm.add(
        tg.Device(
            "Grading tablet",
            description="Android tablet with camera; queues intake records when offline.",
            controls={c.Authentication(method="clerk 4-digit PIN")},
        )
    )
    # Vision model on the tablet: its grade decides the price paid for the delivery.
    grading_model = tm.add(
        tg.Model(
            "Leaf quality grading model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Image classifier: fine, medium or coarse leaf, run with ONNX Runtime Mobile.",
        )
    )
    # Platform scale paired with the tablet; the weight is read, not typed in.
    scale = tm.add(tg.Device("Connected leaf scale", description="Bluetooth platform scale."))

with tm.boundary("Estate cloud", trust=tg.Trust.INTERNAL):
    # Receives tablet syncs and serves the roster and price list back to tablets.
    intake_api = tm.add(
        tg.Endpoint(
            "Intake sync API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-device API key issued at enrolment"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Every delivery, its weight and grade: the basis of what each farmer is paid.
    intake_db = tm.add(tg.DataStore("Leaf intake database", stores={intake_record}))
    # Who the smallholders are and which mobile money number pays them.
    registry_db = tm.add(
        tg.DataStore("Smallholder registry", stores={registration, payout_number, roster})
    )
    # Price per kilogram for each grade, set by the factory manager each season.
    prices = tm.add(tg.DataStore("Grade price list", stores={price_list}, controls={c.RBAC()}))
    # Weekly batch: weight x grade price per farmer, sent as one bulk disbursement.
    payment_run = tm.add(
        tg.Service(
            "Weekly smallholder payment run",
            controls={c.HumanInTheLoop(approver="estate accountant signs off the weekly total")},
        )
    )
    # Sampled leaf photos with officer grades, kept to retrain the model.
    image_set = tm.add(tg.Dataset("Graded leaf image set", stores={training_images, grade_labels}))
    # Retrains the grading model on the image set each quarter.
    training = tm.add(
        tg.Pipeline(
            "Grading model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="accuracy against officer grades on a hold-out set")},
        )
    )
    # Holds released model versions that tablets download with app updates.
    model_registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )

with tm.boundary("Estate office", trust=tg.Trust.INTERNAL):
    # Approves the weekly payout before it is sent.
    accountant = tm.add(tg.Actor("Estate accountant", role="finance"))
    # Hand-grades sampled photos to produce training labels.
    officer = tm.add(tg.Actor("Quality officer", role="leaf quality assessor"))

with tm.boundary("Mobile money provider", trust=tg.Trust.PARTNER):
    # Telco wallet provider that pays each farmer's mobile money account.
    mobile_money = tm.add(
        tg.ExternalService(
            "Mobile money bulk payments",
            description="Bulk disbursement API of the mobile network's wallet service.",
        )
    )

# ---------------------------------------------------------------- flows
# At the collection point
tm.flow(farmer, clerk, smallholder_id, label="shows member card")
tm.flow(clerk, tablet, smallholder_id, registration)
tm.flow(scale, tablet, weight, protocol="bluetooth")
tm.flow(tablet, grading_model, leaf_photo, protocol="local")
tm.flow(grading_model, tablet, grade, protocol="local")
tm.flow(tablet, clerk, grade, weight)

# Sync with the estate cloud
tm.flow(tablet, intake_api, intake_record, leaf_photo, registration, protocol="https")
tm.flow(intake_api, tablet, roster, protocol="https")
tm.flow(intake_api, intake_db, intake_record)
tm.flow(intake_api, registry_db, registration)
tm.flow(registry_db, intake_api, roster)
tm.flow(intake_api, image_set, leaf_photo, label="sampled photos")
tm.flow(intake_api, farmer, receipt, protocol="sms")

# Weekly payment
tm.flow(intake_db, payment_run, intake_record)
tm.flow(prices, payment_run, price_list)
tm.flow(registry_db, payment_run, payout_number)
tm.flow(accountant, payment_run, payout_approval, protocol="https")
tm.flow(payment_run, mobile_money, disbursement, protocol="https")
tm.flow(mobile_money, payment_run, disbursement_report, protocol="https")
tm.flow(mobile_money, farmer, payment_notice, protocol="sms")

# Model lifecycle
tm.flow(officer, image_set, grade_labels, protocol="https")
tm.flow(image_set, training, training_images, grade_labels)
tm.flow(training, model_registry, model_file)
tm.flow(model_registry, grading_model, model_file, protocol="https", label="app update")
