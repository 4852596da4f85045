"""Parcel damage claims with photo assessment: the first design, before any security review.

Senders whose parcel arrived damaged open a claim in our customer portal: they sign
in to their courier account, enter the tracking number, describe the damage, give
the bank account for the payout and upload photos of the parcel and its contents.
A claims assessment service in our cloud account fetches the shipment record
(declared value, service level) from the shipment tracking system, runs an in-house
vision model over the photos to grade the damage, and applies the liability tariff
to suggest a payout. Claims handlers in the contact centre review each claim in a
claims console, see the photos, the damage grade and the suggested amount, and
approve or change the payout; every payout is approved by a handler before the
payout service sends it to our payment provider. Handler decisions and photos
become the labelled set the model is retrained on monthly. Senders and parcels are
in the EU. Photos and claims are encrypted at rest; the console uses company SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parcel damage claim assessment",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Senders upload photos of damaged parcels; a model grades the damage "
    "and suggests a payout that a claims handler approves.",
)

# ---------------------------------------------------------------- data assets
claim_form = tg.Data(
    "Claim form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tracking number, damage description, sender name, address and e-mail.",
)
bank_details = tg.Data(
    "Payout bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="IBAN and account holder name the payout goes to.",
)
photos = tg.Data(
    "Damage photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Sender photos of the parcel and contents; labels show names and addresses.",
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
claim_record = tg.Data(
    "Claim record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
shipment = tg.Data(
    "Shipment record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Sender and recipient, declared value, service level, scan history.",
)
tariff = tg.Data(
    "Liability tariff",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
damage_grade = tg.Data(
    "Damage assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Damage class per photo with confidence scores.",
)
suggested_payout = tg.Data(
    "Suggested payout", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
handler_decision = tg.Data(
    "Handler decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approved amount, corrected damage grade and reason.",
)
payout_instruction = tg.Data(
    "Payout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Damage model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint (.pt).",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can create a courier account and open a claim against a tracking number.
    sender = tm.add(tg.Actor("Sender", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # The bank-transfer provider we already use for refunds pays out approved claims.
    payment_provider = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="SEPA credit transfers to the sender's bank account.",
        )
    )

with tm.boundary("Claims cloud account", trust=tg.Trust.INTERNAL):
    # The public face of the claims process: claim form, photo upload, status page.
    portal = tm.add(
        tg.Endpoint(
            "Claims portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="customer account e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="JPEG/PNG/HEIC only, max 10 MB per photo, 10 photos"),
            },
        )
    )
    # Object storage bucket for the uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Claim photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The claims case database: forms, bank details, model output, decisions.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim_record, bank_details, suggested_payout, handler_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Orchestrates an assessment: gathers photos and shipment data, calls the model,
    # applies the tariff, writes the suggestion.
    assessor = tm.add(
        tg.Service(
            "Claims assessment service",
            description="Payout = tariff(damage grade, declared value, service level).",
        )
    )
    # Vision model grading damage from photos; its grade drives the suggested amount.
    damage_model = tm.add(
        tg.Model(
            "Parcel damage model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned CNN: no damage / cosmetic / contents damaged / destroyed.",
        )
    )
    # Tariff table the liability rules read from.
    tariff_store = tm.add(tg.DataStore("Liability tariff table", stores={tariff}))
    # Pays approved claims out through the payment provider.
    payout_service = tm.add(
        tg.Service(
            "Payout service",
            controls={c.AuditLogging(retention_days=365)},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly retraining on handler-confirmed claims.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="accuracy on a held-out month of claims")},
            )
        )
        # Where model versions are kept and served from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Logistics core systems", trust=tg.Trust.INTERNAL):
    # Existing system of record for shipments; the assessment only reads it.
    tracking = tm.add(tg.DataStore("Shipment tracking system", stores={shipment}))

with tm.boundary("Contact centre", trust=tg.Trust.INTERNAL):
    # Staff who decide claims.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))
    # Internal web app for working the claims queue and approving payouts.
    console = tm.add(
        tg.Service(
            "Claims console",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="claims handler"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Sender opens a claim and follows it.
tm.flow(sender, portal, claim_form, bank_details, photos, protocol="https", controls={tls})
tm.flow(portal, sender, claim_status, protocol="https", controls={tls})
tm.flow(portal, photo_store, photos)
tm.flow(portal, claims_db, claim_record, bank_details)
tm.flow(claims_db, portal, claim_status, label="status page")
tm.flow(portal, assessor, claim_record, label="new claim event")

# Assessment.
tm.flow(photo_store, assessor, photos)
tm.flow(tracking, assessor, shipment, label="lookup by tracking number")
tm.flow(tariff_store, assessor, tariff)
tm.flow(assessor, damage_model, photos)
tm.flow(damage_model, assessor, damage_grade)
tm.flow(assessor, claims_db, damage_grade, suggested_payout)

# Handler review and payout.
tm.flow(claims_db, console, claim_record, suggested_payout, damage_grade)
tm.flow(photo_store, console, photos)
tm.flow(console, handler, claim_record, photos, suggested_payout, protocol="https")
tm.flow(handler, console, handler_decision, protocol="https")
tm.flow(console, claims_db, handler_decision)
tm.flow(console, payout_service, payout_instruction, label="approved payout")
tm.flow(payout_service, payment_provider, payout_instruction, protocol="https", controls={tls})
tm.flow(payment_provider, payout_service, payment_confirmation, protocol="https")
tm.flow(payout_service, claims_db, payment_confirmation)

# Retraining.
tm.flow(claims_db, training, handler_decision, label="confirmed grades")
tm.flow(photo_store, training, photos)
tm.flow(training, registry, weights)
tm.flow(registry, damage_model, weights, label="deploy")
