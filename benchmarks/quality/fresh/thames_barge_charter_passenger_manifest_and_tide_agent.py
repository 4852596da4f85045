"""Thames barge charter agent: the first design, before any security review.

A company that charters two restored Thames sailing barges for day sails wants an
assistant that does the daily planning chores. Guests book on the company website,
pay through a hosted checkout and enter every passenger's name, age, emergency
contact and any medical or mobility notes, which form the manifest the skipper
must carry. An LLM agent in the company's cloud account reads tide predictions and
the marine forecast, proposes boarding and departure times for each sail, keeps
the manifest up to date and texts guests about boarding changes through an SMS and
WhatsApp gateway; guests' replies come back to it through the gateway's webhook.
Boarding-time changes and cancellations wait for the duty skipper's approval in
the operations console (Google Workspace sign-in with 2-step verification). The
agent is capped at 30 steps per task, the gateway key sits in the secret manager,
the booking database is encrypted at rest and the website validates its forms.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Thames barge charter agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Plans day-sail timings from tides and weather, keeps passenger manifests and "
        "messages guests about boarding changes for a sailing barge charter company."
    ),
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lead booker's name, e-mail, mobile number, sail date and party size.",
)
manifest = tg.Data(
    "Passenger manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Every passenger's name, age band and emergency contact, per sail.",
)
medical_notes = tg.Data(
    "Medical and mobility notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Conditions, medication and boarding help needed, typed in by the booker.",
)
confirmation = tg.Data("Booking confirmation", kind="documents", sensitivity=tg.Sensitivity.PII)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_status = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
tide_query = tg.Data("Tide and forecast query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
tides = tg.Data(
    "Tide predictions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="High and low water times and heights for the barges' reaches, licensed feed.",
)
weather = tg.Data(
    "Marine weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tide_result = tg.Data("Tide and weather lookup result", kind="tool-result")
manifest_result = tg.Data(
    "Manifest lookup result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the task, tide and weather, manifest rows and guest messages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
sailing_plan = tg.Data(
    "Proposed sailing plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boarding, departure and return times per sail, with the tide reasoning.",
)
draft_message = tg.Data("Draft guest message", kind="model-output", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Skipper approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
guest_message = tg.Data("Guest boarding message", kind="documents", sensitivity=tg.Sensitivity.PII)
guest_reply = tg.Data("Guest reply message", kind="documents", sensitivity=tg.Sensitivity.PII)
agent_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Books a sail, enters the passengers, receives and answers boarding messages.
    guest = tm.add(tg.Actor("Guest", role="customer"))

with tm.boundary("Charter company cloud", trust=tg.Trust.INTERNAL):
    # Public booking site; collects the manifest at booking time.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="server-side form validation")},
        )
    )
    # Bookings and manifests: what the skipper prints before each sail.
    booking_db = tm.add(
        tg.DataStore(
            "Booking and manifest database",
            stores={booking, manifest, medical_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Does the daily planning and guest messaging.
    agent = tm.add(
        tg.Agent(
            "Charter operations agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs each morning and on guest replies; plans sails and drafts messages.",
            controls={
                c.CircuitBreaker(max_steps=30),
                c.HumanInTheLoop(
                    approver="duty skipper",
                    note="boarding-time changes and cancellations wait for approval in the console",
                ),
            },
        )
    )
    # Fetches tide predictions and the marine forecast for a date and reach.
    tide_tool = tm.add(tg.Tool("Tide and weather lookup", capabilities={"read"}))
    # Reads and updates passenger manifests (add or remove passengers, mark boarded).
    manifest_tool = tm.add(tg.Tool("Manifest tool", capabilities={"read", "write"}))
    # Sends SMS and WhatsApp messages to guests through the gateway.
    messaging_tool = tm.add(
        tg.Tool(
            "Guest messaging tool",
            capabilities={"send-messages"},
            controls={c.SecretsManagement(note="gateway API key in the cloud secret manager")},
        )
    )
    # Where the skipper sees the proposed plan and approves messages.
    console = tm.add(
        tg.Endpoint(
            "Operations console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace sign-in with 2-step verification")},
        )
    )
    # What the agent did and sent, for the office to check afterwards.
    action_log = tm.add(tg.DataStore("Agent action log store", stores={agent_log}))

with tm.boundary("Barge and office", trust=tg.Trust.INTERNAL):
    # Decides whether and when each barge sails; approves changes the agent proposes.
    skipper = tm.add(tg.Actor("Duty skipper", role="skipper"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Service providers", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach the company.
    payments = tm.add(tg.ExternalService("Payment provider", provides=tg.ExternalCategory.GENERIC))
    # Carries SMS and WhatsApp both ways.
    gateway = tm.add(
        tg.ExternalService("SMS and WhatsApp gateway", provides=tg.ExternalCategory.GENERIC)
    )
    # Licensed tide prediction API for the Thames estuary and Medway.
    tide_feed = tm.add(
        tg.DataSource("Tide prediction API", origin=tg.Origin.VENDOR, provides={tides})
    )
    # National weather service marine forecast API.
    weather_feed = tm.add(
        tg.DataSource("Marine forecast API", origin=tg.Origin.VENDOR, provides={weather})
    )

# ---------------------------------------------------------------- flows
# booking
tm.flow(guest, website, booking, manifest, medical_notes, protocol="https")
tm.flow(website, guest, confirmation, protocol="https")
tm.flow(website, payments, checkout, protocol="https")
tm.flow(payments, website, payment_status, protocol="https", label="payment webhook")
tm.flow(website, booking_db, booking, manifest, medical_notes)

# agent and model
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, action_log, agent_log)

# tides and weather
tm.flow(agent, tide_tool, tool_call)
tm.flow(tide_tool, agent, tide_result)
tm.flow(tide_tool, tide_feed, tide_query, protocol="https")
tm.flow(tide_feed, tide_tool, tides, protocol="https")
tm.flow(tide_tool, weather_feed, tide_query, protocol="https")
tm.flow(weather_feed, tide_tool, weather, protocol="https")

# manifests
tm.flow(agent, manifest_tool, tool_call)
tm.flow(manifest_tool, agent, manifest_result)
tm.flow(manifest_tool, booking_db, manifest, label="manifest updates")
tm.flow(booking_db, manifest_tool, booking, manifest, medical_notes)

# skipper approval
tm.flow(agent, console, sailing_plan, draft_message)
tm.flow(console, skipper, sailing_plan, draft_message, protocol="https")
tm.flow(skipper, console, approval, protocol="https")
tm.flow(console, agent, approval)

# guest messaging
tm.flow(agent, messaging_tool, tool_call, guest_message)
tm.flow(messaging_tool, gateway, guest_message, protocol="https")
tm.flow(gateway, guest, guest_message, protocol="sms")
tm.flow(guest, gateway, guest_reply, protocol="sms")
tm.flow(gateway, agent, guest_reply, protocol="https", label="inbound message webhook")
