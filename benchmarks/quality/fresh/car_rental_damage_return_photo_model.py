"""Vehicle damage detection at return: the first design, before any security review.

Branch staff photograph every car at pick-up and again at return on a managed
inspection tablet (a guided capture of eight fixed angles). The photos and the
inspection record go over HTTPS to an inspection API in our cloud VPC, which files
them in a photo store next to the rental agreement they belong to. At return, a
damage claims service sends the pick-up and return photo pairs to an in-house
computer-vision model that marks new damage with a confidence score, prices the
damage from the repair tariff and opens a damage case. Cases up to EUR 250 are
charged straight to the customer's saved card through our payment provider; larger
ones wait for a damage assessor in the claims office. Customers get an e-mail and
can view the photos and dispute a charge on the customer damage portal. Assessor
decisions are kept as labels for the monthly retraining of the model. Staff sign in
with corporate SSO; the portal uses the booking reference and surname; stores are
encrypted with cloud KMS keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vehicle damage detection at return",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Compares pick-up and return photos of rental cars to find new damage "
    "and raise damage charges to the renter's card.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Vehicle photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Eight angles per inspection; number plates and sometimes people in frame.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
inspection = tg.Data(
    "Inspection record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Agreement number, mileage, fuel level, time, branch and staff member.",
)
agreement = tg.Data(
    "Rental agreement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Renter's name, contact details, vehicle, dates and damage waiver.",
)
card_token = tg.Data(
    "Saved card token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The payment provider's token for the renter's card, taken at pick-up.",
)
findings = tg.Data(
    "Damage findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="New-damage regions, damage type and confidence per photo pair.",
)
damage_case = tg.Data(
    "Damage case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Findings, repair tariff lines, charge amount and status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
assessor_decision = tg.Data(
    "Assessor decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
charge_request = tg.Data("Damage charge request", kind="records", sensitivity=tg.Sensitivity.PII)
charge_result = tg.Data("Charge result", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
damage_notice = tg.Data("Damage notice e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
damage_report = tg.Data(
    "Damage report with photos", kind="documents", sensitivity=tg.Sensitivity.PII
)
dispute = tg.Data(
    "Customer dispute",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The renter's explanation and any photos of their own.",
)
labels = tg.Data(
    "Damage labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Assessor-confirmed or rejected damage regions on photo pairs.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Damage model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the comparison model.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The renter: receives the damage notice and may dispute it.
    customer = tm.add(tg.Actor("Renter", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Charges the saved card token; we never see card numbers.
    psp = tm.add(tg.ExternalService("Payment service provider"))

with tm.boundary("Rental branches", trust=tg.Trust.INTERNAL):
    # Counter and lot staff who walk round the car with the tablet.
    branch_staff = tm.add(tg.Actor("Branch staff", role="branch agent"))
    # Managed tablets at each branch running the guided photo-capture app.
    tablet = tm.add(
        tg.Device(
            "Inspection tablet",
            fleet=True,
            description="MDM-managed Android tablets running the capture app.",
        )
    )

with tm.boundary("Damage platform VPC", trust=tg.Trust.INTERNAL):
    # Receives inspections from the tablets and files them.
    inspection_api = tm.add(
        tg.Endpoint(
            "Inspection API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) on managed tablets")},
        )
    )
    # Object storage for every inspection's photos and records.
    photo_store = tm.add(
        tg.DataStore(
            "Vehicle photo store",
            stores={photos, inspection},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Compares pick-up and return photos and marks new damage.
    damage_model = tm.add(
        tg.Model(
            "Damage comparison model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Siamese CNN over aligned photo pairs; flags regions with new damage.",
        )
    )
    # Runs the comparison at return, prices damage and raises the charge.
    claims_service = tm.add(
        tg.Service(
            "Damage claims service",
            description="Opens a damage case from the model's findings, prices it from the "
            "repair tariff and charges the saved card.",
            controls={
                c.HumanInTheLoop(
                    approver="damage assessor",
                    above="EUR 250 per damage case",
                ),
                c.Contestability(note="renters can dispute a charge on the damage portal"),
            },
        )
    )
    # Damage cases and their status, disputes included.
    case_db = tm.add(
        tg.DataStore(
            "Damage case database",
            stores={damage_case, dispute, assessor_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where renters see the damage report and dispute a charge.
    portal = tm.add(
        tg.Endpoint(
            "Customer damage portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="booking reference and surname")},
        )
    )

with tm.boundary("Reservation platform", trust=tg.Trust.INTERNAL):
    # The existing reservation system of record: agreements and card tokens.
    rental_db = tm.add(
        tg.DataStore(
            "Rental agreement database",
            stores={agreement, card_token},
            controls={c.EncryptionAtRest(key_management="database TDE")},
        )
    )

with tm.boundary("Claims office", trust=tg.Trust.INTERNAL):
    # Reviews larger damage cases and disputes.
    assessor = tm.add(tg.Actor("Damage assessor", role="claims staff"))
    # Back-office web app for reviewing cases side by side with the photos.
    console = tm.add(
        tg.Service(
            "Claims review console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Photo pairs with assessor labels, for retraining.
    label_set = tm.add(tg.Dataset("Labelled damage photo set", stores={photos, labels}))
    # Monthly retraining job.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Holds released checkpoints that serving loads.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

# ---------------------------------------------------------------- flows
# Capture at pick-up and at return.
tm.flow(branch_staff, tablet, photos, inspection, label="photographs the car at the bay")
tm.flow(tablet, inspection_api, photos, inspection, protocol="https")
tm.flow(rental_db, inspection_api, agreement, label="agreement lookup")
tm.flow(inspection_api, photo_store, photos, inspection)

# Comparison at return.
tm.flow(photo_store, claims_service, photos, inspection, label="pick-up and return pair")
tm.flow(claims_service, damage_model, photos)
tm.flow(damage_model, claims_service, findings)
tm.flow(rental_db, claims_service, agreement, card_token)
tm.flow(claims_service, case_db, damage_case)
tm.flow(case_db, claims_service, damage_case, assessor_decision)

# Assessor review of larger cases and disputes.
tm.flow(case_db, console, damage_case, dispute)
tm.flow(photo_store, console, photos)
tm.flow(console, assessor, damage_case, photos, protocol="https")
tm.flow(assessor, console, assessor_decision, protocol="https")
tm.flow(console, case_db, assessor_decision)

# Charging the card.
tm.flow(claims_service, psp, charge_request, card_token, protocol="https")
tm.flow(psp, claims_service, charge_result, protocol="https")

# Telling the renter, and disputes.
tm.flow(claims_service, customer, damage_notice, protocol="smtp")
tm.flow(case_db, portal, damage_case)
tm.flow(photo_store, portal, photos)
tm.flow(portal, customer, damage_report, protocol="https")
tm.flow(customer, portal, dispute, protocol="https")
tm.flow(portal, case_db, dispute)

# Retraining from assessor decisions.
tm.flow(console, label_set, labels)
tm.flow(photo_store, label_set, photos, label="monthly export")
tm.flow(label_set, training, photos, labels)
tm.flow(training, registry, weights)
tm.flow(registry, damage_model, weights, label="deploy")
