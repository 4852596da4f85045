"""Zoo visitor lost-item chatbot: the first design, before any security review.

The city zoo's public website gets a chat assistant that answers questions about
opening times and helps visitors who lost something during their visit. Visitors
need no account: they describe the item, where and when they lost it, and leave a
name and e-mail address. The assistant runs on the zoo's web hosting and uses an
LLM behind a vendor's hosted API. It searches the lost-property log that staff at
the visitor centre fill in (a description and a photo of each item found) and
shows the visitor the closest matches. When the visitor confirms one, it books a
collection slot and e-mails a collection code through the zoo's mailing provider.
At the counter, staff check the visitor's photo ID and the code before handing the
item over. Controls in this design: a per-visitor quota on the chat, staff sign-in
to the log app, TLS to the vendors, and 90-day deletion of log entries.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Zoo visitor lost-item chatbot",
    profile=tg.RiskProfile.LOW,
    description=(
        "Website chat assistant for opening times and lost-property reports, "
        "with automatic collection booking."
    ),
)

# ---------------------------------------------------------------- data assets
visitor_message = tg.Data(
    "Visitor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Item description, where and when it was lost, name and e-mail.",
)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation and the search results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
opening_times = tg.Data(
    "Opening times and visitor information",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
search_query = tg.Data("Lost-item search query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
found_items = tg.Data(
    "Found-item entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Description, where and when found, storage shelf; wallets and bags may name their owner.",
)
item_photos = tg.Data(
    "Found-item photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos taken at the visitor centre; may show ID cards, keys or phone screens.",
)
booking_request = tg.Data(
    "Collection booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Chosen item, slot, visitor name and e-mail.",
)
booking_result = tg.Data(
    "Collection booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
booking = tg.Data(
    "Collection booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Item, slot, visitor name, e-mail and the collection code.",
)
code_email = tg.Data(
    "Collection code e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Slot time and the six-character collection code.",
)
handover_proof = tg.Data(
    "Photo ID and collection code",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website can open the chat; there is no visitor account.
    visitor = tm.add(tg.Actor("Website visitor", role="zoo visitor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the assistant; we do not host it.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Mailing provider", trust=tg.Trust.PARTNER):
    # Sends the zoo's transactional e-mails (tickets, and now collection codes).
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Zoo web hosting", trust=tg.Trust.INTERNAL):
    # The chat widget's back end on the public website.
    chat_endpoint = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per browser session")},
        )
    )
    # The LLM agent that answers, searches the log and books collections.
    assistant = tm.add(
        tg.Agent(
            "Lost-item chat assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books collection slots and sends codes with no staff step.",
        )
    )
    # Opening times, prices and visitor FAQs the assistant answers from.
    info_store = tm.add(tg.DataStore("Visitor information pages", stores={opening_times}))
    # Searches the lost-property log for entries like the visitor's description.
    search_tool = tm.add(
        tg.Tool(
            "Lost-property search tool",
            capabilities={"read"},
            description="Keyword and date search; returns the top matches with their photos.",
        )
    )
    # Books a slot in the collection calendar and e-mails the code.
    booking_tool = tm.add(
        tg.Tool(
            "Collection booking tool",
            capabilities={"write", "send-messages"},
            description="Generates a random collection code per booking.",
        )
    )

with tm.boundary("Visitor centre", trust=tg.Trust.INTERNAL):
    # Staff who log found items and hand them back at the counter.
    staff = tm.add(tg.Actor("Visitor centre staff", role="front-of-house staff"))
    # Tablet web app staff use to log items with photos and see the day's collections.
    log_app = tm.add(
        tg.Service(
            "Lost-property log app",
            controls={c.Authentication(method="shared staff username and password")},
        )
    )
    # The log of found items and their photos.
    log_db = tm.add(
        tg.DataStore(
            "Lost-property log",
            stores={found_items, item_photos},
            controls={c.RetentionLimits(days=90)},
        )
    )
    # Collection slots booked by the assistant, with their codes.
    bookings_db = tm.add(tg.DataStore("Collection bookings", stores={booking}))

# ---------------------------------------------------------------- flows
tm.flow(visitor, chat_endpoint, visitor_message, protocol="https")
tm.flow(chat_endpoint, visitor, assistant_reply, item_photos, protocol="https")
tm.flow(chat_endpoint, assistant, visitor_message)
tm.flow(assistant, chat_endpoint, assistant_reply, item_photos)

tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")

tm.flow(info_store, assistant, opening_times)

tm.flow(assistant, search_tool, search_query)
tm.flow(search_tool, log_db, search_query)
tm.flow(log_db, search_tool, found_items, item_photos)
tm.flow(search_tool, assistant, found_items, item_photos)

tm.flow(assistant, booking_tool, booking_request)
tm.flow(booking_tool, assistant, booking_result)
tm.flow(booking_tool, bookings_db, booking)
tm.flow(booking_tool, mailer, code_email, protocol="https")
tm.flow(mailer, visitor, code_email, protocol="smtp", label="e-mail to the visitor")

tm.flow(staff, log_app, found_items, item_photos, protocol="https")
tm.flow(log_app, log_db, found_items, item_photos)
tm.flow(bookings_db, log_app, booking)
tm.flow(log_app, staff, booking, protocol="https", label="today's collections")
tm.flow(visitor, staff, handover_proof, label="shown in person at the counter")
tm.flow(log_app, log_db, found_items, label="marks item handed over")
