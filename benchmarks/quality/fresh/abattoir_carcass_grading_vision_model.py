"""Abattoir carcass grading vision model: the first design, before any security review.

A beef processing plant in Ireland replaces manual carcass grading on the kill line
with video image analysis. After dressing, each carcass passes a camera rig; an
in-house vision model on an edge server in the plant assigns its EUROP conformation
and fat class, which together with the hot weight from the line scale sets what the
farmer is paid. A licensed classifier on the line sees low-confidence grades on a
touchscreen and can override them. Grades land in the plant's carcass records
database, feed the livestock settlement system and the farmer portal where suppliers
read their kill sheets, and weekly classification returns go to the Department of
Agriculture over SFTP. Images and the classifier's overrides are shipped to a cloud
account where the model is retrained; an ML engineer approves each release before it
is pushed back to the edge server. Controls in this design: portal sign-in, role-based
access and audit logging on the records database, KMS encryption of the cloud image
archive, evaluation before release, versioned models and a manual deployment approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Abattoir carcass grading vision model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera-based EUROP grading of beef carcasses that sets farmer payments.",
)

# ---------------------------------------------------------------- data assets
carcass_images = tg.Data(
    "Carcass images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stereo colour frames of each side, tagged with the kill number.",
)
weights = tg.Data(
    "Hot carcass weight readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
grade = tg.Data(
    "Carcass grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Conformation and fat class with the model's confidence.",
)
overrides = tg.Data(
    "Classifier grade overrides",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
kill_records = tg.Data(
    "Kill sheet records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Kill number, herd number, supplier name, weight, grade and price per carcass.",
)
remittance = tg.Data("Farmer remittance statements", kind="records", sensitivity=tg.Sensitivity.PII)
kill_sheet_request = tg.Data("Kill sheet request", kind="records", sensitivity=tg.Sensitivity.PII)
returns = tg.Data(
    "Weekly classification returns",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Statutory grade and price returns per carcass for market price reporting.",
)
training_set = tg.Data(
    "Labelled carcass images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Grading model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Suppliers check their kill sheets and payments from home or the mart.
    farmer = tm.add(tg.Actor("Farmer", role="livestock supplier"))

with tm.boundary("Department of Agriculture", trust=tg.Trust.PARTNER):
    # Receives the statutory classification returns.
    department = tm.add(
        tg.ExternalService("Department of Agriculture returns service", provides="data-provider")
    )

with tm.boundary("Plant floor network", trust=tg.Trust.INTERNAL):
    # Fixed camera rig over the line after the final trim; it only sends frames.
    camera = tm.add(tg.Device("Grading camera rig", fleet=False))
    # The certified line scale weighs each carcass before grading.
    scale = tm.add(tg.Device("Line weigh scale", fleet=False))
    # Pairs frames with the kill number, calls the model and shows low-confidence grades.
    station = tm.add(
        tg.Service(
            "Grading station service",
            description="Edge server on the line; sends grades below a confidence cut-off "
            "to the classifier's touchscreen.",
        )
    )
    # The vision model whose grade sets the price paid for the carcass.
    grading_model = tm.add(
        tg.Model(
            "Carcass grading model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN over both sides of the carcass, exported to ONNX for the edge GPU.",
        )
    )
    # The licensed classifier who checks doubtful grades on the line.
    classifier = tm.add(tg.Actor("Licensed classifier", role="line classifier"))

with tm.boundary("Plant IT network", trust=tg.Trust.INTERNAL):
    # System of record for every carcass killed; grades are legally retained.
    records = tm.add(
        tg.DataStore(
            "Carcass records database",
            stores={kill_records, overrides},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Works out each supplier's payment from weight, grade and the weekly price grid.
    settlement = tm.add(tg.Service("Livestock settlement system"))
    # Supplier-facing web portal for kill sheets and remittances.
    portal = tm.add(
        tg.Endpoint(
            "Farmer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="herd number and password")},
        )
    )

with tm.boundary("Cloud ML account", trust=tg.Trust.INTERNAL):
    # Archive of line images with the grades the classifier confirmed or corrected.
    image_archive = tm.add(
        tg.Dataset(
            "Carcass image archive",
            stores={carcass_images, training_set},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Monthly retraining, scored against the classifier's grades before release.
    training = tm.add(
        tg.Pipeline(
            "Grading model training", stage=tg.Stage.TRAINING, controls={c.ModelValidation()}
        )
    )
    # Holds each trained model by version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Pushes an approved model version to the edge server over the site VPN.
    deploy = tm.add(
        tg.Pipeline(
            "Edge deployment pipeline",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="ML engineer")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model and approves each release.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# On the line
tm.flow(camera, station, carcass_images, protocol="gige vision")
tm.flow(scale, station, weights, protocol="modbus tcp")
tm.flow(station, grading_model, carcass_images)
tm.flow(grading_model, station, grade)
tm.flow(station, classifier, grade, label="low-confidence grades on the panel")
tm.flow(classifier, station, overrides, label="override on the panel")
tm.flow(station, records, grade, weights, overrides, protocol="tds")

# Payment and reporting
tm.flow(records, settlement, kill_records)
tm.flow(settlement, records, remittance, label="price per carcass")
tm.flow(records, portal, kill_records, remittance)
tm.flow(farmer, portal, kill_sheet_request, protocol="https")
tm.flow(portal, farmer, kill_records, remittance, protocol="https")
tm.flow(records, department, returns, protocol="sftp", label="weekly returns")

# Retraining
tm.flow(station, image_archive, carcass_images, protocol="https", label="nightly upload")
tm.flow(records, image_archive, overrides, protocol="https", label="confirmed grades")
tm.flow(image_archive, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, deploy, release_approval, protocol="https")
tm.flow(registry, deploy, model_artifact)
tm.flow(deploy, grading_model, model_artifact, protocol="ipsec", label="site VPN")
