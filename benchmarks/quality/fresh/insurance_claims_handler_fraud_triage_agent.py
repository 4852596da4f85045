"""Motor claims fraud triage agent: the first design, before any security review.

Policyholders report motor claims (first notification of loss) through the
customer portal, with photos of the damage and documents such as repair
estimates. For each new motor claim an LLM agent in the claims platform reads
the claim file and the policy history from the claims management system, checks
the claimant and vehicle against an industry claims-sharing database and a
vehicle history provider, and scores the claim against the fraud indicators in
the counter-fraud handbook. Where indicators are found it drafts a referral into
the counter-fraud case system and flags the claim; a fraud investigator reads
every referral and decides whether to open an investigation. The agent reasons
with a hosted LLM under the vendor's data processing agreement. Controls in this
design: portal sign-in, upload checks, role-based access and encryption on the
claims system, vaulted API keys for the external lookups, a step limit on the
agent, investigator approval of referrals and an audit trail of agent runs.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Motor claims fraud triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that triages new motor claims for fraud indicators and "
    "drafts referrals to the counter-fraud team.",
)

# ---------------------------------------------------------------- data assets
fnol = tg.Data(
    "Claim notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Claimant, driver and third-party details, accident circumstances, vehicle.",
)
evidence_uploads = tg.Data(
    "Damage photos and repair estimates",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Photos, garage estimates and police reports uploaded by the claimant.",
)
acknowledgement = tg.Data("Claim acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
claim_file = tg.Data(
    "Claim file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The claim, its documents, the policy and the policyholder's claims history.",
)
claim_query = tg.Data("Claim lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, fraud indicator list, claim file and evidence gathered so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
external_query = tg.Data(
    "External check request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Names, addresses, dates of birth and vehicle registrations to search for.",
)
industry_matches = tg.Data(
    "Industry claims history matches",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Prior claims by the same people, vehicles or addresses at other insurers.",
)
vehicle_history = tg.Data(
    "Vehicle history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Keeper changes, write-off markers, mileage and finance records by registration.",
)
evidence_result = tg.Data(
    "External check results", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
referral_call = tg.Data("Referral draft call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
referral = tg.Data(
    "Draft fraud referral",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="The indicators found, the evidence behind each and a suggested next step.",
)
triage_flag = tg.Data(
    "Fraud triage flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Triage outcome and indicator count shown on the claim to handlers.",
)
investigator_decision = tg.Data(
    "Investigator referral outcome", kind="records", sensitivity=tg.Sensitivity.PII
)
claim_updates = tg.Data("Claim handling updates", kind="records", sensitivity=tg.Sensitivity.PII)
agent_trace = tg.Data(
    "Agent run trace",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Prompts, completions and tool calls of each triage run.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Whoever reports the claim: the policyholder, or someone claiming to be them.
    claimant = tm.add(tg.Actor("Claimant", role="policyholder"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The reasoning model behind the agent, reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model; EU region, no training on our data.",
            controls={c.SupplierAssessment(note="vendor DPA and security questionnaire")},
        )
    )

with tm.boundary("Industry data partners", trust=tg.Trust.PARTNER):
    # Claims-sharing database run by the insurance industry body.
    industry_db = tm.add(
        tg.ExternalService(
            "Industry claims database",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Shared register of motor claims across member insurers.",
        )
    )
    # Commercial vehicle history service, searched by registration.
    vehicle_provider = tm.add(
        tg.ExternalService("Vehicle history provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # Where claimants report claims and upload their evidence.
    portal = tm.add(
        tg.Endpoint(
            "Customer claims portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="policyholder account: e-mail and password"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # The insurer's system of record for policies and claims.
    claims_system = tm.add(
        tg.DataStore(
            "Claims management system",
            stores={fnol, evidence_uploads, claim_file, triage_flag, claim_updates},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(note="claims handlers see their own team's claims"),
            },
        )
    )
    # The triage agent itself, started by a new-claim event.
    agent = tm.add(
        tg.Agent(
            "Fraud triage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs on every new motor claim; gathers evidence and drafts referrals.",
            controls={
                c.CircuitBreaker(max_steps=30),
                c.HumanInTheLoop(
                    approver="a fraud investigator, before any referral becomes an investigation"
                ),
            },
        )
    )
    # Read-only access to the claim, its documents and the policy history.
    claims_tool = tm.add(
        tg.Tool(
            "Claim file lookup",
            capabilities={"read"},
            description="Fetches a claim and the policyholder's previous claims by claim number.",
        )
    )
    # Searches the two external databases on the agent's behalf.
    external_tool = tm.add(
        tg.Tool(
            "External database search",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="partner API keys held in the vault")},
        )
    )
    # Writes the agent's draft referral and sets the triage flag on the claim.
    referral_tool = tm.add(
        tg.Tool(
            "Referral drafting tool",
            capabilities={"write"},
            description="Creates a draft referral in the counter-fraud queue and flags the claim.",
        )
    )
    # Trace of each agent run, kept for audit and complaint handling.
    trace_log = tm.add(
        tg.DataStore(
            "Agent run log",
            stores={agent_trace},
            controls={c.AuditLogging(retention_days=730)},
        )
    )

    with tm.boundary("Counter-fraud unit", trust=tg.Trust.RESTRICTED):
        # Case system the fraud team works referrals from.
        case_system = tm.add(
            tg.DataStore(
                "Counter-fraud case system",
                stores={referral, investigator_decision},
                controls={c.RBAC(note="counter-fraud team only")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews each drafted referral and decides what happens next.
    investigator = tm.add(tg.Actor("Fraud investigator", role="counter-fraud investigator"))
    # Handles the claim day to day and sees the triage flag.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))

# ---------------------------------------------------------------- flows
tm.flow(claimant, portal, fnol, evidence_uploads, protocol="https")
tm.flow(portal, claimant, acknowledgement, protocol="https")
tm.flow(portal, claims_system, fnol, evidence_uploads)
tm.flow(claims_system, agent, fnol, label="new motor claim event")

tm.flow(agent, claims_tool, claim_query)
tm.flow(claims_tool, claims_system, claim_query)
tm.flow(claims_system, claims_tool, claim_file)
tm.flow(claims_tool, agent, claim_file)

tm.flow(agent, llm, triage_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, external_tool, external_query)
tm.flow(external_tool, industry_db, external_query, protocol="https")
tm.flow(industry_db, external_tool, industry_matches, protocol="https")
tm.flow(external_tool, vehicle_provider, external_query, protocol="https")
tm.flow(vehicle_provider, external_tool, vehicle_history, protocol="https")
tm.flow(external_tool, agent, evidence_result)

tm.flow(agent, referral_tool, referral_call)
tm.flow(referral_tool, case_system, referral)
tm.flow(referral_tool, claims_system, triage_flag)
tm.flow(agent, trace_log, agent_trace)

tm.flow(case_system, investigator, referral, protocol="https")
tm.flow(investigator, case_system, investigator_decision, protocol="https")
tm.flow(claims_system, handler, claim_file, triage_flag, protocol="https")
tm.flow(handler, claims_system, claim_updates, protocol="https")
