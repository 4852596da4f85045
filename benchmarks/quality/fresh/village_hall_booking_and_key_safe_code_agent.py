"""Village hall booking and key-safe code agent: the first design, before any review.

The village hall committee wants hirers to book the hall by chatting with an agent
on the hall's website instead of phoning the booking secretary. The agent, running
on a small cloud app a committee volunteer maintains, uses a hosted LLM to talk to
the hirer, checks free slots and records provisional bookings in the committee's
Google Sheets, and sends a Stripe payment link for the hire fee (the hourly rates
are in the agent's instructions, which the secretary edits). Stripe tells the app
by webhook when a booking is paid. The agent then sends the hirer the key-safe code
for their slot by e-mail; the caretaker changes the code each week and types it
into a sheet. Controls today: a request quota on the chat, Stripe signature checks
on the webhook, the code tool only e-mails paid bookings at the address on record,
and committee Google accounts with 2-step verification. Hirers do not sign in.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Village hall booking and key-safe code agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Chat agent that books the village hall, takes payment through Stripe and "
        "e-mails the key-safe code to paid hirers."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Hirer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Booking request: name, e-mail, phone, date, times and type of event.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
instructions = tg.Data(
    "Agent instructions with hire rates and hall rules",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply or the tool calls to make.",
)
booking_call = tg.Data(
    "Availability and booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
booking_result = tg.Data(
    "Availability and booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hirer name, e-mail, phone, event, slot, amount and paid status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_call = tg.Data(
    "Payment link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, hirer e-mail and the amount the agent worked out.",
)
checkout_request = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered by the hirer on Stripe's hosted checkout page only.",
)
payment_webhook = tg.Data(
    "Payment completed webhook",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Stripe checkout.session.completed event with the booking reference.",
)
paid_update = tg.Data("Paid status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
code_call = tg.Data("Send key code request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
code_result = tg.Data(
    "Key code sent confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
key_safe_code = tg.Data(
    "Key-safe code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Opens the key safe by the hall door; changed weekly by the caretaker.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
code_email = tg.Data(
    "Key-safe code e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.SECRET,
    description="E-mail to the hirer with the code and the slot it is for.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who wants to hire the hall; no account, just the chat on the website.
    hirer = tm.add(tg.Actor("Hirer", role="member of the public"))

with tm.boundary("Hall booking app", trust=tg.Trust.INTERNAL):
    # The chat API behind the widget on the hall's website.
    chat_api = tm.add(
        tg.Endpoint(
            "Booking chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per IP, to cap LLM costs")},
        )
    )
    # The LLM agent that runs the conversation and calls the booking tools.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books standard hires end to end; refers unusual events to the secretary.",
        )
    )
    # Looks up free slots and writes provisional bookings to the bookings sheet.
    booking_tool = tm.add(
        tg.Tool(
            "Availability and booking tool",
            capabilities={"read", "write"},
        )
    )
    # Creates a Stripe Checkout payment link for the amount the agent passes in.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "network-egress"},
            description="Creates a Stripe Checkout session for the amount given by the agent.",
        )
    )
    # Receives Stripe's payment events and marks bookings paid.
    webhook = tm.add(
        tg.Endpoint(
            "Stripe webhook receiver",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
        )
    )
    # Reads the current key-safe code and e-mails it to the hirer of a paid booking.
    code_tool = tm.add(
        tg.Tool(
            "Key code e-mail tool",
            capabilities={"read", "send-messages"},
            controls={
                c.PolicyEnforcement(
                    rules=(
                        "sends only for bookings the webhook marked paid, only to the "
                        "e-mail on the booking record, no earlier than 24 hours before the slot"
                    )
                )
            },
        )
    )
    # Conversation history kept for the secretary to look back at disputes.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Committee Google Workspace", trust=tg.Trust.INTERNAL):
    # The bookings spreadsheet the committee already uses as its diary.
    bookings_sheet = tm.add(
        tg.DataStore(
            "Bookings sheet",
            stores={bookings},
            controls={
                c.Authentication(method="committee Google accounts with 2-step verification")
            },
        )
    )
    # A separate sheet the caretaker keeps the current key-safe code in.
    code_sheet = tm.add(
        tg.DataStore(
            "Key-safe code sheet",
            stores={key_safe_code},
            controls={
                c.Authentication(method="committee Google accounts with 2-step verification")
            },
        )
    )

with tm.boundary("Committee volunteers", trust=tg.Trust.INTERNAL):
    # Manages bookings, sets the hire rates and handles referred requests.
    secretary = tm.add(tg.Actor("Booking secretary", role="committee member", privileged=True))
    # Changes the key-safe code weekly and records the new one.
    caretaker = tm.add(tg.Actor("Caretaker", role="caretaker"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent calls through its API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Stripe", trust=tg.Trust.PARTNER):
    # Takes the card payment on its hosted page; we never see card numbers.
    stripe = tm.add(tg.ExternalService("Stripe payments", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers the key-safe code e-mails.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(hirer, chat_api, chat_message, protocol="https")
tm.flow(chat_api, hirer, agent_reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, agent_reply)
tm.flow(agent, transcript_store, transcripts)

tm.flow(secretary, agent, instructions, label="edits the app's configuration")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, bookings_sheet, bookings, protocol="https", label="provisional booking")
tm.flow(bookings_sheet, booking_tool, bookings, protocol="https", label="existing bookings")

tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, stripe, checkout_request, protocol="https")
tm.flow(stripe, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(hirer, stripe, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    stripe,
    webhook,
    payment_webhook,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="Stripe-Signature header verified with the endpoint secret")},
)
tm.flow(webhook, bookings_sheet, paid_update, protocol="https")

tm.flow(agent, code_tool, code_call)
tm.flow(code_tool, agent, code_result)
tm.flow(bookings_sheet, code_tool, bookings, protocol="https")
tm.flow(code_sheet, code_tool, key_safe_code, protocol="https")
tm.flow(code_tool, mailer, code_email, protocol="https")
tm.flow(mailer, hirer, code_email, protocol="smtp")

tm.flow(caretaker, code_sheet, key_safe_code, protocol="https", label="weekly code change")
tm.flow(secretary, bookings_sheet, bookings, protocol="https", label="manages bookings")
tm.flow(bookings_sheet, secretary, bookings, protocol="https")
