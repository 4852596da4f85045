"""Keg tracking and returns agent: the first design, before any security review.

A regional brewery puts a QR code on every keg. Drivers scan kegs on delivery and
collection with company handhelds that sync to a keg API; pub staff scan empties
with their own phones, which opens a scan page where they enter their pub account
number. Both update the keg database in the brewery's cloud account.
Each day an LLM agent finds kegs overdue at each pub, e-mails the pub from the
returns mailbox, reads and answers the replies, and can raise deposit charges in
the cloud invoicing system for kegs missing more than 60 days. The charge tool caps
automatic charges per pub per month; anything larger is left as a draft invoice
for the credit controller to approve. The 60-day rule is in the agent's
instructions. Controls: device API keys for handhelds, rate limiting and input
checks on the pub scan page, a step cap on the agent and a mailbox-only scope.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Keg tracking and returns agent",
    profile=tg.RiskProfile.LOW,
    description="QR keg tracking with an LLM agent that chases pubs for unreturned kegs "
    "and raises capped deposit charges.",
)

# ---------------------------------------------------------------- data assets
driver_scan = tg.Data(
    "Driver keg scan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Keg ID, pub, delivered or collected, time, handheld ID.",
)
collection_list = tg.Data("Delivery and collection list", kind="records")
pub_scan = tg.Data(
    "Pub keg scan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Keg ID from the QR code, pub account number, 'empty and ready' status.",
)
scan_ack = tg.Data("Scan acknowledgement", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
keg_records = tg.Data(
    "Keg location records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
keg_query = tg.Data("Overdue keg query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
overdue_kegs = tg.Data(
    "Overdue kegs per pub", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, overdue kegs, chase history and the pub's latest e-mail.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
pub_email = tg.Data(
    "Pub reply e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Free text from pub staff: kegs returned, disputes, names and phone numbers.",
)
chaser_email = tg.Data(
    "Keg chaser e-mail", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
chase_history = tg.Data(
    "Chase history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per pub: e-mails sent and received, promises, charges raised.",
)
charge_request = tg.Data(
    "Deposit charge request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pub account, keg IDs and amount the agent asks to charge.",
)
charge_totals = tg.Data(
    "Deposit charges this month per pub", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
deposit_charge = tg.Data(
    "Deposit charge invoice line",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
charge_result = tg.Data(
    "Charge outcome", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
invoices = tg.Data(
    "Pub invoices and draft charges", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
charge_approval = tg.Data(
    "Draft charge approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Bar staff or landlords at customer pubs; they scan empties and answer chasers.
    pub_staff = tm.add(tg.Actor("Pub staff", role="customer staff"))

with tm.boundary("Delivery fleet", trust=tg.Trust.INTERNAL):
    # Draymen who deliver full kegs and collect empties.
    driver = tm.add(tg.Actor("Delivery driver", role="driver"))
    # Company-managed rugged handhelds that scan keg QR codes and sync over mobile data.
    handheld = tm.add(tg.Device("Driver handheld scanner", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the returns agent reasons and writes with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The brewery's mail tenant; holds the shared returns mailbox pubs write to.
    mail = tm.add(tg.ExternalService("Returns mailbox service"))

with tm.boundary("Accounting SaaS", trust=tg.Trust.PARTNER):
    # Cloud invoicing system where pub accounts, invoices and deposit charges live.
    invoicing = tm.add(tg.ExternalService("Invoicing system"))

with tm.boundary("Brewery cloud account", trust=tg.Trust.INTERNAL):
    # API the handhelds sync scans to and fetch the day's run from.
    sync_api = tm.add(
        tg.Endpoint(
            "Handheld sync API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Web page the keg QR code opens on a pub's phone; no app to install.
    scan_page = tm.add(
        tg.Endpoint(
            "Pub keg scan page",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="pub account number, remembered in a browser cookie"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="keg ID format and known pub account"),
            },
        )
    )
    # Where every keg is: the last scan, pub and days out.
    keg_db = tm.add(tg.DataStore("Keg database", stores={keg_records}))
    # The LLM agent that chases pubs, answers replies and raises deposit charges.
    agent = tm.add(
        tg.Agent(
            "Keg returns agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs daily and on each new e-mail in the returns mailbox.",
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Reads overdue kegs per pub from the keg database.
    keg_tool = tm.add(tg.Tool("Overdue keg lookup", capabilities={"read"}))
    # Reads and sends mail in the shared returns mailbox only.
    mail_tool = tm.add(
        tg.Tool(
            "Returns mailbox tool",
            capabilities={"read", "send-messages"},
            controls={
                c.LeastPrivilegeTools(note="application access scoped to the returns mailbox")
            },
        )
    )
    # Agent's per-pub record of what it has sent, heard and charged.
    chase_log = tm.add(tg.DataStore("Chase history store", stores={chase_history}))
    # Raises deposit charges in the invoicing system; over the cap it only creates a draft.
    charge_tool = tm.add(
        tg.Tool(
            "Deposit charge tool",
            capabilities={"read", "write", "money-movement"},
            controls={
                c.TransactionLimits(limit="GBP 500 of deposit charges per pub per calendar month"),
                c.HumanInTheLoop(
                    approver="credit controller",
                    above="GBP 500 per pub per calendar month",
                    note="charges above the monthly cap are left as drafts for approval",
                ),
                c.SecretsManagement(note="invoicing API key in the cloud secrets manager"),
            },
        )
    )

with tm.boundary("Brewery office", trust=tg.Trust.INTERNAL):
    # Approves charges over the cap and handles disputes the agent cannot settle.
    controller = tm.add(tg.Actor("Credit controller", role="finance"))

# ---------------------------------------------------------------- flows
tm.flow(driver, handheld, driver_scan, label="scans keg QR codes on the handheld")
tm.flow(handheld, sync_api, driver_scan, protocol="https")
tm.flow(sync_api, handheld, collection_list, protocol="https")
tm.flow(sync_api, keg_db, driver_scan)
tm.flow(keg_db, sync_api, collection_list)

tm.flow(pub_staff, scan_page, pub_scan, protocol="https")
tm.flow(scan_page, pub_staff, scan_ack, protocol="https")
tm.flow(scan_page, keg_db, pub_scan)

tm.flow(agent, keg_tool, keg_query)
tm.flow(keg_db, keg_tool, keg_records)
tm.flow(keg_tool, agent, overdue_kegs)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(pub_staff, mail, pub_email, protocol="smtp")
tm.flow(mail, pub_staff, chaser_email, protocol="smtp")
tm.flow(mail, mail_tool, pub_email, protocol="https")
tm.flow(mail_tool, agent, pub_email)
tm.flow(agent, mail_tool, chaser_email)
tm.flow(mail_tool, mail, chaser_email, protocol="https")

tm.flow(agent, chase_log, chase_history)
tm.flow(chase_log, agent, chase_history)

tm.flow(agent, charge_tool, charge_request)
tm.flow(invoicing, charge_tool, charge_totals, protocol="https")
tm.flow(charge_tool, invoicing, deposit_charge, protocol="https")
tm.flow(charge_tool, agent, charge_result)

tm.flow(invoicing, controller, invoices, protocol="https")
tm.flow(controller, invoicing, charge_approval, protocol="https")
