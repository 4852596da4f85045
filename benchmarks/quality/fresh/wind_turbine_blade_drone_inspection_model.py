"""Wind turbine blade inspection by drone: the first design, before any security review.

A wind farm operator's own pilots fly inspection drones around each turbine,
which photograph every blade side in high resolution. At the end of the day the
pilot copies the images from the drone to a field ground-station laptop, which
uploads them with the flight metadata over 4G to an upload gateway in the
operator's cloud account, signed in with a per-laptop API key. A batch inference
job tiles the images and runs an in-house detection model for leading-edge
erosion, cracks and lightning damage; the findings, with a severity and a
confidence score, appear on a dashboard where maintenance planners (company SSO
with MFA) confirm or reject them and raise work orders. An annotation vendor
labels image tiles, and planners' verdicts are added to the training set; a
training pipeline fine-tunes a pretrained backbone from a public model hub and
stores PyTorch checkpoints in a versioned model registry that serving loads.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Wind turbine blade drone inspection model",
    profile=tg.RiskProfile.HIGH,
    description="Drone images of turbine blades, defect detection, maintenance planning.",
)

# ---------------------------------------------------------------- data assets
images = tg.Data(
    "Blade images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="42 MP stills of each blade side, with EXIF GPS and timestamps.",
)
flight_meta = tg.Data(
    "Flight metadata",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Turbine id, blade and side, drone position and camera angle per image.",
)
flight_plan = tg.Data("Flight plan", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
tiles = tg.Data("Blade image tiles", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
detections = tg.Data(
    "Defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bounding boxes with defect class, severity category and confidence.",
)
findings = tg.Data(
    "Blade defect findings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
verdicts = tg.Data(
    "Planner verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirmed or rejected findings, with a corrected class where needed.",
)
vendor_labels = tg.Data(
    "Vendor defect annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
work_order = tg.Data("Blade repair work order", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
backbone = tg.Data(
    "Pretrained backbone weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="An ImageNet-pretrained detection backbone (.pt checkpoint).",
)
weights = tg.Data(
    "Blade defect model checkpoint", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Wind farm site", trust=tg.Trust.INTERNAL):
    # The operator's own licensed drone pilots, on site for each campaign.
    pilot = tm.add(tg.Actor("Drone pilot", role="drone pilot"))
    # Camera drones flying a pre-planned path around each turbine.
    drone = tm.add(tg.Device("Inspection drone", fleet=True))
    # Rugged laptop: plans flights, copies images off the drone, uploads them.
    ground_station = tm.add(tg.Device("Field ground-station laptop", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public model hub the training pipeline downloads the pretrained backbone from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Annotation vendor", trust=tg.Trust.PARTNER):
    # Outsourced labelling team drawing defect boxes on image tiles.
    annotator = tm.add(
        tg.ExternalService("Annotation vendor", description="Labelling service with its own tool.")
    )

with tm.boundary("Inspection cloud account", trust=tg.Trust.INTERNAL):
    # Receives uploads from the ground stations over the public mobile network.
    gateway = tm.add(
        tg.Endpoint(
            "Image upload gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="per-laptop API key"),
                tg.controls.InputValidation(note="JPEG only, EXIF and metadata fields checked"),
            },
        )
    )
    # Object storage bucket with every image of every campaign.
    image_store = tm.add(
        tg.DataStore(
            "Blade image store",
            stores={images, flight_meta},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Tiles each new image, calls the model and writes the findings.
    inference_job = tm.add(tg.Pipeline("Batch inference job", stage=tg.Stage.PREPROCESSING))
    # The detector: a fine-tuned object-detection network served in a container.
    detector = tm.add(
        tg.Model(
            "Blade defect detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Finds leading-edge erosion, cracks and lightning damage on blades.",
        )
    )
    # Findings per turbine and blade, with planners' verdicts.
    findings_db = tm.add(tg.DataStore("Findings database", stores={findings, verdicts}))
    # Planners' web dashboard: review findings next to the image crops.
    dashboard = tm.add(
        tg.Endpoint(
            "Maintenance planning dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="company SSO (OIDC) with MFA")},
        )
    )
    # Tiles with vendor annotations and planner verdicts, for retraining.
    train_set = tm.add(
        tg.Dataset(
            "Labelled blade defect dataset",
            stores={tiles, vendor_labels, verdicts},
            controls={tg.controls.DataVersioning(note="DVC snapshots per training run")},
        )
    )
    # Quarterly fine-tuning job on a GPU instance.
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline", stage=tg.Stage.TRAINING, third_party_packages=True
        )
    )
    # Versioned store of model checkpoints; serving pulls the version tagged production.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={tg.controls.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Engineers who decide which blades get repaired and when.
    planner = tm.add(tg.Actor("Maintenance planner", role="maintenance planner"))
    # The operator's maintenance management system, where repairs are scheduled.
    cmms = tm.add(tg.DataStore("Maintenance work order system", stores={work_order}))

# ---------------------------------------------------------------- flows
# Capture and upload
tm.flow(pilot, ground_station, flight_plan, label="plans the flight at the laptop")
tm.flow(ground_station, drone, flight_plan, protocol="usb")
tm.flow(drone, ground_station, images, flight_meta, protocol="usb", label="SD card copy")
tm.flow(ground_station, gateway, images, flight_meta, protocol="https", label="4G upload")
tm.flow(gateway, image_store, images, flight_meta)

# Detection
tm.flow(image_store, inference_job, images, flight_meta)
tm.flow(inference_job, detector, tiles)
tm.flow(detector, inference_job, detections)
tm.flow(inference_job, findings_db, findings)

# Review and maintenance planning
tm.flow(findings_db, dashboard, findings)
tm.flow(image_store, dashboard, images, label="image crops")
tm.flow(dashboard, planner, findings, images, protocol="https")
tm.flow(planner, dashboard, verdicts, work_order, protocol="https")
tm.flow(dashboard, findings_db, verdicts)
tm.flow(dashboard, cmms, work_order, protocol="https")

# Labelling and retraining
tm.flow(inference_job, annotator, tiles, protocol="https", label="tiles sent for labelling")
tm.flow(annotator, train_set, vendor_labels, protocol="https")
tm.flow(inference_job, train_set, tiles)
tm.flow(findings_db, train_set, verdicts)
tm.flow(train_set, training, tiles, vendor_labels, verdicts)
tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="deploy")
