"""Van hire return damage scan: the first design, before any security review.

Each depot has a drive-through scanner arch on its check-out and return lanes. The
arch photographs every van from all sides and reads its number plate, and uploads
the scan to our cloud ingest API with a per-arch API key. When a van comes back,
the damage assessment service matches the plate to the open rental in the booking
database, fetches that van's check-out scan and runs the in-house damage detection
model on both. New damage is priced from the repair rate card and saved as a
draft damage charge. Branch staff (corporate SSO with MFA) review each draft in
the damage review console; once they approve it, the console charges the hirer's
saved card through the payment provider and the hirer gets a damage notice with
the photos by e-mail. Staff decisions become labels for periodic retraining, and
the trained detector is published to a model registry from which serving loads it.
Stores are encrypted with the cloud provider's managed keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Van hire return damage scan",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drive-through scanner detects new damage on returned vans and drafts a damage charge.",
)

# ---------------------------------------------------------------- data assets
van_scan = tg.Data(
    "Van scan images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="All-round photos of the van at check-out or return; they show the number "
    "plate and sometimes the driver through the windscreen.",
)
scan_metadata = tg.Data(
    "Scan metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Depot, lane, time, direction (out or in) and the plate the arch read.",
)
rental = tg.Data(
    "Rental agreement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Hirer name, address, driving licence number, contact details, van and dates.",
)
card_token = tg.Data("Saved card token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
detections = tg.Data(
    "Damage detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Boxes, damage type and confidence per panel.",
)
rate_card = tg.Data("Repair rate card", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
draft_charge = tg.Data(
    "Draft damage charge",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
review_decision = tg.Data(
    "Damage review decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approve, edit or reject the draft, with the detections staff confirmed.",
)
charge_request = tg.Data("Damage charge request", kind="records", sensitivity=tg.Sensitivity.PII)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
damage_notice = tg.Data(
    "Damage charge notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The charge, the repair items and the before and after photos.",
)
labels = tg.Data(
    "Confirmed damage labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Damage detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The hirer: only hears about a charge, by e-mail.
    hirer = tm.add(tg.Actor("Hirer", role="customer"))

with tm.boundary(
    "Depot lanes",
    trust=tg.Trust.INTERNAL,
    description="Check-out and return lanes on the depot forecourt; customers drive through.",
):
    # Vendor-built camera arch with an onboard controller that reads plates and uploads scans.
    scanner = tm.add(
        tg.Device(
            "Return lane scanner arch",
            fleet=True,
            description="Camera arch with onboard plate reading; one per lane, vendor-maintained.",
        )
    )

with tm.boundary("Branch office network", trust=tg.Trust.INTERNAL):
    # Checks every drafted charge before any money is taken.
    staff = tm.add(tg.Actor("Branch staff", role="branch staff"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the hirers' cards; we keep only its tokens.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the damage notices to hirers.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Damage platform cloud", trust=tg.Trust.INTERNAL):
    # Receives scans from every depot's arches.
    ingest = tm.add(
        tg.Endpoint(
            "Scan ingest API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-arch API key")},
        )
    )
    # Pairs a return scan with its check-out scan, runs the detector and prices new damage.
    assessment = tm.add(
        tg.Service(
            "Damage assessment service",
            description="Finds the open rental by plate, compares return and check-out "
            "detections and drafts a damage charge from the rate card.",
        )
    )
    # In-house detector of scratches, dents and cracks per panel.
    detector = tm.add(
        tg.Model(
            "Damage detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Object detector over van photos; its findings drive what the hirer is charged.",
        )
    )
    # Where branch staff approve, edit or reject drafts and the charge is taken.
    console = tm.add(
        tg.Endpoint(
            "Damage review console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="branch staff member",
                    note="every drafted charge is approved before the card is charged",
                ),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Check-out and return photos for every rental.
        images = tm.add(
            tg.DataStore(
                "Vehicle image store",
                stores={van_scan, scan_metadata},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The firm's existing system of record for rentals and hirers.
        bookings = tm.add(
            tg.DataStore(
                "Rental booking database",
                stores={rental, card_token},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Repair prices per damage type and panel, kept by the fleet team.
        rates = tm.add(tg.DataStore("Repair rate card", stores={rate_card}))
        # Drafts, decisions and outcomes for every damage case.
        cases = tm.add(
            tg.DataStore(
                "Damage case store",
                stores={draft_charge, detections, review_decision, payment_result},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Photos with the damage staff confirmed or rejected.
        train_set = tm.add(tg.Dataset("Damage training set", stores={labels, van_scan}))
        # Periodic retraining of the detector.
        training = tm.add(
            tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versions of the detector that serving loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
tm.flow(scanner, ingest, van_scan, scan_metadata, protocol="https")
tm.flow(ingest, images, van_scan, scan_metadata)
tm.flow(ingest, assessment, scan_metadata, label="return scan arrived")

tm.flow(assessment, bookings, scan_metadata, label="open rental by plate")
tm.flow(bookings, assessment, rental)
tm.flow(images, assessment, van_scan, label="return and check-out scans")
tm.flow(assessment, detector, van_scan)
tm.flow(detector, assessment, detections)
tm.flow(rates, assessment, rate_card)
tm.flow(assessment, cases, draft_charge, detections)

tm.flow(cases, console, draft_charge, detections)
tm.flow(images, console, van_scan)
tm.flow(console, staff, draft_charge, van_scan, protocol="https")
tm.flow(staff, console, review_decision, protocol="https")
tm.flow(console, cases, review_decision, payment_result)

tm.flow(bookings, console, card_token, rental, label="hirer and saved card")
tm.flow(console, payments, charge_request, card_token, protocol="https")
tm.flow(payments, console, payment_result, protocol="https")
tm.flow(console, mailer, damage_notice, protocol="https")
tm.flow(mailer, hirer, damage_notice, protocol="smtp")

tm.flow(cases, train_set, labels, label="weekly export of decided cases")
tm.flow(images, train_set, van_scan, label="weekly export of decided cases")
tm.flow(train_set, training, labels, van_scan)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="deploy")
