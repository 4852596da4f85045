"""Quarry weighbridge ticketing with an LLM: the first design, before any security review.

Lorries are weighed in empty and out loaded on the quarry's weighbridges. A camera
over each weighbridge reads the number plate with an in-house plate model, and the
weighbridge ticketing service on the site network matches the plate to the customer's
collection booking. A hosted LLM drafts the delivery ticket from the order, the two
weights and the haulier's booking; the weighbridge clerk checks and confirms it on the
weighbridge PC. A lorry heavier than its plated weight is flagged and the exit barrier
stays down until the clerk releases it. Customers book collections in a customer portal
(e-mail and password sign-in) and pay on account; confirmed tickets and the monthly
invoices are e-mailed to them through a mail delivery provider. The portal, the orders
database and invoicing run in the company's cloud account; the database is encrypted at
rest with the cloud KMS, and the site reaches the cloud over HTTPS.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Quarry weighbridge ticketing",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Number-plate reading and LLM-drafted delivery tickets at the quarry weighbridges, "
        "with a customer booking portal and on-account invoicing."
    ),
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Collection booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Product, quantity, haulier, vehicle registration, driver name and phone.",
)
account = tg.Data(
    "Orders and account details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Customer orders, agreed prices, credit limit and account balance.",
)
plate_image = tg.Data("Number plate image", kind="media", sensitivity=tg.Sensitivity.PII)
plate_read = tg.Data("Number plate read", kind="records", sensitivity=tg.Sensitivity.PII)
weights = tg.Data(
    "Weighbridge weight readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Tare and gross weights from the weighbridge indicator.",
)
ticket_prompt = tg.Data(
    "Ticket drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the order, the weights and the haulier's booking.",
)
draft_ticket = tg.Data("Draft delivery ticket", kind="model-output", sensitivity=tg.Sensitivity.PII)
overweight_flag = tg.Data("Overweight flag", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
clerk_confirmation = tg.Data(
    "Ticket confirmation and barrier release by clerk",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
barrier_release = tg.Data("Barrier release", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ticket = tg.Data(
    "Confirmed delivery ticket",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
invoice = tg.Data("Customer invoice", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
outgoing_mail = tg.Data(
    "Ticket and invoice e-mails", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Site managers and buyers at customer firms who book collections and see their account.
    customer = tm.add(tg.Actor("Customer buyer", role="customer"))

with tm.boundary("Weighbridge yard", trust=tg.Trust.UNTRUSTED):
    # Hauliers' drivers, not our staff: they drive onto the weighbridge and wait at the barrier.
    driver = tm.add(tg.Actor("Lorry driver", role="haulier driver"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers tickets and invoices to customers.
    mail = tm.add(tg.ExternalService("Mail delivery provider", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the ticket text from structured inputs.
    ticket_llm = tm.add(
        tg.LLM(
            "Ticket drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Drafts the delivery ticket from the order, weights and booking.",
        )
    )

with tm.boundary("Quarry site network", trust=tg.Trust.INTERNAL):
    # Fixed camera over each weighbridge; captures the front plate as the lorry stops.
    camera = tm.add(tg.Device("Weighbridge ANPR camera", fleet=True))
    # Load-cell indicator of each weighbridge; sends a stable weight when the lorry is on it.
    scale = tm.add(tg.Device("Weighbridge indicator", fleet=True))
    # Exit barrier that holds a lorry until the ticketing service raises it.
    barrier = tm.add(tg.Device("Exit barrier", fleet=True))
    # In-house plate reader on the site server: image in, registration out.
    plate_model = tm.add(
        tg.Model(
            "Number plate reader",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Reads the registration from the camera image.",
        )
    )
    # The site application: matches plate to booking, records weights, flags overweight
    # lorries against the plated weight in the booking, calls the LLM and drives the barrier.
    ticketing = tm.add(
        tg.Service(
            "Weighbridge ticketing service",
            controls={
                c.HumanInTheLoop(
                    approver="weighbridge clerk",
                    note="every ticket and every overweight release is confirmed by the clerk",
                ),
            },
        )
    )
    # Our weighbridge operator, on the weighbridge office PC.
    clerk = tm.add(tg.Actor("Weighbridge clerk", role="weighbridge operator"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Customer-facing web portal for bookings, ticket history and account balance.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # System of record for customers, orders, bookings, tickets and invoices.
    orders_db = tm.add(
        tg.DataStore(
            "Orders database",
            stores={booking, account, ticket, invoice},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the on-account invoices from the month's confirmed tickets.
    invoicing = tm.add(tg.Service("Monthly invoicing job"))

# ---------------------------------------------------------------- flows
# Booking and account
tm.flow(customer, portal, booking, protocol="https")
tm.flow(portal, customer, account, ticket, invoice, protocol="https")
tm.flow(portal, orders_db, booking)
tm.flow(orders_db, portal, account, booking, ticket, invoice)

# At the weighbridge
tm.flow(driver, camera, plate_image, label="lorry drives onto the weighbridge")
tm.flow(camera, plate_model, plate_image, protocol="rtsp")
tm.flow(plate_model, ticketing, plate_read)
tm.flow(scale, ticketing, weights, protocol="tcp")
tm.flow(ticketing, orders_db, plate_read, label="booking lookup by plate", protocol="https")
tm.flow(orders_db, ticketing, booking, account, protocol="https")
tm.flow(ticketing, ticket_llm, ticket_prompt, protocol="https")
tm.flow(ticket_llm, ticketing, draft_ticket, protocol="https")
tm.flow(ticketing, clerk, draft_ticket, weights, overweight_flag, label="weighbridge office PC")
tm.flow(clerk, ticketing, clerk_confirmation, label="weighbridge office PC")
tm.flow(ticketing, barrier, barrier_release, protocol="tcp")
tm.flow(barrier, driver, label="barrier raised or held down")
tm.flow(ticketing, orders_db, ticket, protocol="https")
tm.flow(ticketing, mail, outgoing_mail, ticket, protocol="https", label="ticket e-mail")

# Invoicing
tm.flow(orders_db, invoicing, ticket, account)
tm.flow(invoicing, orders_db, invoice)
tm.flow(invoicing, mail, outgoing_mail, invoice, protocol="https", label="invoice e-mail")
tm.flow(mail, customer, outgoing_mail, ticket, invoice, protocol="smtp")
