"""Pawnbroker pledged-item valuation and stolen-goods matching: the first design.

A UK pawnbroking chain adds a valuation aid to its branch counters. Counter staff
photograph each pledged item on a branch tablet and key in its description,
serials and the customer's ID details. A cloud pledge service asks an in-house
vision model for a suggested valuation (using a vendor's live bullion prices) and
an open-weights image model ranks matches against a nightly mirror of the police
stolen-goods register. Staff see both and decide the loan amount themselves;
possible matches go to head-office compliance, who report to the police.
Past pledges and their sale prices retrain the valuation model monthly.
Controls: per-staff sign-in on the tablet app, HTTPS, role-based access and
encryption at rest on pledge records, audit logging, staff set every loan.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pawnbroker pledged-item valuation and stolen-goods matching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Vision models suggest a loan valuation for pledged items and match them "
        "against the police stolen-goods register; counter staff decide the loan."
    ),
)

# ---------------------------------------------------------------- data assets
pledger_identity = tg.Data(
    "Pledger identity details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, date of birth and the ID document number, as the law requires.",
)
item_photos = tg.Data(
    "Pledged item photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Several photos per item, including hallmarks and engraved serials.",
)
item_details = tg.Data(
    "Item description and serial numbers",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
loan_offer = tg.Data("Loan offer", kind="records", sensitivity=tg.Sensitivity.PII)
loan_decision = tg.Data(
    "Loan decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The amount staff agree with the customer, or a refusal.",
)
market_prices = tg.Data(
    "Bullion and second-hand market prices", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
valuation = tg.Data(
    "Suggested valuation", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
photo_embeddings = tg.Data(
    "Item photo embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
register_entries = tg.Data(
    "Stolen-goods register entries",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Descriptions, serials and photos of items reported stolen.",
)
register_embeddings = tg.Data(
    "Register item embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
possible_match = tg.Data(
    "Possible stolen-goods match",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Top register candidates with similarity scores, tied to the pledge and pledger.",
)
match_review = tg.Data("Match review outcome", kind="records", sensitivity=tg.Sensitivity.PII)
police_report = tg.Data(
    "Suspected stolen item report", kind="records", sensitivity=tg.Sensitivity.PII
)
pledge_record = tg.Data(
    "Pledge record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Pledger, item, valuation, loan terms and later redemption or sale price.",
)
training_set = tg.Data(
    "Past pledges with realised sale prices",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
valuation_weights = tg.Data(
    "Valuation model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop counter", trust=tg.Trust.UNTRUSTED):
    # Walk-in customers; anyone can pledge an item, including someone selling stolen goods.
    customer = tm.add(tg.Actor("Pledging customer", role="customer"))

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Staff take the item, photograph it and make the loan decision.
    staff = tm.add(tg.Actor("Counter staff", role="branch staff"))
    # Managed tablets at each counter, running the pledge app and taking the photos.
    tablet = tm.add(
        tg.Device(
            "Branch counter tablet",
            fleet=True,
            description="Company-issued tablets running the pledge app; camera used for item photos.",
        )
    )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # The API the branch app calls; the only way in from the branches.
    pledge_api = tm.add(
        tg.Endpoint(
            "Pledge API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-staff username and password in the tablet app")},
        )
    )
    # Orchestrates a pledge: stores it, asks both models, shows the results to staff.
    pledge_service = tm.add(
        tg.Service(
            "Pledge service",
            description="Records each pledge, gathers the suggested valuation and register matches.",
            controls={
                c.HumanInTheLoop(
                    approver="counter staff",
                    note="staff set the loan amount; the model's valuation is a suggestion",
                ),
                c.AuditLogging(note="who valued, lent and overrode what, per pledge"),
            },
        )
    )
    # Suggests what the item would fetch at sale, from photos, description and prices.
    valuation_model = tm.add(
        tg.Model(
            "Item valuation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Fine-tuned vision model plus price features; advisory valuation in GBP.",
        )
    )
    # Embeds item photos so they can be compared with the register's photos.
    match_model = tm.add(
        tg.Model(
            "Stolen-goods match model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights image embedding model; ranks register items by similarity.",
        )
    )
    # Local, searchable copy of the police register, refreshed every night.
    register_mirror = tm.add(
        tg.VectorStore("Register mirror", stores={register_entries, register_embeddings})
    )
    # Pulls the register and embeds its photos.
    register_sync = tm.add(tg.Pipeline("Nightly register sync job", stage=tg.Stage.INGESTION))
    # System of record for pledges, which pawnbrokers must keep for years.
    pledge_db = tm.add(
        tg.DataStore(
            "Pledge records database",
            stores={pledge_record, pledger_identity, item_details},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage for the item photos.
    photo_store = tm.add(tg.DataStore("Item photo bucket", stores={item_photos}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly retraining of the valuation model on sold items.
        training = tm.add(tg.Pipeline("Monthly valuation retraining", stage=tg.Stage.TRAINING))
        # Holds valuation model versions for deployment.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={valuation_weights}))

with tm.boundary("Police register operator", trust=tg.Trust.PARTNER):
    # The national stolen-goods register dealers search and report to.
    police_register = tm.add(
        tg.ExternalService("Police stolen-goods register", provides="data-provider")
    )

with tm.boundary("Market data vendor", trust=tg.Trust.PARTNER):
    # Live gold, silver and second-hand electronics prices.
    price_feed = tm.add(
        tg.DataSource("Market price feed", origin=tg.Origin.VENDOR, provides={market_prices})
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Reviews possible matches and reports suspected stolen goods to the police.
    compliance = tm.add(tg.Actor("Compliance officer", role="compliance"))

# ---------------------------------------------------------------- flows
tm.flow(
    customer, staff, pledger_identity, item_details, label="item and ID handed over at the counter"
)
tm.flow(staff, customer, loan_offer, label="loan offered in person at the counter")
tm.flow(
    staff,
    tablet,
    item_photos,
    item_details,
    pledger_identity,
    loan_decision,
    label="photographed and keyed in",
)
tm.flow(tablet, staff, valuation, possible_match, label="shown on the tablet")

tm.flow(
    tablet, pledge_api, item_photos, item_details, pledger_identity, loan_decision, protocol="https"
)
tm.flow(pledge_api, tablet, valuation, possible_match, protocol="https")
tm.flow(pledge_api, pledge_service, item_photos, item_details, pledger_identity, loan_decision)
tm.flow(pledge_service, pledge_api, valuation, possible_match)

tm.flow(pledge_service, photo_store, item_photos)
tm.flow(pledge_service, pledge_db, pledge_record)
tm.flow(pledge_db, pledge_service, pledge_record)
tm.flow(price_feed, pledge_service, market_prices, protocol="https")

tm.flow(pledge_service, valuation_model, item_photos, item_details, market_prices)
tm.flow(valuation_model, pledge_service, valuation)
tm.flow(pledge_service, match_model, item_photos)
tm.flow(match_model, pledge_service, photo_embeddings)
tm.flow(
    pledge_service,
    register_mirror,
    photo_embeddings,
    item_details,
    label="similarity and serial search",
)
tm.flow(register_mirror, pledge_service, register_entries, label="candidate register items")

tm.flow(
    police_register,
    register_sync,
    register_entries,
    protocol="https",
    label="nightly download",
    controls={c.Authentication(method="dealer API key issued by the register operator")},
)
tm.flow(register_sync, match_model, register_entries, label="register photos to embed")
tm.flow(match_model, register_sync, register_embeddings)
tm.flow(register_sync, register_mirror, register_entries, register_embeddings)

tm.flow(pledge_service, compliance, possible_match, protocol="https", label="review queue")
tm.flow(compliance, pledge_service, match_review, protocol="https")
tm.flow(
    compliance, police_register, police_report, protocol="https", label="report via register portal"
)

tm.flow(pledge_db, training, training_set, label="monthly export")
tm.flow(photo_store, training, item_photos, label="monthly export")
tm.flow(training, registry, valuation_weights)
tm.flow(registry, valuation_model, valuation_weights, label="deploy")
