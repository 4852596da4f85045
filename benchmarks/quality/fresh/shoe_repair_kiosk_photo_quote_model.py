"""Shoe repair kiosk photo quoting: the first design, before any security review.

We run a chain of shoe repair kiosks in shopping centres. At the counter the
staff member photographs the customer's shoes with the kiosk tablet; the photo
goes to our cloud, where an in-house vision model suggests the repair, and the
kiosk API prices it from the central price list. The staff member confirms the
repair and price with the customer, takes payment on a payment-provider card
terminal paired with the tablet, and prints a ticket on the counter printer.
When the repair is done the staff member marks the job ready and the customer
gets an SMS through an SMS provider. Head office staff see every job in a
dashboard. Controls in this design: a per-kiosk API key plus staff PIN, TLS from
the kiosks, point-to-point encryption on the card terminal, cloud-managed
storage encryption, SSO with roles for head office, and the staff member's
confirmation of every suggested quote.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Shoe repair kiosk photo quoting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description=(
        "Vision-model repair suggestions and prices at shoe repair kiosks, "
        "confirmed by staff, with card payment and SMS collection notices."
    ),
)

# ---------------------------------------------------------------- data assets
shoe_photo = tg.Data("Shoe photograph", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
repair_suggestion = tg.Data(
    "Suggested repair",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Repair type (heels, soles, stitching, zips…) with the model's confidence.",
)
price_list = tg.Data("Repair price list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
quote = tg.Data("Repair quote", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
customer_details = tg.Data(
    "Customer contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="First name and mobile number, for the ready SMS.",
)
job_record = tg.Data(
    "Repair job record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="high"),
    description="Job number, kiosk, customer contact, confirmed repair, price, status.",
)
job_status = tg.Data("Job status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_request = tg.Data("Payment amount", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_data = tg.Data(
    "Card data",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_result = tg.Data(
    "Payment result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approved or declined, authorisation code and masked card number.",
)
repair_ticket = tg.Data("Repair ticket", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
ready_sms = tg.Data("Repair ready SMS", kind="documents", sensitivity=tg.Sensitivity.PII)
dashboard_query = tg.Data("Dashboard query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Shopping centre kiosks", trust=tg.Trust.UNTRUSTED):
    # Members of the public at the counter.
    customer = tm.add(tg.Actor("Customer", role="walk-in customer"))
    # Our counter staff, who run the tablet and confirm every quote.
    staff = tm.add(tg.Actor("Kiosk staff member", role="counter staff"))
    # The kiosk's POS tablet: camera, quoting, job entry; on centre wi-fi or 4G.
    tablet = tm.add(
        tg.Device("Kiosk tablet", description="POS app on a managed tablet at each kiosk.")
    )
    # Supplied by the payment provider; card data never touches our tablet.
    terminal = tm.add(
        tg.Device(
            "Card terminal",
            description="Payment provider's P2PE terminal, semi-integrated with the tablet.",
        )
    )
    # Prints the collection ticket at the counter.
    printer = tm.add(tg.Device("Ticket printer", description="Thermal receipt printer."))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Authorises card payments taken on the terminal.
    processor = tm.add(tg.ExternalService("Payment processor"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the ready-for-collection text messages.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Head office cloud", trust=tg.Trust.INTERNAL):
    # The one API every kiosk tablet talks to.
    kiosk_api = tm.add(
        tg.Endpoint(
            "Kiosk API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-kiosk API key and staff PIN")},
        )
    )
    # Suggests the repair from the photo; staff confirm it before quoting.
    quote_model = tm.add(
        tg.Model(
            "Shoe repair vision model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Image classifier trained on past job photos and the repairs done.",
            controls={c.HumanInTheLoop(approver="kiosk staff member confirms with the customer")},
        )
    )
    # Central prices, maintained by head office.
    prices = tm.add(tg.DataStore("Repair price list store", stores={price_list}))
    # Every job across the chain.
    job_db = tm.add(
        tg.DataStore(
            "Job database",
            stores={job_record, customer_details},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Photos kept with the job for disputes and future training.
    photo_bucket = tm.add(tg.DataStore("Shoe photo bucket", stores={shoe_photo}))
    # Head office view of all jobs, takings and turnaround.
    dashboard = tm.add(
        tg.Service(
            "Head office dashboard",
            controls={c.Authentication(method="Google Workspace SSO"), c.RBAC()},
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Operations and finance staff who oversee the kiosks.
    ho_staff = tm.add(tg.Actor("Head office staff", role="operations"))

# ---------------------------------------------------------------- flows
# At the counter: photo, suggestion, quote.
tm.flow(customer, staff, customer_details, label="hands over shoes, gives name and mobile")
tm.flow(staff, tablet, shoe_photo, customer_details, label="photographs shoes, enters details")
tm.flow(tablet, kiosk_api, shoe_photo, protocol="https")
tm.flow(kiosk_api, photo_bucket, shoe_photo)
tm.flow(kiosk_api, quote_model, shoe_photo)
tm.flow(quote_model, kiosk_api, repair_suggestion)
tm.flow(prices, kiosk_api, price_list)
tm.flow(kiosk_api, tablet, repair_suggestion, quote, protocol="https")
tm.flow(tablet, staff, quote)
tm.flow(staff, customer, quote, label="confirms repair and price")

# Payment and ticket.
tm.flow(tablet, terminal, payment_request, protocol="bluetooth")
tm.flow(customer, terminal, card_data, label="tap or chip and PIN")
tm.flow(
    terminal,
    processor,
    card_data,
    protocol="tls",
    controls={c.EncryptionInTransit(protocol="P2PE over TLS")},
)
tm.flow(processor, terminal, payment_result, protocol="tls")
tm.flow(terminal, tablet, payment_result, protocol="bluetooth")
tm.flow(tablet, kiosk_api, job_record, protocol="https", label="confirmed job")
tm.flow(kiosk_api, job_db, job_record, customer_details)
tm.flow(tablet, printer, repair_ticket, protocol="usb")
tm.flow(printer, customer, repair_ticket)

# Ready for collection.
tm.flow(staff, tablet, job_status, label="marks job ready")
tm.flow(tablet, kiosk_api, job_status, protocol="https")
tm.flow(kiosk_api, job_db, job_status)
tm.flow(job_db, kiosk_api, job_record, customer_details, label="job lookup")
tm.flow(kiosk_api, tablet, job_record, protocol="https", label="jobs at this kiosk")
tm.flow(kiosk_api, sms_gateway, ready_sms, protocol="https")
tm.flow(sms_gateway, customer, ready_sms, protocol="sms")

# Head office oversight.
tm.flow(ho_staff, dashboard, dashboard_query, protocol="https")
tm.flow(job_db, dashboard, job_record, customer_details)
tm.flow(dashboard, ho_staff, job_record, customer_details, protocol="https")
