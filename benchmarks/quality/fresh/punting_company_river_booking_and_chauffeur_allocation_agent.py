"""River punting bookings and chauffeur allocation agent: the first design.

A punting company lets tourists book chauffeured punt tours and self-hire punts
through a chat widget on its website. An LLM agent, running on the company's
cloud account and calling a hosted LLM, answers questions, checks availability,
books the trip and allocates a chauffeur and a boat from the roster on its own.
It takes a deposit by creating a hosted-checkout payment link with the card
provider; the amount is the one the agent works out from the price list, and
the provider confirms payment by a signed webhook. Before a self-hire is
confirmed the agent asks the tourist the safety quiz, compares the answers with
the answer key and records a pass or fail on the booking. Confirmations go to
tourists by e-mail and shift notices to chauffeurs by SMS. The duty manager
reviews and overrides allocations in the roster admin screen, signing in with
Google Workspace and 2SV. The chat API is rate limited and the agent's loop capped.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Punting company booking and allocation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website chat agent that books punts, allocates chauffeurs and boats, takes deposits and checks safety quizzes.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Tourist chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, names, party size, dates, contact details and safety quiz answers.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, party size, trip type and time, deposit status, quiz result.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
roster = tg.Data(
    "Chauffeur and boat roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Chauffeur names, phone numbers, shifts and qualifications; boats and their condition.",
)
allocation = tg.Data(
    "Chauffeur and boat allocation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
prices = tg.Data("Tour and hire prices", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
quiz_key = tg.Data(
    "Safety quiz and answer key",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
quiz_result = tg.Data(
    "Safety quiz result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pass or fail per self-hirer, recorded on the booking.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_request = tg.Data(
    "Deposit payment link request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_link = tg.Data(
    "Deposit payment link", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
deposit_paid = tg.Data(
    "Deposit paid event", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
confirmation = tg.Data(
    "Booking confirmation e-mail", kind="records", sensitivity=tg.Sensitivity.PII
)
shift_notice = tg.Data("Chauffeur shift notice", kind="records", sensitivity=tg.Sensitivity.PII)
override = tg.Data("Allocation override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Books tours and self-hire through the website chat.
    tourist = tm.add(tg.Actor("Tourist", role="customer"))

with tm.boundary(
    "Boathouse", trust=tg.Trust.INTERNAL, description="The company's staff at the river."
):
    # Reviews the agent's allocations and fixes the roster.
    duty_manager = tm.add(tg.Actor("Duty manager", role="duty manager", privileged=True))
    # Punts the chauffeured tours the agent assigns.
    chauffeur = tm.add(tg.Actor("Chauffeur", role="punt chauffeur"))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # The website chat widget's backend.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat widget API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="message length and character set limits"),
            },
        )
    )
    # Runs the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
            description="Books, allocates, takes deposits and checks safety quizzes without staff approval.",
        )
    )
    # Checks availability and creates, changes or cancels bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete"},
            description="Reads availability and prices; writes bookings.",
        )
    )
    # Assigns a chauffeur and a boat to each booking.
    allocation_tool = tm.add(
        tg.Tool("Allocation tool", capabilities={"read", "write", "send-messages"})
    )
    # Creates a hosted-checkout link for the deposit.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"money-movement", "network-egress"},
            description="Creates a checkout session for the amount the agent passes in.",
            controls={c.TransactionLimits(limit="GBP 100 per booking")},
        )
    )
    # Fetches the safety quiz and records the agent's pass or fail.
    quiz_tool = tm.add(tg.Tool("Safety quiz tool", capabilities={"read", "write"}))
    # Bookings, transcripts and quiz results.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, transcripts, quiz_result},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.DataVersioning(note="daily backups"),
            },
        )
    )
    # Chauffeurs, shifts, boats and allocations; the duty manager edits it.
    roster_db = tm.add(
        tg.DataStore(
            "Roster database",
            stores={roster, allocation},
            controls={c.Authentication(method="Google Workspace sign-in with 2SV")},
        )
    )
    # Prices and the safety quiz, edited by the office.
    reference_db = tm.add(tg.DataStore("Price list and safety quiz", stores={prices, quiz_key}))
    # Receives the card provider's payment events.
    webhook = tm.add(
        tg.Endpoint(
            "Payment webhook endpoint", purpose=tg.EndpointPurpose.API, internet_facing=True
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("Card payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach our systems.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends confirmation e-mails and shift SMS.
    messaging = tm.add(tg.ExternalService("E-mail and SMS provider"))

# ---------------------------------------------------------------- flows
tm.flow(tourist, chat_api, chat_message, protocol="https")
tm.flow(chat_api, tourist, agent_reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, agent_reply, payment_link)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, booking_db, transcripts)

tm.flow(agent, booking_tool, tool_call)
tm.flow(booking_tool, agent, tool_result, prices)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings)
tm.flow(reference_db, booking_tool, prices)
tm.flow(booking_tool, messaging, confirmation, protocol="https")
tm.flow(messaging, tourist, confirmation, protocol="smtp+starttls")

tm.flow(agent, allocation_tool, tool_call)
tm.flow(allocation_tool, agent, tool_result)
tm.flow(roster_db, allocation_tool, roster, allocation)
tm.flow(allocation_tool, roster_db, allocation)
tm.flow(allocation_tool, messaging, shift_notice, protocol="https")
tm.flow(messaging, chauffeur, shift_notice, protocol="sms")

tm.flow(agent, quiz_tool, tool_call, quiz_result)
tm.flow(quiz_tool, agent, quiz_key)
tm.flow(reference_db, quiz_tool, quiz_key)
tm.flow(quiz_tool, booking_db, quiz_result)

tm.flow(agent, deposit_tool, tool_call)
tm.flow(deposit_tool, agent, payment_link)
tm.flow(deposit_tool, payments, payment_request, protocol="https")
tm.flow(payments, deposit_tool, payment_link, protocol="https")
tm.flow(tourist, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    webhook,
    deposit_paid,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature verified")},
)
tm.flow(webhook, booking_db, deposit_paid, label="marks deposit paid")

tm.flow(roster_db, duty_manager, roster, allocation, protocol="https", label="roster admin screen")
tm.flow(duty_manager, roster_db, override, protocol="https", label="roster admin screen")
