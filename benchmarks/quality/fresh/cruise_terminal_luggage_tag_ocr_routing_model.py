"""Cruise terminal luggage-tag OCR routing: the first design, before any security review.

Porters put guests' bags on the baggage hall's induction conveyor. Overhead cameras
photograph the cruise line's paper tag; an edge service runs our OCR model (open
weights, fine-tuned in-house) to read the cabin number with a confidence. A routing
service checks the read against the sailing manifest synced from the cruise line's
reservation system, picks the deck-level cage and tells the sorter PLC which
diverter to fire. No read, a low-confidence read or no manifest match sends the bag
to the exception lane, where a baggage agent views the tag image, searches the
manifest and keys the cabin. Images and corrections are archived and used to
retrain the model in our cloud account; an ML engineer promotes versions in a
registry. The PLC keeps its own interlocks; staff sign in with their own badge.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cruise terminal luggage tag OCR routing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Reads cabin numbers from luggage tags on the conveyor and routes bags "
    "to deck-level cages; staff resolve unreadable tags.",
)

# ---------------------------------------------------------------- data assets
tag_images = tg.Data(
    "Luggage tag images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Camera frames of each bag's tag: guest name, cabin, ship and sailing date.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="high"),
)
cabin_read = tg.Data(
    "Cabin number read",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="OCR text of the cabin number with a confidence, keyed by bag tracking id.",
)
manifest = tg.Data(
    "Sailing manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest names, booking references, cabin and deck for the day's sailing.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
divert_command = tg.Data(
    "Divert command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bag tracking id and the chute/cage to divert it to.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
exception_case = tg.Data(
    "Unreadable tag case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tag image, the model's best guesses and the bag's position in the exception lane.",
)
manual_cabin = tg.Data(
    "Manually keyed cabin",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cabin number typed by the baggage agent for a bag in the exception lane.",
)
corrected_labels = tg.Data(
    "Corrected tag labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The cabin the agent keyed, paired with the tag image it belongs to.",
)
weights = tg.Data(
    "OCR model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Cruise line cloud", trust=tg.Trust.PARTNER):
    # The cruise line owns bookings and cabin allocations; we only read them.
    reservations = tm.add(
        tg.ExternalService(
            "Cruise line reservation system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Manifest API for each sailing, called with an API key the line issued.",
        )
    )

with tm.boundary("Baggage hall OT network", trust=tg.Trust.INTERNAL):
    # Fixed cameras over the induction belt; the only way tags enter the system.
    cameras = tm.add(
        tg.Device(
            "Tag camera array",
            fleet=True,
            description="Four overhead industrial cameras per induction belt, triggered by photo-eyes.",
        )
    )
    # Edge host next to the conveyor; keeps reading when the WAN is down.
    tag_reader = tm.add(
        tg.Service(
            "Tag reading service",
            description="Edge GPU host: finds the tag in each frame and runs the OCR model.",
        )
    )
    # The model that turns a tag crop into a cabin number.
    ocr_model = tm.add(
        tg.Model(
            "Luggage tag OCR model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Open-weights text-recognition model fine-tuned on our archived tags.",
        )
    )
    # Business logic: read + manifest -> deck cage, or the exception lane.
    router = tm.add(
        tg.Service(
            "Bag routing service",
            description="Matches the read against the manifest and picks the deck-level cage.",
            controls={
                c.FailClosed(
                    fallback="bags with no read, confidence under 0.9 or no manifest match, "
                    "and all bags while the tag reader is down, go to the exception lane"
                )
            },
        )
    )
    # Existing sortation controller that physically fires the diverters.
    sorter = tm.add(
        tg.Device(
            "Sorter PLC",
            fleet=False,
            description="Conveyor controller driving the chute diverters to the deck cages.",
            controls={
                c.SafetyLimits(
                    limits="PLC enforces belt speed, e-stops and photo-eye jam interlocks "
                    "whatever commands it receives"
                )
            },
        )
    )
    # Where unreadable tags are resolved by a person.
    exception_station = tm.add(
        tg.Endpoint(
            "Exception station",
            purpose=tg.EndpointPurpose.API,
            description="Touchscreen workstation at the exception lane showing the tag image "
            "and a manifest search.",
            controls={c.Authentication(method="individual staff badge tap and own PIN")},
        )
    )
    # Terminal staff who handle bags the model could not read.
    baggage_agent = tm.add(tg.Actor("Baggage exception agent", role="terminal staff"))

with tm.boundary("Terminal server room", trust=tg.Trust.INTERNAL):
    # Pulls the manifest from the cruise line before and during embarkation.
    manifest_sync = tm.add(
        tg.Service(
            "Manifest sync job",
            description="Polls the cruise line's manifest API every 15 minutes on sailing days.",
        )
    )
    # Local copy so routing does not depend on the cruise line being reachable.
    manifest_cache = tm.add(tg.DataStore("Manifest cache", stores={manifest}))
    # Keeps every tag image and correction, for disputes about lost bags and retraining.
    archive = tm.add(
        tg.DataStore(
            "Tag image archive",
            stores={tag_images, cabin_read, corrected_labels},
            description="NAS share of tag images with the model's read and any manual correction.",
        )
    )

with tm.boundary("Terminal operator ML cloud", trust=tg.Trust.INTERNAL):
    # Periodic fine-tuning of the OCR model on new tag designs and corrections.
    retraining = tm.add(
        tg.Pipeline(
            "OCR retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Monthly fine-tune on archived images and corrected labels, "
            "scored on a held-out set of tags.",
            controls={c.ModelValidation()},
        )
    )
    # Versioned store of OCR models the edge hosts pull from.
    registry = tm.add(
        tg.ModelRegistry(
            "OCR model registry",
            stores={weights},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model and decides which version goes to the terminal.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# manifest in
tm.flow(manifest_sync, reservations, label="manifest request", protocol="https")
tm.flow(reservations, manifest_sync, manifest, protocol="https")
tm.flow(manifest_sync, manifest_cache, manifest)

# reading and routing
tm.flow(cameras, tag_reader, tag_images, protocol="rtsp")
tm.flow(tag_reader, ocr_model, tag_images, label="tag crop")
tm.flow(ocr_model, tag_reader, cabin_read)
tm.flow(tag_reader, router, cabin_read, protocol="grpc")
tm.flow(manifest_cache, router, manifest, label="cabin lookup", protocol="postgresql")
tm.flow(router, sorter, divert_command, protocol="opc-ua")
tm.flow(tag_reader, archive, tag_images, cabin_read, protocol="smb")

# exception lane
tm.flow(router, exception_station, exception_case, protocol="https")
tm.flow(archive, exception_station, tag_images, label="tag image", protocol="smb")
tm.flow(manifest_cache, exception_station, manifest, label="guest search", protocol="postgresql")
tm.flow(exception_station, baggage_agent, exception_case, label="on the touchscreen")
tm.flow(baggage_agent, exception_station, manual_cabin, label="keyed on the touchscreen")
tm.flow(exception_station, router, manual_cabin, protocol="https")
tm.flow(exception_station, archive, corrected_labels, protocol="smb")

# retraining and release
tm.flow(archive, retraining, tag_images, corrected_labels, protocol="https", label="monthly upload")
tm.flow(retraining, registry, weights)
tm.flow(ml_engineer, registry, release_approval, protocol="https", label="promotes version")
tm.flow(registry, tag_reader, weights, protocol="https", label="model pull")
