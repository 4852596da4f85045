"""Shelf-gap robots for a supermarket chain: the first design, before any security review.

At night, after the stores close, a fleet of robots bought from a robotics vendor
drives the aisles of each store and photographs the shelves. A vision model that
runs on the robot compares each photo with the store's planogram and price file,
downloaded from the chain's cloud before each run, and flags empty facings and
shelf-edge labels that show the wrong price. The robot uploads its findings and
the shelf photos over the store Wi-Fi to the chain's robot API in the cloud,
where a findings service turns them into restocking and relabelling tasks on the
store staff's handhelds; head office sees availability reports on a dashboard.
The vendor copies the uploaded photos into its own cloud, retrains the model and
pushes new versions to the robots over the air. Robots authenticate to the chain
with per-robot device certificates, staff and head office sign in with the
corporate SSO, and the photo bucket is encrypted with cloud-managed keys.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Supermarket shelf-gap robot vision",
    profile=tg.RiskProfile.LOW,
    description=(
        "Night-time shelf-scanning robots detect gaps and wrong price labels and "
        "create restocking tasks for store staff."
    ),
)

# ---------------------------------------------------------------- data assets
shelf_images = tg.Data(
    "Shelf photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="High-resolution aisle photos taken at night; cleaners or night staff "
    "are sometimes in frame.",
)
planogram = tg.Data(
    "Planogram and shelf price file",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Where each product should sit and the price its shelf label should show.",
)
findings = tg.Data(
    "Shelf findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Detected gaps and price-label mismatches with aisle, bay and shelf position.",
)
tasks = tg.Data(
    "Restocking and relabelling tasks", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
task_updates = tg.Data(
    "Task completion updates",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Done, not found or no stock, with the staff member's user id.",
)
availability = tg.Data(
    "On-shelf availability reports", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_images = tg.Data(
    "Labelled shelf training images", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
detector_weights = tg.Data(
    "Gap detector model",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="The vendor's compiled detection model, shipped to the robots.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Store", trust=tg.Trust.INTERNAL):
    # Night-shift and morning staff who work the restocking tasks.
    staff = tm.add(tg.Actor("Store staff", role="store colleague"))
    # The chain's existing rugged handhelds, running the task app.
    handheld = tm.add(
        tg.Device(
            "Staff handheld",
            description="Android handhelds on the store Wi-Fi, running the chain's task app.",
        )
    )
    # The vendor's robot: drives the aisles, photographs shelves, uploads findings.
    robot = tm.add(
        tg.Device(
            "Shelf-scanning robot",
            description="Autonomous mobile robot with shelf cameras; one or two per store.",
        )
    )
    # Runs on the robot's own GPU so that only findings and photos leave the store.
    detector = tm.add(
        tg.Model(
            "Gap and price-label detector",
            task=tg.Task.DETECTOR,
            description="Vendor-trained vision model on the robot: finds empty facings and "
            "reads shelf-edge labels to compare with the price file.",
        )
    )

with tm.boundary("Chain cloud", trust=tg.Trust.INTERNAL):
    # The only thing the robots talk to in the chain's cloud.
    robot_api = tm.add(
        tg.Endpoint(
            "Robot fleet API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="per-robot X.509 device certificates"),
            },
            description="Serves the nightly planogram and price file; receives findings and photos.",
        )
    )
    # Turns findings into tasks and tracks them until staff close them.
    findings_service = tm.add(
        tg.Service(
            "Shelf findings service",
            controls={
                tg.controls.Authentication(method="corporate SSO, username and password"),
            },
            description="Deduplicates findings, creates tasks per store and takes updates "
            "from the handheld app.",
        )
    )
    findings_db = tm.add(
        tg.DataStore(
            "Findings and task database",
            stores={findings, tasks, task_updates},
        )
    )
    # Kept for audit of findings and for the vendor's retraining.
    image_bucket = tm.add(
        tg.DataStore(
            "Shelf photo bucket",
            stores={shelf_images},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Master data the robots check shelves against.
    catalogue = tm.add(
        tg.DataStore(
            "Planogram and price master",
            stores={planogram},
            description="Fed by merchandising and pricing systems.",
        )
    )
    # Head office view of availability across stores.
    dashboard = tm.add(
        tg.Service(
            "Availability dashboard",
            controls={
                tg.controls.Authentication(method="corporate SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Category and store operations managers reading the reports.
    head_office = tm.add(tg.Actor("Head office operations manager", role="operations"))

with tm.boundary("Robot vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor retrains on photos from all its customers' stores.
    training_set = tm.add(tg.Dataset("Vendor shelf image dataset", stores={training_images}))
    retraining = tm.add(
        tg.Pipeline(
            "Vendor retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Copies new photos from the chain's bucket, has them labelled, "
            "and retrains the detector.",
        )
    )
    vendor_registry = tm.add(
        tg.ModelRegistry(
            "Vendor model registry",
            stores={detector_weights},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Pushes new model versions to the fleet.
    ota = tm.add(
        tg.Service(
            "Vendor OTA update service",
            description="Rolls new detector versions out to robots store by store.",
        )
    )

# ---------------------------------------------------------------- flows
# Nightly run
tm.flow(catalogue, robot_api, planogram)
tm.flow(robot_api, robot, planogram, protocol="https", label="price file before each run")
tm.flow(robot, detector, shelf_images, planogram, protocol="local")
tm.flow(detector, robot, findings, protocol="local")
tm.flow(robot, robot_api, findings, shelf_images, protocol="https", label="upload after run")
tm.flow(robot_api, image_bucket, shelf_images)
tm.flow(robot_api, findings_service, findings)

# Tasks for staff
tm.flow(findings_service, findings_db, findings, tasks, task_updates)
tm.flow(findings_db, findings_service, findings, tasks)
tm.flow(findings_service, handheld, tasks, protocol="https")
tm.flow(handheld, staff, tasks, label="on the handheld screen")
tm.flow(staff, handheld, task_updates, label="on the handheld screen")
tm.flow(handheld, findings_service, task_updates, protocol="https")

# Head office reporting
tm.flow(findings_db, dashboard, findings, task_updates)
tm.flow(dashboard, head_office, availability, protocol="https")

# Vendor retraining and over-the-air updates
tm.flow(image_bucket, retraining, shelf_images, protocol="https", label="cross-account copy")
tm.flow(retraining, training_set, training_images)
tm.flow(training_set, retraining, training_images)
tm.flow(retraining, vendor_registry, detector_weights)
tm.flow(vendor_registry, ota, detector_weights)
tm.flow(ota, robot, detector_weights, protocol="https", label="over-the-air model update")
tm.flow(robot, detector, detector_weights, protocol="local", label="loads new model")
