"""AML.CS0005 Attack on Machine Translation Services.

The victim: public machine translation services (Google Translate, Bing
Translator, Systran Translate) whose neural translation models, trained on
parallel-text corpora, are reachable through public web UIs and APIs.

Edits after the first analysis (new DSL facts, Engine v2):

- kind=prompt on "Source text": "They abused a public facing application to query the model".
- kind=model-output on "Translation": "produced machine translated sentence pairs";
  "vulgar outputs".
- kind=training-data on "Parallel sentence pairs": "the datasets and model architectures used
  by the target translation services".
- kind=model-artifact on "Translation model weights": "an adversary could steal a model".
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0005"
NAME = "Attack on Machine Translation Services"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # Widely used consumer services whose models are valuable IP.
        profile=tg.RiskProfile.HIGH,
        description="Public translation website and API in front of a neural translation model.",
    )
    text = tg.Data("Source text", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.PROMPT)
    translation = tg.Data(
        "Translation", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.MODEL_OUTPUT
    )
    parallel = tg.Data(
        "Parallel sentence pairs", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.TRAINING_DATA
    )
    weights = tg.Data(
        "Translation model weights",
        sensitivity=tg.Sensitivity.CONFIDENTIAL,
        kind=tg.DataKind.MODEL_ARTIFACT,
    )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "provide public-facing UIs and APIs"
        user = tm.add(tg.Actor("Website user", role="translates text in the browser"))
        developer = tm.add(
            tg.Actor("API client", role="application calling the translation API", human=False)
        )
        # "the datasets and model architectures used by the target translation services"
        # were published: the models are trained on public parallel corpora.
        corpora = tm.add(
            tg.DataSource(
                "Public parallel corpora",
                origin=tg.Origin.PUBLIC_DATASET,
                provides={parallel},
            )
        )

    with tm.boundary("Translation service", trust=tg.Trust.INTERNAL):
        # "public-facing UIs"
        website = tm.add(tg.Endpoint("Translation website", purpose=tg.EndpointPurpose.API))
        # "public-facing ... APIs"
        api = tm.add(tg.Endpoint("Translation API", purpose=tg.EndpointPurpose.INFERENCE))
        # "near-production state-of-the-art translation quality": the production model.
        model = tm.add(
            tg.Model(
                "Neural translation model",
                task=tg.Task.GENERATIVE,
                description="Sequence-to-sequence model translating between languages.",
            )
        )
        dataset = tm.add(tg.Dataset("Translation training set", stores={parallel}))
        training = tm.add(tg.Pipeline("Translation model training", stage=tg.Stage.TRAINING))

    tm.flow(user, website, text, protocol="https")
    tm.flow(website, model, text)
    tm.flow(model, website, translation)
    tm.flow(website, user, translation, protocol="https")
    tm.flow(developer, api, text, protocol="https")
    tm.flow(api, model, text)
    tm.flow(model, api, translation)
    tm.flow(api, developer, translation, protocol="https")
    tm.flow(corpora, dataset, parallel)
    tm.flow(dataset, training, parallel)
    tm.flow(training, model, weights, label="trained weights")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "By replicating the model with high fidelity, ... an adversary could steal a model"
    6: ("neural-translation-model", "translation-api", "translation-website"),
    # "The replicated models were used to generate adversarial examples that successfully
    # transferred"
    7: ("neural-translation-model", "website-user->translation-website"),
    # "targeted word flips, vulgar outputs, and dropped sentences"
    8: ("neural-translation-model", "website-user->translation-website"),
    # "cause reputational damage to the company of the translation service"
    9: ("neural-translation-model", "translation-website->website-user"),
}
