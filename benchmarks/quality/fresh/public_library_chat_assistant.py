"""Public library chat assistant: the first design, before any security review.

A chat widget on the city library's website answers patrons' questions: what
is in the catalogue, what events are on, and where to find articles in the
research databases the library licenses. Anyone can chat anonymously; patrons
who sign in with their library card number and PIN can also ask it to renew
their loans and place holds. The assistant runs in the city's cloud account and
calls a hosted LLM; it reaches the catalogue and patron accounts through the
hosted library system's API, searches the licensed databases with the library's
institutional API key, and answers event and opening-hours questions from an
index rebuilt nightly from the events calendar and the library's web pages.
The chat API sits behind the city's web application firewall with per-IP rate
limits, the assistant asks the patron to confirm before it renews or places a
hold, the model vendor's content filter is on, and transcripts are kept 30 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Public library chat assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Website chat assistant for a city library: catalogue, events and research "
        "database help, plus loan renewals and holds for signed-in patrons."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Patron question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
card_login = tg.Data(
    "Library card number and PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, chat history, retrieved pages and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
catalogue_query = tg.Data("Catalogue search", kind="tool-call")
catalogue_records = tg.Data(
    "Catalogue records and availability", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
circulation_request = tg.Data(
    "Renewal or hold request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
patron_account = tg.Data(
    "Patron account and loans",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, contact details, current loans, holds, fines and borrowing history.",
)
research_query = tg.Data(
    "Research database search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
research_results = tg.Data(
    "Licensed article abstracts and links",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed vendor content; the licence limits use to library patrons.",
)
research_key = tg.Data(
    "Institutional API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
events = tg.Data("Event listings", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
web_pages = tg.Data("Library web pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
chunks = tg.Data(
    "Indexed page and event chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public, anonymous or signed in with a library card.
    patron = tm.add(tg.Actor("Patron", role="library patron"))
    # Public library web pages, crawled nightly for the index.
    website = tm.add(
        tg.DataSource("Library website", origin=tg.Origin.PUBLIC_WEB, provides={web_pages})
    )

with tm.boundary("Events calendar SaaS", trust=tg.Trust.PARTNER):
    # The hosted events calendar that staff publish programmes in.
    calendar = tm.add(tg.DataSource("Events calendar", origin=tg.Origin.VENDOR, provides={events}))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted LLM that writes the answers and chooses the tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter, default settings")},
        )
    )

with tm.boundary("Database vendors", trust=tg.Trust.PARTNER):
    # The licensed research databases (article indexes and full text).
    research_dbs = tm.add(
        tg.ExternalService(
            "Licensed research databases", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Library system vendor", trust=tg.Trust.PARTNER):
    # The hosted integrated library system: catalogue, patron accounts, circulation.
    ils = tm.add(tg.DataStore("Library system (ILS)", stores={patron_account, catalogue_records}))

with tm.boundary("City cloud account", trust=tg.Trust.INTERNAL):
    # The chat backend the website widget talks to; checks sign-in against the ILS.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per IP at the city WAF"),
                c.Authentication(method="library card number and PIN, checked by the ILS"),
            },
        )
    )
    # Runs the conversation: retrieves context, calls the LLM and the tools.
    assistant = tm.add(
        tg.Agent(
            "Library assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the signed-in patron",
                    note="the assistant asks 'shall I renew/place the hold?' in the chat",
                )
            },
        )
    )
    # Searches the catalogue and item availability.
    catalogue_tool = tm.add(tg.Tool("Catalogue search tool", capabilities={"read"}))
    # Renews loans and places holds on the signed-in patron's account.
    circulation_tool = tm.add(tg.Tool("Circulation tool", capabilities={"read", "write"}))
    # Searches the licensed research databases with the library's key.
    research_tool = tm.add(
        tg.Tool("Research database tool", capabilities={"read", "network-egress"})
    )
    # Events, opening hours and FAQ pages for retrieval.
    index = tm.add(tg.VectorStore("Library content index", stores={chunks}))
    # Nightly job that rebuilds the index from the calendar and the website.
    indexer = tm.add(tg.Pipeline("Nightly indexing job", stage=tg.Stage.INGESTION))
    # Transcripts for service improvement and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=30)},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(patron, chat_api, question, card_login, protocol="https")
tm.flow(chat_api, patron, answer, protocol="https")
tm.flow(chat_api, ils, card_login, protocol="https", label="patron sign-in check")
tm.flow(ils, chat_api, patron_account, protocol="https", label="patron id")
tm.flow(chat_api, assistant, question)
tm.flow(assistant, chat_api, answer)

tm.flow(index, assistant, chunks, label="retrieved context")
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, transcript_store, transcripts)

tm.flow(assistant, catalogue_tool, catalogue_query)
tm.flow(catalogue_tool, ils, catalogue_query, protocol="https")
tm.flow(ils, catalogue_tool, catalogue_records, protocol="https")
tm.flow(catalogue_tool, assistant, catalogue_records)

tm.flow(assistant, circulation_tool, circulation_request)
tm.flow(circulation_tool, ils, circulation_request, protocol="https")
tm.flow(ils, circulation_tool, patron_account, protocol="https")
tm.flow(circulation_tool, assistant, patron_account)

tm.flow(assistant, research_tool, research_query)
tm.flow(research_tool, research_dbs, research_query, research_key, protocol="https")
tm.flow(research_dbs, research_tool, research_results, protocol="https")
tm.flow(research_tool, assistant, research_results)

tm.flow(calendar, indexer, events, protocol="https", label="calendar feed")
tm.flow(website, indexer, web_pages, protocol="https", label="nightly crawl")
tm.flow(indexer, index, chunks)
