"""National park trail erosion mapping: the first design, before any security review.

Each season the park authority's rangers fly survey drones along the footpath
network; after a flight the imagery is uploaded from the depot to cloud storage.
Rangers label a sample of the images (bare soil, gullying, widening, braiding) in
a web labelling tool, and an in-house segmentation model is trained on them. A
seasonal batch job runs the model over the new imagery and writes erosion maps
with the path sections that need repair. Rangers open the maps on field tablets
and plan repair work in the trail maps app. Members of the public who volunteer
can report damaged paths by uploading phone photos through a public web form;
rangers check each report in the same app. Staff sign in with the authority's
single sign-on; the public form asks for no account, only checks file types and
sizes. Everything runs in the authority's cloud tenancy.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "National park trail erosion mapping",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drone imagery and a trained model map footpath erosion for rangers to plan repairs.",
)

# ---------------------------------------------------------------- data assets
aerial_imagery = tg.Data(
    "Drone aerial imagery",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Orthomosaic tiles of the footpath corridors, 2 cm per pixel.",
)
ranger_labels = tg.Data(
    "Ranger erosion labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data("Labelled erosion training set", kind="training-data")
model_weights = tg.Data(
    "Erosion model checkpoint", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
erosion_map = tg.Data(
    "Erosion map and flagged sections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
volunteer_report = tg.Data(
    "Volunteer path damage report",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photo with its GPS position, a short description and the volunteer's e-mail.",
)
review_outcome = tg.Data("Report review outcome", kind="records")
repair_plan = tg.Data("Repair work plan", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public can report path damage; no account is needed.
    volunteer = tm.add(tg.Actor("Volunteer", role="member of the public"))

with tm.boundary("Field operations", trust=tg.Trust.INTERNAL):
    # Rangers fly the surveys, label images and plan the repairs.
    ranger = tm.add(tg.Actor("Ranger", role="ranger"))
    # Authority-issued tablets the rangers carry on the hill, on mobile data.
    tablet = tm.add(tg.Device("Ranger tablet", fleet=True))
    # The survey drones; imagery comes off their cards at the depot after each flight.
    drone = tm.add(tg.Device("Survey drone", fleet=True))

with tm.boundary("Park authority cloud", trust=tg.Trust.INTERNAL):
    # Public web form for volunteers' photos of damaged paths.
    photo_form = tm.add(
        tg.Endpoint(
            "Public path report form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.InputValidation(note="JPEG/HEIC only, 15 MB per photo")},
        )
    )
    # Holds volunteers' reports until a ranger has checked them.
    report_store = tm.add(
        tg.DataStore(
            "Volunteer report store",
            stores={volunteer_report},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Bucket of every season's drone imagery.
    imagery_store = tm.add(
        tg.DataStore(
            "Aerial imagery store",
            stores={aerial_imagery},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs the current model over a season's new imagery once the flights are in.
    mapping_job = tm.add(
        tg.Service(
            "Seasonal mapping batch job",
            description="Tiles the imagery, calls the model, merges the masks into path sections.",
        )
    )
    # The in-house segmentation model that marks eroded ground along the paths.
    erosion_model = tm.add(
        tg.Model(
            "Erosion segmentation model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="U-Net over imagery tiles; flags sections above an erosion threshold.",
        )
    )
    # GIS database of the maps, flagged sections, report reviews and repair plans.
    map_db = tm.add(
        tg.DataStore("Erosion map database", stores={erosion_map, review_outcome, repair_plan})
    )
    # Web app rangers use on their tablets: maps, volunteer reports, repair planning.
    maps_app = tm.add(
        tg.Service(
            "Trail maps app",
            controls={
                tg.controls.Authentication(method="authority SSO (OIDC)"),
                tg.controls.RBAC(note="rangers and area managers"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Web tool where rangers draw erosion classes over sample tiles.
        labelling = tm.add(
            tg.Pipeline(
                "Image labelling tool",
                stage=tg.Stage.LABELING,
                controls={tg.controls.Authentication(method="authority SSO (OIDC)")},
            )
        )
        # Labelled tiles from all seasons so far.
        dataset = tm.add(
            tg.Dataset("Erosion training dataset", stores={training_set, ranger_labels})
        )
        # Retrains the model before each season's mapping run.
        training = tm.add(
            tg.Pipeline(
                "Model training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    tg.controls.ModelValidation(note="held-out tiles checked against field surveys")
                },
            )
        )
        # Keeps each season's trained checkpoint.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_weights},
                controls={tg.controls.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# Survey imagery
tm.flow(
    drone,
    imagery_store,
    aerial_imagery,
    protocol="https",
    label="post-flight upload from the depot",
)

# Labelling and training
tm.flow(imagery_store, labelling, aerial_imagery, label="sample tiles")
tm.flow(labelling, tablet, aerial_imagery, protocol="https", label="tiles to label")
tm.flow(ranger, tablet, ranger_labels, label="draws erosion classes")
tm.flow(tablet, labelling, ranger_labels, protocol="https")
tm.flow(labelling, dataset, training_set, ranger_labels)
tm.flow(dataset, training, training_set, ranger_labels)
tm.flow(training, registry, model_weights)

# Seasonal mapping
tm.flow(registry, erosion_model, model_weights, label="load current season's checkpoint")
tm.flow(imagery_store, mapping_job, aerial_imagery)
tm.flow(mapping_job, erosion_model, aerial_imagery, label="imagery tiles")
tm.flow(erosion_model, mapping_job, erosion_map, label="erosion masks and scores")
tm.flow(mapping_job, map_db, erosion_map)

# Volunteer reports
tm.flow(volunteer, photo_form, volunteer_report, protocol="https")
tm.flow(photo_form, report_store, volunteer_report)
tm.flow(report_store, maps_app, volunteer_report)

# Rangers review maps and reports and plan repairs
tm.flow(map_db, maps_app, erosion_map, repair_plan)
tm.flow(maps_app, tablet, erosion_map, volunteer_report, repair_plan, protocol="https")
tm.flow(tablet, ranger, erosion_map, volunteer_report, label="on the tablet screen")
tm.flow(ranger, tablet, review_outcome, repair_plan, label="checks reports, plans repairs")
tm.flow(tablet, maps_app, review_outcome, repair_plan, protocol="https")
tm.flow(maps_app, map_db, review_outcome, repair_plan)
