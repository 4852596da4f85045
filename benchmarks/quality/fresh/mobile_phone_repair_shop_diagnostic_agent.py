"""In-store phone diagnostic agent: the first design, before any security review.

A European phone repair chain gives its technicians a diagnostic agent. In the shop
a technician plugs the customer's phone into a diagnostic workstation (a Windows PC
running the diagnostic suite over USB), which collects the device logs and test
results and sends them with the job notes to the repair platform in the chain's
cloud. There an LLM agent, backed by a hosted model, reads the logs, looks up parts
and prices in the parts catalogue, drafts a repair quote on the repair ticket, orders
parts from the supplier's API and texts the quote to the customer through an SMS
gateway. Technicians sign in to the platform with the chain's SSO; the agent is
supervised: orders above GBP 100 wait for the technician's approval on the
workstation, and each order is capped by the supplier account. The agent stops after
20 steps, the supplier API key is held in the platform's vault, and ticket data is
encrypted at rest. Quotes are texted without a person checking them.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Phone repair diagnostic agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent that diagnoses phones in store, orders parts and texts quotes.",
)

# ---------------------------------------------------------------- data assets
device_logs = tg.Data(
    "Device logs and test results",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="System logs, crash reports, battery and sensor tests; include IMEI, "
    "account names and app names from the customer's phone.",
)
test_commands = tg.Data("Diagnostic test commands", kind="instructions", sensitivity="internal")
job_notes = tg.Data(
    "Job notes",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Fault described by the customer, customer name and mobile number.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
parts_query = tg.Data("Parts lookup call", kind="tool-call", sensitivity="internal")
parts_prices = tg.Data("Parts and prices", kind="tool-result", sensitivity="internal")
catalogue = tg.Data("Parts catalogue", kind="records", sensitivity="internal")
ticket = tg.Data(
    "Repair ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, mobile number, device model and IMEI, diagnosis and quote.",
)
quote = tg.Data("Repair quote", kind="model-output", sensitivity=tg.Sensitivity.PII)
order_call = tg.Data("Parts order call", kind="tool-call", sensitivity="confidential")
order = tg.Data("Parts order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
order_confirmation = tg.Data("Order confirmation", kind="tool-result", sensitivity="confidential")
order_approval = tg.Data("Order approval", kind="records", sensitivity="internal")
sms_call = tg.Data("Send quote call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
quote_sms = tg.Data("Quote text message", kind="documents", sensitivity=tg.Sensitivity.PII)
sms_status = tg.Data("SMS delivery status", kind="tool-result", sensitivity="internal")

# ---------------------------------------------------------------- elements
with tm.boundary("Customers", trust=tg.Trust.UNTRUSTED):
    # The phone's owner; receives the quote by text message.
    customer = tm.add(tg.Actor("Customer", role="customer"))
    # Whatever phone walks in: its logs and app data are outside our control.
    phone = tm.add(
        tg.Device("Customer phone", description="Any make and model, any installed apps.")
    )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Connects the phone, runs tests, confirms the diagnosis and approves orders.
    technician = tm.add(tg.Actor("Technician", role="repair technician"))
    # Windows PC in each shop running the diagnostic suite and the repair platform client.
    workstation = tm.add(
        tg.Device(
            "Diagnostic workstation",
            description="Windows PC; reads the phone over USB and runs the platform client.",
        )
    )

with tm.boundary("Repair platform cloud", trust=tg.Trust.INTERNAL):
    # The platform API the workstation client talks to.
    repair_api = tm.add(
        tg.Endpoint(
            "Repair platform API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="chain staff SSO (OIDC) with MFA")},
        )
    )
    # Reads logs, picks parts, drafts quotes, orders parts and texts customers.
    agent = tm.add(
        tg.Agent(
            "Diagnostic agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the technician", above="GBP 100 per order"),
                c.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Looks up compatible parts, stock and retail prices for a device model.
    parts_tool = tm.add(tg.Tool("Parts lookup tool", capabilities={"read"}))
    # The chain's catalogue of parts, supplier costs and retail repair prices.
    parts_catalogue = tm.add(tg.DataStore("Parts catalogue", stores={catalogue}))
    # Open and past repair tickets with the customer's contact details and quotes.
    ticket_db = tm.add(
        tg.DataStore(
            "Repair ticket database",
            stores={ticket},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Places parts orders on the chain's trade account with the supplier.
    order_tool = tm.add(
        tg.Tool(
            "Parts ordering tool",
            capabilities={"write", "money-movement"},
            controls={
                c.SecretsManagement(note="supplier API key in the platform vault"),
                c.TransactionLimits(limit="GBP 500 per order"),
            },
        )
    )
    # Sends the drafted quote to the customer's mobile number.
    sms_tool = tm.add(tg.Tool("SMS quote tool", capabilities={"send-messages"}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model behind the agent's reasoning.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Parts supplier", trust=tg.Trust.PARTNER):
    # The supplier's ordering API for the chain's trade account.
    supplier_api = tm.add(tg.ExternalService("Supplier ordering API"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway that delivers the quote texts.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
tm.flow(phone, workstation, device_logs, protocol="usb")
tm.flow(workstation, phone, test_commands, protocol="usb")
tm.flow(technician, workstation, job_notes, order_approval)
tm.flow(workstation, technician, quote)
tm.flow(workstation, repair_api, device_logs, job_notes, order_approval, protocol="https")
tm.flow(repair_api, workstation, quote, protocol="https")

tm.flow(repair_api, agent, device_logs, job_notes, order_approval)
tm.flow(agent, repair_api, quote)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, parts_tool, parts_query)
tm.flow(parts_tool, agent, parts_prices)
tm.flow(parts_tool, parts_catalogue, parts_query, label="catalogue query")
tm.flow(parts_catalogue, parts_tool, catalogue)

tm.flow(agent, ticket_db, ticket, label="writes diagnosis and quote")
tm.flow(ticket_db, agent, ticket)

tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, agent, order_confirmation)
tm.flow(order_tool, supplier_api, order, protocol="https")
tm.flow(supplier_api, order_tool, order_confirmation, protocol="https")

tm.flow(agent, sms_tool, sms_call)
tm.flow(sms_tool, agent, sms_status)
tm.flow(sms_tool, sms_gateway, quote_sms, protocol="https")
tm.flow(sms_gateway, sms_tool, sms_status, protocol="https")
tm.flow(sms_gateway, customer, quote_sms, protocol="sms")
