"""Heat-pump quote and sizing agent: the first design, before any security review.

Homeowners visiting a UK heat-pump installer's website chat with an LLM agent that
asks about their house (address, size, insulation, current heating, radiators). The
agent looks up the property's energy performance certificate on the public EPC
register and its footprint and outdoor space from a mapping API, runs our heat-loss
sizing calculator, prices a system from the product catalogue and writes a
provisional quote into the CRM. It then books a home survey in a surveyor's diary
and sends the homeowner a confirmation e-mail through a mail provider. The agent
runs in the installer's cloud tenancy and calls a hosted LLM over HTTPS. A surveyor
checks the sizing and quote on site and confirms them before any contract is
offered. The chat endpoint is rate limited, the CRM is encrypted at rest with
role-based access, and surveyors sign in with company SSO; homeowners do not sign in.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Heat-pump installer quote and sizing agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website agent that sizes and quotes heat pumps and books survey visits.",
)

# ---------------------------------------------------------------- data assets
house_details = tg.Data(
    "Homeowner messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, contact details and house description typed in chat.",
)
agent_reply = tg.Data("Agent replies", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
address_query = tg.Data("Property address query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
epc_data = tg.Data(
    "Energy performance certificate",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Floor area, wall and roof type, insulation, current heating, EPC rating.",
)
map_data = tg.Data(
    "Map and aerial property data",
    kind="media",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Building footprint, garden area and aerial image tiles.",
)
property_profile = tg.Data("Property profile", kind="tool-result", sensitivity=tg.Sensitivity.PII)
sizing_request = tg.Data("Sizing inputs", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
sizing_result = tg.Data(
    "Heat-loss and sizing result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
price_list = tg.Data(
    "Product and price catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
quote = tg.Data(
    "Provisional quote",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
lead = tg.Data("Lead record", kind="records", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data(
    "Survey booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
booking = tg.Data("Survey booking", kind="records", sensitivity=tg.Sensitivity.PII)
free_slots = tg.Data("Surveyor availability", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
confirmation = tg.Data(
    "Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
survey_decision = tg.Data(
    "Surveyor confirmation of quote",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website, no account needed.
    homeowner = tm.add(tg.Actor("Homeowner", role="prospective customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; drives the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Public data providers", trust=tg.Trust.PARTNER):
    # Government EPC register, looked up by address.
    epc_register = tm.add(
        tg.ExternalService("EPC register API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Commercial mapping API for footprints and aerial imagery.
    maps = tm.add(tg.ExternalService("Mapping API", provides=tg.ExternalCategory.DATA_PROVIDER))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail SaaS that sends booking confirmations.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Installer cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget.
    chat = tm.add(
        tg.Endpoint(
            "Quote chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP at the CDN")},
        )
    )
    # The LLM agent that runs the conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Quote and sizing agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=25)},
            description="Quotes are provisional; bookings are made without staff approval.",
        )
    )
    # Fetches EPC and map data for an address.
    lookup = tm.add(
        tg.Tool(
            "Property data lookup tool",
            capabilities={"read", "network-egress"},
            description="Calls the EPC register and the mapping API.",
        )
    )
    # Deterministic room-by-room heat-loss calculation (MCS method) and unit selection.
    sizing = tm.add(tg.Tool("Heat-loss sizing calculator", capabilities={"read"}))
    # Prices the selected system and writes the provisional quote and lead to the CRM.
    quoting = tm.add(
        tg.Tool(
            "Quote builder tool",
            capabilities={"read", "write"},
            controls={
                c.HumanInTheLoop(
                    approver="surveyor, on site, before any contract is offered",
                )
            },
        )
    )
    # Books a survey slot in a surveyor's diary and asks the mailer to confirm it.
    booking_tool = tm.add(
        tg.Tool("Survey booking tool", capabilities={"read", "write", "send-messages"})
    )
    # Installer's own prices and heat-pump models, maintained by the office.
    catalogue = tm.add(tg.DataStore("Product and price catalogue", stores={price_list}))
    # Leads, quotes, survey bookings and surveyor diaries.
    crm = tm.add(
        tg.DataStore(
            "CRM",
            stores={lead, quote, booking, free_slots, survey_decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys"), c.RBAC()},
        )
    )
    # Conversation logs kept for quality review.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Field staff", trust=tg.Trust.INTERNAL):
    # Surveyor who visits the house and confirms or corrects the sizing and quote.
    surveyor = tm.add(
        tg.Actor(
            "Surveyor",
            role="surveyor",
            controls={c.Authentication(method="company SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(homeowner, chat, house_details, protocol="https")
tm.flow(chat, homeowner, agent_reply, protocol="https")
tm.flow(chat, agent, house_details)
tm.flow(agent, chat, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, lookup, address_query)
tm.flow(lookup, agent, property_profile)
tm.flow(lookup, epc_register, address_query, protocol="https")
tm.flow(epc_register, lookup, epc_data, protocol="https")
tm.flow(lookup, maps, address_query, protocol="https")
tm.flow(maps, lookup, map_data, protocol="https")

tm.flow(agent, sizing, sizing_request)
tm.flow(sizing, agent, sizing_result)

tm.flow(agent, quoting, sizing_result, lead)
tm.flow(catalogue, quoting, price_list)
tm.flow(quoting, crm, quote, lead)
tm.flow(quoting, agent, quote)

tm.flow(agent, booking_tool, booking_request)
tm.flow(crm, booking_tool, free_slots)
tm.flow(booking_tool, crm, booking)
tm.flow(booking_tool, agent, booking)
tm.flow(booking_tool, mailer, confirmation, protocol="https")
tm.flow(mailer, homeowner, confirmation, protocol="smtp")

tm.flow(agent, transcript_store, transcripts)

tm.flow(crm, surveyor, quote, booking, protocol="https", label="survey job sheet")
tm.flow(surveyor, crm, survey_decision, protocol="https", label="confirms or corrects quote")
