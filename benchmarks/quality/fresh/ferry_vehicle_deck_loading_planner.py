"""Ferry vehicle deck loading planner: the first design, before any security review.

A ferry operator plans how cars, vans and freight vehicles are loaded on the car
deck. For each sailing, a loading planner in the operations cloud takes the
bookings from the reservation system and the axle-scale weights measured in the
port's check-in lanes, and asks an in-house model for a lane order and position
for every vehicle that keeps the trim, heel and deck loads within limits. Lane
assignments go to the loading marshals' handhelds over the terminal Wi-Fi, and
the marshals confirm each vehicle as it is parked. The planned stability figures
are sent to the ship's class-approved loading computer, where the officer of the
watch must approve them before departure. The model is retrained monthly from
past sailings. Controls in this design: TLS on the IP links, staff sign-in on
the handhelds and the check-in gateway, range checks on scale readings, officer
approval of the stability figures, role-based access and encryption at rest in
the cloud, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry vehicle deck loading planner",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Plans vehicle lane order and deck weight distribution for each sailing.",
)

# ---------------------------------------------------------------- data assets
bookings = tg.Data(
    "Vehicle bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Driver name, registration plate, vehicle type and declared size, "
    "dangerous-goods declaration.",
)
axle_readings = tg.Data(
    "Axle-scale readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
checkin = tg.Data("Check-in confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
weighed_vehicles = tg.Data(
    "Weighed vehicle records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
plan_features = tg.Data("Sailing planning features", kind="features")
loading_plan = tg.Data(
    "Deck loading plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Lane and position for each vehicle, deck loads, trim and heel figures.",
)
lane_assignments = tg.Data(
    "Lane assignments",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
load_confirmations = tg.Data("Loading confirmations", kind="records")
stability_figures = tg.Data(
    "Planned stability figures",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
approval = tg.Data(
    "Stability approval",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
voyage_history = tg.Data(
    "Past sailing loads",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Final plans, as-loaded positions and measured draughts of past sailings.",
)
weights = tg.Data(
    "Loading model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate IT", trust=tg.Trust.INTERNAL):
    # The existing reservation system where customers' bookings land.
    reservations = tm.add(
        tg.DataSource(
            "Reservation system",
            origin=tg.Origin.INTERNAL,
            provides={bookings},
            description="Existing booking platform; exports the sailing manifest.",
        )
    )

with tm.boundary("Port terminal network", trust=tg.Trust.INTERNAL):
    # Weighbridge axle scales built into each check-in lane.
    scales = tm.add(
        tg.Device(
            "Check-in lane axle scales",
            description="One axle scale per lane; reports per-axle weights over Modbus TCP.",
        )
    )
    # Booth staff match the vehicle to its booking and confirm it.
    clerk = tm.add(tg.Actor("Check-in clerk", role="terminal staff"))
    # Joins each scale reading to the booking it belongs to.
    gateway = tm.add(
        tg.Service(
            "Check-in lane gateway",
            description="Terminal server pairing scale readings with confirmed bookings.",
            controls={
                c.InputValidation(note="rejects readings outside the scale's range"),
                c.Authentication(method="staff username and password"),
            },
        )
    )

with tm.boundary("Terminal Wi-Fi", trust=tg.Trust.INTERNAL):
    # Rugged handhelds the loading marshals carry on the linkspan and car deck.
    handhelds = tm.add(
        tg.Device(
            "Marshal handhelds",
            description="Android handhelds running the loading app.",
            controls={c.Authentication(method="staff number and PIN")},
        )
    )
    # Marshals wave each vehicle into its assigned lane.
    marshal = tm.add(tg.Actor("Loading marshal", role="deck crew"))

with tm.boundary("Operations cloud", trust=tg.Trust.INTERNAL):
    # Builds the plan for each sailing and hands it out.
    planner = tm.add(
        tg.Service(
            "Loading planner",
            description="Assembles the sailing's vehicles, calls the model, publishes the plan.",
            controls={
                c.HumanInTheLoop(approver="the ship's officer of the watch"),
                c.RBAC(),
            },
        )
    )
    # Proposes lane order and positions and predicts the resulting deck loads.
    model = tm.add(
        tg.Model(
            "Deck loading model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted model plus a search over lane orders; "
            "predicts trim, heel and lane loads.",
        )
    )
    # Keeps every plan and its loading confirmations.
    plan_db = tm.add(
        tg.DataStore(
            "Loading plan database",
            stores={loading_plan, load_confirmations},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Past sailings the model learns from.
        history = tm.add(tg.Dataset("Voyage history", stores={voyage_history}))
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Holds the model versions that serving can load.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Vessel bridge network", trust=tg.Trust.INTERNAL):
    # Class-approved loading computer on the bridge, the stability record of the ship.
    loading_computer = tm.add(
        tg.Service(
            "Ship loading computer",
            description="Checks the planned condition against the stability booklet.",
        )
    )
    # Signs off the stability figures before the ship may sail.
    officer = tm.add(tg.Actor("Ship's officer", role="officer of the watch", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(reservations, planner, bookings, protocol="https", label="sailing manifest")
tm.flow(scales, gateway, axle_readings, protocol="modbus")
tm.flow(clerk, gateway, checkin)
tm.flow(gateway, planner, weighed_vehicles, protocol="https")

tm.flow(planner, model, plan_features)
tm.flow(model, planner, loading_plan)
tm.flow(planner, plan_db, loading_plan)
tm.flow(plan_db, planner, loading_plan, load_confirmations, label="plan and progress")

tm.flow(planner, handhelds, lane_assignments, protocol="https")
tm.flow(handhelds, marshal, lane_assignments, label="shows next vehicle and lane")
tm.flow(marshal, handhelds, load_confirmations)
tm.flow(handhelds, planner, load_confirmations, protocol="https")
tm.flow(planner, plan_db, load_confirmations, id="planner->plan_db:confirmations")

tm.flow(planner, loading_computer, stability_figures, protocol="https", label="ship-shore link")
tm.flow(loading_computer, officer, stability_figures)
tm.flow(officer, loading_computer, approval)
tm.flow(loading_computer, planner, approval, protocol="https")

tm.flow(plan_db, history, voyage_history, label="after each sailing")
tm.flow(history, training, voyage_history)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
