"""Bowling centre lane scoring and lane-side ordering: the first design.

A chain of bowling centres replaces its old pinsetter sensors with cameras mounted
above the pin deck. Each centre runs a lane scoring server that takes the camera
streams, asks an in-house pin-counting model how many pins fell, keeps the score
and tells the lane controller when to sweep and reset the pins on the pinsetters.
Each lane has a tablet where players enter their names, see their scores, book
more games and order food and drinks; bookings and orders go to the chain's cloud
booking API and food orders on to the kitchen display. Front-desk staff use a
console to reset lanes, check players in and settle scoring disputes by replaying
the stored ball clips and correcting the score. New model versions are pulled
from a model registry in the chain's cloud.
Controls in this design: HTTPS from tablets and consoles to the cloud, a device key
per tablet, staff PINs on the console with an audit log of score corrections,
versioned models in the registry and the cloud provider's encryption at rest.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Bowling lane scoring and ordering",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Camera-based pin counting, pinsetter control and lane-side booking and ordering.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data("Pin deck video", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
pin_count = tg.Data(
    "Pin count",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
scores = tg.Data("Game scores", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
player_names = tg.Data("Player names", kind="records", sensitivity=tg.Sensitivity.PII)
pinsetter_commands = tg.Data(
    "Pinsetter commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Sweep, reset and re-rack commands for one lane.",
)
pinsetter_status = tg.Data("Pinsetter status", sensitivity=tg.Sensitivity.INTERNAL)
ball_clips = tg.Data("Ball replay clips", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
booking = tg.Data(
    "Lane booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone number, e-mail, centre, lane and time slot.",
)
food_order = tg.Data("Food and drink order", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
staff_action = tg.Data(
    "Staff lane actions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lane resets, check-ins and score corrections after a dispute.",
)
model_artifact = tg.Data(
    "Pin-counting model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Lane area", trust=tg.Trust.UNTRUSTED):
    # Customers at the lanes; anyone in the centre can pick up a tablet.
    player = tm.add(tg.Actor("Player", role="customer"))
    # Lane-side tablet in a kiosk mount, one per lane pair.
    tablet = tm.add(tg.Device("Lane-side tablet", fleet=True))

with tm.boundary("Chain cloud", trust=tg.Trust.INTERNAL):
    # Central booking and ordering API shared by every centre.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking and ordering API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-tablet device key")},
        )
    )
    # Bookings, customer contact details and food orders for all centres.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, food_order},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the ML team publishes pin-counting model versions for the centres.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Centre back office", trust=tg.Trust.INTERNAL):
    # Front-desk staff: reset lanes, check players in, settle scoring disputes.
    staff = tm.add(tg.Actor("Front desk staff", role="staff", privileged=True))
    # Front-desk application on the counter PC.
    console = tm.add(
        tg.Service(
            "Front desk console",
            controls={
                c.Authentication(method="staff PIN"),
                c.AuditLogging(retention_days=90, note="score corrections and lane resets"),
            },
        )
    )
    # Per-centre server that turns pin counts into frames and scores.
    scoring = tm.add(tg.Service("Lane scoring server"))
    # In-house detector that counts standing pins from the deck camera frames.
    pin_model = tm.add(
        tg.Model(
            "Pin-counting model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Small CNN served on the scoring server's GPU.",
        )
    )
    # Recent ball clips kept so staff can replay a disputed throw.
    clip_store = tm.add(tg.DataStore("Ball clip archive", stores={ball_clips}))
    # Screen in the kitchen showing incoming lane orders.
    kitchen = tm.add(tg.Service("Kitchen display"))

    with tm.boundary("Lane machinery", trust=tg.Trust.INTERNAL):
        # Cameras above the pin deck, one per lane.
        cameras = tm.add(tg.Device("Pin deck cameras", fleet=True))
        # Drives the pinsetters of a lane pair: sweep, reset, ball return.
        lane_controller = tm.add(tg.Service("Lane controller"))
        # The pinsetter machines themselves.
        pinsetters = tm.add(tg.Device("Pinsetters", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, scoring, frames, protocol="rtsp")
tm.flow(scoring, pin_model, frames)
tm.flow(pin_model, scoring, pin_count)
tm.flow(scoring, clip_store, ball_clips)

tm.flow(scoring, lane_controller, pinsetter_commands, protocol="modbus")
tm.flow(lane_controller, scoring, pinsetter_status, protocol="modbus")
tm.flow(lane_controller, pinsetters, pinsetter_commands, label="wired I/O")
tm.flow(pinsetters, lane_controller, pinsetter_status, label="wired I/O")

tm.flow(player, tablet, player_names, booking, food_order)
tm.flow(tablet, player, scores, booking)
tm.flow(tablet, scoring, player_names, protocol="http")
tm.flow(scoring, tablet, scores, protocol="http")
tm.flow(tablet, booking_api, booking, food_order, protocol="https")
tm.flow(booking_api, tablet, booking, protocol="https")
tm.flow(booking_api, booking_db, booking, food_order)
tm.flow(booking_db, booking_api, booking, food_order)
tm.flow(booking_api, kitchen, food_order, protocol="https")

tm.flow(staff, console, staff_action)
tm.flow(console, staff, scores, ball_clips, booking)
tm.flow(console, scoring, staff_action, label="reset lane / correct score")
tm.flow(scoring, console, scores)
tm.flow(clip_store, console, ball_clips)
tm.flow(console, booking_api, staff_action, protocol="https", label="check-in")
tm.flow(booking_api, console, booking, protocol="https")

tm.flow(registry, scoring, model_artifact, protocol="https", label="model update")
