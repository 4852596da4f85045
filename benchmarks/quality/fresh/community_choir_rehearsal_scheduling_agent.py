"""Community choir rehearsal scheduling agent: the first design, before any security review.

A volunteer-run community choir adds an LLM agent to its members' WhatsApp group
and to the chat page of its website. Members ask it when and where rehearsals are,
say whether they are coming, and ask for the subscription payment link. The agent
reads and books the church hall's shared booking calendar, records attendance in
the members list, sends rehearsal reminders through the WhatsApp Business API and
creates payment links with the card payment provider; refunds are paid only after
the treasurer approves them. The members list, a small hosted database, also keeps
members' emergency contacts and medical notes for concert tours abroad. The agent
runs on a small cloud host the choir rents; the model is a hosted LLM API. Website
members sign in with e-mail and password; WhatsApp users are known by phone number.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community choir rehearsal scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that schedules rehearsals, books the hall, tracks attendance "
    "and collects subscriptions for a community choir.",
)

# ---------------------------------------------------------------- data assets
member_message = tg.Data(
    "Member chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="A member's question or reply, with their phone number or account.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
reminder = tg.Data("Rehearsal reminder", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
member_contacts = tg.Data(
    "Member contact details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, phone numbers, e-mail addresses, voice part, subscription status.",
)
medical_notes = tg.Data(
    "Emergency contacts and medical notes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Kept for concert tours abroad: next of kin, conditions, medication.",
)
attendance = tg.Data("Attendance records", sensitivity=tg.Sensitivity.PII, kind="records")
members_call = tg.Data("Members list tool call", kind="tool-call")
members_result = tg.Data("Member roster rows", sensitivity=tg.Sensitivity.PII, kind="tool-result")
booking_call = tg.Data("Hall booking request", kind="tool-call")
hall_bookings = tg.Data(
    "Hall booking calendar entries",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="The church hall's bookings for all its users, with organisers' names.",
)
message_call = tg.Data("Send reminder call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
payment_call = tg.Data(
    "Payment link or refund request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
payment_result = tg.Data(
    "Payment link and payment status", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
refund_approval = tg.Data("Treasurer refund approval", kind="records")
payment_webhook = tg.Data("Payment status webhook", sensitivity=tg.Sensitivity.PII, kind="records")
provider_key = tg.Data(
    "Payment provider API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Choir members, on their own phones and computers.
    member = tm.add(tg.Actor("Choir member", role="member"))
    # The treasurer is a volunteer who approves refunds from home.
    treasurer = tm.add(tg.Actor("Treasurer", role="treasurer", privileged=True))

with tm.boundary("WhatsApp Business platform", trust=tg.Trust.PARTNER):
    # Meta's platform: carries the group chat and the messages the agent sends.
    whatsapp = tm.add(
        tg.ExternalService("WhatsApp Business API", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that plans the agent's replies and tool calls.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the payment pages, so card details never reach the choir's systems.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Church office", trust=tg.Trust.PARTNER):
    # The church's shared online calendar, which the choir's account can edit.
    hall_calendar = tm.add(tg.ExternalService("Church hall booking calendar"))

with tm.boundary("Choir cloud host", trust=tg.Trust.INTERNAL):
    # The website's chat page, for members who do not use WhatsApp.
    web_chat = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent itself: answers members and calls the tools below.
    agent = tm.add(
        tg.Agent(
            "Rehearsal scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=10)},
            description="Receives WhatsApp messages by webhook and web chat messages.",
        )
    )
    # Reads the roster and records who is coming to each rehearsal.
    members_tool = tm.add(tg.Tool("Members list tool", capabilities={"read", "write"}))
    # Looks up free slots and books the hall for rehearsals.
    booking_tool = tm.add(tg.Tool("Hall booking tool", capabilities={"read", "write"}))
    # Sends reminders and one-to-one messages through WhatsApp.
    messaging_tool = tm.add(tg.Tool("Reminder messaging tool", capabilities={"send-messages"}))
    # Creates subscription payment links and issues refunds once approved.
    payment_tool = tm.add(
        tg.Tool(
            "Subscription payment tool",
            capabilities={"read", "money-movement"},
            controls={c.HumanInTheLoop(approver="the treasurer", note="refunds only")},
        )
    )
    # The members list: roster, attendance, emergency contacts and medical notes.
    members_db = tm.add(
        tg.DataStore(
            "Members list",
            stores={member_contacts, medical_notes, attendance},
            controls={c.EncryptionAtRest(key_management="hosting provider default")},
        )
    )
    # Configuration file on the host holding the payment provider's API key.
    config = tm.add(tg.DataStore("Agent configuration", stores={provider_key}))

# ---------------------------------------------------------------- flows
# Members talk to the agent in WhatsApp ...
tm.flow(member, whatsapp, member_message, protocol="https")
tm.flow(whatsapp, agent, member_message, protocol="https", label="incoming message webhook")
tm.flow(agent, whatsapp, agent_reply, protocol="https")
tm.flow(whatsapp, member, agent_reply, reminder, protocol="https")

# ... or on the website.
tm.flow(member, web_chat, member_message, protocol="https")
tm.flow(web_chat, agent, member_message)
tm.flow(agent, web_chat, agent_reply)
tm.flow(web_chat, member, agent_reply, protocol="https")

# The agent's model.
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Members list and attendance.
tm.flow(agent, members_tool, members_call)
tm.flow(members_tool, agent, members_result)
tm.flow(members_db, members_tool, member_contacts, medical_notes, attendance)
tm.flow(members_tool, members_db, attendance, label="marks attendance")

# Hall bookings.
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, hall_bookings)
tm.flow(booking_tool, hall_calendar, booking_call, protocol="https")
tm.flow(hall_calendar, booking_tool, hall_bookings, protocol="https")

# Reminders.
tm.flow(agent, messaging_tool, message_call)
tm.flow(members_db, messaging_tool, member_contacts, label="reminder recipients")
tm.flow(messaging_tool, whatsapp, reminder, protocol="https")

# Subscriptions and refunds.
tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, agent, payment_result)
tm.flow(config, payment_tool, provider_key)
tm.flow(payment_tool, payments, payment_call, protocol="https")
tm.flow(payments, payment_tool, payment_result, protocol="https")
tm.flow(payments, payment_tool, payment_webhook, protocol="https", label="payment webhook")
tm.flow(payment_tool, treasurer, payment_call, protocol="https", label="refund approval request")
tm.flow(treasurer, payment_tool, refund_approval, protocol="https")
tm.flow(payment_tool, members_db, member_contacts, label="subscription status")
