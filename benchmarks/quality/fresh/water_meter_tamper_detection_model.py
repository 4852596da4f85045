"""Water meter tamper detection: the first design, before any security review.

Smart water meters at customers' properties send hourly readings and tamper
alarms (magnet, reverse flow, case opened) over the meter vendor's LoRaWAN radio
network to the vendor's head-end system, which pushes them to our data platform
over an authenticated HTTPS API. An ingestion pipeline validates the files and
loads a meter data store; the billing system bills from the same readings.
A nightly scoring job runs an in-house tamper detection model over flow patterns
and alarms and sends likely tampering or bypasses to the field work management
system. A field technician inspects every flagged property before a new meter is
fitted or a theft case opened. Customers dispute by phone through the contact
centre, whose agents log disputes in the CRM and can ask for a re-inspection.
Inspection outcomes are kept as labels for quarterly retraining. Staff systems
use company SSO; the data store is encrypted and role-restricted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water meter tamper detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags likely meter tampering or bypass from smart meter readings for field inspection.",
)

# ---------------------------------------------------------------- data assets
radio_messages = tg.Data(
    "Meter radio messages",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Meter id, hourly index readings and tamper alarm flags.",
)
readings = tg.Data(
    "Meter readings and tamper alarms",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Consumption history per property, linked to the customer account.",
)
features = tg.Data(
    "Flow pattern features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Night flow, zero-consumption runs, reverse flow counts, alarm counts.",
)
tamper_score = tg.Data("Tamper score", kind="model-output", sensitivity=tg.Sensitivity.PII)
flagged = tg.Data(
    "Flagged properties",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, account, meter id, score and the alarms behind it.",
)
inspection_job = tg.Data("Inspection job", kind="records", sensitivity=tg.Sensitivity.PII)
inspection_outcome = tg.Data(
    "Inspection outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tamper found or not, photos, meter exchanged, theft case opened.",
)
outcome_labels = tg.Data(
    "Confirmed tamper labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
meter_exchange = tg.Data("Meter exchange record", kind="records", sensitivity=tg.Sensitivity.PII)
model_artifact = tg.Data(
    "Tamper model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
bill = tg.Data("Customer bill", kind="documents", sensitivity=tg.Sensitivity.PII)
dispute = tg.Data(
    "Customer dispute",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer's challenge of a tamper finding, back-bill or theft case.",
)
case_status = tg.Data("Case status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Customer premises", trust=tg.Trust.UNTRUSTED):
    # The meters sit in kerbside boxes and cellars that the customer can reach.
    meters = tm.add(
        tg.Device(
            "Smart water meters",
            fleet=True,
            description="Battery meters with a LoRaWAN radio and magnetic/reverse-flow alarms.",
        )
    )
    # Bill payers: receive bills and may dispute a finding.
    customer = tm.add(tg.Actor("Customer", role="bill payer"))

with tm.boundary("Meter vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor runs the radio network and collects the readings for us.
    head_end = tm.add(
        tg.Service(
            "Meter head-end system",
            description="Vendor-operated network server and head-end; decrypts meter uplinks.",
        )
    )

with tm.boundary("Data platform", trust=tg.Trust.INTERNAL):
    # Receives the vendor's pushes and loads them after a schema check.
    ingestion = tm.add(
        tg.Pipeline(
            "Readings ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="rejects files that do not match the vendor contract")
            },
        )
    )
    # The system of record for readings: billing and the tamper model both read it.
    meter_store = tm.add(
        tg.DataStore(
            "Meter data store",
            stores={readings},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(note="data platform roles"),
            },
        )
    )
    # Works through yesterday's readings for every meter and flags high scores.
    scoring_job = tm.add(
        tg.Service(
            "Nightly tamper scoring job",
            description="Builds features, calls the model, sends scores above 0.8 to field work.",
        )
    )
    # Gradient-boosted classifier trained on past confirmed inspections.
    model = tm.add(
        tg.Model(
            "Tamper detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Scores the likelihood of tampering or a bypass per property.",
        )
    )
    # Quarterly retraining on readings and confirmed inspection outcomes.
    training = tm.add(tg.Pipeline("Tamper model retraining", stage=tg.Stage.TRAINING))
    # Holds the trained versions; the scoring job loads the pinned one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning(note="scoring job pins a version")},
        )
    )

with tm.boundary("Business systems", trust=tg.Trust.INTERNAL):
    # Bills customers from the meter readings.
    billing = tm.add(tg.Service("Billing system"))
    # Dispatches inspections and records their outcomes and theft cases.
    field_work = tm.add(
        tg.Service(
            "Field work management system",
            description="Job dispatch to field technicians' phones, inspection records, theft cases.",
            controls={
                c.Authentication(method="company SSO"),
                c.HumanInTheLoop(
                    approver="field technician",
                    note="a technician inspects on site before any meter exchange or theft case",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Customer accounts and contact history; where disputes are logged.
    crm = tm.add(
        tg.Service(
            "Customer CRM",
            controls={
                c.Authentication(method="company SSO"),
                c.Contestability(note="customers can dispute a finding through the contact centre"),
            },
        )
    )

with tm.boundary("Operations staff", trust=tg.Trust.INTERNAL):
    # Inspects flagged properties, fits new meters, opens theft cases.
    technician = tm.add(tg.Actor("Field technician", role="revenue protection technician"))
    # Takes customers' calls and logs disputes.
    contact_agent = tm.add(tg.Actor("Contact centre agent", role="customer service"))

# ---------------------------------------------------------------- flows
tm.flow(
    meters,
    head_end,
    radio_messages,
    protocol="lorawan",
    controls={c.EncryptionInTransit(protocol="LoRaWAN AES-128 session keys")},
    label="hourly uplink",
)
tm.flow(
    head_end,
    ingestion,
    readings,
    protocol="https",
    controls={c.Authentication(method="vendor API key")},
    label="push every 6 hours",
)
tm.flow(ingestion, meter_store, readings)

tm.flow(meter_store, billing, readings, label="billing reads")
tm.flow(billing, customer, bill, protocol="smtp", label="e-mailed or posted bill")

tm.flow(meter_store, scoring_job, readings)
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, tamper_score)
tm.flow(scoring_job, field_work, flagged, protocol="https")

tm.flow(field_work, technician, inspection_job, protocol="https", label="job on technician's phone")
tm.flow(technician, field_work, inspection_outcome, protocol="https")
tm.flow(field_work, billing, meter_exchange, label="meter exchange and back-bill")

tm.flow(customer, contact_agent, dispute, protocol="phone")
tm.flow(contact_agent, customer, case_status, protocol="phone")
tm.flow(contact_agent, crm, dispute)
tm.flow(crm, contact_agent, case_status)
tm.flow(crm, field_work, dispute, label="re-inspection request")
tm.flow(field_work, crm, case_status)

tm.flow(meter_store, training, readings, label="historical readings")
tm.flow(field_work, training, outcome_labels, label="confirmed inspection outcomes")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load pinned version")
