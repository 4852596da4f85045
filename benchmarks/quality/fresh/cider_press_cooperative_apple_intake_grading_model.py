"""Cider press cooperative: apple intake grading, first design.

Member growers of a cider cooperative deliver bittersweet and sharp apples by
trailer to the co-op's press house through the harvest season. At intake each
load is weighed on the weighbridge and tipped onto the intake conveyor, where a
camera photographs the fruit. A grading service on a small server in the press
house office runs an in-house image model that estimates rot, bruising and
foreign matter, adds the sugar reading the intake operator takes with a
refractometer, and proposes a grade. The operator confirms or overrides it on the
intake terminal before the delivery ticket is printed. The grade and weight set
what each member is paid per tonne: delivery records sync to the co-op's cloud
accounting package, and members see their deliveries in a member portal where
they can query a grade. Labelled intake images are kept to retrain the model
before each season on a cloud GPU instance, and the new version is copied to the
press house by the co-op's part-time IT contractor.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Cider cooperative apple intake grading",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Grades members' apple deliveries at intake; grade and weight set payment.",
)

# ---------------------------------------------------------------- data assets
load_images = tg.Data(
    "Intake conveyor images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
weights = tg.Data(
    "Weighbridge readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
intake_entry = tg.Data(
    "Intake entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member number, trailer, declared variety, Brix reading, operator override.",
)
proposed_grade = tg.Data("Proposed grade and defect scores", kind="model-output")
delivery = tg.Data(
    "Delivery records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Member, date, net weight, variety, grade and price band per delivery.",
)
ticket = tg.Data("Delivery ticket", kind="documents", sensitivity=tg.Sensitivity.PII)
member_accounts = tg.Data(
    "Member payment accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Member names, addresses, bank details and season statements.",
)
grade_query = tg.Data("Grade query", kind="records", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Grading labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Grading model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Growers who deliver fruit and check their deliveries and payments from home.
    member = tm.add(tg.Actor("Member grower", role="co-op member"))

with tm.boundary("Press house yard", trust=tg.Trust.INTERNAL):
    # Load cell weighbridge; its indicator sends each gross and tare weight.
    weighbridge = tm.add(tg.Device("Weighbridge", fleet=False))
    # Fixed camera over the intake conveyor, on the press house LAN.
    camera = tm.add(tg.Device("Intake conveyor camera", fleet=False))
    # Seasonal staff who run intake, take the Brix sample and confirm grades.
    operator = tm.add(tg.Actor("Intake operator", role="intake staff"))

with tm.boundary("Press house office", trust=tg.Trust.INTERNAL):
    # Touchscreen PC at the intake window where deliveries are booked in.
    terminal = tm.add(
        tg.Endpoint(
            "Intake terminal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared intake PIN")},
        )
    )
    # Combines images, weight and Brix, runs the model and proposes a grade.
    grading = tm.add(
        tg.Service(
            "Grading service",
            controls={
                c.HumanInTheLoop(approver="the intake operator, who can override the grade"),
            },
        )
    )
    # The image model that scores defects in each load.
    model = tm.add(
        tg.Model(
            "Apple grading model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned CNN estimating rot, bruising and foreign matter per load.",
        )
    )
    # The season's deliveries, the basis of every member payment.
    delivery_db = tm.add(
        tg.DataStore(
            "Delivery database",
            stores={delivery},
            controls={c.AuditLogging(note="grade overrides record who and why")},
        )
    )

with tm.boundary("Co-op cloud", trust=tg.Trust.INTERNAL):
    # Website where members sign in to see deliveries and query grades.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="member number and password")},
        )
    )
    # Every intake image with the operator's final grade, for retraining.
    training_set = tm.add(tg.Dataset("Labelled intake images", stores={load_images, labels}))
    # Pre-season retraining job on a rented GPU instance.
    training = tm.add(tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING))
    # Bucket holding each trained model version.
    registry = tm.add(
        tg.ModelRegistry(
            "Model bucket",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Accounting provider", trust=tg.Trust.PARTNER):
    # Cloud accounting package that holds member accounts and runs payment runs.
    accounting = tm.add(
        tg.ExternalService(
            "Cloud accounting package",
            description="Member ledgers and payment runs; the price per tonne per grade is set here.",
        )
    )

with tm.boundary("IT contractor", trust=tg.Trust.UNTRUSTED):
    # Part-time contractor who retrains the model and deploys it to the press house.
    it_contractor = tm.add(tg.Actor("IT contractor", role="contractor", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(weighbridge, terminal, weights, protocol="rs-232", label="serial link from indicator")
tm.flow(camera, grading, load_images, protocol="rtsp")
tm.flow(operator, terminal, intake_entry, label="typed at the touchscreen")
tm.flow(terminal, grading, intake_entry, weights)
tm.flow(grading, model, load_images)
tm.flow(model, grading, proposed_grade)
tm.flow(grading, terminal, proposed_grade)
tm.flow(terminal, operator, proposed_grade, ticket, label="shown and printed at the window")
tm.flow(terminal, delivery_db, delivery, label="confirmed grade")
tm.flow(delivery_db, terminal, delivery)

tm.flow(delivery_db, accounting, delivery, protocol="https", label="nightly sync")
tm.flow(accounting, portal, member_accounts, protocol="https")
tm.flow(delivery_db, portal, delivery, protocol="https", label="nightly sync")
tm.flow(member, portal, grade_query, protocol="https")
tm.flow(portal, member, delivery, member_accounts, protocol="https")
tm.flow(portal, delivery_db, grade_query, protocol="https")

tm.flow(grading, training_set, load_images, protocol="https", label="daily upload")
tm.flow(delivery_db, training_set, labels, protocol="https", label="final grades as labels")
tm.flow(training_set, training, load_images, labels)
tm.flow(training, registry, model_artifact)
tm.flow(it_contractor, training, label="starts the seasonal run", protocol="ssh")
tm.flow(registry, it_contractor, model_artifact, protocol="https")
tm.flow(it_contractor, model, model_artifact, protocol="ssh", label="copies new version")
