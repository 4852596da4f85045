"""Stadium turnstile ticket-fraud model: the first design, before any security review.

A football club scans every ticket at its stadium turnstiles on match days. An
access-control server on the stadium operations network checks each scan against
the day's ticket cache and asks an in-house fraud model whether the ticket looks
duplicated, resold outside the official exchange or shared (a season card used
at two gates, or by someone other than the member). Clean scans open the
turnstile; flagged ones hold it, and a steward's handheld shows the entry so the
steward can check the supporter and admit or refuse them. The ticketing vendor's
platform supplies ticket and resale data over its API, and the club's membership
system supplies member records. The safety officer watches live entry counts in
the control room. Controls in this design: TLS and a vendor API key to the
ticketing platform, PIN sign-in on steward handhelds, steward review of every
held entry, role-based access and audit logging on the entry database.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Stadium turnstile ticket-fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Real-time fraud checks on ticket scans at stadium turnstiles, with steward review.",
)

# ---------------------------------------------------------------- data assets
ticket_scan = tg.Data(
    "Ticket scan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Barcode or NFC ticket id, gate, turnstile and time; the ticket is linked to a named holder.",
)
ticket_records = tg.Data(
    "Ticket and resale records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Ticket holders, seats, transfers and resale history from the ticketing platform.",
)
scan_status = tg.Data(
    "Ticket used status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which tickets have entered, reported back so they cannot be resold.",
)
member_records = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Season-card holders: name, photo, card number, membership status.",
)
scan_features = tg.Data("Scan features", kind="features", sensitivity=tg.Sensitivity.PII)
fraud_score = tg.Data(
    "Ticket fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
gate_command = tg.Data(
    "Turnstile admit or hold command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
held_entry = tg.Data(
    "Held entry alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The flagged ticket, the holder's name and member photo, and why it was flagged.",
)
steward_outcome = tg.Data(
    "Steward admit or refuse outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
entry_counts = tg.Data("Entry counts per gate", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
scan_history = tg.Data(
    "Scan history with outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past scans, fraud flags and steward outcomes, used to retrain the model.",
)
model_artifact = tg.Data(
    "Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Stadium public areas", trust=tg.Trust.UNTRUSTED):
    # The person presenting a ticket: a fan, or someone with a copied or shared one.
    supporter = tm.add(tg.Actor("Supporter", role="ticket holder"))

with tm.boundary("Ticketing vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's ticketing and official resale platform, the source of truth for tickets.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Sells tickets, runs the official resale exchange, exposes a REST API.",
        )
    )

with tm.boundary("Stadium operations network", trust=tg.Trust.INTERNAL):
    # Turnstiles read the ticket and open or lock the barrier on the server's command.
    turnstile = tm.add(
        tg.Device(
            "Turnstile scanner",
            fleet=True,
            description="Barcode/NFC reader and barrier controller at each turnstile, on the turnstile VLAN.",
        )
    )
    # Decides admit or hold for each scan; the hub everything on match day goes through.
    access = tm.add(
        tg.Service(
            "Access control server",
            description="Validates scans against the ticket cache, asks the fraud model, commands turnstiles, alerts stewards.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="steward at the turnstile",
                    note="every held entry is admitted or refused by a steward",
                ),
            },
        )
    )
    # Flags duplicated, resold or shared tickets from the scan and its history.
    fraud_model = tm.add(
        tg.Model(
            "Ticket fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted classifier; scores above a threshold hold the turnstile.",
        )
    )
    # Match-day ticket cache, member cache and the log of every scan and outcome.
    entry_db = tm.add(
        tg.DataStore(
            "Entry database",
            stores={ticket_records, member_records, scan_history},
            controls={tg.controls.RBAC(), tg.controls.AuditLogging()},
        )
    )
    # Stewards carry these on stadium Wi-Fi to see held entries and record outcomes.
    handheld = tm.add(
        tg.Device(
            "Steward handheld",
            fleet=True,
            description="Club-issued Android handhelds running the steward app.",
            controls={tg.controls.Authentication(method="steward PIN")},
        )
    )

with tm.boundary("Stadium control room", trust=tg.Trust.INTERNAL):
    # Live view of entries per gate, so the safety officer can manage crowd build-up.
    dashboard = tm.add(tg.Service("Entry monitoring dashboard"))
    safety_officer = tm.add(tg.Actor("Safety officer", role="safety officer"))

with tm.boundary("Stewarding", trust=tg.Trust.INTERNAL):
    # Match-day stewards, many of them agency staff, who resolve held entries.
    steward = tm.add(tg.Actor("Steward", role="steward"))

with tm.boundary("Club corporate network", trust=tg.Trust.INTERNAL):
    # The membership scheme's system of record for season-card holders.
    membership = tm.add(
        tg.Service("Membership system", description="CRM for members and season cards.")
    )
    # Retrains the fraud model between matches from the scan history.
    training = tm.add(tg.Pipeline("Fraud model retraining", stage=tg.Stage.TRAINING))

# ---------------------------------------------------------------- flows
tm.flow(supporter, turnstile, ticket_scan, label="ticket presented at the reader")
tm.flow(turnstile, access, ticket_scan, protocol="http", label="scan event")
tm.flow(access, turnstile, gate_command, protocol="http")

tm.flow(
    ticketing,
    access,
    ticket_records,
    protocol="https",
    label="ticket and resale sync",
    controls={tg.controls.Authentication(method="vendor API key")},
)
tm.flow(access, ticketing, scan_status, protocol="https", label="tickets used")
tm.flow(membership, access, member_records, protocol="https", label="member sync before kick-off")

tm.flow(access, entry_db, ticket_records, member_records, scan_history)
tm.flow(
    entry_db, access, ticket_records, member_records, scan_history, label="ticket and scan lookup"
)
tm.flow(access, fraud_model, scan_features)
tm.flow(fraud_model, access, fraud_score)

tm.flow(access, handheld, held_entry, protocol="https", label="held entry on stadium Wi-Fi")
tm.flow(handheld, steward, held_entry, label="shown on screen")
tm.flow(steward, handheld, steward_outcome, label="admit or refuse")
tm.flow(handheld, access, steward_outcome, protocol="https")

tm.flow(access, dashboard, entry_counts, protocol="https")
tm.flow(dashboard, safety_officer, entry_counts, label="on the control room screens")

tm.flow(entry_db, training, scan_history, label="after each match")
tm.flow(training, fraud_model, model_artifact, label="deploy new model")
