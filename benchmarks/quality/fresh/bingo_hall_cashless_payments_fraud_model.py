"""Bingo hall cashless payments fraud model: the first design, before any security review.

A chain of UK bingo halls runs cashless gaming cards: members top them up by debit
card at hall kiosks and cash desks, redeem promotional vouchers onto them, play, and
cash out winnings at the desk. Card payments go through the payment provider's own
terminals, so the platform only sees the provider's authorisation, never card
numbers. Every top-up, voucher redemption and payout is sent to a scoring service in
the chain's cloud account, which looks up the member's recent activity in a feature
store and asks an in-house fraud model for a score. Top-ups and redemptions are only
flagged; flagged payouts are held until the hall's duty manager releases or refuses
them in a case review app. The anti-money-laundering officer sees every flag there,
decides what to report to the National Crime Agency, and their case outcomes are the
labels for a monthly retrain. Controls in this design: staff sign in to the review app
with company SSO and MFA and see cases by role, review actions are logged for five
years, the ledger is encrypted with cloud KMS, and models are promoted by version.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bingo hall cashless payments fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags suspicious top-ups, voucher redemptions and payouts on cashless "
    "gaming cards, holds flagged payouts for manager review and refers cases to the AML officer.",
)

# ---------------------------------------------------------------- data assets
card_request = tg.Data(
    "Card transaction request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Membership card number, hall, kiosk, type (top-up, voucher, payout) and amount.",
)
card_result = tg.Data("Card balance and receipt", sensitivity=tg.Sensitivity.PII, kind="records")
auth_request = tg.Data(
    "Top-up authorisation request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
auth_result = tg.Data(
    "Top-up authorisation",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="The provider's approval code and a card token; no card number.",
)
ledger_entries = tg.Data(
    "Cashless card ledger",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Every top-up, redemption, stake, win and payout per member.",
)
score_request = tg.Data("Transaction to score", sensitivity=tg.Sensitivity.PII, kind="records")
features = tg.Data("Member activity features", sensitivity=tg.Sensitivity.PII, kind="features")
score = tg.Data("Fraud score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
decision = tg.Data(
    "Hold or allow decision", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
cases = tg.Data(
    "Flagged cases",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Flagged transaction, score, member details and the reviewer's notes.",
)
release = tg.Data(
    "Payout release or refusal", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
outcomes = tg.Data(
    "AML case outcomes",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
sar = tg.Data("Suspicious activity report", sensitivity=tg.Sensitivity.REGULATED, kind="documents")
weights = tg.Data("Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Hall floor", trust=tg.Trust.UNTRUSTED):
    # Members and anyone with a member's card: the people whose activity is scored.
    player = tm.add(tg.Actor("Member", role="player"))
    # Top-up kiosks and cash-desk card readers in each hall.
    kiosks = tm.add(tg.Device("Hall kiosks and cash desk terminals", fleet=True))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Authorises debit-card top-ups taken on the provider's own PIN pads.
    provider = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("National Crime Agency", trust=tg.Trust.PARTNER):
    # Where the AML officer files suspicious activity reports.
    nca = tm.add(tg.ExternalService("SAR online portal"))

with tm.boundary("Chain cloud account", trust=tg.Trust.INTERNAL):
    # Runs the cashless cards: balances, top-ups, redemptions and payouts.
    platform = tm.add(tg.Service("Cashless card platform"))
    # The record of every card movement.
    ledger = tm.add(
        tg.DataStore(
            "Card ledger database",
            stores={ledger_entries},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds rolling per-member activity features from the ledger.
    feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Serves member features to scoring and snapshots them for training.
    feature_store = tm.add(tg.FeatureStore("Member feature store", stores={features}, online=True))
    # Scores each transaction and holds flagged payouts until a manager acts.
    scorer = tm.add(
        tg.Service(
            "Transaction scoring service",
            controls={
                c.HumanInTheLoop(
                    approver="hall duty manager",
                    note="flagged payouts only; flagged top-ups and redemptions go through",
                )
            },
        )
    )
    # Gradient-boosted classifier; a score over the threshold flags the transaction.
    model = tm.add(
        tg.Model(
            "Fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Flags, reviews, AML notes and outcomes.
    case_db = tm.add(tg.DataStore("Case database", stores={cases, outcomes}))
    # Web app where managers review held payouts and the AML officer works cases.
    review_app = tm.add(
        tg.Endpoint(
            "Case review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(note="managers see their own hall; the AML officer sees all"),
                c.AuditLogging(retention_days=1825),
            },
        )
    )
    # Monthly retrain on the AML officer's outcomes and feature snapshots.
    retrain = tm.add(
        tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds trained models; scoring loads a pinned version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Duty manager in each hall: releases or refuses held payouts.
    manager = tm.add(tg.Actor("Hall duty manager", role="manager"))
    # Nominated officer for anti-money-laundering; decides on reports.
    aml_officer = tm.add(tg.Actor("AML officer", role="compliance", privileged=True))

# ---------------------------------------------------------------- flows
# On the hall floor
tm.flow(player, kiosks, card_request, label="top-up, voucher or payout")
tm.flow(kiosks, player, card_result)
tm.flow(kiosks, platform, card_request, protocol="https")
tm.flow(platform, kiosks, card_result, protocol="https")

# Card top-ups
tm.flow(platform, provider, auth_request, protocol="https")
tm.flow(provider, platform, auth_result, protocol="https")

# Ledger and features
tm.flow(platform, ledger, ledger_entries)
tm.flow(ledger, feature_job, ledger_entries)
tm.flow(feature_job, feature_store, features)

# Scoring
tm.flow(platform, scorer, score_request)
tm.flow(feature_store, scorer, features, label="online lookup")
tm.flow(scorer, model, features)
tm.flow(model, scorer, score)
tm.flow(scorer, platform, decision)
tm.flow(scorer, case_db, cases)

# Review
tm.flow(case_db, review_app, cases)
tm.flow(review_app, case_db, release, outcomes)
tm.flow(review_app, manager, cases, protocol="https")
tm.flow(manager, review_app, release, protocol="https")
tm.flow(review_app, aml_officer, cases, protocol="https")
tm.flow(aml_officer, review_app, outcomes, protocol="https")
tm.flow(review_app, platform, release, label="release or refuse held payout")
tm.flow(aml_officer, nca, sar, protocol="https")

# Retraining
tm.flow(case_db, retrain, outcomes)
tm.flow(feature_store, retrain, features, label="offline snapshot")
tm.flow(retrain, registry, weights)
tm.flow(registry, model, weights, label="deploy pinned version")
