"""Ferry manifest reconciliation agent: the first design, before any security review.

For each sailing, a ferry operator must send the port authority an accurate list of
everyone and every vehicle on board. At check-in close, the port operations console
starts a reconciliation run: an LLM agent in the operator's cloud reads the bookings
from the reservations database and the scans from lane handhelds and boarding gates
(kept by the check-in service), works out no-shows, late adds, name and registration
mismatches and unbooked children, and writes corrections to the voyage manifest
database through a manifest update tool. The agent's reasoning runs on a hosted LLM
under the vendor's zero-retention terms. It then presents the final manifest and its
discrepancy notes on the console; the duty port operations supervisor confirms the
headcount and the submission tool sends the manifest to the port authority's
maritime single window over mutual TLS. Console users sign in with company SSO and
MFA; the manifest database is encrypted; the agent's tool calls are logged.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ferry manifest reconciliation agent",
    profile="high",
    frameworks={"gdpr"},
    description="An LLM agent reconciles booked and checked-in passengers and vehicles "
    "per sailing and sends the final manifest to the port authority.",
)

# ---------------------------------------------------------------- data assets
bookings = tg.Data(
    "Booking records",
    sensitivity="pii",
    kind="records",
    description="Passenger names, dates of birth, nationality, sex, assistance needs, "
    "vehicle registrations and dimensions, per sailing.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
scans = tg.Data(
    "Check-in scan events",
    sensitivity="pii",
    kind="records",
    description="Ticket barcode, vehicle registration, lane, occupants counted, time.",
)
run_request = tg.Data("Sailing reconciliation request", sensitivity="internal", kind="prompt")
agent_context = tg.Data("Agent context", sensitivity="pii", kind="prompt")
llm_reply = tg.Data("LLM reasoning and tool calls", sensitivity="pii", kind="model-output")
booking_query = tg.Data("Booking lookup", sensitivity="internal", kind="tool-call")
booking_result = tg.Data("Booked passengers and vehicles", sensitivity="pii", kind="tool-result")
scan_query = tg.Data("Scan query", sensitivity="internal", kind="tool-call")
scan_result = tg.Data("Checked-in passengers and vehicles", sensitivity="pii", kind="tool-result")
corrections = tg.Data("Manifest corrections", sensitivity="pii", kind="tool-call")
manifest = tg.Data(
    "Final passenger and vehicle manifest",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
discrepancies = tg.Data("Discrepancy notes", sensitivity="pii", kind="model-output")
approval = tg.Data("Manifest submission approval", sensitivity="internal", kind="records")
submit_call = tg.Data("Manifest submission", sensitivity="pii", kind="tool-call")
ack = tg.Data("Port authority acknowledgement", sensitivity="internal", kind="records")
tool_log = tg.Data("Agent tool-call log", sensitivity="pii", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Port terminal", trust="internal"):
    # Lane and gate staff scanning tickets and vehicle registrations.
    checkin_staff = tm.add(tg.Actor("Check-in lane staff", role="check-in agent"))
    # Rugged handhelds in the vehicle lanes and readers at the foot-passenger gate.
    handhelds = tm.add(tg.Device("Check-in handhelds and gate readers", fleet=True))

with tm.boundary("Operator cloud", trust="internal"):
    # Existing booking platform's database, fed by the website and travel agents.
    reservations = tm.add(tg.DataStore("Reservations database", stores={bookings}))
    # Existing check-in backend that records every lane and gate scan.
    checkin = tm.add(tg.Service("Check-in service", description="Stores scans per sailing."))
    # The reconciliation agent itself.
    agent = tm.add(
        tg.Agent(
            "Manifest reconciliation agent",
            autonomy="supervised",
            controls={tg.controls.AuditLogging(note="every tool call and result")},
        )
    )
    # Read-only view of a sailing's bookings.
    booking_tool = tm.add(tg.Tool("Booking lookup tool", capabilities={"read"}))
    # Read-only view of a sailing's check-in scans.
    scan_tool = tm.add(tg.Tool("Check-in scan query tool", capabilities={"read"}))
    # Writes the agent's corrections into the voyage manifest.
    update_tool = tm.add(tg.Tool("Manifest update tool", capabilities={"read", "write"}))
    # Sends the confirmed manifest to the single window.
    submit_tool = tm.add(
        tg.Tool(
            "Port authority submission tool",
            capabilities={"read", "send-messages"},
            controls={
                tg.controls.HumanInTheLoop(approver="duty port operations supervisor"),
                tg.controls.SecretsManagement(note="client certificate in the cloud key vault"),
            },
        )
    )
    # Working and submitted manifests per sailing.
    manifest_db = tm.add(
        tg.DataStore(
            "Voyage manifest database",
            stores={manifest, tool_log},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where the run starts and the supervisor reviews and confirms the manifest.
    console = tm.add(
        tg.Service(
            "Port operations console",
            controls={
                tg.controls.Authentication(method="company SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Operations office", trust="internal"):
    # Shore-side duty supervisor accountable for the sailing's manifest.
    supervisor = tm.add(tg.Actor("Port operations supervisor", role="duty supervisor"))

with tm.boundary("LLM vendor", trust="partner"):
    # Hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={tg.controls.SupplierAssessment(note="zero data retention terms")},
        )
    )

with tm.boundary("Port authority", trust="partner"):
    # The national maritime single window that receives manifests before departure.
    single_window = tm.add(tg.ExternalService("Maritime single window"))

# ---------------------------------------------------------------- flows
tm.flow(checkin_staff, handhelds, scans, label="ticket and registration scanned at the lane")
tm.flow(handhelds, checkin, scans, protocol="https")

tm.flow(supervisor, console, run_request, approval, protocol="https")
tm.flow(console, supervisor, manifest, discrepancies, protocol="https")
tm.flow(console, agent, run_request, protocol="https")
tm.flow(agent, console, manifest, discrepancies, protocol="https")

tm.flow(agent, llm, agent_context, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, booking_tool, booking_query)
tm.flow(booking_tool, reservations, booking_query)
tm.flow(reservations, booking_tool, bookings)
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, scan_tool, scan_query)
tm.flow(scan_tool, checkin, scan_query, protocol="https")
tm.flow(checkin, scan_tool, scans, protocol="https")
tm.flow(scan_tool, agent, scan_result)

tm.flow(agent, update_tool, corrections)
tm.flow(update_tool, manifest_db, manifest)
tm.flow(manifest_db, update_tool, manifest)
tm.flow(update_tool, agent, manifest)
tm.flow(agent, manifest_db, tool_log)

tm.flow(console, submit_tool, approval, protocol="https")
tm.flow(agent, submit_tool, submit_call)
tm.flow(manifest_db, submit_tool, manifest)
tm.flow(submit_tool, single_window, manifest, protocol="mtls")
tm.flow(single_window, submit_tool, ack, protocol="mtls")
tm.flow(submit_tool, agent, ack)
