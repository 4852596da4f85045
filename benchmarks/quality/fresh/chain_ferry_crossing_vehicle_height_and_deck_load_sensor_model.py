"""Chain ferry crossing: vehicle height and deck load advisory, first design.

The council runs a chain ferry across the river. Load cells under the deck ramps
and a camera at the slipway measure each vehicle as it boards; an edge gateway in
the wheelhouse runs a model that estimates vehicle height and axle loads, and a
boarding advisory service adds them up and tells the ferryman on a wheelhouse
display when to stop boarding. The ferryman always makes the call himself.
The gateway sends queue estimates and a crossing log to the council's cloud
tenancy over 4G, where a public status API feeds the travellers' app with queue
times and closures that the ferry operations supervisor posts from a portal.
Logged clips are labelled and used to retrain the estimator, which is pushed back
to the gateway from a model registry. Controls in this design: TLS on links to
the cloud, council single sign-on with MFA on the operations portal, rate
limiting on the public API, and the ferryman's final say on boarding.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Chain ferry vehicle height and deck load advisory",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Sensor and camera model that advises the ferryman when to stop boarding, "
    "plus a public app with queue times and closures.",
)

# ---------------------------------------------------------------- data assets
load_readings = tg.Data(
    "Deck load cell readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
camera_frames = tg.Data(
    "Slipway camera video frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Vehicles boarding, with number plates and drivers visible.",
)
estimates = tg.Data(
    "Vehicle height and axle load estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
advice = tg.Data(
    "Stop-boarding advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ferryman_action = tg.Data("Ferryman boarding action", kind="records")
queue_estimate = tg.Data("Queue estimate", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
crossing_log = tg.Data(
    "Crossing log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per crossing: estimates, advice given, ferryman action, timestamps.",
)
training_clips = tg.Data(
    "Labelled boarding clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Sampled camera clips with measured axle loads, kept for retraining.",
)
weights = tg.Data("Estimator model artifact", format="onnx", sensitivity=tg.Sensitivity.INTERNAL)
closures = tg.Data("Closure notices", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
status = tg.Data("Ferry status and queue times", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
status_request = tg.Data("Status request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public checking the crossing before they drive down.
    traveller = tm.add(tg.Actor("Traveller", role="member of the public"))

with tm.boundary("Ferry and slipway", trust=tg.Trust.INTERNAL):
    # Weighs each axle as it crosses the ramp onto the deck.
    load_cells = tm.add(
        tg.Device(
            "Deck ramp load cells",
            fleet=False,
            description="Strain-gauge load cells under both boarding ramps.",
        )
    )
    # Sees the vehicle side-on to estimate its height and count the queue.
    camera = tm.add(tg.Device("Slipway camera", fleet=False))
    # The person who actually decides who boards.
    ferryman = tm.add(tg.Actor("Ferryman", role="ferry operator"))

    with tm.boundary("Wheelhouse", trust=tg.Trust.INTERNAL):
        # Collects sensor data on the ferry and links to the cloud over 4G.
        gateway = tm.add(
            tg.Service(
                "Wheelhouse edge gateway",
                description="Industrial PC; reads the load cells and camera stream.",
            )
        )
        # Estimates height and axle loads from frames and load readings.
        estimator = tm.add(
            tg.Model(
                "Vehicle height and axle load estimator",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="Runs on the edge gateway so advice works without the 4G link.",
            )
        )
        # Adds up the deck load and compares it with the ferry's rated limits.
        advisory = tm.add(
            tg.Service(
                "Boarding advisory service",
                description="Sums estimated loads against the deck rating and height "
                "clearance, and advises the ferryman when to stop boarding.",
                controls={
                    tg.controls.HumanInTheLoop(
                        approver="the ferryman",
                        note="advice only; the ferryman decides whether to stop boarding",
                    )
                },
            )
        )
        # What the ferryman looks at while boarding.
        display = tm.add(tg.Device("Wheelhouse display", fleet=False))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public read-only API behind the travellers' app.
    status_api = tm.add(
        tg.Endpoint(
            "Ferry status API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=120)},
        )
    )
    # Where operations staff post closures (weather, maintenance).
    ops_portal = tm.add(
        tg.Endpoint(
            "Ferry operations portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="council Entra ID SSO with MFA")},
        )
    )
    # History of crossings and sampled clips for review and retraining.
    history = tm.add(tg.DataStore("Crossing history store", stores={crossing_log, training_clips}))
    # Retrains the estimator from labelled clips a few times a year.
    retraining = tm.add(tg.Pipeline("Estimator retraining", stage=tg.Stage.TRAINING))
    # Holds the approved estimator versions the gateway pulls.
    registry = tm.add(tg.ModelRegistry("Estimator model registry", stores={weights}))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Council officer responsible for the ferry service.
    supervisor = tm.add(tg.Actor("Ferry operations supervisor", role="operations staff"))

# ---------------------------------------------------------------- flows
tm.flow(load_cells, gateway, load_readings, protocol="modbus")
tm.flow(camera, gateway, camera_frames, protocol="rtsp")
tm.flow(gateway, estimator, camera_frames, load_readings)
tm.flow(estimator, advisory, estimates)
tm.flow(gateway, advisory, load_readings, label="running deck total")
tm.flow(advisory, display, advice, estimates)
tm.flow(ferryman, display, ferryman_action, label="on the panel")
tm.flow(display, advisory, ferryman_action)
tm.flow(display, ferryman, advice, label="on the panel")

tm.flow(advisory, status_api, queue_estimate, protocol="https", label="every minute over 4G")
tm.flow(advisory, history, crossing_log, protocol="https")
tm.flow(gateway, history, training_clips, protocol="https", label="sampled clips")

tm.flow(supervisor, ops_portal, closures, protocol="https")
tm.flow(ops_portal, status_api, closures)
tm.flow(traveller, status_api, status_request, protocol="https")
tm.flow(status_api, traveller, status, protocol="https")

tm.flow(history, retraining, training_clips)
tm.flow(retraining, registry, weights)
tm.flow(registry, estimator, weights, protocol="https", label="model update over 4G")
