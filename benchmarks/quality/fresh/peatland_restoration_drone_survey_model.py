"""Peatland restoration drone survey: the first design, before any security review.

A conservation trust surveys upland blanket bog with its own drones. Pilots fly
planned missions over each restoration site, offload the imagery and flight logs
onto a field laptop and upload them to the trust's cloud project over HTTPS. A
photogrammetry pipeline builds orthomosaics, combined with open LiDAR terrain
data, and a mapping service runs an in-house segmentation model (fine-tuned from
a public backbone) that maps bare peat, drains and vegetation classes. The maps
land in the trust's GIS database, where ecologists review them, keep the site
and landowner register and draw up restoration plans. Ecologists also label
image tiles for retraining. Grant funders sign in to a web portal to read the
evidence packs that show the work planned and done. Controls in this design: the
cloud provider's encryption of the imagery bucket, role-based access to the GIS
database, versioned models in the registry, an ecologist's sign-off on each map,
and e-mail and password sign-in to the funder portal.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Peatland restoration drone survey",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Maps peat condition from drone imagery to plan and evidence restoration work.",
)

# ---------------------------------------------------------------- data assets
flight_plan = tg.Data(
    "Flight plan",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    description="Survey polygon, altitude, overlap and camera settings for one site.",
)
raw_imagery = tg.Data(
    "Raw drone imagery",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="Geotagged RGB and multispectral stills; walkers and farm buildings can appear.",
)
flight_logs = tg.Data("Drone flight logs", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
orthomosaics = tg.Data(
    "Orthomosaics and surface models",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
terrain = tg.Data("Open LiDAR terrain data", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
backbone = tg.Data(
    "Pretrained segmentation backbone", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
tile_labels = tg.Data(
    "Labelled peat condition tiles",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Peat model checkpoint", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
condition_map = tg.Data(
    "Peat condition map",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Polygons of bare peat, drains and vegetation classes with areas per site.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
plan = tg.Data(
    "Restoration plan",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
site_register = tg.Data(
    "Site and landowner register",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Sites, landowners and tenants with contact details and consent to survey.",
)
evidence_pack = tg.Data(
    "Grant evidence pack",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Before and after maps, areas restored and costs for one grant claim.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
funder_queries = tg.Data(
    "Funder queries on evidence", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # National open LiDAR and terrain products, used to trace drains under vegetation.
    open_data = tm.add(
        tg.DataSource(
            "Open terrain data service", origin=tg.Origin.PUBLIC_DATASET, provides={terrain}
        )
    )
    # Public model hub the pretrained backbone is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Grant funders", trust=tg.Trust.PARTNER):
    # Funder grant officers checking that claimed restoration work was planned and done.
    funder = tm.add(tg.Actor("Grant officer", role="funder"))

with tm.boundary("Field survey kit", trust=tg.Trust.INTERNAL):
    # Trust staff with drone certificates who fly the surveys.
    pilot = tm.add(tg.Actor("Drone pilot", role="survey staff"))
    # Survey drones that fly the plan and record imagery to an SD card.
    drone = tm.add(
        tg.Device("Survey drone", description="Multirotor with RGB and multispectral cameras.")
    )
    # Laptop in the field vehicle: plans missions, offloads cards, uploads when in signal.
    laptop = tm.add(tg.Device("Field laptop", fleet=False))

with tm.boundary("Trust cloud project", trust=tg.Trust.INTERNAL):
    # Object storage for raw imagery, logs and processed mosaics.
    bucket = tm.add(
        tg.DataStore(
            "Survey imagery bucket",
            stores={raw_imagery, flight_logs, orthomosaics},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Stitches imagery into orthomosaics and surface models, aligned to the terrain data.
    photogrammetry = tm.add(tg.Pipeline("Photogrammetry pipeline", stage=tg.Stage.PREPROCESSING))
    # Runs the model over each mosaic and turns the masks into map polygons.
    mapping = tm.add(
        tg.Service(
            "Peat mapping service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="site ecologist", note="each map is signed off before use in a plan"
                )
            },
        )
    )
    # Segmentation model that classifies each pixel as bare peat, drain or a vegetation class.
    model = tm.add(tg.Model("Peat condition segmentation model", task=tg.Task.CLASSIFIER))
    # Image tiles labelled by ecologists for fine-tuning.
    training_set = tm.add(tg.Dataset("Peat tile training set", stores={tile_labels, orthomosaics}))
    # Fine-tunes the backbone on the labelled tiles when new labels come in.
    training = tm.add(tg.Pipeline("Model fine-tuning job", stage=tg.Stage.FINE_TUNING))
    # Keeps each trained checkpoint; the mapping service loads the current one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
        )
    )
    # The trust's GIS database: maps, plans and the site and landowner register.
    gis = tm.add(
        tg.DataStore(
            "GIS database",
            stores={condition_map, plan, site_register, evidence_pack},
            controls={tg.controls.RBAC()},
        )
    )
    # Web portal where funders read evidence packs and raise queries.
    portal = tm.add(
        tg.Endpoint(
            "Funder evidence portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Trust office", trust=tg.Trust.INTERNAL):
    # Restoration ecologists: review maps, label tiles, write plans and evidence.
    ecologist = tm.add(tg.Actor("Restoration ecologist", role="ecologist"))

# ---------------------------------------------------------------- flows
tm.flow(pilot, laptop, flight_plan, label="plans mission")
tm.flow(laptop, drone, flight_plan, protocol="usb")
tm.flow(drone, laptop, raw_imagery, flight_logs, protocol="usb", label="SD card offload")
tm.flow(laptop, bucket, raw_imagery, flight_logs, protocol="https")

tm.flow(bucket, photogrammetry, raw_imagery)
tm.flow(open_data, photogrammetry, terrain, protocol="https")
tm.flow(photogrammetry, bucket, orthomosaics)

tm.flow(bucket, mapping, orthomosaics)
tm.flow(mapping, model, orthomosaics, label="image tiles")
tm.flow(model, mapping, condition_map, label="class masks")
tm.flow(registry, model, weights, label="load current checkpoint")
tm.flow(mapping, gis, condition_map)

tm.flow(gis, ecologist, condition_map, site_register, label="review in desktop GIS")
tm.flow(ecologist, gis, plan, site_register, evidence_pack, label="plans and evidence")

tm.flow(bucket, training_set, orthomosaics, label="tiles for labelling")
tm.flow(ecologist, training_set, tile_labels)
tm.flow(hub, training, backbone, protocol="https")
tm.flow(training_set, training, tile_labels, orthomosaics)
tm.flow(training, registry, weights)

tm.flow(gis, portal, evidence_pack)
tm.flow(portal, funder, evidence_pack, protocol="https")
tm.flow(funder, portal, funder_queries, protocol="https")
tm.flow(portal, gis, funder_queries)
