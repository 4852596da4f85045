"""Flight delay claim agent: the first design, before any security review.

An EU travel insurer lets policyholders claim for a delayed flight in its mobile
app. The policyholder signs in, fills in the claim and uploads a photo or PDF of
the boarding pass and the airline's delay letter. A claims agent built on a
hosted LLM reads the documents, looks the policy up in the policy administration
system and checks the flight's actual arrival time with a commercial flight-data
API. Claims it accepts up to EUR 300 are paid automatically to the card held on
the policy through the card payment provider; larger or unclear claims are
referred to a claims handler's queue, where a handler decides and pays from the
claims workbench. Everything runs in the insurer's EU cloud account. Controls in
this design: app sign-in with SMS code on new devices, upload checks and a rate
limit on the claims API, a EUR 300 cap in the payout tool, a step limit on the
agent, encryption at rest of documents and policies, SSO for handlers.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Travel insurer flight delay claim agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Policyholders claim flight delay compensation in the app; an LLM agent "
    "checks and pays claims up to EUR 300, larger ones go to a claims handler.",
)

# ---------------------------------------------------------------- data assets
claim_form = tg.Data(
    "Delay claim submission",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Policy number, flight number and date, claimed delay, free-text comment.",
)
boarding_pass = tg.Data("Boarding pass", sensitivity=tg.Sensitivity.PII, kind="documents")
delay_letter = tg.Data(
    "Airline delay letter",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Letter or e-mail from the airline confirming the delay, uploaded as PDF or photo.",
)
agent_prompt = tg.Data(
    "Claim assessment prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, the claim, the documents' text and tool results.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
policy_query = tg.Data("Policy lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
policy_details = tg.Data(
    "Policy details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Cover dates, insured travellers, delay benefit and claims already paid.",
)
flight_query = tg.Data("Flight status query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
flight_status = tg.Data(
    "Flight arrival data",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="tool-result",
    description="Scheduled and actual arrival time of the flight from the flight-data API.",
)
card_token = tg.Data(
    "Saved card token", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="credentials"
)
payout_call = tg.Data(
    "Claim payout call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Claim id and amount the agent asks the payout tool to pay.",
)
payout_request = tg.Data("Card payout request", sensitivity=tg.Sensitivity.PII, kind="records")
payout_result = tg.Data("Payout confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
referral = tg.Data(
    "Claim referral",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Claim, documents and the agent's summary for a handler to decide.",
)
claim_decision = tg.Data(
    "Claim decision record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
handler_decision = tg.Data("Handler claim decision", sensitivity=tg.Sensitivity.PII, kind="records")
claim_outcome = tg.Data(
    "Claim outcome message", sensitivity=tg.Sensitivity.PII, kind="model-output"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The insured traveller, using the insurer's mobile app from anywhere.
    policyholder = tm.add(tg.Actor("Policyholder", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's EU-region API; reads the documents.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA and EU data residency agreed with the vendor")
            },
        )
    )

with tm.boundary("Flight data provider", trust=tg.Trust.PARTNER):
    # Commercial API giving the actual departure and arrival times of flights.
    flight_api = tm.add(
        tg.ExternalService("Flight data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card acquirer that pushes payouts to the card saved on the policy.
    psp = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Backend the app talks to: sign-in, claim form, document upload, claim status.
    claims_api = tm.add(
        tg.Endpoint(
            "Claims API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password, SMS code at sign-in from a new device"
                ),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Uploaded boarding passes and delay letters, kept with the claim.
    doc_store = tm.add(
        tg.DataStore(
            "Claim document store",
            stores={boarding_pass, delay_letter},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM agent that assesses each claim and either pays it or refers it.
    agent = tm.add(
        tg.Agent(
            "Delay claims agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=20),
                c.HumanInTheLoop(approver="claims handler", above="EUR 300 per claim"),
            },
        )
    )
    # Read-only lookup of the policy behind the claim.
    policy_tool = tm.add(tg.Tool("Policy lookup tool", capabilities={"read"}))
    # Calls the flight-data API for the flight named in the claim.
    flight_tool = tm.add(tg.Tool("Flight status tool", capabilities={"read", "network-egress"}))
    # Pays an accepted claim to the saved card through the payment provider.
    payout_tool = tm.add(
        tg.Tool(
            "Claim payout tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(limit="EUR 300 per claim"),
                c.SecretsManagement(note="payment provider API key in the cloud secrets manager"),
            },
        )
    )
    # Puts a claim the agent will not pay on the handlers' queue.
    referral_tool = tm.add(tg.Tool("Handler referral tool", capabilities={"write"}))
    # System of record for policies, insured persons and the saved card token.
    policy_admin = tm.add(
        tg.DataStore(
            "Policy administration system",
            stores={policy_details, card_token},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Claims, decisions, payouts and the handlers' queue of referred claims.
    case_store = tm.add(
        tg.DataStore(
            "Claims case store",
            stores={claim_form, claim_decision, referral, payout_result},
            controls={c.AuditLogging(retention_days=3650)},
        )
    )
    # Internal web app where handlers work referred claims and pay the larger ones.
    workbench = tm.add(
        tg.Service(
            "Claims handler workbench",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Claims staff who decide claims above EUR 300 or that the agent could not settle.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))

# ---------------------------------------------------------------- flows
tm.flow(policyholder, claims_api, claim_form, boarding_pass, delay_letter, protocol="https")
tm.flow(claims_api, doc_store, boarding_pass, delay_letter)
tm.flow(claims_api, case_store, claim_form)
tm.flow(claims_api, agent, claim_form, label="new claim")

tm.flow(doc_store, agent, boarding_pass, delay_letter)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, policy_tool, policy_query)
tm.flow(policy_admin, policy_tool, policy_details)
tm.flow(policy_tool, agent, policy_details)

tm.flow(agent, flight_tool, flight_query)
tm.flow(flight_tool, flight_api, flight_query, protocol="https")
tm.flow(flight_api, flight_tool, flight_status, protocol="https")
tm.flow(flight_tool, agent, flight_status)

tm.flow(agent, payout_tool, payout_call)
tm.flow(policy_admin, payout_tool, card_token)
tm.flow(payout_tool, psp, payout_request, protocol="https")
tm.flow(psp, payout_tool, payout_result, protocol="https")
tm.flow(payout_tool, agent, payout_result)

tm.flow(agent, referral_tool, referral)
tm.flow(referral_tool, case_store, referral)
tm.flow(agent, case_store, claim_decision)
tm.flow(agent, claims_api, claim_outcome)
tm.flow(claims_api, policyholder, claim_outcome, protocol="https")

tm.flow(case_store, workbench, referral, claim_decision)
tm.flow(doc_store, workbench, boarding_pass, delay_letter)
tm.flow(workbench, handler, referral, boarding_pass, delay_letter, protocol="https")
tm.flow(handler, workbench, handler_decision, protocol="https")
tm.flow(workbench, case_store, handler_decision)
tm.flow(policy_admin, workbench, policy_details, card_token)
tm.flow(workbench, psp, payout_request, protocol="https")
tm.flow(psp, workbench, payout_result, protocol="https")
