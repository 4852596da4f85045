"""Construction site PPE detection: the first design, before any security review.

Fixed IP cameras on each of our construction sites watch marked danger zones
(crane swing areas, excavations, scaffold bases). An edge box in the site cabin
decodes the camera streams and runs a detection model that spots workers without
a hard hat or hi-vis vest inside a zone drawn for that camera. Each violation is
sent, with a cropped snapshot, to an alert service in the company's cloud account,
which stores the incident and pushes an alert to the site manager's phone through
a push-notification provider. Site managers and the health and safety team review
incidents on a web dashboard behind company SSO. Confirmed snapshots are exported
into the training set; the ML team fine-tunes the model from public pretrained
weights and pushes new versions from the model registry to the edge boxes.
Controls in this design: TLS and a per-device API key from edge box to cloud, SSO
with MFA and roles on the dashboard, encrypted incident storage, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Construction site PPE detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Cameras and an edge model flag workers without hard hats or hi-vis in danger zones.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Site camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Continuous footage of workers and visitors on site.",
)
frames = tg.Data("Decoded video frames", kind="features", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "PPE detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bounding boxes with person, hard-hat and hi-vis classes and confidences.",
)
zones = tg.Data(
    "Danger zone definitions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Polygons per camera and the hours each zone is active.",
)
violation = tg.Data(
    "PPE violation event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Camera, zone, time and a cropped snapshot of the worker.",
)
alert = tg.Data("PPE alert notification", kind="records", sensitivity=tg.Sensitivity.PII)
incidents = tg.Data(
    "Safety incident records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review = tg.Data(
    "Incident review outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Acknowledged, false alarm, or action taken with the worker.",
)
training_images = tg.Data(
    "Annotated site images",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Pretrained detector weights", format="pickle", sensitivity=tg.Sensitivity.PUBLIC
)
weights = tg.Data("PPE model weights", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL)
promotion = tg.Data("Version promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Site managers are out on site; they get alerts and open the dashboard on their phones.
    site_manager = tm.add(tg.Actor("Site manager", role="site manager"))
    # Where the base object-detection weights are downloaded from before fine-tuning.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Push notification provider", trust=tg.Trust.PARTNER):
    # Delivers the alert to the site manager's phone app; we do not run it.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Construction site LAN", trust=tg.Trust.INTERNAL):
    # The fleet of fixed PoE cameras pointed at the danger zones.
    cameras = tm.add(
        tg.Device(
            "Site IP cameras",
            fleet=True,
            description="Vendor firmware, RTSP streams on the site network.",
        )
    )
    # Ruggedised GPU box in the site cabin: decodes streams, applies zones, raises violations.
    edge_box = tm.add(
        tg.Service(
            "Edge inference box",
            description="Runs the detector on every fifth frame and checks boxes against the zones.",
        )
    )
    # The detector itself, loaded on the edge box.
    ppe_model = tm.add(
        tg.Model(
            "PPE detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="YOLO-family detector fine-tuned in-house for hard hats and hi-vis vests.",
        )
    )

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Receives violations from every site, records them and fans out alerts.
    alert_service = tm.add(
        tg.Service(
            "Alert service",
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Where zone polygons drawn on the dashboard are kept and synced to each edge box.
    site_config = tm.add(tg.DataStore("Site configuration database", stores={zones}))
    # Incident history with snapshots, used for follow-up and monthly safety reporting.
    incident_store = tm.add(
        tg.DataStore(
            "Incident store",
            stores={incidents},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # The web app site managers and the H&S team use to review incidents and draw zones.
    dashboard = tm.add(
        tg.Endpoint(
            "Safety dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Labelled images from pilot sites plus confirmed incident snapshots.
        dataset = tm.add(tg.Dataset("PPE training set", stores={training_images}))
        # Fine-tunes the detector on GPU instances when the ML team kicks it off.
        training = tm.add(
            tg.Pipeline(
                "Detector fine-tuning",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Holds each trained version; edge boxes pull the version assigned to them.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Reviews incidents across sites and sets the zones with the site managers.
    hs_manager = tm.add(tg.Actor("Health and safety manager", role="H&S manager"))
    # Annotates images, runs fine-tuning and promotes versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# detection on site
tm.flow(cameras, edge_box, video, protocol="rtsp")
tm.flow(edge_box, ppe_model, frames, protocol="local")
tm.flow(ppe_model, edge_box, detections, protocol="local")
tm.flow(site_config, edge_box, zones, protocol="https", label="zone sync")

# alerting
tm.flow(edge_box, alert_service, violation, protocol="https")
tm.flow(alert_service, incident_store, incidents)
tm.flow(alert_service, push, alert, protocol="https")
tm.flow(push, site_manager, alert, protocol="https")

# review
tm.flow(site_manager, dashboard, review, zones, protocol="https")
tm.flow(dashboard, site_manager, incidents, protocol="https")
tm.flow(hs_manager, dashboard, review, zones, protocol="https")
tm.flow(dashboard, hs_manager, incidents, protocol="https")
tm.flow(incident_store, dashboard, incidents)
tm.flow(dashboard, incident_store, review)
tm.flow(dashboard, site_config, zones)

# training and deployment
tm.flow(incident_store, dataset, training_images, label="confirmed snapshot export")
tm.flow(ml_engineer, dataset, training_images, protocol="https", label="annotations")
tm.flow(model_hub, training, base_weights, protocol="https")
tm.flow(dataset, training, training_images)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes version")
tm.flow(registry, ppe_model, weights, protocol="https", label="edge model pull")
