"""Protein design model access portal: the first design, before any security review.

Partner scientists at collaborating companies and universities sign in to a web portal
through their own organisation's identity provider and submit design jobs: a target
structure file and design constraints. A job orchestrator queues each job on the GPU
enclave, where the company's in-house generative protein design model proposes
candidate sequences. Before anything is released, a biosecurity screening service
compares every candidate with a sequences-of-concern database kept up to date from a
screening vendor's feed; flagged candidates wait for the biosecurity officer, cleared
ones go to the partner's project in the results store and back through the portal.
The ML team retrains the model from public protein databases and internal assay data,
and promotes versions through a model registry. Controls: federated OIDC sign-in,
per-partner quotas, upload validation, audit logging, per-project roles, weights kept
in-house, encryption at rest of results and weights, officer review of flagged outputs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Protein design model access portal",
    profile=tg.RiskProfile.HIGH,
    description="Partner access to an in-house protein design model, with biosecurity screening of outputs.",
)

# ---------------------------------------------------------------- data assets
identity_token = tg.Data(
    "Partner identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
structure = tg.Data(
    "Target structure file",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PDB or mmCIF file of the partner's target; the partner's own IP.",
)
constraints = tg.Data(
    "Design request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Binding site, length range, number of designs and other constraints.",
)
design_job = tg.Data("Design job", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
candidates = tg.Data(
    "Candidate sequences",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Generated amino-acid sequences with predicted structures and scores.",
)
verdict = tg.Data(
    "Screening verdict",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-sequence hit list against sequences of concern: cleared or flagged.",
)
flagged = tg.Data("Flagged sequences", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
release_decision = tg.Data(
    "Release decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
released = tg.Data("Released designs", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
concern_list = tg.Data(
    "Sequences of concern",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Toxin, pathogen and regulated-agent sequence signatures used for screening.",
)
weights = tg.Data(
    "Protein design model weights",
    sensitivity=tg.Sensitivity.SECRET,
    format="safetensors",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
public_proteins = tg.Data(
    "Public protein sequences and structures",
    kind="training-data",
    sensitivity=tg.Sensitivity.PUBLIC,
)
assay_data = tg.Data(
    "Internal assay results",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Expression and binding measurements from the company's own wet lab.",
)
training_config = tg.Data(
    "Training run configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
promotion = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public sequence and structure databases used for pre-training.
    public_dbs = tm.add(
        tg.DataSource(
            "Public protein databases",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_proteins},
            description="UniProt and PDB snapshots downloaded for each training run.",
        )
    )

with tm.boundary("Partner organisations", trust=tg.Trust.PARTNER):
    # The users: scientists at collaborating companies and universities.
    partner = tm.add(tg.Actor("Partner scientist", role="external research partner"))
    # Each partner signs its own people in; we trust the asserted identity.
    partner_idp = tm.add(
        tg.ExternalService(
            "Partner identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("Screening vendor", trust=tg.Trust.PARTNER):
    # Curated biosecurity reference data, updated weekly.
    screening_vendor = tm.add(
        tg.ExternalService(
            "Biosecurity screening list vendor", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # The only way partners reach the model.
    portal = tm.add(
        tg.Endpoint(
            "Design portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="federated OIDC through each partner's identity provider"),
                c.RateLimiting(
                    requests_per_minute=30, note="plus a monthly GPU-hour quota per partner"
                ),
                c.InputValidation(note="structure files parsed and checked for format and size"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Queues jobs per partner project and routes outputs through screening.
    orchestrator = tm.add(
        tg.Service(
            "Design job orchestrator",
            description="Queues design jobs per partner project and collects their outputs.",
            controls={c.RBAC(note="partner users see only their own projects")},
        )
    )
    # Every candidate passes here before any partner can see it.
    screening = tm.add(
        tg.Service(
            "Biosecurity screening service",
            description="Screens every candidate sequence against sequences of concern before release.",
            controls={
                c.HumanInTheLoop(
                    approver="biosecurity officer",
                    note="flagged sequences only; cleared sequences are released automatically",
                )
            },
        )
    )
    # Local copy of the vendor's list, queried per sequence.
    concern_db = tm.add(tg.DataStore("Sequences of concern database", stores={concern_list}))
    # Jobs, inputs, outputs and verdicts per partner project.
    results_store = tm.add(
        tg.DataStore(
            "Design results store",
            stores={structure, constraints, design_job, candidates, verdict, released},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("GPU model enclave", trust=tg.Trust.RESTRICTED):
        # The crown jewel: generates sequences for a target.
        design_model = tm.add(
            tg.Model(
                "Protein design model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="Diffusion and sequence models that design binders for a target structure.",
                controls={
                    c.LimitRelease(
                        note="weights never leave the enclave; partners get API access only"
                    )
                },
            )
        )
        # Versioned weights the serving cluster loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={
                    c.ModelVersioning(),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )
        # Public and internal data assembled for each training run.
        corpus = tm.add(
            tg.Dataset(
                "Protein training corpus",
                stores={public_proteins, assay_data},
                purpose="training",
                controls={c.DataVersioning()},
            )
        )
        # Trains new model versions on the corpus.
        training = tm.add(
            tg.Pipeline(
                "Model training pipeline", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The wet lab's measurements, exported for training runs.
    assay_db = tm.add(tg.DataStore("Wet-lab assay database", stores={assay_data}))
    # Decides on flagged sequences.
    officer = tm.add(tg.Actor("Biosecurity officer", role="biosecurity officer"))
    # Runs training and promotes model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Sign-in and job submission
tm.flow(partner, partner_idp, identity_token, protocol="https")
tm.flow(partner_idp, portal, identity_token, protocol="oidc")
tm.flow(partner, portal, structure, constraints, protocol="https")
tm.flow(portal, orchestrator, design_job, structure, constraints)
tm.flow(orchestrator, results_store, design_job, structure, constraints)

# Generation
tm.flow(orchestrator, design_model, design_job, structure, constraints)
tm.flow(design_model, orchestrator, candidates)
tm.flow(orchestrator, results_store, candidates, label="raw candidates")

# Screening before release
tm.flow(orchestrator, screening, candidates)
tm.flow(concern_db, screening, concern_list)
tm.flow(screening_vendor, concern_db, concern_list, protocol="https", label="weekly list update")
tm.flow(screening, officer, flagged, protocol="https")
tm.flow(officer, screening, release_decision, protocol="https")
tm.flow(screening, results_store, verdict, released)
tm.flow(results_store, portal, released, label="partner's cleared designs")
tm.flow(portal, partner, released, protocol="https")

# Training and promotion
tm.flow(public_dbs, corpus, public_proteins, protocol="https")
tm.flow(assay_db, corpus, assay_data, protocol="https", label="export for a training run")
tm.flow(ml_engineer, training, training_config, protocol="https")
tm.flow(corpus, training, public_proteins, assay_data)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, design_model, weights, label="deploy")
