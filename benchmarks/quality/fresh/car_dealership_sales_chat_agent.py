"""Car dealership sales chat agent: the first design, before any security review.

Shoppers on the dealer group's public websites chat with a sales agent that runs in
the group's cloud account and reasons with a hosted LLM from a model vendor. The
agent answers questions about new and used stock by looking vehicles up in the
dealer management system (DMS), estimates trade-in values through a vendor's
valuation API, quotes out-the-door prices and current incentives from a pricing
rules store that sales managers maintain, and books test drives in the sales CRM.
Every lead and its chat transcript is written to the CRM, where salespeople pick
them up. The chat endpoint has per-session rate limits, the pricing tool refuses
discounts beyond the managers' caps, the CRM tool's integration user can only
create leads and appointments, vendor API keys live in the cloud secrets manager,
and the LLM vendor's content filter is switched on. Bookings and quotes are
made without a person approving them; salespeople follow up afterwards.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car dealership sales chat agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Website chat agent that answers inventory questions, estimates trade-ins, "
        "quotes prices and incentives, and books test drives into the CRM."
    ),
)

# ---------------------------------------------------------------- data assets
shopper_message = tg.Data(
    "Shopper message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; often includes name, phone, email, budget and trade-in VIN.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with sales rules, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
inventory_query = tg.Data("Inventory search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
inventory = tg.Data(
    "Vehicle inventory",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Stock units with VIN, options, list price, invoice cost and days in stock.",
)
trade_in = tg.Data(
    "Trade-in details",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="VIN, mileage, condition and ZIP code of the shopper's current car.",
)
valuation = tg.Data("Trade-in estimate", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
quote_request = tg.Data("Quote request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
pricing_rules = tg.Data(
    "Pricing rules and incentives",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Maximum discounts per model, fees, tax tables and current OEM incentives.",
)
quote = tg.Data(
    "Out-the-door quote",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
lead = tg.Data(
    "Lead and test-drive booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Contact details, vehicle of interest, quote given and booked slot.",
)
transcript = tg.Data("Chat transcript", kind="logs", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Booking confirmation and open slots", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone browsing a dealership website; anonymous until they leave contact details.
    shopper = tm.add(tg.Actor("Shopper", role="prospective buyer"))

with tm.boundary("Dealer group cloud", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget; the only way in for shoppers.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=20, note="per chat session")},
        )
    )
    # The sales agent: holds the conversation, decides which tool to call, answers.
    agent = tm.add(
        tg.Agent(
            "Sales chat agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.SecretsManagement(note="DMS, valuation and CRM keys in the secrets manager")
            },
        )
    )
    # Looks up stock in the DMS so answers reflect what is really on the lot.
    inventory_tool = tm.add(tg.Tool("Inventory lookup tool", capabilities={"read"}))
    # Calls the valuation vendor for a trade-in range from VIN, mileage and condition.
    valuation_tool = tm.add(
        tg.Tool("Trade-in valuation tool", capabilities={"read", "network-egress"})
    )
    # Builds out-the-door quotes from list price, fees, taxes and incentives.
    pricing_tool = tm.add(
        tg.Tool(
            "Pricing and incentives tool",
            capabilities={"read"},
            controls={
                c.TransactionLimits(
                    limit="discount no larger than the sales managers' cap per model"
                )
            },
        )
    )
    # Creates the lead, attaches the transcript and books the test drive in the CRM.
    crm_tool = tm.add(
        tg.Tool(
            "CRM lead and booking tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(
                    note="integration user can create leads and appointments only"
                )
            },
        )
    )
    # Discount caps, fees and incentives that bound what the agent may offer.
    pricing_store = tm.add(tg.DataStore("Pricing rules store", stores={pricing_rules}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("DMS vendor", trust=tg.Trust.PARTNER):
    # System of record for stock and vehicle prices, run by the DMS provider.
    dms = tm.add(
        tg.ExternalService("Dealer management system", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Valuation vendor", trust=tg.Trust.PARTNER):
    # Third-party used-vehicle valuation service.
    valuation_api = tm.add(
        tg.ExternalService("Vehicle valuation API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # The sales team's SaaS CRM: leads, transcripts and the test-drive calendar.
    crm = tm.add(tg.ExternalService("Sales CRM"))

with tm.boundary("Dealership network", trust=tg.Trust.INTERNAL):
    # Follows up on leads and runs the booked test drives.
    salesperson = tm.add(tg.Actor("Salesperson", role="sales staff"))
    # Sets the discount caps and loads current incentives.
    sales_manager = tm.add(tg.Actor("Sales manager", role="sales manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(shopper, chat_api, shopper_message, protocol="https")
tm.flow(chat_api, shopper, agent_reply, protocol="https")
tm.flow(chat_api, agent, shopper_message)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, inventory_tool, inventory_query)
tm.flow(inventory_tool, dms, inventory_query, protocol="https")
tm.flow(dms, inventory_tool, inventory, protocol="https")
tm.flow(inventory_tool, agent, inventory)

tm.flow(agent, valuation_tool, trade_in)
tm.flow(valuation_tool, valuation_api, trade_in, protocol="https")
tm.flow(valuation_api, valuation_tool, valuation, protocol="https")
tm.flow(valuation_tool, agent, valuation)

tm.flow(agent, pricing_tool, quote_request)
tm.flow(pricing_store, pricing_tool, pricing_rules)
tm.flow(dms, pricing_tool, inventory, protocol="https", label="list price of the unit")
tm.flow(pricing_tool, agent, quote)

tm.flow(agent, crm_tool, lead, transcript)
tm.flow(crm_tool, crm, lead, transcript, protocol="https")
tm.flow(crm, crm_tool, booking_result, protocol="https")
tm.flow(crm_tool, agent, booking_result)

tm.flow(crm, salesperson, lead, transcript, protocol="https")
tm.flow(salesperson, crm, lead, protocol="https", label="follow-up notes")
tm.flow(sales_manager, pricing_store, pricing_rules, protocol="https", label="sets caps")
