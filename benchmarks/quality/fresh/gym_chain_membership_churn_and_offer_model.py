"""Gym chain membership churn and retention offers: the first design, before review.

A chain of gyms in several EU countries wants to keep members who are about to
cancel. Card swipes at the turnstiles and class bookings made in the member app
land in the membership and booking service, and a nightly pipeline turns them
into per-member churn features in a feature store. A churn model scores every
member; for those above the threshold an offer model picks a retention offer
(free PT session, free month, discount on the next renewal). The offer engine
checks the remaining budget and sends the offer automatically as a push
notification through a push provider; nobody reviews individual offers.
The marketing manager sets the monthly offer budget on the offer engine's admin
page (company SSO). Models are retrained monthly from the feature store and kept
in a model registry. Everything runs in the company's cloud account; member
traffic uses TLS, the warehouse is encrypted at rest and spend is capped by the budget.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Gym chain membership churn and offer model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts member cancellations and sends budgeted retention offers by push notification.",
)

# ---------------------------------------------------------------- data assets
member_profile = tg.Data(
    "Member profile",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, contact details, home club, contract type and renewal date.",
)
swipes = tg.Data(
    "Visit swipe events",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Membership card number, club and time of each turnstile entry.",
)
bookings = tg.Data("Class bookings", sensitivity=tg.Sensitivity.PII, kind="records")
churn_features = tg.Data(
    "Member churn features",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Visit frequency trends, missed classes, tenure, contract and payment status.",
)
churn_score = tg.Data("Churn risk score", sensitivity=tg.Sensitivity.PII, kind="model-output")
offer_choice = tg.Data(
    "Chosen retention offer", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
offer_budget = tg.Data(
    "Monthly offer budget",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="EUR available per month, per country and per offer type.",
)
offer_ledger = tg.Data(
    "Offer ledger",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Which member got which offer, its cost and whether it was redeemed.",
)
notification = tg.Data(
    "Retention offer notification", sensitivity=tg.Sensitivity.PII, kind="records"
)
device_tokens = tg.Data("Push device tokens", sensitivity=tg.Sensitivity.PII, kind="records")
redemption = tg.Data("Offer redemption", sensitivity=tg.Sensitivity.PII, kind="records")
model_artifact = tg.Data(
    "Churn and offer model artifacts", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Gym members: book classes, receive and redeem offers in the member app.
    member = tm.add(tg.Actor("Gym member", role="member"))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Delivers notifications to the member app on iOS and Android.
    push = tm.add(
        tg.ExternalService(
            "Push notification service",
            provides=tg.ExternalCategory.GENERIC,
            controls={c.SupplierAssessment(note="standard vendor security questionnaire")},
        )
    )

with tm.boundary("Club network", trust=tg.Trust.INTERNAL):
    # Turnstile card readers at each club: the source of visit data.
    turnstiles = tm.add(
        tg.Device(
            "Turnstile card readers",
            fleet=True,
            description="Read the member's RFID card and post each entry to the booking service.",
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Sets the monthly offer budget; the only person who steers the offers.
    marketing = tm.add(tg.Actor("Marketing manager", role="marketing"))

with tm.boundary("Gym cloud account", trust=tg.Trust.INTERNAL):
    # Backend of the member app: sign-in, class booking, offer redemption.
    app_api = tm.add(
        tg.Endpoint(
            "Member app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # System of record for memberships, visits and bookings.
    booking = tm.add(
        tg.Service(
            "Membership and booking service",
            controls={c.RBAC()},
        )
    )
    # Member, visit and booking history the ML jobs read from.
    warehouse = tm.add(
        tg.DataStore(
            "Member data warehouse",
            stores={member_profile, swipes, bookings, offer_ledger},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Nightly job that builds the churn features per member.
    feature_job = tm.add(tg.Pipeline("Churn feature pipeline", stage=tg.Stage.PREPROCESSING))
    feature_store = tm.add(
        tg.FeatureStore("Member feature store", stores={churn_features}, online=False)
    )
    # Gradient-boosted classifier: probability that the member cancels within 60 days.
    churn_model = tm.add(
        tg.Model(
            "Churn prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Scores every active member nightly.",
        )
    )
    # Picks which offer a member at risk gets, from expected uplift and cost.
    offer_model = tm.add(
        tg.Model(
            "Retention offer model",
            task=tg.Task.RANKER,
            description="Ranks the offer catalogue per member by expected retention uplift per EUR.",
        )
    )
    # Applies the budget, records each offer and sends it without human review.
    offer_engine = tm.add(
        tg.Service(
            "Offer engine",
            description="Batch job plus an admin page where the budget is set.",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.TransactionLimits(
                    limit="monthly offer budget per country set by the marketing manager; one offer per member per 90 days"
                ),
            },
        )
    )
    # Holds the budget settings the engine spends against.
    budget_store = tm.add(tg.DataStore("Offer budget settings", stores={offer_budget}))
    # Monthly retraining of both models on the last year of history.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# visits and bookings
tm.flow(turnstiles, booking, swipes, protocol="https", controls={tls}, label="entry events")
tm.flow(member, app_api, bookings, redemption, protocol="https", controls={tls})
tm.flow(app_api, member, bookings, protocol="https", controls={tls}, label="booking confirmations")
tm.flow(app_api, booking, bookings, redemption)
tm.flow(booking, app_api, bookings, member_profile)
tm.flow(booking, warehouse, member_profile, swipes, bookings, label="hourly sync")

# features and scoring
tm.flow(warehouse, feature_job, member_profile, swipes, bookings, offer_ledger)
tm.flow(feature_job, feature_store, churn_features)
tm.flow(feature_store, churn_model, churn_features)
tm.flow(churn_model, offer_engine, churn_score)
tm.flow(offer_engine, offer_model, churn_score, churn_features, label="members above threshold")
tm.flow(feature_store, offer_model, churn_features)
tm.flow(offer_model, offer_engine, offer_choice)

# budget and sending
tm.flow(marketing, offer_engine, offer_budget, protocol="https", controls={tls}, label="admin page")
tm.flow(offer_engine, budget_store, offer_budget)
tm.flow(budget_store, offer_engine, offer_budget)
tm.flow(offer_engine, warehouse, offer_ledger)
tm.flow(booking, offer_engine, device_tokens, member_profile)
tm.flow(offer_engine, push, notification, device_tokens, protocol="https", controls={tls})
tm.flow(push, member, notification, protocol="https", controls={tls})
tm.flow(booking, warehouse, redemption, label="redeemed offers")

# retraining
tm.flow(feature_store, training, churn_features)
tm.flow(warehouse, training, offer_ledger, label="offer outcomes")
tm.flow(training, registry, model_artifact)
tm.flow(registry, churn_model, model_artifact, label="deploy")
tm.flow(registry, offer_model, model_artifact, label="deploy")
