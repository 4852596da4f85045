"""Depot parcel sorting robots: the first design, before any security review.

At a regional courier depot, parcels are inducted one by one through a camera tunnel
that photographs all sides and measures their dimensions. An on-site inference service
runs our vision model on a GPU server in the depot: it reads the barcode and the address
label, and classifies visible damage. A routing service looks the parcel up in the day's
sort plan and the shipper's pre-advice, then tells the robot fleet controller which chute
to take it to; a fleet of small sorting robots carries each parcel to its chute over the
depot Wi-Fi. Damaged, unreadable or low-confidence parcels go to a manual exception desk,
where operators re-key the label and decide what happens to the parcel. Images and
corrections are exported nightly to the company's cloud ML platform for retraining. The
robot vendor maintains the fleet controller over a site-to-site VPN. Controls: robot
on-board safety stops, no-read parcels held for the desk, badge sign-in at the desk,
30-day retention on the depot event store, TLS to the cloud, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Depot parcel sorting robots with label-reading vision model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Reads parcel labels and dimensions, routes parcels to chutes by robot, "
    "and sends damaged or unreadable ones to a manual desk.",
)

# ---------------------------------------------------------------- data assets
images = tg.Data(
    "Parcel images and dimensions",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Six-sided photos of each parcel, showing the recipient's name and address.",
)
vision_result = tg.Data(
    "Label read and damage classification",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Barcode, OCR'd postcode and address, damage class and confidences.",
)
parcel_read = tg.Data(
    "Parcel read",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tracking number, postcode, dimensions, damage flag and read confidence.",
)
sort_plan = tg.Data(
    "Depot sort plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Postcode-to-chute mapping for the day's outbound routes.",
)
pre_advice = tg.Data(
    "Shipment pre-advice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The shipper's manifest entry: recipient, address, service level.",
)
barcode_lookup = tg.Data(
    "Tracking number lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
chute_assignment = tg.Data("Chute assignments", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
chute_status = tg.Data("Chute and robot status", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
drive_commands = tg.Data(
    "Robot drive commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
robot_telemetry = tg.Data("Robot telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
exceptions = tg.Data(
    "Exception parcels",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parcels sent to the desk, with the reason and the vision result.",
)
correction = tg.Data(
    "Operator label corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="The re-keyed destination and the operator's damage disposition.",
)
sort_events = tg.Data("Parcel sort events", kind="records", sensitivity=tg.Sensitivity.PII)
training_images = tg.Data(
    "Labelled parcel images",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Parcel images with corrected reads and damage labels.",
)
weights = tg.Data("Vision model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
maintenance = tg.Data(
    "Remote maintenance session", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
diagnostics = tg.Data("Fleet diagnostics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Depot sortation network", trust=tg.Trust.INTERNAL):
    # Cameras and a light curtain on each induction line: the model's only input.
    tunnel = tm.add(tg.Device("Induction camera tunnel"))
    # Runs the vision model on the depot's GPU server and assembles one read per parcel.
    inference = tm.add(tg.Service("Depot vision inference service"))
    # Fine-tuned detector and OCR head: barcode, address block, damage classes.
    vision_model = tm.add(
        tg.Model(
            "Parcel label and damage vision model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Reads barcodes and address labels and classifies crushed, torn "
            "or wet parcels; below a confidence threshold the parcel goes to the desk.",
        )
    )
    # Decides each parcel's chute from the read, the sort plan and the pre-advice.
    routing = tm.add(
        tg.Service(
            "Chute routing service",
            controls={
                c.FailClosed(
                    fallback="a parcel with no read, a low-confidence read or no answer in "
                    "time is routed to the manual exception desk"
                )
            },
        )
    )
    # Local copy of the day's sort plan, synced from the network system each morning.
    plan_store = tm.add(tg.DataStore("Sort plan store", stores={sort_plan}))
    # The robot vendor's fleet manager: assigns robots, plans paths, reports chute fill.
    fleet = tm.add(tg.Service("Robot fleet controller"))
    # The sorting robots that carry parcels from induction to the chutes.
    robots = tm.add(
        tg.Device(
            "Sorting robots",
            controls={
                c.SafetyLimits(
                    limits="robot firmware caps speed and stops on its lidar safety field, "
                    "whatever the fleet controller commands"
                )
            },
        )
    )
    # Local record of reads, images and sort decisions, for disputes and retraining.
    event_store = tm.add(
        tg.DataStore(
            "Depot parcel event store",
            stores={images, parcel_read, correction},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Screen at the manual desk showing the parcel's images and read.
    desk_app = tm.add(
        tg.Service(
            "Exception desk application",
            controls={c.Authentication(method="operator's own badge tap at the desk workstation")},
        )
    )
    # Depot staff who handle damaged and unreadable parcels.
    operator = tm.add(tg.Actor("Exception desk operator", role="depot staff"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Network-wide parcel tracking: pre-advice, sort plans, and every scan event.
    tracking = tm.add(tg.Service("Network parcel tracking system"))
    # Parcel images with corrected labels collected from all depots.
    dataset = tm.add(tg.Dataset("Parcel image training set", stores={training_images}))
    # Fine-tunes the vision model on the latest labelled images.
    training = tm.add(
        tg.Pipeline("Vision model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versions of the model that depots pull.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves which model version the depots run.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Robot vendor", trust=tg.Trust.PARTNER):
    # The vendor's support team, who maintain and update the fleet controller remotely.
    vendor_support = tm.add(tg.ExternalService("Robot vendor remote support"))

# ---------------------------------------------------------------- flows
tm.flow(tunnel, inference, images)
tm.flow(inference, vision_model, images)
tm.flow(vision_model, inference, vision_result)
tm.flow(inference, routing, parcel_read)
tm.flow(inference, event_store, images, parcel_read)

tm.flow(plan_store, routing, sort_plan)
tm.flow(routing, tracking, barcode_lookup, protocol="https", label="pre-advice lookup")
tm.flow(tracking, routing, pre_advice, protocol="https")
tm.flow(tracking, plan_store, sort_plan, protocol="https", label="morning sync")

tm.flow(routing, fleet, chute_assignment)
tm.flow(fleet, routing, chute_status)
tm.flow(fleet, robots, drive_commands, label="depot Wi-Fi")
tm.flow(robots, fleet, robot_telemetry, label="depot Wi-Fi")

tm.flow(routing, desk_app, exceptions)
tm.flow(event_store, desk_app, images)
tm.flow(desk_app, operator, exceptions, label="on the desk screen")
tm.flow(operator, desk_app, correction, label="on the desk screen")
tm.flow(desk_app, routing, correction, label="re-induct with corrected destination")
tm.flow(desk_app, event_store, correction)
tm.flow(routing, tracking, sort_events, protocol="https")

tm.flow(event_store, dataset, training_images, protocol="https", label="nightly export")
tm.flow(dataset, training, training_images)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, approval, protocol="https", label="approves release")
tm.flow(registry, inference, weights, protocol="https", label="depot pulls approved version")

tm.flow(vendor_support, fleet, maintenance, protocol="ipsec", label="site-to-site VPN")
tm.flow(fleet, vendor_support, diagnostics, protocol="ipsec", label="site-to-site VPN")
