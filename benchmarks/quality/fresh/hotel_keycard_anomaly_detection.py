"""Hotel keycard anomaly detection: the first design, before any security review.

A European hotel group wants to spot misuse of room keycards across its
properties. The electronic door locks report every opening (card id, door, time,
result) to the lock vendor's cloud, which forwards the events by webhook to the
group's security platform. Guest check-in and checkout data is pulled from the
property management system, and staff card assignments from the lock vendor, so
the events can be joined to stays. An in-house anomaly model scores each card's
recent activity: one card opening many rooms, openings after checkout, staff
cards used at odd hours. Alerts appear on a console for the night manager on
duty, who reviews them, marks them as genuine or not, and can disable a card;
the disable goes through the lock vendor's API. Reviewed alerts feed periodic
retraining. The console uses group SSO, the webhook carries a vendor token.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hotel keycard anomaly detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags keycard misuse from door-lock events and lets night managers disable cards.",
)

# ---------------------------------------------------------------- data assets
keycard = tg.Data(
    "Keycard credential",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Encoded card id and room authorisation read by the lock.",
)
lock_events = tg.Data(
    "Door opening events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Card id, door, timestamp, granted or denied; traceable to a guest or employee.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
stays = tg.Data(
    "Guest stays",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest name, room, check-in and checkout times, issued cards.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
staff_cards = tg.Data(
    "Staff card assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which employee holds which staff card, with its access areas.",
)
features = tg.Data("Card activity features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Anomaly score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
alerts = tg.Data(
    "Keycard misuse alerts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Card, person, pattern flagged, supporting events.",
)
review = tg.Data("Alert review outcome", kind="labels", sensitivity=tg.Sensitivity.CONFIDENTIAL)
disable_request = tg.Data(
    "Card disable request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
vendor_key = tg.Data("Lock vendor API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
blocklist = tg.Data(
    "Card blocklist update",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pms_key = tg.Data(
    "PMS integration credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
weights = tg.Data(
    "Anomaly model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hotel premises", trust=tg.Trust.UNTRUSTED):
    # Guests (and anyone holding a card) present keycards at doors.
    guest = tm.add(tg.Actor("Guest", role="hotel guest"))
    # Battery door locks in every room and staff door, reporting through the vendor hub.
    locks = tm.add(tg.Device("Door locks", fleet=True))

with tm.boundary("Lock vendor cloud", trust=tg.Trust.PARTNER):
    # Vendor's lock management cloud: collects events, issues and revokes cards.
    lock_cloud = tm.add(
        tg.ExternalService(
            "Lock vendor cloud",
            description="Receives lock events, sends them by webhook, accepts card revocations by API.",
        )
    )

with tm.boundary("PMS vendor", trust=tg.Trust.PARTNER):
    # Cloud property management system: source of check-in and checkout data.
    pms = tm.add(
        tg.ExternalService(
            "Property management system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Group security platform", trust=tg.Trust.INTERNAL):
    # Receives the vendor's event webhook.
    receiver = tm.add(
        tg.Endpoint(
            "Lock event webhook receiver",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="static bearer token issued to the lock vendor"),
                tg.controls.InputValidation(),
            },
        )
    )
    # Append-only history of door openings across properties.
    event_store = tm.add(
        tg.DataStore(
            "Lock event store",
            stores={lock_events},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Pulls stays from the PMS and staff cards from the lock vendor every 15 minutes.
    sync_job = tm.add(tg.Pipeline("Stay and staff card sync job", stage=tg.Stage.INGESTION))
    # Current and recent stays plus staff card holders, for joining to events.
    stay_store = tm.add(
        tg.DataStore(
            "Stay and card holder store",
            stores={stays, staff_cards},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds per-card activity windows and raises alerts from the model's scores.
    detector = tm.add(tg.Service("Anomaly scoring service"))
    # Isolation-forest style detector trained on the group's own lock history.
    model = tm.add(
        tg.Model(
            "Keycard anomaly model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Open and reviewed alerts.
    alert_store = tm.add(tg.DataStore("Alert store", stores={alerts, review}))
    # The night manager's view of alerts, with review and disable actions.
    console = tm.add(
        tg.Endpoint(
            "Night manager console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="group SSO (OIDC)"),
                tg.controls.RBAC(note="night manager role per property"),
            },
        )
    )
    # Calls the lock vendor's API to revoke a card on the manager's instruction.
    card_control = tm.add(
        tg.Service(
            "Card control service",
            controls={
                tg.controls.SecretsManagement(note="vendor API key in the cloud key vault"),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )
    # Monthly retraining on event history and reviewed alerts.
    training = tm.add(
        tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versions of the trained model, promoted into the scoring service.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={tg.controls.ModelVersioning()},
        )
    )

with tm.boundary("Hotel back office", trust=tg.Trust.INTERNAL):
    # Duty manager overnight; decides whether an alert is real and acts on it.
    manager = tm.add(tg.Actor("Night manager", role="night manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(guest, locks, keycard, protocol="nfc", label="taps card at the door")
tm.flow(locks, lock_cloud, lock_events, protocol="tls", label="via property lock hub")
tm.flow(lock_cloud, locks, blocklist, protocol="tls", label="via property lock hub")
tm.flow(lock_cloud, receiver, lock_events, protocol="https", label="event webhook")
tm.flow(receiver, event_store, lock_events)

tm.flow(sync_job, pms, pms_key, protocol="https", label="stay query")
tm.flow(pms, sync_job, stays, protocol="https")
tm.flow(sync_job, lock_cloud, vendor_key, protocol="https", label="staff card query")
tm.flow(lock_cloud, sync_job, staff_cards, protocol="https")
tm.flow(sync_job, stay_store, stays, staff_cards)

tm.flow(event_store, detector, lock_events)
tm.flow(stay_store, detector, stays, staff_cards)
tm.flow(detector, model, features)
tm.flow(model, detector, score)
tm.flow(detector, alert_store, alerts)

tm.flow(alert_store, console, alerts)
tm.flow(event_store, console, lock_events, label="supporting events")
tm.flow(console, manager, alerts, lock_events, protocol="https")
tm.flow(manager, console, review, disable_request, protocol="https")
tm.flow(console, alert_store, review)
tm.flow(console, card_control, disable_request)
tm.flow(card_control, lock_cloud, blocklist, vendor_key, protocol="https", label="revoke card")

tm.flow(event_store, training, lock_events)
tm.flow(alert_store, training, review, alerts)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
