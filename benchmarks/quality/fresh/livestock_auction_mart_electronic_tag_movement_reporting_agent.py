"""Livestock auction mart: electronic tag reading and movement reporting agent.

A regional livestock mart in Ireland sells cattle and sheep every week. Sellers
pre-enter their lots online (herd number, animal tag numbers) through the mart's
customer portal. At sale time a fixed EID panel reader at the race into the ring
reads each animal's electronic ear tag, and the ring clerk records the lot,
buyer and price in the mart's sale management system. After each sale an LLM
agent, running on the mart's hosted application server, reconciles tag reads
against the pre-entries and the sellers' and buyers' herd registrations, then
files the on-to-mart and off-to-buyer movement reports to the Department of
Agriculture's animal identification and movement (AIM) web service. Lots whose
reads do not reconcile go to a mismatch queue that office staff correct before
they are filed. Staff and customers sign in with their own passwords; the AIM
service is reached over HTTPS with the mart's web-service credentials.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Livestock mart EID movement reporting agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Reconciles ring EID tag reads with sale records and herd registrations "
        "and files statutory animal movement reports."
    ),
)

# ---------------------------------------------------------------- data assets
pre_entries = tg.Data(
    "Seller pre-entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller name, herd number and the tag numbers of the animals entered.",
)
tag_reads = tg.Data(
    "EID tag reads",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="15-digit ISO tag numbers with read time and reader id.",
)
sale_records = tg.Data(
    "Sale records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Lot, seller, buyer, price and buyer's destination herd.",
)
herd_registrations = tg.Data(
    "Customer herd registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Farmers' names, addresses, herd numbers and bank details for settlement.",
)
agent_prompt = tg.Data("Reconciliation prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_completion = tg.Data(
    "Reconciliation reasoning", kind="model-output", sensitivity=tg.Sensitivity.PII
)
holding_lookup = tg.Data("Herd lookup query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
holding_result = tg.Data("Herd lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
movement_report = tg.Data(
    "Movement reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Tag number, from-herd, to-herd and date for each animal moved.",
)
filing_receipt = tg.Data("Filing receipts and rejections", kind="tool-result")
mismatches = tg.Data(
    "Mismatch cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lots with missing, extra or unregistered tags, with the agent's proposed fix.",
)
corrections = tg.Data("Staff corrections", kind="records", sensitivity=tg.Sensitivity.PII)
ws_credentials = tg.Data(
    "AIM web-service credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="The mart's registered user id and password for the movement web service.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Sellers and buyers: farmers and dealers who enter and buy stock.
    farmer = tm.add(tg.Actor("Farmer customer", role="seller or buyer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model used by the reconciliation agent.",
        )
    )

with tm.boundary("Department of Agriculture", trust=tg.Trust.PARTNER):
    # The statutory traceability database that receives every movement.
    aim = tm.add(
        tg.ExternalService(
            "AIM movement web service",
            description="Government animal identification and movement register.",
        )
    )

with tm.boundary("Mart site network", trust=tg.Trust.INTERNAL):
    # Fixed panel reader on the race into the sale ring; reads each animal's tag.
    reader = tm.add(
        tg.Device(
            "Ring EID panel reader",
            fleet=False,
            description="Low-frequency ISO 11784/11785 reader wired to the ring PC.",
        )
    )
    # Ring clerk keys lot, buyer and price as each lot is knocked down.
    clerk = tm.add(tg.Actor("Ring clerk", role="mart staff"))
    # Office staff settle sales and correct mismatches before filing.
    office = tm.add(tg.Actor("Mart office staff", role="mart staff"))

with tm.boundary("Mart hosted application", trust=tg.Trust.INTERNAL):
    # Customer portal where sellers pre-enter lots and see sale results.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
            },
        )
    )
    # System of record for sales and customers.
    sale_db = tm.add(
        tg.DataStore(
            "Sale management database",
            stores={sale_records, herd_registrations, pre_entries, tag_reads},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Collects reads from the ring PC and attaches them to the lot in the ring.
    collector = tm.add(
        tg.Service(
            "Tag read collector",
            description="Receives reads from the ring PC and stamps them with the current lot.",
        )
    )
    # The LLM agent that reconciles each sale and files the movements.
    agent = tm.add(
        tg.Agent(
            "Movement reconciliation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="mart office staff",
                    note=(
                        "lots that fail reconciliation wait in the mismatch queue for staff; "
                        "reconciled lots are filed by the agent"
                    ),
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only lookup of seller and buyer herd numbers in the customer records.
    lookup_tool = tm.add(
        tg.Tool(
            "Herd registration lookup",
            capabilities={"read"},
            description="Returns the herd number and status held for a customer.",
        )
    )
    # Submits movement reports to the government web service.
    filing_tool = tm.add(
        tg.Tool(
            "Movement filing tool",
            capabilities={"write", "network-egress"},
            description="Posts movement reports to the AIM web service and returns receipts.",
            controls={c.SchemaEnforcement()},
        )
    )
    # Queue of unreconciled lots that staff work through.
    mismatch_queue = tm.add(tg.DataStore("Mismatch queue", stores={mismatches}))
    # Web-service credentials the filing tool uses; kept in the app's config file.
    config = tm.add(tg.DataStore("Application configuration", stores={ws_credentials}))

# ---------------------------------------------------------------- flows
# Pre-entry by sellers
tm.flow(farmer, portal, pre_entries, protocol="https")
tm.flow(portal, sale_db, pre_entries)
tm.flow(sale_db, portal, sale_records, label="sale results and statements")
tm.flow(portal, farmer, sale_records, protocol="https")

# At the ring
tm.flow(reader, collector, tag_reads, protocol="tcp", label="reads relayed by the ring PC")
tm.flow(collector, sale_db, tag_reads, protocol="https")
staff_sign_in = c.Authentication(method="individual staff username and password")
tm.flow(
    clerk,
    sale_db,
    sale_records,
    protocol="https",
    label="lot knocked down",
    controls={staff_sign_in},
)

# Reconciliation
tm.flow(sale_db, agent, sale_records, pre_entries, tag_reads, label="after each sale")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")
tm.flow(agent, lookup_tool, holding_lookup)
tm.flow(sale_db, lookup_tool, herd_registrations)
tm.flow(lookup_tool, agent, holding_result)

# Filing
tm.flow(agent, filing_tool, movement_report)
tm.flow(config, filing_tool, ws_credentials)
tm.flow(filing_tool, aim, movement_report, ws_credentials, protocol="https")
tm.flow(aim, filing_tool, filing_receipt, protocol="https")
tm.flow(filing_tool, agent, filing_receipt)
tm.flow(agent, sale_db, filing_receipt, label="movement status per lot")

# Mismatch handling by staff
tm.flow(agent, mismatch_queue, mismatches)
tm.flow(mismatch_queue, office, mismatches, protocol="https", controls={staff_sign_in})
tm.flow(
    office,
    sale_db,
    corrections,
    protocol="https",
    label="corrected tags and herds",
    controls={staff_sign_in},
)
tm.flow(
    office,
    mismatch_queue,
    corrections,
    protocol="https",
    label="release for filing",
    controls={staff_sign_in},
)
tm.flow(mismatch_queue, agent, corrections, label="released lots")
