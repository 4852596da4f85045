"""Seller assistant: the first design, before any security review.

Third-party sellers chat with an assistant in the marketplace's seller portal. An
agent service in our production cluster sends each turn to a vendor-hosted LLM with
tool definitions. It answers policy questions from a vector index of help-centre
articles, reads the seller's own listings, orders and payouts through a read tool
that calls our APIs with the seller's session-scoped token, and can change listing
prices and stock through the catalogue API; each change is shown to the seller as a
confirm card first. When a seller forwards a buyer message, the agent reads the
thread from the messaging service and drafts a reply the seller can edit and send.
The portal requires seller login and rate-limits chat; the LLM vendor was reviewed
by procurement and keeps no data; transcripts are kept in a conversation log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marketplace seller assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM assistant for marketplace sellers: policy answers, account data, listing edits.",
)

# ---------------------------------------------------------------- data assets
seller_message = tg.Data(
    "Seller chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="What the seller types, including confirm or cancel on a proposed change.",
)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_reply = tg.Data(
    "Draft buyer reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Suggested answer to a buyer, for the seller to edit and send.",
)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, tool schemas, chat history, help articles, account data, buyer messages.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
help_articles = tg.Data("Help-centre articles", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
help_chunks = tg.Data(
    "Help-centre chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
help_query = tg.Data("Policy search query", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
read_call = tg.Data("Account read call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
listings = tg.Data("Seller listings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
orders = tg.Data(
    "Seller orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Order lines with buyer names and shipping addresses.",
)
payouts = tg.Data(
    "Payout statements",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Payout amounts, fees, dates and the last digits of the seller's bank account.",
)
account_data = tg.Data("Seller account data", kind="tool-result", sensitivity=tg.Sensitivity.PII)
listing_update = tg.Data(
    "Listing price and stock update",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
update_result = tg.Data(
    "Listing update result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
buyer_message = tg.Data(
    "Buyer message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free text written by a buyer to the seller, with order reference.",
)
seller_reply = tg.Data("Seller reply to buyer", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any business can register as a seller, so sellers are outside our trust.
    seller = tm.add(tg.Actor("Seller", role="third-party seller"))
    # Buyers message sellers about orders; their text reaches the assistant.
    buyer = tm.add(tg.Actor("Buyer", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model with function calling, behind the vendor API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review; zero data retention terms")},
        )
    )

with tm.boundary("Marketplace production", trust=tg.Trust.INTERNAL):
    # Chat API behind the seller portal's login.
    chat_api = tm.add(
        tg.Endpoint(
            "Seller portal chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="seller portal session (OIDC)"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Orchestrates the conversation: retrieval, LLM calls and tool execution.
    agent = tm.add(
        tg.Agent(
            "Seller assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs the LLM's tool calls in a loop until it produces an answer.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Embedded help-centre articles for policy questions.
    help_index = tm.add(tg.VectorStore("Help-centre index", stores={help_chunks}))
    # Source of policy content, edited by the seller-support content team.
    help_cms = tm.add(tg.DataStore("Help-centre CMS", stores={help_articles}))
    # Re-embeds articles when they are published.
    indexer = tm.add(tg.Pipeline("Help-centre indexer", stage=tg.Stage.INGESTION))
    # Read-only tool over the seller's own listings, orders and payouts.
    read_tool = tm.add(
        tg.Tool(
            "Seller account read tool",
            capabilities={"read"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={
                c.LeastPrivilegeTools(note="calls APIs with the seller's session-scoped token")
            },
        )
    )
    # Tool that changes a listing's price or stock.
    update_tool = tm.add(
        tg.Tool(
            "Listing update tool",
            capabilities={"write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={
                c.HumanInTheLoop(approver="the seller, via a confirm card in the chat"),
                c.LeastPrivilegeTools(note="seller-scoped token; price and stock fields only"),
            },
        )
    )
    # Existing catalogue service: listings, prices and stock.
    catalogue_api = tm.add(tg.Service("Catalogue API"))
    # Existing order and payout service.
    orders_api = tm.add(tg.Service("Orders and payouts API"))
    # Existing buyer-seller messaging service; forwarded threads are read from here.
    messaging = tm.add(tg.Service("Buyer-seller messaging service"))
    # Every chat turn and tool call, for support and debugging.
    convo_log = tm.add(tg.DataStore("Conversation log", stores={transcripts}))

# ---------------------------------------------------------------- flows
# Chat
tm.flow(seller, chat_api, seller_message, protocol="https")
tm.flow(chat_api, agent, seller_message)
tm.flow(agent, chat_api, assistant_reply, draft_reply)
tm.flow(chat_api, seller, assistant_reply, draft_reply, protocol="https")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, convo_log, transcripts)

# Policy answers
tm.flow(agent, help_index, help_query, label="similarity query")
tm.flow(help_index, agent, help_chunks)
tm.flow(help_cms, indexer, help_articles, label="on publish")
tm.flow(indexer, help_index, help_chunks)

# Reading the seller's own data
tm.flow(agent, read_tool, read_call, protocol="local")
tm.flow(read_tool, catalogue_api, read_call, protocol="https")
tm.flow(catalogue_api, read_tool, listings, protocol="https")
tm.flow(read_tool, orders_api, read_call, protocol="https")
tm.flow(orders_api, read_tool, orders, payouts, protocol="https")
tm.flow(read_tool, agent, account_data, protocol="local")

# Changing prices and stock
tm.flow(agent, update_tool, listing_update, protocol="local")
tm.flow(update_tool, catalogue_api, listing_update, protocol="https")
tm.flow(catalogue_api, update_tool, update_result, protocol="https")
tm.flow(update_tool, agent, update_result, protocol="local")

# Buyer messages
tm.flow(buyer, messaging, buyer_message, protocol="https")
tm.flow(messaging, seller, buyer_message, protocol="https")
tm.flow(messaging, agent, buyer_message, label="thread forwarded by the seller")
tm.flow(seller, messaging, seller_reply, protocol="https")
tm.flow(messaging, buyer, seller_reply, protocol="https")
