"""AML.CS0027 Organization Confusion on Hugging Face.

The victim: a company's ML environment whose employees share private models through
what they take to be the company's organization on Hugging Face, a public model
repository, and load models from it into Jupyter notebooks that also hold API keys.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "Model weights": format=KERAS (so kind=MODEL_ARTIFACT) ("They added a `Lambda`
  layer to the model, which allows for arbitrary code to be run").
- Data "Notebooks and ML code": kind=CODE ("searched Jupyter notebooks").
- Data "API keys and secrets": kind=CREDENTIALS ("searched Jupyter notebooks for API
  keys and other secrets").
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0027"
NAME = "Organization Confusion on Hugging Face"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # The company's models are intellectual property, and the environment that
        # loads them holds API keys and other secrets.
        profile=tg.RiskProfile.HIGH,
        description="Employees share and load private models through a Hugging Face org.",
    )
    weights = tg.Data(
        "Model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format=tg.Serialization.KERAS
    )
    notebooks = tg.Data(
        "Notebooks and ML code", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.CODE
    )
    secrets = tg.Data(
        "API keys and secrets",
        sensitivity=tg.Sensitivity.SECRET,
        description="Kept in environment variables and Jupyter notebooks.",
        kind=tg.DataKind.CREDENTIALS,
    )
    features = tg.Data("Model inputs and outputs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
    outbound = tg.Data("Outbound traffic", sensitivity=tg.Sensitivity.CONFIDENTIAL)

    with tm.boundary("Hugging Face (public model repository)", trust=tg.Trust.UNTRUSTED):
        # "organization accounts on Hugging Face, a public model repository";
        # employees believed it to be "an official site for employees to share models".
        # DSL gap: whether a hub namespace is really owned by the company (a verified
        # organization) or by whoever registered it cannot be said; modelled as a model
        # hub in an untrusted boundary.
        hf_org = tm.add(
            tg.ExternalService(
                "Hugging Face organization",
                provides=tg.ExternalCategory.MODEL_HUB,
                description="The company's organization namespace on the Hub.",
            )
        )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # The notebook environment downloads from the Hub over the internet, so it has
        # outbound internet access (the Sliver implant's C2 channel used it).
        internet = tm.add(tg.ExternalService("Internet hosts"))

    with tm.boundary("Company ML environment", trust=tg.Trust.INTERNAL):
        # "individuals from the impersonated organizations requested to join"
        engineers = tm.add(tg.Actor("ML engineers", role="engineer", privileged=True))
        # "searched Jupyter notebooks for API keys and other secrets"
        jupyter = tm.add(
            tg.Service(
                "Jupyter notebook environment",
                description="Where employees train, load and run models.",
            )
        )
        # "checked environment variables and searched Jupyter notebooks for API keys"
        # DSL gap: secrets kept in environment variables and notebook cells cannot be
        # told apart from a proper secret store; modelled as a data store of secrets.
        secret_store = tm.add(
            tg.DataStore("Notebook environment variables and files", stores={secrets, notebooks})
        )
        # "searched for AI models in the victim organization's environment"
        model_store = tm.add(tg.ModelRegistry("Internal model artifacts", stores={weights}))
        # "uploaded private models"; the model got "a `Lambda` layer ..., which allows
        # for arbitrary code to be run" when loaded.
        # DSL gap: a model format whose layers run code when the model is loaded (Keras
        # Lambda layer) has no attribute; modelled as a model loaded from the hub.
        shared_model = tm.add(
            tg.Model("Shared private model", description="A model shared through the org.")
        )
        # "EasyEdit could be used to poison a `Llama-2-7-b` with false facts"
        llama = tm.add(tg.LLM("Llama-2-7b", origin=tg.ModelOrigin.OPEN_WEIGHTS))

    tm.flow(engineers, jupyter, notebooks)
    tm.flow(secret_store, jupyter, secrets, notebooks)
    tm.flow(jupyter, secret_store, notebooks)
    tm.flow(jupyter, model_store, weights)
    tm.flow(model_store, jupyter, weights)
    tm.flow(jupyter, hf_org, weights, protocol="https", label="upload private models")
    tm.flow(hf_org, shared_model, weights, protocol="https", label="download and load")
    tm.flow(jupyter, shared_model, features)
    tm.flow(shared_model, jupyter, features)
    tm.flow(model_store, llama, weights)
    tm.flow(jupyter, llama, features)
    tm.flow(llama, jupyter, features)
    tm.flow(jupyter, internet, outbound)
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "the employees were fooled into believing the account was official"
    2: ("hugging-face-organization", "jupyter-notebook-environment->hugging-face-organization"),
    # "an adversary could steal valuable intellectual property in the form of AI models"
    4: ("hugging-face-organization", "jupyter-notebook-environment->hugging-face-organization"),
    # "embedded Sliver ... into the target model. They added a `Lambda` layer"
    5: ("shared-private-model", "hugging-face-organization"),
    # "Users of the model repository will receive the adversary's model"
    7: ("hugging-face-organization", "hugging-face-organization->shared-private-model"),
    # "When any future user loads the model, the model automatically executes"
    8: ("shared-private-model", "hugging-face-organization->shared-private-model"),
    # "named the Sliver process `training.bin` to disguise it"
    9: ("jupyter-notebook-environment", "shared-private-model"),
    # "The Sliver implant grants the researcher a command and control channel"
    10: ("jupyter-notebook-environment", "jupyter-notebook-environment->internet-hosts"),
    # "checked environment variables and searched Jupyter notebooks for API keys"
    11: (
        "notebook-environment-variables-and-files",
        "notebook-environment-variables-and-files->jupyter-notebook-environment",
    ),
    # "Discovered credentials could be exfiltrated via the Sliver implant"
    12: ("jupyter-notebook-environment->internet-hosts",),
    # "could have searched for AI models in the victim organization's environment"
    13: ("internal-model-artifacts",),
    # "EasyEdit could be used to poison a `Llama-2-7-b` with false facts"
    15: ("llama-2-7b", "internal-model-artifacts->llama-2-7b"),
}
