"""Orchard ripeness survey: the first design, before any security review.

A cider maker wants to pick each block of its orchards at the right time. Before
harvest, a drone survey contractor flies the orchards each week and uploads the
images and flight logs to an upload portal in the cider maker's cloud project. A
preprocessing job cuts the images into one tile set per tree row using the
orchard row map, and an in-house vision model, fine-tuned from a backbone
downloaded from a public model hub, estimates ripeness for each row. The harvest
manager sees the estimates on a map in a web app and plans the picking order
there. Field technicians record starch-iodine test results on sampled trees,
which label the tiles the model is retrained on before each season. Controls in
this design: TLS on uploads and the map app, contractor sign-in and file checks
on the upload portal, staff sign-in to the map app, provider-managed encryption
on the image bucket, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Orchard ripeness drone survey",
    profile=tg.RiskProfile.LOW,
    description="Drone imagery of cider orchards scored for ripeness per tree row to plan "
    "the harvest.",
)

# ---------------------------------------------------------------- data assets
flight_plan = tg.Data("Survey flight plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
drone_images = tg.Data(
    "Drone orchard images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Geotagged RGB and multispectral frames of the canopy.",
)
flight_log = tg.Data("Drone flight log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
row_tiles = tg.Data(
    "Tree row image tiles",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Image tiles cropped and grouped per orchard block and tree row.",
)
row_map = tg.Data(
    "Orchard row map",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Block and row polygons with variety and planting year.",
)
estimates = tg.Data(
    "Per-row ripeness estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
picking_plan = tg.Data("Picking plan", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
starch_labels = tg.Data(
    "Starch-iodine test results",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
backbone = tg.Data(
    "Pretrained vision backbone", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
model_weights = tg.Data(
    "Ripeness model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Saved with torch.save after fine-tuning.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Drone contractor", trust=tg.Trust.PARTNER):
    # The survey company the cider maker hires each season.
    contractor = tm.add(tg.Actor("Drone survey contractor", role="contractor pilot"))
    # The contractor's own aircraft and camera; images come off its SD card.
    drone = tm.add(tg.Device("Survey drone", fleet=False))

with tm.boundary("Public internet", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained backbone is downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Cider maker cloud project", trust=tg.Trust.INTERNAL):
    # Web upload page the contractor drops each survey into.
    upload_portal = tm.add(
        tg.Endpoint(
            "Survey upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="contractor account e-mail and password"),
                c.InputValidation(note="accepts only JPEG/TIFF and CSV logs under 2 GB"),
            },
        )
    )
    # Keeps every raw survey for re-processing and for the training set.
    image_bucket = tm.add(
        tg.DataStore(
            "Survey image bucket",
            stores={drone_images, flight_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference geometry that ties pixels to tree rows.
    row_map_store = tm.add(tg.DataStore("Orchard row map store", stores={row_map}))
    # Georeferences the images and cuts them into per-row tiles.
    tiler = tm.add(tg.Pipeline("Row tiling job", stage=tg.Stage.PREPROCESSING))
    # Scores each row's tiles for ripeness.
    ripeness_model = tm.add(
        tg.Model(
            "Ripeness vision model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="CNN fine-tuned from a public backbone; outputs a ripeness index per row.",
        )
    )
    # Results per survey, read by the map app.
    estimates_store = tm.add(tg.DataStore("Ripeness estimates store", stores={estimates}))
    # The harvest manager's map and planning screen.
    map_app = tm.add(
        tg.Service(
            "Harvest planning map app",
            controls={c.Authentication(method="company Google Workspace sign-in")},
        )
    )
    # Sampled row tiles paired with the technicians' test results.
    training_set = tm.add(tg.Dataset("Ripeness training set", stores={row_tiles, starch_labels}))
    # Fine-tunes the backbone before each season.
    training = tm.add(tg.Pipeline("Pre-season fine-tuning job", stage=tg.Stage.FINE_TUNING))
    # Holds the fine-tuned checkpoints the model is served from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Farm office network", trust=tg.Trust.INTERNAL):
    # Decides the picking order block by block.
    harvest_manager = tm.add(tg.Actor("Harvest manager", role="harvest manager"))
    # Measures starch on sample apples to ground-truth ripeness.
    technician = tm.add(tg.Actor("Field technician", role="orchard technician"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(contractor, drone, flight_plan, label="programs the survey")
tm.flow(drone, contractor, drone_images, flight_log, label="SD card offload")
tm.flow(contractor, upload_portal, drone_images, flight_log, protocol="https", controls={tls})
tm.flow(upload_portal, image_bucket, drone_images, flight_log)

tm.flow(image_bucket, tiler, drone_images, flight_log)
tm.flow(row_map_store, tiler, row_map)
tm.flow(tiler, ripeness_model, row_tiles)
tm.flow(ripeness_model, estimates_store, estimates)

tm.flow(estimates_store, map_app, estimates)
tm.flow(row_map_store, map_app, row_map)
tm.flow(map_app, harvest_manager, estimates, row_map, protocol="https", controls={tls})
tm.flow(harvest_manager, map_app, picking_plan, protocol="https", controls={tls})
tm.flow(harvest_manager, row_map_store, row_map, label="updates blocks after replanting")

tm.flow(tiler, training_set, row_tiles, label="sampled rows")
tm.flow(technician, training_set, starch_labels, label="uploads test sheet")
tm.flow(training_set, training, row_tiles, starch_labels)
tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(training, registry, model_weights)
tm.flow(registry, ripeness_model, model_weights, label="loaded at deploy")
