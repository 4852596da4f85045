"""Ferry vehicle deck loading plan model: the first design, before security review.

Our ro-ro ferries carry cars and lorries on two vehicle decks. Hauliers book freight on
our haulier portal (registration, dimensions, declared weight, driver name, and for
dangerous goods the UN number, class and dangerous goods note); car bookings arrive from
the reservation system, and the port weighbridge adds measured weights at check-in.
When check-in closes, a planning service asks an in-house deck placement model for a
lane and position per vehicle, rejects proposals that break lane-load or IMDG
segregation rules, and shows the plan on the loading officer's tablet for adjustment.
The final plan goes over the ship-shore link to the class-approved loading computer on
board, where the master checks stability and signs off before departure. As-loaded
plans feed a monthly retraining job. Hauliers sign in with e-mail and password, the
booking database is encrypted at rest, and models are versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry vehicle deck loading plan model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Model-proposed vehicle deck loading plans, adjusted by the loading officer, signed off by the master.",
)

# ---------------------------------------------------------------- data assets
freight_booking = tg.Data(
    "Freight booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Haulier, driver name and phone, registration, vehicle dimensions, declared weight, sailing.",
)
dg_declaration = tg.Data(
    "Dangerous goods declaration",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="UN number, IMDG class, quantity and the uploaded dangerous goods note (PDF).",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
car_booking = tg.Data("Car booking", kind="records", sensitivity=tg.Sensitivity.PII)
weights = tg.Data("Weighbridge readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
manifest = tg.Data(
    "Sailing vehicle manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Every checked-in vehicle for the sailing with size, weight and dangerous goods.",
)
plan_features = tg.Data(
    "Vehicle and deck features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
proposed_plan = tg.Data(
    "Proposed loading plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
adjusted_plan = tg.Data(
    "Officer-adjusted loading plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
final_plan = tg.Data(
    "Final loading plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Lane and position of each vehicle, weights, and dangerous goods stowage.",
)
stability = tg.Data("Stability calculation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
signoff = tg.Data(
    "Master's stability sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
history = tg.Data(
    "Historical as-loaded plans",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
artifact = tg.Data(
    "Deck placement model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Haulage firms' planners booking lorries and declaring dangerous goods.
    haulier = tm.add(tg.Actor("Haulier booking clerk", role="haulier"))

with tm.boundary("Shore operations cloud", trust=tg.Trust.INTERNAL):
    # Where hauliers book freight and upload dangerous goods notes.
    portal = tm.add(
        tg.Endpoint(
            "Haulier portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="haulier company account e-mail and password"),
                c.InputValidation(
                    note="UN numbers checked against the IMDG list; PDF uploads only"
                ),
            },
        )
    )
    # The existing passenger reservation system; passes car bookings on.
    reservations = tm.add(tg.Service("Passenger reservation system"))
    # Freight and car bookings for every sailing, with measured weights from check-in.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={freight_booking, car_booking, dg_declaration, weights},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the sailing's inputs, asks the model, applies hard rules, serves the tablet.
    planner = tm.add(
        tg.Service(
            "Loading plan service",
            controls={
                c.PolicyEnforcement(
                    rules="proposals breaking lane axle-load limits or the IMDG segregation table are rejected"
                )
            },
        )
    )
    # Proposes a lane and position for each vehicle.
    model = tm.add(
        tg.Model(
            "Deck placement model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted ranker scoring candidate lane positions per vehicle.",
            controls={
                c.HumanInTheLoop(
                    approver="the loading officer adjusts the plan; the master signs off stability"
                )
            },
        )
    )
    # Versioned model artifacts that the loading plan service loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # As-loaded plans from past sailings: what the model learns from.
        dataset = tm.add(tg.Dataset("As-loaded plan history", stores={history}))
        # Monthly retraining of the placement model.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining job", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Maintains the model and its training job.
        data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Port terminal", trust=tg.Trust.INTERNAL):
    # Weighs lorries at check-in.
    weighbridge = tm.add(tg.Device("Check-in weighbridge", fleet=False))
    # The loading officer's handheld on the linkspan and vehicle decks.
    tablet = tm.add(
        tg.Device(
            "Loading officer tablet",
            description="Company-managed tablet on the port and ship Wi-Fi.",
            controls={c.Authentication(method="officer's own crew account and password")},
        )
    )
    # Directs loading, moves vehicles in the plan and confirms it.
    officer = tm.add(tg.Actor("Loading officer", role="ship's officer"))

with tm.boundary("Vessel bridge network", trust=tg.Trust.RESTRICTED):
    # Class-approved stability software on board: the legal check before departure.
    loading_computer = tm.add(
        tg.Service(
            "Onboard loading computer",
            controls={
                c.SafetyLimits(
                    limits="GM, heel, trim and deck loads checked against the approved stability booklet"
                )
            },
        )
    )
    # Signs off the vessel's stability before departure.
    master = tm.add(tg.Actor("Master", role="master", privileged=True))

# ---------------------------------------------------------------- flows
# Bookings and check-in
tm.flow(haulier, portal, freight_booking, dg_declaration, protocol="https")
tm.flow(portal, haulier, confirmation, protocol="https")
tm.flow(portal, booking_db, freight_booking, dg_declaration)
tm.flow(booking_db, portal, freight_booking, label="haulier's bookings")
tm.flow(reservations, booking_db, car_booking)
tm.flow(weighbridge, booking_db, weights, protocol="https")

# Planning
tm.flow(booking_db, planner, manifest, label="sailing manifest at check-in close")
tm.flow(planner, model, plan_features)
tm.flow(model, planner, proposed_plan)
tm.flow(planner, tablet, proposed_plan, manifest, protocol="https")
tm.flow(tablet, officer, proposed_plan, manifest, label="on the touchscreen")
tm.flow(officer, tablet, adjusted_plan, label="on the touchscreen")
tm.flow(tablet, planner, adjusted_plan, protocol="https")

# Stability and departure
tm.flow(planner, loading_computer, final_plan, protocol="https", label="ship-shore VSAT link")
tm.flow(loading_computer, master, stability, label="on the bridge screen")
tm.flow(master, loading_computer, signoff, label="on the bridge screen")
tm.flow(
    loading_computer,
    planner,
    signoff,
    final_plan,
    protocol="https",
    label="as-loaded plan and sign-off",
)

# Retraining
tm.flow(planner, dataset, history, label="as-loaded plans after departure")
tm.flow(dataset, training, history)
tm.flow(data_scientist, training, train_config)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy")
