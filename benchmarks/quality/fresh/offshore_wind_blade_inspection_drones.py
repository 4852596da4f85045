"""Offshore wind blade inspection: the first design, before any security review.

Our inspection team flies drones from a service vessel around each turbine in the
offshore wind farms and photographs every blade. After each flight the images are
offloaded to a ground station on the vessel, which uploads them over the vessel's
satellite link to an ingestion service in our cloud tenancy. An in-house vision
model classifies blade damage (erosion, cracks, lightning strikes) and scores each
finding; blade engineers confirm every category 4-5 finding in a review app before
it enters the defect register. A planning service builds repair campaigns and the
turbine curtailment schedule, which an asset manager approves and which is pushed
to the wind farm SCADA. Defect reports for blades under warranty go to the blade
manufacturer's warranty portal. Confirmed findings become labels for retraining.
Controls in this design: SSO for the review app, engineer sign-off on severe
findings, manager approval of curtailments, encryption at rest for images, a
per-vessel upload key, and an evaluation gate before a model is registered.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Offshore wind blade inspection drones",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Drone photos of turbine blades classified by a vision model; engineers confirm "
        "severe damage; repairs, curtailments and warranty claims are planned from it."
    ),
)

# ---------------------------------------------------------------- data assets
blade_images = tg.Data(
    "Blade inspection images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="High-resolution blade photos tagged with turbine, blade and position.",
)
flight_log = tg.Data("Flight telemetry and image metadata", kind="records")
damage_findings = tg.Data(
    "Damage classifications",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-image damage type, severity category 1-5 and confidence score.",
)
confirmed_defects = tg.Data(
    "Confirmed defects",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
engineer_verdict = tg.Data(
    "Engineer verdict", kind="feedback", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_labels = tg.Data(
    "Labelled blade images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Damage model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
repair_plan = tg.Data(
    "Repair campaign plan", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
curtailment = tg.Data(
    "Turbine curtailment schedule",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per-turbine power limits or stops until a blade is repaired.",
)
plan_approval = tg.Data("Plan approval", kind="records")
defect_report = tg.Data(
    "Warranty defect report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Confirmed defects with images, for blades still under warranty.",
)
warranty_response = tg.Data(
    "Warranty claim response", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Offshore service vessel", trust=tg.Trust.INTERNAL):
    # The inspection drones: they fly around each turbine and photograph the blades.
    drones = tm.add(
        tg.Device(
            "Inspection drones",
            fleet=True,
            description="Commercial quadcopters with a zoom camera, flown by our pilots.",
        )
    )
    # Laptop on the vessel that collects each flight's images and uploads them ashore.
    ground_station = tm.add(
        tg.Service(
            "Vessel ground station",
            description="Offloads SD cards after each flight and uploads over the satellite link.",
        )
    )

with tm.boundary("Inspection cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives uploads, checks turbine and blade tags, writes images to storage.
    ingestion = tm.add(
        tg.Pipeline(
            "Image ingestion service",
            stage=tg.Stage.INGESTION,
            controls={c.Authentication(method="per-vessel API key")},
        )
    )
    # Bucket holding every inspection image, the record of a blade's condition over time.
    image_store = tm.add(
        tg.DataStore(
            "Blade image store",
            stores={blade_images, flight_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The vision model that finds and grades blade damage in each image.
    classifier = tm.add(
        tg.Model(
            "Blade damage classifier",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned CNN; severity drives curtailment and repair priority.",
        )
    )
    # Web app where engineers go through findings and confirm the severe ones.
    review_app = tm.add(
        tg.Service(
            "Inspection review app",
            controls={
                c.Authentication(method="corporate SSO"),
                c.HumanInTheLoop(approver="a blade engineer", above="severity category 3"),
            },
        )
    )
    # System of record for blade defects, read by planning and warranty teams.
    defect_register = tm.add(
        tg.DataStore(
            "Defect register",
            stores={confirmed_defects, damage_findings},
            controls={c.RBAC()},
        )
    )
    # Builds repair campaigns and the curtailment schedule from confirmed defects.
    planner = tm.add(
        tg.Service(
            "Maintenance planning service",
            controls={c.HumanInTheLoop(approver="the offshore asset manager")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Images with engineer-confirmed labels, used to retrain the classifier.
        training_set = tm.add(
            tg.Dataset("Blade damage training set", stores={training_labels, blade_images})
        )
        # Quarterly retraining job; a model must beat the current one on a hold-out set.
        training = tm.add(
            tg.Pipeline(
                "Classifier retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation()},
            )
        )
        # Holds model versions; serving loads the approved one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Confirms or rejects the model's findings and writes the damage verdict.
    engineer = tm.add(tg.Actor("Blade engineer", role="engineer"))
    # Approves repair campaigns and any curtailment before it reaches the turbines.
    asset_manager = tm.add(tg.Actor("Offshore asset manager", role="asset manager"))

with tm.boundary("Wind farm OT network", trust=tg.Trust.RESTRICTED):
    # Turbine control: applies the approved curtailment schedule.
    scada = tm.add(
        tg.Service(
            "Wind farm SCADA", description="Reached through the OT DMZ scheduling interface."
        )
    )

with tm.boundary("Blade manufacturer", trust=tg.Trust.PARTNER):
    # The manufacturer's portal where warranty defect claims are filed.
    warranty_portal = tm.add(tg.ExternalService("Manufacturer warranty portal"))

# ---------------------------------------------------------------- flows
tm.flow(drones, ground_station, blade_images, flight_log, label="SD-card offload after each flight")
tm.flow(
    ground_station, ingestion, blade_images, flight_log, protocol="https", label="satellite uplink"
)
tm.flow(ingestion, image_store, blade_images, flight_log)

tm.flow(image_store, classifier, blade_images)
tm.flow(classifier, defect_register, damage_findings, label="all findings")
tm.flow(classifier, review_app, damage_findings, label="category 4-5 findings")
tm.flow(image_store, review_app, blade_images)
tm.flow(review_app, engineer, damage_findings, blade_images, protocol="https")
tm.flow(engineer, review_app, engineer_verdict, protocol="https")
tm.flow(review_app, defect_register, confirmed_defects)

tm.flow(defect_register, planner, confirmed_defects)
tm.flow(planner, asset_manager, repair_plan, curtailment, protocol="https")
tm.flow(asset_manager, planner, plan_approval, protocol="https")
tm.flow(planner, scada, curtailment, protocol="opc-ua")

tm.flow(defect_register, warranty_portal, defect_report, protocol="https")
tm.flow(warranty_portal, defect_register, warranty_response, protocol="https")

tm.flow(defect_register, training_set, confirmed_defects, label="confirmed labels")
tm.flow(image_store, training_set, blade_images)
tm.flow(training_set, training, training_labels, blade_images)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy approved version")
