"""Sewer CCTV defect ranking: the first design, before any security review.

Survey contractors drive CCTV crawler cameras through the sewers and upload the
footage, with the survey sheet (pipe reference, manholes, direction), through a
web portal; contractor staff sign in with e-mail and password. A processing
pipeline splits the video into frames, and an in-house classifier tags
blockages, root intrusion, cracks and collapses with a confidence per defect. A
ranking model combines the defects with the sewer asset register and customer
flooding reports exported nightly from the contact centre CRM (address and
incident only) to rank which pipes to jet or reline. Asset engineers review the
ranking in a planning tool (SSO, role-based access) and approve the works
programme, which is sent to the maintenance contractor over SFTP. Engineers'
corrections to defect tags become labels for quarterly retraining; models are
evaluated on a held-out survey set and versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sewer CCTV defect ranking",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Classifies sewer defects from CCTV surveys and ranks pipes for jetting and relining.",
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "CCTV survey footage",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Crawler video with on-screen chainage, plus the survey sheet (pipe id, manholes, direction).",
)
frames = tg.Data("Extracted frames", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
defects = tg.Data(
    "Defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Blockage, root intrusion, crack and collapse tags per pipe segment, with confidence.",
)
assets = tg.Data(
    "Sewer asset records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Pipe network geometry, material, age, diameter and criticality.",
)
flood_reports = tg.Data(
    "Customer flooding reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Property address, date and type of sewer flooding reported to the contact centre.",
)
receipt = tg.Data(
    "Upload receipt and survey status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
ranking = tg.Data(
    "Pipe priority ranking", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
programme = tg.Data(
    "Approved works programme",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Pipes to jet or reline, with locations, access notes and dates.",
)
labels = tg.Data(
    "Defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Defect classifier weights", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Survey contractor staff uploading footage from the field or their office.
    surveyor = tm.add(tg.Actor("Survey contractor", role="contractor"))

with tm.boundary("Maintenance contractor", trust=tg.Trust.PARTNER):
    # The contractor's job system that schedules jetting and relining crews.
    maint = tm.add(tg.ExternalService("Maintenance contractor job system"))

with tm.boundary("Water company cloud", trust=tg.Trust.INTERNAL):
    # Where contractors hand in survey footage.
    portal = tm.add(
        tg.Endpoint(
            "Survey upload portal",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="contractor accounts, e-mail and password"),
                c.InputValidation(note="file extension and size checks"),
            },
        )
    )
    # Raw survey videos and sheets, kept for the asset record.
    footage_store = tm.add(
        tg.DataStore(
            "Survey footage store",
            stores={footage},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Decodes video and samples frames for the classifier.
    frame_pipeline = tm.add(
        tg.Pipeline("Frame extraction pipeline", stage="preprocessing", third_party_packages=True)
    )
    # Tags defects frame by frame.
    classifier = tm.add(
        tg.Model(
            "Sewer defect classifier",
            task="classifier",
            returns_scores=True,
            description="CNN fine-tuned on the company's coded surveys.",
        )
    )
    # Defect tags per pipe segment, awaiting ranking and engineer review.
    defect_store = tm.add(tg.DataStore("Defect findings store", stores={defects}))
    # Pipe network master data from the GIS.
    asset_register = tm.add(tg.DataStore("Sewer asset register", stores={assets}))
    # Scores pipes from defects, criticality and flooding history.
    ranker = tm.add(tg.Model("Pipe risk ranking model", task="ranker", returns_scores=True))
    # Engineers review the ranking and build the works programme here.
    planner = tm.add(
        tg.Service(
            "Works planning tool",
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(),
                c.HumanInTheLoop(approver="asset engineer approves the works programme"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Engineer-corrected defect tags with their frames.
        training_set = tm.add(tg.Dataset("Defect training set", stores={labels, frames}))
        # Quarterly retraining of the defect classifier.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage="training",
                controls={c.ModelValidation(note="held-out survey set before promotion")},
            )
        )
        # Versioned classifier weights.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Asset engineers who review defects and approve works.
    engineer = tm.add(tg.Actor("Asset engineer", role="engineer"))
    # Nightly export of sewer flooding contacts.
    crm = tm.add(
        tg.DataSource(
            "Contact centre CRM",
            origin="internal",
            provides={flood_reports},
            controls={c.DataMinimization(note="export keeps address, date and flooding type only")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(surveyor, portal, footage, protocol="https")
tm.flow(portal, surveyor, receipt, protocol="https")
tm.flow(portal, footage_store, footage)
tm.flow(footage_store, frame_pipeline, footage)
tm.flow(frame_pipeline, classifier, frames)
tm.flow(classifier, defect_store, defects)

tm.flow(defect_store, ranker, defects)
tm.flow(asset_register, ranker, assets)
tm.flow(crm, ranker, flood_reports, protocol="sftp", label="nightly export")
tm.flow(ranker, planner, ranking)

tm.flow(planner, engineer, ranking, defects, protocol="https")
tm.flow(defect_store, planner, defects)
tm.flow(footage_store, planner, footage, label="clips for review")
tm.flow(
    engineer, planner, programme, labels, protocol="https", label="approves works, corrects tags"
)
tm.flow(planner, maint, programme, protocol="sftp")
tm.flow(maint, planner, programme, protocol="sftp", label="completion updates")

tm.flow(planner, training_set, labels)
tm.flow(frame_pipeline, training_set, frames)
tm.flow(training_set, training, labels, frames)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy")
