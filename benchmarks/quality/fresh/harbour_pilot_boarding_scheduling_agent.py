"""Harbour pilot boarding scheduling agent: the first design, before any security review.

The port authority's pilotage department uses an LLM agent to put marine pilots on
arriving and departing ships. Shipping agents e-mail pre-arrival notices and ETA
updates to the port call inbox; the agent reads them, checks ETAs against the
vessel traffic system, tide windows against the tide tables and each pilot's rest
hours in the rostering system, and proposes a boarding roster. It books pilot boats
in the boat dispatch system itself, and records each ship's details (IMO number,
gross tonnage, draught, agent) in the port call register. The duty pilot master
approves the roster in the rostering system before pilots see it. The billing
system invoices pilotage fees to the shipping agents from the port call register.
The agent runs in the port's network and calls a hosted LLM over HTTPS; staff sign
in with the port's SSO, and the agent's tool calls are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Harbour pilot boarding scheduling agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "An LLM agent that rosters marine pilots onto ship movements, books pilot "
        "boats and records ship details for pilotage billing."
    ),
)

# ---------------------------------------------------------------- data assets
agent_messages = tg.Data(
    "Shipping agent messages",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pre-arrival notices, ETA and ETD updates and ship particulars, by e-mail.",
)
traffic = tg.Data(
    "Vessel traffic data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="AIS positions, ETAs and berth plans from the vessel traffic system.",
)
tides = tg.Data("Tide predictions", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
rest_hours = tg.Data(
    "Pilot rest hours and availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
lookup_query = tg.Data(
    "Traffic and tide query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
lookup_result = tg.Data(
    "Traffic and tide lookup result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data(
    "Scheduling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the messages, lookup results and pilots' rest hours.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
roster_call = tg.Data("Roster tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
roster = tg.Data(
    "Proposed boarding roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
roster_approval = tg.Data("Roster approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
boat_booking = tg.Data("Pilot boat booking", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
booking_confirmation = tg.Data(
    "Boat booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
ship_details = tg.Data(
    "Port call ship details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="IMO number, gross tonnage, draught, movement and the agent to invoice.",
)
invoice = tg.Data("Pilotage invoice", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Ship operators' local agents: announce calls and pay the pilotage fees.
    shipping_agent = tm.add(tg.Actor("Shipping agent", role="ship's agent"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Port authority network", trust=tg.Trust.INTERNAL):
    # Mailbox the shipping agents write to; the agent's main source of movements.
    inbox = tm.add(tg.DataStore("Port call inbox", stores={agent_messages}))
    # Published tide tables, loaded once a year from the hydrographic office.
    tide_tables = tm.add(tg.DataSource("Tide tables", origin=tg.Origin.VENDOR, provides={tides}))
    # The scheduler itself.
    agent = tm.add(
        tg.Agent(
            "Pilot scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Plans pilot boardings from ship movements, tides and pilots' rest hours.",
            controls={
                c.HumanInTheLoop(
                    approver="duty pilot master",
                    note="the roster is approved before pilots see it; boat bookings and ship details are not",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Read-only lookups of ETAs in the VTS and tide windows.
    lookup_tool = tm.add(tg.Tool("Traffic and tide lookup", capabilities={"read"}))
    # Reads rest hours and writes the proposed roster for approval.
    roster_tool = tm.add(tg.Tool("Roster tool", capabilities={"read", "write"}))
    # Books pilot boats for each boarding.
    boat_tool = tm.add(tg.Tool("Pilot boat booking tool", capabilities={"write"}))
    # Writes the ship details the agent extracted from the messages.
    register_tool = tm.add(tg.Tool("Port call register tool", capabilities={"write"}))
    # Pilots' rosters, rest hours and the duty pilot master's approvals.
    rostering = tm.add(
        tg.DataStore(
            "Pilot rostering system",
            stores={rest_hours, roster},
            controls={c.Authentication(method="port SSO"), c.RBAC()},
        )
    )
    # Assigns the booked pilot boats and their crews.
    boat_dispatch = tm.add(tg.Service("Pilot boat dispatch system"))
    # Record of each port call, the basis of pilotage invoices.
    port_call_register = tm.add(tg.DataStore("Port call register", stores={ship_details}))
    # Invoices the pilotage fees.
    billing = tm.add(tg.Service("Port billing system"))
    # Approves the roster proposed by the agent.
    pilot_master = tm.add(tg.Actor("Duty pilot master", role="pilot master"))

    with tm.boundary("VTS network", trust=tg.Trust.RESTRICTED):
        # The vessel traffic system: live positions and ETAs.
        vts = tm.add(tg.Service("Vessel traffic system"))

# ---------------------------------------------------------------- flows
tm.flow(shipping_agent, inbox, agent_messages, protocol="smtp+starttls")
tm.flow(inbox, agent, agent_messages, protocol="imaps")

tm.flow(agent, lookup_tool, lookup_query)
tm.flow(vts, lookup_tool, traffic, protocol="https")
tm.flow(tide_tables, lookup_tool, tides)
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, roster_tool, roster_call)
tm.flow(rostering, roster_tool, rest_hours, protocol="https")
tm.flow(roster_tool, agent, rest_hours)
tm.flow(roster_tool, rostering, roster, protocol="https")
tm.flow(rostering, pilot_master, roster, protocol="https")
tm.flow(pilot_master, rostering, roster_approval, protocol="https")

tm.flow(agent, boat_tool, boat_booking)
tm.flow(boat_tool, boat_dispatch, boat_booking, protocol="https")
tm.flow(boat_dispatch, boat_tool, booking_confirmation, protocol="https")
tm.flow(boat_tool, agent, booking_confirmation)

tm.flow(agent, register_tool, ship_details)
tm.flow(register_tool, port_call_register, ship_details)
tm.flow(port_call_register, billing, ship_details)
tm.flow(billing, shipping_agent, invoice, protocol="smtp+starttls")
