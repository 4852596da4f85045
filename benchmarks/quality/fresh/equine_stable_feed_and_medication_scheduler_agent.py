"""Livery stable feed and medication scheduler: the first design, before any security review.

A large livery yard (about 120 horses, many owners) wants an LLM agent to plan the
daily feed and medication rounds. The agent runs in the yard's cloud account. It reads
vets' visit notes (e-mailed in by the visiting practices), each horse's record and the
instructions owners leave in the owner portal, asks a hosted LLM to draft the rounds,
and writes the plan back to the yard records. Grooms see their rounds on yard-owned
tablets and tick off each feed and dose. Through tools the agent orders feed, bedding
and supplements from the yard's merchant account and texts owners when a horse's plan
changes. Controls in this design: owners sign in to the portal with e-mail and
password, grooms with a personal PIN on enrolled tablets, medication changes wait for
the yard manager's approval, supply orders are capped per week on the merchant
account, the records database is encrypted by the cloud provider and access is by
role, and the agent's tool calls are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Livery stable feed and medication scheduler agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent planning feed and medication rounds, ordering supplies and "
    "messaging owners for a livery yard.",
)

# ---------------------------------------------------------------- data assets
owner_instructions = tg.Data(
    "Owner instructions",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Free-text notes from owners: feed changes, supplements, turnout, farrier.",
)
vet_notes = tg.Data(
    "Vets' visit notes",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Diagnoses, prescribed medicines, doses and withdrawal periods.",
)
horse_records = tg.Data(
    "Horse records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Feed charts, medication history, allergies, weight, passport number.",
)
owner_contacts = tg.Data("Owner contact details", sensitivity=tg.Sensitivity.PII, kind="records")
plan = tg.Data(
    "Feed and medication plan",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
prompt = tg.Data(
    "Planning prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, horse records, vets' notes and owner instructions.",
)
completion = tg.Data(
    "Draft plan and tool calls", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
records_call = tg.Data(
    "Records query or update", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
records_result = tg.Data(
    "Records lookup result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
order_call = tg.Data("Supply order request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
purchase_order = tg.Data("Purchase order", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
order_confirmation = tg.Data(
    "Order confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
message_call = tg.Data(
    "Owner notification request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
owner_message = tg.Data(
    "Plan-change text message", sensitivity=tg.Sensitivity.PII, kind="documents"
)
send_receipt = tg.Data(
    "Message delivery receipt", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
approval_request = tg.Data(
    "Medication change for approval", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
approval = tg.Data(
    "Medication change approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
round_sheets = tg.Data("Round sheets", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
round_log = tg.Data(
    "Round completion log",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Which groom gave which feed or dose, and when.",
)
portal_view = tg.Data("Horse plan summary", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Horse owners: leave instructions and read their horse's plan from home.
    owner = tm.add(tg.Actor("Horse owner", role="livery client"))

with tm.boundary("Vet practices", trust=tg.Trust.PARTNER):
    # The visiting equine practices e-mail visit notes to the yard inbox after each call.
    vet_mail = tm.add(
        tg.DataSource(
            "Vets' visit notes inbox",
            origin=tg.Origin.PARTNER,
            provides={vet_notes},
            description="Shared mailbox the agent reads; notes arrive as e-mail bodies and PDFs.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the rounds from the assembled context; the yard does not host a model.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Feed merchant", trust=tg.Trust.PARTNER):
    # Where feed, bedding and supplements are ordered on the yard's trade account.
    merchant = tm.add(tg.ExternalService("Feed merchant ordering API"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers text messages to owners' phones.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Yard cloud account", trust=tg.Trust.INTERNAL):
    # Owners' web portal: instructions in, plan summary out.
    portal = tm.add(
        tg.Endpoint(
            "Owner portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent that plans the rounds; medication changes wait for the yard manager.
    agent = tm.add(
        tg.Agent(
            "Rounds planner agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="yard manager",
                    note="only changes to medication; feed changes publish directly",
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Reads and writes horse records and the published plan for the agent.
    records_tool = tm.add(
        tg.Tool("Yard records tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Places supply orders on the merchant account.
    order_tool = tm.add(
        tg.Tool(
            "Supply ordering tool",
            capabilities={"write", "network-egress", "money-movement"},
            origin="first-party",
            controls={
                c.TransactionLimits(limit="GBP 1,500 per week on the yard's merchant account")
            },
        )
    )
    # Texts owners when their horse's plan changes.
    message_tool = tm.add(
        tg.Tool(
            "Owner messaging tool",
            capabilities={"send-messages", "network-egress"},
            origin="first-party",
        )
    )
    # System of record for horses, owners, plans and what was actually given.
    records_db = tm.add(
        tg.DataStore(
            "Yard records database",
            stores={horse_records, owner_contacts, owner_instructions, plan, round_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys"), c.RBAC()},
        )
    )
    # Serves round sheets to the tablets and takes back completed doses.
    rounds_api = tm.add(
        tg.Endpoint(
            "Rounds API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-groom PIN on enrolled yard tablets")},
        )
    )

with tm.boundary("Yard premises", trust=tg.Trust.INTERNAL):
    # Yard-owned tablets on the stable Wi-Fi, one per barn.
    tablets = tm.add(tg.Device("Groom tablets", fleet=True))
    # Grooms do the rounds and tick off each feed and dose.
    groom = tm.add(tg.Actor("Groom", role="yard staff"))
    # Approves medication changes and runs the yard.
    manager = tm.add(tg.Actor("Yard manager", role="yard manager", privileged=True))

# ---------------------------------------------------------------- flows
# Owners
tm.flow(owner, portal, owner_instructions, protocol="https")
tm.flow(portal, owner, portal_view, protocol="https")
tm.flow(portal, records_db, owner_instructions)
tm.flow(records_db, portal, portal_view)

# Inputs to the agent
tm.flow(vet_mail, agent, vet_notes, protocol="https", label="reads new visit notes")

# Agent and model
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Records tool
tm.flow(agent, records_tool, records_call)
tm.flow(records_tool, records_db, records_call, plan)
tm.flow(records_db, records_tool, horse_records, owner_instructions, owner_contacts)
tm.flow(records_tool, agent, records_result)

# Supply orders
tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, merchant, purchase_order, protocol="https")
tm.flow(merchant, order_tool, order_confirmation, protocol="https")
tm.flow(order_tool, agent, order_confirmation)

# Owner messages
tm.flow(agent, message_tool, message_call)
tm.flow(message_tool, sms, owner_message, protocol="https")
tm.flow(sms, message_tool, send_receipt, protocol="https")
tm.flow(message_tool, agent, send_receipt)
tm.flow(sms, owner, owner_message, label="SMS")

# Medication approval
tm.flow(agent, manager, approval_request, label="approval request in the yard app")
tm.flow(manager, agent, approval)

# Rounds on the tablets
tm.flow(records_db, rounds_api, round_sheets)
tm.flow(rounds_api, tablets, round_sheets, protocol="https")
tm.flow(tablets, rounds_api, round_log, protocol="https")
tm.flow(rounds_api, records_db, round_log)
tm.flow(tablets, groom, round_sheets)
tm.flow(groom, tablets, round_log, label="ticks off feeds and doses")
