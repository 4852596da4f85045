"""Sales quote pricing agent: the first design, before any security review.

Account executives open a quote assistant panel on a B2B opportunity in the CRM
and ask it to draft a quote. The agent, running in our sales AI service, reads
the opportunity, the account's contract history and the emails logged to it
from the CRM, looks up list prices in the CPQ price book, and asks a hosted LLM
to propose line items and a discount with a rationale. It creates the quote
through the CPQ API with the rep's delegated token, so CPQ applies the rep's
discount authority; quotes above that authority go through the CPQ approval
workflow to the sales manager. Once a quote is within authority or approved,
CPQ renders the PDF and emails it to the customer's buyer. Controls: CRM single
sign-on and role checks on the panel, TLS to the SaaS APIs and the LLM vendor,
CPQ's discount matrix and quote history, and manager approval above authority.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sales quote pricing agent",
    profile=tg.RiskProfile.HIGH,
    description="CRM agent that drafts B2B price quotes within the rep's discount authority "
    "and routes larger discounts to a sales manager.",
)

# ---------------------------------------------------------------- data assets
quote_request = tg.Data(
    "Quote request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The rep's instruction: products, quantities, term, target price.",
)
draft_summary = tg.Data(
    "Draft quote summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Proposed lines, discount and rationale, shown in the panel.",
)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the request, opportunity and contract context, list prices.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Proposed line items, discount percentage and the next tool call.",
)
crm_query = tg.Data("CRM record query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
opportunity = tg.Data(
    "Opportunity and account records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Deal size, stage, products of interest, buyer contacts.",
)
contract_history = tg.Data(
    "Contract history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Past orders, prices paid, discounts granted and renewal terms.",
)
correspondence = tg.Data(
    "Customer correspondence",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer emails logged to the opportunity by the inbox sync.",
)
price_book = tg.Data(
    "Price book",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="List prices, floor prices and the discount authority matrix.",
)
quote_action = tg.Data(
    "CPQ quote action",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Price lookup, create or update quote lines, submit or send the quote.",
)
cpq_result = tg.Data(
    "CPQ result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Prices, quote id, whether the discount is within authority, status.",
)
approval_request = tg.Data(
    "Discount approval request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval_decision = tg.Data(
    "Approval decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
quote_pdf = tg.Data(
    "Quote PDF",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
buyer_contact = tg.Data("Buyer contact details", kind="records", sensitivity=tg.Sensitivity.PII)
traces = tg.Data(
    "Agent traces",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Prompts, completions and tool calls of each run, for debugging.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer's buyer who receives the quote and emails the rep.
    buyer = tm.add(tg.Actor("Customer buyer", role="customer"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Asks for the draft and reviews it in the CRM.
    rep = tm.add(tg.Actor("Sales rep", role="account executive"))
    # Approves discounts above the rep's authority.
    manager = tm.add(tg.Actor("Sales manager", role="approver", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Proposes lines, discounts and rationale.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms: no training on our data")},
        )
    )

with tm.boundary("CRM SaaS tenant", trust=tg.Trust.PARTNER):
    # System of record for opportunities, accounts and contracts.
    crm = tm.add(
        tg.DataStore(
            "CRM",
            stores={opportunity, contract_history, correspondence, buyer_contact},
            controls={c.RBAC(note="CRM profiles and sharing rules")},
        )
    )
    # Configure-price-quote: builds quotes, enforces discount authority, renders PDFs.
    cpq = tm.add(
        tg.Service(
            "CPQ",
            controls={
                c.RBAC(note="discount authority matrix per sales role"),
                c.AuditLogging(note="quote version history"),
            },
        )
    )
    # Price book the CPQ prices from, maintained by pricing operations.
    price_db = tm.add(tg.DataStore("CPQ price book", stores={price_book}))
    # Routes above-authority quotes to the manager and records the decision.
    approvals = tm.add(
        tg.Service(
            "Quote approval workflow",
            controls={c.HumanInTheLoop(approver="sales manager, above the rep's authority")},
        )
    )
    # Sends the quote email with the PDF attached.
    mailer = tm.add(tg.ExternalService("CRM email delivery"))

with tm.boundary("Sales AI service", trust=tg.Trust.INTERNAL):
    # Backend of the quote assistant panel embedded in the CRM.
    panel_api = tm.add(
        tg.Endpoint(
            "Quote assistant API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="CRM SSO (OAuth)"),
                c.RBAC(note="only users with a sales role can open the panel"),
            },
        )
    )
    # Plans the quote and calls the LLM and the tools.
    agent = tm.add(tg.Agent("Quote drafting agent", autonomy=tg.Autonomy.SUPERVISED))
    # Reads the opportunity, contract history and logged emails.
    crm_tool = tm.add(
        tg.Tool(
            "CRM read tool",
            capabilities={"read"},
            description="Uses the integration user, which can read all opportunities.",
            controls={c.SecretsManagement(note="integration user credentials in the vault")},
        )
    )
    # Looks up prices and creates, submits and sends quotes in CPQ.
    cpq_tool = tm.add(
        tg.Tool(
            "CPQ quote tool",
            capabilities={"read", "write", "send-messages"},
            controls={c.LeastPrivilegeTools(note="acts with the rep's delegated OAuth token")},
        )
    )
    # Keeps each run's prompts and tool calls.
    trace_store = tm.add(tg.DataStore("Agent trace store", stores={traces}))

# ---------------------------------------------------------------- flows
tm.flow(rep, panel_api, quote_request, protocol="https")
tm.flow(panel_api, rep, draft_summary, protocol="https")
tm.flow(panel_api, agent, quote_request)
tm.flow(agent, panel_api, draft_summary)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, crm_tool, crm_query)
tm.flow(crm_tool, agent, opportunity, contract_history, correspondence)
tm.flow(crm_tool, crm, crm_query, protocol="https")
tm.flow(crm, crm_tool, opportunity, contract_history, correspondence, protocol="https")

tm.flow(agent, cpq_tool, quote_action)
tm.flow(cpq_tool, agent, cpq_result)
tm.flow(cpq_tool, cpq, quote_action, protocol="https")
tm.flow(cpq, cpq_tool, cpq_result, protocol="https")
tm.flow(price_db, cpq, price_book)

tm.flow(cpq, approvals, approval_request)
tm.flow(approvals, manager, approval_request, protocol="https")
tm.flow(manager, approvals, approval_decision, protocol="https")
tm.flow(approvals, cpq, approval_decision)

tm.flow(cpq, mailer, quote_pdf, buyer_contact)
tm.flow(mailer, buyer, quote_pdf, protocol="smtp+starttls")
tm.flow(buyer, crm, correspondence, protocol="smtp+starttls", label="replies logged by inbox sync")
tm.flow(rep, crm, opportunity, protocol="https", label="keeps the opportunity up to date")

tm.flow(agent, trace_store, traces)
