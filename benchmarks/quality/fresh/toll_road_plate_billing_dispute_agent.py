"""Toll road plate billing dispute agent: the first design, before any security review.

Our toll road charges drivers who have no transponder by reading their number
plate on gantry cameras. An ANPR model reads each plate, the billing system
asks the national vehicle register for the registered keeper and a mailing
house posts the invoice. Drivers who dispute an invoice chat with an LLM agent
on our website after entering the invoice reference and their plate. The agent
runs in our data centre, calls a hosted LLM, pulls up the trip images and the
invoice through two tools and may waive or reduce a charge up to GBP 100 per
invoice on its own; anything larger goes as a case to the back-office team,
who decide it in the case queue. Chats are kept as transcripts. Controls in
this design: TLS on the public chat and on partner links, a rate limit on the
chat API, the per-invoice cap and back-office approval above it, audit logs
of the agent's tool calls, and encrypted, role-restricted image storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Toll road plate billing dispute agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that answers drivers' toll invoice disputes and can waive small charges.",
)

# ---------------------------------------------------------------- data assets
trip_images = tg.Data(
    "Gantry trip images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Plate close-up and overview image of each passage, with time and gantry.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
plate_reads = tg.Data("Plate reads", kind="records", sensitivity=tg.Sensitivity.PII)
keeper_query = tg.Data("Keeper enquiry", kind="records", sensitivity=tg.Sensitivity.PII)
keeper_details = tg.Data(
    "Registered keeper details", kind="records", sensitivity=tg.Sensitivity.PII
)
invoices = tg.Data(
    "Toll invoices",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
mailed_invoice = tg.Data("Printed invoice letter", kind="documents", sensitivity=tg.Sensitivity.PII)
dispute_message = tg.Data(
    "Driver dispute message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the driver, with the invoice reference and plate.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, trip details and invoice lines.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
trip_lookup = tg.Data("Trip lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
trip_evidence = tg.Data("Trip evidence", kind="tool-result", sensitivity=tg.Sensitivity.PII)
adjustment_call = tg.Data(
    "Charge adjustment call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Invoice lookup, or waive / reduce a charge with a reason code.",
)
adjustment_result = tg.Data(
    "Invoice and adjustment result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
escalated_case = tg.Data("Escalated dispute case", kind="records", sensitivity=tg.Sensitivity.PII)
case_resolution = tg.Data("Case resolution", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone holding an invoice letter, or who knows a plate and a reference.
    driver = tm.add(tg.Actor("Driver", role="registered keeper"))

with tm.boundary("Roadside network", trust=tg.Trust.INTERNAL):
    # Cameras on every gantry, on the operator's private fibre.
    cameras = tm.add(
        tg.Device(
            "Gantry cameras",
            fleet=True,
            description="IR cameras over each lane; upload passage images to the data centre.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor DPA, no training on our data")},
        )
    )

with tm.boundary("Vehicle register", trust=tg.Trust.PARTNER):
    # Government register that maps a plate to its registered keeper.
    register = tm.add(
        tg.ExternalService("National vehicle register", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Mailing house", trust=tg.Trust.PARTNER):
    # Print-and-post contractor that mails invoices to keepers.
    mailer = tm.add(tg.ExternalService("Invoice print and mail service"))

with tm.boundary("Operator data centre", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website's dispute page.
    chat_api = tm.add(
        tg.Endpoint(
            "Dispute chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.Authentication(method="invoice reference and number plate"),
            },
        )
    )
    # The LLM agent that answers disputes and may settle small ones itself.
    agent = tm.add(
        tg.Agent(
            "Billing dispute agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Explains charges, shows trip evidence, waives or reduces charges within limits.",
            controls={
                c.TransactionLimits(limit="GBP 100 per invoice"),
                c.HumanInTheLoop(approver="back-office disputes team", above="GBP 100 per invoice"),
                c.CircuitBreaker(max_steps=20),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Read-only tool: fetches the passages and images behind an invoice.
    trip_tool = tm.add(
        tg.Tool("Trip evidence tool", capabilities={"read"}, origin=tg.ToolOrigin.FIRST_PARTY)
    )
    # Reads an invoice and applies waivers or reductions to it.
    invoice_tool = tm.add(
        tg.Tool(
            "Invoice adjustment tool",
            capabilities={"read", "write", "money-movement"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Reads plates from passage images so that passages can be billed.
    anpr = tm.add(
        tg.Model(
            "ANPR plate reader",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="In-house plate recognition; every read becomes a chargeable passage.",
        )
    )
    # Turns plate reads into invoices, finds the keeper and sends invoices out.
    billing = tm.add(
        tg.Service("Toll billing system", controls={c.RBAC(), c.AuditLogging(retention_days=2555)})
    )
    # Work queue where the back office decides escalated disputes.
    case_queue = tm.add(tg.Service("Dispute case queue", controls={c.RBAC()}))
    # Every chat kept for complaints handling and quality checks.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

    with tm.boundary("Billing data tier", trust=tg.Trust.RESTRICTED):
        # Passage images and plate reads, kept as evidence for the invoice.
        image_store = tm.add(
            tg.DataStore(
                "Trip image store",
                stores={trip_images, plate_reads},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # Invoices, payments and keeper addresses.
        billing_db = tm.add(
            tg.DataStore(
                "Billing database",
                stores={invoices, keeper_details},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who decide disputes above the agent's limit.
    back_office = tm.add(tg.Actor("Back-office disputes team", role="billing staff"))

# ---------------------------------------------------------------- flows
# Billing: gantry to invoice letter.
tm.flow(cameras, image_store, trip_images, protocol="https")
tm.flow(cameras, anpr, trip_images, protocol="https")
tm.flow(anpr, image_store, plate_reads)
tm.flow(image_store, billing, plate_reads)
tm.flow(billing, register, keeper_query, protocol="https")
tm.flow(register, billing, keeper_details, protocol="https")
tm.flow(billing, billing_db, invoices, keeper_details)
tm.flow(billing_db, billing, invoices, keeper_details)
tm.flow(billing, mailer, invoices, keeper_details, protocol="sftp")
tm.flow(mailer, driver, mailed_invoice, label="by post")

# Dispute chat.
tm.flow(driver, chat_api, dispute_message, protocol="https")
tm.flow(chat_api, driver, agent_reply, protocol="https")
tm.flow(chat_api, agent, dispute_message)
tm.flow(agent, chat_api, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# Agent tools.
tm.flow(agent, trip_tool, trip_lookup)
tm.flow(trip_tool, agent, trip_evidence)
tm.flow(trip_tool, image_store, trip_lookup)
tm.flow(image_store, trip_tool, trip_images, plate_reads)
tm.flow(agent, invoice_tool, adjustment_call)
tm.flow(invoice_tool, agent, adjustment_result)
tm.flow(invoice_tool, billing, adjustment_call)
tm.flow(billing, invoice_tool, invoices)

# Escalation to the back office.
tm.flow(agent, case_queue, escalated_case)
tm.flow(case_queue, back_office, escalated_case, trip_images, protocol="https")
tm.flow(back_office, case_queue, case_resolution, protocol="https")
tm.flow(case_queue, billing, case_resolution)
