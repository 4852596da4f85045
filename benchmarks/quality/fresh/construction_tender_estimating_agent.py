"""Construction tender estimating agent: the first design, before any security review.

A building contractor's estimating team uses an LLM agent to prepare bids. When a
client invites us to tender, the agent downloads the tender package (instructions,
specifications, bills of quantities, drawings) from the client's tender portal,
stores it in the bid workspace and indexes the text for retrieval. It takes
quantities off the drawings with an in-house takeoff model, prices them from our
cost database of historic rates, and emails requests for quotation to suppliers
and subcontractors, reading their quotes back from the estimating mailbox. The
agent plans with a hosted LLM from a vetted vendor. It drafts the bid in the
workspace; the chief estimator reviews it in a web app behind company SSO, and
only an approved bid is uploaded to the client's portal. Portal credentials are
kept in a vault, agent actions are logged, and the cost database is role-restricted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Construction tender estimating agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that prices tenders from drawings, the cost database and "
    "supplier quotes, with the chief estimator approving every bid before submission.",
)

# ---------------------------------------------------------------- data assets
tender_docs = tg.Data(
    "Tender documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Instructions to tenderers, specifications, bills of quantities, addenda.",
)
drawings = tg.Data(
    "Tender drawings",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Architectural and structural drawings as PDF and DWG.",
)
tender_chunks = tg.Data(
    "Tender document chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
quantities = tg.Data(
    "Takeoff quantities",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
cost_rates = tg.Data(
    "Cost rates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Historic unit rates, labour, plant and material costs, margins.",
)
rfq = tg.Data("Request for quotation", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
supplier_quotes = tg.Data(
    "Supplier quotes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Emailed quotes and attachments from suppliers and subcontractors.",
)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft_bid = tg.Data(
    "Draft bid",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approved_bid = tg.Data(
    "Approved bid",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
job_request = tg.Data(
    "Tender job request",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Client, portal reference, deadline and scope notes for a new tender.",
)
approval = tg.Data("Bid approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
portal_credentials = tg.Data(
    "Tender portal credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Suppliers and subcontractors who receive RFQs and email quotes back.
    supplier = tm.add(tg.Actor("Supplier or subcontractor", role="supplier"))

with tm.boundary("Client tender portals", trust=tg.Trust.PARTNER):
    # Clients' e-tendering portals: where tender packages are published and bids are submitted.
    tender_portal = tm.add(tg.ExternalService("Client tender portal"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted LLM the agent plans and drafts with; vendor vetted, no training on our data.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Shared estimating mailbox that sends RFQs and receives supplier quotes.
    mailbox = tm.add(tg.ExternalService("Estimating mailbox"))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Chief estimator: starts tender jobs, reviews and approves every bid.
    chief_estimator = tm.add(tg.Actor("Chief estimator", role="chief estimator", privileged=True))

with tm.boundary("Estimating platform", trust=tg.Trust.INTERNAL):
    # The LLM agent that runs the estimating workflow end to end.
    agent = tm.add(
        tg.Agent(
            "Estimating agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.AuditLogging(retention_days=2190)},
        )
    )
    # Downloads tender packages and uploads approved bids to client portals.
    portal_tool = tm.add(
        tg.Tool(
            "Tender portal connector",
            capabilities={"read", "write", "network-egress"},
            controls={
                c.SecretsManagement(),
                c.HumanInTheLoop(
                    approver="chief estimator",
                    note="upload only after the bid is approved in the review app",
                ),
            },
        )
    )
    # Runs quantity takeoff over drawings using the takeoff model.
    takeoff_tool = tm.add(tg.Tool("Quantity takeoff tool", capabilities={"read"}))
    # In-house vision model that detects and measures elements on drawings.
    takeoff_model = tm.add(
        tg.Model(
            "Drawing takeoff model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Detects walls, doors, slabs and fittings and measures them to scale.",
        )
    )
    # Read-only queries against the cost database.
    cost_tool = tm.add(tg.Tool("Cost lookup tool", capabilities={"read"}))
    # Sends RFQs and reads supplier quotes through the mailbox API.
    email_tool = tm.add(tg.Tool("Supplier email tool", capabilities={"read", "send-messages"}))
    # SharePoint site per tender: downloaded package, takeoffs, quotes, draft bids.
    workspace = tm.add(
        tg.DataStore(
            "Bid workspace",
            stores={tender_docs, drawings, quantities, supplier_quotes, draft_bid, approved_bid},
            controls={c.RBAC()},
        )
    )
    # Retrieval index over the tender documents for the agent.
    tender_index = tm.add(tg.VectorStore("Tender document index", stores={tender_chunks}))
    # Web app where the chief estimator reviews, edits and approves the draft bid.
    review_app = tm.add(
        tg.Endpoint(
            "Bid review app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID SSO with MFA")},
        )
    )

    with tm.boundary("Commercial data tier", trust=tg.Trust.RESTRICTED):
        # The company's cost database: rates and margins built up over years of jobs.
        cost_db = tm.add(
            tg.DataStore(
                "Cost database",
                stores={cost_rates},
                controls={c.RBAC(), c.DataVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# Starting a job and planning with the LLM
tm.flow(chief_estimator, review_app, job_request, protocol="https", label="new tender job")
tm.flow(review_app, agent, job_request, label="job request")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Fetching the tender package
tm.flow(agent, portal_tool, tool_call)
tm.flow(
    portal_tool, tender_portal, portal_credentials, protocol="https", label="login and download"
)
tm.flow(tender_portal, portal_tool, tender_docs, drawings, protocol="https")
tm.flow(portal_tool, workspace, tender_docs, drawings)
tm.flow(portal_tool, agent, tender_docs)
tm.flow(workspace, tender_index, tender_chunks, label="indexing")
tm.flow(tender_index, agent, tender_chunks)

# Quantity takeoff
tm.flow(agent, takeoff_tool, tool_call)
tm.flow(workspace, takeoff_tool, drawings)
tm.flow(takeoff_tool, takeoff_model, drawings)
tm.flow(takeoff_model, takeoff_tool, quantities)
tm.flow(takeoff_tool, agent, quantities)
tm.flow(takeoff_tool, workspace, quantities)

# Pricing from the cost database
tm.flow(agent, cost_tool, tool_call)
tm.flow(cost_tool, cost_db, tool_call, label="rate query")
tm.flow(cost_db, cost_tool, cost_rates)
tm.flow(cost_tool, agent, cost_rates)

# Supplier quotes
tm.flow(agent, email_tool, rfq)
tm.flow(email_tool, mailbox, rfq, protocol="https", label="Graph API send")
tm.flow(mailbox, supplier, rfq, protocol="smtp+starttls")
tm.flow(supplier, mailbox, supplier_quotes, protocol="smtp+starttls")
tm.flow(mailbox, email_tool, supplier_quotes, protocol="https")
tm.flow(email_tool, agent, supplier_quotes)
tm.flow(email_tool, workspace, supplier_quotes)

# Drafting, approval and submission
tm.flow(agent, workspace, draft_bid)
tm.flow(workspace, review_app, draft_bid)
tm.flow(review_app, chief_estimator, draft_bid, protocol="https")
tm.flow(
    chief_estimator,
    review_app,
    approval,
    approved_bid,
    protocol="https",
    label="review and approve",
)
tm.flow(review_app, workspace, approved_bid)
tm.flow(review_app, agent, approval)
tm.flow(agent, portal_tool, approved_bid, label="submit")
tm.flow(workspace, portal_tool, approved_bid)
tm.flow(portal_tool, tender_portal, approved_bid, protocol="https", label="bid upload")
