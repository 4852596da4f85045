"""Commercial beekeeper: pollination contract and hive move agent (first design).

A commercial bee farm of about 2,000 colonies rents hives to growers (apple and
pear orchards, oilseed rape, soft fruit) for the pollination season. Growers
e-mail their requests (crop, acreage, bloom dates, field maps) to the office
mailbox; an LLM agent in the farm's cloud tenant reads them, checks the apiary
and hive register for free colonies, drafts the pollination contract with a fee
per hive, plans the night moves of hives onto and off the farms, and texts the
grower and the move crew. The office manager works with the agent through a web
console (Google Workspace sign-in with 2-step verification) and approves every
contract before it goes to the e-signature service; move plans are booked by the
agent straight onto the crew's phones. A partner's spray notification feed tells
the agent when growers plan to spray near placed hives. The language model is a
vendor's hosted API reached over TLS; the databases use the cloud provider's
encryption at rest, and the agent's tool calls are logged.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Pollination contract and hive move agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that drafts pollination contracts and books hive moves for a bee farm.",
)

# ---------------------------------------------------------------- data assets
grower_request = tg.Data(
    "Grower pollination request e-mail",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Free-text e-mail from a farmer, often with a field map attached.",
)
office_task = tg.Data(
    "Office manager instructions", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)
prompt = tg.Data(
    "Agent prompt with request and hive context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
contract = tg.Data(
    "Pollination contract",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Grower, fields, hive count, strength standard, dates and fee per hive.",
)
signed_contract = tg.Data(
    "Signed pollination contract", sensitivity=tg.Sensitivity.PII, kind="documents"
)
grower_records = tg.Data(
    "Grower and contract records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
)
apiary_register = tg.Data(
    "Apiary locations and hive counts",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="GPS of every holding yard and placed apiary, colonies per site; hive theft is common.",
)
move_plan = tg.Data(
    "Hive move plan",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Night moves: pick-up yard, drop field, gate codes, hive count, truck.",
)
move_confirmation = tg.Data(
    "Move confirmation",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Hives actually dropped, drop location and time, reported by the crew lead.",
)
spray_notice = tg.Data("Spray notifications", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
text_message = tg.Data("Grower and crew text messages", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Agent tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmers who rent hives; anyone can e-mail the office mailbox.
    grower = tm.add(tg.Actor("Grower", role="farm manager"))

with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # The crew lead who drives the night moves and confirms drops.
    crew_lead = tm.add(tg.Actor("Move crew lead", role="beekeeper"))
    # Company Android phones running the crew app over the mobile network.
    crew_app = tm.add(
        tg.Device(
            "Crew phone app",
            description="Shows the night's moves and sends back drop confirmations.",
            controls={c.Authentication(method="each crew member's own account with password")},
        )
    )

with tm.boundary("Bee farm office", trust=tg.Trust.INTERNAL):
    # Runs contracts and the season plan; approves every contract.
    office_manager = tm.add(tg.Actor("Office manager", role="office manager"))

with tm.boundary("Farm cloud tenant", trust=tg.Trust.INTERNAL):
    # Polls the office mailbox and hands new grower e-mails to the agent.
    mail_intake = tm.add(tg.Service("Mailbox intake service"))
    # Where the office manager gives the agent tasks and approves contracts.
    console = tm.add(
        tg.Endpoint(
            "Office console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace SSO with 2-step verification")},
        )
    )
    # Reads requests, plans placements and moves, drafts contracts, messages people.
    agent = tm.add(
        tg.Agent(
            "Pollination agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.AuditLogging(note="every tool call and its arguments")},
        )
    )
    # Writes contract drafts; a draft goes to e-signature only after approval.
    contract_tool = tm.add(
        tg.Tool(
            "Contract drafting tool",
            capabilities={"read", "write", "network-egress"},
            controls={
                c.HumanInTheLoop(
                    approver="office manager",
                    note="every contract and fee is approved in the console before sending",
                )
            },
        )
    )
    # Books hive moves and pushes them to the crew app; no approval step.
    move_tool = tm.add(tg.Tool("Hive move scheduling tool", capabilities={"read", "write"}))
    # Sends texts to growers (placement dates) and to the crew (move reminders).
    messaging_tool = tm.add(tg.Tool("Messaging tool", capabilities={"send-messages"}))
    # Growers, contracts, invoices-to-raise.
    contract_db = tm.add(
        tg.DataStore(
            "Grower and contract database",
            stores={grower_records, contract, signed_contract},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where every colony is: holding yards, placed apiaries, move history.
    hive_register = tm.add(
        tg.DataStore(
            "Apiary and hive register",
            stores={apiary_register, move_plan, move_confirmation},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-signature provider", trust=tg.Trust.PARTNER):
    # Sends approved contracts to growers for signature and returns the signed copy.
    esign = tm.add(tg.ExternalService("E-signature service"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the texts the messaging tool sends.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Spray notification service", trust=tg.Trust.PARTNER):
    # Growers and spray contractors post planned pesticide applications here.
    spray_feed = tm.add(
        tg.DataSource("Spray notice feed", origin=tg.Origin.PARTNER, provides={spray_notice})
    )

# ---------------------------------------------------------------- flows
tm.flow(grower, mail_intake, grower_request, protocol="smtp")
tm.flow(mail_intake, agent, grower_request)

tm.flow(office_manager, console, office_task, protocol="https")
tm.flow(console, agent, office_task)
tm.flow(agent, console, contract, label="contract drafts for approval")
tm.flow(console, office_manager, contract, protocol="https")
tm.flow(office_manager, console, office_task, protocol="https", label="approves contract")
tm.flow(console, contract_tool, office_task, label="approval")

tm.flow(agent, llm, prompt, protocol="https", controls={c.EncryptionInTransit(protocol="TLS 1.2+")})
tm.flow(
    llm, agent, completion, protocol="https", controls={c.EncryptionInTransit(protocol="TLS 1.2+")}
)

tm.flow(spray_feed, agent, spray_notice, protocol="https", label="hourly poll")

tm.flow(agent, contract_tool, tool_call, contract)
tm.flow(contract_tool, agent, tool_result)
tm.flow(contract_tool, contract_db, contract)
tm.flow(contract_db, contract_tool, grower_records)
tm.flow(contract_tool, esign, contract, protocol="https", label="approved contract")
tm.flow(esign, grower, contract, protocol="https")
tm.flow(grower, esign, signed_contract, protocol="https")
tm.flow(esign, contract_tool, signed_contract, protocol="https", label="completion webhook")

tm.flow(agent, move_tool, tool_call, move_plan)
tm.flow(move_tool, agent, tool_result, apiary_register)
tm.flow(hive_register, move_tool, apiary_register)
tm.flow(move_tool, hive_register, move_plan)
tm.flow(move_tool, crew_app, move_plan, protocol="https", label="push tonight's moves")
tm.flow(crew_app, crew_lead, move_plan)
tm.flow(crew_lead, crew_app, move_confirmation)
tm.flow(crew_app, move_tool, move_confirmation, protocol="https")

tm.flow(agent, messaging_tool, tool_call, text_message)
tm.flow(messaging_tool, sms_gateway, text_message, protocol="https")
tm.flow(sms_gateway, grower, text_message, protocol="sms")
tm.flow(sms_gateway, crew_lead, text_message, protocol="sms")
