"""Appointment reminders and SMS rebooking for a small chain of dog groomers: first design.

The chain has five salons and books appointments in a hosted salon booking system. An
hourly scheduler reads the next day's appointments and texts each dog owner a reminder
through an SMS provider. Owners can reply in plain words ("can we move Biscuit to
Thursday?", "cancel please"); the provider posts each reply to our webhook, and an LLM
agent hosted by a model vendor reads it with the recent conversation and acts through
four tools: look up free slots, move or cancel the appointment in the booking system,
text the owner back, and hand the conversation to salon staff (complaints, prices,
anything it is unsure of). The agent finds the appointment by the phone number the
text came from. Everything runs in one small cloud account; the webhook is rate
limited, the agent is capped at a few steps per message and its tool calls are logged,
and salon staff read handed-over conversations in a web inbox with each salon's login.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Groomer appointment reminder agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Texts appointment reminders and handles rebooking and cancellation "
    "replies with an LLM agent for a small chain of dog grooming salons.",
)

# ---------------------------------------------------------------- data assets
appointments = tg.Data(
    "Appointment records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name and mobile number, dog name and breed, service, salon, time, "
    "groomer notes (temperament, skin conditions).",
)
reminder = tg.Data("Reminder text", kind="records", sensitivity=tg.Sensitivity.PII)
owner_reply = tg.Data(
    "Owner SMS reply",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the owner's phone, with the sender number.",
)
history = tg.Data("Conversation history", kind="logs", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, salon opening hours, the appointment, history and reply.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
slot_query = tg.Data("Free slot query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
slots = tg.Data("Free slots", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
change_call = tg.Data("Reschedule or cancel call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
change = tg.Data("Appointment change", kind="records", sensitivity=tg.Sensitivity.PII)
change_result = tg.Data("Change confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
reply_text = tg.Data("Agent reply text", kind="records", sensitivity=tg.Sensitivity.PII)
handoff = tg.Data(
    "Staff handoff note",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The agent's summary, the owner's number and the recent messages.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers text from their own phones; any phone can text our number.
    dog_owner = tm.add(tg.Actor("Dog owner", role="customer"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends our texts and posts incoming replies to our webhook.
    sms_provider = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Booking software vendor", trust=tg.Trust.PARTNER):
    # The salons' existing hosted booking system: the record of every appointment.
    booking = tm.add(
        tg.ExternalService(
            "Salon booking system",
            description="SaaS salon diary; we use its REST API with one account-wide API key.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Reminder service cloud account", trust=tg.Trust.INTERNAL):
    # Sends the day-ahead reminders; no model involved.
    scheduler = tm.add(tg.Service("Hourly reminder scheduler"))
    # Receives the SMS provider's inbound-message webhook.
    webhook = tm.add(
        tg.Endpoint(
            "Inbound SMS webhook",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=120)},
        )
    )
    # Reads each reply and decides whether to rebook, cancel, answer or hand over.
    agent = tm.add(
        tg.Agent(
            "Rebooking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Looks up the appointment by the phone number the text came from "
            "and acts on it without a person's approval.",
            controls={
                c.CircuitBreaker(max_steps=6),
                c.AuditLogging(retention_days=90, note="tool calls and replies"),
            },
        )
    )
    # Last 30 days of each owner's text conversation, for context.
    conversations = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud provider default")},
        )
    )
    # Read-only lookup of free slots at the owner's salon.
    slot_tool = tm.add(tg.Tool("Availability lookup tool", capabilities={"read"}))
    # Moves or cancels an appointment in the booking system.
    change_tool = tm.add(
        tg.Tool(
            "Reschedule and cancel tool",
            capabilities={"read", "write", "delete"},
            description="Acts on the appointment matched to the sender's phone number.",
        )
    )
    # Texts the owner back through the SMS provider.
    reply_tool = tm.add(tg.Tool("SMS reply tool", capabilities={"send-messages"}))
    # Puts the conversation in the salon's inbox for a person to pick up.
    handoff_tool = tm.add(tg.Tool("Staff handoff tool", capabilities={"write"}))
    # Web inbox where salon staff read handed-over conversations and call owners back.
    staff_inbox = tm.add(
        tg.Service(
            "Staff handoff inbox",
            controls={c.Authentication(method="one shared login and password per salon")},
        )
    )

with tm.boundary("Salons", trust=tg.Trust.INTERNAL):
    # Front-desk staff and groomers at the five salons.
    salon_staff = tm.add(tg.Actor("Salon staff", role="front desk"))

# ---------------------------------------------------------------- flows
# Reminders
tm.flow(booking, scheduler, appointments, protocol="https", label="hourly sync")
tm.flow(scheduler, sms_provider, reminder, protocol="https")
tm.flow(sms_provider, dog_owner, reminder, protocol="sms")

# Replies reach the agent
tm.flow(dog_owner, sms_provider, owner_reply, protocol="sms")
tm.flow(sms_provider, webhook, owner_reply, protocol="https", label="inbound SMS webhook")
tm.flow(webhook, agent, owner_reply)
tm.flow(conversations, agent, history)
tm.flow(agent, conversations, history)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Tools
tm.flow(agent, slot_tool, slot_query)
tm.flow(slot_tool, booking, slot_query, protocol="https")
tm.flow(booking, slot_tool, slots, protocol="https")
tm.flow(slot_tool, agent, slots)

tm.flow(agent, change_tool, change_call)
tm.flow(change_tool, booking, change, protocol="https")
tm.flow(booking, change_tool, change_result, appointments, protocol="https")
tm.flow(change_tool, agent, change_result)

tm.flow(agent, reply_tool, reply_text)
tm.flow(reply_tool, sms_provider, reply_text, protocol="https")
tm.flow(sms_provider, dog_owner, reply_text, protocol="sms")

tm.flow(agent, handoff_tool, handoff)
tm.flow(handoff_tool, staff_inbox, handoff)
tm.flow(staff_inbox, salon_staff, handoff, protocol="https")
tm.flow(salon_staff, staff_inbox, handoff, protocol="https", label="marks handled")
