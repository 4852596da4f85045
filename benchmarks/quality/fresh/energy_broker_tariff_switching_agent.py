"""Tariff switching agent: the first design, before any security review.

Our energy brokerage helps small businesses (shops, cafés, sole traders, small
offices) find a cheaper electricity or gas contract. A business signs up in our
web portal, uploads its recent bills and lets us fetch its half-hourly meter data.
An LLM agent running in our cloud reads the bills, pulls the usage, compares the
current tariff against the supplier tariffs we license, and recommends a switch
with the expected annual saving. Nothing is submitted until the customer accepts
the recommended contract in the portal and gives direct debit details; the agent
then submits the switch to the new supplier through the supplier's broker API and
records it in our CRM, where our consultants follow it up. The model is a hosted
third-party API. Controls: TLS on external links, portal sign-in, encrypted storage,
supplier API keys in a vault, role-based CRM access, a step limit on the agent and
the customer's acceptance before any submission.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Energy tariff switching agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Compares small businesses' energy tariffs and submits agreed switches to suppliers.",
)

# ---------------------------------------------------------------- data assets
bills = tg.Data(
    "Energy bills",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="PDF bills: business and contact names, site address, meter numbers, rates.",
)
customer_request = tg.Data(
    "Customer request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the customer asks for in the portal chat (green tariff, fixed term...).",
)
bill_contents = tg.Data(
    "Bill text",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Text extracted from the uploaded bills, handed to the agent.",
)
meter_points = tg.Data(
    "Meter point query",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="MPAN/MPRN numbers and the period of usage wanted.",
)
usage = tg.Data(
    "Half-hourly usage data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Consumption profile of each meter for the last twelve months.",
)
usage_profile = tg.Data(
    "Usage profile and current tariff",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
tariffs = tg.Data(
    "Supplier tariff tables",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Licensed broker prices per supplier, region and meter type, with our uplift.",
)
quotes = tg.Data("Tariff quotes", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the customer's request, bill text, usage and quotes.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
recommendation = tg.Data(
    "Switch recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Recommended supplier and tariff, contract length and expected saving.",
)
acceptance = tg.Data(
    "Customer acceptance",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The customer's acceptance of the quoted contract and letter of authority.",
)
account_details = tg.Data(
    "Business account and direct debit details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Company details, contacts, site addresses and the bank account to debit.",
)
switch_instruction = tg.Data(
    "Switch instruction",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Accepted quote id, supplier, tariff and meter points, from the agent.",
)
switch_application = tg.Data(
    "Supplier switch application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The contract application sent to the new supplier.",
)
switch_confirmation = tg.Data(
    "Switch confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier reference, agreed start date and status of the switch.",
)
switch_record = tg.Data(
    "Switch case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The customer's switch, its status and our commission, kept in the CRM.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The small business owner or office manager using the portal.
    customer = tm.add(tg.Actor("Business customer", role="customer"))

with tm.boundary("Broker cloud", trust=tg.Trust.INTERNAL):
    # Web portal: sign-up, bill upload, chat with the agent and acceptance.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="uploads limited to PDF and CSV under 10 MB"),
            },
        )
    )
    # The LLM agent that reads bills, compares tariffs and submits switches.
    agent = tm.add(
        tg.Agent(
            "Tariff switching agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the business customer, who accepts the recommended contract in the portal"
                ),
                c.CircuitBreaker(max_steps=30),
            },
        )
    )
    # Uploaded bills per customer.
    documents = tm.add(
        tg.DataStore(
            "Bill document store",
            stores={bills},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Tool that returns the text of a customer's uploaded bills.
    bill_reader = tm.add(tg.Tool("Bill reader tool", capabilities={"read"}, origin="first-party"))
    # Tool that fetches half-hourly usage from the meter data provider.
    usage_tool = tm.add(
        tg.Tool("Meter usage tool", capabilities={"read", "network-egress"}, origin="first-party")
    )
    # Tool that prices the customer's usage against every supplier's tariffs.
    comparison = tm.add(
        tg.Tool("Tariff comparison tool", capabilities={"read"}, origin="first-party")
    )
    # The licensed supplier tariff tables, refreshed daily.
    tariff_db = tm.add(tg.DataStore("Tariff database", stores={tariffs}))
    # Tool that sends the accepted switch to the supplier's broker API.
    switch_tool = tm.add(
        tg.Tool(
            "Switch submission tool",
            capabilities={"write", "network-egress"},
            origin="first-party",
            controls={c.SecretsManagement(note="supplier broker API keys in the cloud vault")},
        )
    )
    # Customer accounts, direct debit details and switch cases.
    crm = tm.add(
        tg.DataStore(
            "Broker CRM",
            stores={account_details, switch_record, acceptance},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Broker office", trust=tg.Trust.INTERNAL):
    # Our staff who follow up switches and handle customer calls.
    consultant = tm.add(
        tg.Actor(
            "Energy consultant",
            role="account manager",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Meter data provider", trust=tg.Trust.PARTNER):
    # Licensed provider of smart and half-hourly meter data, with customer consent.
    meter_data = tm.add(tg.ExternalService("Meter data API", provides="data-provider"))

with tm.boundary("Energy suppliers", trust=tg.Trust.PARTNER):
    # Price files suppliers publish to brokers.
    tariff_feed = tm.add(
        tg.DataSource("Supplier tariff feed", origin=tg.Origin.PARTNER, provides={tariffs})
    )
    # Each supplier's API for brokers to submit contract applications.
    supplier_api = tm.add(tg.ExternalService("Supplier broker API"))

# ---------------------------------------------------------------- flows
# Customer and portal
tm.flow(customer, portal, bills, customer_request, acceptance, account_details, protocol="https")
tm.flow(portal, customer, recommendation, switch_confirmation, protocol="https")
tm.flow(portal, documents, bills)
tm.flow(portal, crm, account_details, acceptance)
tm.flow(portal, agent, customer_request, acceptance)
tm.flow(agent, portal, recommendation, switch_confirmation)

# Agent and model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Reading the bills
tm.flow(agent, bill_reader, meter_points, label="which customer's bills")
tm.flow(documents, bill_reader, bills)
tm.flow(bill_reader, agent, bill_contents)

# Usage data
tm.flow(agent, usage_tool, meter_points)
tm.flow(usage_tool, meter_data, meter_points, protocol="https")
tm.flow(meter_data, usage_tool, usage, protocol="https")
tm.flow(usage_tool, agent, usage)

# Tariff comparison
tm.flow(tariff_feed, tariff_db, tariffs, protocol="sftp", label="daily price files")
tm.flow(agent, comparison, usage_profile)
tm.flow(tariff_db, comparison, tariffs)
tm.flow(comparison, agent, quotes)

# Submitting the switch
tm.flow(agent, switch_tool, switch_instruction)
tm.flow(crm, switch_tool, account_details, acceptance)
tm.flow(switch_tool, supplier_api, switch_application, protocol="https")
tm.flow(supplier_api, switch_tool, switch_confirmation, protocol="https")
tm.flow(switch_tool, crm, switch_record)
tm.flow(switch_tool, agent, switch_confirmation)

# Follow-up by staff
tm.flow(crm, consultant, switch_record, account_details, protocol="https")
tm.flow(consultant, crm, switch_record, protocol="https")
