"""Ski hire boot fitting and binding DIN agent: the first design, before any security review.

A ski hire shop in the Alps. Customers book and pay on the shop's website; card
details go straight to the payment provider's hosted page, which confirms payment
back to the website. In the shop, the customer finds their booking at a fitting
kiosk, stands on a 3D foot scanner and enters height, weight, age and ability; a
recommendation model in the shop's cloud backend ranks boots and skis in stock. An
LLM agent then works out the binding release (DIN) setting with a lookup tool over
the ISO 11088 chart and prints a ticket in the workshop. A ski technician sets the
bindings from the ticket, tests release on the shop's tester and records the result
in the workshop app. Controls: HTTPS everywhere, signed payment webhooks, encrypted
rental database, kiosk look-up by booking reference and surname, a shared workshop
login, and the technician checking every setting before the skis go out.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski hire boot fitting and binding DIN agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Foot scan boot and ski recommendation, and an LLM agent that works out "
    "binding release settings for the workshop technician.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, hire dates and equipment package.",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
card = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
checkout = tg.Data("Checkout session request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_event = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
skier = tg.Data(
    "Skier details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Height, weight, age and self-declared ability (skier type 1-3).",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
foot_scan = tg.Data(
    "Foot scan measurements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Length, width, instep and arch height of both feet from the 3D scanner.",
)
stock = tg.Data(
    "Rental stock",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boots and skis in the fleet: sizes, boot sole lengths, models, availability.",
)
recommendation = tg.Data(
    "Boot and ski recommendation", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
fitting = tg.Data(
    "Fitting selection",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The chosen boots and skis with boot sole length, and the skier details.",
)
prompt = tg.Data("Binding setting prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data(
    "LLM binding setting answer", kind="model-output", sensitivity=tg.Sensitivity.PII
)
din_query = tg.Data("DIN chart lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
din_value = tg.Data("DIN chart value", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
ticket = tg.Data(
    "Binding ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, weight, height, skier type, boot sole length and DIN setting.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
test_result = tg.Data("Binding test result", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Books online before the trip, then comes to the shop to be fitted.
    customer = tm.add(tg.Actor("Customer", role="hire customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card numbers never reach the shop's systems.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Shop cloud backend", trust=tg.Trust.INTERNAL):
    # Public booking site with checkout.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
        )
    )
    # Bookings, skier details, fittings and binding test results.
    rental_db = tm.add(
        tg.DataStore(
            "Rental database",
            stores={booking, skier, foot_scan, fitting, ticket, test_result},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # What the shop has to hire out.
    inventory = tm.add(tg.DataStore("Rental stock inventory", stores={stock}))
    # Ranks boots and skis in stock for the foot shape and skier profile.
    recommender = tm.add(
        tg.Model(
            "Boot and ski recommendation model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted ranker trained on past fittings and returns.",
        )
    )
    # Works out the binding release setting and sends the ticket to the workshop.
    agent = tm.add(
        tg.Agent(
            "Binding setting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Takes the fitting selection, looks up the ISO 11088 chart, "
            "explains any adjustment and prints the binding ticket.",
            controls={
                c.HumanInTheLoop(
                    approver="the ski technician, who sets and release-tests every binding"
                )
            },
        )
    )
    # Deterministic lookup over the ISO 11088 release chart.
    din_tool = tm.add(tg.Tool("DIN chart lookup tool", capabilities={"read"}))
    # Sends tickets to the workshop printer and keeps a copy on the rental record.
    print_tool = tm.add(tg.Tool("Ticket print tool", capabilities={"write"}))

with tm.boundary("Shop floor", trust=tg.Trust.INTERNAL):
    # Touchscreen where customers find their booking and enter their details.
    kiosk = tm.add(
        tg.Endpoint(
            "Fitting kiosk",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="booking reference and surname")},
        )
    )
    # 3D foot scanner plugged into the kiosk.
    scanner = tm.add(tg.Device("3D foot scanner", fleet=False))
    # Label printer on the workshop bench.
    printer = tm.add(tg.Device("Workshop ticket printer", fleet=False))
    # Sets the bindings from the ticket and tests them.
    technician = tm.add(tg.Actor("Ski technician", role="workshop technician"))
    # Tablet app where the workshop records binding tests.
    workshop_app = tm.add(
        tg.Endpoint(
            "Workshop app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared workshop login")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, website, booking, protocol="https")
tm.flow(website, customer, confirmation, protocol="https")
tm.flow(website, payments, checkout, protocol="https")
tm.flow(customer, payments, card, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    website,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature checked by the checkout plugin")},
)
tm.flow(website, rental_db, booking)

tm.flow(rental_db, kiosk, booking, protocol="https")
tm.flow(customer, kiosk, skier, label="typed at the kiosk touchscreen")
tm.flow(scanner, kiosk, foot_scan, protocol="usb")
tm.flow(kiosk, rental_db, skier, foot_scan, protocol="https")
tm.flow(kiosk, recommender, skier, foot_scan, protocol="https")
tm.flow(inventory, recommender, stock)
tm.flow(recommender, kiosk, recommendation, protocol="https")
tm.flow(kiosk, customer, recommendation, label="shown on the kiosk touchscreen")

tm.flow(kiosk, agent, fitting, protocol="https")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, din_tool, din_query)
tm.flow(din_tool, agent, din_value)
tm.flow(agent, print_tool, ticket)
tm.flow(print_tool, printer, ticket, protocol="ipps")
tm.flow(print_tool, rental_db, ticket)
tm.flow(printer, technician, ticket, label="printed ticket")

tm.flow(rental_db, workshop_app, ticket, protocol="https")
tm.flow(workshop_app, technician, ticket, label="shown on the tablet")
tm.flow(technician, workshop_app, test_result, label="entered on the tablet")
tm.flow(workshop_app, rental_db, test_result, protocol="https")
