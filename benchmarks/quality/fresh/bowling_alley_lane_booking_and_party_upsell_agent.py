"""Lane booking and party agent for a bowling alley chain: the first design, before any security review.

Customers book lanes and children's party packages (bowling plus food) by web chat
on the chain's site or by phone; a telephony vendor turns calls into text and
speaks the replies. An LLM agent, built on a hosted model, checks lane
availability, offers party packages, applies member discounts looked up in the
loyalty system, writes the booking and sends a payment link from our payment
provider; the customer pays on the provider's hosted page. It also cancels
bookings and refunds the deposit when the cancellation is inside the policy
window. Children's parties need the parent's name, phone and e-mail. Staff at each
venue see the day's bookings on the lane management screen. The agent runs in the
chain's cloud account with a step limit; the chat endpoint is rate-limited, and
cancellations ask for the booking reference and the e-mail on the booking.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Bowling alley lane booking and party agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Chat and voice agent that books lanes and party packages and takes payment by link.",
)

# ---------------------------------------------------------------- data assets
customer_message = tg.Data("Customer chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
call_audio = tg.Data("Customer voice call", kind="media", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "Model completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_request = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Availability and booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Lane and party bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Venue, lane, time, package, food choices, booker contact and booking total.",
)
parent_details = tg.Data(
    "Parent and child party details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parent's name, phone and e-mail; birthday child's first name and age.",
)
package_prices = tg.Data(
    "Party package price list", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
member_lookup = tg.Data(
    "Membership number and surname", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
member_discount = tg.Data(
    "Member discount tier", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
membership = tg.Data("Loyalty membership records", kind="records", sensitivity=tg.Sensitivity.PII)
payment_link_request = tg.Data(
    "Payment link request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
payment_link = tg.Data("Payment link", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_status = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
cancellation_request = tg.Data(
    "Cancellation tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
refund_request = tg.Data(
    "Deposit refund request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone booking by web chat or phone, members and non-members.
    customer = tm.add(tg.Actor("Customer", role="booker"))

with tm.boundary("Vendors", trust=tg.Trust.PARTNER):
    # Telephony vendor: answers the booking line, speech-to-text and text-to-speech.
    voice_gateway = tm.add(tg.ExternalService("Telephony and speech vendor"))
    # Hosted model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # Card payments on the provider's hosted payment page; refunds through its API.
    payment_provider = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Chain cloud account", trust=tg.Trust.INTERNAL):
    # Receives web chat messages and the vendor's transcribed call turns.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat and voice endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that runs the conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={tg.controls.CircuitBreaker(max_steps=20)},
        )
    )
    # Checks availability, quotes packages from the price list and writes bookings.
    booking_tool = tm.add(tg.Tool("Lane and party booking tool", capabilities={"read", "write"}))
    # Looks up a member's discount tier in the loyalty system.
    loyalty_tool = tm.add(
        tg.Tool(
            "Member discount lookup tool",
            capabilities={"read"},
            controls={tg.controls.Authentication(method="membership number and surname")},
        )
    )
    # Creates a payment link for a booking's total and texts/e-mails it to the booker.
    payment_tool = tm.add(
        tg.Tool("Payment link tool", capabilities={"write", "network-egress", "send-messages"})
    )
    # Cancels a booking and refunds the deposit when inside the policy window.
    cancel_tool = tm.add(
        tg.Tool(
            "Cancellation and refund tool",
            capabilities={"write", "money-movement"},
            controls={tg.controls.Authentication(method="booking reference and e-mail")},
        )
    )
    # System of record for bookings across all venues.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, parent_details, payment_status},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Party packages, food options and their prices per venue.
    catalogue = tm.add(tg.DataStore("Party package catalogue", stores={package_prices}))
    # Existing loyalty platform holding members and discount tiers.
    loyalty_db = tm.add(tg.DataStore("Loyalty system", stores={membership}))
    # Full conversations kept for quality review and disputes.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Front-desk screen at each venue showing the day's lanes and parties.
    lane_screen = tm.add(
        tg.Endpoint(
            "Lane management screen",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="per-staff PIN on the front-desk terminal")
            },
        )
    )

with tm.boundary("Venue network", trust=tg.Trust.INTERNAL):
    # Front-desk staff who run the lanes and prepare parties.
    staff = tm.add(tg.Actor("Venue staff", role="front desk"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, customer_message, protocol="https", label="web chat")
tm.flow(chat_api, customer, agent_reply, protocol="https", label="web chat")
tm.flow(customer, voice_gateway, call_audio, protocol="pstn")
tm.flow(voice_gateway, customer, call_audio, protocol="pstn", label="spoken reply")
tm.flow(voice_gateway, chat_api, customer_message, protocol="https", label="transcribed turn")
tm.flow(chat_api, voice_gateway, agent_reply, protocol="https", label="reply to speak")

tm.flow(chat_api, agent, customer_message)
tm.flow(agent, chat_api, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, booking_tool, booking_request, parent_details)
tm.flow(booking_tool, agent, booking_result)
tm.flow(catalogue, booking_tool, package_prices, label="package prices")
tm.flow(booking_tool, booking_db, bookings, parent_details)
tm.flow(booking_db, booking_tool, bookings, label="availability")

tm.flow(agent, loyalty_tool, member_lookup)
tm.flow(loyalty_db, loyalty_tool, membership)
tm.flow(loyalty_tool, agent, member_discount)

tm.flow(agent, payment_tool, payment_link_request)
tm.flow(booking_db, payment_tool, bookings, label="booking total")
tm.flow(payment_tool, payment_provider, payment_link_request, protocol="https")
tm.flow(payment_provider, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, customer, payment_link, protocol="sms", label="link by text or e-mail")
tm.flow(customer, payment_provider, card_details, protocol="https", label="hosted payment page")
tm.flow(payment_provider, booking_db, payment_status, protocol="https", label="payment webhook")

tm.flow(agent, cancel_tool, cancellation_request)
tm.flow(cancel_tool, booking_db, bookings, label="mark cancelled")
tm.flow(booking_db, cancel_tool, bookings, payment_status)
tm.flow(cancel_tool, payment_provider, refund_request, protocol="https")
tm.flow(cancel_tool, agent, booking_result)

tm.flow(booking_db, lane_screen, bookings, parent_details)
tm.flow(lane_screen, staff, bookings, parent_details, protocol="https")
tm.flow(staff, lane_screen, bookings, protocol="https", label="walk-in and lane changes")
tm.flow(lane_screen, booking_db, bookings)
