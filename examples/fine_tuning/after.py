"""Fine-tuning pipeline: the same system after a security review.

Same architecture as before.py. The review added: scanning and validation of
hub weights (safetensors only, no pickles), pinned and scanned dependencies
with an AI bill of materials, an isolated training job with egress limited to
the mirrors it needs, access control and versioning on the confidential corpus,
signed and immutable models that need two approvals to ship, and authenticated,
guarded access to the served model.

    threatgraph analyze examples/fine_tuning/after.py
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Contract-drafting LLM fine-tuning",
    profile=tg.RiskProfile.HIGH,
    description="Open-weights LLM fine-tuned on proprietary contracts, served internally.",
)

TLS = c.EncryptionInTransit(protocol="TLS 1.3")
SUPPLY_CHAIN = frozenset({c.AIBOM(), c.VulnerabilityScanning(), c.SignedModels(note="verify")})

# ---------------------------------------------------------------- data assets
base_weights = tg.Data(
    "Base model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
packages = tg.Data(
    "Python packages and base images", sensitivity=tg.Sensitivity.PUBLIC, kind="code"
)
corpus = tg.Data(
    "Contract corpus",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Twenty years of negotiated clauses; a trade secret.",
)
tuned_weights = tg.Data(
    "Fine-tuned weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
eval_results = tg.Data("Evaluation report", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
request = tg.Data("Drafting request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
draft = tg.Data("Draft clause", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
run_config = tg.Data("Run configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))
    pypi = tm.add(
        tg.ExternalService("Package index", provides=tg.ExternalCategory.PACKAGE_REGISTRY)
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    lawyer = tm.add(tg.Actor("Lawyer", role="employee", controls={c.Authentication(method="SSO")}))
    ml_engineer = tm.add(
        tg.Actor(
            "ML engineer",
            role="ml engineer",
            privileged=True,
            controls={c.Authentication(method="SSO + hardware key")},
        )
    )
    dataset = tm.add(
        tg.Dataset(
            "Contract dataset",
            stores={corpus},
            purpose="fine-tuning",
            controls={
                c.EncryptionAtRest(key_management="KMS, key per dataset"),
                c.RBAC(),
                c.DataVersioning(),
                c.ProvenanceTracking(),
                c.DataMinimization(note="client names replaced with placeholders"),
                c.AuditLogging(),
            },
        )
    )
    cicd = tm.add(
        tg.Pipeline(
            "CI/CD",
            stage=tg.Stage.DEPLOYMENT,
            third_party_packages=True,
            controls={
                c.AuditLogging(),
                *SUPPLY_CHAIN,
                c.MultiPartyApproval(),
                c.SecretsManagement(),
            },
        )
    )
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={tuned_weights},
            controls={
                c.SignedModels(),
                c.ModelVersioning(),
                c.ImmutableArtifacts(),
                c.EncryptionAtRest(),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Training enclave", trust=tg.Trust.RESTRICTED):
        finetune = tm.add(
            tg.Pipeline(
                "Fine-tuning job",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                description="LoRA fine-tuning on rented GPUs.",
                controls={
                    c.MultiPartyApproval(note="a second engineer approves each run"),
                    c.AuditLogging(),
                    *SUPPLY_CHAIN,
                    c.TrainingIsolation(),
                    c.RBAC(note="only the ML team can launch runs"),
                    c.EgressFiltering(note="internal mirrors only"),
                    c.SafeSerialization(note="safetensors only"),
                    c.ModelValidation(note="backdoor and behaviour tests on base weights"),
                    c.ProvenanceTracking(),
                },
            )
        )
        evaluation = tm.add(
            tg.Pipeline(
                "Evaluation",
                stage=tg.Stage.EVALUATION,
                controls={
                    c.AuditLogging(),
                    c.ModelValidation(note="held-out contracts, refusal tests"),
                },
            )
        )

    with tm.boundary("Inference cluster", trust=tg.Trust.INTERNAL):
        gateway = tm.add(
            tg.Endpoint(
                "Drafting API",
                controls={
                    c.Authentication(method="SSO"),
                    c.RBAC(note="legal department only"),
                    c.RateLimiting(requests_per_minute=30),
                    c.InputValidation(),
                    c.Guardrails(),
                    c.OutputFiltering(),
                    c.AuditLogging(),
                },
            )
        )
        llm = tm.add(
            tg.LLM(
                "Contract LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="The fine-tuned model, served with vLLM.",
                controls={
                    c.InferenceIsolation(),
                    c.ModelCards(),
                    c.ModelAlignment(),
                    c.RedTeaming(cadence="every release"),
                },
            )
        )

# ---------------------------------------------------------------- flows
# Public registries are authenticated by their TLS certificate and by publisher
# signatures on what they serve; hashes are pinned in the AI bill of materials.
PUBLIC_PULL = frozenset({TLS, c.Authentication(method="server certificate + publisher signature")})
tm.flow(hub, finetune, base_weights, protocol="https", controls={*PUBLIC_PULL, c.ModelValidation()})
tm.flow(
    pypi,
    finetune,
    packages,
    protocol="https",
    label="pip install at job start",
    controls=PUBLIC_PULL,
)
tm.flow(pypi, cicd, packages, protocol="https", controls=PUBLIC_PULL)
tm.flow(dataset, finetune, corpus, controls={TLS})
tm.flow(ml_engineer, finetune, run_config, label="launches runs", controls={TLS})
tm.flow(finetune, evaluation, tuned_weights, controls={TLS})
tm.flow(evaluation, registry, tuned_weights, eval_results, controls={TLS})
tm.flow(registry, cicd, tuned_weights, controls={TLS})
tm.flow(cicd, llm, tuned_weights, label="deploy", controls={TLS})

tm.flow(lawyer, gateway, request, protocol="https", controls={TLS})
tm.flow(gateway, llm, request, controls={TLS})
tm.flow(llm, gateway, draft, controls={TLS})
tm.flow(gateway, lawyer, draft, protocol="https", controls={TLS})
