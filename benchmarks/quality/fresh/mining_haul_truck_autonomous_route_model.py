"""Autonomous haulage at an open-pit mine: the first design, before any security review.

A fleet of driverless haul trucks carries ore and waste from the shovels to the
crusher and the dumps. Each truck has lidar, radar and cameras feeding an on-board
perception model that detects people, light vehicles, rocks and berm edges; the
truck's navigation controller follows its assigned route, slows or stops on
detections, and drives the OEM drive-by-wire controller over the CAN bus. A central
fleet management system in the mine's server room assigns routes using a route
model that ranks haul roads by predicted cycle time, reads the surveyed mine map,
tracks manned vehicles by GNSS and records telemetry. Supervisors in the remote
operations centre in the city watch the fleet through a web console and can stop
any truck or close a zone. Trucks talk to the site over private LTE with TLS. Event
clips go to the corporate ML platform to retrain the perception model, which is
evaluated before it is registered and pushed to trucks over the air.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Autonomous haul truck routing and perception",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Driverless haul trucks with on-board obstacle perception, central route "
        "assignment and remote supervisor stop."
    ),
)

# ---------------------------------------------------------------- data assets
sensor_frames = tg.Data(
    "Lidar, radar and camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Raw sensor frames around the truck; can show mine workers.",
)
obstacles = tg.Data(
    "Detected obstacles",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
route_assignment = tg.Data(
    "Route assignment",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Next load or dump destination and the haul road segments to follow.",
)
stop_command = tg.Data(
    "Remote stop command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
zone_closures = tg.Data(
    "Zone closures",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Truck telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Position, speed, payload, faults and detection events.",
)
drive_commands = tg.Data(
    "Steering, throttle and brake commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
vehicle_state = tg.Data("Vehicle state", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
mine_map = tg.Data(
    "Mine map",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Haul road geometry, speed zones, load and dump points, berms.",
)
map_updates = tg.Data("Survey map updates", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
manned_positions = tg.Data(
    "Manned vehicle positions", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
cycle_features = tg.Data(
    "Haul cycle features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
route_plan = tg.Data(
    "Ranked route plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
fleet_status = tg.Data("Fleet status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
event_clips = tg.Data(
    "Event clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sensor frames around hard stops and low-confidence detections.",
)
labelled_frames = tg.Data(
    "Labelled perception frames",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
perception_weights = tg.Data(
    "Perception model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Haul truck on-board systems", trust=tg.Trust.INTERNAL):
    # The sensor suite on every truck: the only view the truck has of the pit.
    sensors = tm.add(
        tg.Device(
            "Truck perception sensors",
            fleet=True,
            description="Lidar, radar and cameras on each truck.",
        )
    )
    # Finds people, light vehicles and rocks in the truck's path.
    perception = tm.add(
        tg.Model(
            "On-board perception model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Obstacle and collision detector running on the truck's GPU computer.",
        )
    )
    # Follows the assigned route and turns detections into slow-down or stop.
    navigation = tm.add(
        tg.Service(
            "On-board navigation controller",
            description="Path following, speed control and obstacle response on each truck.",
            controls={
                c.FailClosed(fallback="controlled stop if perception output is missing for 500 ms")
            },
        )
    )
    # The OEM controller that actually moves the truck.
    drive = tm.add(
        tg.Device(
            "Truck drive-by-wire controller",
            fleet=True,
            description="OEM steering, throttle and brake control unit.",
            controls={
                c.SafetyLimits(
                    limits=(
                        "OEM controller caps speed at 60 km/h and brakes to a stop when "
                        "the navigation heartbeat is lost"
                    )
                )
            },
        )
    )

with tm.boundary("Mine operations network", trust=tg.Trust.INTERNAL):
    # Dispatch: assigns each truck its next route, relays stops and closures.
    fleet = tm.add(
        tg.Service(
            "Fleet management system",
            description="Central dispatch and traffic management for the autonomous fleet.",
            controls={c.AuditLogging()},
        )
    )
    # Ranks candidate haul roads for each assignment by predicted cycle time.
    route_model = tm.add(
        tg.Model(
            "Route assignment model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted model fitted offline by mine planning on past cycles.",
        )
    )
    # The surveyed map every route is built on.
    map_db = tm.add(tg.DataStore("Mine map database", stores={mine_map}, controls={c.RBAC()}))
    # Keeps telemetry for shift reports, incident review and route model fitting.
    historian = tm.add(tg.DataStore("Telemetry historian", stores={telemetry}))
    # Web console the supervisors use to watch the fleet and stop trucks.
    console = tm.add(
        tg.Endpoint(
            "Supervisor console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.AuditLogging(),
            },
        )
    )
    # Mine surveyors publish new haul road and dump geometry after each survey.
    surveyor = tm.add(tg.Actor("Mine surveyor", role="surveyor"))
    # Light vehicles, dozers and graders report where they are so trucks keep clear.
    trackers = tm.add(
        tg.Device(
            "Manned vehicle GNSS trackers",
            fleet=True,
            description="GNSS units on light vehicles and ancillary equipment in the pit.",
        )
    )

with tm.boundary("Remote operations centre", trust=tg.Trust.INTERNAL):
    # Supervises the fleet from the city; can stop any truck or close a zone.
    supervisor = tm.add(tg.Actor("Remote fleet supervisor", role="AHS supervisor"))

with tm.boundary("Corporate ML platform", trust=tg.Trust.INTERNAL):
    # Event clips with labels from the in-house annotation team.
    dataset = tm.add(
        tg.Dataset(
            "Perception training dataset",
            stores={event_clips, labelled_frames},
            purpose=tg.DatasetPurpose.TRAINING,
            controls={c.DataVersioning()},
        )
    )
    # Retrains the perception model and runs the evaluation suite before registering.
    training = tm.add(
        tg.Pipeline(
            "Perception training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation()},
        )
    )
    # Holds every released perception model version.
    registry = tm.add(
        tg.ModelRegistry(
            "Perception model registry",
            stores={perception_weights},
            controls={c.ModelVersioning()},
        )
    )
    # Pushes a released model to the trucks over the air at shift change.
    ota = tm.add(tg.Pipeline("Perception model OTA deployment", stage=tg.Stage.DEPLOYMENT))

# ---------------------------------------------------------------- flows
# on the truck
tm.flow(sensors, perception, sensor_frames, label="on-board Ethernet")
tm.flow(perception, navigation, obstacles)
tm.flow(navigation, drive, drive_commands, protocol="can")
tm.flow(drive, navigation, vehicle_state, protocol="can")

# truck <-> site over private LTE
tm.flow(fleet, navigation, route_assignment, stop_command, zone_closures, protocol="tls")
tm.flow(navigation, fleet, telemetry, protocol="tls")

# central dispatch
tm.flow(map_db, fleet, mine_map)
tm.flow(surveyor, map_db, map_updates, protocol="https")
tm.flow(trackers, fleet, manned_positions, protocol="mqtt")
tm.flow(fleet, route_model, cycle_features)
tm.flow(route_model, fleet, route_plan)
tm.flow(fleet, historian, telemetry)

# supervision
tm.flow(fleet, console, fleet_status)
tm.flow(console, fleet, stop_command, zone_closures)
tm.flow(console, supervisor, fleet_status, protocol="https")
tm.flow(supervisor, console, stop_command, zone_closures, protocol="https")

# perception model lifecycle
tm.flow(navigation, dataset, event_clips, protocol="https", label="event clip upload")
tm.flow(dataset, training, labelled_frames)
tm.flow(training, registry, perception_weights)
tm.flow(registry, ota, perception_weights)
tm.flow(ota, perception, perception_weights, protocol="https", label="over-the-air update")
