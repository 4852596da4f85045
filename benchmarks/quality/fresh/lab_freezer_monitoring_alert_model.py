"""Biobank freezer monitoring: the first design, before any security review.

A European university biobank keeps research samples in ultra-low freezers. Each
freezer has a temperature probe and a door sensor that report over LoRaWAN to a
gateway on the facilities network, which forwards readings by MQTT to an ingest
service on the biobank's server VLAN. Readings land in a time-series database; an
in-house failure-prediction model scores every freezer every five minutes, and an
alerting service pages the on-call technician through a hosted paging service.
Acknowledgements come back from the paging service by webhook. The technician can
move samples to a spare freezer and records the moves in the facility's sample
inventory system (a commercial LIMS run by research IT), which holds pseudonymised
donor codes. A monthly job retrains the model on past telemetry and incidents.
Controls in this design: university SSO with MFA on the dashboard, SSO, roles and
the vendor's audit trail on the inventory, HTTPS to the paging vendor, and an
evaluation of each retrained model before it is deployed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Biobank freezer failure monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicts ultra-low freezer failures from sensor telemetry and pages the "
    "on-call technician so that irreplaceable samples can be moved in time.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Freezer telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Cabinet temperature, compressor state and door open/close events per freezer.",
)
features = tg.Data("Freezer feature windows", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
risk_score = tg.Data(
    "Failure risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data(
    "Freezer alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Freezer id, location, risk, current temperature and number of samples inside.",
)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
status_view = tg.Data(
    "Freezer status and alert history", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
inventory = tg.Data(
    "Sample inventory records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Sample ids, pseudonymised donor codes, consent restrictions and freezer/rack/box positions.",
)
contents = tg.Data(
    "Freezer contents summary",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per freezer: sample counts and how many are flagged irreplaceable.",
)
moves = tg.Data("Sample relocation record", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
incident_labels = tg.Data(
    "Freezer incident labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Technician-recorded failures, false alarms and maintenance events.",
)
history = tg.Data("Historical telemetry", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data("Failure model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Paged at home or on campus on a personal phone; reaches the dashboard over the VPN.
    technician = tm.add(tg.Actor("On-call technician", role="biobank technician"))

with tm.boundary("Paging vendor", trust=tg.Trust.PARTNER):
    # Hosted on-call service that sends SMS and push notifications and tracks acks.
    paging = tm.add(
        tg.ExternalService(
            "Paging service",
            description="SaaS on-call scheduling and notification, reached with an API key.",
        )
    )

with tm.boundary("Freezer rooms sensor network", trust=tg.Trust.INTERNAL):
    # The probes and door contacts fitted to every freezer: the raw signal.
    sensors = tm.add(
        tg.Device(
            "Freezer probes and door sensors",
            fleet=True,
            description="Battery LoRaWAN temperature probes and door contacts, about 180 freezers.",
        )
    )
    # Receives the radio uplinks and republishes them as MQTT on the facilities network.
    gateway = tm.add(tg.Service("LoRaWAN gateway"))

with tm.boundary("Biobank server VLAN", trust=tg.Trust.INTERNAL):
    # Subscribes to the MQTT topics, validates units and writes readings.
    ingest = tm.add(tg.Service("Telemetry ingest service"))
    # Time-series store of readings, scores and the alert history.
    tsdb = tm.add(tg.DataStore("Telemetry database", stores={readings, status_view}))
    # Predicts compressor or cooling failure hours ahead from recent readings.
    model = tm.add(
        tg.Model(
            "Freezer failure prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees over 6-hour windows of temperature and door data.",
            controls={c.ModelValidation(note="back-tested on held-out incidents before deploy")},
        )
    )
    # Combines model risk and hard temperature thresholds, decides whom to page.
    alerting = tm.add(tg.Service("Alerting service"))
    # Web dashboard where technicians see freezers, acknowledge alerts and log incidents.
    dashboard = tm.add(
        tg.Endpoint(
            "Freezer monitoring dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="university SSO (SAML) with Duo MFA")},
        )
    )
    # Past telemetry joined with incident labels, exported monthly.
    training_set = tm.add(
        tg.Dataset("Freezer failure training set", stores={history, incident_labels})
    )
    # Monthly retraining job run by the biobank's data engineer.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Network share holding the trained model files the scorer loads.
    registry = tm.add(tg.ModelRegistry("Model file share", stores={weights}))

with tm.boundary("Research IT data centre", trust=tg.Trust.RESTRICTED):
    # The facility's LIMS: which sample is in which freezer, rack and box.
    lims = tm.add(
        tg.Service(
            "Sample inventory system",
            description="Commercial biobank LIMS hosted by university research IT.",
            controls={
                c.Authentication(method="university SSO (SAML)"),
                c.RBAC(note="technician, manager and researcher roles"),
                c.AuditLogging(note="the vendor's built-in audit trail"),
            },
        )
    )

with tm.boundary("Biobank office", trust=tg.Trust.INTERNAL):
    # Owns the sample records and reviews relocations after an incident.
    manager = tm.add(tg.Actor("Biobank manager", role="biobank manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, readings, protocol="lorawan")
tm.flow(gateway, ingest, readings, protocol="mqtt")
tm.flow(ingest, tsdb, readings)

tm.flow(tsdb, model, features, label="recent windows")
tm.flow(model, alerting, risk_score)
tm.flow(tsdb, alerting, readings, label="threshold checks")
tm.flow(alerting, tsdb, status_view, label="alert history")
tm.flow(lims, alerting, contents, label="samples per freezer")

tm.flow(alerting, paging, alert, protocol="https")
tm.flow(paging, technician, alert, protocol="sms", label="SMS and push page")
tm.flow(technician, paging, ack, protocol="https", label="acknowledge in app")
tm.flow(paging, alerting, ack, protocol="https", label="acknowledgement webhook")

tm.flow(technician, dashboard, ack, incident_labels, protocol="https")
tm.flow(tsdb, dashboard, status_view)
tm.flow(dashboard, technician, status_view, protocol="https")
tm.flow(dashboard, training_set, incident_labels)

tm.flow(lims, technician, inventory, protocol="https", label="what is in the failing freezer")
tm.flow(technician, lims, moves, protocol="https", label="record sample moves")
tm.flow(manager, lims, inventory, moves, protocol="https")
tm.flow(lims, manager, inventory, protocol="https")

tm.flow(tsdb, training_set, history, label="monthly export")
tm.flow(training_set, training, history, incident_labels)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load on restart")
