"""Municipal tree survey: the first design, before any security review.

A city council's tree team flies camera drones over parks and streets on a
survey schedule. Pilots upload each flight's images from the depot to the
council's cloud tenancy, where an ingestion pipeline georeferences and tiles
them. A nightly detection job runs an in-house vision model over new tiles and
records trees that look like they have ash dieback or other disease. Arborists
work from a web planning map: they check the flagged trees, record what they
found on inspection and plan inspections and felling. Findings are exported
nightly to the council's public tree map. Once a year the confirmed cases are
added to the training set and the model is retrained from a pretrained backbone
downloaded from a public model hub. Staff sign in with council single sign-on
and MFA, with roles; stores use the cloud's default encryption at rest, and
model versions are kept in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Municipal tree survey disease detection",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drone imagery, a tree-disease detector, arborists' planning map and a public map.",
)

# ---------------------------------------------------------------- data assets
flight_plan = tg.Data("Flight plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
aerial_images = tg.Data(
    "Aerial images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Low-altitude photos; incidentally capture people, private gardens and cars.",
)
image_tiles = tg.Data(
    "Georeferenced image tiles",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
findings = tg.Data(
    "Tree disease findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tree location, suspected disease, confidence and the image crop it came from.",
)
tree_inventory = tg.Data("Tree inventory", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
inspection_outcomes = tg.Data(
    "Inspection outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Arborist's confirmation or rejection of each finding after a site visit.",
)
work_plan = tg.Data(
    "Inspection and felling plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
public_layer = tg.Data(
    "Public tree map layer",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Tree locations, species and disease status for the council website.",
)
training_examples = tg.Data(
    "Confirmed case training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Image crops of inspected trees with the arborist's confirmed label.",
)
backbone = tg.Data(
    "Pretrained backbone weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
weights = tg.Data(
    "Tree disease model weights", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
run_config = tg.Data("Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents and anyone else browsing the public tree map.
    public = tm.add(tg.Actor("Member of the public", role="map viewer"))
    # Where the pretrained image backbone is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Field operations", trust=tg.Trust.INTERNAL):
    # Council pilots plan and fly the survey flights.
    pilot = tm.add(tg.Actor("Drone pilot", role="tree team pilot"))
    # Camera drones owned by the council.
    drone = tm.add(tg.Device("Survey drone", fleet=True))
    # Arborists inspect flagged trees and decide on felling.
    arborist = tm.add(tg.Actor("Arborist", role="arborist"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Georeferences, tiles and stores each flight's images.
    ingestion = tm.add(tg.Pipeline("Image ingestion pipeline", stage=tg.Stage.INGESTION))
    # Raw images and tiles of every flight.
    image_store = tm.add(
        tg.DataStore(
            "Aerial image store",
            stores={aerial_images, image_tiles},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs the model over new tiles each night.
    detection_job = tm.add(tg.Service("Nightly detection job"))
    # The disease detector itself.
    model = tm.add(
        tg.Model(
            "Tree disease detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Finds trees in image tiles and flags ash dieback and other disease.",
        )
    )
    # Findings, the tree inventory and the arborists' records.
    findings_db = tm.add(
        tg.DataStore(
            "Tree findings database",
            stores={findings, tree_inventory, inspection_outcomes, work_plan},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web GIS app the arborists plan from.
    planning_map = tm.add(
        tg.Service(
            "Arborist planning map",
            controls={
                c.Authentication(method="council single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Data scientist who runs the yearly retraining and promotes the new model.
        scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))
        # Confirmed cases accumulated for retraining.
        training_set = tm.add(tg.Dataset("Confirmed case training set", stores={training_examples}))
        # Yearly fine-tuning on the confirmed cases.
        retraining = tm.add(
            tg.Pipeline(
                "Yearly retraining pipeline", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Versions of the trained model.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Public web", trust=tg.Trust.INTERNAL):
    # The council's public tree map on its website.
    public_map = tm.add(
        tg.Endpoint("Public tree map", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(pilot, drone, flight_plan, label="mission loaded on the controller")
tm.flow(drone, ingestion, aerial_images, protocol="https", label="uploaded from the depot")
tm.flow(ingestion, image_store, aerial_images, image_tiles)

tm.flow(image_store, detection_job, image_tiles, label="nightly batch")
tm.flow(detection_job, model, image_tiles)
tm.flow(model, detection_job, findings)
tm.flow(detection_job, findings_db, findings)

tm.flow(findings_db, planning_map, findings, tree_inventory, work_plan)
tm.flow(planning_map, findings_db, inspection_outcomes, work_plan)
tm.flow(image_store, planning_map, image_tiles)
tm.flow(planning_map, arborist, findings, image_tiles, work_plan, protocol="https")
tm.flow(arborist, planning_map, inspection_outcomes, work_plan, protocol="https")

tm.flow(findings_db, public_map, public_layer, label="nightly export")
tm.flow(public_map, public, public_layer, protocol="https")

tm.flow(findings_db, training_set, inspection_outcomes, label="yearly export of confirmed cases")
tm.flow(image_store, training_set, image_tiles, label="crops of inspected trees")
tm.flow(training_set, retraining, training_examples)
tm.flow(hub, retraining, backbone, protocol="https")
tm.flow(scientist, retraining, run_config, label="starts the yearly run")
tm.flow(retraining, registry, weights)
tm.flow(scientist, registry, promotion, label="promotes the new version")
tm.flow(registry, model, weights, label="deploy")
