"""Plumbing service voice agent: the first design, before any security review.

Customers phone the company's number; a cloud telephony provider answers, calls
our webhook and streams the call to a voice agent running in our cloud account,
with the provider's speech-to-text and text-to-speech in between. The agent, an
LLM from a hosted vendor plus our tools, identifies the caller by phone number
in the customer database, asks about the problem, looks up likely causes in a
troubleshooting guide index and books a technician visit in the SaaS scheduling
system. To confirm a booking it takes the call-out fee: the payment tool opens a
payment session and the caller keys the card number on the keypad, which the
telephony provider's secure-pay feature passes straight to the payment provider.
The payment tool can only charge the fixed call-out fee. Signs of an emergency
(flooding, no water, sewage) make the agent transfer the call to a dispatcher.
Technicians see their jobs in the scheduling system's mobile app. Transcripts are
kept for quality review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Plumbing dispatch voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description="Voice AI that answers customer calls, books visits and takes call-out fees.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data("Call audio", kind="media", sensitivity=tg.Sensitivity.PII)
caller_utterance = tg.Data(
    "Caller utterance text",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Speech-to-text of what the caller says, with the caller's number.",
)
agent_reply = tg.Data("Agent reply text", kind="model-output", sensitivity=tg.Sensitivity.PII)
incoming_call = tg.Data(
    "Incoming call event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Caller number and call id, posted when a call arrives.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, customer record and retrieved guides.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
guides = tg.Data(
    "Troubleshooting guides",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Written by senior plumbers: symptoms, likely causes, job types and prices.",
)
customer_record = tg.Data(
    "Customer record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone number, property notes and past jobs.",
)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Available slots and booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
appointment = tg.Data("Technician appointment", kind="records", sensitivity=tg.Sensitivity.PII)
job_ticket = tg.Data(
    "Job ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, access notes and the agent's diagnosis for the technician.",
)
payment_request = tg.Data(
    "Call-out fee payment request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_session = tg.Data(
    "Payment session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_result = tg.Data(
    "Payment result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Card number, expiry and CVV keyed as DTMF tones.",
)
handoff = tg.Data(
    "Emergency handoff",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Call transfer with the caller's details and a summary of the problem.",
)
transcript = tg.Data("Call transcript", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Public phone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can call the number, and the caller ID they present is not verified.
    customer = tm.add(tg.Actor("Customer caller", role="customer"))
    # Field technicians read their jobs on their phones.
    technician = tm.add(tg.Actor("Technician", role="field technician"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Answers calls, does speech-to-text and text-to-speech, captures keypad card entry.
    telephony = tm.add(
        tg.ExternalService(
            "Cloud telephony platform",
            description="Programmable voice with streaming STT/TTS and secure-pay DTMF capture.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model called with tool definitions.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the card payment; card numbers never reach our systems.
    payments = tm.add(tg.ExternalService("Payment provider API", description="Card acquiring."))

with tm.boundary("Scheduling SaaS", trust=tg.Trust.PARTNER):
    # Field-service management system: technicians' calendars and job tickets.
    scheduling = tm.add(tg.ExternalService("Field service scheduling system"))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Runs the conversation: decides what to ask, what to look up and which tool to call.
    agent = tm.add(
        tg.Agent(
            "Voice booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books visits and takes the call-out fee without a person approving.",
        )
    )
    # Likely causes and job types the agent quotes from.
    guide_index = tm.add(tg.VectorStore("Troubleshooting guide index", stores={guides}))
    # Who the caller is and what was done at their property before.
    customer_db = tm.add(
        tg.DataStore(
            "Customer database",
            stores={customer_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Kept for quality review of the agent's calls.
    transcripts = tm.add(tg.DataStore("Call transcript store", stores={transcript}))
    # Lets the agent find free slots and create or move appointments.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="API key scoped to appointments only")},
        )
    )
    # Opens a secure-pay session for the fixed call-out fee.
    payment_tool = tm.add(
        tg.Tool(
            "Call-out fee payment tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(limit="the fixed call-out fee, USD 89 per booking"),
                c.SecretsManagement(note="payment API key in the cloud secret manager"),
            },
        )
    )
    # Warm-transfers emergencies to the dispatch desk.
    transfer_tool = tm.add(tg.Tool("Emergency transfer tool", capabilities={"send-messages"}))

with tm.boundary("Dispatch office", trust=tg.Trust.INTERNAL):
    # Takes emergency calls and fixes bookings the agent got wrong.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="dispatcher", privileged=True))

# ---------------------------------------------------------------- flows
# The call
tm.flow(customer, telephony, call_audio, card_details, protocol="pstn", label="phone call")
tm.flow(telephony, customer, call_audio, protocol="pstn")
tm.flow(telephony, agent, incoming_call, protocol="https", label="incoming call webhook")
tm.flow(telephony, agent, caller_utterance, protocol="wss", label="speech-to-text stream")
tm.flow(agent, telephony, agent_reply, protocol="wss", label="text-to-speech stream")

# Reasoning
tm.flow(customer_db, agent, customer_record, label="lookup by caller number")
tm.flow(agent, customer_db, customer_record, label="new customer or updated address")
tm.flow(agent, guide_index, caller_utterance, label="similarity query")
tm.flow(guide_index, agent, guides)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcripts, transcript)

# Booking
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, scheduling, appointment, protocol="https")
tm.flow(scheduling, booking_tool, appointment, protocol="https")
tm.flow(booking_tool, agent, booking_result)
tm.flow(scheduling, technician, job_ticket, protocol="https", label="mobile app")

# Payment
tm.flow(agent, payment_tool, payment_request)
tm.flow(payment_tool, payments, payment_session, protocol="https")
tm.flow(payment_tool, telephony, payment_session, protocol="https", label="start secure pay")
tm.flow(telephony, payments, card_details, protocol="https", label="secure-pay DTMF capture")
tm.flow(payments, payment_tool, payment_result, protocol="https")
tm.flow(payment_tool, agent, payment_result)

# Emergencies and the dispatch desk
tm.flow(agent, transfer_tool, handoff)
tm.flow(transfer_tool, telephony, handoff, protocol="https", label="transfer call")
tm.flow(telephony, dispatcher, call_audio, handoff, label="transferred call")
tm.flow(dispatcher, scheduling, appointment, protocol="https", label="emergency booking")
