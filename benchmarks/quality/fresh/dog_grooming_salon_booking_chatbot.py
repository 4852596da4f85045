"""Dog grooming salon booking chatbot: the first design, before any security review.

A two-groomer dog grooming salon (in the EU) answers its customers with a chatbot on
its website and in its Facebook and Instagram inboxes, which the social platform
relays to our webhook. The bot, an LLM agent on a hosted model, books, moves and
cancels grooms in the salon's calendar and keeps a profile of each dog: breed, coat,
size, temperament (nervous, snaps at dryers) and health notes (allergies, skin
conditions, medication, recent surgery). It finds a returning owner by the phone
number they give. A daily job sends SMS and e-mail reminders the day before each groom.
Groomers read the day's schedule and the dog notes on a tablet in the salon, and add
notes after each groom. Everything runs on one small cloud host with a managed,
encrypted database; the website chat is rate-limited and the staff dashboard needs
each groomer's own e-mail and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dog grooming salon booking chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website and social-media chatbot that books grooms, keeps dog "
    "profiles with temperament and health notes, and sends reminders.",
)

# ---------------------------------------------------------------- data assets
web_message = tg.Data("Website chat message", sensitivity="pii", kind="prompt")
social_message = tg.Data(
    "Social direct message",
    sensitivity="pii",
    kind="prompt",
    description="Message text with the sender's platform id and profile name.",
)
bot_reply = tg.Data("Chatbot reply", sensitivity="pii", kind="model-output")
llm_prompt = tg.Data(
    "Chatbot prompt",
    sensitivity="pii",
    kind="prompt",
    description="System prompt, conversation history and tool results.",
)
llm_completion = tg.Data("LLM completion", sensitivity="pii", kind="model-output")
appointment_call = tg.Data("Appointment tool call", sensitivity="pii", kind="tool-call")
appointment_result = tg.Data("Appointment tool result", sensitivity="pii", kind="tool-result")
profile_call = tg.Data("Dog profile tool call", sensitivity="pii", kind="tool-call")
profile_result = tg.Data("Dog profile tool result", sensitivity="pii", kind="tool-result")
owners = tg.Data(
    "Owner contact details",
    sensitivity="pii",
    kind="records",
    description="Name, phone, e-mail, linked social account ids.",
)
dog_profiles = tg.Data(
    "Dog profiles",
    sensitivity="pii",
    kind="records",
    description="Breed, coat, size, temperament and health notes, linked to the owner.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
appointments = tg.Data("Groom appointments", sensitivity="pii", kind="records")
transcripts = tg.Data("Conversation transcripts", sensitivity="pii", kind="logs")
reminder = tg.Data("Appointment reminder", sensitivity="pii", kind="records")
schedule = tg.Data("Day schedule with dog notes", sensitivity="pii", kind="records")
groom_notes = tg.Data("Post-groom notes", sensitivity="pii", kind="records")
salon_settings = tg.Data("Services, prices and opening hours", sensitivity="public", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Dog owners, new and returning, on the website or a social app.
    owner = tm.add(tg.Actor("Dog owner", role="customer"))

with tm.boundary("Social platform", trust="partner"):
    # Facebook/Instagram messaging: relays DMs to our webhook and sends our replies.
    social = tm.add(tg.ExternalService("Social messaging platform", provides="generic"))

with tm.boundary("Cloud host", trust="internal"):
    # Public API behind the chat widget on the salon's website.
    web_chat = tm.add(
        tg.Endpoint(
            "Website chat API",
            purpose="api",
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Receives the platform's message events for the salon's page and account.
    social_webhook = tm.add(tg.Endpoint("Social messaging webhook", purpose="api"))
    # The chatbot: an LLM agent that answers, books and updates dog profiles on its own.
    chatbot = tm.add(
        tg.Agent(
            "Booking chatbot",
            autonomy="autonomous",
            description="Answers questions, books, moves and cancels grooms and records "
            "dog details; no person reviews its changes before they apply.",
        )
    )
    # Reads free slots and creates, moves or cancels appointments.
    appointment_tool = tm.add(
        tg.Tool(
            "Appointment tool",
            capabilities={"read", "write", "delete"},
            origin="first-party",
        )
    )
    # Reads and updates a dog's profile, found through its owner's record.
    profile_tool = tm.add(
        tg.Tool(
            "Dog profile tool",
            capabilities={"read", "write"},
            origin="first-party",
            description="Finds the owner's record by the phone number given in the chat "
            "(or the social account linked to it) and reads or updates their dogs.",
        )
    )
    # Managed Postgres: owners, dogs, appointments, salon settings.
    salon_db = tm.add(
        tg.DataStore(
            "Salon database",
            stores={owners, dog_profiles, appointments, salon_settings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Conversation history, so the bot can pick up a conversation later.
    transcript_store = tm.add(tg.DataStore("Conversation store", stores={transcripts}))
    # Cron job that sends next-day reminders.
    reminder_job = tm.add(tg.Service("Daily reminder job"))
    # Staff web app: day schedule, dog notes, manual bookings.
    dashboard = tm.add(
        tg.Service(
            "Salon dashboard",
            controls={c.Authentication(method="each groomer's own e-mail and password")},
        )
    )

with tm.boundary("LLM vendor", trust="partner"):
    # General-purpose hosted chat model.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("Messaging provider", trust="partner"):
    # SMS and transactional e-mail gateway for reminders.
    messaging = tm.add(tg.ExternalService("SMS and e-mail provider", provides="generic"))

with tm.boundary("Salon", trust="internal"):
    # Groomers use the shared salon tablet, each signed in as themselves.
    groomer = tm.add(tg.Actor("Groomer", role="staff"))
    # The owner runs the salon and administers the dashboard and the bot's settings.
    salon_owner = tm.add(tg.Actor("Salon owner", role="salon owner", privileged=True))

# ---------------------------------------------------------------- flows
# website chat
tm.flow(owner, web_chat, web_message, protocol="https")
tm.flow(web_chat, chatbot, web_message)
tm.flow(chatbot, web_chat, bot_reply)
tm.flow(web_chat, owner, bot_reply, protocol="https")

# social messages
tm.flow(owner, social, social_message, protocol="https")
tm.flow(social, social_webhook, social_message, protocol="https", label="message webhook")
tm.flow(social_webhook, chatbot, social_message)
tm.flow(chatbot, social, bot_reply, protocol="https", label="send API")
tm.flow(social, owner, bot_reply, protocol="https")

# the agent, its model and its tools
tm.flow(chatbot, llm, llm_prompt, protocol="https")
tm.flow(llm, chatbot, llm_completion, protocol="https")
tm.flow(chatbot, transcript_store, transcripts)
tm.flow(transcript_store, chatbot, transcripts, label="conversation history")
tm.flow(chatbot, appointment_tool, appointment_call)
tm.flow(appointment_tool, chatbot, appointment_result)
tm.flow(appointment_tool, salon_db, appointments)
tm.flow(salon_db, appointment_tool, appointments, salon_settings)
tm.flow(chatbot, profile_tool, profile_call)
tm.flow(profile_tool, chatbot, profile_result)
tm.flow(profile_tool, salon_db, owners, dog_profiles)
tm.flow(salon_db, profile_tool, owners, dog_profiles)

# reminders
tm.flow(salon_db, reminder_job, appointments, owners, label="daily batch of tomorrow's grooms")
tm.flow(reminder_job, messaging, reminder, protocol="https")
tm.flow(messaging, owner, reminder, protocol="sms")

# staff
tm.flow(salon_db, dashboard, schedule)
tm.flow(dashboard, salon_db, groom_notes, appointments)
tm.flow(dashboard, groomer, schedule, protocol="https")
tm.flow(groomer, dashboard, groom_notes, protocol="https")
tm.flow(salon_owner, dashboard, salon_settings, appointments, protocol="https")
tm.flow(dashboard, salon_owner, schedule, protocol="https")
tm.flow(dashboard, salon_db, salon_settings, label="owner edits services and prices")
