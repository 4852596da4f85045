"""Mobile sauna trailers: booking chat agent and stove temperature watch, first design.

We tow wood-fired sauna trailers to beaches and sell sessions to the public. Customers
book through a chat widget on our website; an LLM agent (a hosted model from a vendor)
checks the calendar, books the slot and sends a deposit payment link from our payment
provider. Each trailer carries a small sensor gateway with stove and cabin temperature
probes that reports over a cellular modem to our cloud ingest service. While a session
runs, the same agent reads the latest trailer readings and, when they go outside the
limits written into its instructions, texts the host on the beach through an SMS
provider to pause or end the session; the host can text back to acknowledge.
Everything we run sits in one cloud account. Controls in this design: TLS everywhere,
per-trailer device certificates on the telemetry link, a per-IP rate limit on the chat,
a step limit on the agent, managed disk encryption on the booking database, and
inbound host texts matched to the host roster by sender number.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Mobile sauna trailer booking and stove temperature agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat booking for beach sauna sessions, plus an agent that watches "
    "stove and cabin temperatures and texts the host to pause or end a session.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Customer chat message", sensitivity="pii", kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity="pii", kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity="pii",
    kind="prompt",
    description="System instructions with temperature limits, chat history, tool results.",
)
llm_completion = tg.Data("LLM completion", sensitivity="pii", kind="model-output")
booking_call = tg.Data("Booking tool call", sensitivity="pii", kind="tool-call")
booking_result = tg.Data("Availability and booking result", sensitivity="pii", kind="tool-result")
bookings = tg.Data(
    "Booking records",
    sensitivity="pii",
    kind="records",
    description="Name, phone, e-mail, beach, session time, party size, deposit status.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
deposit_call = tg.Data("Deposit request", sensitivity="internal", kind="tool-call")
checkout_session = tg.Data("Checkout session request", sensitivity="pii", kind="records")
payment_link = tg.Data("Deposit payment link", sensitivity="internal", kind="tool-result")
payment_event = tg.Data("Payment confirmation", sensitivity="confidential", kind="records")
readings = tg.Data(
    "Stove and cabin temperature readings",
    sensitivity="internal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry_query = tg.Data("Trailer telemetry query", sensitivity="internal", kind="tool-call")
telemetry_result = tg.Data("Latest trailer readings", sensitivity="internal", kind="tool-result")
alert_call = tg.Data("Host alert request", sensitivity="pii", kind="tool-call")
host_alert = tg.Data(
    "Session pause or end text",
    sensitivity="pii",
    kind="records",
    description="Trailer, readings and the instruction, sent to the host's mobile number.",
)
host_reply = tg.Data("Host acknowledgement text", sensitivity="pii", kind="records")
host_roster = tg.Data(
    "Host roster",
    sensitivity="pii",
    kind="records",
    description="Hosts, mobile numbers, duty days.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Members of the public booking a session from the website chat widget.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Mobile network", trust="untrusted"):
    # The host running the session on the beach, reached only by text message.
    host = tm.add(tg.Actor("Sauna host", role="host"))

with tm.boundary(
    "Sauna trailers",
    trust="internal",
    description="Our trailers, parked on public beaches, online through a cellular modem.",
):
    # One per trailer: reads the stove and cabin probes and reports every 30 seconds.
    gateway = tm.add(
        tg.Device(
            "Trailer sensor gateway",
            fleet=True,
            description="Small Linux board with two thermocouple probes and a 4G modem.",
        )
    )

with tm.boundary("Cloud account", trust="internal"):
    # The chat API behind the website widget; also receives provider webhooks.
    chat_api = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose="api",
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30, note="per client IP")},
        )
    )
    # The LLM agent that talks to customers, books sessions and watches live sessions.
    agent = tm.add(
        tg.Agent(
            "Sauna booking and safety agent",
            autonomy="autonomous",
            description="Books sessions, sends deposit links, polls readings of running "
            "sessions and texts the host when its instructions say to pause or end.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Reads free slots and creates or changes bookings.
    calendar_tool = tm.add(
        tg.Tool("Booking calendar tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Creates a deposit checkout session with the payment provider.
    payment_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"network-egress"},
            origin="first-party",
            description="The deposit amount is a fixed fee per session set in the tool's config.",
        )
    )
    # Reads the latest readings of a trailer for the agent.
    telemetry_tool = tm.add(tg.Tool("Trailer telemetry tool", capabilities={"read"}))
    # Sends a text to the host's phone through the SMS provider.
    sms_tool = tm.add(
        tg.Tool("Host alert SMS tool", capabilities={"send-messages", "network-egress"})
    )
    # Bookings, customer contact details and the host roster.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, host_roster},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Receives the trailer readings over the cellular link.
    ingest = tm.add(tg.Service("Telemetry ingest service"))
    # Time series of readings per trailer, kept for the season.
    telemetry_db = tm.add(tg.DataStore("Trailer telemetry store", stores={readings}))

with tm.boundary("LLM vendor", trust="partner"):
    # The general-purpose hosted model the agent runs on.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("Payment provider", trust="partner"):
    # Hosted checkout: card details never reach us.
    payments = tm.add(tg.ExternalService("Payment provider checkout"))

with tm.boundary("SMS provider", trust="partner"):
    # Sends texts to hosts and posts their replies back to us.
    sms = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
# Booking conversation
tm.flow(customer, chat_api, chat_message, protocol="https")
tm.flow(chat_api, customer, agent_reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Bookings
tm.flow(agent, calendar_tool, booking_call)
tm.flow(calendar_tool, agent, booking_result)
tm.flow(calendar_tool, booking_db, bookings, label="create or change booking")
tm.flow(booking_db, calendar_tool, bookings, label="free slots and existing bookings")

# Deposits
tm.flow(agent, payment_tool, deposit_call)
tm.flow(payment_tool, payments, checkout_session, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(payments, chat_api, payment_event, protocol="https", label="payment webhook")
tm.flow(chat_api, booking_db, payment_event, label="mark deposit paid")

# Trailer telemetry
tm.flow(
    gateway,
    ingest,
    readings,
    protocol="MQTT over TLS",
    label="every 30 s over 4G",
    controls={c.MutualAuthentication(note="per-trailer X.509 device certificates")},
)
tm.flow(ingest, telemetry_db, readings)
tm.flow(agent, telemetry_tool, telemetry_query)
tm.flow(telemetry_db, telemetry_tool, readings)
tm.flow(telemetry_tool, agent, telemetry_result)

# Host alerts and replies
tm.flow(agent, sms_tool, alert_call)
tm.flow(booking_db, sms_tool, host_roster, label="host on duty and mobile number")
tm.flow(sms_tool, sms, host_alert, protocol="https")
tm.flow(sms, host, host_alert, protocol="sms")
tm.flow(host, sms, host_reply, protocol="sms")
tm.flow(
    sms,
    chat_api,
    host_reply,
    protocol="https",
    label="inbound SMS webhook",
    controls={c.Authentication(method="sender phone number matched to the host roster")},
)
tm.flow(booking_db, chat_api, host_roster, label="match sender number")
tm.flow(chat_api, agent, host_reply, label="host acknowledgement")
