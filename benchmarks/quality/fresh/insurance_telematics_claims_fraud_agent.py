"""Motor claims fraud agent: the first design, before any security review.

When a policyholder files a motor claim in the insurer's mobile app, the Claims
API records it and hands it to a claims agent running in the insurer's cloud.
The agent gathers evidence with three tools: the policyholder's driving
telematics (trips, speed, harsh braking, GPS around the time of the loss) from
the telematics store, historical weather for the place and time from a
commercial weather API, and the repair shop's estimate from the partner
estimating platform. It sends features to the in-house fraud model for a score,
then asks a hosted LLM to draft a decision note that it saves on the claim.
The agent can pay settled claims through the payout tool; payouts above
EUR 5,000 wait for a claims adjuster's approval. App users log in with OIDC, the
Claims API is rate limited, claim and telematics data are encrypted at rest
with role-based access, and the agent's loop is capped in steps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Motor claims telematics fraud agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent that gathers telematics, weather and repair evidence, scores "
    "claims for fraud, drafts decision notes and pays claims below a limit.",
)

# ---------------------------------------------------------------- data assets
claim_form = tg.Data(
    "Claim submission",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Policy number, loss date and place, description of the accident.",
)
damage_photos = tg.Data("Damage photos", sensitivity=tg.Sensitivity.PII, kind="media")
claim_status = tg.Data("Claim status", sensitivity=tg.Sensitivity.PII, kind="records")
claim_record = tg.Data(
    "Claim record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
telematics = tg.Data(
    "Driving telematics",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Trip GPS traces, speed and harsh-braking events per policyholder.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
telematics_query = tg.Data("Telematics query", sensitivity=tg.Sensitivity.PII, kind="tool-call")
weather_query = tg.Data("Weather query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
weather = tg.Data(
    "Historical weather report", sensitivity=tg.Sensitivity.PUBLIC, kind="tool-result"
)
estimate_query = tg.Data("Estimate query", sensitivity=tg.Sensitivity.PII, kind="tool-call")
estimate = tg.Data(
    "Repair estimate",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Itemised parts and labour from the repair shop, with its photos.",
)
fraud_features = tg.Data("Fraud features", sensitivity=tg.Sensitivity.PII, kind="features")
fraud_score = tg.Data("Fraud score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
note_prompt = tg.Data(
    "Decision note prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the claim, evidence summaries, the fraud score.",
)
note_draft = tg.Data("Draft decision note", sensitivity=tg.Sensitivity.PII, kind="model-output")
payout_request = tg.Data(
    "Payout instruction",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Claim id, amount and payee bank account.",
)
payout_result = tg.Data(
    "Payout confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
approval = tg.Data("Adjuster approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Files the claim and uploads photos from the insurer's mobile app.
    policyholder = tm.add(tg.Actor("Policyholder", role="customer"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial historical weather data, looked up by location and time.
    weather_api = tm.add(
        tg.ExternalService("Weather data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Repair network", trust=tg.Trust.PARTNER):
    # Approved and non-approved body shops write estimates on the estimating platform.
    repair_shop = tm.add(tg.Actor("Repair shop", role="repair shop"))
    # Industry estimating platform that holds the shop's estimate for each claim.
    estimating = tm.add(
        tg.ExternalService("Repair estimating platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the decision note; an EU-region deployment under a no-retention contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA and zero-retention terms reviewed")},
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Backend of the mobile app: takes new claims and returns their status.
    claims_api = tm.add(
        tg.Endpoint(
            "Claims API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC app login"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Orchestrates evidence gathering, scoring, note drafting and payouts per claim.
    agent = tm.add(
        tg.Agent(
            "Claims fraud agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Reads the policyholder's trips around the loss date.
    telematics_tool = tm.add(tg.Tool("Telematics lookup", capabilities={"read"}))
    # Calls the weather provider for the loss location and time.
    weather_tool = tm.add(tg.Tool("Weather lookup", capabilities={"read", "network-egress"}))
    # Fetches the repair estimate for the claim from the estimating platform.
    estimate_tool = tm.add(tg.Tool("Estimate lookup", capabilities={"read", "network-egress"}))
    # Gradient-boosted fraud classifier trained in-house on past claims.
    fraud_model = tm.add(
        tg.Model(
            "Claims fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Pays the claimant through the insurer's payments system; large payouts need approval.
    payout_tool = tm.add(
        tg.Tool(
            "Payout tool",
            capabilities={"write", "money-movement"},
            controls={
                c.HumanInTheLoop(approver="claims adjuster", above="EUR 5,000 per claim"),
            },
        )
    )

    with tm.boundary("Claims data tier", trust=tg.Trust.RESTRICTED):
        # Trips from the telematics app and dongles, kept by the existing telematics platform.
        telematics_store = tm.add(
            tg.DataStore(
                "Telematics store",
                stores={telematics},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # System of record for claims, decision notes and payouts.
        claims_db = tm.add(
            tg.DataStore(
                "Claims system",
                stores={claim_record, damage_photos, note_draft},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reads the note and score, decides contested claims and approves large payouts.
    adjuster = tm.add(tg.Actor("Claims adjuster", role="adjuster"))

# ---------------------------------------------------------------- flows
# Filing a claim
tm.flow(policyholder, claims_api, claim_form, damage_photos, protocol="https")
tm.flow(claims_api, policyholder, claim_status, protocol="https")
tm.flow(claims_api, claims_db, claim_record, damage_photos, label="new claim")
tm.flow(claims_db, claims_api, claim_status, label="status")
tm.flow(claims_api, agent, claim_record, label="claim filed")

# Evidence gathering
tm.flow(agent, telematics_tool, telematics_query)
tm.flow(telematics_tool, telematics_store, telematics_query)
tm.flow(telematics_store, telematics_tool, telematics)
tm.flow(telematics_tool, agent, telematics)

tm.flow(agent, weather_tool, weather_query)
tm.flow(weather_tool, weather_api, weather_query, protocol="https")
tm.flow(weather_api, weather_tool, weather, protocol="https")
tm.flow(weather_tool, agent, weather)

tm.flow(repair_shop, estimating, estimate, protocol="https", label="writes estimate")
tm.flow(agent, estimate_tool, estimate_query)
tm.flow(estimate_tool, estimating, estimate_query, protocol="https")
tm.flow(estimating, estimate_tool, estimate, protocol="https")
tm.flow(estimate_tool, agent, estimate)

# Scoring and note drafting
tm.flow(agent, fraud_model, fraud_features)
tm.flow(fraud_model, agent, fraud_score)
tm.flow(agent, llm, note_prompt, protocol="https")
tm.flow(llm, agent, note_draft, protocol="https")
tm.flow(agent, claims_db, note_draft, fraud_score, label="saves decision note")

# Payout
tm.flow(agent, payout_tool, payout_request)
tm.flow(payout_tool, agent, payout_result)
tm.flow(payout_tool, claims_db, payout_result, label="records payout")
tm.flow(
    claims_db, adjuster, claim_record, note_draft, fraud_score, protocol="https", label="review"
)
tm.flow(adjuster, payout_tool, approval, protocol="https", label="approves large payouts")
tm.flow(adjuster, claims_db, claim_record, protocol="https", label="decides claim")
