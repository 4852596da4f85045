"""Ferry vehicle deck loading planner: the first design, before any security review.

A ferry operator plans where each vehicle goes on the car deck of a sailing. Customers
and hauliers book online and declare vehicle type, length, height, weight and any
dangerous goods. An in-house model, trained on past weighbridge readings against
declarations, estimates each vehicle's real weight and length; a planning service in
the company cloud places vehicles in lanes from the bookings, the estimates and the
IMDG segregation rules. At the port, check-in staff weigh lorries on the weighbridge
and record them in the check-in system, which feeds actual weights back to bookings
and shows lane assignments. The loading officer reviews and approves the plan on a
ship tablet; the ship's class-approved stability software checks trim and stability.
Controls: customer and staff sign-in, form validation, encrypted booking database,
versioned models, lane and axle limits enforced by the planner, officer approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry vehicle deck loading planner",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Plans vehicle placement on a ferry's car deck from declared bookings, "
        "weighbridge weights and a weight estimator; approved by the loading officer."
    ),
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Vehicle booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact, registration, declared vehicle type, size and weight.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
dg_declaration = tg.Data(
    "Dangerous goods declaration",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="UN numbers, classes and quantities a vehicle carries.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
weighbridge_reading = tg.Data(
    "Weighbridge reading",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
checkin_record = tg.Data(
    "Check-in record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registration, measured weight, DG paperwork seen, arrival time.",
)
vehicle_features = tg.Data("Vehicle features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
estimates = tg.Data(
    "Estimated vehicle weight and length",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
training_data = tg.Data(
    "Declared versus weighed history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past declarations joined to weighbridge weights, registrations removed.",
)
model_artifact = tg.Data("Weight estimator artifact", format="pickle")
segregation_rules = tg.Data(
    "IMDG segregation rules and deck limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
loading_plan = tg.Data(
    "Loading plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lane and position of each vehicle, with weights and DG stowage.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lane_assignment = tg.Data("Lane assignment", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
stability_result = tg.Data(
    "Stability calculation result",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="GM, trim, heel and deck load checks against the stability booklet.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plan_approval = tg.Data("Loading plan approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Car drivers and haulage companies making bookings.
    customer = tm.add(tg.Actor("Customer or haulier", role="customer"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Public booking site and API where vehicles and dangerous goods are declared.
    booking_portal = tm.add(
        tg.Endpoint(
            "Booking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="dimension and weight ranges per vehicle type"),
            },
        )
    )
    # System of record for bookings and their vehicle and DG declarations.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, dg_declaration, checkin_record},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds the deck plan for each sailing; an optimiser, not an LLM.
    planner = tm.add(
        tg.Service(
            "Deck loading planner",
            description="Constraint optimiser placing vehicles in lanes per sailing.",
            controls={
                c.PolicyEnforcement(
                    rules="lane height, lane width and axle load limits of the deck plan"
                ),
                c.HumanInTheLoop(approver="loading officer"),
            },
        )
    )
    # Predicts real weight and length, since declarations are often wrong.
    estimator = tm.add(
        tg.Model(
            "Vehicle weight estimator",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees on vehicle type, make, declared size and weight.",
        )
    )
    # Reference data the planner must honour.
    rules_store = tm.add(
        tg.DataStore(
            "IMDG segregation rules",
            stores={segregation_rules},
            description="Segregation table and the ship's deck limits, kept by marine ops.",
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # History the estimator is trained on.
        train_set = tm.add(tg.Dataset("Weighbridge history dataset", stores={training_data}))
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly estimator retraining", stage=tg.Stage.TRAINING))
        # Where the planner loads the estimator from.
        registry = tm.add(
            tg.ModelRegistry(
                "Estimator model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Port terminal network", trust=tg.Trust.INTERNAL):
    # Booth staff who check vehicles in and weigh lorries.
    checkin_staff = tm.add(tg.Actor("Check-in staff", role="port staff"))
    # Weighbridge at the freight check-in lane.
    weighbridge = tm.add(tg.Device("Freight weighbridge", fleet=False))
    # Booth application that records arrivals and shows lane assignments.
    checkin_system = tm.add(
        tg.Service(
            "Port check-in system",
            controls={c.Authentication(method="staff Windows domain login")},
        )
    )

with tm.boundary("Ferry", trust=tg.Trust.INTERNAL):
    # Officer who signs off the deck plan before loading starts.
    officer = tm.add(tg.Actor("Loading officer", role="ship's officer"))
    # Ship's tablet used on the car deck.
    officer_tablet = tm.add(
        tg.Device(
            "Loading officer tablet",
            fleet=True,
            controls={c.Authentication(method="officer user name and password")},
        )
    )

    with tm.boundary("Ship bridge systems", trust=tg.Trust.RESTRICTED):
        # Class-approved loading computer from the stability software vendor.
        stability = tm.add(
            tg.Service(
                "Ship stability software",
                description="Vendor loading computer checking trim, heel and GM.",
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(customer, booking_portal, booking, dg_declaration, protocol="https")
tm.flow(booking_portal, customer, confirmation, protocol="https")
tm.flow(booking_portal, booking_db, booking, dg_declaration)

tm.flow(weighbridge, checkin_system, weighbridge_reading, protocol="serial")
tm.flow(checkin_staff, checkin_system, checkin_record, label="at the check-in booth")
tm.flow(checkin_system, booking_db, checkin_record, protocol="https", label="site VPN")
tm.flow(booking_db, checkin_system, booking, dg_declaration, protocol="https")
tm.flow(planner, checkin_system, lane_assignment, protocol="https")
tm.flow(checkin_system, checkin_staff, lane_assignment, label="on the booth screen")

tm.flow(booking_db, planner, booking, dg_declaration, checkin_record)
tm.flow(rules_store, planner, segregation_rules)
tm.flow(planner, estimator, vehicle_features)
tm.flow(estimator, planner, estimates)

tm.flow(booking_db, train_set, training_data, label="monthly export")
tm.flow(train_set, training, training_data)
tm.flow(training, registry, model_artifact)
tm.flow(registry, estimator, model_artifact, label="load at start-up")

tm.flow(planner, stability, loading_plan, protocol="sftp", label="plan export to ship")
tm.flow(stability, planner, stability_result, protocol="sftp")
tm.flow(planner, officer_tablet, loading_plan, stability_result, protocol="https")
tm.flow(officer_tablet, officer, loading_plan, stability_result, label="on the screen")
tm.flow(officer, officer_tablet, plan_approval, label="touchscreen")
tm.flow(officer_tablet, planner, plan_approval, protocol="https")
