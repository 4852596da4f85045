"""Radiology AI inference service: the first design, before any security review.

We sell detection models (intracranial haemorrhage on head CT, lung nodules on
chest CT) to US hospitals as a cloud service. Each hospital's PACS routes matching
studies over DICOM to our edge gateway, a VM we install in the hospital network,
which uploads them over HTTPS with a per-site API key to our ingestion API. All
hospitals share one cloud account: studies land in one object store under a tenant
prefix, an orchestrator queues them on a shared GPU cluster, and the results
(DICOM structured reports, key images and a triage flag) are picked up by each
site's gateway and sent back to its PACS. Radiologists and hospital admins sign in
to a web portal through their hospital's SSO to see results and give feedback.
Our support engineers can open studies to troubleshoot. Stores are encrypted at
rest, model versions are validated and pinned as cleared, and the portal keeps
an access log; tenants are separated by the tenant ID on each record.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Radiology AI multi-tenant inference",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "Vendor cloud service running imaging detection models on studies from many "
        "hospitals and returning results to each hospital's PACS."
    ),
)

# ---------------------------------------------------------------- data assets
studies = tg.Data(
    "DICOM studies",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="CT series with patient name, MRN, date of birth and accession number in the headers.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
jobs = tg.Data(
    "Inference jobs",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Tenant ID, study UID, accession number and the models to run.",
)
detections = tg.Data(
    "Detection results",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Findings with confidence scores, bounding boxes and heatmaps.",
)
result_objects = tg.Data(
    "Result objects and triage flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="DICOM SR, key-image secondary captures and a suspected-positive worklist flag.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
tenant_config = tg.Data(
    "Tenant routing configuration",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per hospital: site IDs, DICOM AE titles, licensed models and result destinations.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
site_key = tg.Data(
    "Per-site gateway API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
weights = tg.Data(
    "Detection model artifacts",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="Cleared, versioned ONNX exports of each detection model.",
)
portal_view = tg.Data(
    "Portal result views",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Worklist of the hospital's studies with findings and key images.",
)
feedback = tg.Data(
    "Radiologist feedback",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Agree/disagree marks and free-text comments on findings.",
)
portal_request = tg.Data("Portal requests", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital networks", trust=tg.Trust.PARTNER):
    # Each customer hospital's image archive; sends studies and receives our results.
    pacs = tm.add(
        tg.ExternalService(
            "Hospital PACS",
            description="One per customer hospital, routing CT head and chest studies to us.",
        )
    )
    # The hospital's readers, who act on our flags and findings.
    radiologist = tm.add(tg.Actor("Radiologist", role="hospital radiologist"))
    # Our on-premises relay: DICOM in from the PACS, HTTPS out to our cloud.
    gateway = tm.add(
        tg.Service(
            "DICOM edge gateway",
            description="Vendor-supplied VM at each hospital; holds the site's API key in its config file.",
        )
    )

with tm.boundary("Vendor cloud account", trust=tg.Trust.INTERNAL):
    # Entry point for all hospitals' uploads.
    ingestion = tm.add(
        tg.Endpoint(
            "Study ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-site API key"),
                c.InputValidation(note="rejects non-DICOM payloads and unsupported modalities"),
            },
        )
    )
    # Shared bucket for all tenants' studies, keyed by tenant prefix.
    study_store = tm.add(
        tg.DataStore(
            "Study object store",
            stores={studies},
            controls={c.EncryptionAtRest(key_management="cloud KMS, one key for the bucket")},
        )
    )
    # Which sites exist, what they licensed and where results go.
    config_db = tm.add(
        tg.DataStore("Tenant configuration database", stores={tenant_config, site_key})
    )
    # Queues studies onto the GPU cluster per the tenant's licensed models.
    orchestrator = tm.add(
        tg.Service(
            "Inference orchestrator",
            description="Reads new studies, checks the tenant's licence and queues jobs on the shared GPU pool.",
        )
    )
    # Findings and generated DICOM objects for every tenant.
    results_store = tm.add(
        tg.DataStore(
            "Results database",
            stores={detections, result_objects, feedback},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds SR and key images and serves them to each site's gateway when it polls.
    dispatcher = tm.add(
        tg.Service(
            "Results dispatcher",
            description="Answers gateway polls with the result objects for that site's tenant ID.",
        )
    )
    # Web portal for hospital users.
    portal = tm.add(
        tg.Endpoint(
            "Customer results portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="OIDC single sign-on through each hospital's identity provider"
                ),
                c.RBAC(note="radiologist and site-admin roles"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )

    with tm.boundary("GPU inference cluster", trust=tg.Trust.INTERNAL):
        # Haemorrhage detector on non-contrast head CT.
        ich_model = tm.add(
            tg.Model(
                "Intracranial haemorrhage detector",
                task=tg.Task.DETECTOR,
                high_stakes=True,
                returns_scores=True,
                controls={c.ModelValidation(), c.ModelVersioning()},
                description="Flags suspected bleeds so the study moves up the reading worklist.",
            )
        )
        # Nodule detector on chest CT.
        nodule_model = tm.add(
            tg.Model(
                "Lung nodule detector",
                task=tg.Task.DETECTOR,
                high_stakes=True,
                returns_scores=True,
                controls={c.ModelValidation(), c.ModelVersioning()},
                description="Marks and measures nodules of 4 mm and larger.",
            )
        )
        # Where the cleared model versions are kept and loaded from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning(note="serving pins the cleared version digest")},
            )
        )

with tm.boundary("Vendor corporate network", trust=tg.Trust.INTERNAL):
    # Troubleshoots failed or disputed studies for any customer.
    support = tm.add(
        tg.Actor("Support engineer", role="customer support engineer", privileged=True)
    )
    # Publishes new cleared model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# studies in
tm.flow(pacs, gateway, studies, protocol="dicom", label="C-STORE")
tm.flow(gateway, ingestion, studies, site_key, protocol="https")
tm.flow(config_db, ingestion, site_key, tenant_config, label="key and site lookup")
tm.flow(ingestion, study_store, studies, protocol="https")
tm.flow(ingestion, orchestrator, jobs, protocol="https", label="new study event")

# inference
tm.flow(config_db, orchestrator, tenant_config)
tm.flow(study_store, orchestrator, studies, protocol="https")
tm.flow(orchestrator, ich_model, studies, jobs, protocol="grpc")
tm.flow(ich_model, orchestrator, detections, protocol="grpc")
tm.flow(orchestrator, nodule_model, studies, jobs, protocol="grpc")
tm.flow(nodule_model, orchestrator, detections, protocol="grpc")
tm.flow(registry, ich_model, weights, label="load pinned version")
tm.flow(registry, nodule_model, weights, label="load pinned version")
tm.flow(ml_engineer, registry, weights, protocol="https", label="publish cleared version")
tm.flow(orchestrator, results_store, detections)

# results out
tm.flow(results_store, dispatcher, detections)
tm.flow(config_db, dispatcher, tenant_config)
tm.flow(dispatcher, results_store, result_objects)
tm.flow(gateway, dispatcher, site_key, protocol="https", label="poll for results")
tm.flow(dispatcher, gateway, result_objects, protocol="https")
tm.flow(gateway, pacs, result_objects, protocol="dicom", label="C-STORE")
tm.flow(pacs, radiologist, result_objects, label="worklist and viewer")

# portal and support
tm.flow(radiologist, portal, portal_request, feedback, protocol="https")
tm.flow(portal, radiologist, portal_view, protocol="https")
tm.flow(results_store, portal, detections, result_objects)
tm.flow(portal, results_store, feedback)
tm.flow(study_store, support, studies, protocol="https", label="troubleshooting access")
tm.flow(results_store, support, detections, protocol="https")
