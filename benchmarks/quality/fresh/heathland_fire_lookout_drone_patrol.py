"""Heathland fire lookout drone patrol: the first design, before any security review.

In the dry season a national park flies drones with thermal cameras over its
heathland to spot fires early. The park's operations team plans patrol routes and
geofences in a cloud mission-planning service; the ground station, a van parked at
the heath with a 4G router, pulls the day's routes, and its remote pilot uploads
them to the drones over the radio link and supervises each flight. Thermal video
and telemetry come back over the radio link; a detection service on the ground
station runs an in-house fire detection model over the frames and geolocates hot
spots from the drone's position and gimbal angle. Each detection goes to a cloud
alert dispatcher, which sends it with its location to the fire service's control
room and to the on-duty rangers' phone app, and archives it with a clip. Drones keep a
geofence and return home on link loss; staff use the park's SSO with MFA, cloud
links use HTTPS, and the model was evaluated on last season's footage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Heathland fire lookout drone patrol",
    profile=tg.RiskProfile.HIGH,
    description="Thermal drone patrols with on-site fire detection alerting the fire service and rangers.",
)

# ---------------------------------------------------------------- data assets
route = tg.Data(
    "Patrol route and geofence",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
flight_commands = tg.Data(
    "Mission upload and flight commands",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data("Drone telemetry", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
thermal_video = tg.Data(
    "Thermal video stream",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Radiometric thermal video; walkers and campers show up as heat signatures.",
)
frames = tg.Data(
    "Thermal frames with drone position", kind="media", sensitivity=tg.Sensitivity.INTERNAL
)
detection = tg.Data(
    "Fire detection with location",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data(
    "Fire alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Coordinates, confidence, time, thermal snapshot and drone id.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ack = tg.Data("Ranger acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
clips = tg.Data(
    "Detection clips and alert history", kind="media", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Heathland patrol area", trust=tg.Trust.UNTRUSTED):
    # The patrol drones: fly the uploaded route, stream thermal video and telemetry.
    drones = tm.add(
        tg.Device(
            "Thermal patrol drones",
            fleet=True,
            description="Quadcopters with radiometric thermal cameras and a MAVLink flight controller.",
            controls={
                c.SafetyLimits(
                    limits="flight-controller geofence, 120 m ceiling, return-to-home on link loss or low battery"
                )
            },
        )
    )

with tm.boundary("Ground station van", trust=tg.Trust.INTERNAL):
    # Licensed remote pilot in command: uploads missions, watches the flight, can take over.
    pilot = tm.add(tg.Actor("Remote pilot", role="drone pilot", privileged=True))
    # Ground control software: pulls routes, uploads missions, receives the downlink.
    gcs = tm.add(
        tg.Service(
            "Ground control station",
            description="Laptop-class rugged PC running the ground control software and radio modem.",
            controls={c.HumanInTheLoop(approver="the remote pilot, before each mission upload")},
        )
    )
    # Runs the model on each frame and turns hot spots into located detections.
    detector_service = tm.add(
        tg.Service(
            "Fire detection service",
            description="Geolocates hot spots from drone position, altitude and gimbal angle.",
        )
    )
    # The fire detection model itself, on the ground station's GPU.
    fire_model = tm.add(
        tg.Model(
            "Thermal fire detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Detects flames and smouldering hot spots in thermal frames.",
            controls={
                c.ModelValidation(note="evaluated on last season's labelled footage"),
                c.ModelVersioning(),
            },
        )
    )

with tm.boundary("Park cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where the operations team draws routes and geofences for each patrol day.
    planning = tm.add(
        tg.Service(
            "Mission planning service",
            controls={c.Authentication(method="park SSO with MFA"), c.RBAC()},
        )
    )
    # The planned routes and geofences, versioned per patrol day.
    route_store = tm.add(tg.DataStore("Patrol route store", stores={route}))
    # Fans each detection out to the fire service and the on-duty rangers.
    dispatcher = tm.add(
        tg.Service(
            "Alert dispatcher",
            controls={
                c.Authentication(method="park SSO with MFA"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Keeps alerts, acknowledgements and clips for after-action review.
    archive = tm.add(
        tg.DataStore(
            "Detection archive",
            stores={clips, alert, ack},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Park offices", trust=tg.Trust.INTERNAL):
    # Plans the day's patrols from the fire danger forecast.
    ops_planner = tm.add(tg.Actor("Operations planner", role="park operations team"))

with tm.boundary("Fire service", trust=tg.Trust.PARTNER):
    # The regional fire service's control room, which dispatches crews.
    control_room = tm.add(
        tg.ExternalService(
            "Fire service control room",
            description="Receives park alerts through its incident intake API.",
        )
    )

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # The park's app on the rangers' phones: shows alerts on a map, takes acknowledgements.
    ranger_app = tm.add(tg.Device("Ranger phone app", fleet=True))
    # Rangers on duty who go and check the reported spot.
    ranger = tm.add(tg.Actor("Ranger", role="park ranger"))

# ---------------------------------------------------------------- flows
tm.flow(ops_planner, planning, route, protocol="https")
tm.flow(planning, route_store, route)
tm.flow(route_store, planning, route)
tm.flow(planning, gcs, route, protocol="https", label="day's routes over 4G")

tm.flow(pilot, gcs, flight_commands, label="approves and uploads mission")
tm.flow(gcs, pilot, telemetry, thermal_video, label="flight display")
tm.flow(gcs, drones, flight_commands, protocol="mavlink", label="radio uplink")
tm.flow(drones, gcs, telemetry, protocol="mavlink", label="radio telemetry")
tm.flow(drones, gcs, thermal_video, protocol="rtp", label="video downlink")

tm.flow(gcs, detector_service, frames, telemetry)
tm.flow(detector_service, fire_model, frames)
tm.flow(fire_model, detector_service, detection)
tm.flow(detector_service, pilot, detection, label="detections on the pilot's screen")
tm.flow(detector_service, dispatcher, detection, clips, protocol="https", label="over 4G")

tm.flow(dispatcher, control_room, alert, protocol="https")
tm.flow(dispatcher, ranger_app, alert, protocol="https", label="push notification")
tm.flow(ranger_app, ranger, alert)
tm.flow(ranger, ranger_app, ack)
tm.flow(ranger_app, dispatcher, ack, protocol="https")
tm.flow(dispatcher, archive, alert, ack, clips)
