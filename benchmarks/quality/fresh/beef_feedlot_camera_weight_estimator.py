"""Beef feedlot camera weight estimator: the first design, before any security review.

Overhead cameras above the water troughs stream to an edge gateway in the feedlot
office, which sends sampled frames to our cloud tenancy. An in-house vision model
estimates each animal's live weight (identified by visual ear tag) into the cattle
records database. A feeding model turns weight trends and the manager's bunk scores
into a ration per pen; the ration planner sends feed calls to the feed trucks'
batching computers automatically (capped at a 5% change per pen per day), and the
trucks report what they delivered. Chute-scale weights are the labels for retraining.
Buyers sign in (e-mail and password) to a portal for pre-sale weight reports; a
health-alert service e-mails the consulting vet. Records are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Beef feedlot camera weight estimator",
    profile=tg.RiskProfile.HIGH,
    description="Camera-based live-weight estimates driving automatic rations, "
    "buyer weight reports and vet health alerts.",
)

# ---------------------------------------------------------------- data assets
trough_images = tg.Data(
    "Trough camera images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Overhead frames of cattle drinking, with visual ear tags in view.",
)
scale_weights = tg.Data(
    "Chute scale weights",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weight_estimates = tg.Data(
    "Estimated live weights",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
cattle_records = tg.Data(
    "Cattle records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-animal tag, pen, owner, weight history, treatments and feed history.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bunk_scores = tg.Data("Bunk scores and ration settings", kind="records")
ration = tg.Data("Recommended pen ration", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
feed_calls = tg.Data(
    "Pen feed calls",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-pen load amounts and ration mix for each feed truck drop.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
delivered_feed = tg.Data("Delivered feed log", kind="records")
feeding_dashboard = tg.Data("Feeding dashboard", kind="records")
health_alerts = tg.Data(
    "Animal health alerts", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
report_request = tg.Data("Weight report request", kind="records")
weight_report = tg.Data(
    "Pre-sale weight report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_set = tg.Data("Image and scale-weight training set", kind="training-data")
weight_model_artifact = tg.Data(
    "Weight model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Feedlot site network", trust=tg.Trust.INTERNAL):
    # The cameras over every water trough: the only source of daily weights.
    cameras = tm.add(tg.Device("Trough camera", description="PoE IP cameras on the yard LAN."))
    # Weighs animals at induction and re-implant: the ground truth for retraining.
    chute_scale = tm.add(tg.Device("Chute scale", fleet=False))
    # Collects camera streams and scale readings and uploads them to the cloud.
    gateway = tm.add(tg.Service("Site edge gateway"))
    # Enters bunk scores each morning and watches what the trucks delivered.
    manager = tm.add(tg.Actor("Feedlot manager", role="operations staff", privileged=True))

with tm.boundary("Feed trucks", trust=tg.Trust.INTERNAL):
    # The mixer truck's onboard computer that batches and drops each pen's load.
    truck = tm.add(
        tg.Device(
            "Feed truck batching computer",
            description="Loads ingredients by scale and drops each pen's call; syncs over LTE.",
        )
    )

with tm.boundary("Feedlot cloud tenancy", trust=tg.Trust.INTERNAL):
    # Estimates each animal's live weight from trough frames.
    weight_model = tm.add(
        tg.Model(
            "Cattle weight estimation model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="In-house CNN regressor; weights feed rations and sale reports.",
        )
    )
    # Turns weight trends and bunk scores into the next day's ration per pen.
    feeding_model = tm.add(
        tg.Model(
            "Pen feeding model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Predicts intake and sets the ration per pen from weight gain.",
        )
    )
    # Sends feed calls to the trucks without anyone approving them.
    planner = tm.add(
        tg.Service(
            "Ration planner",
            controls={
                c.SafetyLimits(limits="ration change capped at 5% per pen per day in the planner")
            },
        )
    )
    # The system of record for animals, weights, feed and treatments.
    records_db = tm.add(
        tg.DataStore(
            "Cattle records database",
            stores={cattle_records, weight_estimates, scale_weights, delivered_feed},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Flags weight loss or missed drinking and e-mails the vet.
    alerts = tm.add(tg.Service("Health alert service"))
    # Where buyers download weight reports before a sale.
    portal = tm.add(
        tg.Endpoint(
            "Buyer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Sampled frames paired with chute-scale weights.
    dataset = tm.add(tg.Dataset("Weight training set", stores={training_set}))
    # Retrains the weight model and checks it against held-out scale weights.
    retraining = tm.add(
        tg.Pipeline(
            "Weight model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="error on held-out chute weights must not rise")},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Cattle buyers and their agents, who price lots from the reports.
    buyer = tm.add(tg.Actor("Cattle buyer", role="buyer"))
    # The consulting veterinarian, outside the feedlot's staff.
    vet = tm.add(tg.Actor("Consulting veterinarian", role="vet"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, gateway, trough_images, protocol="rtsp")
tm.flow(chute_scale, gateway, scale_weights, protocol="serial")
tm.flow(gateway, weight_model, trough_images, protocol="https")
tm.flow(weight_model, records_db, weight_estimates)
tm.flow(gateway, records_db, scale_weights, protocol="https")

tm.flow(gateway, dataset, trough_images, protocol="https", label="sampled frames")
tm.flow(records_db, dataset, scale_weights)
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, weight_model, weight_model_artifact, label="deploy")

tm.flow(records_db, feeding_model, weight_estimates, cattle_records)
tm.flow(manager, planner, bunk_scores, protocol="https")
tm.flow(planner, feeding_model, bunk_scores)
tm.flow(feeding_model, planner, ration)
tm.flow(planner, truck, feed_calls, protocol="https")
tm.flow(truck, planner, delivered_feed, protocol="https")
tm.flow(planner, records_db, delivered_feed)
tm.flow(planner, manager, feeding_dashboard, protocol="https")

tm.flow(records_db, alerts, weight_estimates, cattle_records)
tm.flow(alerts, vet, health_alerts, protocol="smtp")

tm.flow(buyer, portal, report_request, protocol="https")
tm.flow(records_db, portal, weight_estimates, cattle_records)
tm.flow(portal, buyer, weight_report, protocol="https")
