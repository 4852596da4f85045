"""Forklift pedestrian detection: the first design, before any security review.

Our distribution centre in Germany retrofits its forklift fleet with a vendor kit:
four cameras per truck and an on-board compute unit that runs the vendor's
pedestrian-detection model. When a person is inside the warning zone, the on-board
safety controller tells the truck's drive controller (over CAN) to slow down, and
to stop inside the danger zone; the driver gets an in-cab alert and logs in with
a badge. Each near-miss becomes a safety event with a short video clip, buffered
on the truck and uploaded over the warehouse Wi-Fi (HTTPS, per-truck API key) to
an ingestion API on the site server. Safety managers review events and clips in a
safety dashboard behind the corporate SSO; clips are deleted after 30 days, as
agreed with the works council. The vendor pushes new model versions over the air
from its cloud; the on-board update client checks the vendor's signature first.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Forklift pedestrian detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="On-board camera model that slows or stops forklifts near pedestrians.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video around the truck; shows workers and visitors.",
)
detections = tg.Data(
    "Pedestrian detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Bounding boxes, distances and zone per frame.",
)
drive_command = tg.Data(
    "Slow and stop commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data("In-cab alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
badge_login = tg.Data(
    "Driver badge login",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="Badge ID read by the in-cab reader; ties events to a driver.",
)
events = tg.Data(
    "Safety events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Time, truck, driver, location, zone and speed of each near-miss.",
)
clips = tg.Data(
    "Event video clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
model_package = tg.Data(
    "Detection model update",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Vendor-signed ONNX weights and zone configuration.",
)
device_status = tg.Data(
    "Unit status and model version",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
)
reports = tg.Data(
    "Dashboard reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Event lists, heat maps and clips as shown to safety staff.",
)
review = tg.Data("Event review notes", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Warehouse floor",
    trust=tg.Trust.PARTNER,
    description="Staff, agency workers, haulier drivers and escorted visitors.",
):
    # The people the system protects; whatever they wear or carry is what the cameras see.
    pedestrian = tm.add(tg.Actor("Pedestrian", role="warehouse worker or visitor"))
    # Operates the truck, logs in with a badge and receives the in-cab alerts.
    driver = tm.add(tg.Actor("Forklift driver", role="driver"))

with tm.boundary("Forklift", trust=tg.Trust.INTERNAL, description="One per truck, ~120 trucks."):
    # The vendor's camera heads, wired to the compute unit.
    cameras = tm.add(
        tg.Device("Forklift cameras", fleet=True, description="Four wide-angle cameras per truck.")
    )
    # The vendor's detector, run locally on the compute unit's GPU.
    detector = tm.add(
        tg.Model(
            "Pedestrian detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Vendor-trained weights shipped to the truck; we do not train it.",
        )
    )
    # Turns detections into slow/stop decisions, alerts and events.
    safety_controller = tm.add(
        tg.Service(
            "On-board safety controller",
            description="Vendor application on the compute unit; also uploads buffered events.",
        )
    )
    # The truck OEM's controller that actually limits speed and brakes.
    drive_controller = tm.add(
        tg.Service("Truck drive controller", description="Forklift OEM controller on the CAN bus.")
    )
    # Keeps events and clips while the truck is out of Wi-Fi coverage.
    event_buffer = tm.add(tg.DataStore("On-board event buffer", stores={events, clips}))
    # Fetches, verifies and installs new model versions from the vendor.
    ota_client = tm.add(
        tg.Pipeline(
            "OTA update client",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.SignedModels(note="checks the vendor signature before install")},
        )
    )

with tm.boundary("Site IT network", trust=tg.Trust.INTERNAL):
    # Receives event uploads from the trucks over the warehouse Wi-Fi.
    ingestion_api = tm.add(
        tg.Endpoint(
            "Event ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-truck API key")},
        )
    )
    # Long-term store of events and clips for review and reporting.
    event_store = tm.add(
        tg.DataStore(
            "Safety event store",
            stores={events, clips, review},
            controls={c.RetentionLimits(days=30, note="clips only; events kept 2 years")},
        )
    )
    # Where safety staff review near-misses and trends.
    dashboard = tm.add(
        tg.Service(
            "Safety dashboard",
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )
    # Reviews events, coaches drivers, reports to the works council.
    safety_manager = tm.add(tg.Actor("Safety manager", role="EHS staff"))

with tm.boundary("Vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's release channel for model versions, per customer fleet.
    vendor_ota = tm.add(tg.ModelRegistry("Vendor OTA update server", stores={model_package}))

# ---------------------------------------------------------------- flows
tm.flow(pedestrian, cameras, frames, label="in view of the truck")
tm.flow(cameras, detector, frames)
tm.flow(detector, safety_controller, detections)
tm.flow(safety_controller, drive_controller, drive_command, protocol="can")
tm.flow(safety_controller, driver, alert, label="buzzer and display")
tm.flow(driver, safety_controller, badge_login, label="badge reader")
tm.flow(cameras, safety_controller, frames, label="pre/post-event ring buffer")
tm.flow(safety_controller, event_buffer, events, clips)
tm.flow(event_buffer, safety_controller, events, clips, label="queued for upload")

tm.flow(safety_controller, ingestion_api, events, clips, protocol="https", label="warehouse Wi-Fi")
tm.flow(ingestion_api, event_store, events, clips)
tm.flow(event_store, dashboard, events, clips, review)
tm.flow(dashboard, event_store, review)
tm.flow(dashboard, safety_manager, reports, protocol="https")
tm.flow(safety_manager, dashboard, review, protocol="https")

tm.flow(vendor_ota, ota_client, model_package, protocol="https", label="over the air")
tm.flow(ota_client, vendor_ota, device_status, protocol="https")
tm.flow(ota_client, detector, model_package, label="install and restart")
