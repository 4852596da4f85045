"""Wholesale bakery delivery route agent: the first design, before any security review.

A wholesale bakery in the Netherlands delivers bread and pastries to cafes and shops
from one depot. Customers change their orders in the ordering portal (e-mail and
password accounts) up to the early morning. An LLM agent running in the bakery's
cloud account re-plans the delivery routes in an overnight run and again whenever an
order changes during the morning round. It reads orders through a lookup tool, asks
a first-party route optimiser (which uses a maps routing API for travel times) for
new routes, pushes them to the drivers' van tablets through the driver app backend,
and can text customers their new delivery time through an SMS provider. Drivers sign
in to the tablet app with their driver ID and PIN and can reject a route change. The
hosted LLM is called over HTTPS; the agent's runs are capped in steps and logged,
and the SMS API key is kept in the cloud secrets vault.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Wholesale bakery delivery route agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that re-plans bakery delivery routes and texts customers new delivery times.",
)

# ---------------------------------------------------------------- data assets
order_change = tg.Data(
    "Order change",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Quantities, items and delivery window, with a free-text note for the driver.",
)
orders = tg.Data(
    "Customer orders and delivery addresses",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Includes the contact name and mobile number of each cafe or shop.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
agent_prompt = tg.Data("Planning prompt and context", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_reply = tg.Data("LLM plan and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII)
order_query = tg.Data("Order lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
order_result = tg.Data("Order lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
optimise_call = tg.Data(
    "Route optimisation request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
optimise_result = tg.Data(
    "Optimised routes", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
travel_query = tg.Data("Stop coordinates", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
travel_times = tg.Data("Travel time matrix", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
dispatch_call = tg.Data("Route dispatch call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
route_plan = tg.Data(
    "Van route plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Stop order, addresses, drop-off notes and expected arrival times per van.",
)
driver_response = tg.Data("Driver accept or reject", kind="records", sensitivity=tg.Sensitivity.PII)
van_location = tg.Data("Van GPS location", kind="records", sensitivity=tg.Sensitivity.PII)
driver_signin = tg.Data("Driver ID and PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
dispatch_result = tg.Data("Dispatch status", kind="tool-result", sensitivity=tg.Sensitivity.PII)
sms_call = tg.Data("Customer text request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
sms_message = tg.Data("New delivery time text", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff at the cafes and shops that buy from the bakery.
    customer = tm.add(tg.Actor("Cafe or shop customer", role="customer"))

with tm.boundary("Delivery vans", trust=tg.Trust.UNTRUSTED):
    # Bakery-issued tablets on public mobile data; they leave the depot every day.
    tablet = tm.add(
        tg.Device("Van tablet", fleet=True, description="Android tablet running the driver app.")
    )
    # Drivers follow the route on the tablet and may reject a change.
    driver = tm.add(tg.Actor("Van driver", role="driver"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that plans and picks tools.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Third-party services", trust=tg.Trust.PARTNER):
    # Road network travel times for the optimiser.
    maps = tm.add(
        tg.ExternalService("Maps routing API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Delivers text messages to customers' mobiles.
    sms_provider = tm.add(tg.ExternalService("SMS provider"))

with tm.boundary("Bakery cloud", trust=tg.Trust.INTERNAL):
    # Where customers place and change orders.
    portal = tm.add(
        tg.Endpoint(
            "Ordering portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="customer account e-mail and password")},
        )
    )
    # System of record for orders and delivery addresses.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={orders},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The planner: triggered overnight and on each order change in the morning.
    agent = tm.add(
        tg.Agent(
            "Route planning agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=40), c.AuditLogging(retention_days=90)},
        )
    )
    # Reads orders for the day and the changed ones.
    lookup_tool = tm.add(tg.Tool("Order lookup tool", capabilities={"read"}))
    # Wraps the OR-Tools vehicle routing solver.
    optimiser_tool = tm.add(
        tg.Tool("Route optimiser tool", capabilities={"read", "network-egress"})
    )
    # Publishes new routes to the driver app backend.
    dispatch_tool = tm.add(tg.Tool("Route dispatch tool", capabilities={"write"}))
    # Sends new delivery times to customers.
    sms_tool = tm.add(
        tg.Tool(
            "Customer SMS tool",
            capabilities={"send-messages"},
            controls={c.SecretsManagement()},
        )
    )
    # Serves routes to tablets and collects drivers' responses and locations.
    driver_backend = tm.add(
        tg.Service(
            "Driver app backend",
            internet_facing=True,
            controls={c.Authentication(method="driver ID and PIN")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, portal, order_change, protocol="https")
tm.flow(portal, customer, orders, protocol="https", label="order confirmation")
tm.flow(portal, order_db, order_change)
tm.flow(portal, agent, order_change, label="order changed trigger")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, lookup_tool, order_query)
tm.flow(order_db, lookup_tool, orders)
tm.flow(lookup_tool, agent, order_result)

tm.flow(agent, optimiser_tool, optimise_call)
tm.flow(optimiser_tool, maps, travel_query, protocol="https")
tm.flow(maps, optimiser_tool, travel_times, protocol="https")
tm.flow(optimiser_tool, agent, optimise_result)

tm.flow(agent, dispatch_tool, dispatch_call)
tm.flow(dispatch_tool, driver_backend, route_plan)
tm.flow(driver_backend, dispatch_tool, driver_response)
tm.flow(dispatch_tool, agent, dispatch_result)

tm.flow(driver_backend, tablet, route_plan, protocol="https")
tm.flow(tablet, driver_backend, driver_signin, driver_response, van_location, protocol="https")
tm.flow(tablet, driver, route_plan, label="on the touchscreen")
tm.flow(driver, tablet, driver_signin, driver_response, label="on the touchscreen")

tm.flow(agent, sms_tool, sms_call)
tm.flow(sms_tool, sms_provider, sms_message, protocol="https")
tm.flow(sms_provider, customer, sms_message, protocol="sms")
