"""Charity shop till and donation reconciliation agent: the first design.

A national charity runs about 300 second-hand shops staffed mostly by volunteers.
Each shop has an EPOS till that records sales and tags donated items to a donor's
Gift Aid declaration (name, address, postcode), keyed in from the paper form the
donor signs at the counter; volunteers sign in to the till with the shop's PIN.
Tills sync over HTTPS to a till sync endpoint in the charity's cloud tenant, and a
nightly job fetches the card acquirer's settlement file over SFTP. Each night an
LLM agent (a hosted model behind the vendor's API) reconciles each shop's till
takings against card settlements and the bank lines in the cloud accounting
package, explains discrepancies, and proposes adjusting journals. Journals above
GBP 250 wait for a finance officer's approval in a review console signed in with
Microsoft 365 SSO and MFA; smaller ones are posted directly. The agent also sends
the yearly Retail Gift Aid sales notification letters to donors by e-mail. Agent
runs are capped in steps and logged for a year.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Charity shop till and donation reconciliation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Nightly LLM agent that reconciles charity shop till takings with card "
        "settlements and the ledger, posts adjusting journals and sends Gift Aid "
        "sales notifications to donors."
    ),
)

# ---------------------------------------------------------------- data assets
till_sales = tg.Data(
    "Till sales and takings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
declarations = tg.Data(
    "Gift Aid donor declarations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Donor name, home address, postcode, taxpayer confirmation and donor ID.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
gift_aid_items = tg.Data(
    "Gift Aid item sales",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Sale price of each donated item, tagged with the donor ID.",
)
settlement = tg.Data(
    "Card settlement report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-terminal daily card totals, fees and payout amounts; no card numbers.",
)
ledger = tg.Data(
    "Ledger entries and bank statement lines",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
takings_query = tg.Data(
    "Takings lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
takings_result = tg.Data(
    "Takings lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
journal = tg.Data(
    "Adjusting journal",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Account codes, shop cost centre, amount and the agent's narrative.",
)
ledger_result = tg.Data(
    "Ledger tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data(
    "Reconciliation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, one shop's takings, settlements, ledger lines and Gift Aid items.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
report = tg.Data(
    "Discrepancy report and proposed journals",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
approval = tg.Data("Journal approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
letter = tg.Data(
    "Gift Aid sales notification letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Tells each donor what their goods sold for and that Gift Aid will be claimed.",
)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.PII)
paper_form = tg.Data(
    "Signed Gift Aid declaration form", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Members of the public who donate goods and sign up to Retail Gift Aid.
    donor = tm.add(tg.Actor("Donor", role="donor"))

with tm.boundary("Charity shops", trust=tg.Trust.INTERNAL):
    # Shop volunteers ring up sales and register donors' Gift Aid declarations.
    volunteer = tm.add(tg.Actor("Shop volunteer", role="volunteer"))
    # The EPOS till in each shop, on the shop's broadband line.
    till = tm.add(
        tg.Device(
            "Shop till",
            description="EPOS till with a local cache; syncs every 15 minutes.",
            controls={tg.controls.Authentication(method="shared shop till PIN")},
        )
    )

with tm.boundary("Charity cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives till syncs and writes them to the takings database.
    sync = tm.add(
        tg.Endpoint(
            "Till sync endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="per-till API key")},
        )
    )
    # System of record for shop sales, settlements and Gift Aid donors.
    takings_db = tm.add(
        tg.DataStore(
            "Takings and Gift Aid database",
            stores={till_sales, declarations, gift_aid_items, settlement},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Pulls the acquirer's settlement file every night.
    import_job = tm.add(tg.Service("Nightly settlement import job"))
    # The LLM agent that does the reconciliation, one shop at a time.
    agent = tm.add(
        tg.Agent(
            "Reconciliation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs nightly; compares takings, settlements and bank lines per shop.",
            controls={tg.controls.CircuitBreaker(max_steps=40)},
        )
    )
    # Read-only queries over the takings database for the agent.
    takings_tool = tm.add(tg.Tool("Takings lookup tool", capabilities={"read"}))
    # Reads ledger and bank lines and posts journals in the accounting package.
    ledger_tool = tm.add(
        tg.Tool(
            "Accounting ledger tool",
            capabilities={"read", "write"},
            controls={
                tg.controls.HumanInTheLoop(approver="finance officer", above="GBP 250 per journal")
            },
        )
    )
    # Mail-merges and sends the yearly Gift Aid sales notification letters.
    letter_tool = tm.add(tg.Tool("Donor letter tool", capabilities={"send-messages"}))
    # Where finance staff read discrepancy reports and approve large journals.
    console = tm.add(
        tg.Endpoint(
            "Reconciliation review console",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )
    # Prompts, tool calls and outputs of every agent run.
    log_store = tm.add(
        tg.DataStore(
            "Agent run log store",
            stores={run_log},
            controls={tg.controls.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Finance team member who reviews the agent's work.
    finance_officer = tm.add(tg.Actor("Finance officer", role="finance staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Card acquirer", trust=tg.Trust.PARTNER):
    # Provides the daily card settlement file for the shops' PIN pads.
    acquirer = tm.add(tg.ExternalService("Card acquirer", provides="data-provider"))

with tm.boundary("Accounting SaaS", trust=tg.Trust.PARTNER):
    # Cloud accounting package: general ledger with the bank feed attached.
    accounting = tm.add(
        tg.ExternalService(
            "Cloud accounting package",
            description="Holds the general ledger; the bank feed imports statement lines daily.",
            controls={tg.controls.Authentication(method="OAuth 2.0 app connection")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(donor, volunteer, paper_form, label="handed over at the counter")
tm.flow(volunteer, till, till_sales, declarations, gift_aid_items, label="keyed in at the counter")
tm.flow(till, sync, till_sales, declarations, gift_aid_items, protocol="https")
tm.flow(sync, takings_db, till_sales, declarations, gift_aid_items)

tm.flow(acquirer, import_job, settlement, protocol="sftp", label="nightly settlement file")
tm.flow(import_job, takings_db, settlement)

tm.flow(agent, takings_tool, takings_query)
tm.flow(takings_tool, takings_db, takings_query)
tm.flow(takings_db, takings_tool, till_sales, settlement, gift_aid_items, declarations)
tm.flow(takings_tool, agent, takings_result)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, ledger_tool, journal)
tm.flow(ledger_tool, accounting, journal, protocol="https", label="post journal")
tm.flow(accounting, ledger_tool, ledger, protocol="https")
tm.flow(ledger_tool, agent, ledger_result)

tm.flow(agent, console, report)
tm.flow(console, finance_officer, report, protocol="https")
tm.flow(finance_officer, console, approval, protocol="https")
tm.flow(console, ledger_tool, approval, label="releases journals above GBP 250")

tm.flow(agent, letter_tool, letter)
tm.flow(letter_tool, donor, letter, protocol="smtp+starttls", label="yearly e-mail")

tm.flow(agent, log_store, run_log)
