"""Lift-pass sharing and resale detection at an Austrian ski resort: first design.

Skiers tap RFID passes at the lift turnstiles, where a camera photographs each scan.
Gates send scans and photos over the lift network to an ingestion service in the
resort's cloud account, which also pulls an hourly export of pass holders and their
reference photos from the ticketing vendor's cloud. A flagging service scores each
scan with an in-house model (gate photo against reference photo, plus scan pattern)
and pushes cases above a threshold to lift staff handhelds. Staff check the skier in
person; only a confirmed case asks the ticketing system to suspend the pass. Closed
cases are exported weekly to retrain the model. Controls: TLS to the vendor and the
handhelds, badge-and-PIN sign-in on handhelds, staff confirmation before suspension,
and managed-key encryption with a 14-day limit on gate photos.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski resort lift-pass fraud detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags shared or resold lift passes from gate scans and photos for lift staff to check.",
)

# ---------------------------------------------------------------- data assets
pass_scan = tg.Data(
    "Pass RFID scan",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pass number, gate, lift and timestamp read at the turnstile.",
)
gate_photo = tg.Data(
    "Gate photo",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Face and upper body of the skier passing the turnstile.",
)
valid_passes = tg.Data("Valid pass list", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
scan_events = tg.Data(
    "Scan events",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Every scan with its gate photo reference, per pass.",
)
pass_holders = tg.Data(
    "Pass holder records with reference photos",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, pass type, validity, sales channel and the holder's reference photo.",
)
scan_context = tg.Data(
    "Scan context",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Gate photo, reference photo and the pass's recent scan history.",
)
sharing_score = tg.Data(
    "Pass sharing score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
flagged_case = tg.Data(
    "Flagged pass case",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pass, holder name, both photos, score and the lift where it was scanned.",
)
check_outcome = tg.Data(
    "Staff check outcome",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    description="Confirmed shared, confirmed resold or cleared, with the staff member's note.",
)
photo_id = tg.Data("Photo ID shown to staff", sensitivity=tg.Sensitivity.PII, kind="documents")
suspension = tg.Data("Pass suspension request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
training_cases = tg.Data(
    "Labelled scan cases",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    description="Past cases with photos, scan histories and staff outcomes.",
)
weights = tg.Data(
    "Sharing model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Slopes and lift lines", trust=tg.Trust.UNTRUSTED):
    # Paying guests, and anyone holding a pass someone lent or sold them.
    skier = tm.add(tg.Actor("Skier", role="guest"))

with tm.boundary("Ticketing vendor cloud", trust=tg.Trust.PARTNER):
    # The existing ticketing and access-control product: sells passes, keeps holders and photos.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing and access-control system",
            description="Vendor-hosted pass sales and gate access rules; has a REST API for exports and pass status.",
        )
    )

with tm.boundary("Lift network", trust=tg.Trust.INTERNAL):
    # Turnstile readers with a camera added for this project, one per lift lane.
    gates = tm.add(
        tg.Device(
            "Lift gate readers and cameras",
            description="RFID turnstiles at every lift base station, each with an overhead camera.",
        )
    )

with tm.boundary("Lift operations", trust=tg.Trust.INTERNAL):
    # Lift attendants who approach flagged skiers in the lift line.
    lift_staff = tm.add(tg.Actor("Lift staff member", role="lift attendant"))
    # Rugged handhelds carried by lift staff; show the case and record the outcome.
    handheld = tm.add(
        tg.Device(
            "Lift staff handheld app",
            description="Android handhelds on the resort Wi-Fi and LTE.",
            controls={c.Authentication(method="staff badge tap and individual PIN")},
        )
    )

with tm.boundary("Resort cloud account", trust=tg.Trust.INTERNAL):
    # Receives gate events and the vendor's hourly export and writes them to the store.
    ingestion = tm.add(tg.Service("Scan ingestion service"))
    # Scan events, gate photos and the copy of pass holders used for matching.
    scan_store = tm.add(
        tg.DataStore(
            "Scan and photo store",
            stores={scan_events, gate_photo, pass_holders},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=14, note="gate photos of unflagged scans"),
            },
        )
    )
    # Scores every scan, opens cases above threshold and relays staff outcomes.
    flagging = tm.add(
        tg.Service(
            "Flagging service",
            controls={
                c.HumanInTheLoop(
                    approver="the lift staff member who checks the skier in person",
                    note="a pass is suspended only after staff confirm the case",
                )
            },
        )
    )
    # The model that estimates whether the person at the gate is the pass holder.
    model = tm.add(
        tg.Model(
            "Pass sharing model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Face-embedding similarity to the reference photo plus scan-pattern features, gradient-boosted.",
        )
    )
    # Open and closed cases with their outcomes.
    case_store = tm.add(tg.DataStore("Case store", stores={flagged_case, check_outcome}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Weekly export of closed cases joined with their scans.
        training_set = tm.add(tg.Dataset("Labelled case dataset", stores={training_cases}))
        # Weekly retraining job.
        training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
        # Versions of the trained model that the flagging service loads from.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Resort office network", trust=tg.Trust.INTERNAL):
    # Builds and releases the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# At the gate
tm.flow(skier, gates, pass_scan, gate_photo, label="taps pass at the turnstile in person")
tm.flow(ticketing, gates, valid_passes, protocol="https", label="access rules sync")
tm.flow(gates, ingestion, pass_scan, gate_photo, protocol="mqtt")
tm.flow(ticketing, ingestion, pass_holders, protocol="https", label="hourly export")
tm.flow(ingestion, scan_store, scan_events, gate_photo, pass_holders)

# Scoring
tm.flow(scan_store, flagging, scan_context)
tm.flow(flagging, model, scan_context)
tm.flow(model, flagging, sharing_score)
tm.flow(flagging, case_store, flagged_case)

# Staff check
tm.flow(flagging, handheld, flagged_case, protocol="https")
tm.flow(handheld, lift_staff, flagged_case, label="shown on screen")
tm.flow(skier, lift_staff, photo_id, label="shown in person")
tm.flow(lift_staff, handheld, check_outcome, label="taps outcome on screen")
tm.flow(handheld, flagging, check_outcome, protocol="https")
tm.flow(flagging, case_store, check_outcome)
tm.flow(flagging, ticketing, suspension, protocol="https", label="confirmed cases only")

# Retraining
tm.flow(case_store, training_set, training_cases, label="weekly export")
tm.flow(scan_store, training_set, training_cases, label="weekly export")
tm.flow(training_set, training, training_cases)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, release, label="approves release")
tm.flow(registry, model, weights, label="deploy")
