"""Rental van misuse detection: the first design, before any security review.

Every van in the rental fleet carries a telematics unit that reports position,
speed, harsh-driving and off-road events, estimated axle load and the driver key
tag in use to the telematics vendor's cloud over the mobile network. An hourly
ingestion job pulls those events from the vendor's API into our trip event store.
When a van is returned, a scoring service joins its trips with the rental agreement
(authorised drivers, declared use) and asks an in-house misuse model whether it was
driven off-road, towed or loaded beyond its limits, or driven by someone not on the
agreement. Flagged rentals become cases that claims handlers review in an internal
console; a handler approves each damage charge before it is taken from the renter's
saved card through the payment provider. Renters see charges and dispute them in
the customer portal. Confirmed outcomes are used to retrain the model, which is
versioned in a registry. Staff sign in with SSO and MFA; renters with a password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rental van telematics misuse detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags van misuse from telematics on return; approved cases become damage charges.",
)

# ---------------------------------------------------------------- data assets
telematics = tg.Data(
    "Telematics events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="GPS position, speed, harsh and off-road events, estimated axle load, "
    "ignition and the driver key tag id, per van.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
agreements = tg.Data(
    "Rental agreements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Renter, authorised drivers and their key tags, van, dates, declared use.",
)
card_token = tg.Data(
    "Saved card token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The payment provider's token for the card the renter left on file.",
)
trip_features = tg.Data("Rental trip features", kind="features", sensitivity=tg.Sensitivity.PII)
misuse_scores = tg.Data(
    "Misuse scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-rental probability of off-road driving, overweight towing or "
    "loading, and an unauthorised driver.",
)
cases = tg.Data(
    "Misuse cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Flagged rentals with the evidence: route trace, load readings, key tags.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
decisions = tg.Data(
    "Case decisions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A handler's finding on a case and the charge amount approved.",
)
charge_request = tg.Data("Damage charge request", kind="records", sensitivity=tg.Sensitivity.PII)
charge_result = tg.Data("Charge result", kind="records", sensitivity=tg.Sensitivity.PII)
charge_notice = tg.Data(
    "Damage charge notice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What was charged, why, and a summary of the telematics evidence.",
)
dispute = tg.Data("Charge dispute", kind="records", sensitivity=tg.Sensitivity.PII)
outcomes = tg.Data(
    "Confirmed case outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Misuse model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Vans on the road", trust=tg.Trust.UNTRUSTED):
    # The vendor's black box wired into each van; renters have the van, and the box, for days.
    unit = tm.add(
        tg.Device(
            "Van telematics unit",
            fleet=True,
            description="Vendor-supplied unit on the CAN bus with GPS, accelerometer and key tag reader.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer who rented the van: the person a charge lands on.
    renter = tm.add(tg.Actor("Renter", role="customer"))

with tm.boundary("Telematics vendor cloud", trust=tg.Trust.PARTNER):
    # Where the units report to; we only read from its API.
    vendor = tm.add(
        tg.ExternalService(
            "Telematics vendor platform",
            provides="data-provider",
            description="Collects unit reports and exposes them per vehicle through a REST API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Charges the card on file against the token taken at pick-up.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Card-not-present charges against saved card tokens.",
        )
    )

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Pulls the vendor's events into our own store, so scoring never waits on the vendor.
    ingestion = tm.add(
        tg.Pipeline(
            "Hourly telematics ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="vendor payloads checked against the API schema")},
        )
    )
    # Every event of every van, kept for scoring and for retraining.
    trip_store = tm.add(
        tg.DataStore(
            "Trip event store",
            stores={telematics},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The existing booking system: who rented what, who may drive it, and the card token.
    rentals = tm.add(
        tg.DataStore(
            "Rental management system",
            stores={agreements, card_token},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs when a van is checked in: builds the features and writes a case if a score is high.
    scoring = tm.add(
        tg.Service(
            "Misuse scoring service",
            description="Triggered on vehicle return; joins the rental's trips with its "
            "agreement and opens a case when any misuse score passes its threshold.",
        )
    )
    # The model the whole design is for; its flags can end in a charge to the renter.
    model = tm.add(
        tg.Model(
            "Misuse detection model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted multi-label classifier: off-road, overweight "
            "towing or loading, unauthorised driver.",
        )
    )
    # Open and closed cases, their evidence and the handlers' decisions.
    case_store = tm.add(
        tg.DataStore(
            "Misuse case store",
            stores={cases, decisions, dispute, charge_notice, outcomes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where handlers review evidence and approve or dismiss each charge.
    console = tm.add(
        tg.Endpoint(
            "Claims console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="claims handler",
                    note="every damage charge is approved by a handler before it is raised",
                ),
            },
        )
    )
    # The renter's account pages: charge notices and the dispute form.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Retrains the model monthly from past trips and confirmed outcomes.
        training = tm.add(tg.Pipeline("Misuse model training", stage=tg.Stage.TRAINING))
        # Versions of the model; the scoring service loads the current one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Staff who judge the evidence and decide on charges and disputes.
    handler = tm.add(tg.Actor("Claims handler", role="claims staff"))

# ---------------------------------------------------------------- flows
tm.flow(unit, vendor, telematics, protocol="mqtts", label="over the mobile network")
tm.flow(vendor, ingestion, telematics, protocol="https", label="hourly pull from vendor API")
tm.flow(ingestion, trip_store, telematics)

tm.flow(trip_store, scoring, telematics, label="trips of the returned van")
tm.flow(rentals, scoring, agreements)
tm.flow(scoring, model, trip_features)
tm.flow(model, scoring, misuse_scores)
tm.flow(scoring, case_store, cases, misuse_scores)

tm.flow(case_store, console, cases, dispute)
tm.flow(console, case_store, decisions)
tm.flow(console, handler, cases, dispute, protocol="https")
tm.flow(handler, console, decisions, protocol="https")
tm.flow(rentals, console, agreements, card_token)
tm.flow(console, payments, charge_request, card_token, protocol="https")
tm.flow(payments, console, charge_result, protocol="https")

tm.flow(case_store, portal, charge_notice)
tm.flow(portal, renter, charge_notice, protocol="https")
tm.flow(renter, portal, dispute, protocol="https")
tm.flow(portal, case_store, dispute)

tm.flow(case_store, training, outcomes)
tm.flow(trip_store, training, telematics, label="historical trips")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
