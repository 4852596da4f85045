"""Car rental return damage inspection: the first design, before any security review.

At each branch, returning cars drive through a scanning arch that photographs the
whole body. The arch vendor hosts an inspection service, the photo store and a
vision model that compares the return photos with the photos taken at pick-up
and flags new damage. Flagged damage appears on the counter agent's review app;
once the agent confirms it, our charging service charges the customer's saved
card through the payment provider, automatically up to a set amount per claim.
The customer gets the photos and the charge by e-mail and can dispute it in the
customer app; disputes go to the claims team, who can refund. Customer data and
card tokens stay in our rental database (card numbers stay with the provider).
The vendor was assessed at procurement and encrypts its photo store; the app
needs an e-mail and password; staff tools are role-based; charges are audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car rental return damage inspection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="A vendor-hosted vision model flags new damage on returned cars; "
    "confirmed damage is charged to the customer's card, disputes go to claims.",
)

# ---------------------------------------------------------------- data assets
vehicle_photos = tg.Data(
    "Vehicle photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Pick-up and return photos of the car, with the number plate and, "
    "through the windscreen, often the driver.",
)
photo_pair = tg.Data("Pick-up and return photo pair", kind="media", sensitivity=tg.Sensitivity.PII)
damage_flags = tg.Data(
    "Damage flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Location, type and confidence of each suspected new damage.",
)
inspection_result = tg.Data(
    "Inspection result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Damage flags with photo crops, linked to the rental agreement number.",
)
confirmed_damage = tg.Data(
    "Agent-confirmed damage",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
rental_agreement = tg.Data(
    "Rental agreement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Customer name, contact details, licence number, vehicle and dates.",
)
card_token = tg.Data(
    "Saved card token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The payment provider's token for the card given at pick-up.",
)
charge_request = tg.Data(
    "Damage charge request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
charge_result = tg.Data("Charge result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
damage_notice = tg.Data(
    "Damage notice e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the damage, the amount charged and a link to dispute.",
)
app_login = tg.Data("Customer app login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
dispute = tg.Data(
    "Damage dispute",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The customer's reasons, with their own photos attached.",
)
claim_view = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
claim_outcome = tg.Data(
    "Claim outcome",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Upheld, reduced or refunded, with the refund amount.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The renter, who receives the photos and may dispute the charge.
    customer = tm.add(tg.Actor("Rental customer", role="customer"))

with tm.boundary("Branch return lane", trust=tg.Trust.INTERNAL):
    # Drive-through camera arch at each branch, supplied and managed by the vendor.
    arch = tm.add(
        tg.Device(
            "Scanning arch",
            fleet=True,
            description="Camera arch with plate reader; uploads each pass over the branch's 4G router.",
        )
    )
    # Our staff at the return counter who confirm or reject each flag.
    counter_agent = tm.add(tg.Actor("Counter agent", role="branch staff"))
    # Tablet web app the counter agent uses to review flagged damage.
    review_app = tm.add(
        tg.Service(
            "Counter damage review app",
            controls={c.Authentication(method="branch staff SSO")},
        )
    )

with tm.boundary("Arch vendor cloud", trust=tg.Trust.PARTNER):
    # Vendor's service that matches return passes to pick-up passes and runs the model.
    inspection = tm.add(
        tg.Service(
            "Vendor inspection service",
            controls={c.SupplierAssessment(note="security questionnaire at procurement")},
        )
    )
    # Vendor's damage detection model comparing the two sets of photos.
    damage_model = tm.add(
        tg.Model(
            "Damage detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Vendor-trained vision model; flags scratches, dents and cracks new since pick-up.",
        )
    )
    # Every pick-up and return photo, kept for the vendor's agreed retention period.
    photo_store = tm.add(
        tg.DataStore(
            "Vehicle photo store",
            stores={vehicle_photos},
            controls={c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )

with tm.boundary("Rental company cloud", trust=tg.Trust.INTERNAL):
    # Charges confirmed damage to the saved card, and refunds after claims.
    charging = tm.add(
        tg.Service(
            "Damage charging service",
            controls={
                c.HumanInTheLoop(approver="counter agent confirms each flag"),
                c.TransactionLimits(limit="EUR 450 per damage claim"),
                c.Contestability(note="customer disputes in the app; the claims team reviews"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Rental agreements, customer contact details and card tokens.
    rental_db = tm.add(
        tg.DataStore(
            "Rental database",
            stores={rental_agreement, card_token},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Back end of the customer app, where customers see photos and dispute.
    app_api = tm.add(
        tg.Endpoint(
            "Customer app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Case tool where disputes queue for the claims team.
    claims_tool = tm.add(tg.Service("Claims case tool", controls={c.RBAC()}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Claims handlers who decide disputes.
    claims_team = tm.add(tg.Actor("Claims handler", role="claims team"))

with tm.boundary("Service providers", trust=tg.Trust.PARTNER):
    # Card acquirer that holds the card numbers and charges the tokens.
    payments = tm.add(tg.ExternalService("Payment provider"))
    # Transactional e-mail service that sends the damage notices.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

# ---------------------------------------------------------------- flows
tm.flow(arch, inspection, vehicle_photos, protocol="https")
tm.flow(inspection, photo_store, vehicle_photos)
tm.flow(photo_store, inspection, vehicle_photos, label="pick-up photos")
tm.flow(inspection, damage_model, photo_pair)
tm.flow(damage_model, inspection, damage_flags)

tm.flow(inspection, review_app, inspection_result, protocol="https")
tm.flow(review_app, counter_agent, inspection_result, label="on the counter tablet")
tm.flow(counter_agent, review_app, confirmed_damage, label="confirms on the counter tablet")
tm.flow(review_app, charging, confirmed_damage, protocol="https")

tm.flow(charging, rental_db, charge_result)
tm.flow(rental_db, charging, rental_agreement, card_token)
tm.flow(charging, payments, charge_request, card_token, protocol="https")
tm.flow(payments, charging, charge_result, protocol="https")

tm.flow(charging, mailer, damage_notice, protocol="https")
tm.flow(mailer, customer, damage_notice, protocol="smtp")

tm.flow(customer, app_api, app_login, dispute, protocol="https")
tm.flow(app_api, customer, vehicle_photos, claim_view, protocol="https")
tm.flow(photo_store, app_api, vehicle_photos, protocol="https")
tm.flow(rental_db, app_api, rental_agreement)
tm.flow(app_api, claims_tool, dispute)
tm.flow(claims_tool, app_api, claim_view)

tm.flow(photo_store, claims_tool, vehicle_photos, protocol="https")
tm.flow(claims_tool, claims_team, dispute, vehicle_photos, protocol="https")
tm.flow(claims_team, claims_tool, claim_outcome, protocol="https")
tm.flow(claims_tool, charging, claim_outcome)
