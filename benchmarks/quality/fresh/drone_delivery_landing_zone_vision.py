"""Drone delivery landing-zone vision: the first design, before any security review.

Customers order through our mobile app and drop a pin on the spot in their garden
where the parcel should be lowered. The order service turns the order into a
mission plan that the fleet gateway sends to a delivery drone over LTE. Above the
garden, an obstruction detector running on the drone's onboard computer checks the
downward camera frames for people, pets and obstacles; the flight software only
lowers the parcel on the winch when the detector says the spot is clear, and holds
in a hover otherwise. Remote pilots in the operations centre watch several drones
at once through a pilot console (telemetry and live video) and can abort a drop.
Landing frames are uploaded at the depot, labelled by an annotation contractor and
used to retrain the detector in our cloud ML platform; an ML lead signs off each
release before the OTA service pushes it to the fleet. Drone links use mutual TLS
with per-drone certificates; staff consoles use SSO with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Drone delivery landing-zone vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Onboard vision check that a customer's garden drop spot is clear before "
    "a drone lowers a parcel; pilots monitor and can abort.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data(
    "Customer account and address",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
order = tg.Data(
    "Order with landing spot pin",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parcel, delivery address and the GPS pin the customer drops in the garden.",
)
status = tg.Data("Delivery status", kind="records", sensitivity=tg.Sensitivity.PII)
mission = tg.Data(
    "Mission plan",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Route, landing spot coordinates, winch height and parcel id.",
)
frames = tg.Data(
    "Downward camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Images of private gardens, which can show residents, children and pets.",
)
verdict = tg.Data(
    "Landing zone clearance verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data("Drone telemetry", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
live_video = tg.Data("Live video feed", kind="media", sensitivity=tg.Sensitivity.PII)
abort = tg.Data(
    "Abort command",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
landing_images = tg.Data(
    "Captured landing images", kind="training-data", sensitivity=tg.Sensitivity.PII
)
labels = tg.Data(
    "Obstruction labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person receiving the parcel; places orders and marks the drop spot.
    customer = tm.add(tg.Actor("Customer", role="customer"))
    # Our iOS/Android app on the customer's own phone.
    app = tm.add(
        tg.Device(
            "Customer mobile app",
            description="Ordering, drop-spot pin on a satellite map, delivery tracking.",
        )
    )

with tm.boundary("Delivery cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the app: accounts, orders, drop-spot pins, tracking.
    api = tm.add(
        tg.Endpoint(
            "Delivery API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(note="pin must fall inside the address's land parcel"),
            },
        )
    )
    # Turns an order into a mission plan and assigns it to a drone.
    missions = tm.add(tg.Service("Order and mission service"))
    # Orders, customer accounts and delivery history.
    orders_db = tm.add(
        tg.DataStore(
            "Delivery database",
            stores={account, order, status},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Terminates the LTE links of the fleet: missions out, telemetry and video in.
    gateway = tm.add(
        tg.Service(
            "Fleet gateway",
            controls={c.MutualAuthentication(note="per-drone X.509 certificates")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Landing frames uploaded from the drones, with their labels.
        dataset = tm.add(tg.Dataset("Landing image dataset", stores={landing_images, labels}))
        # Labelling tool the contractor's annotators work in.
        labelling = tm.add(tg.Pipeline("Obstruction labelling", stage=tg.Stage.LABELING))
        # Retrains the detector and evaluates it on a held-out set of gardens.
        training = tm.add(
            tg.Pipeline(
                "Detector training",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="recall on people and pets must not regress")},
            )
        )
        # Versioned detector builds.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Pushes an approved detector build to the fleet over the air.
        ota = tm.add(
            tg.Pipeline(
                "OTA model update service",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="ML lead signs off each release")},
            )
        )

with tm.boundary("Operations centre", trust=tg.Trust.INTERNAL):
    # Monitors several drones at once and can abort a drop.
    pilot = tm.add(tg.Actor("Remote pilot", role="remote pilot"))
    # Web console showing telemetry, live video and detector verdicts.
    console = tm.add(
        tg.Service(
            "Pilot console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Annotation contractor", trust=tg.Trust.PARTNER):
    # Outsourced annotators who draw boxes on people, pets and obstacles.
    annotator = tm.add(tg.Actor("Contract annotator", role="annotator"))

with tm.boundary("Drone onboard", trust=tg.Trust.INTERNAL):
    # Flight controller, downward camera and winch; stands for the whole fleet.
    drone = tm.add(
        tg.Device(
            "Delivery drone",
            description="Lowers the parcel on a winch only after a clear verdict.",
            controls={
                c.FailClosed(fallback="no verdict or low confidence: hover, then return to depot"),
            },
        )
    )
    # Onboard detector for people, pets and obstacles in the drop spot.
    detector = tm.add(
        tg.Model(
            "Landing zone obstruction detector",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Runs on the drone's edge computer; decides whether the spot is clear.",
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(customer, app, order, label="marks drop spot")
tm.flow(app, customer, status)
tm.flow(app, api, account, order, protocol="https", controls={tls})
tm.flow(api, app, status, protocol="https", controls={tls})
tm.flow(api, missions, order)
tm.flow(missions, api, status)
tm.flow(missions, orders_db, order, status)
tm.flow(orders_db, missions, account, order)

tm.flow(missions, gateway, mission)
tm.flow(gateway, missions, status)
tm.flow(gateway, drone, mission, abort, protocol="mqtt", controls={tls})
tm.flow(drone, gateway, telemetry, live_video, verdict, protocol="mqtt", controls={tls})

tm.flow(drone, detector, frames)
tm.flow(detector, drone, verdict)

tm.flow(gateway, console, telemetry, live_video, verdict, protocol="websocket")
tm.flow(console, gateway, abort, protocol="websocket")
tm.flow(console, pilot, telemetry, live_video, verdict)
tm.flow(pilot, console, abort)

tm.flow(drone, dataset, landing_images, protocol="https", label="upload at depot")
tm.flow(dataset, labelling, landing_images)
tm.flow(labelling, annotator, landing_images, protocol="https")
tm.flow(annotator, labelling, labels, protocol="https")
tm.flow(labelling, dataset, labels)
tm.flow(dataset, training, landing_images, labels)
tm.flow(training, registry, weights)
tm.flow(registry, ota, weights)
tm.flow(ota, detector, weights, protocol="https", controls={tls}, label="over-the-air push")
