"""Care home visitor booking chatbot: the first design, before any security review.

Families of residents at our group of eight care homes book visits through a chat
assistant on the group's website, and ask it about visiting rules (hours, how many
visitors, children and pets, what to do during an infection outbreak). Family
members are registered by each home as approved visitors and sign in to the chat
with an e-mail address and password. An LLM agent, running in our cloud tenancy,
calls a hosted LLM, looks up free slots, books visits into the booking database
and sends confirmations through an SMS and e-mail provider. It answers rules
questions from a vector index of each home's visiting policy documents, which
home managers upload. Home staff see and cancel bookings in a staff console behind
the group's single sign-on. The chat API is rate-limited, the booking service only
accepts slots inside each home's visiting hours and room capacity, the booking
database is encrypted at rest, and the agent has a step limit per conversation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Care home visitor booking chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat assistant that books family visits to care home residents "
    "and answers questions about visiting rules.",
)

# ---------------------------------------------------------------- data assets
family_message = tg.Data(
    "Family chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What the visitor types: resident's name, preferred day, questions.",
)
chat_reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, retrieved rules and tool results.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
policy_docs = tg.Data(
    "Visiting policy documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Each home's visiting rules, outbreak notices and FAQs.",
)
rules_chunks = tg.Data(
    "Visiting rules chunks", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
slot_query = tg.Data(
    "Slot availability query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
free_slots = tg.Data("Free visiting slots", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
booking_request = tg.Data("Booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
bookings = tg.Data(
    "Visit bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Who visits which resident, at which home, when.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
visitor_register = tg.Data(
    "Approved visitor register",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Residents, their rooms, approved visitors and their contact details, "
    "and any visiting restrictions the home has set.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
visitor_login = tg.Data(
    "Visitor sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
confirmation = tg.Data("Booking confirmation message", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Relatives and friends of residents, on their own phones and laptops.
    family = tm.add(tg.Actor("Family visitor", role="resident's relative"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations and reminders by SMS and e-mail.
    notifier = tm.add(
        tg.ExternalService(
            "SMS and e-mail gateway",
            description="Commercial messaging API used for confirmations.",
        )
    )

with tm.boundary("Care group cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Reads the conversation, decides whether to answer, look up slots or book.
    agent = tm.add(
        tg.Agent(
            "Visit booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books visits on the visitor's behalf without staff approval; "
            "staff can cancel afterwards.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Read-only lookup of free slots for a home and day.
    slots_tool = tm.add(
        tg.Tool(
            "Slot availability tool",
            capabilities={"read"},
            description="Returns free slots for a home and date from the booking database.",
        )
    )
    # Creates, moves and cancels visit bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Visit booking tool",
            capabilities={"read", "write", "send-messages"},
            description="Writes the booking and asks the gateway to send a confirmation.",
            controls={
                c.PolicyEnforcement(
                    rules="refuses slots outside the home's visiting hours or over room capacity"
                )
            },
        )
    )
    # Index of each home's visiting rules, searched to answer questions.
    rules_index = tm.add(tg.VectorStore("Visiting rules index", stores={rules_chunks}))
    # Chunks and embeds the policy documents managers upload.
    indexer = tm.add(tg.Pipeline("Policy indexing job", stage=tg.Stage.INGESTION))
    # The system of record for visits and approved visitors.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, visitor_register, visitor_login},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Every conversation is kept for complaint handling and improving the prompts.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Web console where home staff see the day's visits and manage the register.
    console = tm.add(
        tg.Service(
            "Staff booking console",
            controls={
                c.Authentication(method="group SSO with MFA"),
                c.RBAC(note="staff see only their own home"),
            },
        )
    )

with tm.boundary("Care home offices", trust=tg.Trust.INTERNAL):
    # Reception and activities staff who manage visits at each home.
    staff = tm.add(tg.Actor("Home staff", role="care home receptionist"))
    # The registered manager of each home, who owns its visiting policy.
    manager = tm.add(tg.Actor("Home manager", role="registered manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(family, chat_api, family_message, visitor_login, protocol="https")
tm.flow(chat_api, family, chat_reply, protocol="https")
tm.flow(chat_api, booking_db, visitor_login, label="sign-in check")
tm.flow(chat_api, agent, family_message)
tm.flow(agent, chat_api, chat_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, rules_index, family_message, label="similarity query")
tm.flow(rules_index, agent, rules_chunks, label="retrieved rules")

tm.flow(agent, slots_tool, slot_query)
tm.flow(slots_tool, agent, free_slots)
tm.flow(slots_tool, booking_db, slot_query)
tm.flow(booking_db, slots_tool, free_slots)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings, visitor_register)
tm.flow(booking_tool, notifier, confirmation, protocol="https")
tm.flow(notifier, family, confirmation, label="SMS and e-mail")

tm.flow(agent, transcript_store, transcripts)

tm.flow(manager, indexer, policy_docs, protocol="https", label="uploads policy")
tm.flow(indexer, rules_index, rules_chunks)

tm.flow(staff, console, bookings, visitor_register, protocol="https")
tm.flow(console, staff, bookings, visitor_register, protocol="https")
tm.flow(manager, console, visitor_register, protocol="https", label="approves visitors")
tm.flow(console, booking_db, bookings, visitor_register)
tm.flow(booking_db, console, bookings, visitor_register)
