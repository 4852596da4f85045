"""Carbon credit registry with satellite verification: the first design.

Project developers (forest conservation and reforestation projects) sign in to
the registry portal and upload their project design documents and the boundary
polygons of the project area. A geo-ML pipeline buys satellite scenes for those
polygons from a commercial imagery vendor, cuts cloud-masked image chips, and an
in-house model estimates tree cover change against the project baseline. The
estimates and change maps go to accredited third-party verifiers, who review
them in the portal and approve or reject each monitoring period. Only approved
estimates lead the issuance service to mint credits on the registry ledger,
where buyers purchase and retire them through the marketplace. The registry runs
in the EU on one cloud account; portal sign-in uses e-mail, password and TOTP,
verifier approval gates issuance, the ledger and documents are encrypted at
rest, and issuance and ledger changes are audit-logged.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Carbon credit satellite verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Registry issuing forest carbon credits from satellite tree-cover estimates "
    "reviewed by accredited verifiers, and selling them to buyers.",
)

# ---------------------------------------------------------------- data assets
project_docs = tg.Data(
    "Project design documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDD, land tenure evidence and the developer's contact details.",
)
polygons = tg.Data(
    "Project boundary polygons",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="GeoJSON of the project area and its reference (baseline) region.",
)
imagery = tg.Data(
    "Licensed satellite scenes",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Multispectral scenes under a commercial licence that forbids redistribution.",
)
chips = tg.Data(
    "Cloud-masked image chips", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Tree cover model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the segmentation model.",
)
estimate = tg.Data(
    "Tree cover change estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Hectares of canopy gained or lost per monitoring period, with change maps.",
)
verification = tg.Data(
    "Verification decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
credits = tg.Data(
    "Credit serials and holdings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Serial numbers of issued credits, their owners, transfers and retirements.",
)
order = tg.Data(
    "Purchase and retirement orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer account, quantity, price and the beneficiary named on a retirement.",
)
status = tg.Data(
    "Project status and certificates", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone may register as a project developer; they are paid per credit issued.
    developer = tm.add(tg.Actor("Project developer", role="project developer"))
    # Companies buying and retiring credits to offset their emissions.
    buyer = tm.add(tg.Actor("Credit buyer", role="buyer"))

with tm.boundary("Imagery vendor", trust=tg.Trust.PARTNER):
    # The commercial satellite operator's tasking and archive API.
    imagery_src = tm.add(
        tg.DataSource(
            "Satellite imagery archive",
            origin=tg.Origin.VENDOR,
            provides={imagery},
            description="Scenes ordered per project polygon and monitoring date.",
        )
    )

with tm.boundary("Verification bodies", trust=tg.Trust.PARTNER):
    # Accredited auditors from independent firms, contracted per project.
    verifier = tm.add(tg.Actor("Accredited verifier", role="verifier"))

with tm.boundary("Registry cloud", trust=tg.Trust.INTERNAL):
    # The one public web front end for developers, verifiers and buyers.
    portal = tm.add(
        tg.Endpoint(
            "Registry portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password with TOTP")},
        )
    )
    # Checks uploads and files them per project.
    intake = tm.add(
        tg.Service(
            "Project intake service",
            description="Accepts document uploads and polygons from the portal.",
            controls={c.SchemaEnforcement(note="GeoJSON schema and area limits on polygons")},
        )
    )
    # Mints credits once a verifier has approved a monitoring period.
    issuance = tm.add(
        tg.Service(
            "Credit issuance service",
            controls={
                c.HumanInTheLoop(approver="the accredited verifier of the project"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )
    # Order book for buying, transferring and retiring credits.
    marketplace = tm.add(tg.Service("Credit marketplace"))

    with tm.boundary("Geo-ML platform", trust=tg.Trust.INTERNAL):
        # Orders scenes for each polygon, masks clouds and tiles them.
        preprocess = tm.add(tg.Pipeline("Imagery preprocessing", stage=tg.Stage.PREPROCESSING))
        # Segments canopy in two dates and computes the change.
        model = tm.add(
            tg.Model(
                "Tree cover change model",
                task=tg.Task.REGRESSOR,
                high_stakes=True,
                description="U-Net canopy segmentation; change in hectares drives credit volume.",
            )
        )
        # Where serving loads the model from.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Estimates and change maps waiting for verification.
        estimates_db = tm.add(tg.DataStore("Estimate store", stores={estimate, chips}))

    with tm.boundary("Registry data tier", trust=tg.Trust.RESTRICTED):
        # Uploaded project files and polygons.
        doc_store = tm.add(
            tg.DataStore(
                "Project document store",
                stores={project_docs, polygons},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The authoritative record of every credit.
        ledger = tm.add(
            tg.DataStore(
                "Registry ledger",
                stores={credits},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(retention_days=3650),
                    c.RBAC(),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trains the model offline and publishes new versions to the registry.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(developer, portal, project_docs, polygons, protocol="https", label="project upload")
tm.flow(portal, developer, status, estimate, protocol="https")
tm.flow(portal, intake, project_docs, polygons)
tm.flow(intake, doc_store, project_docs, polygons)

tm.flow(doc_store, preprocess, polygons)
tm.flow(preprocess, imagery_src, polygons, protocol="https", label="scene order")
tm.flow(imagery_src, preprocess, imagery, protocol="https")
tm.flow(preprocess, model, chips)
tm.flow(preprocess, estimates_db, chips)
tm.flow(ml_engineer, registry, weights, label="publishes model version")
tm.flow(registry, model, weights, label="load")
tm.flow(model, estimates_db, estimate)

tm.flow(estimates_db, portal, estimate, chips, label="for review")
tm.flow(doc_store, portal, project_docs, polygons, label="for review")
tm.flow(portal, verifier, estimate, chips, project_docs, protocol="https")
tm.flow(verifier, portal, verification, protocol="https")
tm.flow(portal, issuance, verification)
tm.flow(estimates_db, issuance, estimate)
tm.flow(issuance, ledger, credits, label="mint credits")

tm.flow(buyer, portal, order, protocol="https")
tm.flow(
    portal, buyer, status, credits, protocol="https", label="holdings and retirement certificates"
)
tm.flow(portal, marketplace, order)
tm.flow(marketplace, portal, credits)
tm.flow(marketplace, ledger, credits, label="transfer and retire")
tm.flow(ledger, marketplace, credits)
