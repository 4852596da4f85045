"""Fishing gear order agent: the first design, before any security review.

A net maker in Ireland builds trawl nets, cod-ends and spare panels to order for
trawler skippers. Skippers phone the order line or email the sales mailbox, often
from sea. The telephony provider records and transcribes each call and posts the
transcript to our order intake service; emails are pulled from the hosted mailbox.
An LLM agent (running on a hosted model) reads each order, looks up the skipper's
vessel and past orders, checks the requested mesh size and twine against the
mesh regulations table for the fishery and area, writes a draft order and books
a provisional slot in the net loft's production plan. Office staff review drafts
in a console and send the confirmation email. The intake service checks the
provider's webhook key, the console uses Microsoft 365 sign-in with MFA, the order
database is encrypted at rest, and provisional loft slots are booked without a
person's approval; only the confirmation to the skipper waits for staff.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fishing gear order agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Takes skippers' net orders from call transcripts and emails, checks mesh "
    "rules and books production slots in the net loft.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Order call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The skipper's voice call to the order line, with name, vessel and phone number.",
)
transcript = tg.Data(
    "Call transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Text of the call produced by the telephony provider, with caller number.",
)
order_email = tg.Data(
    "Order email",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Skipper's email, sometimes with a sketch or spec sheet attached.",
)
order_request = tg.Data("Order request", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the order text, tool results so far.",
)
llm_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
mesh_query = tg.Data("Mesh rule query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
mesh_rules = tg.Data(
    "Mesh regulations table",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Minimum mesh sizes, twine limits and selectivity devices per fishery, "
    "area and gear type, transcribed from the EU technical measures regulation.",
)
mesh_result = tg.Data("Mesh check result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
order_call = tg.Data("Draft order call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
customer_records = tg.Data(
    "Customer and order records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Skippers, vessels, contact details, past net specs, prices and draft orders.",
)
order_lookup = tg.Data("Customer lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data(
    "Production slot booking", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
schedule = tg.Data(
    "Production schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Loft bench and braiding machine slots per week, with the order each serves.",
)
slot_result = tg.Data("Slot availability", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
confirmation = tg.Data(
    "Order confirmation email",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Spec, price and delivery week sent back to the skipper.",
)
regulation_update = tg.Data(
    "Mesh regulation update", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers: trawler skippers calling or emailing, often by satellite link from sea.
    skipper = tm.add(tg.Actor("Trawler skipper", role="customer"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Hosted order line: records calls and transcribes them for us.
    telephony = tm.add(
        tg.ExternalService(
            "Call recording and transcription service",
            description="Cloud phone system that records the order line and posts transcripts.",
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The sales mailbox skippers email orders to, and the one confirmations go out from.
    mailbox = tm.add(
        tg.ExternalService(
            "Sales mailbox",
            description="Hosted Exchange Online mailbox sales@; vendor spam filtering only.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model called over the vendor's API.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Receives transcripts and polls the mailbox, one order per conversation.
    intake = tm.add(
        tg.Service(
            "Order intake service",
            description="Receives transcript webhooks and pulls new mail via Microsoft Graph.",
            controls={c.Authentication(method="provider API key in webhook header")},
        )
    )
    # The LLM agent that turns a free-text order into a checked draft and a loft slot.
    agent = tm.add(
        tg.Agent(
            "Gear order agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="sales office staff",
                    note="confirmations to skippers are approved in the review console; "
                    "provisional production slots are booked directly",
                ),
            },
        )
    )
    # Reads the mesh regulations table for the fishery, area and gear named in the order.
    mesh_tool = tm.add(
        tg.Tool(
            "Mesh regulation lookup",
            capabilities={"read"},
            description="Returns the minimum mesh and twine rules for a fishery, area and gear type.",
        )
    )
    # Reference table of mesh rules, kept by the office from the published regulations.
    mesh_store = tm.add(tg.DataStore("Mesh regulations reference", stores={mesh_rules}))
    # Looks up the skipper and vessel, and writes the draft order.
    order_tool = tm.add(
        tg.Tool(
            "Order drafting tool",
            capabilities={"read", "write"},
            description="Finds the customer by vessel name or phone number, reads past specs "
            "and writes a draft order.",
        )
    )
    # System of record for customers, vessels and orders.
    order_db = tm.add(
        tg.DataStore(
            "Customer and order database",
            stores={customer_records},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Books a provisional slot in the loft's production plan.
    schedule_tool = tm.add(
        tg.Tool(
            "Production scheduling tool",
            capabilities={"read", "write"},
            description="Reads free capacity and books a provisional slot for a draft order.",
        )
    )
    # Where office staff review drafts, edit them and send the confirmation.
    console = tm.add(
        tg.Endpoint(
            "Order review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 sign-in with MFA"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Net loft network", trust=tg.Trust.INTERNAL):
    # The loft's planning system: which bench and braiding machine makes which net, and when.
    planning = tm.add(tg.DataStore("Loft production planning system", stores={schedule}))
    # Sales office staff who check drafts and answer skippers.
    office = tm.add(tg.Actor("Sales office staff", role="sales office"))

# ---------------------------------------------------------------- flows
# Orders coming in
tm.flow(skipper, telephony, call_audio, protocol="pstn", label="order call")
tm.flow(telephony, intake, transcript, protocol="https", label="transcript webhook")
tm.flow(skipper, mailbox, order_email, protocol="smtp")
tm.flow(mailbox, intake, order_email, protocol="https", label="Graph API poll")
tm.flow(intake, agent, order_request)

# The agent's reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Mesh regulation check
tm.flow(agent, mesh_tool, mesh_query)
tm.flow(mesh_store, mesh_tool, mesh_rules)
tm.flow(mesh_tool, agent, mesh_result)

# Customer lookup and draft order
tm.flow(agent, order_tool, order_call)
tm.flow(order_db, order_tool, customer_records, label="customer and past orders")
tm.flow(order_tool, order_db, customer_records, label="draft order")
tm.flow(order_tool, agent, order_lookup)

# Production slot booking
tm.flow(agent, schedule_tool, booking_call)
tm.flow(planning, schedule_tool, schedule, protocol="https", label="free capacity")
tm.flow(schedule_tool, planning, schedule, protocol="https", label="provisional slot")
tm.flow(schedule_tool, agent, slot_result)

# Staff review and confirmation
tm.flow(office, console, customer_records, protocol="https", label="reviews and edits drafts")
tm.flow(console, office, customer_records, protocol="https")
tm.flow(order_db, console, customer_records)
tm.flow(console, order_db, customer_records, label="approved order")
tm.flow(console, mailbox, confirmation, protocol="https")
tm.flow(mailbox, skipper, confirmation, protocol="smtp")
tm.flow(
    office,
    console,
    regulation_update,
    protocol="https",
    label="updates mesh rules",
    id="office-updates-mesh-rules",
)
tm.flow(console, mesh_store, regulation_update)
