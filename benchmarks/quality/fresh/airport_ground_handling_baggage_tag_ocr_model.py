"""Baggage tag OCR: the first design, before any security review.

A ground handler at a European hub airport runs the outbound baggage sorting system.
When the barcode scanners cannot read a bag's tag (torn, creased, wet or badly
printed), cameras over the sorting belt photograph it and an OCR model, fine-tuned
in-house from an open-weights checkpoint, reads the ten-digit tag number and flight.
The sort allocation service matches a confident read to the airline's baggage
source message and tells the sortation controller which make-up lateral to send the
bag to; a doubtful read or no answer sends the bag to a manual encoding station,
where an agent reads the image and types the tag number. Images and corrections are
kept to retrain the model in the handler's cloud ML account. Controls: badge and PIN
sign-in at the encoding station, fallback to manual encoding, role-based access to
the message store, 90-day image retention, validation and versioning of models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Baggage tag OCR and routing",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Reads unreadable bag tags from belt images and routes bags to their flights.",
)

# ---------------------------------------------------------------- data assets
tag_image = tg.Data(
    "Bag tag image",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Still of the tag on the belt; the printed tag shows passenger name, "
    "flight, destination and tag number.",
)
tag_read = tg.Data(
    "Tag reading with confidence",
    kind="model-output",
    description="Tag number and flight read from the image, with per-character confidence.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
bsm = tg.Data(
    "Baggage source messages",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="IATA BSMs from the airlines: passenger name, PNR, flight, tag numbers.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
sort_command = tg.Data(
    "Sort destination command",
    kind="records",
    description="Bag tracking number and the make-up lateral to divert it to.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
bag_events = tg.Data(
    "Bag tracking events", kind="records", description="Bag seen at photo-eyes and diverters."
)
doubtful_case = tg.Data(
    "Doubtful read case",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The tag image and the model's candidate readings, for an encoding agent.",
)
manual_entry = tg.Data(
    "Manual encoding entry", kind="records", description="Tag number typed by the agent."
)
labelled_images = tg.Data(
    "Labelled tag images",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Tag images with the number confirmed by the sort or typed by an agent.",
)
base_weights = tg.Data(
    "Pretrained OCR checkpoint", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
ocr_weights = tg.Data(
    "Tag OCR model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
train_config = tg.Data("Fine-tuning configuration", kind="code")

# ---------------------------------------------------------------- elements
with tm.boundary("Baggage handling system network", trust=tg.Trust.INTERNAL):
    # Line-scan cameras over the belt, triggered when the barcode scanners get no read.
    cameras = tm.add(
        tg.Device("Belt tag camera array", description="Four cameras per tag-reading tunnel.")
    )
    # Receives each image, runs the model and decides whether the read is confident.
    ocr_service = tm.add(
        tg.Service(
            "Tag OCR inference service",
            description="GPU server in the baggage hall server room; a read below the "
            "confidence threshold is marked doubtful.",
        )
    )
    # The model that reads the tag number and flight off the image.
    ocr_model = tm.add(
        tg.Model(
            "Bag tag OCR model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Text-recognition model fine-tuned on our own tag images; a wrong "
            "read sends a bag to the wrong aircraft.",
        )
    )
    # The sortation allocation logic: tag number to flight to lateral.
    sort_alloc = tm.add(
        tg.Service(
            "Sort allocation service",
            description="Matches the tag number to a BSM and picks the make-up lateral of "
            "its flight.",
            controls={
                c.FailClosed(
                    fallback="a doubtful read, no BSM match or no OCR answer within the belt "
                    "window sends the bag to the manual encoding station"
                ),
                c.HumanInTheLoop(
                    approver="baggage encoding agent",
                    note="only reads below the confidence threshold; confident reads are "
                    "routed directly",
                ),
            },
        )
    )
    # The airlines' BSMs for today's departures, kept by the sortation system.
    bsm_store = tm.add(tg.DataStore("Baggage message store", stores={bsm}, controls={c.RBAC()}))
    # The conveyor system's controller that moves diverters and pushers.
    sorter = tm.add(tg.Device("Sortation controller", fleet=False))
    # Station beside the belt's manual encoding loop, with a screen and keyboard.
    encoding_station = tm.add(
        tg.Endpoint(
            "Manual encoding station",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="airport ID badge tap and personal PIN")},
        )
    )
    # Ground handling staff who key in the tags the model could not read.
    encoder = tm.add(tg.Actor("Baggage encoding agent", role="ground handling staff"))
    # Keeps tag images, reads and corrections for audits of mishandled bags.
    image_store = tm.add(
        tg.DataStore(
            "Tag image store",
            stores={tag_image, labelled_images},
            controls={c.RetentionLimits(days=90)},
        )
    )

with tm.boundary("Airline messaging", trust=tg.Trust.PARTNER):
    # Airlines' departure control systems send BSMs through the messaging provider.
    airline_msgs = tm.add(
        tg.ExternalService(
            "Airline baggage messaging",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Type B BSMs from the airlines' departure control systems.",
        )
    )

with tm.boundary("Cloud ML account", trust=tg.Trust.INTERNAL):
    # Weekly export of images with confirmed tag numbers.
    train_set = tm.add(tg.Dataset("Labelled tag image set", stores={labelled_images}))
    # Fine-tunes the open-weights checkpoint and exports it to ONNX.
    fine_tune = tm.add(
        tg.Pipeline(
            "OCR fine-tuning pipeline",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            controls={c.ModelValidation()},
        )
    )
    # The versions the inference service may load.
    registry = tm.add(
        tg.ModelRegistry("OCR model registry", stores={ocr_weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Fine-tunes, evaluates and releases the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained text-recognition checkpoint comes from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

# ---------------------------------------------------------------- flows
tm.flow(cameras, ocr_service, tag_image)
tm.flow(ocr_service, ocr_model, tag_image)
tm.flow(ocr_model, ocr_service, tag_read)
tm.flow(ocr_service, sort_alloc, tag_read)
tm.flow(ocr_service, image_store, tag_image)

tm.flow(airline_msgs, bsm_store, bsm, protocol="mq", label="Type B messages over the SITA network")
tm.flow(sort_alloc, bsm_store, tag_read, label="BSM lookup by tag number")
tm.flow(bsm_store, sort_alloc, bsm)
tm.flow(sort_alloc, sorter, sort_command, protocol="opc-ua")
tm.flow(sorter, sort_alloc, bag_events, protocol="opc-ua")

tm.flow(sort_alloc, encoding_station, doubtful_case)
tm.flow(encoding_station, encoder, doubtful_case, label="on the station screen")
tm.flow(encoder, encoding_station, manual_entry, label="keypad")
tm.flow(encoding_station, sort_alloc, manual_entry)
tm.flow(encoding_station, image_store, labelled_images, label="agent corrections")

tm.flow(image_store, train_set, labelled_images, protocol="https", label="weekly export")
tm.flow(hub, fine_tune, base_weights, protocol="https")
tm.flow(train_set, fine_tune, labelled_images)
tm.flow(ml_engineer, fine_tune, train_config, protocol="https")
tm.flow(fine_tune, registry, ocr_weights)
tm.flow(registry, ocr_model, ocr_weights, protocol="https", label="deploy")
