"""Wool mill fleece grading: the first design, before any security review.

Farmers consign fleeces to the mill, which grades each one and pays by grade.
At every grading table a camera photographs the fleece; an in-house vision model
on the grading floor's GPU server estimates its micron band and contamination
(vegetable matter, kemp, coloured fibre) and shows the suggested grade on the
table screen. The grader confirms or overrides it; grades and images are stored
on the mill network. Weekly, the payments system prices confirmed grades, the mill
accountant approves the run and a BACS file goes to the bank. Farmers use a web
portal to pre-advise consignments, see grades and statements and update their bank
details. The model is retrained on archived images, confirmed grades and the
wool testing lab's core tests. Controls: portal sign-in, grader confirmation,
audited grades, an encrypted role-restricted ledger, payment-run approval, and
model evaluation and versioning.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wool mill fleece grading",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Camera-based grading of fleeces for micron and contamination, confirmed by "
        "graders; farmers are paid by the confirmed grade."
    ),
)

# ---------------------------------------------------------------- data assets
consignment = tg.Data(
    "Consignment advice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Farmer name, flock number, breed, number of fleeces and bales.",
)
fleece_image = tg.Data(
    "Fleece images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Overhead photos of each fleece on the grading table, tagged with lot.",
)
grade_suggestion = tg.Data(
    "Suggested grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Micron band, contamination class and the model's confidence.",
)
confirmed_grade = tg.Data(
    "Confirmed grade",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The grade the grader accepted or set, with grader id and time.",
)
grading_results = tg.Data(
    "Grading results per lot",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Each farmer's fleeces with confirmed grades and weights.",
)
core_tests = tg.Data(
    "Core-test results",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lab-measured mean fibre diameter and vegetable matter per sale lot.",
)
training_examples = tg.Data(
    "Fleece training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Images joined with confirmed grades and lab micron values.",
)
model_artifact = tg.Data(
    "Grading model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint (.pt).",
)
bank_details = tg.Data(
    "Grower bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Account name, sort code and account number for each grower.",
)
statement = tg.Data(
    "Payment statement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-consignment payment by grade, deductions and total paid.",
)
payment_file = tg.Data(
    "BACS payment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Growers who consign wool and are paid by grade.
    farmer = tm.add(tg.Actor("Farmer", role="grower"))

with tm.boundary("Wool testing lab", trust=tg.Trust.PARTNER):
    # Independent lab whose core tests are the reference measurement for micron.
    lab = tm.add(
        tg.DataSource(
            "Wool testing lab results",
            origin=tg.Origin.PARTNER,
            provides={core_tests},
            description="CSV downloads from the lab's customer site, per sale lot.",
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Pays the growers from the weekly BACS submission.
    bank = tm.add(tg.ExternalService("Bank BACS service"))

with tm.boundary("Mill DMZ", trust=tg.Trust.INTERNAL):
    # Growers' self-service site.
    portal = tm.add(
        tg.Endpoint(
            "Grower portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Mill network", trust=tg.Trust.INTERNAL):
    # System of record for consignments and confirmed grades.
    records_db = tm.add(
        tg.DataStore(
            "Grading records database",
            stores={consignment, confirmed_grade, grading_results},
            controls={c.AuditLogging(note="every grade change records grader and time")},
        )
    )
    # Images kept for grade queries and for retraining.
    image_archive = tm.add(tg.DataStore("Fleece image archive", stores={fleece_image}))
    # Prices confirmed grades and prepares the weekly payment run.
    payments = tm.add(
        tg.Service(
            "Grower payments system",
            controls={c.HumanInTheLoop(approver="the mill accountant approves each payment run")},
        )
    )
    # Growers' accounts, bank details and payment history.
    ledger = tm.add(
        tg.DataStore(
            "Grower ledger",
            stores={bank_details, statement},
            controls={
                c.EncryptionAtRest(key_management="database TDE"),
                c.RBAC(note="accounts office only"),
            },
        )
    )

    with tm.boundary("Grading floor", trust=tg.Trust.INTERNAL):
        # Staff who grade each fleece and own the final grade.
        grader = tm.add(tg.Actor("Grader", role="wool classer"))
        # One overhead camera per grading table.
        cameras = tm.add(tg.Device("Grading table cameras", fleet=True))
        # Table-side app: shows the suggestion, takes the grader's confirmation.
        station = tm.add(
            tg.Service(
                "Grading station app",
                controls={
                    c.HumanInTheLoop(approver="the grader confirms or overrides every grade")
                },
            )
        )
        # Vision model on the floor's GPU server.
        model = tm.add(
            tg.Model(
                "Fleece grading model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="CNN estimating micron band and contamination from fleece images.",
            )
        )

    with tm.boundary("ML workstation", trust=tg.Trust.INTERNAL):
        # Engineer who retrains and promotes models.
        ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
        # Curated images with confirmed grades and lab values.
        training_set = tm.add(tg.Dataset("Fleece training set", stores={training_examples}))
        # Builds the training set, retrains and evaluates against lab core tests.
        training = tm.add(
            tg.Pipeline(
                "Retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out lots scored against core tests")},
            )
        )
        # Versioned model checkpoints the GPU server loads from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

# ---------------------------------------------------------------- flows
# grower portal
tm.flow(farmer, portal, consignment, protocol="https")
tm.flow(farmer, portal, bank_details, protocol="https", label="updates bank details")
tm.flow(portal, farmer, grading_results, statement, protocol="https")
tm.flow(portal, records_db, consignment)
tm.flow(records_db, portal, grading_results)
tm.flow(portal, payments, bank_details)

# grading
tm.flow(records_db, station, consignment, label="lot on the table")
tm.flow(cameras, station, fleece_image, protocol="usb")
tm.flow(station, model, fleece_image, protocol="grpc")
tm.flow(model, station, grade_suggestion, protocol="grpc")
tm.flow(station, grader, grade_suggestion, label="on the table touchscreen")
tm.flow(grader, station, confirmed_grade, label="confirmed on the touchscreen")
tm.flow(station, records_db, confirmed_grade, grade_suggestion)
tm.flow(station, image_archive, fleece_image)

# payment
tm.flow(records_db, payments, grading_results, label="weekly export")
tm.flow(payments, ledger, bank_details, statement)
tm.flow(ledger, payments, bank_details)
tm.flow(payments, portal, statement)
tm.flow(payments, bank, payment_file, protocol="sftp")

# retraining
tm.flow(image_archive, training, fleece_image, label="monthly export")
tm.flow(records_db, training, confirmed_grade, label="monthly export")
tm.flow(lab, training, core_tests, protocol="https")
tm.flow(training, training_set, training_examples)
tm.flow(training_set, training, training_examples)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, training, label="runs retraining and promotes")
tm.flow(registry, model, model_artifact, label="deploy")
