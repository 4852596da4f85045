"""Library self-checkout and theft gate model: the first design, before any security review.

A city library's branches lend RFID-tagged books. Patrons borrow at self-checkout
kiosks (library card and PIN), which record the loan in the hosted library
management system (ILS) over SIP2 and clear each item's security bit. At the exit,
RFID gates report every tag they read to a small gate service on the branch edge
server; an in-house theft gate model decides from the read pattern and a cached
list of checked-out items whether an unborrowed item is leaving, and the service
then sounds the gate alarm and alerts the circulation desk tablet. Staff record
whether each alarm was real; those outcomes and the gate events go to the library's
cloud, where a monthly job retrains the model and publishes it to a registry the
edge server pulls from. Controls: card and PIN at the kiosk, staff sign-in on the
tablet, HTTPS to the cloud and the ILS, item-only loan cache, 90-day event retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Library self-checkout theft gate model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="RFID self-checkout and exit gates whose alarm is decided by a theft model.",
)

# ---------------------------------------------------------------- data assets
card_pin = tg.Data(
    "Library card number and PIN",
    sensitivity=tg.Sensitivity.PII,
    kind="credentials",
    description="Typed or scanned at the kiosk to identify the borrower.",
)
item_tags = tg.Data(
    "Item RFID tags",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Item barcode and security bit held on the tag in each book.",
)
checkout_request = tg.Data(
    "Checkout request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Patron barcode, PIN and item barcodes sent as SIP2 messages.",
)
checkout_result = tg.Data(
    "Checkout result",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Loan accepted or refused, due dates, patron blocks.",
)
receipt = tg.Data("Loan receipt", sensitivity=tg.Sensitivity.PII, kind="documents")
loan_status = tg.Data(
    "Checked-out item list",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Barcodes of items currently on loan, without the borrower.",
)
gate_reads = tg.Data(
    "Gate tag reads",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="features",
    description="Tag id, antenna, signal strength and time for each read at the exit.",
)
theft_verdict = tg.Data(
    "Theft alarm verdict",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Whether an unborrowed item is leaving, with a score.",
)
alarm_command = tg.Data("Gate alarm command", sensitivity=tg.Sensitivity.INTERNAL)
staff_alert = tg.Data(
    "Theft alert",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Gate, time and titles of the items that set off the alarm.",
)
alarm_outcome = tg.Data(
    "Alarm outcome",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    description="Staff note: real, forgotten checkout, or false alarm.",
)
gate_events = tg.Data(
    "Labelled gate events",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="training-data",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="low"),
)
model_artifact = tg.Data(
    "Theft gate model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="onnx"
)
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Library floor", trust=tg.Trust.UNTRUSTED):
    # Any member of the public walks through the gates; only members borrow.
    patron = tm.add(tg.Actor("Patron", role="library member"))

with tm.boundary("ILS vendor cloud", trust=tg.Trust.PARTNER):
    # The hosted library management system: the record of patrons and loans.
    ils = tm.add(
        tg.ExternalService(
            "Library management system",
            description="Hosted ILS holding patron records, catalogue and loans; SIP2 and REST APIs.",
        )
    )

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Where patrons borrow: scans the card and the items, clears the security bit.
    kiosk = tm.add(
        tg.Device(
            "Self-checkout kiosk",
            description="Touch screen with card scanner and RFID pad, several per branch.",
            controls={c.Authentication(method="library card number and 4-digit PIN")},
        )
    )
    # Exit gate antennas: read every tag passing and sound the alarm on command.
    gate = tm.add(tg.Device("RFID exit gate", description="Vendor gate pedestals at each exit."))
    # Runs on the branch edge server: joins reads, loans and the model, drives the alarm.
    gate_service = tm.add(
        tg.Service(
            "Gate event service",
            description="Collects gate reads, asks the model, commands the alarm and alerts staff.",
        )
    )
    # The model that decides whether a read pattern is an unborrowed item leaving.
    theft_model = tm.add(
        tg.Model(
            "Theft gate model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Gradient-boosted trees over read patterns; alarm above a threshold.",
        )
    )
    # A local copy of what is on loan, so the gate works when the ILS is slow.
    loan_cache = tm.add(
        tg.DataStore(
            "Loan status cache",
            stores={loan_status},
            description="Refreshed every minute from the ILS.",
            controls={c.DataMinimization(note="item barcodes only, no patron identity")},
        )
    )
    # The circulation desk's tablet that shows alarms and records the outcome.
    tablet = tm.add(
        tg.Device(
            "Circulation desk tablet",
            fleet=False,
            controls={c.Authentication(method="staff single sign-on")},
        )
    )
    staff = tm.add(tg.Actor("Circulation staff", role="library staff"))

with tm.boundary("Library cloud", trust=tg.Trust.INTERNAL):
    # Gate events with staff outcomes, kept to retrain the model.
    event_log = tm.add(
        tg.Dataset(
            "Gate event log",
            stores={gate_events},
            controls={
                c.RetentionLimits(days=90),
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
            },
        )
    )
    # Monthly retraining on the labelled events.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="false-alarm rate on a held-out month must not rise")},
        )
    )
    # Where the edge servers pull the current model from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Library IT's data engineer who looks after the model.
    ml_engineer = tm.add(tg.Actor("Library IT data engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# borrowing
tm.flow(patron, kiosk, card_pin, item_tags, label="borrow items")
tm.flow(kiosk, ils, checkout_request, protocol="sip2")
tm.flow(ils, kiosk, checkout_result, protocol="sip2")
tm.flow(kiosk, patron, receipt, label="printed or e-mailed receipt")

# loan status for the gate
tm.flow(ils, gate_service, loan_status, protocol="https", label="loan status poll")
tm.flow(gate_service, loan_cache, loan_status)
tm.flow(loan_cache, gate_service, loan_status, label="lookup")

# leaving the building
tm.flow(patron, gate, item_tags, label="walks through the exit")
tm.flow(gate, gate_service, gate_reads, protocol="llrp")
tm.flow(gate_service, theft_model, gate_reads)
tm.flow(theft_model, gate_service, theft_verdict)
tm.flow(gate_service, gate, alarm_command, protocol="llrp")
tm.flow(gate_service, tablet, staff_alert, protocol="https")
tm.flow(tablet, staff, staff_alert)
tm.flow(staff, tablet, alarm_outcome)
tm.flow(tablet, gate_service, alarm_outcome, protocol="https")

# retraining
tm.flow(gate_service, event_log, gate_events, protocol="https", label="nightly upload")
tm.flow(event_log, training, gate_events)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(registry, gate_service, model_artifact, protocol="https", label="edge pulls new version")
tm.flow(gate_service, theft_model, model_artifact, label="load")
