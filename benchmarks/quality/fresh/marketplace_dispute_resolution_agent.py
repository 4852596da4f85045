"""Marketplace dispute resolution agent: the first design, before any security review.

Buyers and sellers on our second-hand marketplace open and answer disputes ("item not
received", "not as described") in the app. Both sides can write a statement and upload
photos, which land in an evidence bucket. A dispute agent running in our production
cluster gathers the case: the order, the in-app chat between the parties and the
carrier's tracking events, and sends them with the photos to a hosted multimodal LLM
that proposes an outcome. The agent can refund the buyer through the internal payments
service up to a per-dispute cap and can suspend accounts of repeat offenders through
the accounts API; anything above the cap waits for the disputes team, who work in a
back-office console over the case store. Parties log in with their marketplace
session; staff use SSO. Users are in the EU, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marketplace dispute resolution agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that investigates buyer-seller disputes, refunds and suspends accounts.",
)

# ---------------------------------------------------------------- data assets
claim = tg.Data(
    "Dispute claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The buyer's reason and free-text statement.",
)
seller_reply = tg.Data("Seller response", kind="records", sensitivity=tg.Sensitivity.PII)
photos = tg.Data(
    "Evidence photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the item, packaging and labels uploaded by either party.",
)
order = tg.Data(
    "Order details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Item, price, buyer and seller, shipping address.",
)
chat = tg.Data("Buyer-seller chat history", kind="documents", sensitivity=tg.Sensitivity.PII)
tracking = tg.Data(
    "Carrier tracking events", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
accounts = tg.Data(
    "Account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_prompt = tg.Data(
    "Case prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, dispute policy, order, chat, tracking and photos.",
)
proposal = tg.Data(
    "Proposed outcome",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Outcome, reasoning and the tool calls the model wants to make.",
)
context_query = tg.Data(
    "Case context lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
context_result = tg.Data("Case context", kind="tool-result", sensitivity=tg.Sensitivity.PII)
refund_call = tg.Data("Refund request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_result = tg.Data(
    "Refund result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
suspend_call = tg.Data("Suspension request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
suspend_result = tg.Data(
    "Suspension result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
outcome = tg.Data("Dispute outcome", kind="records", sensitivity=tg.Sensitivity.PII)
case = tg.Data(
    "Dispute case file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Claim, evidence references, agent proposal, actions taken and final decision.",
)
review = tg.Data("Disputes team decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Opens disputes; anyone can register an account and buy.
    buyer = tm.add(tg.Actor("Buyer", role="marketplace buyer"))
    # Answers disputes against their listings; anyone can register and sell.
    seller = tm.add(tg.Actor("Seller", role="marketplace seller"))

with tm.boundary("Carrier network", trust=tg.Trust.PARTNER):
    # Shipment scans from the carriers we integrate with, via their tracking APIs.
    carriers = tm.add(
        tg.ExternalService("Carrier tracking API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the case and the photos and proposes an outcome.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Production cluster", trust=tg.Trust.INTERNAL):
    # Part of the app backend: where parties open, answer and follow disputes.
    dispute_api = tm.add(
        tg.Endpoint(
            "Dispute API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="marketplace login session"),
                c.InputValidation(note="photo type and size checks on upload"),
            },
        )
    )
    # Object storage for the photos both sides upload.
    evidence = tm.add(
        tg.DataStore(
            "Evidence bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Orchestrates each case: gathers context, asks the LLM, calls the action tools.
    agent = tm.add(
        tg.Agent(
            "Dispute agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="disputes team", above="EUR 150 per dispute"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only tool that fetches the order, the chat and the tracking events for a case.
    context_tool = tm.add(tg.Tool("Case context tool", capabilities={"read"}))
    # Issues a refund to the buyer through the payments service.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"money-movement"},
            controls={c.TransactionLimits(limit="EUR 150 per dispute")},
        )
    )
    # Suspends an account flagged as a repeat offender.
    suspend_tool = tm.add(tg.Tool("Account suspension tool", capabilities={"write"}))
    # Existing internal API over orders, chat messages and accounts.
    core_api = tm.add(
        tg.Service(
            "Marketplace core API",
            controls={c.Authentication(method="service-to-service JWT")},
        )
    )
    # Existing main database behind the core API.
    core_db = tm.add(tg.DataStore("Marketplace database", stores={order, chat, accounts}))
    # Cases, proposals, actions and decisions, for the parties and the disputes team.
    case_store = tm.add(
        tg.DataStore(
            "Dispute case store",
            stores={case},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Payments zone", trust=tg.Trust.RESTRICTED):
        # Existing payments service that holds escrowed funds and pays refunds out.
        payments = tm.add(tg.Service("Payments service"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Back-office tool where the team reviews escalated cases and overrides the agent.
    console = tm.add(
        tg.Service(
            "Disputes back-office console",
            controls={c.Authentication(method="SSO with MFA"), c.RBAC()},
        )
    )
    # Handles disputes above the refund cap and reviews contested outcomes.
    team = tm.add(tg.Actor("Disputes specialist", role="disputes team"))

# ---------------------------------------------------------------- flows
tm.flow(buyer, dispute_api, claim, photos, protocol="https", label="opens dispute")
tm.flow(seller, dispute_api, seller_reply, photos, protocol="https", label="responds")
tm.flow(dispute_api, buyer, outcome, protocol="https")
tm.flow(dispute_api, seller, outcome, protocol="https")
tm.flow(dispute_api, evidence, photos)
tm.flow(dispute_api, case_store, claim, seller_reply, label="new case and responses")
tm.flow(case_store, agent, case)
tm.flow(evidence, agent, photos)

tm.flow(agent, context_tool, context_query)
tm.flow(context_tool, core_api, context_query, protocol="https")
tm.flow(core_api, core_db, context_query)
tm.flow(core_db, core_api, order, chat, accounts)
tm.flow(core_api, context_tool, order, chat, protocol="https")
tm.flow(context_tool, carriers, context_query, protocol="https", label="tracking number")
tm.flow(carriers, context_tool, tracking, protocol="https")
tm.flow(context_tool, agent, context_result)

tm.flow(agent, llm, case_prompt, protocol="https")
tm.flow(llm, agent, proposal, protocol="https")

tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, payments, refund_call, protocol="https")
tm.flow(payments, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, agent, refund_result)

tm.flow(agent, suspend_tool, suspend_call)
tm.flow(suspend_tool, core_api, suspend_call, protocol="https")
tm.flow(core_api, core_db, accounts, label="account status update")
tm.flow(core_api, suspend_tool, suspend_result, protocol="https")
tm.flow(suspend_tool, agent, suspend_result)

tm.flow(agent, case_store, case, outcome, label="proposal, actions, escalations")
tm.flow(case_store, dispute_api, outcome)

tm.flow(case_store, console, case, label="escalated cases")
tm.flow(console, case_store, review, label="decision")
tm.flow(console, team, case, protocol="https")
tm.flow(team, console, review, protocol="https")
