"""Stamp forgery screening: the first design, before any security review.

A UK stamp dealer buys and certifies rare stamps. Sellers create an account on the
dealer's website and upload high-resolution scans (front, back, UV and watermark views)
with a description and their declared value. An analysis worker in the dealer's cloud
account calibrates and tiles each scan and runs an in-house vision model that looks for
signs of forgery or repair (reperforation, regumming, added cancellations, filled thins,
colour changes) and returns a score with a heatmap. The dealer's expert reviews every
item in a review console, with the scans, the score and the heatmap, and alone decides;
a certificate is issued only on the expert's verdict. The model is fine-tuned from an
ImageNet backbone downloaded from a public model hub, on the dealer's reference collection
and past certified submissions. Controls in this design: seller sign-in, file type and
size checks on upload, staff SSO with MFA, encryption at rest, role-based access to
submissions, an audit log of verdicts, a held-out evaluation before release, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stamp forgery screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Screens sellers' stamp scans for forgery or repair before the dealer's expert "
        "certifies them."
    ),
)

# ---------------------------------------------------------------- data assets
scans = tg.Data(
    "Stamp scans",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="1200 dpi TIFF scans: front, back, UV and watermark views.",
)
submission = tg.Data(
    "Submission details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller's name, address and phone, item description and declared value.",
)
tiles = tg.Data(
    "Calibrated scan tiles",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
screening = tg.Data(
    "Forgery score and heatmap",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
verdict = tg.Data(
    "Expert verdict",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Genuine, repaired or forged, with the expert's notes.",
)
certificate = tg.Data(
    "Certificate of authenticity",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PDF with the certificate number, the stamp's image and the verdict.",
)
labels = tg.Data(
    "Confirmed forgery and repair labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
reference_scans = tg.Data(
    "Reference collection scans",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Known genuine, forged and repaired stamps from the dealer's collection.",
)
backbone = tg.Data(
    "Pretrained backbone weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="ImageNet-pretrained vision transformer checkpoint (.pth).",
)
model_artifact = tg.Data(
    "Forgery model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Fine-tuned PyTorch checkpoint saved with torch.save.",
)
training_config = tg.Data(
    "Fine-tuning configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Collectors and other dealers who send stamps in for sale or certification.
    seller = tm.add(tg.Actor("Seller", role="seller"))
    # Where the pretrained backbone comes from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Dealer cloud account", trust=tg.Trust.INTERNAL):
    # Sellers sign in here, upload scans and later download their certificate.
    portal = tm.add(
        tg.Endpoint(
            "Seller upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="TIFF or JPEG only, at most 200 MB per file"),
            },
        )
    )
    # Object storage for the uploaded scans.
    scan_store = tm.add(
        tg.DataStore(
            "Scan object storage",
            stores={scans},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Submissions, sellers' details, model results, verdicts and certificates.
    submission_db = tm.add(
        tg.DataStore(
            "Submission database",
            stores={submission, screening, verdict, certificate},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Picks up new uploads, calibrates colour and tiles them, calls the model.
    worker = tm.add(tg.Service("Scan analysis worker"))
    # The vision model: flags signs of forgery or repair on each scan.
    forgery_model = tm.add(
        tg.Model(
            "Forgery and repair detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned vision transformer; scores and heatmaps suspect regions.",
        )
    )
    # Where the expert examines each item and records the verdict.
    console = tm.add(
        tg.Service(
            "Expert review console",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.HumanInTheLoop(approver="the dealer's stamp expert, for every item"),
                c.AuditLogging(),
            },
        )
    )
    # Produces the numbered PDF certificate once the expert has certified an item.
    certificates = tm.add(tg.Service("Certificate generator"))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Reference collection plus expert-confirmed past submissions.
        training_set = tm.add(
            tg.Dataset(
                "Forgery training set",
                purpose="fine-tuning",
                stores={reference_scans, scans, labels},
            )
        )
        # GPU job that fine-tunes the backbone; evaluated on a held-out set before release.
        fine_tuning = tm.add(
            tg.Pipeline(
                "Fine-tuning pipeline",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out set of known forgeries and repairs")},
            )
        )
        # Versioned model checkpoints; the worker loads the released one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Dealer office", trust=tg.Trust.INTERNAL):
    # The philatelic expert who certifies; the model only advises them.
    expert = tm.add(tg.Actor("Stamp expert", role="expert"))
    # Builds and releases the model (a contractor engaged by the dealer).
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(seller, portal, scans, submission, protocol="https")
tm.flow(portal, scan_store, scans)
tm.flow(portal, submission_db, submission)

tm.flow(scan_store, worker, scans)
tm.flow(worker, forgery_model, tiles)
tm.flow(forgery_model, worker, screening)
tm.flow(worker, submission_db, screening)

tm.flow(submission_db, console, submission, screening)
tm.flow(scan_store, console, scans)
tm.flow(console, expert, scans, submission, screening, protocol="https")
tm.flow(expert, console, verdict, protocol="https")
tm.flow(console, submission_db, verdict)
tm.flow(console, certificates, verdict, submission)
tm.flow(certificates, submission_db, certificate)

tm.flow(submission_db, portal, verdict, certificate)
tm.flow(portal, seller, certificate, verdict, protocol="https")

tm.flow(submission_db, training_set, labels, label="quarterly export of certified items")
tm.flow(scan_store, training_set, scans, label="quarterly export of certified items")
tm.flow(model_hub, fine_tuning, backbone, protocol="https")
tm.flow(training_set, fine_tuning, reference_scans, scans, labels)
tm.flow(ml_engineer, fine_tuning, training_config, protocol="https")
tm.flow(fine_tuning, registry, model_artifact)
tm.flow(ml_engineer, registry, release, protocol="https", label="releases a version")
tm.flow(registry, forgery_model, model_artifact, label="loaded by the worker")
