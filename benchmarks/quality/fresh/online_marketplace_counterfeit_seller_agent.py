"""Counterfeit seller investigation agent: the first design, before any security review.

Our online marketplace's trust-and-safety team gets an LLM agent to investigate
sellers flagged for selling counterfeits. Brand owners file notices, with
evidence, through the rights-owner portal. For each flagged seller the agent
reads the seller's listings, buyer complaints and brand notices and checks the
seller's history, through a read-only lookup tool, reasoning with an LLM a vendor
hosts. It can suspend listings, hold the seller's payouts and message the seller
on its own; suspending a whole account goes to a trust-and-safety analyst, who
approves or rejects it in the review console and sees every case report there.
Brand owners sign in to the portal with password and TOTP; the portal rate-limits
and checks uploads; analysts use SSO with MFA; the agent has a step limit and its
tool calls are logged; the listing tool can only change a listing's status.
Everything runs in the marketplace's production cloud.
"""

import threatgraph as tg

c = tg.controls

tm = tg.ThreatModel(
    "Counterfeit seller investigation agent",
    profile=tg.RiskProfile.HIGH,
    description="Agent that investigates flagged sellers and enforces against counterfeit listings.",
)

# ---------------------------------------------------------------- data assets
notice = tg.Data(
    "Brand owner notice",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The claim, the listings named, test-purchase photos and trademark papers.",
)
notice_receipt = tg.Data("Notice status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
listings = tg.Data(
    "Seller listings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Titles, descriptions and images written by the seller.",
)
complaints = tg.Data(
    "Buyer complaints",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyers' free-text complaints about items received, with order details.",
)
seller_history = tg.Data(
    "Seller history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account age, identity checks, sales, returns, past enforcement, payout status.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Investigation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the case so far and the tool results.",
)
completion = tg.Data(
    "Agent reasoning and tool choice", kind="model-output", sensitivity=tg.Sensitivity.PII
)
lookup_query = tg.Data("Case lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data("Case evidence", kind="tool-result", sensitivity=tg.Sensitivity.PII)
listing_action = tg.Data(
    "Listing suspension", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
payout_action = tg.Data("Payout hold", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
seller_message = tg.Data("Message to seller", kind="tool-call", sensitivity=tg.Sensitivity.PII)
account_request = tg.Data(
    "Account suspension request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
analyst_decision = tg.Data("Analyst approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
case_report = tg.Data("Case report", kind="records", sensitivity=tg.Sensitivity.PII)
tool_status = tg.Data("Action result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Rights owners and their agents report counterfeits; anyone can register a brand account.
    brand_owner = tm.add(tg.Actor("Brand owner", role="rights owner"))
    # The flagged seller; receives the agent's messages in the seller centre.
    seller = tm.add(tg.Actor("Seller", role="marketplace seller"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's reasoning model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, no training on our data")},
        )
    )

with tm.boundary("Marketplace production cloud", trust=tg.Trust.INTERNAL):
    # Where brand owners file notices and follow their status.
    portal = tm.add(
        tg.Endpoint(
            "Rights-owner portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="password with TOTP"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="images and PDF only, 20 MB per file"),
            },
        )
    )
    # Notices and their evidence; they also flag the sellers for investigation.
    notice_store = tm.add(tg.DataStore("Notice store", stores={notice}))
    # The live catalogue of listings, with their status.
    listings_db = tm.add(tg.DataStore("Listings database", stores={listings}))
    # Complaints buyers filed through customer support.
    complaints_store = tm.add(tg.DataStore("Complaints store", stores={complaints}))
    # Seller accounts, history, account status and payout holds.
    seller_db = tm.add(
        tg.DataStore(
            "Seller account database",
            stores={seller_history},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Investigates one flagged seller per run and acts on what it finds.
    agent = tm.add(
        tg.Agent(
            "Counterfeit investigation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(retention_days=730, note="every prompt and tool call"),
            },
        )
    )
    # Read-only access to listings, complaints, notices and seller history for one case.
    lookup = tm.add(tg.Tool("Case evidence lookup", capabilities={"read"}))
    # Sets a listing to suspended.
    listing_tool = tm.add(
        tg.Tool(
            "Listing suspension tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="can only change a listing's status")},
        )
    )
    # Puts a hold on the seller's pending payouts.
    payout_tool = tm.add(tg.Tool("Payout hold tool", capabilities={"write"}))
    # Sends the seller a message in the seller centre.
    message_tool = tm.add(tg.Tool("Seller messaging tool", capabilities={"send-messages"}))
    # Suspends a whole seller account once an analyst approves.
    account_tool = tm.add(
        tg.Tool(
            "Account suspension tool",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="a trust-and-safety analyst")},
        )
    )
    # Analysts review case reports and approve account suspensions.
    console = tm.add(
        tg.Service(
            "Trust-and-safety review console",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves account suspensions, reviews the agent's cases.
    analyst = tm.add(tg.Actor("Trust-and-safety analyst", role="analyst"))

# ---------------------------------------------------------------- flows
tm.flow(brand_owner, portal, notice, protocol="https")
tm.flow(portal, brand_owner, notice_receipt, protocol="https")
tm.flow(portal, notice_store, notice)

tm.flow(seller, listings_db, listings, protocol="https", label="creates and edits listings")

tm.flow(notice_store, agent, notice, label="new flagged seller")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup, lookup_query)
tm.flow(listings_db, lookup, listings)
tm.flow(complaints_store, lookup, complaints)
tm.flow(notice_store, lookup, notice)
tm.flow(seller_db, lookup, seller_history)
tm.flow(lookup, agent, lookup_result)

tm.flow(agent, listing_tool, listing_action)
tm.flow(listing_tool, listings_db, listing_action)
tm.flow(listing_tool, agent, tool_status)

tm.flow(agent, payout_tool, payout_action)
tm.flow(payout_tool, seller_db, payout_action)
tm.flow(payout_tool, agent, tool_status)

tm.flow(agent, message_tool, seller_message)
tm.flow(message_tool, seller, seller_message, protocol="https", label="seller centre message")
tm.flow(message_tool, agent, tool_status)

tm.flow(agent, account_tool, account_request)
tm.flow(account_tool, console, account_request, label="approval request")
tm.flow(console, account_tool, analyst_decision)
tm.flow(account_tool, seller_db, account_request, label="suspend account once approved")
tm.flow(account_tool, agent, tool_status)

tm.flow(agent, console, case_report)
tm.flow(console, analyst, case_report, account_request, protocol="https")
tm.flow(analyst, console, analyst_decision, protocol="https")
