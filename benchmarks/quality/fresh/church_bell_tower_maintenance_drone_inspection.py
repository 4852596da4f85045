"""Church tower drone inspection: the first design, before any security review.

The diocese's buildings team commissions licensed drone contractors to fly
around historic church towers and spires instead of scaffolding them. Pilots
offload photos and flight logs from the drone's SD card and upload them to a
survey portal in the diocese's cloud tenant. A detection model, fine-tuned
in-house from open weights on a public model hub, finds masonry cracks, open
joints and loose stones; a ranking service orders defects by severity, height
over public paths and listed-building grade. Diocesan surveyors review each
detection in a review app, confirm or reject it (their verdicts feed retraining)
and share the ranked repair list with churchwardens to plan works.
Controls: contractor sign-in on the upload portal, staff SSO on the review app,
TLS on every link, and versioned models in the registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Church tower drone inspection",
    profile=tg.RiskProfile.LOW,
    description=(
        "Drone photos of church towers, a crack and loose-stone detector, and ranked "
        "repair lists for diocesan surveyors and parishes."
    ),
)

# ---------------------------------------------------------------- data assets
flight_cmds = tg.Data("Flight commands", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
imagery = tg.Data(
    "Tower inspection imagery",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="High-resolution stills of masonry; may catch people in churchyards and gardens.",
)
flight_log = tg.Data("Flight logs", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
tiles = tg.Data("Image tiles", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
detections = tg.Data(
    "Defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
defects = tg.Data(
    "Defect register",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
repair_list = tg.Data("Ranked repair list", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
verdicts = tg.Data("Surveyor verdicts", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
base_weights = tg.Data(
    "Pretrained detector weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
weights = tg.Data(
    "Crack detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Church sites", trust=tg.Trust.UNTRUSTED):
    # The contractor's drones, flown in open air around each tower.
    drone = tm.add(
        tg.Device("Inspection drone", description="Contractor-owned quadcopter with a zoom camera.")
    )

with tm.boundary("Drone contractor", trust=tg.Trust.PARTNER):
    # Licensed pilot from the contractor firm who flies and uploads each survey.
    pilot = tm.add(tg.Actor("Contractor drone pilot", role="contractor"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parish volunteers responsible for the building; receive the repair plan.
    warden = tm.add(tg.Actor("Churchwarden", role="parish officer"))
    # Public hub the base detection weights are downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Diocese cloud tenant", trust=tg.Trust.INTERNAL):
    # Web portal where contractors upload each survey's photos and logs.
    portal = tm.add(
        tg.Endpoint(
            "Survey upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="contractor e-mail and password")},
        )
    )
    # Bucket holding raw surveys, organised by church and date.
    bucket = tm.add(tg.DataStore("Survey imagery bucket", stores={imagery, flight_log}))
    # Cuts photos into tiles and runs the detector over them.
    inference = tm.add(tg.Pipeline("Tiling and detection job", stage=tg.Stage.PREPROCESSING))
    # The crack and loose-stone detector.
    detector = tm.add(
        tg.Model(
            "Masonry defect detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Object detector fine-tuned on annotated tower photos.",
        )
    )
    # Defects per church with location on the tower, photos and status.
    defect_db = tm.add(tg.DataStore("Defect database", stores={defects, detections}))
    # Orders defects by severity, height above paths and listing grade.
    ranker = tm.add(tg.Service("Repair ranking service"))
    # Surveyors' web app for reviewing detections and issuing repair lists.
    review_app = tm.add(
        tg.Endpoint(
            "Surveyor review app",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="diocese Microsoft 365 SSO")},
        )
    )
    # Diocesan building surveyors who decide what work is done.
    surveyor = tm.add(tg.Actor("Diocesan surveyor", role="surveyor"))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Confirmed and rejected detections, kept as training data.
        dataset = tm.add(tg.Dataset("Annotated defect dataset", stores={verdicts, tiles}))
        # Occasional fine-tuning run started by the data scientist.
        training = tm.add(tg.Pipeline("Detector fine-tuning", stage=tg.Stage.FINE_TUNING))
        # Stores detector versions the detection job loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(pilot, drone, flight_cmds, label="flies survey")
tm.flow(drone, pilot, imagery, flight_log, label="SD card offload")
tm.flow(pilot, portal, imagery, flight_log, protocol="https")
tm.flow(portal, bucket, imagery, flight_log)

tm.flow(bucket, inference, imagery)
tm.flow(inference, detector, tiles)
tm.flow(detector, inference, detections)
tm.flow(inference, defect_db, detections)

tm.flow(defect_db, review_app, detections, defects)
tm.flow(review_app, surveyor, detections, protocol="https")
tm.flow(surveyor, review_app, verdicts, protocol="https", label="confirm or reject")
tm.flow(review_app, defect_db, defects)
tm.flow(defect_db, ranker, defects)
tm.flow(ranker, review_app, repair_list)
tm.flow(review_app, warden, repair_list, protocol="https", label="shared repair plan")

tm.flow(review_app, dataset, verdicts)
tm.flow(inference, dataset, tiles)
tm.flow(hub, training, base_weights, protocol="https")
tm.flow(dataset, training, verdicts, tiles)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="deploy")
