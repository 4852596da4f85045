"""AML.CS0012 Face Identification System Evasion via Physical Countermeasures.

The victim: a commercial face identification service whose account holders call
an inference API with face images, captured by cameras in the physical world, and
get back which of the enrolled identities the face matches.

Edits after the first analysis (new DSL facts, Engine v2):

- kind=media on "Face image": "a physical-domain evasion attack on a commercial face
  identification service".
- kind=model-output on "Identity match": "causing targeted misclassifications".
"""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c

CASE_ID = "AML.CS0012"
NAME = "Face Identification System Evasion via Physical Countermeasures"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # Identifies people from their faces.
        profile=tg.RiskProfile.HIGH,
        description="Commercial face identification service with an inference API.",
    )
    face = tg.Data("Face appearance", sensitivity=tg.Sensitivity.PII)
    frame = tg.Data("Face image", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MEDIA)
    identity = tg.Data(
        "Identity match", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MODEL_OUTPUT
    )
    gallery = tg.Data("Enrolled identities", sensitivity=tg.Sensitivity.PII)

    # DSL gap: the model's input is a physical scene that anyone in it can alter (a printed
    # patch); the DSL has no physical-world input, so the scene is a person in an untrusted
    # boundary whose appearance flows into the camera.
    with tm.boundary("Physical environment", trust=tg.Trust.UNTRUSTED):
        # "placed the countermeasure in the physical environment": anyone can stand in
        # front of the camera.
        person = tm.add(tg.Actor("Person in view", role="is photographed"))
        # The images the service identifies are captured by cameras in that environment.
        camera = tm.add(tg.Device("Camera", description="Captures face images for the API."))

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "gained access to the commercial face identification service and its API through
        # a valid account"
        customer = tm.add(tg.Actor("API account holder", role="customer application", human=False))

    with tm.boundary("Face identification service", trust=tg.Trust.INTERNAL):
        # "the inference API of the target model"; accounts are required to use it.
        api = tm.add(
            tg.Endpoint(
                "Face identification API",
                purpose=tg.EndpointPurpose.INFERENCE,
                controls={c.Authentication(note="service accounts")},
            )
        )
        # "causing targeted misclassifications"; "the list of identities targeted by the
        # model"
        model = tm.add(
            tg.Model(
                "Face identification model",
                task=tg.Task.CLASSIFIER,
                high_stakes=True,
                description="Identifies which enrolled identity a face belongs to.",
            )
        )
        enrolled = tm.add(tg.DataStore("Identity gallery", stores={gallery}))

    tm.flow(person, camera, face, label="physical appearance")
    tm.flow(camera, customer, frame)
    tm.flow(customer, api, frame, protocol="https")
    tm.flow(api, model, frame)
    tm.flow(enrolled, model, gallery)
    tm.flow(model, api, identity)
    tm.flow(api, customer, identity, protocol="https")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "gained access to the commercial face identification service and its API through a
    # valid account"
    2: ("face-identification-api", "api-account-holder->face-identification-api"),
    # "identified the list of identities targeted by the model by querying"
    4: ("face-identification-model", "face-identification-api->api-account-holder"),
    # "optimized adversarial visual patterns as a physical domain patch-based attack"
    7: ("face-identification-model", "person-in-view->camera"),
    # "successfully evaded the model using the physical countermeasure"
    10: ("face-identification-model", "person-in-view->camera"),
}
