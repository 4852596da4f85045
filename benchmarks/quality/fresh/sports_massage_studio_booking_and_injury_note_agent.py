"""Sports massage studio: booking and injury-note agent, first design before review.

A three-room sports massage studio in Manchester lets clients book, move and cancel
sessions by chatting with an assistant on the studio website. The assistant is an
LLM agent on a vendor-hosted model: it books slots through the studio's scheduling
platform, takes a short injury intake from new clients into the client record and
texts a confirmation. After each session the therapist types bullet points on the
studio tablet; the agent drafts an injury and treatment note from them, which the
therapist approves before it is saved. It runs in the studio's cloud account; the
model vendor, scheduling platform and SMS provider are outside services. Controls:
TLS on external links, an SMS one-time code and a rate limit on the chat, therapist
approval of notes, an agent step limit, encrypted role-restricted client records
and a data processing agreement with the model vendor.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Sports massage studio booking and injury-note agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website booking chat and therapist injury notes for a UK sports massage studio.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Client chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
intake = tg.Data(
    "Injury intake answers",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Current pain, recent injuries, medical conditions and medication.",
)
reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt with client context",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, conversation so far, client history and tool results.",
)
llm_completion = tg.Data(
    "Model completion and tool calls", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
booking_call = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data(
    "Availability and booking result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
appointment = tg.Data("Appointment booking", sensitivity=tg.Sensitivity.PII, kind="records")
slots = tg.Data("Open appointment slots", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
record_call = tg.Data(
    "Client record tool call", sensitivity=tg.Sensitivity.REGULATED, kind="tool-call"
)
client_history = tg.Data(
    "Client history and past notes", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result"
)
client_records = tg.Data(
    "Client records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contact details, intake answers and approved injury and treatment notes.",
)
confirmation = tg.Data(
    "Booking confirmation text", sensitivity=tg.Sensitivity.PII, kind="documents"
)
otp = tg.Data("SMS one-time code", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.REGULATED, kind="logs")
session_points = tg.Data(
    "Therapist session bullet points", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
draft_note = tg.Data(
    "Draft injury and treatment note", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
approved_note = tg.Data(
    "Approved injury and treatment note", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
day_list = tg.Data(
    "Day list with client intake", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the booking chat: existing clients and first-time visitors.
    client = tm.add(tg.Actor("Client", role="massage client"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model behind the agent; the studio does not host a model of its own.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, vendor API.",
            controls={
                c.SupplierAssessment(note="data processing agreement, no training on inputs")
            },
        )
    )

with tm.boundary("Scheduling platform", trust=tg.Trust.PARTNER):
    # The studio already runs its diary on a SaaS booking platform; it stays the diary of record.
    scheduler = tm.add(
        tg.ExternalService(
            "Scheduling platform",
            description="SaaS diary: therapists' rotas, rooms and appointments.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the one-time codes and booking confirmations to clients' phones.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Studio cloud account", trust=tg.Trust.INTERNAL):
    # The chat widget's backend: the only part of our system reachable from the internet.
    chat_api = tm.add(
        tg.Endpoint(
            "Booking chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="one-time code by SMS to the phone number on the client record"
                ),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Runs the conversation, decides which tool to call, drafts notes for therapists.
    agent = tm.add(
        tg.Agent(
            "Booking and notes agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Books, moves and cancels sessions, takes the injury intake, "
            "drafts post-session notes.",
            controls={
                c.HumanInTheLoop(
                    approver="the treating therapist",
                    note="injury notes are saved only after the therapist approves the draft; "
                    "bookings, moves and cancellations go ahead directly",
                ),
                c.CircuitBreaker(max_steps=12),
            },
        )
    )
    # Wraps the scheduling platform's API so the agent can read slots and write bookings.
    calendar_tool = tm.add(
        tg.Tool(
            "Calendar tool",
            capabilities={"read", "write"},
            description="Find free slots; create, move or cancel an appointment.",
            controls={c.SecretsManagement(note="platform API key in the cloud secret store")},
        )
    )
    # Reads a client's history and writes the intake answers the agent collects.
    record_tool = tm.add(
        tg.Tool(
            "Client record tool",
            capabilities={"read", "write"},
            description="Look up a client by phone number; append intake answers.",
        )
    )
    # Lets the agent text the client a confirmation once a booking is made.
    message_tool = tm.add(tg.Tool("Confirmation text tool", capabilities={"send-messages"}))
    # The studio's own client file, holding health information about clients' injuries.
    client_db = tm.add(
        tg.DataStore(
            "Client record database",
            stores={client_records},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Kept so the studio owner can look into complaints about bookings.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Where therapists see the day's clients and approve drafted notes.
    portal = tm.add(
        tg.Endpoint(
            "Therapist portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Studio premises", trust=tg.Trust.INTERNAL):
    # Three employed therapists; each signs in with their own account.
    therapist = tm.add(tg.Actor("Therapist", role="massage therapist"))
    # A shared tablet in the treatment area, used between sessions.
    tablet = tm.add(
        tg.Device("Studio tablet", fleet=False, description="Browser on a shared tablet.")
    )

# ---------------------------------------------------------------- flows
# Client booking conversation
tm.flow(client, chat_api, chat_message, intake, otp, protocol="https")
tm.flow(chat_api, client, reply, protocol="https")
tm.flow(chat_api, agent, chat_message, intake)
tm.flow(agent, chat_api, reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Bookings
tm.flow(agent, calendar_tool, booking_call)
tm.flow(calendar_tool, agent, booking_result)
tm.flow(calendar_tool, scheduler, appointment, protocol="https")
tm.flow(scheduler, calendar_tool, slots, appointment, protocol="https")

# Client records
tm.flow(agent, record_tool, record_call)
tm.flow(record_tool, agent, client_history)
tm.flow(record_tool, client_db, intake)
tm.flow(client_db, record_tool, client_records)

# Confirmations and one-time codes
tm.flow(agent, message_tool, confirmation)
tm.flow(message_tool, sms, confirmation, protocol="https")
tm.flow(chat_api, sms, otp, protocol="https")
tm.flow(sms, client, confirmation, otp, protocol="sms")

# Transcripts
tm.flow(agent, transcript_store, transcripts)

# Therapist notes
tm.flow(therapist, tablet, session_points, approved_note, label="typed on the tablet")
tm.flow(tablet, therapist, day_list, draft_note, label="on the tablet screen")
tm.flow(tablet, portal, session_points, approved_note, protocol="https")
tm.flow(portal, tablet, day_list, draft_note, protocol="https")
tm.flow(client_db, portal, client_records)
tm.flow(portal, agent, session_points, label="draft a note")
tm.flow(agent, portal, draft_note)
tm.flow(portal, client_db, approved_note, label="save approved note")
