"""Motor FNOL claims bot: the first design, before any security review.

Policyholders of our car-insurance business report an accident through a chat
bot on the website and in the mobile app, after logging in to their customer
account. The bot (an orchestrator over a vendor-hosted LLM) walks them through
the accident report, collects photos of the damage and the third party's
details, checks cover against the policy administration system and files a
first notice of loss. An in-house fraud model scores every claim; an in-house
vision model estimates the repair cost from the photos using a parts-and-labour
price feed. Claims under EUR 3,000 with a low fraud score get a payout
recommendation, which an adjuster must approve in the core claims system before
any money moves. The chat API sits behind login and per-user rate limits, stores
are encrypted with KMS keys, and the claims system keeps an audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Motor FNOL claims bot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat-based first notice of loss with fraud scoring, photo damage "
    "estimation and adjuster-approved payout recommendations.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Claimant chat messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text accident description, answers to the bot's questions.",
)
bot_reply = tg.Data("Bot replies", kind="model-output", sensitivity=tg.Sensitivity.PII)
damage_photos = tg.Data(
    "Damage photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the vehicles and scene; may show number plates and faces.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
third_party_details = tg.Data(
    "Third-party details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Other driver's name, address, plate, insurer and policy number.",
)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and the policy's cover summary.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
cover_query = tg.Data(
    "Cover lookup query",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policy number, vehicle plate and date of loss.",
)
policy_records = tg.Data(
    "Policy and cover records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
fnol_record = tg.Data(
    "FNOL claim record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Structured accident report, third-party details and chat transcript.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
fraud_score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
repair_estimate = tg.Data(
    "Repair cost estimate", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
parts_query = tg.Data(
    "Parts lookup query",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vehicle make, model, year and the list of damaged parts.",
)
parts_prices = tg.Data(
    "Parts and labour prices", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payout_recommendation = tg.Data(
    "Payout recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
adjuster_decision = tg.Data(
    "Adjuster decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approve, amend or reject the recommended payout, with a reason.",
)
claim_file = tg.Data("Claim file view", kind="records", sensitivity=tg.Sensitivity.PII)
model_artifacts = tg.Data(
    "Fraud and damage model artifacts",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="XGBoost fraud model (joblib) and PyTorch damage model checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person reporting the accident, on the website or in the mobile app.
    policyholder = tm.add(tg.Actor("Policyholder", role="claimant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drives the conversation: asks follow-up questions and extracts the structured report.
    llm = tm.add(
        tg.LLM(
            "Hosted chat LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Repair data provider", trust=tg.Trust.PARTNER):
    # The repair cost estimate needs current parts and labour rates per vehicle model.
    parts_feed = tm.add(
        tg.ExternalService(
            "Parts pricing API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Industry parts catalogue and body-shop labour rates.",
        )
    )

with tm.boundary("Claims cloud VPC", trust=tg.Trust.INTERNAL):
    # Public entry point for the web widget and the app.
    chat_api = tm.add(
        tg.Endpoint(
            "FNOL chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="customer account OIDC login"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="photo uploads limited to JPEG/PNG/HEIC, 15 MB"),
            },
        )
    )
    # Runs the FNOL conversation, calls the LLM, writes the claim and the photos.
    orchestrator = tm.add(
        tg.Service(
            "FNOL bot orchestrator",
            description="Conversation state, prompt assembly, cover check, claim creation.",
        )
    )
    # Raw photos as uploaded, read by the damage model and shown to adjusters.
    photo_store = tm.add(
        tg.DataStore(
            "Claim photo bucket",
            stores={damage_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The structured FNOL before it enters the core claims system.
    fnol_db = tm.add(
        tg.DataStore(
            "FNOL claim database",
            stores={fnol_record, third_party_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Scores every new claim for fraud indicators.
    fraud_model = tm.add(
        tg.Model(
            "Claim fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees on claim, policy and history features.",
        )
    )
    # Estimates repair cost from the damage photos.
    damage_model = tm.add(
        tg.Model(
            "Damage estimation model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="CNN that detects damaged parts and severity, priced via the parts feed.",
        )
    )
    # Threshold logic: below EUR 3,000 and fraud score under 0.3, recommend a payout.
    payout_service = tm.add(
        tg.Service(
            "Payout recommender",
            description="Combines estimate, fraud score and cover into a recommendation.",
        )
    )
    # Where serving loads the fraud and damage models from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifacts},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Core insurance systems", trust=tg.Trust.RESTRICTED):
    # System of record for policies; the bot checks cover and the insured vehicle.
    policy_admin = tm.add(tg.DataStore("Policy administration system", stores={policy_records}))
    # System of record for claims; payouts are only released from here.
    claims_system = tm.add(
        tg.Service(
            "Core claims system",
            description="Claim handling, adjuster worklists and payment release.",
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(),
                c.HumanInTheLoop(approver="claims adjuster"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews recommendations and approves or rejects the payout.
    adjuster = tm.add(tg.Actor("Claims adjuster", role="adjuster"))

# ---------------------------------------------------------------- flows
tm.flow(policyholder, chat_api, chat_message, damage_photos, third_party_details, protocol="https")
tm.flow(chat_api, policyholder, bot_reply, protocol="https")
tm.flow(chat_api, orchestrator, chat_message, damage_photos, third_party_details)
tm.flow(orchestrator, chat_api, bot_reply)

tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_completion, protocol="https")

tm.flow(orchestrator, policy_admin, cover_query, label="cover lookup by policy number")
tm.flow(policy_admin, orchestrator, policy_records, label="cover and vehicle")
tm.flow(orchestrator, photo_store, damage_photos)
tm.flow(orchestrator, fnol_db, fnol_record, third_party_details)

tm.flow(fnol_db, fraud_model, fnol_record)
tm.flow(policy_admin, fraud_model, policy_records, label="policy history")
tm.flow(fraud_model, payout_service, fraud_score)

tm.flow(photo_store, damage_model, damage_photos)
tm.flow(damage_model, parts_feed, parts_query, protocol="https", label="parts lookup")
tm.flow(parts_feed, damage_model, parts_prices, protocol="https")
tm.flow(damage_model, payout_service, repair_estimate)

tm.flow(fnol_db, payout_service, fnol_record)
tm.flow(payout_service, claims_system, payout_recommendation, fraud_score, repair_estimate)
tm.flow(fnol_db, claims_system, fnol_record, third_party_details, label="create claim")
tm.flow(photo_store, claims_system, damage_photos, label="attached to claim")

tm.flow(claims_system, adjuster, claim_file, payout_recommendation, protocol="https")
tm.flow(adjuster, claims_system, adjuster_decision, protocol="https")

tm.flow(registry, fraud_model, model_artifacts, label="load model")
tm.flow(registry, damage_model, model_artifacts, label="load model")
