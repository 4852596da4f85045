"""Marine pilot boarding schedule agent: the first design, before any security review.

The port authority's pilotage service lets an LLM agent schedule marine pilots.
Ships' agents order a pilot by e-mail to the pilotage mailbox or with a pilot order
message in the port community system (PCS). The agent, running in the port
authority's network on a hosted LLM, reads the order, looks up the ship's particulars
in a commercial vessel database, checks tide windows and pilots' rest-hour rules,
books a pilot and a pilot boat and replies the way the order came in. For ships
over 200 m the duty pilot-master approves the proposed schedule in the pilotage
console first; smaller ships are booked directly. Pilots see their jobs in a mobile
app that signs in with the port authority's SSO and MFA. PCS messages reach an
intake API with a per-partner API key, the vessel database key sits in the vault,
and the agent's steps are audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marine pilot boarding schedule agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that books marine pilots and pilot boats from ships' agents' orders.",
)

# ---------------------------------------------------------------- data assets
pilot_order = tg.Data(
    "Pilot order",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ship name, IMO number, ETA, draught, berth and the ship's agent's contact.",
)
prompt = tg.Data(
    "Scheduling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the order text, particulars, tide windows and pilot availability.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
vessel_query = tg.Data("Vessel lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
particulars = tg.Data(
    "Ship particulars",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Length overall, beam, draught, gross tonnage, thrusters; licensed data.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
check_call = tg.Data(
    "Tide and rest check call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
check_result = tg.Data(
    "Tide windows and pilot availability", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
roster = tg.Data(
    "Pilot roster and rest hours",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pilots' licences by ship size, shifts and hours worked and rested.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
tides = tg.Data("Tide windows", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
booking_call = tg.Data("Booking call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
booking_result = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
schedule = tg.Data(
    "Pilotage schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pilot and pilot-boat assignments with boarding times and positions.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
proposal = tg.Data(
    "Schedule proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Proposed pilot, boat and boarding time for a ship over 200 m.",
)
approval = tg.Data("Pilot-master approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
reply_call = tg.Data("Reply call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
reply = tg.Data("Order reply", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
job = tg.Data("Pilot job", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
job_ack = tg.Data("Job acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Ships' agents order pilots by e-mail from their own mail systems.
    ships_agent = tm.add(tg.Actor("Ship's agent", role="shipping agent"))

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Pilots see and acknowledge their jobs on issued phones.
    pilot_app = tm.add(
        tg.Device("Pilot mobile app", description="App on the pilots' port-issued phones.")
    )

with tm.boundary("Port community system", trust=tg.Trust.PARTNER):
    # The port's shared messaging platform, where agents also place pilot orders.
    pcs = tm.add(
        tg.ExternalService(
            "Port community system",
            description="Operated by the port community operator; relays pilot order messages.",
        )
    )

with tm.boundary("Vessel data vendor", trust=tg.Trust.PARTNER):
    # Commercial source of ship particulars.
    vessel_db = tm.add(
        tg.ExternalService("Commercial vessel database API", provides="data-provider")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor contract: no training on our data")},
        )
    )

with tm.boundary("Port authority network", trust=tg.Trust.INTERNAL):
    # Receives e-mail orders into the pilotage mailbox.
    mail = tm.add(tg.Service("Pilotage mail gateway"))
    # Receives PCS pilot order messages.
    intake = tm.add(
        tg.Endpoint(
            "Pilot order intake API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-partner API key")},
        )
    )
    # The LLM agent that turns an order into a booking and a reply.
    agent = tm.add(
        tg.Agent(
            "Pilot scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="duty pilot-master", above="ships over 200 m length overall"
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Looks up a ship by IMO number in the vessel database.
    vessel_tool = tm.add(
        tg.Tool(
            "Vessel particulars lookup",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="vendor API key in the vault")},
        )
    )
    # Checks tide windows and pilots' rest-hour rules.
    check_tool = tm.add(tg.Tool("Tide and rest-rule checker", capabilities={"read"}))
    # Books a pilot and a pilot boat.
    booking_tool = tm.add(tg.Tool("Pilot and boat booking", capabilities={"read", "write"}))
    # Sends the confirmation back by e-mail or PCS message.
    reply_tool = tm.add(tg.Tool("Order reply sender", capabilities={"send-messages"}))
    # Roster, rest hours and tide tables the checks work from.
    ops_db = tm.add(
        tg.DataStore("Pilotage operations database", stores={roster, tides}, controls={c.RBAC()})
    )
    # The booked pilot and boat jobs.
    schedule_db = tm.add(
        tg.DataStore("Pilotage schedule database", stores={schedule}, controls={c.RBAC()})
    )
    # Serves jobs to the pilots' app.
    pilot_api = tm.add(
        tg.Endpoint(
            "Pilot app backend",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="port authority SSO with MFA")},
        )
    )

with tm.boundary("Pilot station", trust=tg.Trust.INTERNAL):
    # Approves schedules for large ships in the pilotage console.
    pilot_master = tm.add(tg.Actor("Duty pilot-master", role="pilot-master", privileged=True))

# ---------------------------------------------------------------- flows
# orders in
tm.flow(ships_agent, mail, pilot_order, protocol="smtp", label="e-mail order")
tm.flow(mail, agent, pilot_order, protocol="imaps")
tm.flow(ships_agent, pcs, pilot_order, protocol="https", label="PCS order")
tm.flow(pcs, intake, pilot_order, protocol="https")
tm.flow(intake, agent, pilot_order)

# reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# ship particulars
tm.flow(agent, vessel_tool, vessel_query)
tm.flow(vessel_tool, vessel_db, vessel_query, protocol="https")
tm.flow(vessel_db, vessel_tool, particulars, protocol="https")
tm.flow(vessel_tool, agent, particulars)

# tide windows and rest rules
tm.flow(agent, check_tool, check_call)
tm.flow(ops_db, check_tool, roster, tides)
tm.flow(check_tool, agent, check_result)

# approval for ships over 200 m
tm.flow(agent, pilot_master, proposal, protocol="https", label="pilotage console")
tm.flow(pilot_master, agent, approval, protocol="https", label="pilotage console")

# booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, schedule_db, schedule)
tm.flow(schedule_db, booking_tool, schedule, label="pilot and boat availability")
tm.flow(booking_tool, agent, booking_result)

# replies
tm.flow(agent, reply_tool, reply_call)
tm.flow(reply_tool, mail, reply, protocol="smtp")
tm.flow(mail, ships_agent, reply, protocol="smtp")
tm.flow(reply_tool, pcs, reply, protocol="https")
tm.flow(pcs, ships_agent, reply, protocol="https")

# pilots' jobs
tm.flow(schedule_db, pilot_api, job)
tm.flow(pilot_api, pilot_app, job, protocol="https")
tm.flow(pilot_app, pilot_api, job_ack, protocol="https")
tm.flow(pilot_api, schedule_db, job_ack)
