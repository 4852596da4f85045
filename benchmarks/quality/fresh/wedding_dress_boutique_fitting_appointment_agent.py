"""Wedding dress boutique fitting appointment agent: the first design.

A bridal boutique answers enquiries with an AI agent. Brides write to it through
Instagram direct messages (relayed to us by Meta's messaging API) and through
the chat widget on the boutique's website. The agent answers questions from the
dress catalogue, books fitting appointments, records each bride's measurements
and dress choice, and sends a payment link for the deposit; the payment provider
tells us by webhook when the deposit is paid. The website backend and agent run
on a small cloud host; the LLM is a vendor's API. In the shop, seamstresses see
their alteration schedule in the back office, and the owner approves orders
there before they go to the dress makers' order portal. Controls in this design:
TLS on every link, a request quota on the website, a checked payment webhook
signature, the provider key in the host's secret store, encrypted database
storage, and staff sign-in with roles on the back office.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wedding dress boutique fitting appointment agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Enquiry and booking agent for a bridal boutique: Instagram and website chat, "
        "fitting appointments, measurements, deposits and orders to dress makers."
    ),
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data("Bride's enquiry message", sensitivity="pii", kind="prompt")
reply = tg.Data("Agent reply", sensitivity="pii", kind="model-output")
llm_prompt = tg.Data("Agent prompt", sensitivity="pii", kind="prompt")
llm_completion = tg.Data("LLM completion", sensitivity="pii", kind="model-output")
catalogue = tg.Data("Dress catalogue and prices", sensitivity="public", kind="documents")
appointment_call = tg.Data("Appointment booking call", sensitivity="pii", kind="tool-call")
appointment_result = tg.Data("Appointment booking result", sensitivity="pii", kind="tool-result")
record_call = tg.Data("Client record update call", sensitivity="pii", kind="tool-call")
record_result = tg.Data("Client record update result", sensitivity="pii", kind="tool-result")
deposit_call = tg.Data("Deposit link request", sensitivity="pii", kind="tool-call")
deposit_result = tg.Data("Deposit payment link", sensitivity="internal", kind="tool-result")
appointments = tg.Data("Fitting appointments", sensitivity="pii", kind="records")
clients = tg.Data("Bride contact details", sensitivity="pii", kind="records")
measurements = tg.Data(
    "Bride measurements and dress choice",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
deposit_status = tg.Data("Deposit payment status", sensitivity="pii", kind="records")
card_payment = tg.Data(
    "Card payment details",
    sensitivity="regulated",
    kind="records",
    description="Entered on the provider's hosted page; never reaches the boutique.",
)
provider_key = tg.Data("Payment provider API key", sensitivity="secret", kind="credentials")
alteration_schedule = tg.Data("Alteration schedule", sensitivity="pii", kind="records")
alteration_notes = tg.Data("Alteration progress notes", sensitivity="pii", kind="records")
order_approval = tg.Data("Order approval", sensitivity="internal", kind="records")
dress_order = tg.Data(
    "Dress order",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Style, size, colour and the bride's measurements for made-to-measure.",
)
order_confirmation = tg.Data("Maker order confirmation", sensitivity="internal", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Brides-to-be (and anyone else) writing in, booking and paying deposits.
    bride = tm.add(tg.Actor("Bride", role="customer"))

with tm.boundary("Meta", trust=tg.Trust.PARTNER):
    # Relays Instagram direct messages to our webhook and sends our replies.
    instagram = tm.add(tg.ExternalService("Instagram messaging API"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the deposit payment page and reports payments by webhook.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Dress makers", trust=tg.Trust.PARTNER):
    # The designers' wholesale portal where the boutique places dress orders.
    maker_portal = tm.add(tg.ExternalService("Dress makers' order portal"))

with tm.boundary("Boutique cloud host", trust=tg.Trust.INTERNAL):
    # Website chat widget, Instagram webhook and payment webhook receiver.
    website = tm.add(
        tg.Endpoint(
            "Boutique website backend",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=60)},
        )
    )
    # The LLM agent that answers enquiries and calls the booking, record and deposit tools.
    agent = tm.add(
        tg.Agent(
            "Fitting appointment agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books fittings and sends deposit links without staff approval.",
        )
    )
    # Finds free fitting slots and books, moves or cancels appointments.
    appointment_tool = tm.add(tg.Tool("Appointment booking tool", capabilities={"read", "write"}))
    # Writes a bride's contact details, measurements and dress choice.
    record_tool = tm.add(tg.Tool("Client record tool", capabilities={"read", "write"}))
    # Asks the payment provider for a deposit payment link for a chosen dress.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="provider API key in the host's secret store")},
        )
    )
    # Appointments, brides, measurements, dress choices, deposits and orders.
    client_db = tm.add(
        tg.DataStore(
            "Client database",
            stores={
                appointments,
                clients,
                measurements,
                deposit_status,
                alteration_schedule,
                alteration_notes,
                dress_order,
            },
            controls={c.EncryptionAtRest(key_management="managed database encryption")},
        )
    )
    # The dresses in stock and on order, with prices and deposit amounts.
    catalogue_store = tm.add(tg.DataStore("Dress catalogue", stores={catalogue}))
    # Staff web app: alteration schedules for seamstresses, order approval for the owner.
    back_office = tm.add(
        tg.Service(
            "Boutique back office",
            controls={c.Authentication(method="staff e-mail and password"), c.RBAC()},
        )
    )

with tm.boundary("Boutique shop", trust=tg.Trust.INTERNAL):
    # Does the alterations after each fitting.
    seamstress = tm.add(tg.Actor("Seamstress", role="seamstress"))
    # Runs the boutique and approves each order to a dress maker.
    owner = tm.add(tg.Actor("Boutique owner", role="owner", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# enquiries from Instagram and the website
tm.flow(bride, instagram, enquiry, protocol="https", controls={tls})
tm.flow(instagram, bride, reply, protocol="https", controls={tls})
tm.flow(instagram, website, enquiry, protocol="https", controls={tls}, label="message webhook")
tm.flow(website, instagram, reply, protocol="https", controls={tls}, label="send API")
tm.flow(bride, website, enquiry, protocol="https", controls={tls}, label="chat widget")
tm.flow(website, bride, reply, protocol="https", controls={tls}, label="chat widget")
tm.flow(website, agent, enquiry)
tm.flow(agent, website, reply)

# the agent's reasoning
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})
tm.flow(catalogue_store, agent, catalogue, label="catalogue lookup")

# fitting appointments
tm.flow(agent, appointment_tool, appointment_call)
tm.flow(client_db, appointment_tool, appointments, label="free slots")
tm.flow(appointment_tool, client_db, appointments)
tm.flow(appointment_tool, agent, appointment_result)

# measurements and dress choice
tm.flow(agent, record_tool, record_call)
tm.flow(client_db, record_tool, clients, measurements)
tm.flow(record_tool, client_db, clients, measurements)
tm.flow(record_tool, agent, record_result)

# deposits
tm.flow(agent, deposit_tool, deposit_call)
tm.flow(
    deposit_tool,
    payments,
    deposit_call,
    provider_key,
    protocol="https",
    controls={tls},
    label="create payment link",
)
tm.flow(payments, deposit_tool, deposit_result, protocol="https", controls={tls})
tm.flow(deposit_tool, agent, deposit_result)
tm.flow(
    bride, payments, card_payment, protocol="https", controls={tls}, label="hosted payment page"
)
tm.flow(
    payments,
    website,
    deposit_status,
    protocol="https",
    controls={tls, c.MessageIntegrity(note="provider's webhook signature checked")},
    label="payment webhook",
)
tm.flow(website, client_db, deposit_status)

# seamstresses and the owner in the back office
tm.flow(
    client_db,
    back_office,
    appointments,
    measurements,
    alteration_schedule,
    dress_order,
    deposit_status,
)
tm.flow(back_office, client_db, alteration_notes, dress_order)
tm.flow(
    back_office, seamstress, alteration_schedule, measurements, protocol="https", controls={tls}
)
tm.flow(seamstress, back_office, alteration_notes, protocol="https", controls={tls})
tm.flow(back_office, owner, dress_order, deposit_status, protocol="https", controls={tls})
tm.flow(owner, back_office, order_approval, protocol="https", controls={tls})

# orders to the dress makers
tm.flow(back_office, maker_portal, dress_order, protocol="https", controls={tls})
tm.flow(maker_portal, back_office, order_confirmation, protocol="https", controls={tls})
