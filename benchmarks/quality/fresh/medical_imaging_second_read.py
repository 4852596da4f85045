"""Mammography second read: the first design, before any security review.

Our cloud service gives US hospitals a second read of screening mammograms. A
gateway appliance we install in each hospital receives studies from the PACS
over DICOM and uploads them over TLS with a per-site client certificate to our
ingestion API. An inference service queues each study, runs our in-house
detection model and returns findings (marked regions with suspicion scores) as
DICOM structured reports, which the gateway sends back to the PACS so they show
up in the radiologist's viewer; the reading radiologist makes the diagnosis.
The model is trained on mammography datasets licensed from imaging partners,
stored as PyTorch checkpoints in a model registry and promoted to serving after
a QA sign-off. Model performance is monitored from de-identified statistics
(scores, radiologist agreement) sent by the gateways and the inference service.
Study and findings stores are encrypted with KMS, the ingestion API checks DICOM
conformance and keeps an access log, and the model passes a validation suite.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mammography second read",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Cloud AI second read of hospital mammograms, returned to the PACS viewer.",
)

# ---------------------------------------------------------------- data assets
studies = tg.Data(
    "Mammography studies",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="DICOM images with patient name, MRN, date of birth and accession number.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
model_input = tg.Data("Preprocessed images", kind="media", sensitivity=tg.Sensitivity.REGULATED)
findings = tg.Data(
    "AI findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Marked regions with suspicion scores and a case-level score.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
report = tg.Data(
    "DICOM SR with findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
feedback = tg.Data(
    "Radiologist agreement",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Whether the radiologist accepted or dismissed each finding.",
)
stats = tg.Data(
    "De-identified performance statistics",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Score distributions, agreement rates, device and site metadata.",
)
licensed_images = tg.Data(
    "Licensed mammography datasets",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="De-identified images with biopsy-confirmed labels, under licence.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Detection model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
approval = tg.Data("QA release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
train_config = tg.Data(
    "Training run configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.PARTNER):
    # Reads the study with the AI marks and makes the diagnosis.
    radiologist = tm.add(tg.Actor("Radiologist", role="reading radiologist"))
    # The hospital's image archive: source of studies, destination of our reports.
    pacs = tm.add(
        tg.DataSource(
            "Hospital PACS",
            origin=tg.Origin.PARTNER,
            provides={studies},
            description="Routes screening mammograms to the gateway's DICOM node.",
        )
    )
    # The hospital's diagnostic viewer, where the findings are displayed.
    viewer = tm.add(tg.ExternalService("Radiology viewer", provides=tg.ExternalCategory.GENERIC))
    # Our appliance on site: DICOM in, HTTPS out, results back to the PACS.
    gateway = tm.add(
        tg.Service(
            "On-site gateway",
            description="Vendor VM in the hospital's data centre; outbound connections only.",
        )
    )

with tm.boundary("Vendor cloud", trust=tg.Trust.INTERNAL):
    # Receives studies from every site's gateway and serves back results.
    ingest = tm.add(
        tg.Endpoint(
            "Study ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-site client certificate"),
                c.InputValidation(note="DICOM conformance and modality checks"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Queues studies, runs the model and builds the DICOM SR.
    inference = tm.add(tg.Service("Inference service"))
    # Short-term copy of studies while they are queued and read.
    study_cache = tm.add(
        tg.DataStore(
            "Study cache",
            stores={studies},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Findings kept for re-delivery and for support cases.
    findings_store = tm.add(
        tg.DataStore(
            "Findings store",
            stores={findings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The detection model itself: assists, does not replace, the radiologist.
    detector = tm.add(
        tg.Model(
            "Mammography detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.ModelValidation(note="standalone and reader-study validation suite"),
                c.ModelCards(note="labelling and intended use for the FDA submission"),
                c.HumanInTheLoop(approver="the reading radiologist"),
            },
        )
    )
    # Aggregates de-identified statistics to track drift and performance per site.
    monitoring = tm.add(tg.Service("Performance monitoring"))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # The licensed images and labels, as curated for training.
        training_set = tm.add(
            tg.Dataset(
                "Curated training set",
                stores={licensed_images},
                controls={c.ProvenanceTracking(note="licence and source per image")},
            )
        )
        # Trains and evaluates new detector versions.
        training = tm.add(tg.Pipeline("Model training", stage=tg.Stage.TRAINING))
        # Versioned checkpoints of the detector.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )
        # Promotes an approved checkpoint into the inference service.
        deploy = tm.add(
            tg.Pipeline(
                "Model release",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="QA / regulatory affairs")},
            )
        )

with tm.boundary("Dataset licensors", trust=tg.Trust.PARTNER):
    # Academic and hospital partners who license training images to us.
    licensors = tm.add(
        tg.DataSource(
            "Imaging data licensors",
            origin=tg.Origin.PARTNER,
            provides={licensed_images},
        )
    )

with tm.boundary("Vendor corporate network", trust=tg.Trust.INTERNAL):
    # Trains models, watches performance and requests releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Second read
tm.flow(pacs, gateway, studies, protocol="dicom", label="auto-route")
tm.flow(gateway, ingest, studies, protocol="mtls")
tm.flow(ingest, inference, studies)
tm.flow(inference, study_cache, studies)
tm.flow(study_cache, inference, studies)
tm.flow(inference, detector, model_input)
tm.flow(detector, inference, findings)
tm.flow(inference, findings_store, findings)
tm.flow(inference, ingest, report)
tm.flow(ingest, gateway, report, protocol="mtls", label="gateway polls results")
tm.flow(gateway, pacs, report, protocol="dicom")
tm.flow(pacs, viewer, studies, report, protocol="dicom")
tm.flow(viewer, radiologist, studies, report, label="reading worklist")
tm.flow(radiologist, viewer, feedback, label="accepts or dismisses marks")

# Monitoring
tm.flow(viewer, gateway, feedback, protocol="https")
tm.flow(
    gateway,
    monitoring,
    stats,
    protocol="mtls",
    controls={c.DataMinimization(note="gateway strips identifiers before upload")},
)
tm.flow(
    inference,
    monitoring,
    stats,
    controls={c.DataMinimization(note="scores only, no patient identifiers")},
)
tm.flow(monitoring, ml_engineer, stats, protocol="https", label="dashboards")

# Training and release
tm.flow(licensors, training_set, licensed_images, protocol="sftp")
tm.flow(training_set, training, licensed_images)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, training, train_config, label="launches training runs")
tm.flow(ml_engineer, deploy, approval, label="requests release")
tm.flow(registry, deploy, weights)
tm.flow(deploy, detector, weights, label="deploy")
