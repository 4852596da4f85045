"""Browser shopping agent: the first design, before any security review.

Users of our consumer shopping app type a request such as "a winter coat under
150 euros, size M". A shopping agent on our cloud plans with an LLM hosted by a
model vendor, drives a headless browser across retailers' public websites,
compares the offers it finds and buys the best one. At checkout a payment tool
asks the payment provider's tokenised API for a single-use virtual card number
against the card the user saved in the app, and fills it into the retailer's
checkout form; we never store the real card number. The agent asks the user to
confirm in the app before any purchase above 200 euros; below that it buys on
its own. It remembers each user's sizes, brands and budgets between sessions in
a memory store. The app signs users in with OIDC, the API is rate-limited, the
agent has a step limit, the payment provider's key sits in the secret manager,
and our stores are encrypted at rest. Users are in the EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Browser shopping agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Consumer agent that browses retailers' sites and checks out with the user's saved card.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Shopping request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the user wants, with budget and size, typed in the app.",
)
offers = tg.Data(
    "Offers and agent replies",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Compared offers, questions back to the user, order status.",
)
confirmation = tg.Data(
    "Purchase confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The user's yes or no to a purchase above 200 euros.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request, remembered preferences and page text.",
)
llm_output = tg.Data(
    "Agent plan and tool calls",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="The LLM's next steps: pages to open, fields to fill, buttons to click.",
)
browser_actions = tg.Data("Browser actions", kind="tool-call", sensitivity=tg.Sensitivity.PII)
page_content = tg.Data(
    "Retailer page content",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="HTML, product listings, reviews and checkout pages of any retailer.",
)
observations = tg.Data(
    "Page observations",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Extracted page text and screenshots returned to the agent.",
)
checkout_details = tg.Data(
    "Checkout details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, shipping address, email and phone entered in retailer checkouts.",
)
preferences = tg.Data(
    "Shopping preferences",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Sizes, favourite brands, budgets and past choices, kept across sessions.",
)
profile = tg.Data(
    "Account profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, addresses, contact details and the payment provider's card reference.",
)
orders = tg.Data("Order history", kind="records", sensitivity=tg.Sensitivity.PII)
payment_request = tg.Data(
    "Payment request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Amount, merchant and the saved card's reference at the payment provider.",
)
virtual_card = tg.Data(
    "Single-use virtual card",
    kind="credentials",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Card number, expiry and CVC valid for one payment up to the approved amount.",
)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
traces = tg.Data(
    "Agent traces",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Every prompt, tool call and page visited, per session.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("User devices", trust=tg.Trust.UNTRUSTED):
    # The person shopping; confirms purchases above 200 euros.
    shopper = tm.add(tg.Actor("Shopper", role="app user"))
    # Our iOS and Android app: chat with the agent, confirmation prompts.
    app = tm.add(tg.Device("Shopping app", description="The consumer mobile app."))

with tm.boundary("Public web", trust=tg.Trust.UNTRUSTED):
    # Any retailer the agent decides to visit; we do not choose or vet them in advance.
    retailers = tm.add(
        tg.DataSource(
            "Retailer websites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={page_content},
            description="Public shop pages, browsed and checked out on by the agent.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Plans the shopping session and decides the browser steps.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose model with tool calling, behind the vendor's API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the user's saved card and issues single-use virtual cards against it.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider API",
            description="Tokenised card vault; issues single-use virtual card numbers.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # The app's backend: sessions, chat messages and confirmations.
    api = tm.add(
        tg.Endpoint(
            "Shopping API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the loop: plan with the LLM, browse, compare, pay.
    agent = tm.add(
        tg.Agent(
            "Shopping agent",
            autonomy=tg.Autonomy.SUPERVISED,
            memory=True,
            description="Buys on its own up to 200 euros; above that it waits for the user.",
            controls={
                c.HumanInTheLoop(approver="the shopper, for purchases above 200 euros"),
                c.CircuitBreaker(max_steps=80),
            },
        )
    )
    # Headless Chromium the agent drives: opens pages, fills forms, clicks.
    browser = tm.add(
        tg.Tool(
            "Headless browser",
            capabilities={"read", "write", "network-egress"},
            description="One Chromium instance per session in the agent cluster.",
        )
    )
    # Gets a virtual card from the payment provider and types it into the checkout form.
    checkout = tm.add(
        tg.Tool(
            "Checkout tool",
            capabilities={"money-movement"},
            description="Fills card fields directly in the browser, so the LLM never sees them.",
            controls={
                c.SecretsManagement(note="payment provider API key in the cloud secret manager")
            },
        )
    )
    # Long-term memory of each user's sizes and tastes.
    memory = tm.add(
        tg.VectorStore(
            "Preference memory",
            memory=True,
            stores={preferences},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Accounts, addresses, card references and orders.
    accounts = tm.add(
        tg.DataStore(
            "Account database",
            stores={profile, orders},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Session traces for debugging and customer support.
    trace_store = tm.add(tg.DataStore("Agent trace store", stores={traces}))

# ---------------------------------------------------------------- flows
tm.flow(shopper, app, request, confirmation, protocol="local")
tm.flow(app, shopper, offers, protocol="local")
tm.flow(app, api, request, confirmation, protocol="https")
tm.flow(api, app, offers, protocol="https")
tm.flow(api, agent, request, confirmation)
tm.flow(agent, api, offers)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

tm.flow(memory, agent, preferences, label="recall")
tm.flow(agent, memory, preferences, label="remember")
tm.flow(accounts, agent, profile, orders)
tm.flow(agent, accounts, orders, label="record order")
tm.flow(agent, trace_store, traces)

tm.flow(agent, browser, browser_actions, checkout_details)
tm.flow(browser, agent, observations)
tm.flow(
    browser,
    retailers,
    checkout_details,
    virtual_card,
    protocol="https",
    label="browse and check out",
)
tm.flow(retailers, browser, page_content, protocol="https")

tm.flow(agent, checkout, payment_request)
tm.flow(checkout, agent, payment_result)
tm.flow(checkout, payments, payment_request, protocol="https")
tm.flow(payments, checkout, virtual_card, payment_result, protocol="https")
tm.flow(checkout, browser, virtual_card, label="fill card fields")
