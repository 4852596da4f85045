"""Crazy golf ticketing and queue prediction: the first design, before any security review.

A chain of crazy golf venues in the UK and Ireland sells timed tee-off slots on
its website. Customers book and pay through the payment provider's hosted
checkout, so card numbers never reach us; a signed webhook tells the booking
service that an order is paid. Each hole has a ceiling camera; at every venue an
edge gateway runs a small open-weights detector on the frames and sends only the
number of groups waiting at each hole to the cloud, where the frames are not kept.
A queue model, retrained nightly from counts and sales history, predicts wait
times per venue, and a capacity planner uses the prediction to raise or lower the
number of tickets on sale for the next slots. Venue staff check groups in and can
override a slot's capacity from a tablet console. The website and APIs run in
one cloud account; customer contact details make it subject to the (UK) GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crazy golf ticketing and queue cameras",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Timed ticket sales whose slot capacity follows queue times predicted from "
        "per-hole group counts."
    ),
)

# ---------------------------------------------------------------- data assets
availability = tg.Data("Slot availability", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
order = tg.Data(
    "Ticket order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, party size, venue and slot.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_event = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
ticket = tg.Data("E-ticket with QR code", kind="records", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
camera_frames = tg.Data(
    "Hole camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Overhead video of players, children included, at each hole.",
)
group_counts = tg.Data(
    "Groups waiting per hole", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
sales_history = tg.Data(
    "Slot sales history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
queue_model_file = tg.Data("Queue model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
queue_forecast = tg.Data(
    "Queue time forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
capacity = tg.Data(
    "Slot capacity",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data("Capacity override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
check_in = tg.Data("Check-in scan", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone booking a round, on a phone or a laptop.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: takes the card so that we never handle it.
    payments = tm.add(
        tg.ExternalService(
            "Hosted checkout", description="The payment provider's checkout pages and API."
        )
    )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Public booking site and its API.
    website = tm.add(
        tg.Endpoint(
            "Ticketing website",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(note="CDN rate limits on the booking API")},
        )
    )
    # Sells slots against their capacity and records paid orders.
    booking = tm.add(tg.Service("Booking service"))
    # System of record for orders and check-ins.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, capacity},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Receives counts from every venue's gateway.
    counts_store = tm.add(tg.DataStore("Queue count store", stores={group_counts}))
    # Predicts the wait at each venue for the next hour of slots.
    queue_model = tm.add(
        tg.Model(
            "Queue time model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees over recent counts, bookings and time of day.",
        )
    )
    # Turns the forecast into how many tickets each upcoming slot may sell.
    planner = tm.add(
        tg.Service(
            "Capacity planner",
            description="Every five minutes: lowers capacity when queues build, raises it when they clear.",
        )
    )
    # Nightly refit of the queue model on the last months of counts and sales.
    retraining = tm.add(tg.Pipeline("Queue model retraining", stage=tg.Stage.TRAINING))
    # Venue staff's console for check-in and manual capacity changes.
    console = tm.add(
        tg.Endpoint(
            "Venue staff console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared venue e-mail and password")},
        )
    )

with tm.boundary("Venue network", trust=tg.Trust.INTERNAL):
    # One camera over each hole's tee area.
    cameras = tm.add(tg.Device("Hole cameras", fleet=True))
    # Small computer in the venue's comms cupboard; frames stay here.
    gateway = tm.add(
        tg.Service(
            "Venue edge gateway",
            controls={
                c.DataMinimization(note="frames are counted in memory and never stored or uploaded")
            },
        )
    )
    # Counts groups in each frame; runs on the gateway.
    counter = tm.add(
        tg.Model(
            "Group counting detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights person detector with a clustering step for groups.",
        )
    )
    # Front-desk staff checking groups in and watching the queues.
    staff = tm.add(tg.Actor("Venue staff", role="front desk staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(website, customer, availability, ticket, protocol="https", controls={tls})
tm.flow(customer, website, order, protocol="https", controls={tls})
tm.flow(website, booking, order)
tm.flow(booking, website, availability, checkout, ticket)
tm.flow(booking, payments, checkout, protocol="https", controls={tls})
tm.flow(customer, payments, card_details, protocol="https", controls={tls})
tm.flow(
    payments,
    booking,
    payment_event,
    protocol="https",
    controls={tls, c.MessageIntegrity(note="provider's webhook signature is verified")},
)
tm.flow(booking, booking_db, bookings)
tm.flow(booking_db, booking, bookings, capacity)

tm.flow(cameras, gateway, camera_frames, protocol="rtsp")
tm.flow(gateway, counter, camera_frames)
tm.flow(counter, gateway, group_counts)
tm.flow(
    gateway,
    counts_store,
    group_counts,
    protocol="https",
    controls={tls, c.Authentication(method="per-gateway API key")},
)

tm.flow(counts_store, queue_model, group_counts)
tm.flow(booking_db, queue_model, sales_history, label="bookings in the next slots")
tm.flow(queue_model, planner, queue_forecast)
tm.flow(planner, booking_db, capacity, label="sets tickets on sale per slot")

tm.flow(counts_store, retraining, group_counts)
tm.flow(booking_db, retraining, sales_history)
tm.flow(retraining, queue_model, queue_model_file, label="nightly deploy")

tm.flow(staff, console, check_in, override, protocol="https", controls={tls})
tm.flow(console, staff, bookings, queue_forecast, protocol="https", controls={tls})
tm.flow(console, booking_db, check_in, override)
tm.flow(booking_db, console, bookings)
tm.flow(queue_model, console, queue_forecast)
