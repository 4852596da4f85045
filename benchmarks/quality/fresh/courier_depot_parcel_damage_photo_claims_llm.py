"""Courier depot parcel damage claims with an LLM draft: the first design, before any security review.

At the depot and on rounds, drivers photograph damaged parcels on their handhelds;
the photos go with the damage scan to the depot operations system. Customers whose
parcel arrived damaged claim on the company website, giving the tracking number and
delivery postcode, a description, the parcel's value, their own photos and the bank
details for a payout. A claims drafting service gathers the claim, the parcel's scan
history, both sets of photos and the compensation policy, and asks a vendor-hosted
multimodal LLM to draft a decision and a compensation amount. A claims handler sees
the draft in the claims workbench (company SSO with MFA), approves or changes it, and
approved payouts go to the finance system, which pays them in its daily run through
the bank. Uploads are checked for file type and size; stores are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Courier depot parcel damage claims",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Driver and customer photos of damaged parcels feed an LLM that drafts a claim "
        "decision and compensation amount; a claims handler approves and finance pays."
    ),
)

# ---------------------------------------------------------------- data assets
driver_photos = tg.Data(
    "Driver damage photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the damaged parcel; the label shows the recipient's name and address.",
)
damage_scan = tg.Data(
    "Damage scan event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tracking number, depot, driver id, time and damage reason code.",
)
round_manifest = tg.Data(
    "Delivery round manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The parcels, recipients and addresses on the driver's round.",
)
scan_history = tg.Data(
    "Parcel scan history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Every scan of the parcel from collection to delivery, with depot and driver.",
)
claim_form = tg.Data(
    "Customer damage claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tracking number, name, e-mail, description of the damage and declared value.",
)
customer_photos = tg.Data(
    "Customer damage photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos the customer uploads of the parcel and its contents.",
)
bank_details = tg.Data(
    "Customer bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Account name, sort code and account number for the payout.",
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
policy = tg.Data(
    "Compensation policy",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Liability limits per service level, evidence rules and depreciation tables.",
)
claim_prompt = tg.Data(
    "Claim drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, policy extract, claim text, scan history and the photos.",
)
draft_decision = tg.Data(
    "Draft claim decision and compensation amount",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Accept, part-accept or reject, the amount, and the reasons given.",
)
handler_decision = tg.Data(
    "Handler claim decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
payout_instruction = tg.Data(
    "Approved payout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Claim reference, amount and payee name; finance reads the bank details from the claim.",
)
payment_run = tg.Data(
    "Daily payment run file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a tracking number and postcode can open a claim.
    customer = tm.add(tg.Actor("Customer", role="parcel recipient or sender"))

with tm.boundary("Delivery rounds and depot floor", trust=tg.Trust.UNTRUSTED):
    # Employed and self-employed drivers who find and photograph damaged parcels.
    driver = tm.add(tg.Actor("Driver", role="courier driver"))
    # Depot-issued handhelds, on the mobile network while out on rounds.
    handheld = tm.add(
        tg.Device("Driver handheld", fleet=True, description="Scanner phone with camera.")
    )

with tm.boundary("Courier cloud", trust=tg.Trust.INTERNAL):
    # Public claims pages: the form, photo upload and claim status.
    website = tm.add(
        tg.Endpoint(
            "Claims website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="tracking number and delivery postcode"),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Scans, rounds and damage reports from the depots.
    depot_ops = tm.add(
        tg.Service(
            "Depot operations system",
            controls={
                c.Authentication(method="driver's own ID and PIN on the depot-issued handheld")
            },
        )
    )
    # Object storage for driver and customer photos.
    photo_store = tm.add(
        tg.DataStore(
            "Claim photo store",
            stores={driver_photos, customer_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Claims, bank details, drafts and final decisions.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim_form, bank_details, draft_decision, handler_decision, claim_status},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The rules the handlers and the draft work from.
    policy_store = tm.add(tg.DataStore("Compensation policy documents", stores={policy}))
    # Builds the prompt for each new claim and stores the LLM's draft.
    drafting = tm.add(
        tg.Service(
            "Claim drafting service",
            description="Runs for each new claim once the parcel's photos and scans are in.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the photos and drafts the decision.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, no training on our data")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Where handlers review each claim with the draft next to the evidence.
    workbench = tm.add(
        tg.Endpoint(
            "Claims workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="claims handler"),
                c.AuditLogging(),
            },
        )
    )
    # Approves or changes the drafted decision and amount.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))
    # Finance package that runs the daily payout run.
    finance = tm.add(
        tg.Service(
            "Finance payouts system",
            description="Accounts payable module; runs the daily claim payment run.",
            controls={c.RBAC()},
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The company's bank, which makes the transfers.
    bank = tm.add(tg.ExternalService("Bank payment service"))

# ---------------------------------------------------------------- flows
tm.flow(driver, handheld, driver_photos, label="photographs damaged parcel")
tm.flow(handheld, depot_ops, driver_photos, damage_scan, protocol="https")
tm.flow(depot_ops, handheld, round_manifest, protocol="https")
tm.flow(depot_ops, photo_store, driver_photos)

tm.flow(customer, website, claim_form, customer_photos, bank_details, protocol="https")
tm.flow(website, customer, claim_status, protocol="https")
tm.flow(website, claims_db, claim_form, bank_details)
tm.flow(website, photo_store, customer_photos)
tm.flow(claims_db, website, claim_status)

tm.flow(claims_db, drafting, claim_form)
tm.flow(depot_ops, drafting, scan_history, protocol="https")
tm.flow(photo_store, drafting, driver_photos, customer_photos)
tm.flow(policy_store, drafting, policy)
tm.flow(drafting, llm, claim_prompt, protocol="https")
tm.flow(llm, drafting, draft_decision, protocol="https")
tm.flow(drafting, claims_db, draft_decision)

tm.flow(claims_db, workbench, claim_form, draft_decision, protocol="https")
tm.flow(photo_store, workbench, driver_photos, customer_photos, protocol="https")
tm.flow(
    workbench, handler, claim_form, draft_decision, driver_photos, customer_photos, protocol="https"
)
tm.flow(handler, workbench, handler_decision, protocol="https")
tm.flow(workbench, claims_db, handler_decision, claim_status, protocol="https")

tm.flow(claims_db, finance, bank_details, protocol="https")
tm.flow(workbench, finance, payout_instruction, protocol="https")
tm.flow(finance, bank, payment_run, protocol="sftp")
tm.flow(bank, finance, payment_confirmation, protocol="sftp")
tm.flow(finance, workbench, payment_confirmation, protocol="https")
