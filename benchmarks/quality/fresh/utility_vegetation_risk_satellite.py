"""Utility vegetation risk from satellite imagery: the first design, before any security review.

A North American electricity distributor buys satellite imagery from one vendor
(downloaded over its HTTPS API) and LiDAR surveys from another (delivered by SFTP).
An ingestion pipeline in our cloud tenant crops both to the line corridors taken
from the network GIS and writes image tiles to an encrypted bucket. A ranking job
runs an in-house detection model over the tiles to find trees growing too close to
the conductors, combines the clearances with span attributes and sends a
risk-ranked span list to the work management system. Vegetation planners (SSO,
role-based access) review the list and approve the trimming schedule. Contractor
crews get work orders on a field app and upload before/after photos that close
the work order; the photos are turned into labels for the periodic retraining of
the detection model, whose versions are kept in a model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Utility vegetation risk from satellite imagery",
    profile=tg.RiskProfile.HIGH,
    description="Finds vegetation encroaching on power lines and schedules trimming by risk.",
)

# ---------------------------------------------------------------- data assets
satellite_imagery = tg.Data(
    "Satellite imagery",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed multispectral scenes over the service territory.",
)
lidar = tg.Data(
    "LiDAR point clouds",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Aerial LiDAR surveys of the line corridors.",
)
span_geometry = tg.Data(
    "Span geometry and attributes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Pole locations, conductor heights, voltage and circuit criticality.",
)
tiles = tg.Data(
    "Corridor image tiles",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Imagery and LiDAR cropped and co-registered per span.",
)
detections = tg.Data(
    "Encroachment detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Tree crowns with estimated height and clearance to the conductor.",
)
ranking = tg.Data(
    "Span risk ranking",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Spans ordered by vegetation contact risk, with the evidence per span.",
)
work_orders = tg.Data(
    "Trimming work orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Span, scope of work, landowner contact and property access notes.",
)
schedule_approval = tg.Data(
    "Schedule approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
field_photos = tg.Data(
    "Field photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Geotagged before/after photos of the span; may show private property.",
)
completion = tg.Data("Work completion report", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Vegetation labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Confirmed or rejected encroachments per span, derived from field photos.",
)
training_set = tg.Data(
    "Detection training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Detection model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Imagery vendors", trust=tg.Trust.PARTNER):
    # Commercial satellite operator: new scenes every few weeks.
    sat_vendor = tm.add(
        tg.DataSource(
            "Satellite imagery vendor", origin=tg.Origin.VENDOR, provides={satellite_imagery}
        )
    )
    # Aerial survey contractor: LiDAR once or twice a year per region.
    lidar_vendor = tm.add(
        tg.DataSource("LiDAR survey vendor", origin=tg.Origin.VENDOR, provides={lidar})
    )

with tm.boundary("Analytics cloud tenant", trust=tg.Trust.INTERNAL):
    # Pulls vendor deliveries and cuts them to the line corridors.
    ingestion = tm.add(tg.Pipeline("Imagery ingestion", stage=tg.Stage.INGESTION))
    # Bucket of processed tiles, input to both scoring and retraining.
    imagery_store = tm.add(
        tg.DataStore(
            "Imagery store",
            stores={tiles},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Finds tree crowns near conductors and estimates the clearance.
    detector = tm.add(
        tg.Model(
            "Encroachment detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Segmentation model fine-tuned on our own labelled spans.",
        )
    )
    # Batch job: runs the detector per span and ranks spans by risk.
    ranker = tm.add(
        tg.Service(
            "Span risk ranking job",
            description="Combines clearances with voltage and circuit criticality into a risk score.",
        )
    )
    # Receives crew uploads from the field app.
    field_api = tm.add(
        tg.Endpoint(
            "Field app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="contractor user accounts, username and password")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Matches field photos to the detections they confirm or reject.
        labeling = tm.add(tg.Pipeline("Field photo labeling", stage=tg.Stage.LABELING))
        # Accumulated labelled tiles for retraining.
        dataset = tm.add(tg.Dataset("Detection training set", stores={training_set, labels}))
        # Quarterly retraining of the detector.
        training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
        # Versions of the detector that the ranking job loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Authoritative record of poles, spans and conductors.
    gis = tm.add(tg.DataStore("Network GIS", stores={span_geometry}))
    # Existing work management system: turns the ranking into crew schedules.
    wms = tm.add(
        tg.Service(
            "Work management system",
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(),
                c.HumanInTheLoop(approver="vegetation planner"),
            },
        )
    )
    # Reviews the ranked spans and approves the trimming schedule.
    planner = tm.add(tg.Actor("Vegetation planner", role="vegetation program planner"))

with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # Contractor tablets and phones used by the trimming crews.
    field_app = tm.add(tg.Device("Crew field app", fleet=True))
    # Contractor trimming crews.
    crew = tm.add(tg.Actor("Trimming crew", role="contractor crew"))

# ---------------------------------------------------------------- flows
# imagery in
tm.flow(sat_vendor, ingestion, satellite_imagery, protocol="https")
tm.flow(lidar_vendor, ingestion, lidar, protocol="sftp")
tm.flow(gis, ingestion, span_geometry, protocol="https", label="line corridors")
tm.flow(ingestion, imagery_store, tiles)

# scoring and ranking
tm.flow(imagery_store, ranker, tiles)
tm.flow(ranker, detector, tiles)
tm.flow(detector, ranker, detections)
tm.flow(gis, ranker, span_geometry, protocol="https")
tm.flow(ranker, wms, ranking, protocol="https")

# scheduling
tm.flow(wms, planner, ranking, label="ranked spans for review")
tm.flow(planner, wms, schedule_approval)
tm.flow(wms, field_api, work_orders)
tm.flow(field_api, field_app, work_orders, protocol="https")
tm.flow(field_app, crew, work_orders)
tm.flow(crew, field_app, field_photos, completion)
tm.flow(field_app, field_api, field_photos, completion, protocol="https")
tm.flow(field_api, wms, completion)

# retraining from field photos
tm.flow(field_api, labeling, field_photos, completion)
tm.flow(ranker, labeling, detections, label="detections per completed span")
tm.flow(imagery_store, labeling, tiles)
tm.flow(labeling, dataset, labels, training_set)
tm.flow(dataset, training, training_set, labels)
tm.flow(training, registry, model_artifact)
tm.flow(registry, detector, model_artifact, label="load released version")
