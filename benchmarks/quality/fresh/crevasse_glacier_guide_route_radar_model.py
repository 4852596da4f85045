"""Glacier crevasse radar model: the first design, before any security review.

A mountain guide company in Chamonix surveys the glacier routes it guides on
with a drone carrying ground-penetrating radar. After each flight the drone
operator uploads the radargrams from the field laptop; guides' phones upload
their GPS tracks from the guide app. An ingestion pipeline georeferences the
scans against public glacier maps and stores aligned tiles. An in-house detector,
retrained each season on tiles labelled by a partner glaciologist and on guides'
field observations, scores every tile along the planned routes for probable
hidden crevasses. The flags appear on a route dashboard, where the chief guide
approves or rejects each proposed route change before guides see it. Staff sign
in with the company's Google Workspace accounts; the survey store is encrypted at
rest and models are kept as immutable versions in the registry.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Glacier crevasse route radar model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags probable hidden crevasses on guided glacier routes for the chief guide.",
)

# ---------------------------------------------------------------- data assets
radargrams = tg.Data(
    "GPR radargrams",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Raw ground-penetrating radar traces with the drone's GNSS positions.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
tracks = tg.Data(
    "Guide GPS tracks",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each guide's position trace on the glacier, with their name and date.",
)
base_maps = tg.Data(
    "Glacier base maps and elevation model",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
)
tiles = tg.Data(
    "Aligned survey tiles",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
observations = tg.Data(
    "Field crevasse observations",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Guides' reports of crevasses found, probed or not found at flagged spots.",
)
labels = tg.Data(
    "Crevasse labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Crevasse detector weights", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
planned_routes = tg.Data("Planned routes", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
flags = tg.Data(
    "Crevasse probability flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-tile crevasse probability and the proposed route change around it.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
approval = tg.Data("Route change decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_routes = tg.Data(
    "Approved routes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Glacier field", trust=tg.Trust.UNTRUSTED):
    # The company's survey drones; scans come back via the operator's field laptop.
    drone = tm.add(tg.Device("GPR survey drone", fleet=True))
    # Guides' own phones running the guide app, recording tracks on every tour.
    guide_phones = tm.add(tg.Device("Guide phones", fleet=True))
    # Guides read approved routes and report what they find on the ice.
    guide = tm.add(tg.Actor("Mountain guide", role="guide"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # National mapping agency's open glacier orthophotos and elevation model.
    public_maps = tm.add(
        tg.DataSource("Public glacier maps", origin=tg.Origin.PUBLIC_DATASET, provides={base_maps})
    )

with tm.boundary("Glaciology consultancy", trust=tg.Trust.PARTNER):
    # Contract glaciologist who labels crevasses on radargrams each season.
    glaciologist = tm.add(tg.Actor("Glaciologist", role="labelling contractor"))

with tm.boundary("Guide office", trust=tg.Trust.INTERNAL):
    # Decides which route changes go out to the guides.
    chief_guide = tm.add(tg.Actor("Chief guide", role="chief guide", privileged=True))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Georeferences scans and tracks against the base maps and cuts tiles.
    ingestion = tm.add(tg.Pipeline("Survey ingestion pipeline", stage=tg.Stage.PREPROCESSING))
    # Object storage bucket for raw scans, tracks and aligned tiles.
    survey_store = tm.add(
        tg.DataStore(
            "Survey data store",
            stores={radargrams, tracks, tiles},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the detector over tiles along each planned route after a survey.
    route_risk = tm.add(tg.Service("Route risk service"))
    # The in-house detector that scores each tile for a hidden crevasse.
    detector = tm.add(
        tg.Model(
            "Crevasse detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="CNN over radargram tiles; flags tiles above 0.3 probability.",
        )
    )
    # Planned routes, flags and approved routes.
    route_db = tm.add(
        tg.DataStore("Route database", stores={planned_routes, flags, approved_routes})
    )
    # Web dashboard for the chief guide, guides and the glaciologist.
    dashboard = tm.add(
        tg.Endpoint(
            "Route dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC single sign-on with Google Workspace accounts"),
                c.HumanInTheLoop(approver="the chief guide approves every route change"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Labelled tiles and field observations the detector is trained on.
        train_set = tm.add(
            tg.Dataset("Labelled radar dataset", stores={tiles, labels, observations})
        )
        # Seasonal retraining job on a rented GPU instance.
        training = tm.add(
            tg.Pipeline("Detector training", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned detector checkpoints that the route risk service loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
# survey ingestion
tm.flow(drone, ingestion, radargrams, protocol="https", label="uploaded from field laptop")
tm.flow(guide_phones, ingestion, tracks, protocol="https")
tm.flow(public_maps, ingestion, base_maps, protocol="https")
tm.flow(ingestion, survey_store, radargrams, tracks, tiles)

# scoring
tm.flow(survey_store, route_risk, tiles)
tm.flow(route_db, route_risk, planned_routes)
tm.flow(route_risk, detector, tiles)
tm.flow(detector, route_risk, flags)
tm.flow(route_risk, route_db, flags)

# review and approval
tm.flow(route_db, dashboard, planned_routes, flags, approved_routes)
tm.flow(dashboard, chief_guide, flags, protocol="https")
tm.flow(chief_guide, dashboard, approval, protocol="https")
tm.flow(dashboard, route_db, approval, approved_routes)
tm.flow(dashboard, guide, approved_routes, protocol="https")
tm.flow(guide, dashboard, observations, protocol="https")

# labelling and training
tm.flow(survey_store, dashboard, radargrams, tiles, label="labelling queue")
tm.flow(dashboard, glaciologist, radargrams, observations, protocol="https")
tm.flow(glaciologist, dashboard, labels, protocol="https")
tm.flow(dashboard, train_set, labels, observations)
tm.flow(survey_store, train_set, tiles, label="season snapshot")
tm.flow(train_set, training, tiles, labels, observations)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="deploy")
