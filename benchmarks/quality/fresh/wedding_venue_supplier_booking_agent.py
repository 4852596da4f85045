"""Wedding venue supplier booking agent: the first design, before any security review.

A country house wedding venue gives each couple a planning portal where they
record their choices (date, numbers, menu and dietary needs, flowers, band).
An LLM agent, running in the venue's cloud account and calling a hosted model,
reads those choices, emails the venue's approved caterers, florists and bands
from the events mailbox, reads their replies with quotes and availability,
and updates the wedding timeline. Suppliers upload insurance certificates and
food hygiene ratings through a per-supplier upload link. The agent also raises
stage payments, which couples pay on the payment provider's hosted checkout.
Bookings above GBP 1,500 wait for the events manager in an approvals console;
smaller ones the agent confirms itself. Controls: portal and console sign-in,
a step limit on the agent, a vaulted payment API key, a signed payment webhook,
file checks on uploads and encryption at rest of the planning database.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Wedding venue supplier booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="LLM agent that books each wedding's suppliers, keeps the timeline and "
    "raises the couple's stage payments.",
)

# ---------------------------------------------------------------- data assets
choices = tg.Data(
    "Couple's wedding choices",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, contact details, date, guest numbers, menu, dietary and allergy needs.",
)
timeline = tg.Data(
    "Wedding timeline and bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
email_call = tg.Data("Email tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
email_result = tg.Data("Email tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
outgoing_mail = tg.Data(
    "Supplier enquiry and booking emails", kind="documents", sensitivity=tg.Sensitivity.PII
)
supplier_reply = tg.Data(
    "Supplier replies with quotes and availability",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
certificates = tg.Data(
    "Insurance certificates and hygiene ratings",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
supplier_records = tg.Data(
    "Approved supplier records", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lookup_call = tg.Data("Supplier lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data(
    "Supplier lookup result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
timeline_call = tg.Data("Timeline tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
timeline_result = tg.Data(
    "Timeline tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
payment_call = tg.Data("Payment tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_result = tg.Data("Payment tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
payment_request = tg.Data(
    "Stage payment request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Amount, stage, couple's name and e-mail; the provider sends the pay link.",
)
checkout = tg.Data("Hosted checkout page", kind="documents", sensitivity=tg.Sensitivity.PII)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_status = tg.Data(
    "Payment status webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
booking_request = tg.Data(
    "Booking approval request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
booking_approval = tg.Data(
    "Booking approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The couple plan their wedding in the portal and pay stage payments.
    couple = tm.add(tg.Actor("Couple", role="customer"))
    # Caterers, florists and bands reply by e-mail and upload their documents.
    supplier = tm.add(tg.Actor("Supplier", role="supplier"))

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # The venue's hosted events mailbox, which suppliers write to and read from.
    mailbox = tm.add(tg.ExternalService("Events mailbox", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model the agent plans and drafts with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the card payments; card data never reaches the venue's systems.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("Venue cloud account", trust=tg.Trust.INTERNAL):
    # Couples' web portal for choices, the timeline and quotes.
    portal = tm.add(
        tg.Endpoint(
            "Planning portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Each wedding's choices, timeline, bookings and payment status.
    planning_db = tm.add(
        tg.DataStore(
            "Wedding planning database",
            stores={choices, timeline},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Coordinates suppliers for each wedding; books small items on its own.
    agent = tm.add(
        tg.Agent(
            "Supplier booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="events manager",
                    above="GBP 1,500 per supplier booking",
                    note="bookings above GBP 1,500 wait for approval; smaller ones go ahead",
                ),
                tg.controls.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Sends and reads the events mailbox for the agent.
    email_tool = tm.add(tg.Tool("Supplier email tool", capabilities={"read", "send-messages"}))
    # Approved suppliers with their documents, prices and contact details.
    supplier_dir = tm.add(
        tg.DataStore("Supplier directory", stores={supplier_records, certificates})
    )
    # Lets the agent look suppliers and their documents up.
    lookup_tool = tm.add(tg.Tool("Supplier lookup tool", capabilities={"read"}))
    # Writes bookings and timeline changes to the planning database.
    timeline_tool = tm.add(tg.Tool("Timeline tool", capabilities={"read", "write"}))
    # Raises stage payment requests with the payment provider.
    payment_tool = tm.add(
        tg.Tool(
            "Stage payment tool",
            capabilities={"money-movement", "write"},
            controls={tg.controls.SecretsManagement(note="provider API key in the cloud vault")},
        )
    )
    # Where suppliers upload insurance certificates and hygiene ratings.
    upload_portal = tm.add(
        tg.Endpoint(
            "Supplier upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="per-supplier upload link"),
                tg.controls.InputValidation(note="PDF and image files only, 10 MB limit"),
            },
        )
    )

with tm.boundary("Venue office", trust=tg.Trust.INTERNAL):
    # Approves supplier bookings above the threshold.
    manager = tm.add(tg.Actor("Events manager", role="events manager"))
    # Queue of bookings waiting for the events manager.
    console = tm.add(
        tg.Endpoint(
            "Approvals console",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="Google Workspace SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
# couple and portal
tm.flow(couple, portal, choices, protocol="https")
tm.flow(portal, couple, timeline, protocol="https")
tm.flow(portal, planning_db, choices)
tm.flow(planning_db, portal, timeline)

# agent and model
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# reading choices and writing the timeline
tm.flow(agent, timeline_tool, timeline_call)
tm.flow(timeline_tool, agent, timeline_result)
tm.flow(planning_db, timeline_tool, choices, timeline)
tm.flow(timeline_tool, planning_db, timeline)

# supplier e-mail
tm.flow(agent, email_tool, email_call)
tm.flow(email_tool, agent, email_result, supplier_reply)
tm.flow(email_tool, mailbox, outgoing_mail, protocol="https", label="mail API")
tm.flow(mailbox, email_tool, supplier_reply, protocol="https", label="mail API")
tm.flow(mailbox, supplier, outgoing_mail, protocol="smtp")
tm.flow(supplier, mailbox, supplier_reply, protocol="smtp")

# supplier documents
tm.flow(supplier, upload_portal, certificates, protocol="https")
tm.flow(upload_portal, supplier_dir, certificates)
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(supplier_dir, lookup_tool, supplier_records, certificates)
tm.flow(lookup_tool, agent, lookup_result)

# approvals
tm.flow(agent, console, booking_request, protocol="https")
tm.flow(console, manager, booking_request, protocol="https")
tm.flow(manager, console, booking_approval, protocol="https")
tm.flow(console, agent, booking_approval, protocol="https")

# stage payments
tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, agent, payment_result)
tm.flow(payment_tool, payments, payment_request, protocol="https")
tm.flow(payments, couple, checkout, protocol="https")
tm.flow(couple, payments, card, protocol="https")
tm.flow(
    payments,
    payment_tool,
    payment_status,
    protocol="https",
    label="payment webhook",
    controls={tg.controls.MessageIntegrity(note="provider's webhook signature is verified")},
)
tm.flow(payment_tool, planning_db, payment_status)
