"""LLM fine-tuning platform: the first design, before any security review.

An internal self-service platform. Product teams sign in to a portal with
corporate SSO, upload instruction datasets (JSONL) and launch fine-tuning jobs
on open-weights base models mirrored from a public model hub. Jobs run as
containers on the GPU cluster that all teams share; the training image installs
its Python dependencies from the public package index. Checkpoints land in a
shared bucket and an evaluation job scores each candidate on the internal
benchmark suite. One ML governance reviewer approves a model in the registry
before it is published; teams then deploy it to the inference gateway, which
their applications call with per-team tokens and quotas. Controls: SSO and team
roles on the portal, KMS-encrypted datasets, the hub token in a vault, versioned
models with a single approval, authentication and rate limits on the gateway.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "LLM fine-tuning platform",
    profile=tg.RiskProfile.HIGH,
    description="Self-service fine-tuning, evaluation and publishing of open-weights LLMs.",
)

# ---------------------------------------------------------------- data assets
instruction_data = tg.Data(
    "Instruction dataset",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Prompt/response pairs built by product teams, often from support chats.",
)
job_spec = tg.Data(
    "Fine-tuning job spec",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Base model id, hyperparameters, dataset version, team namespace.",
)
job_status = tg.Data("Job status and evaluation summary", sensitivity=tg.Sensitivity.INTERNAL)
base_weights = tg.Data(
    "Base model weights",
    kind="model-artifact",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Whatever files the hub repository publishes (safetensors or PyTorch .bin).",
)
python_packages = tg.Data("Python packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
hub_token = tg.Data("Model hub access token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
tuned_weights = tg.Data(
    "Fine-tuned model weights",
    format="safetensors",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
benchmark_items = tg.Data(
    "Benchmark suite items", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
eval_report = tg.Data("Evaluation report", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approval = tg.Data("Publication approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
deploy_request = tg.Data("Deployment request", sensitivity=tg.Sensitivity.INTERNAL)
app_prompt = tg.Data("Application prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("Completion", kind="model-output", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Source of the open-weights base models that teams choose from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))
    # Public package index the training image installs its dependencies from.
    pypi = tm.add(tg.ExternalService("Public package index", provides="package-registry"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # A product team member who brings data and launches jobs.
    engineer = tm.add(tg.Actor("Product team engineer", role="ml engineer"))
    # The ML governance reviewer who signs off a model before publication.
    reviewer = tm.add(tg.Actor("ML governance reviewer", role="approver", privileged=True))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Self-service front door: uploads, job submission, results.
    portal = tm.add(
        tg.Endpoint(
            "Self-service portal",
            purpose="api",
            controls={c.Authentication(method="corporate SSO (OIDC)"), c.RBAC(note="team roles")},
        )
    )
    # Holds every team's uploaded instruction datasets, one prefix per team.
    datasets = tm.add(
        tg.Dataset(
            "Dataset bucket",
            stores={instruction_data},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Local copy of the base models so jobs do not hit the hub directly.
    mirror = tm.add(
        tg.DataStore(
            "Base model mirror",
            stores={base_weights},
            controls={c.SecretsManagement(note="hub token read from the vault")},
        )
    )
    # The fixed internal benchmark suite every candidate is scored on.
    benchmarks = tm.add(
        tg.Dataset("Benchmark suite", stores={benchmark_items}, purpose="evaluation")
    )
    # Runs the benchmark suite against each candidate checkpoint.
    evaluation = tm.add(
        tg.Pipeline(
            "Evaluation job",
            stage="evaluation",
            controls={c.ModelValidation(note="benchmark thresholds per task")},
        )
    )
    # Published, approved models that teams may deploy.
    registry = tm.add(
        tg.ModelRegistry(
            "Internal model registry",
            stores={tuned_weights, eval_report},
            controls={
                c.ModelVersioning(),
                c.HumanInTheLoop(approver="one ML governance reviewer"),
                c.RBAC(),
            },
        )
    )
    # Rolls a published model out to the gateway at a team's request.
    deployer = tm.add(tg.Pipeline("Deployment pipeline", stage="deployment"))

    with tm.boundary("Shared GPU cluster", trust=tg.Trust.INTERNAL):
        # Fine-tunes a base model on a team's dataset; all teams share the nodes.
        finetune = tm.add(
            tg.Pipeline(
                "Fine-tuning job",
                stage="fine-tuning",
                third_party_packages=True,
                description="LoRA or full fine-tuning in a team-built container on shared GPUs.",
            )
        )
        # Shared bucket for intermediate and final checkpoints of all jobs.
        checkpoints = tm.add(tg.DataStore("Checkpoint bucket", stores={tuned_weights}))

with tm.boundary("Production", trust=tg.Trust.INTERNAL):
    # Single entry point for all internal inference on fine-tuned models.
    gateway = tm.add(
        tg.Endpoint(
            "Inference gateway",
            purpose="inference",
            controls={
                c.Authentication(method="per-team service tokens"),
                c.RateLimiting(requests_per_minute=600),
            },
        )
    )
    # The deployed fine-tuned model, served on inference GPUs.
    served = tm.add(tg.LLM("Deployed fine-tuned LLM", origin="open-weights"))
    # A product team's application that uses the deployed model.
    app = tm.add(tg.Service("Team application"))

# ---------------------------------------------------------------- flows
tm.flow(engineer, portal, instruction_data, job_spec, protocol="https", label="upload and submit")
tm.flow(portal, engineer, job_status, protocol="https")
tm.flow(portal, datasets, instruction_data)
tm.flow(portal, finetune, job_spec, label="schedule job")

tm.flow(mirror, hub, hub_token, protocol="https", label="authenticated pull")
tm.flow(hub, mirror, base_weights, protocol="https")
tm.flow(pypi, finetune, python_packages, protocol="https", label="image build")
tm.flow(mirror, finetune, base_weights)
tm.flow(datasets, finetune, instruction_data)
tm.flow(finetune, checkpoints, tuned_weights)
tm.flow(finetune, portal, job_status, label="progress and logs")

tm.flow(checkpoints, evaluation, tuned_weights)
tm.flow(benchmarks, evaluation, benchmark_items)
tm.flow(evaluation, portal, eval_report)
tm.flow(evaluation, registry, tuned_weights, eval_report, label="candidate for publication")
tm.flow(registry, reviewer, eval_report, protocol="https")
tm.flow(reviewer, registry, approval, protocol="https")

tm.flow(engineer, deployer, deploy_request, protocol="https")
tm.flow(registry, deployer, tuned_weights)
tm.flow(deployer, served, tuned_weights, label="deploy")

tm.flow(app, gateway, app_prompt, protocol="https")
tm.flow(gateway, served, app_prompt)
tm.flow(served, gateway, completion)
tm.flow(gateway, app, completion, protocol="https")
