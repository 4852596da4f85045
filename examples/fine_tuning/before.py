"""Fine-tuning pipeline: the first design, before any security review.

Open-weights base models are pulled from a public model hub and fine-tuned on
a proprietary, confidential dataset of contract clauses inside a training
enclave. The result is evaluated, stored in a model registry and deployed by
CI/CD to an inference cluster that employees use to draft contracts. CI/CD
and the training image install third-party packages from a public index.

    threatgraph analyze examples/fine_tuning/before.py
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Contract-drafting LLM fine-tuning",
    profile=tg.RiskProfile.HIGH,
    description="Open-weights LLM fine-tuned on proprietary contracts, served internally.",
)

# ---------------------------------------------------------------- data assets
base_weights = tg.Data("Base model weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle")
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
    "Fine-tuned weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
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
    lawyer = tm.add(tg.Actor("Lawyer", role="employee"))
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    dataset = tm.add(tg.Dataset("Contract dataset", stores={corpus}, purpose="fine-tuning"))
    cicd = tm.add(tg.Pipeline("CI/CD", stage=tg.Stage.DEPLOYMENT, third_party_packages=True))
    registry = tm.add(tg.ModelRegistry("Model registry", stores={tuned_weights}))

    with tm.boundary("Training enclave", trust=tg.Trust.RESTRICTED):
        finetune = tm.add(
            tg.Pipeline(
                "Fine-tuning job",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                description="LoRA fine-tuning on rented GPUs.",
            )
        )
        evaluation = tm.add(tg.Pipeline("Evaluation", stage=tg.Stage.EVALUATION))

    with tm.boundary("Inference cluster", trust=tg.Trust.INTERNAL):
        gateway = tm.add(tg.Endpoint("Drafting API"))
        llm = tm.add(
            tg.LLM(
                "Contract LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="The fine-tuned model, served with vLLM.",
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(hub, finetune, base_weights, protocol="https")
tm.flow(pypi, finetune, packages, protocol="https", label="pip install at job start")
tm.flow(pypi, cicd, packages, protocol="https")
tm.flow(dataset, finetune, corpus)
tm.flow(ml_engineer, finetune, run_config, label="launches runs")
tm.flow(finetune, evaluation, tuned_weights)
tm.flow(evaluation, registry, tuned_weights, eval_results)
tm.flow(registry, cicd, tuned_weights)
tm.flow(cicd, llm, tuned_weights, label="deploy")

tm.flow(lawyer, gateway, request, protocol="https")
tm.flow(gateway, llm, request)
tm.flow(llm, gateway, draft)
tm.flow(gateway, lawyer, draft, protocol="https")
