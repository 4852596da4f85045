"""Model boat club booking chatbot: the first design, before any security review.

A model boat club lets its members book pond times and radio frequency slots (so
that no two skippers sail on the same channel at once) by chatting with an LLM
agent embedded in the club website. The same chatbot answers questions on sailing
rules and pond etiquette from the club handbook, which the secretary uploads and a
small indexer splits into a vector index. After a regatta the race officer pastes
the results sheet into the chat and the agent posts a results page to the club's
WordPress site through its REST API. The chatbot runs in a small cloud app account
the club pays for; the website sits with a shared web host and the model is a
vendor's hosted API. Members sign in to the chat with their website login; the
booking database refuses a second booking of a frequency in the same session and
is encrypted at rest by the managed database service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Model boat club booking chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat booking of pond times and radio slots, handbook Q&A and regatta results posting.",
)

# ---------------------------------------------------------------- data assets
member_message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
bot_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, handbook passages and booking results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
handbook = tg.Data("Club handbook", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
handbook_chunks = tg.Data(
    "Handbook passages and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
handbook_query = tg.Data(
    "Handbook search query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Pond and frequency slot bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member name, membership number, boat class, frequency, date and time.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
members = tg.Data(
    "Member list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, membership number and BMFA insurance number.",
)
results_sheet = tg.Data("Regatta results sheet", kind="documents", sensitivity=tg.Sensitivity.PII)
results_call = tg.Data("Results post call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
results_page = tg.Data("Regatta results page", kind="documents", sensitivity=tg.Sensitivity.PII)
cms_password = tg.Data(
    "WordPress application password", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
web_pages = tg.Data("Club web pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
site_login = tg.Data(
    "Website login and page requests", kind="credentials", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members booking sailing time and asking about the rules.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Runs regattas and hands in the results to publish.
    race_officer = tm.add(tg.Actor("Race officer", role="race officer"))
    # Keeps the handbook current and administers the club systems.
    secretary = tm.add(tg.Actor("Club secretary", role="secretary", privileged=True))

with tm.boundary("Shared web host", trust=tg.Trust.PARTNER):
    # The club's WordPress site: public pages, results, and the chat widget.
    website = tm.add(
        tg.Service(
            "Club WordPress site",
            description="Public club pages and member login; embeds the chat widget.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model behind the chatbot.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Club cloud app account", trust=tg.Trust.INTERNAL):
    # The API the chat widget talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="club website login (e-mail and password)")},
        )
    )
    # The chatbot itself: books slots, answers rules questions, posts results.
    agent = tm.add(
        tg.Agent(
            "Booking chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Acts on each member's request directly; results are posted as the race officer asks.",
        )
    )
    # Agent's tool to check availability and make or cancel bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Slot booking tool",
            capabilities={"read", "write", "delete"},
            description="Lists free pond times and frequencies; books and cancels slots.",
        )
    )
    # Bookings and the member list the booking tool checks names against.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, members},
            controls={
                c.EncryptionAtRest(key_management="managed database default keys"),
                c.PolicyEnforcement(
                    rules="unique constraint: one booking per frequency per pond session"
                ),
            },
        )
    )
    # Agent's tool to publish a regatta results page.
    results_tool = tm.add(
        tg.Tool(
            "Results publishing tool",
            capabilities={"write", "network-egress"},
            description="Creates or updates a results post through the WordPress REST API.",
        )
    )
    # Handbook passages the chatbot answers rules questions from.
    handbook_index = tm.add(tg.VectorStore("Handbook index", stores={handbook_chunks}))
    # Splits and embeds the uploaded handbook with a local embedding library.
    indexer = tm.add(
        tg.Pipeline("Handbook indexer", stage=tg.Stage.INGESTION, third_party_packages=True)
    )
    # Conversations kept for the committee to look into booking disputes.
    chat_log = tm.add(tg.DataStore("Chat transcript log", stores={transcripts}))

# ---------------------------------------------------------------- flows
# members on the website and in the chat
tm.flow(member, website, site_login, protocol="https")
tm.flow(website, member, web_pages, results_page, protocol="https")
tm.flow(member, chat_api, member_message, protocol="https")
tm.flow(chat_api, member, bot_reply, protocol="https")
tm.flow(race_officer, chat_api, member_message, results_sheet, protocol="https")
tm.flow(chat_api, race_officer, bot_reply, protocol="https")
tm.flow(chat_api, agent, member_message, results_sheet)
tm.flow(agent, chat_api, bot_reply)
tm.flow(agent, chat_log, transcripts)

# the model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# handbook questions
tm.flow(secretary, indexer, handbook, protocol="https", label="handbook upload")
tm.flow(indexer, handbook_index, handbook_chunks)
tm.flow(agent, handbook_index, handbook_query, label="similarity search")
tm.flow(handbook_index, agent, handbook_chunks)

# bookings
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings, members)
tm.flow(booking_tool, agent, booking_result)

# regatta results
tm.flow(agent, results_tool, results_call)
tm.flow(results_tool, website, results_page, cms_password, protocol="https")
