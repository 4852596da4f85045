"""Bunkhouse self check-in and door code agent: the first design.

A remote hostel bunkhouse in the Scottish Highlands has no staff on site. Guests
book and pay online through a hosted booking platform. An LLM agent, running on
a small cloud VM, answers their questions by e-mail and WhatsApp from a house
guide and their booking, and on the day of arrival creates a door code on the
smart lock through the lock vendor's cloud and sends it to the guest. Guests are
recognised by the sender address or WhatsApp number matched to the booking.
The owner lives an hour away and watches conversations, codes and door events
on a phone dashboard, and can pause the agent and reply by hand.
Controls: HTTPS on our API links, the lock tool sets a code's validity from the
booking's own dates, a step limit on the agent, dashboard sign-in by e-mail and
password. Guests are in the UK, so UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bunkhouse self check-in and door code agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Unstaffed bunkhouse: an agent answers guests and issues smart-lock door codes.",
)

# ---------------------------------------------------------------- data assets
booking_details = tg.Data(
    "Booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest name, e-mail, phone number, party size, dates, beds and payment status.",
)
guest_message = tg.Data(
    "Guest message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from an e-mail or WhatsApp message, with the sender's address or number.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
house_guide = tg.Data(
    "House guide",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Directions, house rules, Wi-Fi, bedding, drying room, nearby walks.",
)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data(
    "Agent completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_query = tg.Data("Booking lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
code_request = tg.Data("Door code request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
door_code = tg.Data(
    "Door code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
conversation_history = tg.Data("Conversation history", kind="logs", sensitivity=tg.Sensitivity.PII)
door_events = tg.Data("Door entry events", kind="logs", sensitivity=tg.Sensitivity.PII)
owner_actions = tg.Data(
    "Owner actions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pause or resume the agent, manual replies, revoke a code.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Books online and writes by e-mail or WhatsApp; anyone can message us.
    guest = tm.add(tg.Actor("Guest", role="guest"))
    # The owner, on a mobile phone wherever they are.
    owner = tm.add(tg.Actor("Owner", role="owner", privileged=True))

with tm.boundary("Booking platform", trust=tg.Trust.PARTNER):
    # Hosted booking engine and channel manager; takes payment itself.
    booking_platform = tm.add(tg.ExternalService("Booking platform"))

with tm.boundary("Messaging providers", trust=tg.Trust.PARTNER):
    # The bunkhouse's hosted mailbox, read and sent through its API.
    mailbox = tm.add(tg.ExternalService("E-mail provider"))
    # WhatsApp Business Cloud API: posts inbound messages to us, sends our replies.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Understands the guest's message and decides which tool to call.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Lock vendor cloud", trust=tg.Trust.PARTNER):
    # The smart lock maker's cloud API that programs codes onto the lock.
    lock_cloud = tm.add(tg.ExternalService("Smart lock cloud"))

with tm.boundary("Agent VM", trust=tg.Trust.INTERNAL):
    # Answers guests and issues codes with no one on site.
    agent = tm.add(
        tg.Agent(
            "Guest messaging agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            memory=True,
            description="Replies on its own; the owner reads along and can pause it.",
            controls={
                c.Authentication(
                    method="sender e-mail address or WhatsApp number matched to the booking"
                ),
                c.CircuitBreaker(max_steps=8),
            },
        )
    )
    # Reads the booking for the guest the agent believes it is talking to.
    booking_tool = tm.add(tg.Tool("Booking lookup tool", capabilities={"read"}))
    # Creates a time-limited code on the lock on the day of arrival.
    door_code_tool = tm.add(
        tg.Tool(
            "Door code tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="code validity is set from the booking's own check-in and check-out dates"
                )
            },
        )
    )
    # Sends the agent's replies back on the channel the guest used.
    reply_tool = tm.add(tg.Tool("Reply tool", capabilities={"send-messages"}))
    # What the agent is allowed to tell guests about the house.
    guide_store = tm.add(tg.DataStore("House guide store", stores={house_guide}))
    # Every message, reply and tool call, which the agent rereads per guest.
    conversation_log = tm.add(tg.DataStore("Conversation log", stores={conversation_history}))
    # The owner's phone web app for monitoring and taking over.
    dashboard = tm.add(
        tg.Endpoint(
            "Owner dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary(
    "Bunkhouse site",
    trust=tg.Trust.INTERNAL,
    description="Broadband router; the lock's Wi-Fi bridge shares the guest Wi-Fi.",
):
    # Keypad smart lock on the front door, with a Wi-Fi bridge.
    lock = tm.add(tg.Device("Front door smart lock", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(guest, booking_platform, booking_details, protocol="https", label="books and pays")
tm.flow(guest, mailbox, guest_message, protocol="smtp")
tm.flow(mailbox, guest, agent_reply, door_code, protocol="smtp")
tm.flow(guest, whatsapp, guest_message, protocol="https")
tm.flow(whatsapp, guest, agent_reply, door_code, protocol="https")

tm.flow(mailbox, agent, guest_message, protocol="https", label="mailbox API poll")
tm.flow(whatsapp, agent, guest_message, protocol="https", label="inbound message webhook")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(guide_store, agent, house_guide)
tm.flow(agent, conversation_log, conversation_history)
tm.flow(conversation_log, agent, conversation_history, label="past messages with this guest")

tm.flow(agent, booking_tool, booking_query)
tm.flow(booking_tool, booking_platform, booking_query, protocol="https")
tm.flow(booking_platform, booking_tool, booking_details, protocol="https")
tm.flow(booking_tool, agent, booking_details)

tm.flow(agent, door_code_tool, code_request)
tm.flow(door_code_tool, booking_platform, booking_query, protocol="https", label="reads stay dates")
tm.flow(booking_platform, door_code_tool, booking_details, protocol="https")
tm.flow(door_code_tool, lock_cloud, code_request, protocol="https")
tm.flow(lock_cloud, door_code_tool, door_code, protocol="https")
tm.flow(door_code_tool, agent, door_code)
tm.flow(lock_cloud, lock, door_code, protocol="tls", label="code schedule via Wi-Fi bridge")
tm.flow(lock, lock_cloud, door_events, protocol="tls")

tm.flow(agent, reply_tool, agent_reply, door_code)
tm.flow(reply_tool, mailbox, agent_reply, door_code, protocol="https")
tm.flow(reply_tool, whatsapp, agent_reply, door_code, protocol="https")

tm.flow(conversation_log, dashboard, conversation_history)
tm.flow(lock_cloud, dashboard, door_events, protocol="https")
tm.flow(dashboard, owner, conversation_history, door_events, protocol="https")
tm.flow(owner, dashboard, owner_actions, protocol="https")
tm.flow(dashboard, agent, owner_actions, label="pause, resume, manual reply")
tm.flow(dashboard, lock_cloud, owner_actions, protocol="https", label="revoke a code")
