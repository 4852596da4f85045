"""Stablecoin redemption with AML screening: the first design, before any security review.

We issue a euro stablecoin under an EU e-money licence. Verified institutional
customers (exchanges, market makers, payment firms) redeem tokens for fiat: they
burn tokens on the public chain and file a redemption request through our API,
naming the bank account to be paid. A redemption orchestrator matches the request
to the on-chain burn, asks an on-chain analytics vendor for the wallet's exposure,
reads the customer's KYC profile and redemption history, and has an in-house
model score the redemption for money-laundering risk. High scores are held in a
case console for compliance analysts; low scores are paid out automatically as
wires through our banking partner. Analysts file suspicious activity reports with
the financial intelligence unit's portal. The model is retrained quarterly from
analyst dispositions. Controls today: API sign-in and quotas, TLS everywhere,
encrypted customer database with role-based access, SSO with MFA for staff.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stablecoin redemption AML screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores institutional stablecoin redemptions for money-laundering risk "
    "before fiat is wired out; high scores go to compliance analysts.",
)

# ---------------------------------------------------------------- data assets
redemption_request = tg.Data(
    "Redemption request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Amount, burn transaction hash, source wallet, customer reference.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payout_account = tg.Data(
    "Destination bank account details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="IBAN and account name the fiat is wired to, given with each request.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
redemption_status = tg.Data(
    "Redemption status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
burn_events = tg.Data(
    "On-chain burn transactions", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
wallet_query = tg.Data(
    "Wallet screening query", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
wallet_exposure = tg.Data(
    "Wallet risk exposure",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vendor's attribution of counterparties: mixers, sanctioned entities, darknet markets.",
)
kyc_profile = tg.Data(
    "Customer KYC profile and redemption history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Company details, beneficial owners and directors, past redemptions.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
aml_features = tg.Data("AML features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
risk_score = tg.Data("AML risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
held_case = tg.Data(
    "Held redemption case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Request, score, vendor exposure and customer profile for review.",
)
disposition = tg.Data(
    "Analyst disposition",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Release, reject or escalate, with the analyst's reasoning.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
payout_instruction = tg.Data(
    "Wire payout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
wire_confirmation = tg.Data(
    "Wire confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sar = tg.Data(
    "Suspicious activity report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Labelled redemption history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
model_artifact = tg.Data(
    "AML model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Treasury systems of verified institutional customers; onboarding is KYC'd,
    # but the calls still come from networks we do not run.
    customer = tm.add(
        tg.Actor("Institutional customer", role="customer treasury system", human=False)
    )
    # The public chain the tokens live on; anyone can write transactions to it.
    chain = tm.add(
        tg.DataSource(
            "Public blockchain",
            origin=tg.Origin.PUBLIC_WEB,
            provides={burn_events},
            description="Read through our own full node; burn events prove tokens were destroyed.",
        )
    )

with tm.boundary("On-chain analytics vendor", trust=tg.Trust.PARTNER):
    # Attributes wallet addresses to known entities; we have no view of how.
    analytics = tm.add(
        tg.ExternalService(
            "On-chain analytics API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment(note="annual vendor due diligence")},
        )
    )

with tm.boundary("Banking partner", trust=tg.Trust.PARTNER):
    # Holds the reserve accounts and executes the fiat wires.
    bank = tm.add(tg.ExternalService("Banking partner payments API"))

with tm.boundary("Financial intelligence unit", trust=tg.Trust.PARTNER):
    # The regulator's reporting portal where suspicious activity reports are filed.
    regulator = tm.add(tg.ExternalService("FIU reporting portal"))

with tm.boundary("Issuer production VPC", trust=tg.Trust.INTERNAL):
    # Public entry point for redemption requests.
    redemption_api = tm.add(
        tg.Endpoint(
            "Redemption API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OAuth 2.0 client credentials per customer"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(),
            },
        )
    )
    # Ties the request to the burn, gathers evidence, scores, and routes the result.
    orchestrator = tm.add(
        tg.Service(
            "Redemption orchestrator",
            description="Matches requests to burns, calls the vendor and the model, "
            "holds high scores for review and releases low scores to payout.",
            controls={
                c.HumanInTheLoop(approver="compliance analyst", above="AML risk score 70 of 100"),
                c.AuditLogging(retention_days=1825),
            },
        )
    )
    # The money-laundering risk model itself.
    aml_model = tm.add(
        tg.Model(
            "AML risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over vendor exposure and customer history; "
            "scores each redemption 0-100.",
            controls={c.ModelVersioning()},
        )
    )
    # Sends wires for released redemptions.
    payout = tm.add(
        tg.Service(
            "Payout service",
            description="Builds wire instructions and submits them to the bank.",
            controls={c.SecretsManagement()},
        )
    )

    with tm.boundary("Compliance zone", trust=tg.Trust.RESTRICTED):
        # System of record for onboarding and redemptions.
        customer_db = tm.add(
            tg.DataStore(
                "Customer KYC database",
                stores={kyc_profile, training_set},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Where held redemptions wait and analysts decide them.
        case_console = tm.add(
            tg.Service(
                "Compliance case console",
                controls={
                    c.Authentication(method="corporate SSO with MFA"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=1825),
                },
            )
        )
        # Quarterly retraining from analyst dispositions.
        training = tm.add(tg.Pipeline("Quarterly AML retraining", stage=tg.Stage.TRAINING))
        # Holds trained model versions for deployment.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews held cases and files reports.
    analyst = tm.add(tg.Actor("Compliance analyst", role="AML analyst"))

# ---------------------------------------------------------------- flows
tm.flow(customer, redemption_api, redemption_request, payout_account, protocol="https")
tm.flow(redemption_api, customer, redemption_status, protocol="https")
tm.flow(redemption_api, orchestrator, redemption_request, payout_account)
tm.flow(orchestrator, redemption_api, redemption_status)

tm.flow(chain, orchestrator, burn_events, protocol="json-rpc", label="burn confirmation")

tm.flow(orchestrator, analytics, wallet_query, protocol="https")
tm.flow(analytics, orchestrator, wallet_exposure, protocol="https")

tm.flow(customer_db, orchestrator, kyc_profile, label="profile and history lookup")
tm.flow(orchestrator, customer_db, redemption_request, label="record redemption")

tm.flow(orchestrator, aml_model, aml_features)
tm.flow(aml_model, orchestrator, risk_score)

tm.flow(orchestrator, case_console, held_case, label="score above review threshold")
tm.flow(case_console, analyst, held_case, protocol="https")
tm.flow(analyst, case_console, disposition, sar, protocol="https")
tm.flow(case_console, orchestrator, disposition, label="release or reject")
tm.flow(case_console, regulator, sar, protocol="https", label="SAR filing")

tm.flow(orchestrator, payout, payout_instruction, label="released redemptions")
tm.flow(payout, bank, payout_instruction, protocol="mtls")
tm.flow(bank, payout, wire_confirmation, protocol="mtls")
tm.flow(payout, orchestrator, wire_confirmation)

tm.flow(case_console, customer_db, disposition)
tm.flow(customer_db, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, aml_model, model_artifact, label="deploy")
