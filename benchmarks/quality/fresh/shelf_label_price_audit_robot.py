"""Shelf label price audit robot: the first design, before any security review.

A supermarket chain sends a bought-in robot down each store's aisles at night to
photograph the shelves. The robot vendor's fleet cloud plans its missions, keeps
its store maps and pushes firmware; the robot itself stops for obstacles and
caps its speed. Photos go over the store Wi-Fi to an edge server in the back
office, where our vision model reads each electronic shelf label (EAN, price)
and spots gaps. A price audit service in the chain's cloud compares the readings
with the central price book and raises tasks in the store task system, which
associates work through on their handhelds. Photos are also uploaded to a cloud
bucket; an annotation vendor labels a sample, and a retraining pipeline puts new
model versions in a registry that edge servers pull from once an ML engineer
promotes them. Night-shift staff can appear in photos, so GDPR applies. Controls:
HTTPS links, encrypted image storage, read-only price book access, staff PINs,
vendor passwords for labelling, model evaluation and versioning.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Shelf label price audit robot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Night-time shelf photos read by a vision model to find wrong labels and gaps.",
)

# ---------------------------------------------------------------- data assets
shelf_images = tg.Data(
    "Shelf images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="High-resolution aisle photos; night-shift staff restocking may be in frame.",
)
telemetry = tg.Data("Robot telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
missions = tg.Data(
    "Missions and store maps",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Aisle routes, schedules and the floor map of each store.",
)
firmware = tg.Data("Robot firmware", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
readings = tg.Data(
    "Shelf label readings",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per shelf position: EAN, price read from the label, gap and facing flags.",
)
prices = tg.Data(
    "Current prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
tasks = tg.Data("Label and gap tasks", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
outcomes = tg.Data(
    "Task outcomes",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fixed, label was right, product discontinued; with associate id.",
)
pin = tg.Data("Associate PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
annotations = tg.Data(
    "Label annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Shelf vision model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
promotion = tg.Data("Model promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Robot vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor runs mission planning, maps and firmware updates for its robots.
    fleet = tm.add(tg.ExternalService("Robot fleet management"))

with tm.boundary("Annotation vendor", trust=tg.Trust.PARTNER):
    # Outsourced labellers who box and transcribe labels on sampled photos.
    annotator = tm.add(tg.Actor("Vendor annotator", role="labeler"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Drives the aisles after closing and photographs every shelf.
    robot = tm.add(
        tg.Device(
            "Shelf-scanning robot",
            fleet=True,
            description="One per store, bought from the vendor; docks and charges in the back room.",
            controls={c.SafetyLimits(limits="vendor's 1 m/s speed cap and lidar obstacle stop")},
        )
    )
    # Back-office server that receives the photos and runs the vision model.
    edge = tm.add(tg.Service("Store edge server"))
    # Reads labels and products, and finds gaps, on each photo.
    vision = tm.add(
        tg.Model(
            "Shelf label reader model",
            task=tg.Task.DETECTOR,
            description="Detects labels, products and empty facings; OCRs EAN and price.",
        )
    )
    # Store staff who fix labels and refill gaps in the morning.
    associate = tm.add(tg.Actor("Store associate", role="store staff"))

with tm.boundary("Chain cloud", trust=tg.Trust.INTERNAL):
    # Compares what the labels say with what the till will charge.
    audit = tm.add(tg.Service("Price audit service"))
    # Existing task system behind the associates' handheld app.
    task_system = tm.add(
        tg.Service(
            "Store task system",
            controls={c.Authentication(method="employee number and PIN")},
        )
    )
    # Every uploaded photo, with annotations, for retraining.
    image_set = tm.add(
        tg.Dataset(
            "Shelf image bucket",
            stores={shelf_images, annotations},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web labelling tool the annotation vendor works in.
    labeling = tm.add(
        tg.Pipeline(
            "Labelling tool",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="vendor accounts with password")},
        )
    )
    # Monthly retraining and evaluation on held-out stores.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining pipeline",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="accuracy on held-out stores must not drop")},
        )
    )
    # Model versions; edge servers pull the promoted one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Head office data centre", trust=tg.Trust.INTERNAL):
    # The pricing system's price book: what each product costs in each store today.
    price_book = tm.add(
        tg.DataStore(
            "Central price book",
            stores={prices},
            controls={c.RBAC(note="the audit service has a read-only account")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs retraining and promotes model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Robot operation
tm.flow(fleet, robot, missions, firmware, protocol="https")
tm.flow(robot, fleet, telemetry, protocol="https")
tm.flow(robot, edge, shelf_images, protocol="https", label="store Wi-Fi upload")

# Reading the shelves
tm.flow(edge, vision, shelf_images)
tm.flow(vision, edge, readings)
tm.flow(edge, audit, readings, protocol="https")
tm.flow(audit, price_book, readings, protocol="https", label="price lookup")
tm.flow(price_book, audit, prices, protocol="https")
tm.flow(audit, task_system, tasks, protocol="https")
tm.flow(task_system, associate, tasks, protocol="https", label="handheld app")
tm.flow(associate, task_system, pin, outcomes, protocol="https", label="handheld app")
tm.flow(task_system, audit, outcomes, protocol="https")

# Retraining
tm.flow(edge, image_set, shelf_images, protocol="https", label="nightly upload")
tm.flow(image_set, labeling, shelf_images)
tm.flow(labeling, annotator, shelf_images, protocol="https")
tm.flow(annotator, labeling, annotations, protocol="https")
tm.flow(labeling, image_set, annotations)
tm.flow(image_set, training, shelf_images, annotations)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes version")
tm.flow(registry, edge, weights, protocol="https", label="model pull")
