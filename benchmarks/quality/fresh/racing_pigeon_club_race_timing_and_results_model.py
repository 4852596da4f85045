"""Racing pigeon federation: race timing, results and tampering screening (first design).

Members race birds from their home lofts. On race day each bird's ring chip is
read by the electronic loft clock when it lands; the clock uploads its clockings
and its internal event log (openings, time sync, power loss) to the federation's
clock upload API. A convoyer reports the liberation time and site of each race.
A results service computes each bird's velocity from the loft coordinates and
the liberation report, and a velocity anomaly model flags implausible velocities
and signs of clock tampering. The race committee reviews the flags in a review
console and confirms or clears them before results and prize money are published
on the federation website. Members enter races and pay entry fees online through
a payment provider's hosted checkout. Everything runs in one cloud account; the
model is retrained each season from past clockings and committee decisions.
Controls: per-clock keys on uploads, member sign-in, TLS, committee roles.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Racing pigeon race timing and results",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Loft clock uploads, velocity and tampering screening, results, "
    "prize money and online race entries for a pigeon racing federation.",
)

# ---------------------------------------------------------------- data assets
clockings = tg.Data(
    "Arrival clockings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ring chip number, bird, loft and arrival timestamp from each clock.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
clock_log = tg.Data(
    "Clock event log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Clock openings, time synchronisations, antenna and power events.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
liberation = tg.Data(
    "Liberation report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Release site, release time and weather at the release point.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
members = tg.Data(
    "Member and loft records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, home addresses, loft GPS coordinates, ring registrations, "
    "bank details for prize money.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
entries = tg.Data("Race entries", kind="records", sensitivity=tg.Sensitivity.PII)
card = tg.Data(
    "Card payment details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered on the payment provider's hosted checkout page.",
)
checkout = tg.Data("Checkout request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_status = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
velocity_features = tg.Data(
    "Velocity features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Velocity, distance, clocking order, clock drift and event-log counts per bird.",
)
flags = tg.Data(
    "Anomaly flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Suspected implausible velocity or clock tampering against a member's clocking.",
)
decisions = tg.Data(
    "Committee decisions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Flags confirmed or cleared, disqualifications and their reasons.",
)
results = tg.Data(
    "Race results and prize money",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
history = tg.Data(
    "Historic clockings with committee outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
weights = tg.Data("Anomaly model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Federation members: enter races, pay, and read their results.
    member = tm.add(tg.Actor("Member fancier", role="member"))
    # The public follow results on the website.
    visitor = tm.add(tg.Actor("Website visitor", role="public"))
    # The convoyer travels with the race transporter and reports the release.
    convoyer = tm.add(tg.Actor("Convoyer", role="race official"))

with tm.boundary("Members' lofts", trust=tg.Trust.UNTRUSTED):
    # The electronic timing clock in each member's loft, in the member's hands.
    clock = tm.add(
        tg.Device(
            "Loft clock",
            fleet=True,
            description="Reads the ring chip as the bird crosses the landing-board antenna; "
            "uploads over the member's home broadband.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes race-entry payments so that no card data reaches the federation.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout and payment webhooks.",
        )
    )

with tm.boundary("Federation cloud", trust=tg.Trust.INTERNAL):
    # The public website and the members' area: results, entries, liberation reports.
    portal = tm.add(
        tg.Endpoint(
            "Federation website and member portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Where loft clocks send their race-day data.
    upload_api = tm.add(
        tg.Endpoint(
            "Clock upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-clock API key issued at clock registration")},
        )
    )
    # Computes velocities and positions, and asks the model to screen each clocking.
    results_service = tm.add(
        tg.Service(
            "Race results service",
            description="Velocity = great-circle distance from release site to loft / flying time.",
        )
    )
    # Screens clockings for implausible velocities and clock tampering.
    anomaly_model = tm.add(
        tg.Model(
            "Velocity anomaly model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; its flags can lead to disqualification "
            "and withheld prize money.",
        )
    )
    # The committee's screen for reviewing flags and recording decisions.
    review_console = tm.add(
        tg.Service(
            "Committee review console",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="committee role only"),
                c.HumanInTheLoop(
                    approver="the race committee",
                    note="every flag is reviewed before results are published",
                ),
            },
        )
    )
    # System of record for members, lofts, entries, clockings and results.
    race_db = tm.add(
        tg.DataStore(
            "Race database",
            stores={members, entries, clockings, clock_log, liberation, flags, decisions, results},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Retrains the anomaly model at the end of each season.
    training = tm.add(tg.Pipeline("Season retraining job", stage=tg.Stage.TRAINING))

with tm.boundary("Federation office", trust=tg.Trust.INTERNAL):
    # Volunteers who decide on flagged clockings and sign off results.
    committee = tm.add(tg.Actor("Race committee", role="committee member"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# race day: clocks and the release
tm.flow(clock, upload_api, clockings, clock_log, protocol="https", controls={tls})
tm.flow(upload_api, results_service, clockings, clock_log)
tm.flow(convoyer, portal, liberation, protocol="https", controls={tls})
tm.flow(portal, race_db, liberation)
tm.flow(results_service, race_db, clockings, clock_log, results, label="provisional results")
tm.flow(race_db, results_service, members, liberation, label="loft coordinates and release")

# screening
tm.flow(results_service, anomaly_model, velocity_features)
tm.flow(anomaly_model, results_service, flags)
tm.flow(results_service, race_db, flags)

# committee review
tm.flow(race_db, review_console, flags, clockings, clock_log)
tm.flow(review_console, committee, flags, clockings, clock_log, protocol="https")
tm.flow(committee, review_console, decisions, protocol="https")
tm.flow(review_console, race_db, decisions, results, label="publish results")

# publication
tm.flow(race_db, portal, results, entries)
tm.flow(portal, visitor, results, protocol="https", controls={tls})
tm.flow(portal, member, results, entries, protocol="https", controls={tls})

# entries and payment
tm.flow(member, portal, entries, protocol="https", controls={tls})
tm.flow(portal, race_db, entries)
tm.flow(portal, payments, checkout, protocol="https", controls={tls})
tm.flow(member, payments, card, protocol="https", controls={tls})
tm.flow(payments, portal, payment_status, protocol="https", label="payment webhook")

# retraining
tm.flow(race_db, training, history)
tm.flow(training, anomaly_model, weights, label="deploy new season's model")
