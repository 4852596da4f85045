"""Parcel depot sorting with robot vision: the first design, before any security review.

A parcel carrier's regional depot sorts inbound parcels to outbound chutes. A camera
array over the induction conveyor photographs each parcel's label; an edge vision
service on the depot network reads the label with an in-house model, looks the parcel
up in a manifest cache synced from the carrier's routing service, and picks a chute.
The sortation controller turns that choice into push commands for the robotic sorters
on the conveyor. Parcels the model cannot read or place go to a reject lane, where
depot supervisors key in the chute from a console. New model versions are released
from the carrier's model registry by a deployment job. The robot vendor maintains
the fleet remotely through a maintenance gateway and pulls telemetry to its cloud.
Controls in this design: TLS to the cloud, supervisor logins, VPN certificates and
session logs for the vendor, model versioning, and the robots' own safety interlocks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parcel depot sorting robot vision",
    profile=tg.RiskProfile.HIGH,
    description="Camera label reading and a vision model choose chutes; robots push parcels.",
)

# ---------------------------------------------------------------- data assets
label_images = tg.Data(
    "Parcel label images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of shipping labels: recipient name and address, barcode.",
)
manifest = tg.Data(
    "Parcel manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Tracking number, recipient address and planned route per parcel.",
)
chute_decision = tg.Data(
    "Chute assignment",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sort_commands = tg.Data(
    "Sorter push commands",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
robot_status = tg.Data(
    "Robot status and telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
sort_events = tg.Data(
    "Sort events and rejects",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Per-parcel decision, confidence, chute, and the reject reason.",
)
manual_chute = tg.Data(
    "Supervisor chute override", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Vision model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
robot_firmware = tg.Data(
    "Robot firmware and configuration",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Carrier cloud", trust=tg.Trust.INTERNAL):
    # Source of truth for where every parcel is going.
    routing = tm.add(
        tg.Service(
            "Carrier routing service",
            description="Holds the network-wide manifest and publishes it to each depot.",
        )
    )
    # Holds the approved label-reading model versions.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Pushes a released model version to the depot edge servers.
    deploy = tm.add(tg.Pipeline("Model deployment job", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Depot network", trust=tg.Trust.INTERNAL):
    # Local copy of the manifest so sorting keeps going when the WAN link drops.
    manifest_cache = tm.add(tg.DataStore("Depot manifest cache", stores={manifest}))
    # Record of each sort decision, used for reject handling and claims.
    event_log = tm.add(tg.DataStore("Sort event log", stores={sort_events}))
    # Supervisors work the reject lane from a web console on the depot LAN.
    console = tm.add(
        tg.Endpoint(
            "Reject handling console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="depot Active Directory login")},
        )
    )
    # Clears the reject lane and keys in chutes for unreadable parcels.
    supervisor = tm.add(tg.Actor("Depot supervisor", role="operations staff"))
    # Vendor engineers come in here to reach the robots.
    gateway = tm.add(
        tg.Service(
            "Remote maintenance gateway",
            description="VPN concentrator and jump host for the robot vendor.",
            controls={
                c.Authentication(method="VPN client certificate issued to the vendor"),
                c.AuditLogging(retention_days=90),
            },
        )
    )

    with tm.boundary("Sortation cell", trust=tg.Trust.RESTRICTED):
        # Photographs each parcel's label as it passes the induction point.
        cameras = tm.add(tg.Device("Label camera array", fleet=True))
        # Edge service: reads the label, joins the manifest, picks the chute.
        vision = tm.add(
            tg.Service(
                "Vision sort service",
                description="Runs on a GPU edge server beside the conveyor.",
            )
        )
        # The model that reads labels and scores the candidate chutes.
        model = tm.add(
            tg.Model(
                "Label reading and chute model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                description="Detects the label, reads address and barcode, ranks chutes.",
            )
        )
        # Turns a chute choice into timed push commands on the conveyor.
        controller = tm.add(tg.Service("Sortation controller"))
        # Robotic pushers along the conveyor that move parcels into chutes.
        robots = tm.add(
            tg.Device(
                "Robotic sorter fleet",
                fleet=True,
                controls={c.SafetyLimits(limits="vendor light curtains and e-stop interlocks")},
            )
        )

with tm.boundary("Robot vendor", trust=tg.Trust.PARTNER):
    # Maintains the sorter robots remotely under the service contract.
    vendor_engineer = tm.add(
        tg.Actor("Vendor service engineer", role="vendor maintenance", privileged=True)
    )
    # The vendor's fleet management cloud: telemetry, firmware releases.
    vendor_cloud = tm.add(tg.ExternalService("Vendor fleet management cloud"))

# ---------------------------------------------------------------- flows
tm.flow(routing, manifest_cache, manifest, protocol="https", label="manifest sync")
tm.flow(registry, deploy, model_artifact, protocol="https")
tm.flow(deploy, model, model_artifact, protocol="https", label="deploy to edge")

tm.flow(cameras, vision, label_images, protocol="gige-vision")
tm.flow(vision, model, label_images)
tm.flow(model, vision, chute_decision)
tm.flow(manifest_cache, vision, manifest, label="lookup by barcode")
tm.flow(vision, controller, chute_decision)
tm.flow(controller, robots, sort_commands, protocol="opc-ua")
tm.flow(robots, controller, robot_status, protocol="opc-ua")
tm.flow(vision, event_log, sort_events)
tm.flow(controller, event_log, sort_events, label="actual chute and jams")
tm.flow(event_log, routing, sort_events, protocol="https", label="scan events upload")

tm.flow(event_log, console, sort_events, label="reject queue")
tm.flow(console, supervisor, sort_events, protocol="https")
tm.flow(supervisor, console, manual_chute, protocol="https")
tm.flow(console, controller, manual_chute, label="manual chute assignment")

tm.flow(vendor_engineer, gateway, robot_firmware, protocol="ipsec", label="remote session")
tm.flow(gateway, robots, robot_firmware, protocol="ssh", label="firmware and config")
tm.flow(robots, gateway, robot_status, protocol="ssh")
tm.flow(gateway, vendor_cloud, robot_status, protocol="https", label="telemetry upload")
tm.flow(vendor_cloud, gateway, robot_firmware, protocol="https", label="firmware release")
