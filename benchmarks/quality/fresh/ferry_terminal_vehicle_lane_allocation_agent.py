"""Ferry terminal vehicle lane allocation agent: the first design, before any security review.

At check-in, number-plate (ANPR) cameras on each booth read the arriving vehicle's
plate and publish a plate-read event. An LLM agent running on the terminal's
application servers matches the plate to the sailing manifest, which it reads from
the operator's reservation system, and picks a marshalling lane from the yard state
(lane occupancy, the vessel's deck plan, height and dangerous-goods lanes). It
then calls a lane assignment tool that records the allocation and tells the lane
sign controller to show the driver their lane on the booth's message sign.
The agent reasons with a hosted LLM from a vendor under contract. Terminal
supervisors watch allocations on a supervisor console and can override a lane.
Controls in this design: the console signs staff in with corporate SSO and grants
access by role, the manifest tool uses a read-only account, the assignment tool
rejects lanes that do not exist in the yard plan, and every allocation is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry terminal vehicle lane allocation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Assigns checked-in vehicles to marshalling lanes from ANPR reads and the "
        "sailing manifest, and updates the lane signs."
    ),
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description=(
        "Lead passenger name and contact, vehicle registration, type and dimensions, "
        "dangerous-goods declaration and free-text special requirements."
    ),
)
vehicle_at_booth = tg.Data(
    "Vehicle at check-in booth",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The vehicle and its number plate as the booth camera sees it.",
)
plate_reads = tg.Data(
    "ANPR plate read events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate text, read confidence, booth id, timestamp and a plate crop image.",
)
manifest_query = tg.Data(
    "Manifest lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
manifest = tg.Data(
    "Sailing manifest extract",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Today's bookings for the sailing, matched by registration.",
)
manifest_result = tg.Data(
    "Manifest lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
yard_state = tg.Data(
    "Lane occupancy and deck plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Which lanes are open, their fill, and the vessel's deck and height plan.",
)
prompt = tg.Data(
    "Allocation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the plate read, the matched booking and the yard state.",
)
completion = tg.Data("Lane choice", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
assignment_call = tg.Data(
    "Lane assignment request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
assignment_result = tg.Data(
    "Lane assignment result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
sign_message = tg.Data(
    "Lane sign message",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lane_shown = tg.Data("Lane number shown to driver", sensitivity=tg.Sensitivity.PUBLIC)
allocation_log = tg.Data(
    "Allocation log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Each allocation with plate, booking reference, lane and the agent's reasoning.",
)
override = tg.Data("Supervisor lane override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Books the crossing online, then drives into a check-in booth on the day.
    driver = tm.add(tg.Actor("Driver", role="passenger"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent reasons with, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor contract and data processing agreement")},
        )
    )

with tm.boundary("Ferry operator corporate network", trust=tg.Trust.INTERNAL):
    # The operator's existing booking system: source of the sailing manifest.
    reservations = tm.add(
        tg.DataStore(
            "Reservation system",
            stores={booking},
            controls={c.RBAC(), c.EncryptionAtRest()},
        )
    )

with tm.boundary("Terminal OT network", trust=tg.Trust.INTERNAL):
    # One camera per check-in booth, reading plates as vehicles stop.
    cameras = tm.add(tg.Device("ANPR check-in cameras", fleet=True))
    # Drives the variable message signs over the lanes and booths.
    sign_controller = tm.add(tg.Service("Lane sign controller"))
    # The signs drivers follow to their marshalling lane.
    signs = tm.add(tg.Device("Lane message signs", fleet=True))

with tm.boundary("Terminal application servers", trust=tg.Trust.INTERNAL):
    # Decides each vehicle's lane; runs without per-vehicle approval.
    agent = tm.add(
        tg.Agent(
            "Lane allocation agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.AuditLogging(note="every allocation written to the allocation log")},
        )
    )
    # Looks up a registration in today's sailing manifest.
    manifest_tool = tm.add(
        tg.Tool(
            "Manifest lookup tool",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(note="read-only reservation account, today's sailings")
            },
        )
    )
    # Records the chosen lane and pushes the message to the lane signs.
    assign_tool = tm.add(
        tg.Tool(
            "Lane assignment tool",
            capabilities={"write"},
            controls={c.InputValidation(note="lane must exist and be open in the yard plan")},
        )
    )
    # Current lane fill and the vessel's deck plan, kept by the agent's tool and the console.
    yard = tm.add(tg.DataStore("Yard state store", stores={yard_state}))
    # Record of every allocation for dispute handling and tuning.
    log_store = tm.add(tg.DataStore("Allocation log store", stores={allocation_log}))
    # Web console where supervisors see allocations and move vehicles between lanes.
    console = tm.add(
        tg.Endpoint(
            "Supervisor console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)"), c.RBAC()},
        )
    )

with tm.boundary("Terminal operations office", trust=tg.Trust.INTERNAL):
    # Runs the marshalling yard and overrides the agent when needed.
    supervisor = tm.add(tg.Actor("Terminal supervisor", role="operations staff"))

# ---------------------------------------------------------------- flows
tm.flow(driver, reservations, booking, protocol="https", label="books online")
tm.flow(driver, cameras, vehicle_at_booth, label="drives into check-in booth")
tm.flow(cameras, agent, plate_reads, protocol="mqtt")

tm.flow(agent, manifest_tool, manifest_query)
tm.flow(manifest_tool, reservations, manifest_query, protocol="https")
tm.flow(reservations, manifest_tool, manifest, protocol="https")
tm.flow(manifest_tool, agent, manifest_result)

tm.flow(yard, agent, yard_state)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, assign_tool, assignment_call)
tm.flow(assign_tool, yard, yard_state, label="records allocation")
tm.flow(yard, assign_tool, yard_state, label="checks lane is open")
tm.flow(assign_tool, sign_controller, sign_message, protocol="https")
tm.flow(assign_tool, agent, assignment_result)
tm.flow(sign_controller, signs, sign_message, protocol="snmp", label="NTCIP sign update")
tm.flow(signs, driver, lane_shown, label="shown on the sign")

tm.flow(agent, log_store, allocation_log)

tm.flow(yard, console, yard_state)
tm.flow(log_store, console, allocation_log)
tm.flow(console, supervisor, yard_state, allocation_log, protocol="https")
tm.flow(supervisor, console, override, protocol="https")
tm.flow(console, yard, override, label="lane override")
tm.flow(console, sign_controller, sign_message, protocol="https", label="manual sign change")
