"""Pharmacy OTC advice chatbot: the first design, before any security review.

A European pharmacy chain puts a chatbot on its public website and app. Shoppers,
without logging in, describe symptoms and the medicines they already take; the
bot suggests suitable over-the-counter products, answering from an index of
product leaflets, and checks the stated medicines and conditions against a
licensed drug-interaction database refreshed monthly from its vendor. Anything
outside its scope (prescription medicines, red-flag symptoms, children under
twelve, pregnancy) is handed to a pharmacist in the staff chat console, who then
chats with the shopper directly. The bot can also reserve a product for pickup
at a chosen store. The agent runs in the chain's cloud and calls an LLM hosted
by a vendor. Controls: rate limits on the public chat API, the vendor's content
filter and a data-processing agreement, a step limit on the agent, a
confirmation card the shopper taps before a reservation is made, staff SSO on
the pharmacist console and encrypted conversation logs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy OTC advice chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public chatbot giving OTC medicine advice, interaction checks and reservations.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Shopper message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Symptoms, current medicines, age and conditions: health data.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far, leaflet excerpts and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
leaflets = tg.Data(
    "Product leaflet chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
search_query = tg.Data("Leaflet search query", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
interaction_query = tg.Data(
    "Interaction check request", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
interaction_result = tg.Data(
    "Interaction check result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
interaction_data = tg.Data(
    "Drug interaction data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed interaction and contraindication tables.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
reservation_request = tg.Data(
    "Reservation request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Product, store, shopper name and phone number.",
)
reservation_result = tg.Data(
    "Reservation confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
stock = tg.Data("Store stock levels", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
handoff = tg.Data(
    "Escalation handoff",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Conversation summary and transcript passed to the pharmacist.",
)
pharmacist_chat = tg.Data(
    "Pharmacist chat messages", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website or app; no account needed to chat.
    shopper = tm.add(tg.Actor("Shopper", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={
                c.Guardrails(note="the vendor's content filter"),
                c.SupplierAssessment(note="DPA signed; zero data retention option enabled"),
            },
        )
    )

with tm.boundary("Interaction data vendor", trust=tg.Trust.PARTNER):
    # Clinical content vendor that publishes the interaction tables monthly.
    interaction_feed = tm.add(
        tg.DataSource(
            "Interaction data feed",
            origin=tg.Origin.VENDOR,
            provides={interaction_data},
        )
    )

with tm.boundary("Chatbot platform", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website and app widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent: holds the conversation, retrieves leaflets, decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "OTC advice agent",
            autonomy=tg.Autonomy.SUPERVISED,
            memory=False,
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Leaflets and product information for every OTC product the chain sells.
    leaflet_index = tm.add(tg.VectorStore("Product leaflet index", stores={leaflets}))
    # Looks up pairs of medicines and conditions in the interaction tables.
    interaction_tool = tm.add(
        tg.Tool("Interaction check tool", capabilities={"read"}, origin="first-party")
    )
    # Local copy of the licensed interaction tables.
    interaction_db = tm.add(tg.DataStore("Interaction database", stores={interaction_data}))
    # Checks stock and places a pickup reservation once the shopper confirms.
    reservation_tool = tm.add(
        tg.Tool(
            "Reservation tool",
            capabilities={"read", "write"},
            origin="first-party",
            controls={c.HumanInTheLoop(approver="the shopper, by tapping a confirmation card")},
        )
    )
    # Opens a pharmacist chat and passes the conversation over.
    escalation_tool = tm.add(
        tg.Tool("Pharmacist escalation tool", capabilities={"send-messages"}, origin="first-party")
    )
    # Every conversation, kept for quality review and complaints.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Store systems", trust=tg.Trust.INTERNAL):
    # Existing stock and click-and-collect system of the stores.
    inventory = tm.add(tg.Service("Store inventory and reservations"))

with tm.boundary("Pharmacy operations", trust=tg.Trust.INTERNAL):
    # Web console where on-duty pharmacists pick up escalated chats.
    console = tm.add(
        tg.Service(
            "Pharmacist chat console",
            controls={c.Authentication(method="staff SSO")},
        )
    )
    # Registered pharmacists answering escalations.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="registered pharmacist"))

# ---------------------------------------------------------------- flows
# the shopper's conversation
tm.flow(shopper, chat_api, message, protocol="https")
tm.flow(chat_api, shopper, reply, pharmacist_chat, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)

# the agent's reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, leaflet_index, search_query)
tm.flow(leaflet_index, agent, leaflets)
tm.flow(agent, log_store, transcripts)

# interaction checks
tm.flow(agent, interaction_tool, interaction_query)
tm.flow(interaction_tool, agent, interaction_result)
tm.flow(interaction_tool, interaction_db, interaction_query)
tm.flow(interaction_db, interaction_tool, interaction_data)
tm.flow(interaction_feed, interaction_db, interaction_data, protocol="sftp", label="monthly update")

# reservations
tm.flow(agent, reservation_tool, reservation_request)
tm.flow(reservation_tool, agent, reservation_result)
tm.flow(reservation_tool, inventory, reservation_request, protocol="https")
tm.flow(inventory, reservation_tool, stock, reservation_result, protocol="https")

# escalation to a pharmacist
tm.flow(agent, escalation_tool, handoff)
tm.flow(escalation_tool, console, handoff, protocol="https")
tm.flow(console, pharmacist, handoff)
tm.flow(pharmacist, console, pharmacist_chat)
tm.flow(console, chat_api, pharmacist_chat, protocol="https")
tm.flow(chat_api, console, message, protocol="https", label="shopper's replies to the pharmacist")
