"""Corporate travel voice agent: the first design, before any security review.

Employees book business trips by phoning a company number or by messaging a bot
in the corporate chat platform. A telephony provider streams the call audio to
our speech front end, which transcribes it with a self-hosted speech-to-text
model and speaks the agent's replies back. An LLM agent (a hosted LLM behind a
vendor API) plans the trip: it searches flights and hotels through the travel
booking partner's API, checks the travel policy in the intranet document store,
books on the company card that the partner keeps on file, and files the trip in
the expense SaaS. Bookings above the policy threshold are held until the
employee's manager approves them in the expense system. Callers are identified
by caller ID against the employee directory, chat users by the chat platform's
SSO; the partner API key lives in the cloud secret manager and the agent has a
step limit. Employees are in the EU and North America, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Travel and expense voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Voice and chat agent that books policy-compliant trips and files them as expenses.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data("Call audio", sensitivity=tg.Sensitivity.PII, kind="media")
reply_audio = tg.Data("Spoken reply audio", sensitivity=tg.Sensitivity.PII, kind="media")
transcript = tg.Data(
    "Trip request transcript",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Transcribed request with the caller identity resolved from caller ID.",
)
chat_message = tg.Data("Chat trip request", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, traveller profile and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
search_query = tg.Data(
    "Flight and hotel search", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
offers = tg.Data(
    "Fare and hotel offers",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="tool-result",
    description="Partner search results, including free-text hotel and fare descriptions.",
)
policy_query = tg.Data("Policy lookup", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
policy_docs = tg.Data(
    "Travel policy documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
policy_excerpts = tg.Data(
    "Policy excerpts", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
booking_request = tg.Data(
    "Booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Traveller name, date of birth, passport and loyalty numbers, chosen offer.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
partner_key = tg.Data(
    "Booking partner API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
trip_record = tg.Data(
    "Trip expense record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Itinerary, cost, cost centre and booking reference filed for the employee.",
)
approval_status = tg.Data(
    "Approval status",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
manager_decision = tg.Data(
    "Manager approval decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
conversation_logs = tg.Data("Conversation logs", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Public phone network and internet", trust=tg.Trust.UNTRUSTED):
    # The traveller, calling from any phone or messaging from a laptop or mobile.
    employee = tm.add(tg.Actor("Employee", role="traveller"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Owns the company phone number and streams call audio to us.
    telephony = tm.add(tg.ExternalService("Telephony provider"))

with tm.boundary("Chat platform", trust=tg.Trust.PARTNER):
    # The corporate chat SaaS where the travel bot is installed.
    chat = tm.add(tg.ExternalService("Corporate chat platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that plans the trip and chooses tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement vendor review, zero-retention terms")},
        )
    )

with tm.boundary("Travel booking partner", trust=tg.Trust.PARTNER):
    # Searches inventory, books, and charges the company card it keeps on file.
    booking_partner = tm.add(
        tg.ExternalService(
            "Travel booking partner API",
            description="Holds the company card on file and charges it when a booking is ticketed.",
        )
    )

with tm.boundary("Expense SaaS", trust=tg.Trust.PARTNER):
    # System of record for trips; managers approve bookings over the threshold here.
    expense = tm.add(tg.ExternalService("Expense system"))

with tm.boundary("Travel agent VPC", trust=tg.Trust.INTERNAL):
    # Turns call audio into text and agent replies back into speech.
    speech = tm.add(
        tg.Service(
            "Speech front end",
            controls={c.Authentication(method="caller ID matched to the employee directory")},
        )
    )
    # Self-hosted speech-to-text model used by the front end.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights transcription model served on a GPU node.",
        )
    )
    # The orchestrator that holds the conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Travel agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books within policy on its own; only over-threshold bookings wait for a manager.",
            controls={
                c.CircuitBreaker(max_steps=30),
                c.SecretsManagement(
                    note="partner and expense API keys in the cloud secret manager"
                ),
            },
        )
    )
    # Read-only search of partner inventory.
    search_tool = tm.add(tg.Tool("Travel search tool", capabilities={"read", "network-egress"}))
    # Places bookings charged to the company card.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"write", "money-movement", "network-egress"},
            controls={
                c.HumanInTheLoop(
                    approver="employee's manager",
                    note="only bookings above the policy threshold; held until approved in the expense system",
                )
            },
        )
    )
    # Looks up the travel policy for the trip's destination and grade.
    policy_tool = tm.add(tg.Tool("Policy lookup tool", capabilities={"read"}))
    # Files the trip in the expense system and reads back approval status.
    expense_tool = tm.add(
        tg.Tool("Expense filing tool", capabilities={"read", "write", "network-egress"})
    )
    # Keeps transcripts and tool traces for support and dispute handling.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={conversation_logs},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Corporate intranet", trust=tg.Trust.INTERNAL):
    # Where HR and finance publish the travel policy.
    policy_store = tm.add(tg.DataStore("Policy document store", stores={policy_docs}))
    # Approves over-threshold trips in the expense system.
    manager = tm.add(tg.Actor("Manager", role="approver"))

# ---------------------------------------------------------------- flows
# voice channel
tm.flow(employee, telephony, call_audio, protocol="pstn")
tm.flow(telephony, speech, call_audio, protocol="wss", label="media stream")
tm.flow(speech, stt, call_audio)
tm.flow(stt, speech, transcript)
tm.flow(speech, agent, transcript)
tm.flow(agent, speech, agent_reply)
tm.flow(speech, telephony, reply_audio, protocol="wss")
tm.flow(telephony, employee, reply_audio, protocol="pstn")

# chat channel
tm.flow(employee, chat, chat_message, protocol="https")
tm.flow(
    chat,
    agent,
    chat_message,
    protocol="https",
    label="bot webhook",
    controls={c.Authentication(method="chat platform SSO identity")},
)
tm.flow(agent, chat, agent_reply, protocol="https")
tm.flow(chat, employee, agent_reply, protocol="https")

# planning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# search
tm.flow(agent, search_tool, search_query)
tm.flow(search_tool, booking_partner, search_query, partner_key, protocol="https")
tm.flow(booking_partner, search_tool, offers, protocol="https")
tm.flow(search_tool, agent, offers)

# policy check
tm.flow(agent, policy_tool, policy_query)
tm.flow(policy_tool, policy_store, policy_query)
tm.flow(policy_store, policy_tool, policy_excerpts)
tm.flow(policy_tool, agent, policy_excerpts)

# booking on the company card
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, booking_partner, booking_request, partner_key, protocol="https")
tm.flow(booking_partner, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)

# expense filing and manager approval
tm.flow(agent, expense_tool, trip_record)
tm.flow(expense_tool, expense, trip_record, protocol="https")
tm.flow(expense, expense_tool, approval_status, protocol="https")
tm.flow(expense_tool, agent, approval_status)
tm.flow(expense, manager, trip_record, protocol="https", label="pending approval")
tm.flow(manager, expense, manager_decision, protocol="https")

# records
tm.flow(agent, log_store, conversation_logs)
