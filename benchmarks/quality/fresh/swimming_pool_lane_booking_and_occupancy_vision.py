"""Swimming pool lane booking and occupancy vision: the first design, before any security review.

The leisure centre counts how many swimmers are in each lane of the main pool.
Ceiling cameras stream to an edge vision server in the plant room, which runs an
open-weights person detector (downloaded from a public model hub) and turns each
frame into per-lane counts; frames are processed in memory and no video is kept.
The counts go to a poolside screen for the lifeguards and to the booking
platform in the centre's cloud tenancy, which shows live lane occupancy in the
members' booking app and stores occupancy history. A lane allocation service
opens or closes extra lanes for booking automatically when occupancy crosses
thresholds the duty manager sets. Members sign in to the app with e-mail and
password; staff sign in to the admin console with the council's staff SSO.
The booking database is encrypted at rest by the cloud provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Swimming pool lane booking and occupancy vision",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Camera-based lane counts shown to lifeguards and members, driving lane booking.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Pool camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Overhead video of swimmers, children included, in swimwear.",
    cia=tg.CIA(confidentiality="high", integrity="low", availability="low"),
)
lane_counts = tg.Data(
    "Per-lane swimmer counts", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
occupancy = tg.Data("Lane occupancy history", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
lane_availability = tg.Data("Lane availability", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
lane_change = tg.Data(
    "Lane open and close changes", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
lane_rules = tg.Data(
    "Lane allocation thresholds",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Occupancy per lane at which an extra lane opens or closes, and opening hours.",
)
member_login = tg.Data(
    "Member sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
booking_request = tg.Data("Lane booking request", kind="records", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Member accounts and bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, contact details, membership type, date of birth and booking history.",
)
weights = tg.Data(
    "Person detector weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="A PyTorch checkpoint of an open-weights person detector.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members book lanes and check how busy the pool is.
    swimmer = tm.add(tg.Actor("Swimmer", role="member"))
    # The members' booking app on their own phones.
    app = tm.add(tg.Device("Booking phone app", fleet=True))
    # Where the detector weights come from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Pool hall network", trust=tg.Trust.INTERNAL):
    # Fixed overhead cameras, one per two lanes.
    cameras = tm.add(tg.Device("Ceiling cameras", fleet=True))
    # Small GPU server in the plant room that turns video into counts.
    edge = tm.add(
        tg.Service(
            "Edge vision server",
            controls={c.DataMinimization(note="frames handled in memory; only counts leave")},
        )
    )
    # Counts swimmers and assigns them to lanes from the lane rope positions.
    detector = tm.add(
        tg.Model(
            "Swimmer counting model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Person detector with a fixed lane mask per camera.",
        )
    )
    # Wall-mounted screen by the lifeguard chair showing the counts.
    screen = tm.add(tg.Device("Poolside display", fleet=False))
    # Lifeguards glance at the counts; they do not control lane opening.
    lifeguard = tm.add(tg.Actor("Lifeguard", role="lifeguard"))

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Sets the lane allocation thresholds and can override them.
    manager = tm.add(tg.Actor("Duty manager", role="duty manager", privileged=True))

with tm.boundary("Booking platform cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the booking app.
    api = tm.add(
        tg.Endpoint(
            "Booking API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Takes bookings and publishes lane availability.
    booking = tm.add(tg.Service("Booking service"))
    # Opens or closes extra lanes for booking from the live counts.
    allocator = tm.add(
        tg.Service(
            "Lane allocation service",
            controls={c.Authentication(method="council staff SSO", note="admin console")},
        )
    )
    # Member accounts and bookings.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Time series of lane counts for the live view and for planning.
    occupancy_store = tm.add(tg.DataStore("Occupancy store", stores={occupancy}))

# ---------------------------------------------------------------- flows
# Vision at the edge.
tm.flow(hub, edge, weights, protocol="https", label="model download at install")
tm.flow(cameras, edge, video, protocol="rtsp")
tm.flow(edge, detector, video, protocol="local")
tm.flow(detector, edge, lane_counts, protocol="local")
tm.flow(edge, screen, lane_counts, protocol="http")
tm.flow(screen, lifeguard, lane_counts)
tm.flow(edge, occupancy_store, lane_counts, protocol="https")

# Automatic lane opening.
tm.flow(occupancy_store, allocator, occupancy)
tm.flow(manager, allocator, lane_rules, protocol="https")
tm.flow(allocator, manager, occupancy, lane_change, protocol="https")
tm.flow(allocator, booking, lane_change)

# Members booking in the app.
tm.flow(swimmer, app, member_login, booking_request)
tm.flow(app, api, member_login, booking_request, protocol="https")
tm.flow(api, booking, booking_request)
tm.flow(booking, booking_db, bookings)
tm.flow(booking_db, booking, bookings)
tm.flow(occupancy_store, booking, occupancy)
tm.flow(booking, api, lane_availability, bookings)
tm.flow(api, app, lane_availability, bookings, protocol="https")
tm.flow(app, swimmer, lane_availability, bookings)
