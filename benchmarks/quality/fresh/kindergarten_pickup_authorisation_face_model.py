"""Kindergarten pickup authorisation by face: the first design.

When an adult comes to collect a child, the staff member at the door picks
the child on the entrance tablet, and the tablet photographs the adult. The
photo goes to a matching API in the kindergarten group's cloud tenancy (EU
region), where an open-weights face recognition model turns it into an
embedding that is compared with the face templates of the adults the parents
have authorised for that child. A match is shown on the tablet; a mismatch
also pushes an alert to the staff phones, and a staff member checks the
adult's photo ID before deciding whether to release the child. Parents keep
their list of authorised collectors, with a reference photo of each, in the
parent portal (e-mail and password sign-in); the office administrator keeps
the child roster there too. Each tablet calls the API with its own key, the
stores are encrypted at rest, and every check is written to a pickup log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kindergarten pickup face check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Matches the adult collecting a child against the parents' authorised list.",
)

# ---------------------------------------------------------------- data assets
roster = tg.Data(
    "Child and collector roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Children, their groups, and each child's authorised collectors and relation.",
)
reference_photos = tg.Data(
    "Authorised collector reference photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
face_templates = tg.Data(
    "Collector face templates",
    kind="embeddings",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Face embeddings of each authorised collector, keyed by child.",
)
pickup_request = tg.Data(
    "Pickup check request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The child selected at the door and the photo of the collecting adult.",
)
door_photo = tg.Data("Door photo of collecting adult", kind="media", sensitivity=tg.Sensitivity.PII)
live_embedding = tg.Data(
    "Collecting adult face embedding", kind="embeddings", sensitivity=tg.Sensitivity.PII
)
match_result = tg.Data(
    "Collector match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Match or mismatch, and the name of the matched collector.",
)
mismatch_alert = tg.Data(
    "Mismatch alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child's name, door and a thumbnail of the door photo.",
)
pickup_log = tg.Data(
    "Pickup log entries",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who collected which child when, the result and the door photo.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents maintain the list of adults allowed to collect their child.
    parent = tm.add(tg.Actor("Parent", role="parent"))

with tm.boundary("Kindergarten premises", trust=tg.Trust.INTERNAL):
    # Staff on door duty start each check and decide on a mismatch.
    door_staff = tm.add(tg.Actor("Door staff member", role="kindergarten staff"))
    # The office administrator enrols children and keeps the groups up to date.
    administrator = tm.add(tg.Actor("Kindergarten administrator", role="administrator"))
    # Wall-mounted tablet with a front camera at the entrance door.
    tablet = tm.add(
        tg.Device(
            "Entrance tablet",
            fleet=False,
            description="Kiosk app: staff pick the child, the camera takes the adult's photo.",
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Mobile push service that delivers mismatch alerts to the staff phones.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Cloud tenancy (EU region)", trust=tg.Trust.INTERNAL):
    # Web portal for parents and the administrator.
    portal = tm.add(
        tg.Endpoint(
            "Parent portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="parents see and edit only their own children's collectors"),
                c.InputValidation(note="photo uploads checked for type, size and one face"),
            },
        )
    )
    # Turns reference photos into face templates when a collector is added.
    enrolment = tm.add(tg.Service("Face enrolment service"))
    # API the entrance tablet calls for each pickup.
    matching_api = tm.add(
        tg.Endpoint(
            "Pickup matching API",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={c.Authentication(method="per-tablet API key")},
        )
    )
    # Compares the live embedding with the child's collectors and raises alerts.
    matcher = tm.add(
        tg.Service(
            "Pickup matching service",
            description="Cosine similarity against the child's templates, fixed threshold.",
            controls={
                c.HumanInTheLoop(approver="door staff member, who checks photo ID on a mismatch"),
            },
        )
    )
    # Open-weights face recognition model, bundled in the service's container image.
    face_model = tm.add(
        tg.Model(
            "Face recognition model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="ArcFace-style model in ONNX; decides whether a child is released.",
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Children, collectors and their reference photos.
        registry = tm.add(
            tg.DataStore(
                "Authorised collector registry",
                stores={roster, reference_photos},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Face templates searched at each pickup.
        templates = tm.add(
            tg.VectorStore(
                "Face template store",
                stores={face_templates},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Record of every pickup check.
        log_store = tm.add(
            tg.DataStore(
                "Pickup log",
                stores={pickup_log},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )

# ---------------------------------------------------------------- flows
# Keeping the lists.
tm.flow(parent, portal, roster, reference_photos, protocol="https")
tm.flow(portal, parent, roster, protocol="https")
tm.flow(administrator, portal, roster, protocol="https")
tm.flow(portal, administrator, roster, protocol="https")
tm.flow(portal, registry, roster, reference_photos)
tm.flow(registry, portal, roster)
tm.flow(portal, enrolment, reference_photos, label="new or changed collector")
tm.flow(enrolment, face_model, reference_photos)
tm.flow(face_model, enrolment, face_templates)
tm.flow(enrolment, templates, face_templates)

# At the door.
tm.flow(door_staff, tablet, pickup_request, label="selects the child")
tm.flow(tablet, matching_api, pickup_request, door_photo, protocol="https")
tm.flow(matching_api, matcher, pickup_request, door_photo)
tm.flow(matcher, face_model, door_photo)
tm.flow(face_model, matcher, live_embedding)
tm.flow(templates, matcher, face_templates, label="the child's collectors")
tm.flow(matcher, matching_api, match_result)
tm.flow(matching_api, tablet, match_result, protocol="https")
tm.flow(tablet, door_staff, match_result)
tm.flow(matcher, push, mismatch_alert, protocol="https", label="on a mismatch")
tm.flow(push, door_staff, mismatch_alert, protocol="https", label="staff phones")
tm.flow(matcher, log_store, pickup_log)
