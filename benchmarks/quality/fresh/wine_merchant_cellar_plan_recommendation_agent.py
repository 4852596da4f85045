"""Cellar plan recommendation agent: the first design, before any security review.

A UK online wine merchant adds a chat agent to its website. Signed-in customers
talk with it about building a cellar (budget, styles, drinking windows); it
searches the catalogue, looks at what they already own and have bought, proposes
a cellar plan and, once the customer confirms the order summary in the chat,
places the order on the customer's saved payment method. The agent runs in the
merchant's cloud account and uses a hosted LLM. The order service prices the
basket from the catalogue, charges the saved card token through the payment
provider, and sends in-bond purchases to the partner bonded warehouse, which
reports back what it holds for each customer. Customers sign in with e-mail and
password; the chat API is rate limited; the customer database is encrypted at
rest and external calls use TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wine merchant cellar plan agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Chat agent that recommends wines for a customer's cellar and places confirmed orders.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Customer chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data(
    "Agent reply and order summary",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Recommendations, the proposed cellar plan and the basket to confirm.",
)
llm_prompt = tg.Data(
    "Agent prompt with context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation, and catalogue and account tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
catalogue_query = tg.Data("Catalogue search", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
wine_listings = tg.Data(
    "Wine listings",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="tool-result",
    description="Wine, vintage, tasting notes, drinking window, price and stock.",
)
catalogue = tg.Data("Wine catalogue and prices", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
account_lookup = tg.Data(
    "Customer account lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
customer_profile = tg.Data(
    "Customer profile, order history and cellar holdings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
card_token = tg.Data("Saved card token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
order_request = tg.Data(
    "Order request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Wines and quantities, delivery address or in-bond storage.",
)
order = tg.Data("Order", sensitivity=tg.Sensitivity.PII, kind="records")
order_confirmation = tg.Data(
    "Order confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
charge = tg.Data("Card charge request", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_result = tg.Data("Payment result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
bond_instruction = tg.Data(
    "Bonded storage instruction", sensitivity=tg.Sensitivity.PII, kind="records"
)
bond_holdings = tg.Data("In-bond holdings report", sensitivity=tg.Sensitivity.PII, kind="records")
transcript = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
catalogue_update = tg.Data("Catalogue updates", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Signed-in shoppers planning a cellar.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("Merchant cloud account", trust=tg.Trust.INTERNAL):
    # The website's chat backend: sessions, sign-in check and streaming replies.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that holds the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Cellar plan agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the customer, who confirms the order summary in the chat",
                ),
            },
        )
    )
    # Read-only search over the catalogue.
    catalogue_tool = tm.add(tg.Tool("Catalogue search tool", capabilities={"read"}))
    # Reads the signed-in customer's profile, past orders and cellar holdings.
    account_tool = tm.add(
        tg.Tool(
            "Customer account tool",
            capabilities={"read"},
            description="Reads the profile, orders and holdings of the customer in the chat session.",
        )
    )
    # Places the confirmed order through the order service.
    order_tool = tm.add(
        tg.Tool(
            "Order placement tool",
            capabilities={"write", "money-movement"},
            description="Submits the basket for the session's customer on their saved payment method.",
        )
    )
    # The shop's existing order system: prices, charges and fulfils orders.
    order_service = tm.add(
        tg.Service(
            "Order service",
            description="Prices the basket from the catalogue and charges the saved card token.",
            controls={c.AuditLogging()},
        )
    )
    # Wines, vintages, tasting notes, prices and stock.
    catalogue_db = tm.add(tg.DataStore("Wine catalogue", stores={catalogue}))
    # Accounts, preferences, order history, cellar holdings and card tokens.
    customer_db = tm.add(
        tg.DataStore(
            "Customer database",
            stores={customer_profile, order, card_token},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Kept for customer service and for improving the prompts.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcript}))

with tm.boundary("Merchant office", trust=tg.Trust.INTERNAL):
    # The buying team maintains the catalogue and tasting notes.
    buyer = tm.add(tg.Actor("Wine buyer", role="merchandising staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the cards; we keep only its tokens.
    psp = tm.add(
        tg.ExternalService(
            "Payment service provider",
            controls={c.SupplierAssessment(note="PCI DSS level 1 provider")},
        )
    )

with tm.boundary("Bonded warehouse partner", trust=tg.Trust.PARTNER):
    # Stores customers' in-bond wine and reports holdings.
    warehouse = tm.add(tg.ExternalService("Bonded warehouse system"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(customer, chat_api, chat_message, protocol="https", controls={tls})
tm.flow(chat_api, customer, agent_reply, protocol="https", controls={tls})
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, catalogue_tool, catalogue_query)
tm.flow(catalogue_db, catalogue_tool, catalogue)
tm.flow(catalogue_tool, agent, wine_listings)

tm.flow(agent, account_tool, account_lookup)
tm.flow(customer_db, account_tool, customer_profile)
tm.flow(account_tool, agent, customer_profile)

tm.flow(agent, order_tool, order_request, label="after the customer confirms")
tm.flow(order_tool, order_service, order_request)
tm.flow(order_service, order_tool, order_confirmation)
tm.flow(order_tool, agent, order_confirmation)
tm.flow(catalogue_db, order_service, catalogue, label="prices and stock")
tm.flow(customer_db, order_service, card_token, customer_profile)
tm.flow(order_service, customer_db, order)
tm.flow(order_service, psp, charge, card_token, protocol="https", controls={tls})
tm.flow(psp, order_service, payment_result, protocol="https", controls={tls})

tm.flow(order_service, warehouse, bond_instruction, protocol="https", controls={tls})
tm.flow(warehouse, order_service, bond_holdings, protocol="https", controls={tls})
tm.flow(order_service, customer_db, bond_holdings, label="updates cellar holdings")

tm.flow(agent, transcript_store, transcript)
tm.flow(buyer, catalogue_db, catalogue_update)
