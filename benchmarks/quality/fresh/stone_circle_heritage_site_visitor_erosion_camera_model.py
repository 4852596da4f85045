"""Stone circle visitor footfall and path erosion model: the first design.

A heritage trust looks after a stone circle whose grass paths wear badly in wet
seasons. Cameras on poles around the circle stream to an edge box in the visitor
centre comms cabinet, which counts people per path segment with an open-weights
person detector and sends only hourly counts to the trust's cloud tenant; frames
are never stored. Soil moisture and compaction probes along the paths report
over a commercial LoRaWAN network, whose webhook integration forwards readings.
Each morning an advisory app combines counts, soil readings and a rainfall
forecast, asks an in-house erosion model for a risk score per path segment and
shows rangers where to move rope lines; the duty ranger decides. Rangers log
erosion surveys in the same app, and these become labels for a monthly retrain.
Rangers sign in with the trust's Microsoft Entra ID accounts and MFA; the
ingestion API takes a static API key; cloud storage is encrypted by default.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stone circle visitor erosion model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Footfall and path erosion estimates that advise rangers where to move rope lines.",
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Path camera footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of visitors walking the paths around the circle.",
)
detections = tg.Data("Person detections", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
detector_weights = tg.Data(
    "Pretrained person detector weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="PyTorch checkpoint downloaded from a public model hub.",
)
counts = tg.Data("Hourly footfall counts per path segment", kind="records")
soil = tg.Data("Soil moisture and compaction readings", kind="records")
forecast = tg.Data("Rainfall forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
model_inputs = tg.Data("Erosion model inputs", kind="features")
risk = tg.Data("Path erosion risk scores", kind="model-output")
advice = tg.Data("Rope-line advice", kind="model-output")
surveys = tg.Data(
    "Ranger erosion surveys",
    kind="labels",
    description="Observed wear per path segment, with the ranger's name and photos of the ground.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
erosion_artifact = tg.Data(
    "Erosion model artifact", format="pickle", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Monument grounds", trust=tg.Trust.UNTRUSTED):
    # Members of the public walking the paths; they appear in the camera view.
    visitor = tm.add(tg.Actor("Visitor", role="site visitor"))

with tm.boundary("Stone circle site", trust=tg.Trust.INTERNAL):
    # Pole-mounted IP cameras covering the main path segments.
    cameras = tm.add(tg.Device("Path cameras", fleet=True))
    # Buried probes along the paths; the erosion signal cameras cannot see.
    probes = tm.add(
        tg.Device(
            "Soil probes", fleet=True, description="Moisture and compaction probes on LoRaWAN."
        )
    )
    # Small PC in the visitor centre comms cabinet; keeps video on site.
    edge_box = tm.add(
        tg.Service(
            "Edge counting box",
            description="Decodes camera streams, runs the detector, aggregates hourly counts per segment.",
            controls={
                c.DataMinimization(
                    note="frames processed in memory and discarded; only counts leave the site"
                )
            },
        )
    )
    # Counts people in frames; open weights, used as downloaded.
    detector = tm.add(
        tg.Model("Person detector", task=tg.Task.DETECTOR, origin=tg.ModelOrigin.OPEN_WEIGHTS)
    )

with tm.boundary("Public model hub", trust=tg.Trust.UNTRUSTED):
    # Where the detector checkpoint comes from when the edge image is built.
    hub = tm.add(tg.ExternalService("Model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("LoRaWAN operator", trust=tg.Trust.PARTNER):
    # Commercial network server that receives the probes' radio uplinks.
    lns = tm.add(
        tg.ExternalService("LoRaWAN network server", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # National weather service API; rain drives how fast paths wear.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Trust cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives counts from the edge box and readings from the LoRaWAN operator.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="static API key in a request header")},
        )
    )
    # Time series of counts and readings, kept for the whole visitor season and beyond.
    telemetry_db = tm.add(
        tg.DataStore(
            "Site telemetry database",
            stores={counts, soil, forecast},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Web app on rangers' tablets: the morning advice and the survey form.
    advisory = tm.add(
        tg.Service(
            "Ranger advisory app",
            description="Builds daily model inputs, asks the erosion model, shows rope-line advice and takes surveys.",
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.HumanInTheLoop(
                    approver="the duty ranger, who decides whether to move rope lines"
                ),
            },
        )
    )
    # Predicts path wear per segment from footfall, soil state and rain.
    erosion_model = tm.add(tg.Model("Erosion model", task=tg.Task.REGRESSOR))
    # Joined counts, readings and survey labels for retraining.
    training_set = tm.add(
        tg.Dataset(
            "Erosion training set",
            stores={counts, soil, forecast, surveys},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Monthly retrain of the erosion model.
    trainer = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            controls={
                c.ModelValidation(
                    note="backtested against last season's surveys before registering"
                )
            },
        )
    )
    # Storage bucket the advisory app's model loads from.
    registry = tm.add(tg.ModelRegistry("Model bucket", stores={erosion_artifact}))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Rangers use trust tablets over mobile data out on the site.
    ranger = tm.add(tg.Actor("Ranger", role="ranger"))

# ---------------------------------------------------------------- flows
tm.flow(visitor, cameras, footage, label="walks through the camera view")
tm.flow(cameras, edge_box, footage, protocol="rtsp")
tm.flow(
    hub, edge_box, detector_weights, protocol="https", label="pulled when the edge image is built"
)
tm.flow(edge_box, detector, footage, label="decoded frames")
tm.flow(detector, edge_box, detections)
tm.flow(edge_box, ingest, counts, protocol="https")

tm.flow(probes, lns, soil, protocol="lorawan")
tm.flow(lns, ingest, soil, protocol="https", label="uplink webhook integration")
tm.flow(ingest, telemetry_db, counts, soil)

tm.flow(weather, advisory, forecast, protocol="https", label="daily forecast pull")
tm.flow(advisory, telemetry_db, forecast, label="stores the day's forecast")
tm.flow(telemetry_db, advisory, counts, soil, label="daily scoring read")
tm.flow(advisory, erosion_model, model_inputs)
tm.flow(erosion_model, advisory, risk)
tm.flow(advisory, ranger, advice, protocol="https")
tm.flow(ranger, advisory, surveys, protocol="https")

tm.flow(advisory, training_set, surveys)
tm.flow(telemetry_db, training_set, counts, soil, forecast, label="monthly export")
tm.flow(training_set, trainer, counts, soil, forecast, surveys)
tm.flow(trainer, registry, erosion_artifact)
tm.flow(registry, erosion_model, erosion_artifact, label="loaded at app start")
