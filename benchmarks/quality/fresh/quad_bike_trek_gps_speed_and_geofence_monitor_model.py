"""Quad bike trek GPS speed and geofence monitor: the first design, before any security review.

Every quad bike at the trekking centre carries a GPS telematics unit that sends
position and speed over LTE (MQTT) to our cloud. A monitoring model compares each
bike's track with the trail geofences and its rider's speed band, and flags
speeding and riders leaving the trail. On a flag the speed limit service lowers
the bike's speed cap, sent back through the telematics unit to the bike's speed
controller on the CAN bus, and alerts the trek guide's phone app; the guide can
lift a cap from the app. Each rider's base cap comes from their age. Bookings and
rider ages are pulled from the centre's online booking platform into the ride
operations service, where staff assign bikes and edit the geofences. Controls:
TLS and per-unit certificates on the telematics link, staff and guide sign-in,
encryption at rest of the ride database, and a controller that ramps speed down
gradually and never cuts power while moving.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Quad bike trek GPS speed and geofence monitor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Tracks quad bikes on guided treks, caps speed through each bike's "
    "controller on speeding or leaving the trail, and alerts the guide.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking with rider details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lead booker's contact details, each rider's name, age and licence status.",
)
booking_query = tg.Data("Booking query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
assignment = tg.Data(
    "Rider ages and bike assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Which rider is on which bike today, with age and the speed band it sets.",
)
telemetry = tg.Data(
    "GPS position and speed telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Bike id, position, speed and heading once a second during a trek.",
)
ride_tracks = tg.Data("Ride tracks", kind="records", sensitivity=tg.Sensitivity.PII)
geofences = tg.Data(
    "Trail geofences",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ride_flag = tg.Data(
    "Speeding and off-trail flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
speed_cap = tg.Data(
    "Speed cap command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
guide_alert = tg.Data(
    "Guide alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider's first name, bike number, position and what was flagged.",
)
cap_release = tg.Data("Cap release request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Riders (or the lead booker for a group) book treks online.
    rider = tm.add(tg.Actor("Rider", role="customer"))

with tm.boundary("Booking platform vendor", trust=tg.Trust.PARTNER):
    # The centre's hosted online booking system; holds bookings and rider ages.
    booking_platform = tm.add(
        tg.ExternalService(
            "Online booking platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="SaaS booking site with a REST API the centre reads with an API key.",
        )
    )

with tm.boundary("Quad bike", trust=tg.Trust.INTERNAL):
    # The telematics unit on each bike: GPS readings out, speed caps in.
    tracker = tm.add(
        tg.Device(
            "GPS telematics tracker",
            description="LTE GPS unit wired to the bike's CAN bus.",
        )
    )
    # The bike's engine controller, which enforces the speed cap it is sent.
    controller = tm.add(
        tg.Device(
            "Bike speed controller",
            description="Engine control unit with a speed governor settable over CAN.",
            controls={
                c.SafetyLimits(
                    limits="firmware ramps speed down at most 5 km/h per second, "
                    "never below 5 km/h while moving, never above the factory governor"
                )
            },
        )
    )

with tm.boundary("Trail", trust=tg.Trust.INTERNAL):
    # The guide's phone app that shows alerts and can lift a cap.
    guide_phone = tm.add(tg.Device("Guide phone app", description="Centre-issued Android phone."))
    # The guide leading each trek.
    guide = tm.add(tg.Actor("Trek guide", role="guide"))

with tm.boundary("Centre cloud", trust=tg.Trust.INTERNAL):
    # MQTT broker and decoder for the trackers' messages.
    ingest = tm.add(
        tg.Service(
            "Telemetry ingest",
            controls={
                c.MutualAuthentication(
                    note="per-tracker X.509 client certificate on the MQTT broker"
                )
            },
        )
    )
    # The model that flags speeding and leaving the trail.
    monitor = tm.add(
        tg.Model(
            "Ride monitoring model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Compares each track with the geofences and the rider's speed band.",
            controls={c.ModelVersioning()},
        )
    )
    # Sets each bike's speed cap and alerts the guide.
    limiter = tm.add(
        tg.Service(
            "Speed limit service",
            description="Base cap from the rider's age; lowers it on a flag; guides can lift it.",
            controls={c.Authentication(method="guide e-mail and password in the phone app")},
        )
    )
    # Trail geofences the model checks positions against.
    geofence_map = tm.add(tg.DataStore("Trail geofence map", stores={geofences}))
    # Bookings, rider ages, bike assignments and ride tracks.
    ride_db = tm.add(
        tg.DataStore(
            "Ride database",
            stores={assignment, ride_tracks},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Pulls bookings and is the staff's screen for bike assignment and geofences.
    ops = tm.add(
        tg.Service(
            "Ride operations service",
            description="Staff web app: today's riders, bike assignment, geofence editor.",
            controls={
                c.Authentication(method="staff e-mail and password"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Centre office", trust=tg.Trust.INTERNAL):
    # Assigns bikes to riders and maintains the trail geofences.
    manager = tm.add(tg.Actor("Centre manager", role="operations manager", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# bookings
tm.flow(rider, booking_platform, booking, protocol="https", controls={tls})
tm.flow(
    ops,
    booking_platform,
    booking_query,
    protocol="https",
    controls={tls},
    label="pulls today's bookings",
)
tm.flow(booking_platform, ops, booking, protocol="https", controls={tls})
tm.flow(manager, ops, assignment, geofences, protocol="https", controls={tls})
tm.flow(ops, manager, assignment, protocol="https", controls={tls})
tm.flow(ops, ride_db, assignment)
tm.flow(ops, geofence_map, geofences)

# telemetry and monitoring
tm.flow(tracker, ingest, telemetry, protocol="mqtt", controls={tls})
tm.flow(ingest, monitor, telemetry)
tm.flow(ingest, ride_db, ride_tracks)
tm.flow(geofence_map, monitor, geofences)
tm.flow(ride_db, monitor, assignment, label="rider speed band")
tm.flow(monitor, limiter, ride_flag)

# speed caps and guide alerts
tm.flow(ride_db, limiter, assignment, label="base cap by age")
tm.flow(limiter, tracker, speed_cap, protocol="mqtt", controls={tls})
tm.flow(tracker, controller, speed_cap, protocol="can")
tm.flow(limiter, guide_phone, guide_alert, protocol="https", controls={tls})
tm.flow(guide_phone, guide, guide_alert)
tm.flow(guide, guide_phone, cap_release)
tm.flow(guide_phone, limiter, cap_release, protocol="https", controls={tls})
