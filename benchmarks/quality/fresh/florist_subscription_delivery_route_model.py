"""Florist subscription deliveries with a route-planning model: the first design.

A UK florist sells weekly and fortnightly flower subscriptions. Subscribers
sign in to an account portal to choose a plan, pause or skip weeks, and keep
their delivery address and delivery notes (safe place, gate or concierge
instructions) up to date. Billing is recurring through a payment provider: the
card is entered on the provider's hosted page and we keep only its token; the
provider's signed webhooks tell us about each payment. Every week a route
planning service takes the week's deliveries, the drivers' shifts that the
shop manager enters, and a traffic forecast bought from a data vendor, and asks
an in-house travel-time model for stop-to-stop times to build routes and
delivery windows. The manager reviews and publishes the plan in a back-office
console. Drivers see their routes, addresses and notes in a phone app and take
a proof-of-delivery photo at each door. Everything runs on one cloud account.
"""

import threatgraph as tg

c = tg.controls

tm = tg.ThreatModel(
    "Florist subscription deliveries",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Weekly flower subscriptions with model-planned delivery routes and a driver app.",
)

# ---------------------------------------------------------------- data assets
subscriber_record = tg.Data(
    "Subscriber records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, phone, plan, delivery address and delivery notes.",
)
subscription_change = tg.Data(
    "Subscription changes",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Plan, pauses and skips, address and delivery note edits.",
)
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
card_token = tg.Data(
    "Saved card token", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="credentials"
)
charge_request = tg.Data(
    "Recurring charge request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
payment_events = tg.Data("Payment events", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
traffic_forecast = tg.Data("Traffic forecast", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
driver_shifts = tg.Data(
    "Driver shifts",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Who drives which day, start and end times, van.",
)
weekly_deliveries = tg.Data(
    "Weekly delivery list",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Each delivery's address, delivery notes and requested day.",
)
route_features = tg.Data("Stop pair features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
travel_times = tg.Data(
    "Predicted travel times", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
route_plan = tg.Data(
    "Route plan",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Per driver: ordered stops with addresses, notes and delivery windows.",
)
delivery_window = tg.Data("Delivery window", sensitivity=tg.Sensitivity.PII, kind="records")
delivery_status = tg.Data("Delivery status", sensitivity=tg.Sensitivity.PII, kind="records")
pod_photo = tg.Data(
    "Proof-of-delivery photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Photo of the bouquet at the door or with the recipient.",
)
account_view = tg.Data(
    "Account and delivery view",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Subscription, next delivery window, delivery status and proof photo.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pays for and receives the flowers; manages everything in the portal.
    subscriber = tm.add(tg.Actor("Subscriber", role="customer"))
    # Delivery drivers, employed and casual, on their own phones.
    driver = tm.add(tg.Actor("Delivery driver", role="driver"))
    # The driver app installed on drivers' personal phones.
    driver_phone = tm.add(tg.Device("Driver phone app", fleet=True))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Stores cards and runs the recurring charges.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Traffic data vendor", trust=tg.Trust.PARTNER):
    # Bought traffic forecasts for the delivery area, by road segment and hour.
    traffic = tm.add(
        tg.DataSource("Traffic forecast feed", origin=tg.Origin.VENDOR, provides={traffic_forecast})
    )

with tm.boundary("Florist cloud account", trust=tg.Trust.INTERNAL):
    # Subscriber-facing website and API.
    portal = tm.add(
        tg.Endpoint(
            "Account portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Plans, pauses, billing schedule; creates the week's deliveries.
    subscription_svc = tm.add(tg.Service("Subscription service"))
    # Subscribers, plans, addresses, delivery notes and card tokens.
    customer_db = tm.add(
        tg.DataStore(
            "Customer database",
            stores={subscriber_record, card_token},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds routes and windows from deliveries, shifts and traffic; no LLM involved.
    planner = tm.add(tg.Service("Route planning service"))
    # Gradient-boosted regressor trained on our past delivery times.
    travel_model = tm.add(tg.Model("Travel time model", task=tg.Task.REGRESSOR))
    # Route plans, delivery statuses and proof-of-delivery photos.
    delivery_db = tm.add(
        tg.DataStore(
            "Delivery database",
            stores={route_plan, delivery_status, pod_photo, driver_shifts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # API behind the driver app.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password per driver")},
        )
    )
    # Where the manager enters shifts and publishes the weekly plan.
    backoffice = tm.add(
        tg.Endpoint(
            "Back-office console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO"),
                c.HumanInTheLoop(approver="the shop manager publishes each week's route plan"),
            },
        )
    )

with tm.boundary("Shop", trust=tg.Trust.INTERNAL):
    # Runs the shop, the drivers' rota and the deliveries.
    manager = tm.add(tg.Actor("Shop manager", role="manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(subscriber, portal, subscription_change, protocol="https")
tm.flow(portal, subscriber, account_view, protocol="https")
tm.flow(portal, subscription_svc, subscription_change)
tm.flow(subscription_svc, portal, account_view)
tm.flow(subscription_svc, customer_db, subscriber_record, card_token)
tm.flow(customer_db, subscription_svc, subscriber_record, card_token)

tm.flow(subscriber, payments, card_details, protocol="https", label="hosted card page")
tm.flow(
    payments,
    subscription_svc,
    card_token,
    payment_events,
    protocol="https",
    controls={c.MessageIntegrity(note="provider-signed webhooks, signature checked")},
)
tm.flow(subscription_svc, payments, charge_request, card_token, protocol="https")

tm.flow(subscription_svc, planner, weekly_deliveries, label="week's deliveries")
tm.flow(traffic, planner, traffic_forecast, protocol="https")
tm.flow(delivery_db, planner, driver_shifts)
tm.flow(planner, travel_model, route_features)
tm.flow(travel_model, planner, travel_times)
tm.flow(planner, delivery_db, route_plan, label="draft plan")

tm.flow(manager, backoffice, driver_shifts, protocol="https")
tm.flow(backoffice, manager, route_plan, protocol="https")
tm.flow(backoffice, delivery_db, driver_shifts, route_plan, label="shifts and published plan")
tm.flow(delivery_db, backoffice, route_plan, delivery_status)

tm.flow(delivery_db, driver_api, route_plan)
tm.flow(driver_api, driver_phone, route_plan, protocol="https")
tm.flow(driver, driver_phone, delivery_status)
tm.flow(driver_phone, driver, route_plan)
tm.flow(driver_phone, driver_api, delivery_status, pod_photo, protocol="https")
tm.flow(driver_api, delivery_db, delivery_status, pod_photo)

tm.flow(
    delivery_db,
    subscription_svc,
    delivery_window,
    delivery_status,
    pod_photo,
    label="per subscriber",
)
