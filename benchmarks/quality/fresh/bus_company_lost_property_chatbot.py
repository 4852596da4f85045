"""Bus company lost-property chatbot: the first design, before any security review.

Passengers who left something on a bus describe it to a chat assistant on the company
website (route, date, what the item looks like, and a phone number or e-mail); chat
needs no account. The assistant is an LLM agent in the company's cloud tenancy, using
a vendor-hosted LLM. It files the report, searches the found-items log that drivers
fill in on depot terminals at the end of each shift, and when an entry looks like a
match books a collection slot at the depot and texts or e-mails the passenger the
details through the company's messaging provider. A depot clerk hands items over
against photo ID. Controls: TLS on the public chat, a per-session rate limit, the
vendor's default content filter, staff sign-in on the depot app, and encryption at
rest of the cloud databases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bus lost-property chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Public chat assistant that takes lost-item reports, matches them "
    "against the depot found-items log and books collection.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Passenger chat messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Item description, route, date, name and contact details typed by the passenger.",
)
chat_reply = tg.Data("Assistant replies", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reply text and the tool calls the model asks for.",
)
lost_report = tg.Data(
    "Lost-item reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passenger name, phone or e-mail, item description, route and date.",
)
found_item = tg.Data(
    "Found-item entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bus, route, date, where found, description; wallets and bags often "
    "hold cards or ID bearing the owner's name.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
match_query = tg.Data("Found-item search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
match_results = tg.Data("Candidate found items", kind="tool-result", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data(
    "Collection booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
booking = tg.Data(
    "Collection appointments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which found item, which depot, the slot and the passenger's contact details.",
)
confirmation = tg.Data(
    "Collection confirmation message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="SMS or e-mail with the depot address, slot and reference number.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the chat: no account, no sign-in.
    passenger = tm.add(tg.Actor("Passenger", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model is bought as an API, not hosted by us.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling, behind the vendor's API.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the collection details by SMS or e-mail.
    messaging = tm.add(
        tg.ExternalService(
            "SMS and e-mail gateway",
            description="Bulk messaging provider the company already uses for service alerts.",
        )
    )

with tm.boundary("Company cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public entry point: the chat widget on the website posts here.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per chat session")},
        )
    )
    # Runs the conversation, decides when to search and when to book.
    assistant = tm.add(
        tg.Agent(
            "Lost-property assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Files the report, searches found items and books a collection "
            "slot when it judges an entry matches.",
        )
    )
    # Read-only search over the depot found-items log.
    search_tool = tm.add(
        tg.Tool(
            "Found-item search tool",
            capabilities={"read"},
            description="Searches found items by route, date range, category and colour.",
        )
    )
    # Books the slot and sends the passenger the details.
    booking_tool = tm.add(
        tg.Tool(
            "Collection booking tool",
            capabilities={"write", "send-messages"},
            description="Reserves a found item for a passenger, books a depot slot and "
            "sends the confirmation.",
        )
    )
    # Where passengers' reports are kept while items are looked for.
    reports_db = tm.add(
        tg.DataStore(
            "Lost-item report database",
            stores={lost_report, booking},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Conversation history kept for complaints and quality checks.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # What drivers hand in: the record the assistant matches against.
    found_db = tm.add(
        tg.DataStore(
            "Found-items log",
            stores={found_item},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Depot network", trust=tg.Trust.INTERNAL):
    # Drivers hand items in at the end of the shift and log them.
    driver = tm.add(tg.Actor("Bus driver", role="driver"))
    # Depot clerk runs the lost-property counter and hands items over.
    clerk = tm.add(tg.Actor("Lost-property clerk", role="depot staff"))
    # Web app on the depot terminals for logging items and seeing bookings.
    depot_app = tm.add(
        tg.Service(
            "Depot lost-property app",
            description="Web app on depot PCs: drivers log found items, clerks see "
            "collection bookings and mark items returned.",
            controls={c.Authentication(method="staff number and password")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(
    passenger,
    chat_api,
    chat_message,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(
    chat_api,
    passenger,
    chat_reply,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(chat_api, assistant, chat_message)
tm.flow(assistant, chat_api, chat_reply)

tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")

tm.flow(assistant, reports_db, lost_report, label="files the report")
tm.flow(reports_db, assistant, lost_report, label="resumes an open report")
tm.flow(assistant, transcript_store, transcripts)

tm.flow(assistant, search_tool, match_query)
tm.flow(found_db, search_tool, found_item)
tm.flow(search_tool, assistant, match_results)

tm.flow(assistant, booking_tool, booking_request)
tm.flow(booking_tool, reports_db, booking)
tm.flow(booking_tool, found_db, found_item, label="marks item reserved")
tm.flow(booking_tool, messaging, confirmation, protocol="https")
tm.flow(messaging, passenger, confirmation, protocol="sms")

tm.flow(driver, depot_app, found_item, protocol="https", label="logs handed-in item")
tm.flow(depot_app, found_db, found_item)
tm.flow(reports_db, depot_app, booking, label="today's collections")
tm.flow(depot_app, clerk, booking)
tm.flow(clerk, depot_app, found_item, protocol="https", label="marks item returned")
