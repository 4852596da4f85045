"""Livestock auction market: ear tag reading and movement reporting agent (first design).

Sheep and cattle run through races fitted with electronic ear tag (EID) readers as
they arrive at the market and as they leave the ring. A gateway on the yard network
collects the reads into a read log. Sellers declare their consignments (holding number,
head count, tag list, notes) on an online form before the sale; the sale clerk records
each lot's buyer at the hammer in the market office app. After each lot is sold an
LLM agent, using a vendor-hosted model, matches the reads to the lot, reports the
movement off the seller's holding and onto the buyer's to the national traceability
database on their behalf, and flags tags that do not match the declaration for the
clerk. Controls: HTTPS to the outside, a tag-format check at the gateway, sign-in
for sellers and staff, role-based access in the office app, nightly backups, an audit
log of submitted movements; flagged lots wait for the clerk before being reported.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Livestock market ear tag reading and movement reporting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Matches race EID reads to sale lots, reports animal movements to the national "
        "traceability database for sellers and buyers, and flags mismatched tags."
    ),
)

# ---------------------------------------------------------------- data assets
tag_reads = tg.Data(
    "EID tag reads",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Tag number, reader and race, timestamp.",
)
consignment = tg.Data(
    "Consignment declaration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller name, holding number, address, head count, tag list, free-text notes.",
)
sale_records = tg.Data(
    "Sale and lot records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Lots, sellers and buyers with holding numbers, hammer prices.",
)
lot_sold = tg.Data("Lot sold notice", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lot_query = tg.Data("Lot lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lot_result = tg.Data("Lot and reads result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
movement_report = tg.Data(
    "Movement report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Departure and destination holdings, date, tag numbers; a legal record.",
)
movement_receipt = tg.Data("Movement submission receipt", kind="records")
api_key = tg.Data(
    "Traceability API key",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="The market's key for reporting movements on behalf of keepers.",
)
mismatch_flag = tg.Data("Tag mismatch flag", kind="records", sensitivity=tg.Sensitivity.PII)
clerk_resolution = tg.Data("Clerk resolution of flag", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmers consigning stock; buyers are farmers too and are reported on the same way.
    farmer = tm.add(tg.Actor("Seller", role="farmer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("National traceability service", trust=tg.Trust.PARTNER):
    # The government's livestock movement database the market reports into.
    traceability = tm.add(
        tg.ExternalService(
            "National traceability database",
            description="Accepts movement reports from markets on behalf of keepers.",
        )
    )

with tm.boundary("Market yard network", trust=tg.Trust.INTERNAL):
    # Panel readers on the races; read every tag that passes.
    readers = tm.add(tg.Device("Race EID reader", fleet=True))
    # Collects reads from all readers over the yard LAN.
    gateway = tm.add(
        tg.Service(
            "Reader gateway",
            controls={c.SchemaEnforcement(note="ISO 11784 tag number format")},
        )
    )

with tm.boundary("Market office", trust=tg.Trust.INTERNAL):
    # Every read, kept for the sale day and for audits.
    read_log = tm.add(tg.DataStore("Tag read log", stores={tag_reads}))
    # The market's sale system of lots, sellers and buyers.
    sale_db = tm.add(
        tg.DataStore(
            "Sale records",
            stores={sale_records, consignment},
            controls={c.DataVersioning(note="nightly backup to an off-site disk")},
        )
    )
    # Web form where sellers declare consignments before the sale.
    consignment_form = tm.add(
        tg.Endpoint(
            "Consignment form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Office and ring app: lots, buyers at the hammer, flagged tags.
    office_app = tm.add(
        tg.Endpoint(
            "Market office app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="individual staff logins"), c.RBAC()},
        )
    )
    # The LLM agent that matches reads to lots and reports the movements.
    agent = tm.add(
        tg.Agent(
            "Movement reporting agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs after each lot is sold.",
        )
    )
    # Fetches a lot, its declaration and the reads taken for it.
    lot_tool = tm.add(tg.Tool("Lot and reads lookup tool", capabilities={"read"}))
    # Submits movement reports to the national database with the market's key.
    movement_tool = tm.add(
        tg.Tool(
            "Movement submission tool",
            capabilities={"write", "network-egress"},
            controls={
                c.AuditLogging(retention_days=2190),
                c.HumanInTheLoop(
                    approver="sale clerk",
                    note="flagged lots only; matched lots are submitted automatically",
                ),
            },
            description="The API key is read from the server's configuration file.",
        )
    )
    # Raises a mismatch for the clerk and holds the lot's report.
    flag_tool = tm.add(tg.Tool("Mismatch flag tool", capabilities={"write"}))
    # The clerk's queue of flagged lots.
    exceptions = tm.add(tg.DataStore("Exceptions queue", stores={mismatch_flag, clerk_resolution}))
    # Sale clerk in the office and at the ring.
    clerk = tm.add(tg.Actor("Sale clerk", role="market staff"))

# ---------------------------------------------------------------- flows
tm.flow(readers, gateway, tag_reads, protocol="tcp")
tm.flow(gateway, read_log, tag_reads)

tm.flow(farmer, consignment_form, consignment, protocol="https")
tm.flow(consignment_form, farmer, consignment, protocol="https", label="confirmation")
tm.flow(consignment_form, sale_db, consignment)

tm.flow(clerk, office_app, sale_records, clerk_resolution, protocol="https")
tm.flow(office_app, clerk, sale_records, mismatch_flag, protocol="https")
tm.flow(office_app, sale_db, sale_records)
tm.flow(sale_db, office_app, sale_records, consignment)
tm.flow(office_app, agent, lot_sold, label="after the hammer")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, lot_tool, lot_query)
tm.flow(sale_db, lot_tool, sale_records, consignment)
tm.flow(read_log, lot_tool, tag_reads)
tm.flow(lot_tool, agent, lot_result)

tm.flow(agent, movement_tool, movement_report)
tm.flow(movement_tool, traceability, movement_report, api_key, protocol="https")
tm.flow(traceability, movement_tool, movement_receipt, protocol="https")
tm.flow(movement_tool, agent, movement_receipt)
tm.flow(movement_tool, sale_db, movement_receipt, label="reported status")

tm.flow(agent, flag_tool, mismatch_flag)
tm.flow(flag_tool, exceptions, mismatch_flag)
tm.flow(exceptions, office_app, mismatch_flag)
tm.flow(office_app, exceptions, clerk_resolution)
tm.flow(exceptions, movement_tool, clerk_resolution, label="release held report")
