"""Community toy library lending and safety-recall chatbot: the first design.

A volunteer-run toy library lends toys to member families. Parents and carers
chat with a bot on the library's website (and by replying to its text messages)
to ask which toys are available, reserve toys for the next opening session, and
hear when their loans are due back. The bot is an LLM agent hosted in the
library's small cloud account; it calls a hosted LLM through the vendor's API and
uses two first-party tools against the library database: an availability lookup
and a reservation tool. A daily job texts return reminders through an SMS gateway.
Once a week a volunteer reads the trading standards product-safety recall feed in
the admin console and marks any matching toys in the catalogue as recalled; the
bot then texts the families who have or had those toys asking them to bring them
back. Families sign in to the website with e-mail and password; volunteers sign
in to the console with their own Google accounts (2-step verification). Traffic
is HTTPS and the managed database is encrypted at rest; nothing else is in place yet.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Toy library lending and safety-recall chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Website and SMS chatbot for a community toy library: availability, "
        "reservations, return reminders and safety-recall notices to borrowers."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Family chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What a parent or carer types, often with children's names and ages.",
)
sms_reply = tg.Data("Inbound SMS reply", sensitivity=tg.Sensitivity.PII, kind="prompt")
bot_reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with member and catalogue context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation, the family's loans and matching toys.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
catalogue = tg.Data(
    "Toy catalogue and availability",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Toy names, makes, models, batch numbers, age ranges and loan status.",
)
members = tg.Data(
    "Member family records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Parent or carer name, address, mobile number, children's first names and ages.",
)
loans = tg.Data(
    "Loan and reservation history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
reservation_call = tg.Data("Reservation request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
reservation_result = tg.Data(
    "Reservation confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
lookup_call = tg.Data("Availability query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
lookup_result = tg.Data(
    "Availability and loan lookup result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
text_call = tg.Data("Text message request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
outbound_sms = tg.Data(
    "Outbound text message",
    sensitivity=tg.Sensitivity.PII,
    description="Reservation confirmations, return reminders and recall notices.",
)
reminder_sms = tg.Data("Return reminder text", sensitivity=tg.Sensitivity.PII)
recall_notices = tg.Data(
    "Product safety recall notices",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Product, batch, hazard and corrective action, as published by trading standards.",
)
recall_flags = tg.Data(
    "Recalled toy flags",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
recall_task = tg.Data(
    "Recall notification task",
    sensitivity=tg.Sensitivity.PII,
    kind="instructions",
    description="Which recalled toy, the hazard wording, and the borrowers to tell.",
)
transcripts = tg.Data("Conversation log", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Member families: parents and carers on their phones or home computers.
    family = tm.add(tg.Actor("Parent or carer", role="member family"))
    # The trading standards recall feed is public: anyone reads it, we only consume it.
    recall_feed = tm.add(
        tg.DataSource(
            "Trading standards recall feed",
            origin=tg.Origin.PUBLIC_WEB,
            provides={recall_notices},
            description="Public product-safety recall listing, read as an RSS feed.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # The bulk-SMS vendor delivers our texts and posts replies back to us.
    sms_gateway = tm.add(
        tg.ExternalService(
            "SMS gateway",
            description="Sends texts from the library's number and forwards replies by webhook.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the bot; we call it over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted chat LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model used to understand and word replies.",
        )
    )

with tm.boundary("Toy library cloud account", trust=tg.Trust.INTERNAL):
    # Public entry point for the website chat widget and the SMS reply webhook.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
            },
        )
    )
    # The bot itself: reads the question, looks things up, reserves and texts.
    bot = tm.add(
        tg.Agent(
            "Lending chatbot",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers availability questions, makes reservations and sends texts.",
        )
    )
    # Read-only lookup of the catalogue and the signed-in family's loans.
    availability_tool = tm.add(
        tg.Tool(
            "Availability lookup tool",
            capabilities={"read"},
            description="Looks up toys by name or age range and the family's current loans.",
        )
    )
    # Writes reservations against the next opening session.
    reservation_tool = tm.add(
        tg.Tool(
            "Reservation tool",
            capabilities={"read", "write"},
            description="Places or cancels a hold on a toy for a member family.",
        )
    )
    # Lets the bot send texts: confirmations and recall notices.
    text_tool = tm.add(
        tg.Tool(
            "Text message tool",
            capabilities={"send-messages"},
            description="Sends a text to a member's mobile number through the SMS gateway.",
        )
    )
    # Daily scheduled job: texts families whose loans are due in two days or overdue.
    reminder_job = tm.add(
        tg.Service(
            "Daily return reminder job",
            description="Template texts, no LLM involved.",
        )
    )
    # System of record: catalogue, members, loans, recall flags and chat logs.
    library_db = tm.add(
        tg.DataStore(
            "Library database",
            stores={catalogue, members, loans, recall_flags, transcripts},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where volunteers run the library: loans desk, catalogue edits and recall checks.
    console = tm.add(
        tg.Service(
            "Volunteer admin console",
            description="Web app for check-out, check-in, catalogue edits and recall marking.",
            controls={
                tg.controls.Authentication(method="individual Google accounts with 2SV"),
            },
        )
    )

with tm.boundary("Volunteers", trust=tg.Trust.INTERNAL):
    # The volunteer who checks recalls each week and runs the loans desk.
    volunteer = tm.add(tg.Actor("Recall volunteer", role="volunteer", privileged=True))

# ---------------------------------------------------------------- flows
# Website chat
tm.flow(family, chat_api, chat_message, protocol="https")
tm.flow(chat_api, bot, chat_message)
tm.flow(bot, chat_api, bot_reply)
tm.flow(chat_api, family, bot_reply, protocol="https")

# SMS replies come back in through the gateway's webhook
tm.flow(family, sms_gateway, sms_reply, protocol="sms")
tm.flow(sms_gateway, chat_api, sms_reply, protocol="https", label="inbound SMS webhook")
tm.flow(chat_api, bot, sms_reply, label="SMS reply")

# The bot and the model
tm.flow(bot, llm, llm_prompt, protocol="https")
tm.flow(llm, bot, completion, protocol="https")
tm.flow(bot, library_db, transcripts, label="conversation log")

# Tools
tm.flow(bot, availability_tool, lookup_call)
tm.flow(availability_tool, library_db, lookup_call)
tm.flow(library_db, availability_tool, catalogue, loans)
tm.flow(availability_tool, bot, lookup_result)

tm.flow(bot, reservation_tool, reservation_call)
tm.flow(reservation_tool, library_db, loans, label="hold placed")
tm.flow(library_db, reservation_tool, catalogue, loans)
tm.flow(reservation_tool, bot, reservation_result)

tm.flow(bot, text_tool, text_call)
tm.flow(library_db, text_tool, members, label="mobile number lookup")
tm.flow(text_tool, sms_gateway, outbound_sms, protocol="https")
tm.flow(sms_gateway, family, outbound_sms, reminder_sms, protocol="sms")

# Return reminders
tm.flow(library_db, reminder_job, members, loans, label="daily due-loans query")
tm.flow(reminder_job, sms_gateway, reminder_sms, protocol="https")

# Recall checks
tm.flow(recall_feed, console, recall_notices, protocol="https", label="weekly feed read")
tm.flow(console, volunteer, recall_notices, catalogue, protocol="https")
tm.flow(volunteer, console, recall_flags, loans, protocol="https", label="marks toys recalled")
tm.flow(console, library_db, recall_flags, loans)
tm.flow(library_db, console, catalogue, members, loans)
tm.flow(console, bot, recall_task, label="notify borrowers of recall")
