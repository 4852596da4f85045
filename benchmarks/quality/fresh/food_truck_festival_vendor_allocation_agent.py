"""Food truck festival vendor allocation agent: the first design, before any security review.

A festival organiser runs a summer street-food festival with about 120 food truck
pitches. Traders apply through a vendor portal with their business details, menu,
truck size and power needs, and upload their public liability insurance certificate.
An LLM agent in the organiser's cloud account reviews each application: it reads the
insurance certificate through a hosted LLM, looks up the trader's food hygiene rating
on the public ratings API, and proposes a pitch from the site plan. The festival
operations manager reviews the proposed allocation list and approves it before the
agent records allocations and sends pitch contracts out through an e-signature
service, which calls the portal back when a contract is signed.
Controls in this design: traders sign in to the portal with e-mail and password,
traffic is HTTPS, the application database is encrypted at rest by the cloud
provider, and the operations manager approves allocations before contracts go out.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Food truck festival vendor allocation agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Reviews food truck applications, allocates pitches and sends contracts.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Vendor application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Trader name, contact details, business address, menu, truck size, power needs.",
)
insurance_certificate = tg.Data(
    "Public liability insurance certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF uploaded by the trader: insurer, policy number, cover amount, expiry.",
)
application_status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
review_prompt = tg.Data(
    "Application review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the application and the text of the insurance certificate.",
)
review_completion = tg.Data(
    "Review completion", kind="model-output", sensitivity=tg.Sensitivity.PII
)
hygiene_query = tg.Data(
    "Hygiene rating lookup", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC
)
hygiene_rating = tg.Data(
    "Food hygiene rating",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Published rating (0-5) and inspection date for the trader's registered business.",
)
site_plan = tg.Data(
    "Pitch site plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pitches with dimensions, power hook-ups, and which are still free.",
)
allocation_proposal = tg.Data(
    "Proposed allocation list",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Each applicant with the agent's accept/reject reasoning and proposed pitch.",
)
manager_approval = tg.Data(
    "Allocation approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
allocation_call = tg.Data("Pitch allocation", kind="tool-call", sensitivity=tg.Sensitivity.PII)
review_outcome = tg.Data(
    "Review outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Accepted or rejected, insurance check result and hygiene rating found.",
)
contract_request = tg.Data("Contract request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
pitch_contract = tg.Data(
    "Pitch contract",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pitch number, pitch fee, trading terms and the trader's details.",
)
signing_event = tg.Data(
    "Contract signed event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Envelope id, signer and completion time.",
)
signature = tg.Data("Trader signature", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register as a trader and apply.
    trader = tm.add(tg.Actor("Food truck trader", role="applicant vendor"))
    # Public national food hygiene ratings API, queried by business name and postcode.
    ratings_api = tm.add(
        tg.ExternalService(
            "Food hygiene ratings API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model the agent reasons with and reads certificates through.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-signature provider", trust=tg.Trust.PARTNER):
    # SaaS that e-mails the contract to the trader and collects the signature.
    esign = tm.add(tg.ExternalService("E-signature service"))

with tm.boundary("Organiser cloud account", trust=tg.Trust.INTERNAL):
    # Where traders apply, upload documents and see their status.
    portal = tm.add(
        tg.Endpoint(
            "Vendor application portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Applications, uploaded certificates and review outcomes.
    app_db = tm.add(
        tg.DataStore(
            "Application database",
            stores={
                application,
                insurance_certificate,
                review_outcome,
                application_status,
                signing_event,
            },
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The site plan the pitches are allocated from.
    plan_store = tm.add(tg.DataStore("Site plan store", stores={site_plan}))
    # Reviews applications and proposes allocations; waits for the manager's approval.
    agent = tm.add(
        tg.Agent(
            "Vendor allocation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="festival operations manager, who approves the allocation list"
                )
            },
        )
    )
    # Looks up a trader's hygiene rating on the public API.
    hygiene_tool = tm.add(
        tg.Tool("Hygiene rating lookup tool", capabilities={"read", "network-egress"})
    )
    # Records the pitch against the applicant and marks it taken on the site plan.
    allocation_tool = tm.add(tg.Tool("Pitch allocation tool", capabilities={"read", "write"}))
    # Generates the contract from a template and sends it for signing.
    contract_tool = tm.add(
        tg.Tool("Contract sending tool", capabilities={"write", "send-messages", "network-egress"})
    )

with tm.boundary("Organiser office", trust=tg.Trust.INTERNAL):
    # Reviews the agent's proposals and approves the allocation list.
    manager = tm.add(tg.Actor("Festival operations manager", role="operations manager"))

# ---------------------------------------------------------------- flows
tm.flow(trader, portal, application, insurance_certificate, protocol="https")
tm.flow(portal, trader, application_status, protocol="https")
tm.flow(portal, app_db, application, insurance_certificate)
tm.flow(app_db, portal, application_status)

tm.flow(app_db, agent, application, insurance_certificate, label="new applications")
tm.flow(agent, llm, review_prompt, protocol="https")
tm.flow(llm, agent, review_completion, protocol="https")

tm.flow(agent, hygiene_tool, hygiene_query)
tm.flow(hygiene_tool, ratings_api, hygiene_query, protocol="https")
tm.flow(ratings_api, hygiene_tool, hygiene_rating, protocol="https")
tm.flow(hygiene_tool, agent, hygiene_rating)

tm.flow(plan_store, agent, site_plan)
tm.flow(agent, manager, allocation_proposal, protocol="https")
tm.flow(manager, agent, manager_approval, protocol="https")

tm.flow(agent, allocation_tool, allocation_call)
tm.flow(allocation_tool, plan_store, site_plan, label="mark pitch taken")
tm.flow(allocation_tool, app_db, review_outcome, application_status)
tm.flow(allocation_tool, agent, review_outcome, label="allocation result")

tm.flow(agent, contract_tool, contract_request)
tm.flow(contract_tool, esign, pitch_contract, protocol="https")
tm.flow(esign, trader, pitch_contract, protocol="https", label="signing link e-mail")
tm.flow(trader, esign, signature, protocol="https")
tm.flow(esign, portal, signing_event, protocol="https", label="signing completed webhook")
tm.flow(portal, app_db, signing_event)
