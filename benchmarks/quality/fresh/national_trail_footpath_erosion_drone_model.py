"""National trail footpath erosion mapping: the first design, before any security review.

The national park authority maps erosion along its national trail. Volunteer drone
pilots fly assigned path sections and upload survey imagery through a survey portal
(own e-mail and password accounts); walkers can send a photo of a damaged stretch,
with an e-mail address for follow-up, through a public web form. Both land in an
imagery bucket in the park's cloud tenancy. A preprocessing job builds orthomosaic
tiles, an in-house segmentation model marks eroded ground, and a prioritisation
service combines its scores with the path network from a mapping provider to rank
repairs. Rangers see the list on a dashboard behind Microsoft 365 SSO and record
repairs done. The GIS officer labels tiles for retraining; checkpoints go to a
model registry that serving loads from. Controls: file checks on the form, portal
accounts, bucket encryption, SSO with MFA and roles, model versioning, nightly backups.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "National trail footpath erosion mapping",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Maps footpath erosion from volunteer drone surveys and walkers' photos "
    "and ranks repair work for the ranger team.",
)

# ---------------------------------------------------------------- data assets
walker_report = tg.Data(
    "Walker photo report",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A photo with its EXIF location, a short note and the walker's e-mail; "
    "may show people on the path.",
)
drone_imagery = tg.Data(
    "Drone survey imagery",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Overlapping nadir images of a path section with GPS tags; "
    "walkers passing may be caught in frame.",
)
survey_tasks = tg.Data(
    "Survey assignments",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which path sections each pilot is asked to fly, and when.",
)
tiles = tg.Data("Orthomosaic tiles", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
erosion_scores = tg.Data(
    "Erosion masks and scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
footpath_network = tg.Data(
    "Footpath network and basemap",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed path centrelines, rights of way and basemap tiles.",
)
repair_list = tg.Data(
    "Repair priority list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
repair_updates = tg.Data("Repair updates", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Erosion labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Segmentation model checkpoint", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public walking the trail can send a report.
    walker = tm.add(tg.Actor("Walker", role="member of the public"))
    # Trained volunteers flying their own drones under the park's survey scheme.
    pilot = tm.add(tg.Actor("Volunteer drone pilot", role="volunteer"))

with tm.boundary("Mapping provider", trust=tg.Trust.PARTNER):
    # The national mapping agency's API supplies the path network and basemap.
    mapping = tm.add(
        tg.ExternalService("Mapping data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Park cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public form where walkers upload a photo of erosion.
    photo_form = tm.add(
        tg.Endpoint(
            "Walker photo form",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.InputValidation(note="JPEG/PNG only, 20 MB cap")},
        )
    )
    # Where volunteer pilots pick up assignments and upload their survey flights.
    survey_portal = tm.add(
        tg.Endpoint(
            "Drone survey portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Raw drone imagery and walker photos, kept for re-processing.
    imagery_bucket = tm.add(
        tg.DataStore(
            "Imagery bucket",
            stores={drone_imagery, walker_report},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Stitches drone images into georeferenced orthomosaic tiles and crops walker photos.
    preprocessing = tm.add(tg.Pipeline("Orthomosaic preprocessing", stage=tg.Stage.PREPROCESSING))
    # Marks eroded and widened ground on each tile.
    seg_model = tm.add(
        tg.Model(
            "Erosion segmentation model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="U-Net trained in-house on labelled trail tiles.",
        )
    )
    # Combines erosion scores, path network and visitor counts into a ranked repair list.
    prioritiser = tm.add(tg.Service("Repair prioritisation service"))
    # Current condition of each path section, the ranked list and repairs done.
    condition_db = tm.add(
        tg.DataStore(
            "Path condition database",
            stores={erosion_scores, repair_list, repair_updates},
            controls={tg.controls.DataVersioning(note="nightly backups")},
        )
    )
    # What the rangers use to see the list and record repairs.
    dashboard = tm.add(
        tg.Endpoint(
            "Ranger dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="park Microsoft 365 SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )
    # Tiles with the GIS officer's erosion outlines, for retraining.
    training_set = tm.add(tg.Dataset("Labelled erosion tiles", stores={tiles, labels}))
    # Retrains the segmentation model a few times a season.
    training = tm.add(tg.Pipeline("Model training job", stage=tg.Stage.TRAINING))
    # Holds each trained checkpoint; serving loads the current version.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
        )
    )

with tm.boundary("Park office network", trust=tg.Trust.INTERNAL):
    # Rangers plan and carry out the repairs.
    ranger = tm.add(tg.Actor("Ranger", role="ranger"))
    # Labels tiles and runs retraining; can change the model.
    gis_officer = tm.add(tg.Actor("GIS officer", role="gis officer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(walker, photo_form, walker_report, protocol="https")
tm.flow(photo_form, imagery_bucket, walker_report)

tm.flow(survey_portal, pilot, survey_tasks, protocol="https")
tm.flow(pilot, survey_portal, drone_imagery, protocol="https")
tm.flow(survey_portal, imagery_bucket, drone_imagery)

tm.flow(imagery_bucket, preprocessing, drone_imagery, walker_report)
tm.flow(preprocessing, prioritiser, tiles)
tm.flow(prioritiser, seg_model, tiles)
tm.flow(seg_model, prioritiser, erosion_scores)
tm.flow(mapping, prioritiser, footpath_network, protocol="https")
tm.flow(prioritiser, condition_db, erosion_scores, repair_list)

tm.flow(condition_db, dashboard, erosion_scores, repair_list)
tm.flow(dashboard, ranger, repair_list, protocol="https")
tm.flow(ranger, dashboard, repair_updates, protocol="https")
tm.flow(dashboard, condition_db, repair_updates)

tm.flow(preprocessing, training_set, tiles)
tm.flow(gis_officer, training_set, labels, label="outlines erosion in QGIS")
tm.flow(training_set, training, tiles, labels)
tm.flow(training, registry, weights)
tm.flow(registry, seg_model, weights, label="load current version")
