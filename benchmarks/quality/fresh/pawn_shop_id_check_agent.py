"""Pawn shop ID check agent: the first design, before any security review.

A UK pawnbroker chain puts an LLM agent on the counter tablet in every shop to take
new customers through onboarding. Staff open a session on the tablet; the agent
photographs the customer's photo ID and reads it with a third-party OCR service,
screens the customer against the sanctions list through a screening provider and
checks each pledged item's serial number against the police stolen goods database.
It records the item with its photos in the chain's pledge database and drafts the
loan agreement; the shop manager reads and signs it on the tablet before the loan
is made. The signed agreement and, later, redemption reminders go to the customer
by SMS through a messaging gateway. The agent and database run in the chain's cloud
account; the LLM is a hosted model API. Controls in this design: staff sign in to
the tablet app, the manager signs each agreement, the database is encrypted,
pledge writes are logged, and the LLM vendor was assessed under a data agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pawn shop ID check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Counter-tablet LLM agent for customer ID checks, pledges and loan agreements.",
)

# ---------------------------------------------------------------- data assets
id_photo = tg.Data(
    "Photo ID image",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
id_fields = tg.Data("Extracted ID fields", kind="tool-result", sensitivity=tg.Sensitivity.PII)
answers = tg.Data(
    "Counter conversation",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the customer and staff type or say at the tablet.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_output = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
sanctions_query = tg.Data(
    "Sanctions screening request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
sanctions_result = tg.Data(
    "Sanctions screening result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
item_query = tg.Data(
    "Item serial lookup", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
item_result = tg.Data(
    "Stolen goods lookup result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
item_photos = tg.Data("Pledged item photos", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
pledge_call = tg.Data(
    "Pledge record and draft agreement",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Customer details, item description, valuation, loan amount and terms.",
)
signature = tg.Data("Manager signature", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
records = tg.Data(
    "Customer and pledge records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
agreement = tg.Data("Loan agreement", kind="documents", sensitivity=tg.Sensitivity.PII)
sms = tg.Data("Agreement link and reminder SMS", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop floor", trust=tg.Trust.UNTRUSTED):
    # The person pledging an item; not yet known to the chain.
    customer = tm.add(tg.Actor("Customer", role="walk-in customer"))

with tm.boundary("Shop", trust=tg.Trust.INTERNAL):
    # Reviews and signs every loan agreement.
    manager = tm.add(tg.Actor("Shop manager", role="shop manager"))
    # Managed tablet at the counter running the onboarding app and its camera.
    tablet = tm.add(
        tg.Device(
            "Counter tablet",
            description="Managed tablet app; staff sign in before a session starts.",
            controls={c.Authentication(method="staff username and PIN")},
        )
    )

with tm.boundary("Chain cloud account", trust=tg.Trust.INTERNAL):
    # Conducts the onboarding conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Onboarding agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Orchestrates ID reading, screening, item recording and drafting.",
        )
    )
    # Screens a name and date of birth against the sanctions list.
    sanctions_tool = tm.add(tg.Tool("Sanctions check tool", capabilities={"read"}))
    # Looks up an item's serial number in the police database.
    stolen_tool = tm.add(tg.Tool("Stolen goods check tool", capabilities={"read"}))
    # Writes the customer, the item and the draft agreement; issues it once signed.
    pledge_tool = tm.add(
        tg.Tool(
            "Pledge recording tool",
            capabilities={"read", "write"},
            controls={
                c.HumanInTheLoop(approver="shop manager signs the agreement on the tablet"),
                c.AuditLogging(),
            },
        )
    )
    # Sends the signed agreement link to the customer's phone.
    sms_tool = tm.add(tg.Tool("SMS send tool", capabilities={"send-messages"}))
    # System of record for customers, pledges, ID images and agreements.
    db = tm.add(
        tg.DataStore(
            "Pledge database",
            stores={records, id_photo, item_photos, agreement},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Daily job that texts customers whose redemption date is near.
    reminders = tm.add(tg.Service("Daily reminder job"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="data processing agreement, no training on inputs")
            },
        )
    )

with tm.boundary("Service providers", trust=tg.Trust.PARTNER):
    # Reads the printed fields of passports and driving licences.
    ocr = tm.add(tg.ExternalService("ID OCR service"))
    # Commercial sanctions list screening API.
    sanctions_provider = tm.add(
        tg.ExternalService("Sanctions screening provider", provides="data-provider")
    )
    # Police national database of reported stolen property.
    police_db = tm.add(tg.ExternalService("Police stolen goods database", provides="data-provider"))
    # Bulk SMS gateway.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
# at the counter
tm.flow(customer, tablet, answers, id_photo, item_photos, label="at the counter")
tm.flow(tablet, customer, agent_reply, label="at the counter")
tm.flow(tablet, agent, answers, id_photo, item_photos, protocol="https")
tm.flow(agent, tablet, agent_reply, agreement, protocol="https")

# the agent and its model
tm.flow(agent, llm, llm_prompt, id_fields, sanctions_result, item_result, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

# identity document
tm.flow(agent, ocr, id_photo, protocol="https")
tm.flow(ocr, agent, id_fields, protocol="https")

# sanctions screening
tm.flow(agent, sanctions_tool, sanctions_query)
tm.flow(sanctions_tool, sanctions_provider, sanctions_query, protocol="https")
tm.flow(sanctions_provider, sanctions_tool, sanctions_result, protocol="https")
tm.flow(sanctions_tool, agent, sanctions_result)

# stolen goods check
tm.flow(agent, stolen_tool, item_query)
tm.flow(stolen_tool, police_db, item_query, protocol="https")
tm.flow(police_db, stolen_tool, item_result, protocol="https")
tm.flow(stolen_tool, agent, item_result)

# pledge, agreement and manager signature
tm.flow(agent, pledge_tool, pledge_call, id_photo, item_photos)
tm.flow(pledge_tool, db, records, id_photo, item_photos, agreement, protocol="postgres")
tm.flow(pledge_tool, agent, agreement)
tm.flow(manager, tablet, signature, label="signs on the tablet")
tm.flow(tablet, pledge_tool, signature, protocol="https")

# messages to the customer
tm.flow(agent, sms_tool, sms)
tm.flow(sms_tool, sms_gateway, sms, protocol="https")
tm.flow(db, reminders, records, protocol="postgres")
tm.flow(reminders, sms_gateway, sms, protocol="https")
tm.flow(sms_gateway, customer, sms, protocol="sms")
