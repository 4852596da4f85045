"""Business tariff comparison agent: the first design, before any security review.

A UK energy broker lets small businesses (shops, cafés, sole traders) upload their
latest gas and electricity bills on a customer portal and ask for a better deal.
An LLM agent in the broker's cloud account reads the bills, extracts the meter
numbers, consumption and current rates, asks the broker's pricing platform for
supplier tariffs, ranks them and drafts a switch contract from the broker's
templates. A broker reviews each draft on an internal workbench and sends it to
the customer for signature through an e-signature service, which tells us back
when the contract is signed. The agent never sends anything to a customer itself.
Customers sign in to the portal with e-mail and password; brokers sign in to the
workbench through the company's Entra ID with MFA. All links use HTTPS, the bill
and customer stores are encrypted at rest with KMS keys, and the model vendor's
and pricing platform's API keys are kept in the cloud secrets manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Business energy tariff comparison agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent that reads small businesses' energy bills, compares supplier "
        "tariffs and drafts switch contracts for brokers to review and send."
    ),
)

# ---------------------------------------------------------------- data assets
bills = tg.Data(
    "Uploaded energy bills",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description=(
        "PDF or photo of gas and electricity bills: business and owner names, supply "
        "address, MPAN/MPRN, consumption, rates, supplier account number and "
        "sometimes the direct debit bank details."
    ),
)
quote_request = tg.Data(
    "Customer quote request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the customer types: contract end date, preferences, questions.",
)
comparison = tg.Data(
    "Tariff comparison",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ranked supplier offers with the estimated annual cost and saving.",
)
llm_prompt = tg.Data(
    "Agent prompt with bill content",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
bill_details = tg.Data(
    "Extracted bill details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
customer_records = tg.Data(
    "Customer account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tariff_query = tg.Data("Tariff query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tariffs = tg.Data(
    "Supplier tariff prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Supplier matrix prices for the meter and consumption, with the broker's uplift.",
)
draft_request = tg.Data(
    "Contract draft request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Chosen supplier, tariff, term and the customer's details to fill in.",
)
draft_result = tg.Data("Draft reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
contract_draft = tg.Data(
    "Switch contract draft",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
review_decision = tg.Data(
    "Broker review and edits", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
signature = tg.Data("Customer signature", kind="records", sensitivity=tg.Sensitivity.PII)
signed_contract = tg.Data(
    "Signed contract and signing status callback",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The small-business owner or office manager asking for a quote.
    customer = tm.add(tg.Actor("Business customer", role="small business customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the bills and plans the agent's steps.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose multimodal model behind the vendor's API.",
        )
    )

with tm.boundary("Pricing platform", trust=tg.Trust.PARTNER):
    # Third-party broker pricing platform that aggregates supplier price matrices.
    pricing = tm.add(
        tg.ExternalService(
            "Supplier pricing platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Returns live supplier tariffs for a meter, consumption and term.",
        )
    )

with tm.boundary("E-signature provider", trust=tg.Trust.PARTNER):
    # SaaS e-signature: e-mails the contract to the customer and collects the signature.
    esign = tm.add(
        tg.ExternalService(
            "E-signature service",
            description="Sends contracts for signature and posts back when they are signed.",
        )
    )

with tm.boundary("Broker cloud account", trust=tg.Trust.INTERNAL):
    # Public web portal where customers upload bills and read their comparison.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent: extracts bill data, fetches tariffs, ranks them, drafts contracts.
    agent = tm.add(
        tg.Agent(
            "Tariff comparison agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description=(
                "Works through each new quote request: reads the bills, records the "
                "extracted details, compares tariffs and prepares a contract draft. "
                "A broker reviews every draft before anything is sent to a customer."
            ),
            controls={
                c.SecretsManagement(note="model and pricing API keys in the cloud secrets manager"),
                c.HumanInTheLoop(approver="a broker, before a contract is sent"),
            },
        )
    )
    # Read-only tool that queries the pricing platform for a meter's tariffs.
    tariff_tool = tm.add(
        tg.Tool(
            "Tariff lookup tool",
            capabilities={"read", "network-egress"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Tool that fills the broker's contract template and saves the draft.
    contract_tool = tm.add(
        tg.Tool(
            "Contract drafting tool",
            capabilities={"write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            description="Fills the supplier's contract template from the agent's chosen offer.",
        )
    )
    # Internal web app where brokers review drafts, edit them and send them out.
    workbench = tm.add(
        tg.Endpoint(
            "Broker workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for the uploaded bill files.
        bill_store = tm.add(
            tg.DataStore(
                "Bill document store",
                stores={bills},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )
        # CRM database of customers, sites, meters and contract history.
        customer_db = tm.add(
            tg.DataStore(
                "Customer database",
                stores={customer_records, bill_details, signed_contract},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )
        # Drafts waiting for a broker's review.
        draft_store = tm.add(tg.DataStore("Contract draft store", stores={contract_draft}))

with tm.boundary("Broker office", trust=tg.Trust.INTERNAL):
    # The broker who owns the customer relationship and sends the contract.
    broker = tm.add(tg.Actor("Energy broker", role="account manager"))

# ---------------------------------------------------------------- flows
tm.flow(customer, portal, bills, quote_request, protocol="https")
tm.flow(portal, customer, comparison, protocol="https")
tm.flow(portal, bill_store, bills)
tm.flow(portal, agent, quote_request)
tm.flow(agent, portal, comparison)

tm.flow(bill_store, agent, bills)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, customer_db, bill_details, label="records extracted details")
tm.flow(customer_db, agent, customer_records, bill_details)

tm.flow(agent, tariff_tool, tariff_query)
tm.flow(tariff_tool, pricing, tariff_query, protocol="https")
tm.flow(pricing, tariff_tool, tariffs, protocol="https")
tm.flow(tariff_tool, agent, tariffs)

tm.flow(agent, contract_tool, draft_request)
tm.flow(contract_tool, draft_store, contract_draft)
tm.flow(contract_tool, agent, draft_result)

tm.flow(draft_store, workbench, contract_draft)
tm.flow(customer_db, workbench, customer_records, bill_details)
tm.flow(workbench, broker, contract_draft, customer_records, comparison, protocol="https")
tm.flow(broker, workbench, review_decision, protocol="https")
tm.flow(workbench, draft_store, contract_draft, label="broker edits")
tm.flow(workbench, esign, contract_draft, protocol="https", label="send for signature")
tm.flow(esign, customer, contract_draft, protocol="https", label="signing link by e-mail")
tm.flow(customer, esign, signature, protocol="https")
tm.flow(esign, workbench, signed_contract, protocol="https", label="signing webhook")
tm.flow(workbench, customer_db, signed_contract)
