"""Airport wheelchair robot guide: the first design, before any security review.

A European airport runs a fleet of autonomous wheelchair robots that carry
passengers with reduced mobility (PRM) from check-in to their gate. Airlines send
PRM assistance requests; the fleet management service assigns a robot, which
confirms the passenger by scanning the boarding pass at pick-up. On board, a
navigation model plans the path from lidar and camera frames and hands it to the
motion planner. The fleet service follows the flight information system and
re-routes robots when a gate changes. Robots talk to the fleet service over the
airport's operational Wi-Fi (MQTT over TLS). Assistance staff watch the fleet from
a teleoperation console (airport SSO with MFA, actions logged) and can stop a
robot or drive it remotely. The robot vendor publishes navigation model updates
from its cloud registry; each release is validated in simulation by the vendor.
Journey records are kept 30 days, encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport wheelchair robot guide",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Autonomous wheelchair robots taking PRM passengers from check-in to the gate.",
)

# ---------------------------------------------------------------- data assets
boarding_pass = tg.Data(
    "Boarding pass scan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, flight and seat read from the barcode at pick-up.",
)
journey_status = tg.Data("Journey status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
prm_request = tg.Data(
    "PRM assistance request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Passenger name, flight and SSR mobility code (WCHR/WCHS/WCHC): health-related.",
)
flight_updates = tg.Data(
    "Flight and gate updates",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sensor_frames = tg.Data(
    "Lidar and camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Point clouds and video of the terminal, with people in view.",
)
planned_path = tg.Data(
    "Planned path",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
mission = tg.Data(
    "Robot mission",
    kind="instructions",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Pick-up point, passenger reference and destination gate.",
)
telemetry = tg.Data("Robot telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
teleop_commands = tg.Data(
    "Stop and teleoperation commands",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
live_video = tg.Data("Live robot video", kind="media", sensitivity=tg.Sensitivity.PII)
terminal_map = tg.Data(
    "Terminal map",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Lanes, lifts, no-go zones and security-restricted areas.",
)
journey_log = tg.Data(
    "Journey records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who was carried, when, from where to which gate, and incidents.",
)
nav_weights = tg.Data(
    "Navigation model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Terminal public areas", trust=tg.Trust.UNTRUSTED):
    # The passenger being carried; anyone in the terminal can walk up to a robot.
    passenger = tm.add(tg.Actor("PRM passenger", role="passenger"))

with tm.boundary("Robot fleet", trust=tg.Trust.INTERNAL):
    # The wheelchair robot itself: touchscreen, barcode reader, drive base.
    robot = tm.add(
        tg.Device(
            "Wheelchair robot",
            fleet=True,
            description="Airport-owned robots on the operational Wi-Fi.",
        )
    )
    # The robot's own sensors, the only view the navigation model has of the terminal.
    sensors = tm.add(
        tg.DataSource("Lidar and cameras", origin=tg.Origin.INTERNAL, provides={sensor_frames})
    )
    # Onboard perception and path planning; a wrong path can hurt the passenger or bystanders.
    nav_model = tm.add(
        tg.Model(
            "Navigation model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Obstacle detection and path planning trained by the robot vendor, "
            "run on the robot.",
            controls={c.ModelValidation(note="vendor simulation and track tests per release")},
        )
    )
    # Turns the planned path into speed and steering for the drive base.
    motion = tm.add(tg.Service("Onboard motion planner"))

with tm.boundary("Airport operations network", trust=tg.Trust.INTERNAL):
    # Assigns robots to requests, sends missions and gate changes, collects telemetry.
    fleet = tm.add(
        tg.Service(
            "Fleet management service",
            controls={c.RBAC(note="operators and administrators only")},
        )
    )
    # The airport's FIDS/AODB feed: source of gate changes.
    fis = tm.add(
        tg.DataSource(
            "Flight information system", origin=tg.Origin.INTERNAL, provides={flight_updates}
        )
    )
    # Where the assistance team watches robots and stops or drives them remotely.
    console = tm.add(
        tg.Endpoint(
            "Teleoperation console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="airport SSO with MFA"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # The terminal map the robots navigate by, maintained by airport facilities.
    map_store = tm.add(tg.DataStore("Terminal map store", stores={terminal_map}))
    # Journey history for service reporting and incident follow-up.
    journeys = tm.add(
        tg.DataStore(
            "Journey record store",
            stores={journey_log},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RetentionLimits(days=30)},
        )
    )
    # Airport PRM assistance agents who supervise the fleet.
    staff = tm.add(tg.Actor("Assistance staff", role="assistance agent", privileged=True))

with tm.boundary("Airline systems", trust=tg.Trust.PARTNER):
    # Airlines' departure control systems forward PRM requests to the airport.
    airline_feed = tm.add(
        tg.DataSource("Airline PRM request feed", origin=tg.Origin.PARTNER, provides={prm_request})
    )

with tm.boundary("Robot vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's registry the robots pull navigation model releases from.
    vendor_registry = tm.add(tg.ModelRegistry("Vendor model registry", stores={nav_weights}))

# ---------------------------------------------------------------- flows
# Requests, flights and maps into the fleet service.
tm.flow(airline_feed, fleet, prm_request, protocol="https", label="PRM requests")
tm.flow(fis, fleet, flight_updates, label="gate changes")
tm.flow(map_store, fleet, terminal_map)

# Fleet service and robots, over the operational Wi-Fi.
tm.flow(fleet, robot, mission, terminal_map, flight_updates, protocol="tls", label="MQTT missions")
tm.flow(robot, fleet, telemetry, boarding_pass, protocol="tls", label="MQTT telemetry")
tm.flow(fleet, journeys, journey_log)

# The passenger and the robot.
tm.flow(passenger, robot, boarding_pass, label="boarding pass scan")
tm.flow(robot, passenger, journey_status, label="screen and voice")

# Onboard autonomy.
tm.flow(sensors, nav_model, sensor_frames, protocol="local")
tm.flow(robot, nav_model, mission, terminal_map, protocol="local", label="goal and map")
tm.flow(nav_model, motion, planned_path, protocol="local")
tm.flow(motion, robot, planned_path, protocol="local", label="drive commands")

# Remote supervision.
tm.flow(staff, console, teleop_commands, label="stop or take over")
tm.flow(console, staff, live_video, telemetry)
tm.flow(console, robot, teleop_commands, protocol="tls", label="teleoperation")
tm.flow(robot, console, live_video, telemetry, protocol="tls", label="live video")
tm.flow(fleet, console, telemetry, journey_status, label="fleet overview")

# Navigation model updates from the vendor.
tm.flow(vendor_registry, robot, nav_weights, protocol="https", label="model update")
tm.flow(
    robot,
    nav_model,
    nav_weights,
    protocol="local",
    id="wheelchair-robot->navigation-model:load",
    label="load model",
)
