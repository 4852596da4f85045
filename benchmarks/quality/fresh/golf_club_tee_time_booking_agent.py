"""Golf club tee-time booking agent: the first design, before any security review.

Members and visiting golfers book tee times by chatting with an LLM agent, either
in the chat widget on the club's website or over WhatsApp. The agent runs in the
club's small cloud account: it reads availability and books slots in the club
management system (a SaaS product), checks a golfer's handicap there before
offering competition or members-only times, and creates a hosted checkout with
the payment provider for visitors' green fees; the golfer pays on the provider's
page, and the provider's webhook marks the booking paid. Changes, cancellations
and refunds are handed to the pro shop staff, who make them in the club system
and the provider's dashboard. The agent books without asking anyone, capped at 15
steps per conversation; members sign in to the website chat with the member
portal password, and the chat API is rate limited. The hosted LLM is a vendor
API. The club is in the EU, so golfers' details fall under GDPR.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Golf club tee-time booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that books tee times and takes green fees over web chat and WhatsApp.",
)

# ---------------------------------------------------------------- data assets
golfer_message = tg.Data("Golfer message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with club rules and rates, the conversation and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
availability = tg.Data(
    "Tee sheet availability", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
booking = tg.Data(
    "Tee time booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
handicap = tg.Data("Member handicap record", kind="records", sensitivity=tg.Sensitivity.PII)
member_records = tg.Data("Member records", kind="records", sensitivity=tg.Sensitivity.PII)
checkout_request = tg.Data(
    "Green fee checkout request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
checkout_link = tg.Data(
    "Checkout link", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Payment confirmed webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund = tg.Data("Refund", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
handoff_note = tg.Data("Change request handoff", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Conversation history", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members and visitors; visitors are not signed in at all.
    golfer = tm.add(tg.Actor("Golfer", role="member or visitor"))

with tm.boundary("WhatsApp platform", trust=tg.Trust.PARTNER):
    # Meta's WhatsApp Business Platform relays messages to and from our webhook.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business Platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent reasons with, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout, card handling and refunds; we never see card numbers.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Club management SaaS", trust=tg.Trust.PARTNER):
    # The club's system of record: members, handicaps and the tee sheet.
    club_system = tm.add(
        tg.DataStore(
            "Club management system", stores={member_records, handicap, booking, availability}
        )
    )

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Serves the website chat widget and receives the payment provider's webhook.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.Authentication(
                    method="member portal e-mail and password; visitors chat as guests"
                ),
            },
        )
    )
    # Receives WhatsApp messages from Meta and sends the replies back.
    whatsapp_webhook = tm.add(
        tg.Endpoint("WhatsApp webhook", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # The LLM agent that holds the conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Tee-time booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
            description="Books and pays without a person; changes go to the pro shop.",
        )
    )
    # Reads availability and creates bookings in the club system.
    tee_sheet_tool = tm.add(
        tg.Tool(
            "Tee sheet tool",
            capabilities={"read", "write"},
            controls={c.SecretsManagement(note="club system API key in the cloud secret manager")},
        )
    )
    # Looks up a golfer's handicap before offering restricted times.
    handicap_tool = tm.add(tg.Tool("Handicap lookup tool", capabilities={"read"}))
    # Creates a hosted checkout for the green fee from the club's tariff.
    payment_tool = tm.add(
        tg.Tool(
            "Green fee payment tool",
            capabilities={"money-movement"},
            description="Creates a checkout session; the golfer pays on the provider's page.",
        )
    )
    # Passes change and cancellation requests to the pro shop by e-mail.
    handoff_tool = tm.add(tg.Tool("Pro shop handoff tool", capabilities={"send-messages"}))
    # Conversation history per golfer, so a chat can be picked up again.
    conversations = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Club house network", trust=tg.Trust.INTERNAL):
    # Handle changes, cancellations and refunds by hand.
    pro_shop = tm.add(tg.Actor("Pro shop staff", role="pro shop staff", privileged=True))

# ---------------------------------------------------------------- flows
# Web chat
tm.flow(golfer, booking_api, golfer_message, protocol="https")
tm.flow(booking_api, golfer, agent_reply, protocol="https")
tm.flow(booking_api, agent, golfer_message)
tm.flow(agent, booking_api, agent_reply)

# WhatsApp
tm.flow(golfer, whatsapp, golfer_message, protocol="https")
tm.flow(whatsapp, golfer, agent_reply, protocol="https")
tm.flow(
    whatsapp, whatsapp_webhook, golfer_message, protocol="https", label="incoming message webhook"
)
tm.flow(whatsapp_webhook, whatsapp, agent_reply, protocol="https", label="send message API")
tm.flow(whatsapp_webhook, agent, golfer_message)
tm.flow(agent, whatsapp_webhook, agent_reply)

# Reasoning and memory
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, conversations, transcripts)
tm.flow(conversations, agent, transcripts)

# Tools
tm.flow(agent, tee_sheet_tool, tool_call)
tm.flow(tee_sheet_tool, agent, availability, booking)
tm.flow(tee_sheet_tool, club_system, booking, protocol="https")
tm.flow(club_system, tee_sheet_tool, availability, booking, protocol="https")
tm.flow(agent, handicap_tool, tool_call)
tm.flow(handicap_tool, agent, handicap)
tm.flow(handicap_tool, club_system, tool_call, protocol="https")
tm.flow(club_system, handicap_tool, handicap, protocol="https")
tm.flow(agent, payment_tool, tool_call)
tm.flow(payment_tool, agent, checkout_link)
tm.flow(payment_tool, payments, checkout_request, protocol="https")
tm.flow(payments, payment_tool, checkout_link, protocol="https")
tm.flow(agent, handoff_tool, tool_call)
tm.flow(handoff_tool, pro_shop, handoff_note, protocol="smtp+starttls")

# Payment
tm.flow(golfer, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    booking_api,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature checked with its SDK")},
)
tm.flow(booking_api, club_system, booking, protocol="https", label="mark green fee paid")

# Pro shop
tm.flow(pro_shop, club_system, booking, protocol="https", label="changes and cancellations")
tm.flow(club_system, pro_shop, booking, member_records, protocol="https")
tm.flow(pro_shop, payments, refund, protocol="https", label="refunds in the dashboard")
