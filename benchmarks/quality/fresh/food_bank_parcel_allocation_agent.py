"""Food bank parcel allocation agent: the first design, before any security review.

A regional food bank network allocates emergency food parcels with an LLM agent.
Referral agencies (GP surgeries, schools, housing officers) sign in to a referral
portal with an agency e-mail and password and submit an e-voucher for a household:
size, dietary needs, the reason for referral and a mobile number. The agent reads
the voucher, looks up the household's previous parcels, picks the nearest food bank
with stock, reserves a parcel there and texts the client a collection time through
an SMS provider. The language model is a hosted API under a data processing
agreement. Warehouse volunteers record stock in and out on a phone web app.
Coordinators use a console, behind the charity's Google Workspace sign-in with
2-step verification, to override allocations and block repeat referrals.
Everything except the model and the SMS provider runs in the charity's cloud
tenancy; the client database is encrypted at rest and the agent's tool calls are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Food bank parcel allocation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent turns referral vouchers into reserved food parcels and "
        "collection texts; coordinators can override and block."
    ),
)

# ---------------------------------------------------------------- data assets
voucher = tg.Data(
    "Referral voucher",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
    description="Household size, dietary and allergy needs, referral reason (free text) "
    "and the client's name and mobile number.",
)
referral_status = tg.Data("Referral status", kind="records", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Allocation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the voucher and the tool results so far.",
)
completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
history_query = tg.Data("Household lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
household_history = tg.Data(
    "Household parcel history",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Previous parcels, dietary needs on file and any block on repeat referrals.",
)
client_record = tg.Data(
    "Client record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
reservation_request = tg.Data(
    "Parcel reservation request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
reservation_result = tg.Data(
    "Parcel reservation result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
stock_levels = tg.Data(
    "Stock levels",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Items and parcels on hand at each food bank, with reservations.",
)
stock_entry = tg.Data("Stock count entry", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
parcel_allocation = tg.Data("Parcel allocation", kind="records", sensitivity=tg.Sensitivity.PII)
collection_text = tg.Data(
    "Collection text message",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="The client's mobile number, food bank address and collection time.",
)
sms = tg.Data("Collection SMS", kind="records", sensitivity=tg.Sensitivity.PII)
override = tg.Data(
    "Allocation override and referral block",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff at GP surgeries, schools and housing teams who refer households.
    agency = tm.add(tg.Actor("Referral agency worker", role="referrer"))
    # The person in need, who gets the collection text.
    client = tm.add(tg.Actor("Food bank client", role="client"))
    # Volunteers at the warehouses, on their own phones.
    volunteer = tm.add(tg.Actor("Warehouse volunteer", role="volunteer"))

with tm.boundary("Charity staff", trust=tg.Trust.INTERNAL):
    # Paid coordinators who can override the agent and block repeat referrals.
    coordinator = tm.add(tg.Actor("Food bank coordinator", role="coordinator", privileged=True))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where agencies submit e-vouchers.
    portal = tm.add(
        tg.Endpoint(
            "Referral portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="agency e-mail and password"),
                c.InputValidation(note="required fields and household size range"),
            },
        )
    )
    # The LLM agent that turns each voucher into an allocation.
    agent = tm.add(
        tg.Agent(
            "Parcel allocation agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.AuditLogging(note="every tool call and completion")},
        )
    )
    # Reads the household's parcel history and any block.
    lookup_tool = tm.add(tg.Tool("Household history lookup", capabilities={"read"}))
    # Reserves a parcel at a food bank and records the allocation.
    reserve_tool = tm.add(tg.Tool("Parcel reservation tool", capabilities={"read", "write"}))
    # Sends the collection text through the SMS provider.
    sms_tool = tm.add(tg.Tool("Collection SMS tool", capabilities={"send-messages"}))
    # Households, vouchers, parcels given, blocks.
    client_db = tm.add(
        tg.DataStore(
            "Client database",
            stores={client_record, voucher, parcel_allocation},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Stock and reservations at each food bank.
    stock_db = tm.add(tg.DataStore("Stock database", stores={stock_levels, parcel_allocation}))
    # Phone web app for volunteers to book stock in and out.
    stock_app = tm.add(
        tg.Endpoint(
            "Warehouse stock app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="volunteer e-mail and password")},
        )
    )
    # Coordinators' view of allocations, with override and block.
    console = tm.add(
        tg.Service(
            "Coordinator console",
            controls={
                c.Authentication(method="Google Workspace SSO with 2-step verification"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="data processing agreement, no training on our data")
            },
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the texts to clients' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
# Referrals in.
tm.flow(agency, portal, voucher, protocol="https")
tm.flow(portal, agency, referral_status, protocol="https")
tm.flow(portal, client_db, voucher)
tm.flow(portal, agent, voucher, label="new voucher")

# The agent's reasoning loop.
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, lookup_tool, history_query)
tm.flow(lookup_tool, agent, household_history)
tm.flow(lookup_tool, client_db, history_query)
tm.flow(client_db, lookup_tool, client_record)
tm.flow(agent, reserve_tool, reservation_request)
tm.flow(reserve_tool, agent, reservation_result)
tm.flow(stock_db, reserve_tool, stock_levels)
tm.flow(reserve_tool, stock_db, parcel_allocation)
tm.flow(reserve_tool, client_db, parcel_allocation)
tm.flow(agent, sms_tool, collection_text)
tm.flow(sms_tool, sms_gateway, sms, protocol="https")
tm.flow(sms_gateway, client, sms, protocol="sms")

# Warehouse stock.
tm.flow(volunteer, stock_app, stock_entry, protocol="https")
tm.flow(stock_app, stock_db, stock_entry)
tm.flow(stock_db, stock_app, stock_levels)
tm.flow(stock_app, volunteer, stock_levels, protocol="https")

# Coordinator oversight.
tm.flow(coordinator, console, override, protocol="https")
tm.flow(console, coordinator, parcel_allocation, client_record, protocol="https")
tm.flow(client_db, console, client_record, parcel_allocation)
tm.flow(console, client_db, override)
tm.flow(console, stock_db, override, label="release or move reservation")
