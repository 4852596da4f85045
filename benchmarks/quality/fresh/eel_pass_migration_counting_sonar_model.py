"""Eel pass migration counting from imaging sonar: the first design, before any security review.

The environment agency monitors upstream eel migration at eel passes on river weirs. An
imaging sonar at each pass films the pass exit; a recorder PC in the locked riverside
kiosk cuts the stream into clips and uploads them over a 4G router (HTTPS, per-site API
key) to an ingest API in the agency's cloud tenancy. Each night a counting job runs an
in-house detection model over the day's clips and writes per-pass daily eel counts to a
count database. The counts are e-mailed each morning to the fisheries team and published
as provisional figures on a public dashboard. Fisheries officers check a sample of clips
in a review tool (agency single sign-on with MFA) and correct counts; the corrections
become labels for a yearly retraining run, which evaluates the model on held-out clips
before it goes into the versioned model registry. No personal data is collected.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Eel pass migration counting",
    profile=tg.RiskProfile.LOW,
    description=(
        "Counts eels moving up river eel passes from imaging sonar and publishes daily "
        "counts to the fisheries team and the public."
    ),
)

# ---------------------------------------------------------------- data assets
sonar_clips = tg.Data(
    "Sonar clips",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="Five-minute imaging sonar recordings of the pass exit, ARIS format.",
)
site_health = tg.Data(
    "Recorder health telemetry",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="logs",
    description="Disk space, sonar status and upload backlog.",
)
recorder_config = tg.Data(
    "Recorder configuration",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Clip length, upload schedule and sonar range settings.",
)
detections = tg.Data(
    "Eel detections",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Tracked eel passages per clip with direction and estimated length.",
)
daily_counts = tg.Data(
    "Daily eel counts",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-pass upstream counts, used in the agency's eel management reporting.",
)
count_summary = tg.Data(
    "Daily count summary e-mail", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
published_counts = tg.Data(
    "Published provisional counts", sensitivity=tg.Sensitivity.PUBLIC, kind="records"
)
page_request = tg.Data("Dashboard page request", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
corrected_counts = tg.Data(
    "Officer count corrections",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    description="Per-clip eel counts verified or corrected by a fisheries officer.",
)
training_examples = tg.Data(
    "Labelled sonar clips", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data"
)
model_artifact = tg.Data(
    "Eel detector weights",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Eel pass sites",
    trust=tg.Trust.INTERNAL,
    description="Locked agency kiosks on public riverbanks.",
):
    # Imaging sonar mounted at the exit of each eel pass.
    sonar = tm.add(
        tg.Device(
            "Imaging sonar",
            fleet=True,
            description="ARIS imaging sonar, one per monitored pass, cabled to the kiosk.",
        )
    )
    # Records and buffers clips on site so nothing is lost when the 4G link drops.
    recorder = tm.add(
        tg.Service(
            "Site recorder PC",
            description="Ruggedised Windows PC in the kiosk with a 4G router.",
        )
    )

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where the recorders upload clips and fetch their settings.
    ingest = tm.add(
        tg.Endpoint(
            "Clip ingest API",
            purpose=tg.EndpointPurpose.API,
            description="HTTPS upload API on a public address.",
            controls={tg.controls.Authentication(method="per-site API key")},
        )
    )
    # Object storage of all clips, kept for review and retraining.
    clip_store = tm.add(tg.DataStore("Sonar clip store", stores={sonar_clips}))
    # Nightly batch job that runs the model over the day's clips and sums the counts.
    counting_job = tm.add(tg.Service("Nightly counting job"))
    # Detects and tracks eels in sonar frames.
    detector = tm.add(
        tg.Model(
            "Eel detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="CNN detector with a tracker, fine-tuned from an open-weights backbone.",
        )
    )
    # System of record for the counts.
    count_db = tm.add(tg.DataStore("Count database", stores={daily_counts, corrected_counts}))
    # Fisheries officers' tool for checking clips and correcting counts.
    review_tool = tm.add(
        tg.Service(
            "Count review tool",
            controls={
                tg.controls.Authentication(method="agency Entra ID single sign-on with MFA"),
                tg.controls.RBAC(),
            },
        )
    )
    # Public web page with provisional counts per pass.
    dashboard = tm.add(
        tg.Service(
            "Public eel count dashboard",
            internet_facing=True,
            description="Read-only charts of daily counts per pass.",
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Officer-verified clips used to retrain and evaluate the detector.
        training_set = tm.add(tg.Dataset("Labelled clip set", stores={training_examples}))
        # Yearly retraining, with evaluation on held-out verified clips.
        training = tm.add(
            tg.Pipeline(
                "Yearly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    tg.controls.ModelValidation(
                        note="held-out verified clips must match officer counts"
                    )
                },
            )
        )
        # Versions of the detector that the counting job loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={tg.controls.ModelVersioning()}
            )
        )

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The agency's e-mail service, which delivers the morning summary.
    mail = tm.add(tg.ExternalService("Agency e-mail (Microsoft 365)"))

with tm.boundary("Agency corporate network", trust=tg.Trust.INTERNAL):
    # Receives daily counts and checks a sample of them.
    officer = tm.add(tg.Actor("Fisheries officer", role="fisheries team"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anglers, conservation groups and anyone else who looks at the dashboard.
    public = tm.add(tg.Actor("Member of the public", role="public"))

# ---------------------------------------------------------------- flows
# capture and upload
tm.flow(sonar, recorder, sonar_clips, label="ethernet cable in the kiosk")
tm.flow(recorder, ingest, sonar_clips, site_health, protocol="https", label="over 4G")
tm.flow(ingest, recorder, recorder_config, protocol="https")
tm.flow(ingest, clip_store, sonar_clips)

# nightly counting
tm.flow(clip_store, counting_job, sonar_clips)
tm.flow(counting_job, detector, sonar_clips)
tm.flow(detector, counting_job, detections)
tm.flow(counting_job, count_db, daily_counts)
tm.flow(counting_job, mail, count_summary, protocol="https")
tm.flow(mail, officer, count_summary, protocol="https")

# publication
tm.flow(count_db, dashboard, published_counts)
tm.flow(public, dashboard, page_request, protocol="https")
tm.flow(dashboard, public, published_counts, protocol="https")

# review and correction
tm.flow(count_db, review_tool, daily_counts)
tm.flow(clip_store, review_tool, sonar_clips)
tm.flow(review_tool, officer, daily_counts, sonar_clips, protocol="https")
tm.flow(officer, review_tool, corrected_counts, protocol="https")
tm.flow(review_tool, count_db, corrected_counts)

# retraining
tm.flow(count_db, training_set, corrected_counts)
tm.flow(clip_store, training_set, sonar_clips)
tm.flow(training_set, training, training_examples)
tm.flow(training, registry, model_artifact)
tm.flow(registry, detector, model_artifact, label="load model version")
