"""Smart minibar billing: the first design, before any security review.

Our hotel group (properties across the EU) fits every room with a smart minibar
whose shelf weight sensors report each item lifted out or put back, via MQTT over
TLS to the vendor's IoT cloud, which relays the events to our ingestion API.
Housekeeping attendants log restocks in a handheld app. A billing service joins
removals with the guest's stay from the hosted PMS, asks a classifier whether each
is real consumption or a restocking error, and posts billable ones to the folio.
Guests dispute charges at the front desk; staff use a dispute console to see the
sensor trace and reverse charges, and outcomes become labels for monthly retraining.
Controls: TLS, API keys and schema checks at ingestion, KMS-encrypted event store,
SSO with MFA, roles and audit logs on the console, decision logging, model versions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hotel minibar restock sensor and billing model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Weight-sensor minibars whose removals a model bills to guest folios.",
)

# ---------------------------------------------------------------- data assets
sensor_events = tg.Data(
    "Minibar sensor events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Room, shelf slot, weight change and timestamp for each lift or return.",
)
minibar_config = tg.Data(
    "Minibar configuration",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Slot-to-product map, tare calibration and firmware settings.",
)
restock_log = tg.Data(
    "Restock log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which attendant restocked which room and slots, and when.",
)
stay_details = tg.Data(
    "Guest stay details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest name, room, check-in and check-out, folio number.",
)
removal_features = tg.Data(
    "Removal features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Weight trace, occupancy state, recent restock and housekeeping visits.",
)
billing_decision = tg.Data(
    "Billing decision",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Bill or treat as restocking error, with the model's confidence.",
)
folio_charge = tg.Data(
    "Minibar folio charge",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
guest_folio = tg.Data("Guest folio", kind="documents", sensitivity=tg.Sensitivity.PII)
dispute = tg.Data(
    "Charge dispute",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The guest's complaint about a minibar charge, as told to the front desk.",
)
charge_reversal = tg.Data("Charge reversal", kind="records", sensitivity=tg.Sensitivity.PII)
dispute_outcome = tg.Data(
    "Dispute outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_examples = tg.Data(
    "Labelled removal examples", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_artifact = tg.Data(
    "Billing model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Guest areas", trust=tg.Trust.UNTRUSTED):
    # The guest takes items from the minibar and may dispute the resulting charge.
    guest = tm.add(tg.Actor("Hotel guest", role="guest"))

with tm.boundary("Hotel property network", trust=tg.Trust.INTERNAL):
    # One per room: load cells under each slot report lifts and returns.
    minibar = tm.add(
        tg.Device(
            "Smart minibar",
            fleet=True,
            description="Weight-sensor minibar on the hotel's IoT VLAN, one per room.",
        )
    )
    # Restocks explain weight changes that are not consumption.
    attendant = tm.add(tg.Actor("Housekeeping attendant", role="housekeeping staff"))
    housekeeping_app = tm.add(
        tg.Device("Housekeeping handheld app", description="Shared hotel handhelds.")
    )
    # Front-desk staff hear disputes and reverse charges.
    front_desk = tm.add(tg.Actor("Front desk agent", role="front desk staff"))

with tm.boundary("Minibar vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor runs device management and relays sensor events to us.
    vendor_cloud = tm.add(
        tg.ExternalService(
            "Minibar vendor IoT cloud",
            description="Device management, firmware and event relay for the minibars.",
        )
    )

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # System of record for stays and folios; hosted by the PMS vendor.
    pms = tm.add(
        tg.ExternalService(
            "Property management system",
            description="Hosted PMS holding reservations, stays and guest folios.",
        )
    )

with tm.boundary("Minibar billing platform", trust=tg.Trust.INTERNAL):
    # Receives vendor webhooks and handheld restock entries.
    ingestion = tm.add(
        tg.Endpoint(
            "Minibar event ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="static API key per caller (vendor relay, handheld app)"),
                c.SchemaEnforcement(note="JSON schema on sensor events and restock entries"),
            },
        )
    )
    # Keeps raw events, restocks, decisions and dispute outcomes for billing and training.
    event_store = tm.add(
        tg.DataStore(
            "Minibar event store",
            stores={sensor_events, restock_log, billing_decision, dispute_outcome},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Joins removals with stays, calls the model and posts charges to the PMS.
    billing = tm.add(
        tg.Service(
            "Minibar billing service",
            description="Runs every 15 minutes over new removals; posts billable ones as folio charges.",
            controls={
                c.ExplainabilityLogging(
                    note="each decision stored with its weight trace and features"
                ),
                c.Contestability(note="guests can dispute any minibar charge at the front desk"),
            },
        )
    )
    # Decides bill vs restocking error for each removal.
    model = tm.add(
        tg.Model(
            "Removal billing model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Classifier: consumption by the guest or a restock/handling error.",
        )
    )
    # Staff view of a charge's evidence, with the reversal action.
    dispute_console = tm.add(
        tg.Service(
            "Dispute console",
            internet_facing=True,
            controls={
                c.Authentication(method="group SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("ML training", trust=tg.Trust.INTERNAL):
        # Removals labelled by restock logs and dispute outcomes.
        dataset = tm.add(tg.Dataset("Labelled removal dataset", stores={training_examples}))
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versioned model artifacts the billing service loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(guest, minibar, label="lifts or returns items")
tm.flow(minibar, vendor_cloud, sensor_events, protocol="mqtts")
tm.flow(vendor_cloud, minibar, minibar_config, protocol="mqtts", label="config and firmware")
tm.flow(vendor_cloud, ingestion, sensor_events, protocol="https", label="event relay webhook")

tm.flow(attendant, housekeeping_app, restock_log, label="marks room restocked")
tm.flow(housekeeping_app, ingestion, restock_log, protocol="https")
tm.flow(ingestion, event_store, sensor_events, restock_log)

tm.flow(event_store, billing, sensor_events, restock_log)
tm.flow(pms, billing, stay_details, protocol="https", label="in-house guest lookup")
tm.flow(billing, model, removal_features)
tm.flow(model, billing, billing_decision)
tm.flow(billing, event_store, billing_decision)
tm.flow(billing, pms, folio_charge, protocol="https", label="post charge")
tm.flow(pms, guest, guest_folio, label="folio at check-out")

tm.flow(guest, front_desk, dispute, label="in person at the desk")
tm.flow(front_desk, dispute_console, dispute, protocol="https")
tm.flow(event_store, dispute_console, sensor_events, billing_decision, restock_log)
tm.flow(dispute_console, front_desk, sensor_events, billing_decision, protocol="https")
tm.flow(dispute_console, pms, charge_reversal, protocol="https")
tm.flow(dispute_console, event_store, dispute_outcome)

tm.flow(event_store, dataset, training_examples, label="monthly export")
tm.flow(dataset, training, training_examples)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load latest version")
