"""Ticket refund fraud scoring: the first design, before any security review.

A train operator refunds unused and part-used tickets, both at station ticket offices
(a clerk enters the request on the ticket office machine) and online (a passenger
signs in to their account on the retail site). Every request goes to a central refund
service, which gathers the booking, the ticket's gate and on-train inspection scans
and the payment record from the payment service provider, and asks an in-house
gradient-boosted model for a fraud score. Below the review threshold the refund is
paid straight back to the original payment method; above it the request is held as a
case for the revenue protection team, whose outcome releases or refuses it. Case
outcomes and scored refunds feed a monthly retraining job; a data scientist checks the
evaluation before a new version is promoted from the registry. Clerks sign in with
their own staff number and PIN, passengers with e-mail and password; refunds are
audit-logged, scores stored with reason codes, and the booking database is encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ticket refund fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores ticket refund requests for fraud and holds high scores for the "
    "revenue protection team.",
)

# ---------------------------------------------------------------- data assets
refund_request = tg.Data(
    "Refund request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference or ticket number, reason, journeys claimed unused.",
)
refund_decision = tg.Data("Refund decision", kind="records", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Purchaser, contact details, tickets, fares paid, sales channel, "
    "issuing clerk and office, refund status.",
)
refund_status = tg.Data("Refund status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
journeys = tg.Data(
    "Ticket validation scans",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Gate-line and on-train inspection scans of each ticket barcode.",
)
payments = tg.Data(
    "Payment records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Card token, masked card number, card country, amount and earlier "
    "refunds to the same card.",
)
features = tg.Data("Refund features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
score = tg.Data(
    "Fraud score and reason codes", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
case = tg.Data(
    "Refund case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Held request with its score, reason codes, booking and scan history.",
)
outcome = tg.Data(
    "Case outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Release or refuse, and whether the investigator judged it fraud.",
)
refund_instruction = tg.Data(
    "Refund instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Original payment reference and amount to refund.",
)
history = tg.Data(
    "Scored refund history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Features, scores and case outcomes of past refunds.",
)
artifact = tg.Data(
    "Refund fraud model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
promotion = tg.Data("Promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Passengers asking for a refund of a ticket bought online.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))

with tm.boundary("Station network", trust=tg.Trust.INTERNAL):
    # Booking office staff who take refund requests at the counter.
    clerk = tm.add(tg.Actor("Ticket office clerk", role="booking office clerk"))
    # The ticket issuing terminals in every ticket office.
    tom = tm.add(
        tg.Device(
            "Ticket office machine",
            fleet=True,
            controls={c.Authentication(method="clerk's own staff number and PIN")},
        )
    )

with tm.boundary("Retail platform", trust=tg.Trust.INTERNAL):
    # The refund part of the operator's ticket website and app API.
    online_api = tm.add(
        tg.Endpoint(
            "Online refund API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="customer account e-mail and password")},
        )
    )

with tm.boundary("Revenue systems", trust=tg.Trust.INTERNAL):
    # Central refund processing: gathers evidence, gets a score, pays or holds.
    refund_service = tm.add(
        tg.Service(
            "Refund service",
            description="Pays refunds below the review threshold; holds the rest as cases.",
            controls={
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="revenue protection investigator",
                    note="only requests scored above the review threshold; the rest are "
                    "paid automatically",
                ),
            },
        )
    )
    # Operator's booking and ticket sales database.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Gate and inspection scans, collected by the existing ticket validation platform.
    scan_store = tm.add(tg.DataStore("Ticket validation store", stores={journeys}))
    # Where held refunds wait for the revenue protection team.
    case_system = tm.add(tg.DataStore("Revenue protection case system", stores={case, outcome}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Investigators who work the held-refund cases.
    investigator = tm.add(
        tg.Actor("Revenue protection investigator", role="revenue protection investigator")
    )
    # Owns the model, its retraining and its promotion.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Internal scoring API the refund service calls synchronously.
    scoring = tm.add(
        tg.Endpoint(
            "Refund scoring endpoint",
            returns_scores=True,
            controls={c.ExplainabilityLogging(note="score stored with its top reason codes")},
        )
    )
    # Gradient-boosted trees over booking, journey and payment features.
    model = tm.add(
        tg.Model(
            "Refund fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Probability that a refund request is fraudulent.",
        )
    )
    # Past refunds with their scores and investigator outcomes.
    training_set = tm.add(tg.Dataset("Refund training set", stores={history}))
    # Retrains the model once a month.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="data scientist checks evaluation before promotion")},
        )
    )
    # Versioned model artifacts that serving loads from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # The operator's card payment service provider: payment lookups and refunds.
    psp = tm.add(tg.ExternalService("Payment service provider"))

# ---------------------------------------------------------------- flows
# Refund requests, at the counter and online.
tm.flow(clerk, tom, refund_request, label="at the counter")
tm.flow(tom, clerk, refund_decision, label="at the counter")
tm.flow(tom, refund_service, refund_request, protocol="https")
tm.flow(refund_service, tom, refund_decision, protocol="https")
tm.flow(passenger, online_api, refund_request, protocol="https")
tm.flow(online_api, passenger, refund_decision, protocol="https")
tm.flow(online_api, refund_service, refund_request)
tm.flow(refund_service, online_api, refund_decision)

# Evidence for the score.
tm.flow(booking_db, refund_service, bookings)
tm.flow(scan_store, refund_service, journeys)
tm.flow(
    refund_service, psp, refund_instruction, protocol="https", label="payment lookup and refund"
)
tm.flow(psp, refund_service, payments, protocol="https")

# Scoring.
tm.flow(refund_service, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, refund_service, score)

# Held cases and their outcomes.
tm.flow(refund_service, case_system, case, label="scores above review threshold")
tm.flow(case_system, investigator, case)
tm.flow(investigator, case_system, outcome)
tm.flow(case_system, refund_service, outcome, label="release or refuse")
tm.flow(refund_service, booking_db, refund_status)

# Retraining and promotion.
tm.flow(refund_service, training_set, history, label="monthly export")
tm.flow(case_system, training_set, outcome, label="monthly export")
tm.flow(training_set, retraining, history)
tm.flow(retraining, registry, artifact)
tm.flow(data_scientist, registry, promotion, label="approves release")
tm.flow(registry, model, artifact, label="deploy")
