"""Council pothole reporting with photo severity rating: the first design.

Residents report potholes from the council's app: a photo, the GPS location and a
short description, after signing in with their council account. An in-house vision
model rates the severity from the photo, and a rules engine turns the report and the
rating into a work order (with a priority and a repair deadline) in the highways
asset management system. Road-repair contractors receive their work orders through a
contractor API and close them from their own field app with after-photos; the same
vision model checks that the after-photo shows a completed repair at that location,
and accounts payable pays the contractor's invoice against verified work orders only.
Everything runs in the council's cloud tenancy, except the asset management and
finance systems on the corporate network. Controls in this design: resident sign-in,
rate limits and upload checks on the intake API, per-contractor API keys, HTTPS on
external links, encrypted photo storage, role-based access and audit logs in the
asset management system, and versioned models in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Council pothole photo severity rating",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Residents' pothole photos rated by a vision model to create highways work "
        "orders; contractors' after-photos checked by the model before invoices are paid."
    ),
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Pothole report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="GPS location, description, resident's account id and contact e-mail.",
)
report_photo = tg.Data(
    "Resident pothole photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Street photo; may show faces, number plates and house fronts.",
)
report_status = tg.Data("Report status update", kind="records", sensitivity=tg.Sensitivity.PII)
severity = tg.Data("Severity rating", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
work_order = tg.Data(
    "Work order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
work_order_status = tg.Data(
    "Work order status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
closure = tg.Data(
    "Work order closure",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Contractor's completion notice: work order id, completion time, materials.",
)
after_photo = tg.Data(
    "Contractor after-photo",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Photo of the finished repair with its GPS position and timestamp.",
)
repair_check = tg.Data(
    "Repair check result", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
verification = tg.Data(
    "Verified work order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
invoice = tg.Data(
    "Contractor invoice",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Monthly invoice listing closed work orders and the contractor's bank details.",
)
remittance = tg.Data("Remittance advice", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
labels = tg.Data(
    "Severity labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_photos = tg.Data(
    "Labelled pothole photos", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_artifact = tg.Data(
    "Vision model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can create a council account and report a pothole.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Contractor network", trust=tg.Trust.PARTNER):
    # Road-repair crews working under the council's highways maintenance contract.
    crew = tm.add(tg.Actor("Contractor repair crew", role="contractor"))
    # The contractor's own job management app and back office; it talks to our API.
    contractor_system = tm.add(
        tg.ExternalService(
            "Contractor field app",
            description="The contractor's own app and back office: jobs, after-photos, invoices.",
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives reports and photos from the resident app and reports their status back.
    intake = tm.add(
        tg.Endpoint(
            "Report intake API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council account e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="image type, size and GPS fields checked"),
            },
        )
    )
    # Keeps residents' photos and contractors' after-photos for the model and audits.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={report_photo, after_photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Rates pothole severity and checks that an after-photo shows a finished repair.
    vision_model = tm.add(
        tg.Model(
            "Pothole vision model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description=(
                "CNN fine-tuned by the council's data team; rates severity 1-5 and "
                "classifies after-photos as repaired or not repaired."
            ),
        )
    )
    # Turns a report and its rating into a prioritised work order.
    rules_engine = tm.add(
        tg.Service(
            "Work order rules engine",
            description="Priority and repair deadline from severity, road class and location.",
        )
    )
    # Gives contractors their assigned work orders and takes their closures.
    contractor_api = tm.add(
        tg.Endpoint(
            "Contractor API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-contractor API key")},
        )
    )
    # Runs the model on the after-photo against the original report before closing.
    verifier = tm.add(
        tg.Service(
            "Repair verification service",
            description="Compares after-photo and its GPS with the original report via the model.",
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Historic report photos labelled by highways inspectors.
        dataset = tm.add(tg.Dataset("Pothole training set", stores={training_photos, labels}))
        # Retrains the vision model when new labels arrive.
        training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))
        # Versioned checkpoints that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # The existing highways asset management system: the record of every work order.
    ams = tm.add(
        tg.Service(
            "Highways asset management system",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # The council's finance system; pays contractor invoices in the weekly payment run.
    accounts_payable = tm.add(
        tg.Service(
            "Accounts payable system",
            description="Matches invoice lines to verified work orders and pays by BACS.",
            controls={c.RBAC()},
        )
    )
    # Highways inspectors manage work orders and label photos for training.
    officer = tm.add(tg.Actor("Highways officer", role="highways inspector"))

# ---------------------------------------------------------------- flows
# Resident reports
tm.flow(resident, intake, report, report_photo, protocol="https")
tm.flow(intake, resident, report_status, protocol="https")
tm.flow(intake, photo_store, report_photo)
tm.flow(intake, vision_model, report_photo, label="rate severity")
tm.flow(vision_model, intake, severity)
tm.flow(intake, rules_engine, report, severity)
tm.flow(rules_engine, ams, work_order, protocol="https", label="create work order")
tm.flow(ams, intake, work_order_status, protocol="https", label="status updates")

# Highways officers
tm.flow(officer, ams, work_order, protocol="https")
tm.flow(ams, officer, work_order, work_order_status, protocol="https")

# Contractors
tm.flow(ams, contractor_api, work_order, protocol="https", label="assigned work orders")
tm.flow(contractor_api, contractor_system, work_order, protocol="https")
tm.flow(crew, contractor_system, closure, after_photo, label="closes job in the field app")
tm.flow(contractor_system, crew, work_order)
tm.flow(contractor_system, contractor_api, closure, after_photo, protocol="https")
tm.flow(contractor_api, photo_store, after_photo)
tm.flow(contractor_api, verifier, closure, after_photo)
tm.flow(photo_store, verifier, report_photo, label="original report photo")
tm.flow(verifier, vision_model, report_photo, after_photo, label="check repair")
tm.flow(vision_model, verifier, repair_check)
tm.flow(verifier, ams, verification, protocol="https", label="close work order")
tm.flow(verifier, contractor_api, work_order_status)
tm.flow(contractor_api, contractor_system, work_order_status, protocol="https")

# Payment
tm.flow(ams, accounts_payable, verification, label="verified work orders for matching")
tm.flow(contractor_system, accounts_payable, invoice, protocol="https", label="e-invoicing")
tm.flow(accounts_payable, contractor_system, remittance, protocol="https")

# Training
tm.flow(photo_store, dataset, training_photos, label="historic report photos")
tm.flow(officer, dataset, labels, label="labels severity")
tm.flow(dataset, training, training_photos, labels)
tm.flow(training, registry, model_artifact)
tm.flow(registry, vision_model, model_artifact, label="deploy")
