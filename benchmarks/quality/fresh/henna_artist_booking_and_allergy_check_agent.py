"""Henna studio booking and allergy-check agent: the first design, before any review.

A one-artist henna studio in the UK takes bookings over WhatsApp. Clients message
the studio's WhatsApp Business number; Meta's platform posts each message to a
small webhook service in the studio's cloud account, which hands it to an LLM
agent. The agent answers questions from the studio's policy and aftercare guide,
finds free slots in the studio's Google Calendar and books them, and asks every new
client about allergies, skin conditions and past reactions to henna or hair dye,
saving the answers to the client record. Before any bridal session it books a patch
test at least 48 hours ahead; the artist records the patch test result in a small
admin panel and confirms bridal sessions herself. A daily job sends WhatsApp
reminders with patch-test aftercare. The model is a hosted LLM behind a vendor API.
Controls: the artist's sign-in with 2-step verification, her approval of bridal
sessions, a step limit on the agent, encrypted client records, and transcript expiry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Henna studio booking and allergy-check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "WhatsApp agent that books henna appointments, collects allergy and reaction "
        "history, and schedules patch tests before bridal sessions."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Client WhatsApp message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text: dates wanted, questions, answers to the allergy questions.",
)
photos = tg.Data(
    "Client photos",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Design references, and sometimes photos of a past skin reaction.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, policy guide, conversation so far and the client's record.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
booking_call = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
availability = tg.Data(
    "Free slots and bookings", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
appointments = tg.Data(
    "Appointments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Client name, phone number, service, date; patch tests and bridal sessions.",
)
allergy_answers = tg.Data(
    "Allergy and reaction answers",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
)
client_record = tg.Data(
    "Client record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, WhatsApp number, allergies, skin conditions, past reactions, "
    "patch test dates and results, bridal approval.",
)
patch_result = tg.Data(
    "Patch test result and bridal approval",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
policies = tg.Data(
    "Studio policy and aftercare guide",
    kind="instructions",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Prices, deposit and cancellation rules, patch-test rules, aftercare.",
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
reminder = tg.Data(
    "Appointment reminder",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="WhatsApp template message with time, address and patch-test aftercare.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with the studio's number can message it.
    client = tm.add(tg.Actor("Client", role="customer"))

with tm.boundary("Meta WhatsApp platform", trust=tg.Trust.PARTNER):
    # WhatsApp Business Cloud API: delivers messages by webhook, sends replies.
    whatsapp = tm.add(
        tg.ExternalService("WhatsApp Business Platform", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model with function calling and image input.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Reads the conversation and decides replies and tool calls.",
        )
    )

with tm.boundary("Google Workspace", trust=tg.Trust.PARTNER):
    # The artist's working calendar; she also edits it from her phone.
    calendar = tm.add(tg.ExternalService("Studio Google Calendar", provides="generic"))

with tm.boundary("Studio cloud account", trust=tg.Trust.INTERNAL):
    # Public HTTPS endpoint Meta posts messages to.
    webhook = tm.add(
        tg.Endpoint(
            "WhatsApp webhook service",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Receives message webhooks and sends replies through the Cloud API.",
        )
    )
    # The booking assistant itself.
    agent = tm.add(
        tg.Agent(
            "Booking and allergy agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Books ordinary appointments and patch tests on its own; "
            "bridal sessions wait for the artist.",
            controls={
                c.CircuitBreaker(max_steps=12),
                c.HumanInTheLoop(approver="the artist, for bridal session confirmations only"),
            },
        )
    )
    # Reads free slots and creates or moves appointments.
    calendar_tool = tm.add(
        tg.Tool(
            "Calendar booking tool",
            capabilities={"read", "write"},
            description="Creates, moves and cancels events in the studio calendar.",
        )
    )
    # Reads and updates the client's record, found by the number the message came from.
    record_tool = tm.add(
        tg.Tool(
            "Client record tool",
            capabilities={"read", "write"},
            description="Looks up the client record by the WhatsApp number the message "
            "came from and saves allergy answers to it.",
        )
    )
    # Recent conversation per phone number, so the agent remembers context.
    conversation_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts},
            controls={c.RetentionLimits(days=180)},
        )
    )
    # The studio's rules the agent quotes and follows.
    policy_store = tm.add(tg.DataStore("Policy and aftercare guide", stores={policies}))
    # Sends next-day reminders and patch-test aftercare.
    reminder_job = tm.add(tg.Service("Daily reminder job"))
    # Where the artist reviews allergy answers and records patch test results.
    admin_panel = tm.add(
        tg.Endpoint(
            "Studio admin panel",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google account sign-in with 2-step verification")},
        )
    )

    with tm.boundary("Client data", trust=tg.Trust.RESTRICTED):
        # Client records, including health information about allergies and reactions.
        client_db = tm.add(
            tg.DataStore(
                "Client records database",
                stores={client_record},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )

with tm.boundary("Studio", trust=tg.Trust.INTERNAL):
    # The owner and only artist; does every patch test and bridal session.
    artist = tm.add(tg.Actor("Henna artist", role="studio owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(client, whatsapp, message, photos, protocol="whatsapp")
tm.flow(whatsapp, webhook, message, photos, protocol="https", label="incoming message webhook")
tm.flow(webhook, agent, message, photos)
tm.flow(agent, webhook, reply)
tm.flow(webhook, whatsapp, reply, protocol="https")
tm.flow(whatsapp, client, reply, protocol="whatsapp")

tm.flow(conversation_store, agent, transcripts, label="recent history")
tm.flow(agent, conversation_store, transcripts)
tm.flow(policy_store, agent, policies)
tm.flow(agent, llm, prompt, photos, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, calendar_tool, booking_call)
tm.flow(calendar_tool, agent, availability)
tm.flow(calendar_tool, calendar, appointments, protocol="https")
tm.flow(calendar, calendar_tool, appointments, protocol="https")

tm.flow(agent, record_tool, allergy_answers)
tm.flow(record_tool, agent, client_record)
tm.flow(record_tool, client_db, client_record)
tm.flow(client_db, record_tool, client_record)

tm.flow(artist, admin_panel, patch_result, protocol="https")
tm.flow(admin_panel, artist, client_record, appointments, protocol="https")
tm.flow(admin_panel, client_db, patch_result)
tm.flow(client_db, admin_panel, client_record)
tm.flow(calendar, admin_panel, appointments, protocol="https")

tm.flow(calendar, reminder_job, appointments, protocol="https", label="daily reminder run")
tm.flow(reminder_job, whatsapp, reminder, protocol="https")
tm.flow(whatsapp, client, reminder, protocol="whatsapp")
