"""Charcoal kiln chatbot: the first design, before any security review.

A one-person woodland charcoal business burns two steel ring kilns under conditions
the district council set in its permit (burn hours, wind direction, notice to
neighbours). A chat widget on the business website answers two kinds of visitor:
neighbours asking when the next burn is or complaining about smoke, and customers
asking about bags of lump charcoal and their orders. The widget talks to an LLM
agent on the website host, which calls a hosted LLM and has tools to read the burn
diary, look up or request orders (the order number and e-mail address must match),
and log complaints. A nightly job copies the council's published permit conditions
into a small vector index the agent searches. The diary, order book and complaint
log are Google Sheets in the maker's Workspace, which the maker signs in to with
2-step verification. The widget is rate limited, the agent stops after a few tool
steps, and the diary tool has read-only access. Every link is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Charcoal kiln smoke and orders chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Website chatbot for a woodland charcoal maker: answers neighbours' smoke "
        "questions and complaints from the burn diary and the council permit, and "
        "handles customers' order enquiries."
    ),
)

# ---------------------------------------------------------------- data assets
neighbour_msg = tg.Data(
    "Neighbour chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions about burns and smoke complaints, often with name and address.",
)
customer_msg = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Order enquiries with order number, e-mail address and delivery address.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "LLM prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, permit passages and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reply text or the next tool call.",
)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
diary_entries = tg.Data(
    "Burn diary entries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Planned and past burns: kiln, light-up and close-down times, wind, smoke notes.",
)
burn_schedule = tg.Data(
    "Burn schedule answer", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
permit = tg.Data(
    "Council permit conditions",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
permit_passages = tg.Data(
    "Permit passages and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
orders = tg.Data(
    "Customer orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, delivery address, items, status.",
)
order_result = tg.Data("Order status answer", kind="tool-result", sensitivity=tg.Sensitivity.PII)
order_request = tg.Data("New order request", kind="records", sensitivity=tg.Sensitivity.PII)
order_updates = tg.Data("Order status updates", kind="records", sensitivity=tg.Sensitivity.PII)
complaints = tg.Data(
    "Smoke complaints",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who complained, where they live, when and what they saw or smelled.",
)
complaint_ref = tg.Data(
    "Complaint reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People living near the woodland, affected by the kiln smoke.
    neighbour = tm.add(tg.Actor("Neighbour", role="local resident"))
    # People buying charcoal for barbecues, forges and art.
    customer = tm.add(tg.Actor("Customer", role="customer"))
    # The council's public page with the permit and its conditions.
    council = tm.add(
        tg.DataSource(
            "Council permit register",
            origin=tg.Origin.PUBLIC_WEB,
            provides={permit},
            description="The district council's published permit decision and conditions (PDF).",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Website host", trust=tg.Trust.INTERNAL):
    # The chat widget's back end on the business website.
    chat = tm.add(
        tg.Endpoint(
            "Chat widget endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # Reads the conversation, decides which tool to call, writes the reply.
    agent = tm.add(
        tg.Agent(
            "Kiln chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=6)},
        )
    )
    # Keeps the permit conditions searchable for the agent.
    permit_index = tm.add(tg.VectorStore("Permit conditions index", stores={permit_passages}))
    # Fetches the permit page nightly and re-embeds it.
    indexer = tm.add(tg.Pipeline("Nightly permit indexer", stage=tg.Stage.INGESTION))
    # Lets the agent say when the last burn was and when the next is planned.
    diary_tool = tm.add(
        tg.Tool(
            "Burn diary lookup",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only scope on the diary sheet")},
        )
    )
    # Order status for customers, and new order requests for the maker to confirm.
    order_tool = tm.add(
        tg.Tool(
            "Order tool",
            capabilities={"read", "write"},
            description=(
                "Returns an order only when the order number and e-mail address given "
                "both match it; adds new order requests, which the maker confirms by phone."
            ),
            controls={c.Authentication(method="order number and e-mail address")},
        )
    )
    # Records each smoke complaint so the maker can answer it and show the council.
    complaint_tool = tm.add(tg.Tool("Complaint logging tool", capabilities={"write"}))

with tm.boundary("Maker's Google Workspace", trust=tg.Trust.INTERNAL):
    # The maker's record of every burn, which the permit requires them to keep.
    diary = tm.add(
        tg.DataStore(
            "Burn diary sheet",
            stores={diary_entries},
            controls={c.Authentication(method="Google account with 2-step verification")},
        )
    )
    # Orders taken by phone, e-mail and the chatbot.
    order_book = tm.add(
        tg.DataStore(
            "Order book sheet",
            stores={orders},
            controls={c.Authentication(method="Google account with 2-step verification")},
        )
    )
    # Complaints received, with the maker's response.
    complaint_log = tm.add(
        tg.DataStore(
            "Complaint log sheet",
            stores={complaints},
            controls={c.Authentication(method="Google account with 2-step verification")},
        )
    )

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # Runs the kilns, keeps the diary, answers complaints and fills orders.
    maker = tm.add(tg.Actor("Charcoal maker", role="sole trader", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(neighbour, chat, neighbour_msg, protocol="https")
tm.flow(chat, neighbour, reply, protocol="https")
tm.flow(customer, chat, customer_msg, protocol="https")
tm.flow(chat, customer, reply, protocol="https")
tm.flow(chat, agent, neighbour_msg, customer_msg)
tm.flow(agent, chat, reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(council, indexer, permit, protocol="https", label="nightly fetch")
tm.flow(indexer, permit_index, permit_passages)
tm.flow(agent, permit_index, neighbour_msg, label="similarity query")
tm.flow(permit_index, agent, permit_passages, label="retrieved context")

tm.flow(agent, diary_tool, tool_call)
tm.flow(diary_tool, agent, burn_schedule)
tm.flow(diary, diary_tool, diary_entries, protocol="https")

tm.flow(agent, order_tool, tool_call)
tm.flow(order_tool, agent, order_result)
tm.flow(order_book, order_tool, orders, protocol="https")
tm.flow(order_tool, order_book, order_request, protocol="https")

tm.flow(agent, complaint_tool, tool_call)
tm.flow(complaint_tool, agent, complaint_ref)
tm.flow(complaint_tool, complaint_log, complaints, protocol="https")

tm.flow(maker, diary, diary_entries, protocol="https", label="logs each burn")
tm.flow(complaint_log, maker, complaints, protocol="https")
tm.flow(order_book, maker, orders, protocol="https")
tm.flow(maker, order_book, order_updates, protocol="https")
