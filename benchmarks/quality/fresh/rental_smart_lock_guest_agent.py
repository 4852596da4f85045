"""Smart-lock guest agent: the first design, before any security review.

A short-term rental company (apartments in Portugal and Spain) runs an agent that
talks to guests through the booking platforms' messaging APIs. When a guest
writes, the platform calls our webhook; the agent reads the booking through the
platform API, answers questions from the property guide, and about three hours
before check-in, woken by a scheduler, creates a door code valid for the stay
through the smart-lock vendor's cloud API and sends it to the guest. The same
scheduler creates codes for cleaners' shifts and texts them by SMS. Hosts use a
dashboard to read conversations, take over a chat, pause the agent and issue or
revoke codes. It all runs in one cloud account; the LLM is a hosted API.
Existing controls: signed platform webhooks, SSO with MFA for hosts, vault-held
vendor API keys, a step limit on the agent, tool-call logging and encryption at
rest of the operations database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rental smart-lock guest agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Guest messaging agent that issues smart-lock door codes for short-term rentals.",
)

# ---------------------------------------------------------------- data assets
guest_message = tg.Data("Guest message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking = tg.Data(
    "Booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest name, phone, property, check-in and check-out dates, guest count.",
)
property_guide = tg.Data(
    "Property guide",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Address, parking, house rules, Wi-Fi password, appliance instructions.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data(
    "LLM completion and tool calls", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
platform_call = tg.Data("Platform API call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
code_request = tg.Data(
    "Door code request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Property, lock, validity window and label (guest or cleaner).",
)
door_code = tg.Data(
    "Door code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
lock_api_call = tg.Data(
    "Lock vendor API call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.SECRET,
    description="Create, update or delete a PIN code; carries the account-wide API key.",
)
lock_events = tg.Data("Lock access events", kind="logs", sensitivity=tg.Sensitivity.PII)
shifts = tg.Data("Cleaner shift schedule", kind="records", sensitivity=tg.Sensitivity.PII)
cleaner_sms = tg.Data("Cleaner code SMS", kind="records", sensitivity=tg.Sensitivity.SECRET)
transcript = tg.Data("Conversation transcript", kind="logs", sensitivity=tg.Sensitivity.PII)
override = tg.Data(
    "Host override command",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pause the agent, take over a chat, issue or revoke a code.",
)
trigger = tg.Data("Check-in trigger", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who books (or pretends to) and writes through a platform.
    guest = tm.add(tg.Actor("Guest", role="guest"))
    # Contracted cleaners receive a code for each shift on their own phones.
    cleaner = tm.add(tg.Actor("Cleaner", role="contract cleaner"))
    # Company hosts work from their own phones and laptops.
    host = tm.add(tg.Actor("Host", role="host", privileged=True))

with tm.boundary("Booking platforms", trust=tg.Trust.PARTNER):
    # Airbnb, Booking.com, Vrbo: bookings and the only channel to guests.
    platforms = tm.add(
        tg.ExternalService("Booking platform APIs", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Smart-lock vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's cloud manages PIN codes on every lock of our account.
    lock_cloud = tm.add(
        tg.ExternalService("Smart-lock cloud API", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends cleaners their shift codes.
    sms = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Rental properties", trust=tg.Trust.UNTRUSTED):
    # Wi-Fi keypad locks on the apartment doors, provisioned through the vendor bridge.
    locks = tm.add(tg.Device("Smart locks", fleet=True))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Receives platform message and booking webhooks.
    webhook = tm.add(
        tg.Endpoint(
            "Platform webhook endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="platform webhook signature")},
        )
    )
    # Answers guests and sends door codes on its own; hosts can step in.
    agent = tm.add(
        tg.Agent(
            "Guest agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=12),
                c.AuditLogging(retention_days=90, note="every tool call and message"),
            },
        )
    )
    # Reads bookings and sends replies through the platform messaging APIs.
    platform_tool = tm.add(
        tg.Tool(
            "Booking platform tool",
            capabilities={"read", "send-messages"},
            controls={c.SecretsManagement(note="platform OAuth tokens in the vault")},
        )
    )
    # Creates and deletes PIN codes on the locks through the vendor API.
    code_tool = tm.add(
        tg.Tool(
            "Door code tool",
            capabilities={"write", "delete"},
            controls={c.SecretsManagement(note="vendor API key in the vault")},
        )
    )
    # Wakes the agent before check-in and issues cleaner shift codes.
    scheduler = tm.add(tg.Service("Check-in scheduler"))
    # Where hosts watch conversations and override the agent.
    dashboard = tm.add(
        tg.Endpoint(
            "Host dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="SSO with MFA")},
        )
    )
    # Full history of each guest conversation.
    conversation_log = tm.add(tg.DataStore("Conversation log", stores={transcript}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Mirror of bookings, property guides, cleaner shifts and issued codes.
        ops_db = tm.add(
            tg.DataStore(
                "Operations database",
                stores={booking, property_guide, shifts, door_code},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# guest conversation
tm.flow(guest, platforms, guest_message, protocol="https")
tm.flow(
    platforms,
    webhook,
    guest_message,
    booking,
    protocol="https",
    label="message and booking webhooks",
)
tm.flow(webhook, agent, guest_message)
tm.flow(webhook, ops_db, booking, label="booking mirror")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(ops_db, agent, booking, property_guide, label="booking and property guide")
tm.flow(agent, conversation_log, transcript)

# booking platform tool
tm.flow(agent, platform_tool, agent_reply, door_code, label="reply, with the code before check-in")
tm.flow(platform_tool, platforms, platform_call, agent_reply, door_code, protocol="https")
tm.flow(platforms, platform_tool, booking, protocol="https", label="booking lookup")
tm.flow(platform_tool, agent, booking)
tm.flow(platforms, guest, agent_reply, door_code, protocol="https")

# door codes
tm.flow(ops_db, scheduler, booking, shifts)
tm.flow(scheduler, agent, trigger, label="three hours before check-in")
tm.flow(agent, code_tool, code_request)
tm.flow(scheduler, code_tool, code_request, label="cleaner shift code")
tm.flow(code_tool, lock_cloud, lock_api_call, protocol="https")
tm.flow(lock_cloud, code_tool, door_code, protocol="https")
tm.flow(code_tool, agent, door_code)
tm.flow(code_tool, scheduler, door_code)
tm.flow(code_tool, ops_db, door_code, label="issued codes")
tm.flow(lock_cloud, locks, door_code, label="vendor bridge")
tm.flow(locks, lock_cloud, lock_events, label="vendor bridge")
tm.flow(scheduler, sms, cleaner_sms, protocol="https")
tm.flow(sms, cleaner, cleaner_sms, protocol="sms")

# host override
tm.flow(host, dashboard, override, shifts, protocol="https")
tm.flow(dashboard, host, transcript, booking, door_code, protocol="https")
tm.flow(conversation_log, dashboard, transcript)
tm.flow(ops_db, dashboard, booking, door_code)
tm.flow(dashboard, ops_db, shifts, label="shift edits")
tm.flow(dashboard, agent, override, label="pause or take over")
tm.flow(dashboard, code_tool, override, label="manual issue or revoke")
