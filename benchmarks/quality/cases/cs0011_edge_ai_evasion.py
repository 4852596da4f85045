"""AML.CS0011 Microsoft Edge AI Evasion.

The victim: a new Microsoft product for running AI workloads at the edge, here
serving an image classification model built on a publicly available base model and
answering inference queries about submitted images.

Edits after the first analysis (new DSL facts, Engine v2):

- kind=media on "Input image": "continuously manipulate a target image".
- kind=model-output on "Classification result": "analyzing the responses (inferences) from
  the ML model".
- kind=model-artifact on "Public base model": "obtained the publicly available base model".
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0011"
NAME = "Microsoft Edge AI Evasion"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A commercial platform product whose models act unattended at customers' edge sites.
        profile=tg.RiskProfile.HIGH,
        description="Edge runtime serving an image classification model.",
    )
    image = tg.Data("Input image", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.MEDIA)
    inference = tg.Data(
        "Classification result", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.MODEL_OUTPUT
    )
    base = tg.Data(
        "Public base model", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.MODEL_ARTIFACT
    )
    artifact = tg.Data("AI workload", sensitivity=tg.Sensitivity.CONFIDENTIAL)

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "The team identified and obtained the publicly available base model"
        hub = tm.add(
            tg.ExternalService("Public model source", provides=tg.ExternalCategory.MODEL_HUB)
        )
        # "Feeding this perturbed image": whoever supplies images to the workload.
        client = tm.add(tg.Actor("Image submitter", role="submits images for inference"))

    # DSL gap: the model runs on an edge device in the field; the DSL cannot place a model
    # on a Device, so the device, its inference endpoint and the model share an edge-site
    # boundary.
    with tm.boundary("Edge site", trust=tg.Trust.PARTNER):
        # "a new Microsoft product designed for running AI workloads at the edge"
        device = tm.add(tg.Device("Edge device", description="Runs the edge AI runtime."))
        # "sending queries and analyzing the responses (inferences) from the ML model"
        endpoint = tm.add(tg.Endpoint("Edge inference endpoint", purpose="inference"))
        # "cause the ML model to produce misclassifications"; built on "the publicly
        # available base model"
        model = tm.add(
            tg.Model(
                "Image classification model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Classifies images at the edge.",
            )
        )

    tm.flow(hub, model, base, label="base model")
    tm.flow(device, model, artifact, label="runs the workload")
    tm.flow(client, endpoint, image)
    tm.flow(endpoint, model, image)
    tm.flow(model, endpoint, inference)
    tm.flow(endpoint, client, inference)
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "continuously manipulated an original target image, that tricked the ML model"
    4: ("image-classification-model", "image-submitter->edge-inference-endpoint"),
    # "the red team was able to evade the ML model by causing misclassifications"
    5: ("image-classification-model", "image-submitter->edge-inference-endpoint"),
}
