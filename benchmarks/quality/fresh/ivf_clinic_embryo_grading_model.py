"""IVF clinic embryo grading: the first design, before any security review.

Our fertility clinics (EU sites) culture embryos in time-lapse incubators whose
cameras photograph each embryo every few minutes. The incubator vendor's image
server on the embryology lab network keeps the image sequences. An ingestion job
on the clinic's ML server copies finished sequences from that server's file share
and sends them to an in-house grading model, which returns a quality grade and a
viability score per embryo. Embryologists see the scores beside the images in a
review app and decide which embryo to transfer; the final grade and decision are
written to the clinic's patient record system, from which the patient portal
shows patients their embryo report. Historical images with transfer outcomes from
the record system are used to retrain the model, which the ML engineer releases
through a model registry. Staff sign in with the clinic's directory; patients
sign in to the portal with e-mail, password and an SMS code.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "IVF clinic embryo grading model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Grades embryos from time-lapse images to support embryologists' transfer choice.",
)

# ---------------------------------------------------------------- data assets
images = tg.Data(
    "Time-lapse embryo image sequences",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Image stacks per embryo, labelled with the patient's cycle and dish ids.",
)
grade = tg.Data(
    "Embryo grade and viability score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
assessment = tg.Data(
    "Embryo assessment and transfer decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
patient_record = tg.Data(
    "Patient fertility record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
portal_report = tg.Data(
    "Patient embryo report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Grades, embryo pictures and the transfer summary shown to the patient.",
)
portal_request = tg.Data("Portal sign-in and requests", sensitivity=tg.Sensitivity.PII)
outcomes = tg.Data(
    "Transfer outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Implantation, clinical pregnancy and live-birth outcome per transferred embryo.",
)
training_set = tg.Data(
    "Historical embryo training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
)
weights = tg.Data(
    "Grading model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients read their embryo report from home.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Clinic cloud tenant", trust=tg.Trust.INTERNAL):
    # The public patient portal, hosted in the clinic's cloud subscription.
    portal = tm.add(
        tg.Endpoint(
            "Patient portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with SMS one-time code"),
            },
        )
    )

with tm.boundary("Embryology lab network", trust=tg.Trust.INTERNAL):
    # The incubators with built-in cameras that photograph every embryo.
    incubator = tm.add(
        tg.Device(
            "Time-lapse incubator",
            fleet=False,
            description="Four vendor incubators in the lab; images go to the vendor's server.",
        )
    )
    # The incubator vendor's image server: keeps all sequences, shares them over SMB.
    image_archive = tm.add(
        tg.DataStore(
            "Incubator image server",
            stores={images},
            description="Supplied and maintained by the incubator vendor.",
        )
    )
    # The embryologists: they make the transfer decision, the model only advises.
    embryologist = tm.add(tg.Actor("Embryologist", role="embryologist"))
    # The app on lab workstations that shows the images beside the model's scores.
    review_app = tm.add(
        tg.Service(
            "Embryo review app",
            controls={c.Authentication(method="clinic Active Directory single sign-on")},
        )
    )

with tm.boundary("Clinic data centre", trust=tg.Trust.INTERNAL):
    # Copies finished image sequences from the vendor server and asks for grades.
    ingestion = tm.add(
        tg.Pipeline(
            "Image ingestion job",
            stage=tg.Stage.INGESTION,
            description="Polls the vendor share every 15 minutes for completed sequences.",
        )
    )
    # The internal API the ingestion job and the review app call for grades.
    grading_api = tm.add(tg.Endpoint("Grading service", returns_scores=True))
    # The grading model itself: a CNN over the time-lapse sequence.
    model = tm.add(
        tg.Model(
            "Embryo grading model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Ranks a patient's embryos by predicted implantation potential.",
            controls={
                c.HumanInTheLoop(approver="the embryologist choosing the embryo to transfer"),
                c.ModelValidation(note="retrospective clinical validation before each release"),
            },
        )
    )
    # Historical sequences joined with their outcomes, for retraining.
    dataset = tm.add(tg.Dataset("Embryo training dataset", stores={training_set}))
    # Quarterly retraining on the clinic's GPU server.
    training = tm.add(
        tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned checkpoints; the serving host loads the released one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # The clinic's data scientist who trains and releases models.
    ml_engineer = tm.add(tg.Actor("Clinic ML engineer", role="ml engineer", privileged=True))

    with tm.boundary("Patient record zone", trust=tg.Trust.RESTRICTED):
        # The clinic's existing IVF patient record system (cycles, embryos, outcomes).
        emr = tm.add(
            tg.DataStore(
                "Patient record system",
                stores={patient_record, assessment, outcomes},
                controls={
                    c.RBAC(),
                    c.AuditLogging(retention_days=3650),
                    c.EncryptionAtRest(key_management="database TDE with keys on the server"),
                },
            )
        )

# ---------------------------------------------------------------- flows
# Imaging and grading
tm.flow(incubator, image_archive, images, label="image capture")
tm.flow(image_archive, ingestion, images, protocol="smb", label="copy finished sequences")
tm.flow(ingestion, grading_api, images, protocol="https")
tm.flow(grading_api, model, images)
tm.flow(model, grading_api, grade)
tm.flow(grading_api, review_app, grade, protocol="https")
tm.flow(image_archive, review_app, images, protocol="smb", label="image viewer")

# Embryologist decision, written to the record system
tm.flow(embryologist, review_app, assessment, label="confirms grade and picks embryo")
tm.flow(review_app, embryologist, grade, images)
tm.flow(review_app, emr, assessment, protocol="https")
tm.flow(emr, review_app, patient_record, protocol="https", label="patient and cycle lookup")

# Patient portal
tm.flow(patient, portal, portal_request, protocol="https")
tm.flow(portal, emr, portal_request, protocol="https", label="report query")
tm.flow(emr, portal, portal_report, protocol="https")
tm.flow(portal, patient, portal_report, protocol="https")

# Retraining and release
tm.flow(emr, dataset, outcomes, label="monthly outcome export")
tm.flow(ingestion, dataset, images, label="archived sequences")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, label="promotes a version")
tm.flow(registry, model, weights, label="deploy")
