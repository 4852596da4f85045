"""Rodeo livestock welfare camera model: the first design, before any security review.

A rodeo association puts fixed cameras on the bucking chutes, roping boxes and
arena at its sanctioned events. An edge gateway at the arena records the RTSP
streams and uploads short clips per run to our cloud, where a vision model flags
signs of animal distress, injury and prohibited equipment (sharpened spurs, a
misplaced flank strap, excessive use of a prod). Flags are joined with the
association's draw sheet to name the contestant, animal and stock contractor.
The welfare officer or on-site vet reviews each flag in a web dashboard and
confirms or dismisses it; confirmed incidents can lead to fines or disqualification,
and stock contractors see the reports on their own animals. Officers' decisions
become labels for retraining. Controls in this design: per-gateway API keys,
SSO with role-based access on the dashboard, KMS encryption of stored clips,
an audit log on incidents, versioned models and officer review of every flag.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rodeo livestock welfare camera model",
    profile=tg.RiskProfile.HIGH,
    description="Camera-based animal welfare flags at rodeo events, reviewed by welfare officers.",
)

# ---------------------------------------------------------------- data assets
arena_video = tg.Data(
    "Arena and chute video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live streams showing animals, contestants, chute crew and spectators.",
)
run_clips = tg.Data(
    "Run video clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="One clip per run, from gate open to the animal leaving the arena.",
)
welfare_flags = tg.Data(
    "Welfare flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Flag type, confidence, timestamp and chute for each detection.",
)
draw_sheet = tg.Data(
    "Event draw sheet",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which contestant rides or ropes which animal, in which chute and slot.",
)
incidents = tg.Data(
    "Welfare incidents",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Flags joined to contestant, animal and contractor, with the officer's outcome.",
)
review_outcome = tg.Data("Officer review outcome", kind="records", sensitivity=tg.Sensitivity.PII)
contractor_report = tg.Data(
    "Stock contractor incident report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
contractor_request = tg.Data("Report request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_examples = tg.Data(
    "Labelled welfare clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Clips with the officers' confirmed or dismissed outcome as the label.",
)
weights = tg.Data(
    "Welfare model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint written by the training job.",
)
training_config = tg.Data(
    "Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Arena site network", trust=tg.Trust.INTERNAL):
    # Fixed IP cameras over each chute, roping box and the arena floor.
    cameras = tm.add(
        tg.Device(
            "Chute and arena cameras",
            fleet=True,
            description="PoE IP cameras installed by the event crew for each event.",
        )
    )
    # Records the streams locally and cuts and uploads a clip per run.
    gateway = tm.add(
        tg.Service(
            "Arena edge gateway",
            description="Small NVR box in the announcer's booth; buffers video if the uplink drops.",
        )
    )
    # The association's welfare officer or on-site vet, with a tablet at the arena.
    officer = tm.add(tg.Actor("Welfare officer", role="welfare officer / veterinarian"))

with tm.boundary("Rodeo association systems", trust=tg.Trust.PARTNER):
    # The sanctioning body's entry system, source of who is on which animal.
    entry_system = tm.add(
        tg.DataSource(
            "Association entry and draw system",
            origin=tg.Origin.PARTNER,
            provides={draw_sheet},
            description="Publishes the draw sheet for each performance through its API.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Owners of the bucking and roping stock; they see reports on their own animals.
    contractor = tm.add(tg.Actor("Stock contractor", role="stock contractor"))

with tm.boundary("Welfare analytics cloud", trust=tg.Trust.INTERNAL):
    # Receives clip uploads from the arena gateways.
    ingestion = tm.add(
        tg.Endpoint(
            "Clip upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-gateway API key")},
        )
    )
    # Object storage holding every run clip for the season.
    clip_store = tm.add(
        tg.DataStore(
            "Clip store",
            stores={run_clips},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs each new clip through the model and ties flags to the draw sheet.
    analysis = tm.add(
        tg.Service(
            "Welfare analysis service",
            description="Queue worker: scores new clips, matches them to the draw, opens incidents.",
        )
    )
    # The vision model that spots distress, injury and prohibited equipment.
    model = tm.add(
        tg.Model(
            "Livestock welfare detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Video action-recognition model fine-tuned on rodeo footage.",
            controls={
                c.HumanInTheLoop(
                    approver="the welfare officer on duty",
                    note="every flag is reviewed before it becomes an incident or a penalty",
                )
            },
        )
    )
    # Flags, incidents and officers' outcomes.
    incident_store = tm.add(
        tg.DataStore(
            "Incident database",
            stores={incidents},
            controls={c.AuditLogging()},
        )
    )
    # Web app where officers review flags and contractors read reports.
    dashboard = tm.add(
        tg.Service(
            "Welfare review dashboard",
            description="Shows flagged clips with the draw details; officers confirm or dismiss.",
            controls={
                c.Authentication(
                    method="association SSO (OIDC) for officers; e-mail and password for stock contractors"
                ),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.RESTRICTED):
        # Clips with officer outcomes, kept for retraining.
        training_set = tm.add(tg.Dataset("Welfare training set", stores={training_examples}))
        # Retrains the detector between seasons and mid-season on new labels.
        training = tm.add(tg.Pipeline("Detector training job", stage=tg.Stage.TRAINING))
        # Versioned model checkpoints that the analysis service loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and retrains the detector.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, gateway, arena_video, protocol="rtsp", label="live streams on the arena LAN")
tm.flow(gateway, ingestion, run_clips, protocol="https", label="clip upload per run")
tm.flow(ingestion, clip_store, run_clips)

tm.flow(clip_store, analysis, run_clips)
tm.flow(analysis, model, run_clips, label="decoded clip")
tm.flow(model, analysis, welfare_flags)
tm.flow(entry_system, analysis, draw_sheet, protocol="https", label="draw sheet per performance")
tm.flow(analysis, incident_store, incidents, label="open incident")

tm.flow(incident_store, dashboard, incidents)
tm.flow(clip_store, dashboard, run_clips, label="flagged clip playback")
tm.flow(dashboard, officer, incidents, run_clips, protocol="https")
tm.flow(officer, dashboard, review_outcome, protocol="https", label="confirm or dismiss")
tm.flow(dashboard, incident_store, review_outcome)
tm.flow(contractor, dashboard, contractor_request, protocol="https")
tm.flow(dashboard, contractor, contractor_report, protocol="https")

tm.flow(incident_store, training_set, incidents, label="reviewed outcomes as labels")
tm.flow(clip_store, training_set, run_clips)
tm.flow(training_set, training, training_examples)
tm.flow(ml_engineer, training, training_config, protocol="https", label="starts training run")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="loads current model version")
