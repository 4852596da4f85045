"""City library reference chat assistant: the first design, before any security review.

A chat widget on the public library's website answers reference questions around
the clock: "do you have this title", "which database covers local newspapers",
"when is the branch on Elm Street open". Anyone may ask; members who sign in with
their library card number and PIN can also ask it to place a hold on an item.
The assistant is an LLM agent in the library's cloud tenancy. It calls a hosted LLM
and has three tools: catalogue search and hold placement against the vendor-hosted
integrated library system (ILS), and search of the licensed e-resources through the
e-resource vendor's discovery API. Opening hours, events and policies come from an
index of the library's own website pages, rebuilt nightly from the CMS.
Controls in this design: a per-visitor rate limit on the chat API, card-and-PIN sign-in
for holds, the member confirming each hold in the chat, a step limit on the agent, the
LLM vendor's moderation filter and a procurement review of that vendor, the ILS API key
in the cloud secret manager, and 30-day deletion of chat transcripts.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "City library reference chat assistant",
    profile=tg.RiskProfile.LOW,
    description="Public website chat answering reference questions and placing holds for members.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Reference question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text typed by a visitor; reference questions are confidential library records.",
)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
card_pin = tg.Data(
    "Library card number and PIN",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
patron_session = tg.Data(
    "Member session and patron id",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="Patron id and display name returned by the ILS after a successful PIN check.",
)
prompt = tg.Data(
    "LLM prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, tool results and retrieved page chunks.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
catalogue_query = tg.Data(
    "Catalogue search call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
catalogue_records = tg.Data(
    "Catalogue records and availability", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
eresource_query = tg.Data(
    "E-resource search call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
eresource_results = tg.Data(
    "E-resource search results",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Titles, abstracts and access links from the library's licensed databases.",
)
hold_request = tg.Data(
    "Hold request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Patron id, item id and pickup branch.",
)
hold_result = tg.Data("Hold confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
ils_api_key = tg.Data(
    "ILS API client credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="One client id and secret for the ILS patron and holds API.",
)
site_pages = tg.Data(
    "Library website pages",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Opening hours, branch pages, events, borrowing policies.",
)
page_chunks = tg.Data(
    "Website page chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
page_query = tg.Data("Page search query", kind="prompt", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anonymous website visitors and signed-in library members.
    patron = tm.add(tg.Actor("Website visitor or member", role="patron"))

with tm.boundary("Library cloud tenancy", trust=tg.Trust.INTERNAL):
    # The only public entry point: serves the chat widget's API and the member sign-in.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per browser session, at the CDN"),
                c.Authentication(
                    method="library card number and PIN checked against the ILS",
                    note="only needed to place holds; questions are anonymous",
                ),
            },
        )
    )
    # Plans the answer: decides which tool to call and writes the reply.
    assistant = tm.add(
        tg.Agent(
            "Reference assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Tool-calling loop around the hosted LLM; no memory across conversations.",
            controls={
                c.HumanInTheLoop(
                    approver="the signed-in member, who confirms each hold in the chat"
                ),
                c.CircuitBreaker(max_steps=6),
            },
        )
    )
    # Finds titles and live availability in the library catalogue.
    catalogue_tool = tm.add(tg.Tool("Catalogue search tool", capabilities={"read"}))
    # Searches the licensed databases the library subscribes to.
    eresource_tool = tm.add(tg.Tool("E-resource search tool", capabilities={"read"}))
    # Places a hold for the signed-in member through the ILS holds API.
    hold_tool = tm.add(
        tg.Tool(
            "Place hold tool",
            capabilities={"write"},
            controls={c.SecretsManagement(note="ILS API key held in the cloud secret manager")},
        )
    )
    # Answers hours, events and policy questions from the library's own pages.
    page_index = tm.add(tg.VectorStore("Website page index", stores={page_chunks}))
    # Nightly job that fetches the published pages, chunks and embeds them.
    indexer = tm.add(tg.Pipeline("Page indexing job", stage=tg.Stage.INGESTION))
    # Kept so that reference staff can review answer quality.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=30)},
        )
    )

with tm.boundary("Library web hosting", trust=tg.Trust.INTERNAL):
    # The library's content management system, edited by the web team.
    cms = tm.add(
        tg.DataSource("Library website CMS", origin=tg.Origin.INTERNAL, provides={site_pages})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's moderation filter"),
                c.SupplierAssessment(note="city procurement review; no training on our data"),
            },
        )
    )

with tm.boundary("ILS vendor cloud", trust=tg.Trust.PARTNER):
    # Vendor-hosted integrated library system: catalogue, patron records, holds.
    ils = tm.add(
        tg.ExternalService("Integrated library system", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("E-resource vendor", trust=tg.Trust.PARTNER):
    # Discovery API over the library's licensed databases and journals.
    discovery = tm.add(
        tg.ExternalService("E-resource discovery API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Reference librarians read transcripts to improve the assistant's instructions.
    librarian = tm.add(tg.Actor("Reference librarian", role="library staff"))

# ---------------------------------------------------------------- flows
# visitor <-> chat
tm.flow(patron, chat_api, question, card_pin, protocol="https")
tm.flow(chat_api, patron, answer, protocol="https")

# member sign-in
tm.flow(chat_api, ils, card_pin, protocol="https", label="PIN check")
tm.flow(ils, chat_api, patron_session, protocol="https")

# chat <-> agent
tm.flow(chat_api, assistant, question, patron_session)
tm.flow(assistant, chat_api, answer)

# agent <-> LLM
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

# catalogue search
tm.flow(assistant, catalogue_tool, catalogue_query)
tm.flow(catalogue_tool, ils, catalogue_query, protocol="https")
tm.flow(ils, catalogue_tool, catalogue_records, protocol="https")
tm.flow(catalogue_tool, assistant, catalogue_records)

# e-resource search
tm.flow(assistant, eresource_tool, eresource_query)
tm.flow(eresource_tool, discovery, eresource_query, protocol="https")
tm.flow(discovery, eresource_tool, eresource_results, protocol="https")
tm.flow(eresource_tool, assistant, eresource_results)

# hold placement
tm.flow(assistant, hold_tool, hold_request)
tm.flow(hold_tool, ils, hold_request, ils_api_key, protocol="https")
tm.flow(ils, hold_tool, hold_result, protocol="https")
tm.flow(hold_tool, assistant, hold_result)

# website pages
tm.flow(assistant, page_index, page_query, label="similarity query")
tm.flow(page_index, assistant, page_chunks)
tm.flow(cms, indexer, site_pages, protocol="https", label="nightly fetch")
tm.flow(indexer, page_index, page_chunks)

# transcripts
tm.flow(assistant, transcript_store, transcripts)
tm.flow(transcript_store, librarian, transcripts, protocol="https", label="quality review")
