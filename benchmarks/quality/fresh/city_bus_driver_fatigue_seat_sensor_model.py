"""City bus driver fatigue alerts: the first design, before any security review.

The operator (an EU city bus company) fits each bus with a sensor mat in the
driver's seat (pressure shifts, breathing and heart rate) and a steering wheel
sensor (grip and small steering corrections). An on-board fatigue unit turns the
readings into features and runs an in-house fatigue classifier every few
seconds. When the score crosses the threshold it alerts the driver in the cab
(seat vibration and a chime) and sends a fatigue event through the bus's
existing telematics gateway over the cellular network to the fleet telematics
platform. The platform joins the event to the duty roster, stores it, and shows
it to the depot controller, who radios the driver and decides on a relief.
Reviewed on-road events and simulator trials train the model in the cloud;
approved versions go to the buses over the air. Buses authenticate to the
platform with per-vehicle certificates over TLS, controllers sign in with
corporate SSO, and fatigue events are encrypted at rest and kept for 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City bus driver fatigue alerts",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="On-board fatigue model alerting bus drivers and the depot controller.",
)

# ---------------------------------------------------------------- data assets
seat_readings = tg.Data(
    "Seat sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seat pressure map, breathing rate and heart rate of whoever is driving.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
steering_readings = tg.Data(
    "Steering sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Grip pressure and steering angle corrections.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
features = tg.Data("Fatigue features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Fatigue score", kind="model-output", sensitivity=tg.Sensitivity.PII)
cab_alert = tg.Data("In-cab fatigue alert", kind="model-output", sensitivity=tg.Sensitivity.PII)
event = tg.Data(
    "Fatigue event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bus number, time, GPS position, fatigue score and the readings window around it.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
roster = tg.Data(
    "Duty roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which driver is on which bus and duty, by staff number.",
)
controller_action = tg.Data(
    "Controller action",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What the controller did: radioed the driver, sent a relief, or dismissed.",
)
training_data = tg.Data(
    "Labelled fatigue windows",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Sensor windows from simulator trials and reviewed on-road events, with fatigue labels.",
)
artifact = tg.Data("Fatigue model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Bus on-board network", trust=tg.Trust.INTERNAL):
    # The person the system watches over and alerts.
    driver = tm.add(tg.Actor("Bus driver", role="driver"))
    # Senses posture shifts, breathing and heart rate through the seat.
    seat = tm.add(
        tg.Device(
            "Seat sensor mat", fleet=True, description="One per bus, wired to the fatigue unit."
        )
    )
    # Senses grip and steering micro-corrections.
    steering = tm.add(tg.Device("Steering wheel sensor", fleet=True))
    # Edge computer that builds features, runs the model and raises alerts.
    unit = tm.add(
        tg.Service(
            "On-board fatigue unit",
            description="Computes features over a sliding window and alerts above the threshold.",
        )
    )
    # The fatigue classifier, deployed on each bus's fatigue unit.
    model = tm.add(
        tg.Model(
            "Driver fatigue model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Small neural network scoring drowsiness from seat and steering features.",
            controls={
                c.HumanInTheLoop(
                    approver="the depot controller, who radios the driver before any relief"
                )
            },
        )
    )
    # The bus's existing cellular router, shared with ticketing and vehicle location.
    gateway = tm.add(
        tg.Service(
            "Telematics gateway",
            description="On-board cellular router that also relays vehicle location and ticketing data.",
            controls={c.MutualAuthentication(note="per-vehicle X.509 certificate")},
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Receives events from the fleet and delivers over-the-air updates to buses.
    platform = tm.add(
        tg.Service(
            "Fleet telematics platform",
            description="Joins fatigue events to the duty roster and pushes OTA updates to the fleet.",
        )
    )
    # History of fatigue events and what controllers did about them.
    event_store = tm.add(
        tg.DataStore(
            "Fatigue event store",
            stores={event, roster, controller_action},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=90),
            },
        )
    )
    # Curated windows for training; staff numbers replaced by pseudonyms.
    training_set = tm.add(
        tg.Dataset(
            "Fatigue training set",
            stores={training_data},
            purpose=tg.DatasetPurpose.TRAINING,
            controls={c.DataMinimization(note="staff numbers are pseudonymised before export")},
        )
    )
    # Retrains the classifier when new labelled windows arrive.
    training = tm.add(tg.Pipeline("Fatigue model training", stage=tg.Stage.TRAINING))
    # Holds every model version; the approved one is sent to the fleet.
    registry = tm.add(
        tg.ModelRegistry(
            "Fatigue model registry", stores={artifact}, controls={c.ModelVersioning()}
        )
    )
    # Labels simulator trials, reviews on-road events and approves releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Depot network", trust=tg.Trust.INTERNAL):
    # The existing rostering system: which driver works which duty on which bus.
    rostering = tm.add(tg.DataStore("Duty rostering system", stores={roster}))
    # Live view of fatigue events for the control room.
    dashboard = tm.add(
        tg.Endpoint(
            "Depot control dashboard",
            purpose=tg.EndpointPurpose.API,
            description="Web app showing open fatigue events with driver, bus and location.",
            controls={c.Authentication(method="corporate SSO (OIDC)"), c.RBAC()},
        )
    )
    # Watches the fleet and decides whether a driver is relieved.
    controller = tm.add(tg.Actor("Depot controller", role="controller"))

# ---------------------------------------------------------------- flows
tm.flow(seat, unit, seat_readings, protocol="can")
tm.flow(steering, unit, steering_readings, protocol="can")
tm.flow(unit, model, features)
tm.flow(model, unit, score)
tm.flow(unit, driver, cab_alert, label="seat vibration and chime")

tm.flow(unit, gateway, event, protocol="mqtt")
tm.flow(gateway, platform, event, protocol="mqtt over tls", label="cellular uplink")
tm.flow(rostering, platform, roster, protocol="https", label="daily roster sync")
tm.flow(platform, event_store, event, roster)

tm.flow(event_store, dashboard, event, roster)
tm.flow(dashboard, controller, event, protocol="https")
tm.flow(controller, dashboard, controller_action, protocol="https")
tm.flow(dashboard, event_store, controller_action)

tm.flow(event_store, training_set, training_data, label="weekly export of reviewed events")
tm.flow(ml_engineer, training_set, training_data, protocol="https", label="simulator trial labels")
tm.flow(training_set, training, training_data)
tm.flow(training, registry, artifact)
tm.flow(ml_engineer, registry, approval, protocol="https", label="approves release")
tm.flow(registry, platform, artifact, label="approved version")
tm.flow(platform, gateway, artifact, protocol="mqtt over tls", label="OTA update")
tm.flow(gateway, unit, artifact, protocol="mqtt")
