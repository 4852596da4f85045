"""Crop hail damage claim triage: the first design, before any security review.

An EU agricultural insurer lets farmers file hail claims from a mobile app: a claim
form plus geo-tagged photos of the damaged fields. A contracted independent
agronomist visits the fields and uploads a loss report through the same intake API.
A triage service in the insurer's cloud gathers the claim file, pulls hail radar
swaths for the fields from a weather vendor and sends it all to a hosted multimodal
LLM, which extracts the damage estimates and drafts a settlement recommendation.
The loss adjuster reviews the draft in a workbench and approves every payment,
which the payments service sends to the farmer's bank account by SEPA transfer.
Controls: app sign-in with e-mail and password, upload checks and rate limits,
TLS on external links, encrypted stores, staff SSO with MFA and roles, API keys
in a vault, a vendor review of the LLM provider, and the adjuster's approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crop hail damage claim triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM drafts hail claim settlement recommendations for loss adjusters.",
)

# ---------------------------------------------------------------- data assets
claim_form = tg.Data(
    "Hail claim form",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Farmer name, policy number, insured fields, crop, storm date, declared loss.",
)
field_photos = tg.Data(
    "Field photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Geo-tagged photos of the damaged crops taken by the farmer.",
)
agronomist_report = tg.Data(
    "Agronomist loss report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The independent agronomist's field visit notes and loss percentages.",
)
claim_record = tg.Data("Claim record", kind="records", sensitivity=tg.Sensitivity.PII)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
policy_records = tg.Data(
    "Policy and coverage records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
radar_query = tg.Data(
    "Radar query", kind="records", description="Field coordinates and the storm date."
)
hail_radar = tg.Data(
    "Hail radar swaths",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed radar-derived hail size and footprint for the storm.",
)
claim_prompt = tg.Data(
    "Claim file prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, claim form, agronomist report, field photos and radar swaths.",
)
damage_estimates = tg.Data(
    "Extracted damage estimates", kind="model-output", sensitivity=tg.Sensitivity.PII
)
draft_recommendation = tg.Data(
    "Draft settlement recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
settlement_approval = tg.Data(
    "Settlement approval",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bank_details = tg.Data(
    "Farmer bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_instruction = tg.Data(
    "Settlement payment instruction", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_status = tg.Data("Payment status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The policyholder who files the claim and photographs the fields.
    farmer = tm.add(tg.Actor("Farmer", role="policyholder"))
    # The insurer's claims app on farmers' own phones: the only way to file.
    farmer_app = tm.add(
        tg.Device(
            "Farmer claims app",
            fleet=True,
            description="iOS and Android app; farmers sign in with e-mail and password.",
        )
    )

with tm.boundary("Agronomist firms", trust=tg.Trust.PARTNER):
    # Independent loss experts the insurer contracts per claim to visit the fields.
    agronomist = tm.add(tg.Actor("Independent agronomist", role="contracted loss expert"))

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Source of the radar evidence that hail actually fell on the insured fields.
    weather_api = tm.add(
        tg.ExternalService(
            "Hail radar API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Commercial weather vendor's radar hail product, queried per field.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the claim file and drafts the recommendation; no in-house model is trained.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Extracts damage estimates and drafts a settlement recommendation.",
            controls={c.SupplierAssessment(note="DPA signed; no retention or training on prompts")},
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The insurer's bank, which executes settlement transfers to farmers.
    bank = tm.add(tg.ExternalService("Insurer's bank", description="SEPA credit transfers."))

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Public entry point for farmers' claims and agronomists' reports.
    intake_api = tm.add(
        tg.Endpoint(
            "Claims intake API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Assembles each claim file and calls the LLM once the agronomist report is in.
    triage = tm.add(
        tg.Service(
            "Claim triage service",
            description="Builds the claim file, fetches radar swaths, calls the LLM.",
            controls={c.SecretsManagement(note="LLM and radar API keys in the cloud vault")},
        )
    )

    with tm.boundary("Claims data", trust=tg.Trust.RESTRICTED):
        # Object storage for the uploaded forms, photos and agronomist reports.
        documents = tm.add(
            tg.DataStore(
                "Claim document bucket",
                stores={claim_form, field_photos, agronomist_report},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The insurer's policy and claims system of record, including payout details.
        claims_system = tm.add(
            tg.DataStore(
                "Policy and claims system",
                stores={
                    policy_records,
                    claim_record,
                    bank_details,
                    damage_estimates,
                    draft_recommendation,
                    settlement_approval,
                    payment_status,
                },
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The insurer's staff member who decides every settlement.
    adjuster = tm.add(tg.Actor("Loss adjuster", role="claims staff"))
    # Where the adjuster reviews the evidence and the LLM's draft and approves payment.
    workbench = tm.add(
        tg.Service(
            "Adjuster workbench",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Finance service that pays approved settlements.
    payments = tm.add(
        tg.Service(
            "Claim payments service",
            description="Pays approved settlements to the farmer's bank account.",
            controls={c.HumanInTheLoop(approver="the loss adjuster, for every settlement")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# filing the claim
tm.flow(farmer, farmer_app, claim_form, field_photos)
tm.flow(farmer_app, intake_api, claim_form, field_photos, protocol="https", controls={tls})
tm.flow(intake_api, farmer_app, claim_status, protocol="https", controls={tls})
tm.flow(farmer_app, farmer, claim_status)
tm.flow(agronomist, intake_api, agronomist_report, protocol="https", controls={tls})
tm.flow(intake_api, documents, claim_form, field_photos, agronomist_report)
tm.flow(intake_api, claims_system, claim_record, label="registers the claim")
tm.flow(claims_system, intake_api, claim_status)

# triage
tm.flow(documents, triage, claim_form, field_photos, agronomist_report)
tm.flow(claims_system, triage, policy_records, claim_record)
tm.flow(triage, weather_api, radar_query, protocol="https", controls={tls})
tm.flow(weather_api, triage, hail_radar, protocol="https", controls={tls})
tm.flow(triage, llm, claim_prompt, protocol="https", controls={tls})
tm.flow(llm, triage, damage_estimates, draft_recommendation, protocol="https", controls={tls})
tm.flow(triage, claims_system, damage_estimates, draft_recommendation)

# adjuster review and payment
tm.flow(
    claims_system, workbench, claim_record, policy_records, damage_estimates, draft_recommendation
)
tm.flow(documents, workbench, field_photos, agronomist_report, label="evidence viewer")
tm.flow(
    workbench, adjuster, draft_recommendation, damage_estimates, field_photos, agronomist_report
)
tm.flow(adjuster, workbench, settlement_approval, label="approves or amends")
tm.flow(workbench, claims_system, settlement_approval)
tm.flow(workbench, payments, settlement_approval)
tm.flow(claims_system, payments, bank_details)
tm.flow(payments, bank, payment_instruction, protocol="ebics", controls={tls})
tm.flow(bank, payments, payment_status, protocol="ebics", controls={tls})
tm.flow(payments, claims_system, payment_status)
