"""Agricultural drone crop disease mapping: the first design, before any security review.

An agronomy service flies survey drones over customers' fields. After each flight the
drone's geotagged images are uploaded to an imagery API in our cloud, stitched into an
orthomosaic, and a vision model trained in-house maps disease patches. A spray planner
turns the disease map into a variable-rate prescription (product and litres per
hectare per zone). The farmer sees the map and the prescription in our mobile app and
approves it; only then is the prescription pushed through the sprayer manufacturer's
telematics cloud to the farmer's sprayer, which reports as-applied data back.
Agronomists label disease patches on orthomosaics to build the training set; a
training pipeline retrains the detector and publishes versions to a model registry.
Controls in this design: app logins and pilot upload tokens, the farmer's approval
before any prescription leaves our cloud, encrypted imagery storage, versioned models,
and HTTPS on every link that leaves our cloud.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Agricultural drone crop disease mapping",
    profile=tg.RiskProfile.HIGH,
    description="Drone imagery to disease maps to farmer-approved variable-rate spray plans.",
)

# ---------------------------------------------------------------- data assets
raw_images = tg.Data(
    "Geotagged drone images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Multispectral and RGB frames with GPS position of the customer's fields.",
)
orthomosaic = tg.Data("Field orthomosaic", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
disease_map = tg.Data(
    "Disease map",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prescription = tg.Data(
    "Variable-rate prescription",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Product, dose per zone and spray/no-spray areas as a shapefile.",
)
farm_profile = tg.Data(
    "Farmer account and field boundaries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, farm location and field polygons.",
)
approval = tg.Data("Prescription approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
as_applied = tg.Data("As-applied log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
labels = tg.Data(
    "Disease patch labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Detector weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer: reviews maps and approves spray plans in the mobile app.
    farmer = tm.add(tg.Actor("Farmer", role="customer"))

with tm.boundary("Fields", trust=tg.Trust.UNTRUSTED):
    # Survey drones flown by our pilots; images are uploaded from the field over LTE.
    drone = tm.add(tg.Device("Survey drone", description="Uploads through the pilot's tablet."))
    # The farmer's own sprayer with a variable-rate controller.
    sprayer = tm.add(tg.Device("Variable-rate sprayer"))

with tm.boundary("Sprayer manufacturer cloud", trust=tg.Trust.PARTNER):
    # The only route to the sprayer: the manufacturer's telematics and file-transfer API.
    telematics = tm.add(
        tg.ExternalService(
            "Sprayer telematics cloud",
            description="Delivers prescription files to machines and collects as-applied data.",
        )
    )

with tm.boundary("Agronomy cloud", trust=tg.Trust.INTERNAL):
    # Receives flight imagery from the field.
    upload_api = tm.add(
        tg.Endpoint(
            "Imagery upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-pilot upload token")},
        )
    )
    # Backend of the farmer's mobile app: maps, prescriptions, approvals.
    app_api = tm.add(
        tg.Endpoint(
            "Farm app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="email and password, OAuth tokens")},
        )
    )
    # Raw images and stitched orthomosaics per flight.
    imagery = tm.add(
        tg.DataStore(
            "Imagery store",
            stores={raw_images, orthomosaic},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Stitches and georeferences each flight's images.
    stitching = tm.add(tg.Pipeline("Orthomosaic pipeline", stage=tg.Stage.PREPROCESSING))
    # Segments disease patches on orthomosaic tiles.
    detector = tm.add(
        tg.Model(
            "Disease detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Segmentation CNN producing disease polygons with a severity class.",
        )
    )
    # Disease maps, field boundaries and prescriptions per field and flight.
    field_store = tm.add(
        tg.DataStore("Field map store", stores={disease_map, prescription, farm_profile})
    )
    # Rule-based planner: turns disease zones into product doses per zone.
    planner = tm.add(
        tg.Service(
            "Spray plan generator",
            description="Buffers disease patches, assigns label rates and writes the prescription.",
            controls={c.HumanInTheLoop(approver="the farmer, in the app")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Labeled orthomosaic tiles for training the detector.
        train_set = tm.add(tg.Dataset("Disease training set", stores={labels, orthomosaic}))
        # Retrains the detector when new labels arrive.
        training = tm.add(
            tg.Pipeline(
                "Detector training pipeline", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Versions of the detector that serving loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Plant pathologists who label disease patches on orthomosaics.
    agronomist = tm.add(tg.Actor("Agronomist", role="labeler"))

# ---------------------------------------------------------------- flows
# imagery to disease map
tm.flow(drone, upload_api, raw_images, protocol="https")
tm.flow(upload_api, imagery, raw_images)
tm.flow(imagery, stitching, raw_images)
tm.flow(stitching, imagery, orthomosaic)
tm.flow(imagery, detector, orthomosaic, label="tiles")
tm.flow(detector, field_store, disease_map)

# spray planning and approval
tm.flow(field_store, planner, disease_map, farm_profile)
tm.flow(planner, field_store, prescription, label="draft prescription")
tm.flow(field_store, app_api, disease_map, prescription, farm_profile)
tm.flow(app_api, farmer, disease_map, prescription, protocol="https")
tm.flow(farmer, app_api, approval, farm_profile, protocol="https")
tm.flow(app_api, field_store, farm_profile, label="field boundary edits")
tm.flow(app_api, planner, approval)

# to and from the sprayer
tm.flow(planner, telematics, prescription, protocol="https", label="approved prescription")
tm.flow(telematics, sprayer, prescription, protocol="https")
tm.flow(sprayer, telematics, as_applied, protocol="https")
tm.flow(telematics, app_api, as_applied, protocol="https")

# labeling and training
tm.flow(imagery, agronomist, orthomosaic, label="labeling tool")
tm.flow(agronomist, train_set, labels)
tm.flow(imagery, train_set, orthomosaic)
tm.flow(train_set, training, labels, orthomosaic)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="load version")
