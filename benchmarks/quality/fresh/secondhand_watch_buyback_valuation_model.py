"""Pre-owned watch buyback valuation: the first design, before any security review.

A UK online dealer in pre-owned luxury watches buys watches from the public. A seller
enters the model, reference and serial number on the buyback site and uploads photos;
a buyback service runs an in-house valuation model over the photos, the watch details
and recent auction and dealer prices, checks the serial number against a commercial
stolen-watch registry, and shows the seller an offer. A seller who accepts ships the
watch to the dealer's workshop, where an authenticator inspects it and records an
authentication and condition report; only then does the authenticator release the
payment, which a payout service sends to the seller's bank. The model is retrained
monthly from past buybacks and inspection outcomes and kept in a model registry.
Controls: seller accounts with e-mail and password, rate limits and upload checks on
the site, TLS on external links, encrypted seller data, staff SSO with MFA and roles,
the registry API key in a vault, versioned models, and the authenticator's release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pre-owned watch buyback valuation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Instant buyback offers for pre-owned watches, paid after inspection.",
)

# ---------------------------------------------------------------- data assets
watch_photos = tg.Data(
    "Watch photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Seller's photos of the dial, case back, movement and papers.",
)
watch_details = tg.Data(
    "Watch model and serial number",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Brand, model, reference, serial number, year, box and papers.",
)
serial_query = tg.Data(
    "Serial number lookup", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
registry_result = tg.Data(
    "Stolen-watch registry result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
seller_details = tg.Data(
    "Seller account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, e-mail, phone.",
)
bank_details = tg.Data(
    "Seller bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
market_prices = tg.Data(
    "Auction and dealer sale prices",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Recent hammer prices and dealer listings per reference.",
)
valuation = tg.Data(
    "Estimated watch value", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
offer = tg.Data(
    "Buyback offer",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
acceptance = tg.Data("Offer acceptance", kind="records", sensitivity=tg.Sensitivity.PII)
inspection = tg.Data(
    "Authentication and condition report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_release = tg.Data(
    "Payment release",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
payout_instruction = tg.Data(
    "Seller payout instruction", kind="records", sensitivity=tg.Sensitivity.PII
)
payout_status = tg.Data("Payout status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sales_history = tg.Data(
    "Historical buyback sales",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past submissions with photos, inspected condition and final prices.",
)
model_artifact = tg.Data(
    "Valuation model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch image encoder checkpoint and a LightGBM price model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public selling a watch; some will try to sell stolen or fake ones.
    seller = tm.add(tg.Actor("Watch seller", role="private seller"))

with tm.boundary("Registry provider", trust=tg.Trust.PARTNER):
    # Commercial register of watches reported lost or stolen, queried by serial number.
    stolen_registry = tm.add(
        tg.ExternalService(
            "Stolen-watch registry",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Paid API; returns whether a serial number is reported lost or stolen.",
        )
    )

with tm.boundary("Price data vendor", trust=tg.Trust.PARTNER):
    # Market evidence the model prices against, and part of its training data.
    price_feed = tm.add(
        tg.DataSource(
            "Auction price feed",
            origin=tg.Origin.VENDOR,
            provides={market_prices},
            description="Daily file of auction results and dealer listings.",
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The dealer's bank, which sends Faster Payments to sellers.
    bank = tm.add(tg.ExternalService("Dealer's bank"))

with tm.boundary("Dealer cloud", trust=tg.Trust.INTERNAL):
    # Public sell-your-watch site and API: submissions, offers, acceptances.
    buyback_api = tm.add(
        tg.Endpoint(
            "Buyback site API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="image type and size limits on photo uploads"),
            },
        )
    )
    # Runs the valuation and the registry check and turns the value into an offer.
    buyback_service = tm.add(
        tg.Service(
            "Buyback offer service",
            description="Calls the model, checks the registry, applies the dealer margin.",
            controls={c.SecretsManagement(note="registry API key in the cloud vault")},
        )
    )
    # The in-house model that values each watch from its photos and details.
    valuation_model = tm.add(
        tg.Model(
            "Watch valuation model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Image condition encoder plus a price regressor per reference.",
            controls={c.ModelVersioning()},
        )
    )

    with tm.boundary("Seller data", trust=tg.Trust.RESTRICTED):
        # Photos and details of every submitted watch.
        submissions = tm.add(
            tg.DataStore(
                "Submission store",
                stores={watch_photos, watch_details, registry_result},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Seller accounts, offers, acceptances and payout details.
        seller_db = tm.add(
            tg.DataStore(
                "Seller and offer database",
                stores={seller_details, bank_details, offer, acceptance, inspection, payout_status},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Past buybacks with their inspected condition and final price.
        sales_dataset = tm.add(
            tg.Dataset("Buyback sales dataset", stores={sales_history, market_prices})
        )
        # Monthly retraining of the valuation model.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Where trained versions wait to be deployed to serving.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Workshop network", trust=tg.Trust.INTERNAL):
    # Watchmaker who opens and inspects each watch when it arrives.
    authenticator = tm.add(tg.Actor("Authenticator", role="watch authenticator"))
    # Workshop app for inspection reports and the payment release.
    workbench = tm.add(
        tg.Service(
            "Authentication workbench",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )
    # Finance service that pays sellers once a watch has passed inspection.
    payouts = tm.add(
        tg.Service(
            "Seller payout service",
            controls={c.HumanInTheLoop(approver="the authenticator, after inspecting each watch")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# quote and offer
tm.flow(
    seller,
    buyback_api,
    watch_photos,
    watch_details,
    seller_details,
    protocol="https",
    controls={tls},
)
tm.flow(buyback_api, submissions, watch_photos, watch_details)
tm.flow(buyback_api, seller_db, seller_details)
tm.flow(buyback_api, buyback_service, watch_details, label="valuation request")
tm.flow(submissions, buyback_service, watch_photos, watch_details)
tm.flow(buyback_service, valuation_model, watch_photos, watch_details, market_prices)
tm.flow(valuation_model, buyback_service, valuation)
tm.flow(buyback_service, stolen_registry, serial_query, protocol="https", controls={tls})
tm.flow(stolen_registry, buyback_service, registry_result, protocol="https", controls={tls})
tm.flow(buyback_service, submissions, registry_result)
tm.flow(buyback_service, seller_db, offer)
tm.flow(buyback_service, buyback_api, offer)
tm.flow(buyback_api, seller, offer, protocol="https", controls={tls})
tm.flow(seller, buyback_api, acceptance, bank_details, protocol="https", controls={tls})
tm.flow(buyback_api, seller_db, acceptance, bank_details)

# market data and training
tm.flow(price_feed, sales_dataset, market_prices, protocol="sftp", label="daily file")
tm.flow(sales_dataset, buyback_service, market_prices, label="latest prices per reference")
tm.flow(sales_dataset, training, sales_history, market_prices)
tm.flow(training, registry, model_artifact)
tm.flow(registry, valuation_model, model_artifact, label="deploy")

# inspection and payment
tm.flow(seller_db, workbench, offer, acceptance)
tm.flow(submissions, workbench, watch_photos, watch_details, registry_result)
tm.flow(workbench, authenticator, watch_photos, watch_details, registry_result, offer)
tm.flow(authenticator, workbench, inspection, payment_release)
tm.flow(workbench, seller_db, inspection)
tm.flow(workbench, sales_dataset, inspection, label="inspected outcome for retraining")
tm.flow(workbench, payouts, payment_release)
tm.flow(seller_db, payouts, bank_details, offer)
tm.flow(payouts, bank, payout_instruction, protocol="https", controls={tls})
tm.flow(bank, payouts, payout_status, protocol="https", controls={tls})
tm.flow(payouts, seller_db, payout_status)
