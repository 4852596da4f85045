"""Wristband locker misuse detection at a water park: the first design.

Guests get an RFID wristband at the entry desk, linked to their day ticket. They
claim any free locker by tapping the band on its reader, and open it again with
the same tap. The locker access controller, on the locker VLAN, checks each tap
against the day's valid bands and logs every attempt. A scoring service in the
park server room reads the event log every minute, builds per-band features
(lockers tried, failed taps, taps far from where the band was last seen) and asks
an in-house misuse model for a score. Scores over the threshold become alerts on
the lifeguard supervisors' tablets; a supervisor checks the situation in person
and may block the band at the controller. Supervisors' confirm/dismiss outcomes
are kept for monthly retraining in the park's cloud account. Staff sign in with
their own accounts, role-based access covers the alert and ticketing apps, and
access events are audit-logged and kept for 30 days. The park is in the EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water park wristband locker misuse detection",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Flags suspicious locker access by RFID wristbands and alerts lifeguard supervisors.",
)

# ---------------------------------------------------------------- data assets
ticket = tg.Data(
    "Day ticket and guest details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, name, e-mail, phone number and the wristband it is linked to.",
)
band_uid = tg.Data(
    "Wristband UID",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The RFID chip's serial number, read on each tap; it is the only credential.",
)
valid_bands = tg.Data("Valid wristband list", kind="records", sensitivity=tg.Sensitivity.PII)
unlock = tg.Data("Unlock command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
access_events = tg.Data(
    "Locker access events",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Band UID, locker number, reader, time and granted or denied.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
features = tg.Data("Per-band access features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Misuse score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
alert = tg.Data(
    "Misuse alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Band, locker, recent taps, score, and the guest's name and phone from the ticket.",
)
outcome = tg.Data("Supervisor alert outcome", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
block = tg.Data("Wristband block request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_rows = tg.Data(
    "Reviewed alert examples",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Features of past alerts with the supervisor's confirm/dismiss label.",
)
weights = tg.Data("Misuse model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Park floor", trust=tg.Trust.UNTRUSTED):
    # Visitors wearing the wristbands; anyone can pick up a lost band.
    guest = tm.add(tg.Actor("Guest", role="visitor"))

with tm.boundary("Locker VLAN", trust=tg.Trust.INTERNAL):
    # The readers mounted on every locker bank; they read bands and drive the locks.
    readers = tm.add(
        tg.Device(
            "Locker RFID readers",
            fleet=True,
            description="About 1,200 lockers in 40 banks; reads 13.56 MHz band UIDs.",
        )
    )
    # The vendor's controller that decides whether a tap opens a locker.
    controller = tm.add(
        tg.Service(
            "Locker access controller",
            description="Vendor appliance: claims and releases lockers, grants or denies taps.",
        )
    )

with tm.boundary("Park server room", trust=tg.Trust.INTERNAL):
    # Sells and validates day tickets and encodes the wristband at the entry desk.
    ticketing = tm.add(
        tg.Service(
            "Ticketing and wristband system",
            controls={c.RBAC(), c.Authentication(method="individual staff login and password")},
        )
    )
    # The ticketing system's own database of guests and bands.
    ticket_db = tm.add(tg.DataStore("Guest ticket database", stores={ticket, band_uid}))
    # Every tap attempt, for the detector and for disputes over lost belongings.
    event_log = tm.add(
        tg.DataStore(
            "Locker event log",
            stores={access_events},
            controls={c.AuditLogging(retention_days=30), c.RetentionLimits(days=30)},
        )
    )
    # Polls the log, builds features, calls the model, raises alerts over the threshold.
    scoring = tm.add(tg.Service("Misuse scoring service"))
    # The detector itself: gradient-boosted trees over per-band features.
    model = tm.add(
        tg.Model(
            "Locker misuse detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Scores each active band for signs of a stolen, cloned or shared band.",
        )
    )
    # Pushes alerts to supervisors' tablets and takes their decisions back.
    alerts = tm.add(
        tg.Service(
            "Supervisor alert service",
            controls={
                c.Authentication(method="individual staff login and password"),
                c.RBAC(),
                c.HumanInTheLoop(approver="lifeguard supervisor"),
            },
        )
    )

with tm.boundary("Staff Wi-Fi", trust=tg.Trust.INTERNAL):
    # Receives alerts on a park tablet and decides what to do on the spot.
    supervisor = tm.add(tg.Actor("Lifeguard supervisor", role="lifeguard supervisor"))

with tm.boundary("Park analytics cloud account", trust=tg.Trust.INTERNAL):
    # Reviewed alerts kept as the training set.
    dataset = tm.add(tg.Dataset("Reviewed alerts dataset", stores={training_rows}))
    # Monthly retraining job on the reviewed alerts.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Versions of the model; the scoring service loads the approved one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Park office", trust=tg.Trust.INTERNAL):
    # Runs the retraining and approves each new model version.
    analyst = tm.add(tg.Actor("Park data analyst", role="data analyst", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(guest, ticketing, ticket, label="at the entry desk")
tm.flow(ticketing, guest, band_uid, label="wristband handed over at the entry desk")
tm.flow(ticketing, ticket_db, ticket, band_uid)
tm.flow(ticket_db, ticketing, ticket, band_uid)
tm.flow(ticket_db, controller, valid_bands, protocol="http", label="sync of today's bands")

tm.flow(guest, readers, band_uid, protocol="iso14443", label="wristband tap")
tm.flow(readers, controller, band_uid, protocol="rs485")
tm.flow(controller, readers, unlock, protocol="rs485")
tm.flow(controller, event_log, access_events, protocol="http")

tm.flow(event_log, scoring, access_events, label="poll every minute")
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, alerts, alert)
tm.flow(ticket_db, alerts, ticket, label="guest lookup for an alert")
tm.flow(alerts, supervisor, alert, protocol="https", label="push to tablet")
tm.flow(supervisor, alerts, outcome, block, protocol="https")
tm.flow(alerts, controller, block, protocol="http", label="block confirmed band")

tm.flow(alerts, dataset, training_rows, protocol="https")
tm.flow(dataset, training, training_rows)
tm.flow(analyst, training, approval, protocol="https", label="starts run and approves release")
tm.flow(training, registry, weights)
tm.flow(registry, scoring, weights, protocol="https", label="load approved version")
tm.flow(scoring, model, weights, label="deploy")
