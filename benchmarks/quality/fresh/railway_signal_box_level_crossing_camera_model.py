"""Level crossing camera model: the first design, before any security review.

The rail operator's manually controlled barrier crossings each have CCTV cameras
wired to an edge analytics unit in the lineside cabinet. A vendor-supplied
detection model on that unit checks the crossing for people, vehicles or other
obstructions and sends its verdict and the latest images to the signaller's
crossing workstation in the signal box. The signaller lowers the barriers, and
when the model confirms the crossing is clear, presses crossing clear so that the
interlocking can clear the signal; the signaller can override the model after
viewing the images. Images are archived for incident investigation. The camera
vendor maintains the edge units and pushes model updates over a mobile network.
Controls: interlocking proves barriers down before clearing the signal, no verdict
means a manual CCTV check, TLS to the signal box, an IPsec VPN for the vendor, and
role-based access and 31-day retention on the archive.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Level crossing obstruction detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera model confirming level crossings are clear for the signaller.",
)

# ---------------------------------------------------------------- data assets
images = tg.Data(
    "Crossing camera images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Live frames of the crossing: pedestrians, drivers and number plates.",
)
verdict = tg.Data(
    "Obstruction verdict",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Clear or obstructed, with the zone and object class detected.",
)
clear_confirmation = tg.Data(
    "Crossing clear confirmation",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data(
    "Signaller override",
    kind="records",
    description="Signaller accepts the crossing as clear against the model.",
)
barrier_command = tg.Data("Barrier lower and raise command", kind="records")
barrier_status = tg.Data("Barriers down proved", kind="records")
signal_status = tg.Data("Signal aspect status", kind="records")
archived = tg.Data(
    "Archived crossing images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Images with the verdict and the signaller's actions, kept for investigations.",
)
search = tg.Data("Incident image search", kind="records")
model_update = tg.Data(
    "Detection model update", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
unit_config = tg.Data("Edge unit configuration", kind="instructions")
health_logs = tg.Data("Edge unit health logs", kind="logs")
maintenance = tg.Data("Maintenance commands", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Crossing site", trust=tg.Trust.INTERNAL):
    # Fixed cameras covering the crossing deck and approaches.
    cameras = tm.add(tg.Device("Crossing CCTV cameras", fleet=True))
    # Lineside box that runs the model and forwards images; maintained by the vendor.
    edge_unit = tm.add(tg.Service("Edge analytics unit"))
    # The vendor's model: detects obstructions on the crossing.
    detector = tm.add(
        tg.Model(
            "Crossing obstruction detection model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Supplied and trained by the camera vendor.",
        )
    )
    # Cellular router in the cabinet, the vendor's way in to the edge unit.
    router = tm.add(
        tg.Service(
            "Cabinet 4G router",
            internet_facing=True,
            controls={c.Authentication(method="IPsec pre-shared key per router")},
        )
    )
    # Crossing equipment that lowers and raises the barriers.
    barriers = tm.add(tg.Device("Crossing barriers", fleet=True))

with tm.boundary("Signal box", trust=tg.Trust.RESTRICTED):
    # The person who works the crossing and clears the signal.
    signaller = tm.add(tg.Actor("Signaller", role="signaller"))
    # Shows images and the model's verdict; sends the signaller's commands on.
    workstation = tm.add(
        tg.Service(
            "Crossing control workstation",
            controls={
                c.HumanInTheLoop(approver="the signaller presses crossing clear"),
                c.FailClosed(
                    fallback="no verdict within 5 s: signaller must check the CCTV by eye"
                ),
                c.Authentication(method="individual signaller username and password"),
            },
        )
    )
    # Signalling interlocking: clears the signal only with barriers proved down.
    interlocking = tm.add(
        tg.Service(
            "Signalling interlocking",
            controls={
                c.SafetyLimits(
                    limits="signal held at danger until barriers down proved and crossing clear given"
                )
            },
        )
    )

with tm.boundary("Operator data centre", trust=tg.Trust.INTERNAL):
    # Keeps images for incident investigation.
    archive = tm.add(
        tg.DataStore(
            "Crossing image archive",
            stores={archived},
            controls={c.RBAC(), c.RetentionLimits(days=31)},
        )
    )
    # Where investigators find and export images of an incident.
    review_console = tm.add(tg.Service("Incident review console", controls={c.RBAC()}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Operator staff investigating near misses and accidents.
    investigator = tm.add(tg.Actor("Incident investigator", role="investigator"))

with tm.boundary("Camera vendor", trust=tg.Trust.PARTNER):
    # The vendor's fleet management platform for edge units.
    vendor_service = tm.add(
        tg.ExternalService(
            "Vendor remote maintenance service",
            controls={c.SupplierAssessment(note="rail supplier qualification")},
        )
    )
    # Vendor's support engineer who patches units and ships model updates.
    vendor_engineer = tm.add(
        tg.Actor("Vendor service engineer", role="service engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge_unit, images, protocol="rtsp", label="cabinet LAN")
tm.flow(edge_unit, detector, images)
tm.flow(detector, edge_unit, verdict)
tm.flow(
    edge_unit,
    workstation,
    verdict,
    images,
    protocol="tls",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
    label="operator telecoms network",
)
tm.flow(workstation, signaller, verdict, images, label="on the panel")
tm.flow(signaller, workstation, clear_confirmation, override, label="on the panel")
tm.flow(workstation, barriers, barrier_command)
tm.flow(barriers, interlocking, barrier_status)
tm.flow(workstation, interlocking, clear_confirmation)
tm.flow(interlocking, workstation, signal_status, barrier_status)

tm.flow(edge_unit, archive, archived, protocol="https", label="operator telecoms network")
tm.flow(workstation, archive, archived, label="signaller actions")
tm.flow(investigator, review_console, search, protocol="https")
tm.flow(review_console, archive, search)
tm.flow(archive, review_console, archived)
tm.flow(review_console, investigator, archived, protocol="https")

tm.flow(vendor_engineer, vendor_service, maintenance, model_update, protocol="https")
tm.flow(
    vendor_service,
    router,
    model_update,
    unit_config,
    maintenance,
    protocol="ipsec",
    label="mobile network",
)
tm.flow(router, edge_unit, model_update, unit_config, maintenance, protocol="ssh")
tm.flow(edge_unit, router, health_logs, protocol="ssh")
tm.flow(router, vendor_service, health_logs, protocol="ipsec", label="mobile network")
