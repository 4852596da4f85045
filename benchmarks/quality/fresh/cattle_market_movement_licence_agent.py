"""Livestock market movement agent: the first design, before any security review.

We run a weekly livestock market. Sellers pre-enter their consignments (ear-tag
numbers, holding number, contact details) on a web portal; buyers register at the
market office counter. RFID readers in the sale ring read each animal's ear tag
as it is sold, and the auction clerking system records the lot, buyer and price.
An LLM agent in our cloud tenancy combines these records: before the sale it asks
the national livestock tracing service for each animal's status and flags any
under tuberculosis restrictions; office staff review the flagged animals in a
review console and clear or withdraw them before they can enter the ring. After
the sale the agent files the movement notifications with the tracing service's
API and emails buyers their movement paperwork. Sellers sign in with e-mail and
password; the records database is encrypted and role-based; the tracing API key
sits in the cloud secrets manager; the agent's tool calls are logged.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Livestock market movement agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that checks animal status and files cattle movement notifications "
    "for a livestock market.",
)

# ---------------------------------------------------------------- data assets
consignments = tg.Data(
    "Seller consignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller name, address, holding number, phone and the ear tags entered for sale.",
)
buyer_details = tg.Data(
    "Buyer registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer name, holding number, destination address, e-mail and buyer number.",
)
tag_reads = tg.Data(
    "Ear-tag reads",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sale_results = tg.Data(
    "Sale results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Lot, ear tags, buyer number, price and time of sale.",
)
animal_status = tg.Data(
    "Animal status and TB restrictions",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
tb_flags = tg.Data("TB-flagged animals", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
clearance = tg.Data(
    "Lot clearance decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
notification = tg.Data(
    "Movement notification",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
receipt = tg.Data("Filing receipt", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
paperwork = tg.Data(
    "Buyer movement paperwork",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Movement document listing the animals, seller and buyer holdings.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
record_query = tg.Data("Records query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
records_result = tg.Data(
    "Records lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
api_key = tg.Data("Tracing service API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmers consigning animals to the sale.
    seller = tm.add(tg.Actor("Seller", role="farmer"))
    # Farmers and dealers who buy and receive their paperwork by e-mail.
    buyer = tm.add(tg.Actor("Buyer", role="farmer or dealer"))

with tm.boundary("Market site network", trust=tg.Trust.INTERNAL):
    # Fixed RFID panel readers at the sale ring exit.
    readers = tm.add(tg.Device("Sale ring RFID readers", fleet=True))
    # The clerk's system that records each lot as it is knocked down.
    clerking = tm.add(
        tg.Service(
            "Auction clerking system",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="market office staff clear each TB-flagged lot before it is sold"
                )
            },
        )
    )
    # Market office staff: register buyers and review TB flags.
    staff = tm.add(tg.Actor("Market office staff", role="office staff"))
    # Queue of flagged animals where staff clear or withdraw lots.
    console = tm.add(tg.Service("TB review console"))

with tm.boundary("Market cloud tenancy", trust=tg.Trust.INTERNAL):
    # Sellers' pre-entry of consignments before sale day.
    portal = tm.add(
        tg.Endpoint(
            "Consignment pre-entry portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Sellers, buyers, consignments and sale results for every sale.
    records_db = tm.add(
        tg.DataStore(
            "Market records database",
            stores={consignments, buyer_details, sale_results, tb_flags},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.RBAC(),
            },
        )
    )
    # Prepares movement records, checks status and files notifications.
    agent = tm.add(
        tg.Agent(
            "Movement records agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={tg.controls.AuditLogging(retention_days=365)},
        )
    )
    # Read-only lookup of sellers, buyers and sale results for the agent.
    records_tool = tm.add(tg.Tool("Market records tool", capabilities={"read"}))
    # Wraps the tracing service API: status checks and movement filings.
    tracing_tool = tm.add(
        tg.Tool(
            "Tracing service tool",
            capabilities={"read", "write", "network-egress"},
            controls={tg.controls.SecretsManagement(note="API key in the cloud secrets manager")},
        )
    )
    # Sends buyers their paperwork through the mail provider.
    email_tool = tm.add(tg.Tool("Buyer e-mail tool", capabilities={"send-messages"}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that drives the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("National tracing service", trust=tg.Trust.PARTNER):
    # The government's livestock tracing database and its API.
    tracing = tm.add(tg.ExternalService("Livestock tracing service API"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(seller, portal, consignments, protocol="https")
tm.flow(portal, seller, consignments, protocol="https", label="entry confirmation")
tm.flow(portal, records_db, consignments)

tm.flow(staff, clerking, buyer_details, label="buyer registration at the counter")
tm.flow(readers, clerking, tag_reads, protocol="tcp")
tm.flow(clerking, records_db, buyer_details, sale_results)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, records_tool, record_query)
tm.flow(records_db, records_tool, consignments, buyer_details, sale_results)
tm.flow(records_tool, agent, records_result)

tm.flow(agent, tracing_tool, notification, label="status checks and movement filings")
tm.flow(tracing_tool, tracing, notification, api_key, protocol="https")
tm.flow(tracing, tracing_tool, animal_status, receipt, protocol="https")
tm.flow(tracing_tool, agent, animal_status, receipt)

tm.flow(agent, records_db, tb_flags)
tm.flow(records_db, console, tb_flags)
tm.flow(console, staff, tb_flags)
tm.flow(staff, console, clearance, label="clear or withdraw lot")
tm.flow(console, clerking, clearance)

tm.flow(agent, email_tool, paperwork)
tm.flow(email_tool, mailer, paperwork, buyer_details, protocol="https")
tm.flow(mailer, buyer, paperwork, protocol="smtp")
