"""Harbour pilotage boarding schedule agent: the first design, before any security review.

The port authority's pilotage service puts a marine pilot aboard every large ship
entering or leaving the harbour. Ship agents request pilots and update ETAs in the
pilotage booking portal (one e-mail and password account per agency). An LLM agent,
running on the port's operations network and calling a vendor-hosted model, reads
vessel positions from a commercial AIS feed, tide predictions from the hydrographic
office and the pilot roster, and proposes boarding times and pilot assignments. The
duty pilotage dispatcher approves new assignments in a console (port SSO with MFA);
revised times for an approved boarding go out automatically. The agent's notification
tool sends boarding times by SMS to pilots and by e-mail to ship agents through a
messaging provider, and pilots acknowledge by replying to the SMS. The booking system
refuses a pilot whose licence class is below the ship's size; the agent's steps are
logged and capped per run.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Harbour pilotage boarding schedule agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that schedules pilot boardings from AIS, tides and rosters, "
    "and notifies pilots and ship agents.",
)

# ---------------------------------------------------------------- data assets
pilot_request = tg.Data(
    "Pilot request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vessel, ETA, draught, length, berth and the agency's contact.",
)
booking_status = tg.Data("Booking status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
bookings = tg.Data(
    "Pilotage bookings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Requests, ETAs, assigned pilots and boarding times.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
ais = tg.Data(
    "AIS vessel positions",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Position, speed, heading and reported destination of ships in the approaches.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tides = tg.Data(
    "Tide predictions",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
roster = tg.Data(
    "Pilot roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pilots' shifts, rest hours, licence classes and mobile numbers.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Scheduling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, open bookings, positions, tides and roster extracts.",
)
completion = tg.Data("Agent model reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
proposed = tg.Data(
    "Proposed boarding schedule", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval = tg.Data("Dispatcher schedule approval", kind="records")
notice = tg.Data(
    "Boarding time notice",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vessel, boarding time and boarding position; to pilots also the launch.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ack = tg.Data("Pilot acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shipping agencies acting for the vessel's owners; they request pilots.
    ship_agent = tm.add(tg.Actor("Ship agent", role="shipping agency staff"))

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Pilots get their boarding times on their mobile phones, on and off duty.
    pilot = tm.add(tg.Actor("Marine pilot", role="marine pilot"))

with tm.boundary("Data providers", trust=tg.Trust.PARTNER):
    # Commercial terrestrial and satellite AIS aggregator.
    ais_feed = tm.add(tg.DataSource("AIS position feed", origin=tg.Origin.VENDOR, provides={ais}))
    # Harmonic tide predictions for the port's gauges, updated yearly.
    tide_source = tm.add(
        tg.DataSource("Hydrographic office tide tables", origin=tg.Origin.VENDOR, provides={tides})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that plans the agent's steps.
    llm = tm.add(
        tg.LLM(
            "Hosted planning LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.SupplierAssessment(note="port procurement vendor review")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # SMS and e-mail gateway; posts SMS replies back to us.
    gateway = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Port DMZ", trust=tg.Trust.INTERNAL):
    # Existing portal where agencies book pilots and see booking status.
    portal = tm.add(
        tg.Endpoint(
            "Pilotage booking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password per agency account"),
                tg.controls.InputValidation(),
            },
        )
    )

with tm.boundary("Port operations network", trust=tg.Trust.INTERNAL):
    # System of record for pilotage bookings and assignments.
    booking_db = tm.add(tg.DataStore("Pilotage booking system", stores={bookings}))
    # Existing rostering system: shifts, rest hours, licence classes.
    roster_db = tm.add(
        tg.DataStore("Pilot roster system", stores={roster}, controls={tg.controls.RBAC()})
    )
    # The scheduler: reads the situation, proposes and revises boardings.
    agent = tm.add(
        tg.Agent(
            "Boarding schedule agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the duty pilotage dispatcher",
                    note="new assignments; revised times for an approved boarding "
                    "are sent automatically",
                ),
                tg.controls.AuditLogging(retention_days=365),
                tg.controls.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Reads AIS positions and tide predictions for a vessel and time window.
    traffic_tool = tm.add(tg.Tool("Vessel and tide lookup tool", capabilities={"read"}))
    # Reads which pilots are on shift, rested and licensed for a ship size.
    roster_tool = tm.add(tg.Tool("Roster lookup tool", capabilities={"read"}))
    # Reads open requests and writes boarding times and pilot assignments.
    booking_tool = tm.add(
        tg.Tool(
            "Boarding assignment tool",
            capabilities={"read", "write"},
            controls={
                tg.controls.PolicyEnforcement(
                    rules="booking system rejects a pilot whose licence class is below "
                    "the vessel's length and draught"
                )
            },
        )
    )
    # Sends boarding time notices through the messaging provider.
    notify_tool = tm.add(tg.Tool("Boarding notification tool", capabilities={"send-messages"}))
    # Where the dispatcher reviews and approves the agent's proposals.
    console = tm.add(
        tg.Endpoint(
            "Dispatcher console",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="port SSO (OIDC) with MFA")},
        )
    )
    # Duty officer in the pilot station who owns the day's schedule.
    dispatcher = tm.add(tg.Actor("Duty pilotage dispatcher", role="pilotage dispatcher"))

# ---------------------------------------------------------------- flows
tm.flow(ship_agent, portal, pilot_request, protocol="https", label="requests pilot, updates ETA")
tm.flow(portal, ship_agent, booking_status, protocol="https")
tm.flow(portal, booking_db, pilot_request)
tm.flow(booking_db, portal, booking_status)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, traffic_tool, tool_call)
tm.flow(traffic_tool, agent, tool_result)
tm.flow(ais_feed, traffic_tool, ais, protocol="https")
tm.flow(tide_source, traffic_tool, tides, protocol="https")

tm.flow(agent, roster_tool, tool_call)
tm.flow(roster_tool, agent, tool_result)
tm.flow(roster_db, roster_tool, roster)

tm.flow(agent, booking_tool, tool_call)
tm.flow(booking_tool, agent, tool_result)
tm.flow(booking_db, booking_tool, bookings, label="open requests")
tm.flow(booking_tool, booking_db, bookings, label="boarding assignments")

tm.flow(agent, console, proposed, label="proposed schedule")
tm.flow(console, dispatcher, proposed, protocol="https")
tm.flow(dispatcher, console, approval, protocol="https", label="approves or edits")
tm.flow(console, agent, approval)

tm.flow(agent, notify_tool, tool_call)
tm.flow(notify_tool, gateway, notice, protocol="https")
tm.flow(gateway, pilot, notice, protocol="sms")
tm.flow(gateway, ship_agent, notice, protocol="smtp+starttls")
tm.flow(pilot, gateway, ack, protocol="sms", label="SMS reply")
tm.flow(gateway, agent, ack, protocol="https", label="inbound SMS webhook")
