"""Ferry port vehicle lane allocation agent: the first design, before any security review.

At the ferry port's check-in plaza, an LLM agent assigns each arriving vehicle a
marshalling lane and a deck position on the sailing. It works from the booking
(vehicle type, declared length and height), the haulier's hazardous goods
declaration, the ANPR read at the gate and the measurements the check-in clerk
enters at the booth. Hauliers book and declare dangerous goods on the operator's
freight portal, hosted in the operator's cloud; the agent, its tools, the loading
plan and the stowage rules run on the port site network and call a hosted LLM.
Controls in this design: the portal signs hauliers in with e-mail and password over
HTTPS and validates declarations; the booking system is role-restricted and
encrypted at rest; the deck plan tool refuses positions over a deck's height and
axle-load limits; the duty loading officer approves every deck position for a
vehicle carrying declared hazardous goods; other assignments go straight through.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry port vehicle lane allocation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that assigns check-in lanes and deck positions to vehicles "
    "from bookings, vehicle sizes and hazardous goods declarations.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Vehicle booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lead driver name, registration plate, vehicle type, declared length "
    "and height, sailing.",
)
dg_declaration = tg.Data(
    "Hazardous goods declaration",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="UN numbers, IMDG classes, quantities and packaging for a freight booking.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
plate_read = tg.Data("ANPR plate read", kind="records", sensitivity=tg.Sensitivity.PII)
booth_entry = tg.Data(
    "Booth check-in entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, measured length and height, clerk's remarks.",
)
checkin_event = tg.Data(
    "Check-in event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate, booking reference and measured size passed to the agent.",
)
prompt = tg.Data(
    "Allocation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, check-in event, booking, declaration, deck occupancy and rules.",
)
completion = tg.Data("Allocation decision", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Booking lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Booking and declaration", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
stowage_rules = tg.Data(
    "Stowage and segregation rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="IMDG segregation table, deck height and axle-load limits per vessel.",
)
lane_call = tg.Data("Lane assignment call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lane_display = tg.Data("Lane display message", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
lane_ticket = tg.Data("Lane ticket", kind="records", sensitivity=tg.Sensitivity.PII)
deck_call = tg.Data("Deck position call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
deck_result = tg.Data("Deck occupancy", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
loading_plan = tg.Data(
    "Loading plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Deck positions per vehicle for the sailing, with hazardous goods placements.",
)
dg_approval = tg.Data(
    "Hazardous placement approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freight hauliers and their booking agents: anyone can open an account.
    haulier = tm.add(tg.Actor("Haulier", role="freight customer"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Where hauliers book sailings and declare dangerous goods.
    portal = tm.add(
        tg.Endpoint(
            "Freight booking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="haulier account e-mail and password"),
                c.InputValidation(note="declaration form checks UN number and class format"),
            },
        )
    )
    # The operator's reservation system of record for passenger and freight bookings.
    booking_db = tm.add(
        tg.DataStore(
            "Booking system",
            stores={booking, dg_declaration},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Port site network", trust=tg.Trust.INTERNAL):
    # Reads number plates as vehicles reach the check-in plaza gate.
    camera = tm.add(tg.Device("ANPR gate camera"))
    # Port staff in the booths who greet drivers and measure oversize vehicles.
    clerk = tm.add(tg.Actor("Check-in clerk", role="port staff"))
    # Booth application: joins the plate read with the clerk's entry and starts the agent.
    booth_app = tm.add(tg.Service("Check-in booth application"))
    # The LLM agent that decides lane and deck position for each vehicle.
    agent = tm.add(
        tg.Agent(
            "Lane allocation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=25),
                c.HumanInTheLoop(
                    approver="duty loading officer",
                    note="deck positions for vehicles with a hazardous goods declaration only; "
                    "other lane and deck assignments go straight through",
                ),
            },
        )
    )
    # Fetches the booking and any hazardous goods declaration for a plate or reference.
    lookup_tool = tm.add(tg.Tool("Booking lookup tool", capabilities={"read"}))
    # Puts the vehicle in a marshalling lane and drives the lane signs and booth ticket.
    lane_tool = tm.add(tg.Tool("Lane assignment tool", capabilities={"write"}))
    # Writes the deck position into the sailing's loading plan.
    deck_tool = tm.add(
        tg.Tool(
            "Deck plan tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(
                    rules="refuses a position whose deck height or axle-load limit the "
                    "vehicle's booked size exceeds"
                )
            },
        )
    )
    # The sailing's loading plan, handed to the ship's crew before loading.
    plan_store = tm.add(
        tg.DataStore("Loading plan store", stores={loading_plan}, controls={c.AuditLogging()})
    )
    # Reference rules the agent places vehicles by, maintained by the marine department.
    rules_store = tm.add(tg.DataStore("Stowage rules library", stores={stowage_rules}))
    # Variable message signs over the marshalling lanes.
    signs = tm.add(tg.Device("Lane display signs"))
    # Ship's officer on duty who signs off dangerous goods placements.
    officer = tm.add(tg.Actor("Duty loading officer", role="loading officer"))

# ---------------------------------------------------------------- flows
tm.flow(haulier, portal, booking, dg_declaration, protocol="https")
tm.flow(portal, haulier, booking_confirmation, protocol="https")
tm.flow(portal, booking_db, booking, dg_declaration)

tm.flow(camera, booth_app, plate_read, protocol="http")
tm.flow(clerk, booth_app, booth_entry, label="typed at the booth")
tm.flow(booth_app, clerk, lane_ticket, label="printed lane ticket")
tm.flow(booth_app, agent, checkin_event)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(booking_db, lookup_tool, booking, dg_declaration, protocol="https")
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(rules_store, agent, stowage_rules, label="rules for the vessel")

tm.flow(agent, lane_tool, lane_call)
tm.flow(lane_tool, signs, lane_display, protocol="http")
tm.flow(lane_tool, booth_app, lane_ticket)

tm.flow(agent, deck_tool, deck_call)
tm.flow(deck_tool, agent, deck_result)
tm.flow(plan_store, deck_tool, loading_plan, label="current deck occupancy")
tm.flow(deck_tool, plan_store, loading_plan)
tm.flow(rules_store, deck_tool, stowage_rules, label="deck limits")

tm.flow(plan_store, officer, loading_plan, protocol="https", label="placements awaiting approval")
tm.flow(officer, deck_tool, dg_approval, protocol="https")
