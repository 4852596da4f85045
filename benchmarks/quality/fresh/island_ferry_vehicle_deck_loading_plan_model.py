"""Island ferry vehicle deck loading plan: the first design, before any security review.

An island ferry company runs three ro-pax vessels. Passengers book vehicle space on
the public booking website, giving vehicle type, registration and size. At check-in
close a loading plan service in the company cloud takes the sailing manifest from the
booking database, dimensions measured by check-in staff on handhelds and weights from
the terminal weighbridge, and asks an in-house deck planner model for lane and slot
placements. The draft plan goes over the ship-shore link to the vessel's class-approved
loading computer, which checks stability limits using current tank levels. The chief
officer reviews plan and stability result on the bridge console and must approve it;
the approved plan goes to the deck marshals' tablets and to an archive that a nightly
job retrains the planner from. Controls: sign-in on the booking site and staff devices,
booking database encryption, range checks on measurements, the loading computer's
stability limits and the chief officer's approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Island ferry vehicle deck loading plan",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Plans vehicle deck loading from bookings, measured dimensions and weights, "
        "checks stability limits, and waits for the chief officer's approval."
    ),
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Vehicle booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passenger name, contact details, vehicle registration, type and declared size.",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
manifest = tg.Data(
    "Sailing vehicle manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Every vehicle booked on a sailing, with registration and declared size.",
)
weights = tg.Data(
    "Weighbridge weight readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
dimensions = tg.Data(
    "Measured vehicle dimensions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Length, height and width measured at the check-in lane, keyed by registration.",
)
lane = tg.Data("Check-in lane assignment", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
placement_features = tg.Data(
    "Vehicle placement features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
proposed_placement = tg.Data(
    "Proposed deck placement", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
draft_plan = tg.Data(
    "Draft loading plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tank_levels = tg.Data("Tank level readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
stability = tg.Data(
    "Stability calculation result",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="GM, trim, heel and deck point loads against the stability booklet limits.",
)
approval = tg.Data(
    "Chief officer plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
approved_plan = tg.Data(
    "Approved loading plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
history = tg.Data(
    "Historical loading plans",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approved plans with the stability results and the marshals' final positions.",
)
planner_artifact = tg.Data(
    "Deck planner model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can book a vehicle crossing and type in any vehicle details.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Public site where passengers book, change and view vehicle bookings.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The reservation system of record for all crossings.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds the manifest, calls the planner model and routes the plan to the ship.
    plan_service = tm.add(
        tg.Service(
            "Loading plan service",
            description="Assembles each sailing's manifest and measurements, asks the "
            "planner model for a placement and sends the draft plan to the vessel.",
            controls={
                c.InputValidation(
                    note="rejects dimensions and weights outside vehicle-class ranges"
                ),
                c.AuditLogging(),
            },
        )
    )
    # In-house model that proposes which lane and slot each vehicle takes.
    planner_model = tm.add(
        tg.Model(
            "Deck planner model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted ranker scoring candidate lane and slot positions.",
        )
    )
    # Keeps every approved plan, used for audits and as training data.
    plan_archive = tm.add(tg.DataStore("Loading plan archive", stores={approved_plan, history}))
    # Nightly job that retrains the planner from the archive and replaces the model.
    retraining = tm.add(tg.Pipeline("Planner retraining job", stage=tg.Stage.TRAINING))

with tm.boundary("Port terminal network", trust=tg.Trust.INTERNAL):
    # Staff at the check-in lanes measure vehicles and confirm lanes.
    checkin_staff = tm.add(tg.Actor("Check-in staff", role="port staff"))
    # Handhelds the check-in staff enter measured dimensions on.
    handheld = tm.add(
        tg.Device(
            "Check-in handheld",
            fleet=True,
            controls={c.Authentication(method="individual staff login and PIN")},
        )
    )
    # Weighbridge indicator at the terminal entrance that weighs each vehicle.
    weighbridge = tm.add(tg.Device("Terminal weighbridge", fleet=False))
    # Deck marshals direct vehicles on board following the approved plan.
    marshal = tm.add(tg.Actor("Deck marshal", role="deck crew"))
    # Tablets showing the marshals each vehicle's lane and slot.
    marshal_tablet = tm.add(tg.Device("Deck marshal tablet", fleet=True))

with tm.boundary("Vessel network", trust=tg.Trust.RESTRICTED):
    # Class-approved stability software on board: the authority on stability limits.
    loading_computer = tm.add(
        tg.Service(
            "Ship loading computer",
            controls={
                c.PolicyEnforcement(
                    rules="checks GM, trim, heel and deck point loads against the "
                    "approved stability booklet limits"
                )
            },
        )
    )
    # Tank gauging system that gives ballast, fuel and water levels.
    tank_gauges = tm.add(tg.Device("Tank level gauges", fleet=False))
    # Bridge console where the chief officer reviews and approves the plan.
    console = tm.add(
        tg.Endpoint(
            "Bridge plan approval console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="officer's individual login"),
                c.HumanInTheLoop(approver="the chief officer, for every sailing's plan"),
            },
        )
    )
    # Responsible officer for cargo and stability on each sailing.
    chief_officer = tm.add(tg.Actor("Chief officer", role="ship's officer"))

# ---------------------------------------------------------------- flows
tm.flow(passenger, website, booking, protocol="https")
tm.flow(website, passenger, confirmation, protocol="https")
tm.flow(website, booking_db, booking)
tm.flow(booking_db, website, booking, label="manage booking")

tm.flow(booking_db, plan_service, manifest, label="manifest export at check-in close")
tm.flow(checkin_staff, handheld, dimensions, label="entered at the check-in lane")
tm.flow(handheld, plan_service, dimensions, protocol="https")
tm.flow(plan_service, handheld, lane, protocol="https")
tm.flow(handheld, checkin_staff, lane, label="shown on the handheld")
tm.flow(weighbridge, plan_service, weights, label="readings over the terminal site VPN")

tm.flow(plan_service, planner_model, placement_features)
tm.flow(planner_model, plan_service, proposed_placement)

tm.flow(plan_service, loading_computer, draft_plan, protocol="https", label="ship-shore link")
tm.flow(tank_gauges, loading_computer, tank_levels, protocol="modbus")
tm.flow(loading_computer, console, draft_plan, stability)
tm.flow(console, chief_officer, draft_plan, stability, label="shown on the panel")
tm.flow(chief_officer, console, approval, label="on the panel")
tm.flow(console, plan_service, approved_plan, approval, protocol="https", label="ship-shore link")

tm.flow(plan_service, marshal_tablet, approved_plan, protocol="https")
tm.flow(marshal_tablet, marshal, approved_plan, label="shown on the tablet")
tm.flow(plan_service, plan_archive, approved_plan, history)
tm.flow(plan_archive, retraining, history, label="nightly")
tm.flow(retraining, planner_model, planner_artifact, label="deploy retrained model")
