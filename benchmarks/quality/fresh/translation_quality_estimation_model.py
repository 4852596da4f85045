"""Translation quality estimation: the first design, before any security review.

Our localisation clients (software vendors, manufacturers, law and HR firms in the
EU) send content through the client portal or its connector API. The translation
management system (TMS) splits it into segments, sends them to a third-party
machine-translation API and passes each source/target pair to our in-house quality
estimation (QE) model, a fine-tuned multilingual transformer that returns a score
from 0 to 100. The routing service sends segments below the threshold to freelance
post-editors in our web workbench; segments above it go back to the client with no
human review. Post-edits become the QE model's next training labels, together with a
public QE benchmark; an ML engineer retrains monthly and promotes the checkpoint from
the model registry after a held-out evaluation. Controls in this design: sign-in on
the portal and the workbench, per-project access in the content store, encryption at
rest, a vendor review of the MT provider, and logging of routing decisions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Translation quality estimation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "QE model scores machine-translated segments; low scores go to human "
        "post-editors, high scores are delivered to clients unreviewed."
    ),
)

# ---------------------------------------------------------------- data assets
source_content = tg.Data(
    "Client source content",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Product strings, manuals, contracts, HR letters; may name people.",
)
segments = tg.Data("Source segments", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
mt_output = tg.Data(
    "Machine-translated segments", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
segment_pair = tg.Data(
    "Source and MT segment pair", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
qe_score = tg.Data(
    "QE score",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
post_edit_task = tg.Data(
    "Post-editing task", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
post_edited = tg.Data(
    "Post-edited segments",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
delivered_translation = tg.Data(
    "Delivered translation",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
public_qe_data = tg.Data(
    "Public QE benchmark data", kind="training-data", sensitivity=tg.Sensitivity.PUBLIC
)
qe_checkpoint = tg.Data(
    "QE model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch Lightning .ckpt of the fine-tuned QE regressor.",
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
routing_decision = tg.Data("Routing decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Client project managers and their CMS connectors send and receive content.
    client = tm.add(tg.Actor("Client", role="client project manager"))
    # Freelance post-editors, working from home on their own machines.
    post_editor = tm.add(tg.Actor("Freelance post-editor", role="post-editor"))
    # Public WMT-style QE dataset used to bootstrap and regularise training.
    public_data = tm.add(
        tg.DataSource(
            "Public QE benchmark",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_qe_data},
        )
    )

with tm.boundary("MT vendor", trust=tg.Trust.PARTNER):
    # Third-party neural machine translation engine behind an API.
    mt_engine = tm.add(
        tg.LLM(
            "Machine translation API",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; vendor does not keep our text")},
        )
    )

with tm.boundary("Localisation platform", trust=tg.Trust.INTERNAL):
    # Client-facing portal and connector API for submitting and collecting jobs.
    portal = tm.add(
        tg.Endpoint(
            "Client portal and connector API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password, or API key for connectors"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Translation management system: segments content, calls MT and QE, assembles files.
    tms = tm.add(tg.Service("Translation management system"))
    # Holds client content, segments, translations and post-edits per project.
    content_store = tm.add(
        tg.DataStore(
            "Project content store",
            stores={source_content, segments, mt_output, post_edited, delivered_translation},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Internal inference endpoint in front of the QE model.
    qe_endpoint = tm.add(tg.Endpoint("QE scoring endpoint", returns_scores=True))
    # The QE model: regresses a quality score for each source/MT pair.
    qe_model = tm.add(
        tg.Model(
            "QE model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            controls={c.ModelVersioning()},
        )
    )
    # Applies the per-client score threshold: post-editing queue or direct delivery.
    router = tm.add(
        tg.Service("Segment routing service", controls={c.AuditLogging(retention_days=365)})
    )
    # Browser CAT workbench where freelancers post-edit low-scoring segments.
    workbench = tm.add(
        tg.Service(
            "Post-editing workbench",
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Source, MT and post-edited segments (labels are edit distance) plus the public set.
        qe_dataset = tm.add(
            tg.Dataset("QE training set", stores={segments, mt_output, post_edited, public_qe_data})
        )
        # Monthly fine-tuning job with a held-out evaluation before registration.
        training = tm.add(
            tg.Pipeline(
                "QE fine-tuning pipeline",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out correlation with human scores")},
            )
        )
        # Stores QE checkpoints; serving loads the promoted one.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={qe_checkpoint}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs training and promotes checkpoints to serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Intake and machine translation
tm.flow(client, portal, source_content, protocol="https")
tm.flow(portal, tms, source_content)
tm.flow(tms, content_store, source_content, segments)
tm.flow(tms, mt_engine, segments, protocol="https")
tm.flow(mt_engine, tms, mt_output, protocol="https")
tm.flow(tms, content_store, mt_output, id="tms->content-store:mt")

# Quality estimation and routing
tm.flow(tms, qe_endpoint, segment_pair)
tm.flow(qe_endpoint, qe_model, segment_pair)
tm.flow(qe_model, qe_endpoint, qe_score)
tm.flow(qe_endpoint, tms, qe_score)
tm.flow(tms, router, segment_pair, qe_score)
tm.flow(router, tms, routing_decision, label="deliver or post-edit")

# Low scores: human post-editing
tm.flow(router, workbench, post_edit_task, label="score below threshold")
tm.flow(workbench, post_editor, post_edit_task, protocol="https")
tm.flow(post_editor, workbench, post_edited, protocol="https")
tm.flow(workbench, content_store, post_edited)

# Delivery (high scores unreviewed, low scores after post-editing)
tm.flow(content_store, tms, mt_output, post_edited, label="assemble target files")
tm.flow(tms, portal, delivered_translation)
tm.flow(portal, client, delivered_translation, protocol="https")

# Retraining from post-edits
tm.flow(content_store, qe_dataset, segments, mt_output, post_edited, label="monthly export")
tm.flow(public_data, qe_dataset, public_qe_data, protocol="https")
tm.flow(qe_dataset, training, segments, mt_output, post_edited, public_qe_data)
tm.flow(training, registry, qe_checkpoint)
tm.flow(ml_engineer, registry, release_approval, label="promotes checkpoint")
tm.flow(registry, qe_model, qe_checkpoint, label="deploy")
