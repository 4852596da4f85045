"""Hot axle bearing detection for freight trains: the first design, before review.

The infrastructure manager runs trackside detectors that measure the temperature
and acoustic signature of every wheel bearing as a freight train passes. Readings
travel over the railway's operational network to a regional data centre, where a
collector matches them to the train's wagon list and a scoring model rates each
bearing. When the model predicts a failing bearing, an alarm manager raises a hot
axle alarm on the signaller's alarm terminal (the signaller stops the train) and
sends it to the freight operator's control room over an HTTPS API. The detector
vendor supplies model updates through its SFTP portal; our detector systems
engineer loads them into a versioned model registry and deploys them. Maintenance
technicians record what they found on each flagged wagon in an inspection portal
behind corporate single sign-on; findings and readings go back to the vendor each
month so that it can retrain. Alarms are logged for incident investigation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Freight hot axle bearing detection",
    profile=tg.RiskProfile.HIGH,
    description="Trackside bearing readings scored by a vendor model; alarms stop trains.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Bearing readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-axle bearing temperature and acoustic signature, with site and time.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
consist = tg.Data(
    "Train consist",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Train identity and wagon order, commercially sensitive to the operator.",
)
bearing_score = tg.Data(
    "Bearing failure score",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alarm = tg.Data(
    "Hot axle alarm",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Train, wagon, axle position and score of a bearing predicted to fail.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
acknowledgement = tg.Data("Alarm acknowledgement", kind="records")
work_order = tg.Data("Wagon inspection request", kind="records")
findings = tg.Data(
    "Inspection findings",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the technician found on the flagged bearing, and who inspected it.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_package = tg.Data(
    "Vendor model package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="Scoring model weights and thresholds shipped by the detector vendor.",
)
deploy_approval = tg.Data("Model deployment approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Railway operational network", trust=tg.Trust.INTERNAL):
    # The sensor heads and their trackside cabinet, one per detector site.
    detector = tm.add(
        tg.Device(
            "Trackside bearing detector",
            fleet=True,
            description="Vendor-built infrared and acoustic detector at each site.",
        )
    )
    # Shows alarms in the signalling centre so the signaller can stop the train.
    terminal = tm.add(tg.Service("Signaller alarm terminal"))
    # Stops the train on an alarm and acknowledges it.
    signaller = tm.add(tg.Actor("Signaller", role="signaller"))

with tm.boundary("Regional data centre", trust=tg.Trust.INTERNAL):
    # Receives detector readings, checks them and joins them to the train consist.
    collector = tm.add(
        tg.Service(
            "Detector data collector",
            controls={c.InputValidation(note="range and completeness checks per axle")},
        )
    )
    # Keeps the reading history for investigations and for the vendor's retraining.
    readings_store = tm.add(tg.DataStore("Bearing readings store", stores={readings}))
    # Which train and wagon each axle belongs to, from the train describer system.
    consist_source = tm.add(
        tg.DataSource("Train consist feed", origin=tg.Origin.INTERNAL, provides={consist})
    )
    # Scores each bearing; the vendor trains it, we run it.
    model = tm.add(
        tg.Model(
            "Hot axle bearing model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Vendor-supplied weights run on our servers; predicts bearing failure.",
        )
    )
    # Applies the alarm threshold and sends alarms to the signaller and the operator.
    alarm_manager = tm.add(
        tg.Service(
            "Alarm manager",
            controls={c.AuditLogging(retention_days=2190, note="alarm log for investigations")},
        )
    )
    # Holds the vendor model versions; the engineer picks the one in service.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_package}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Where technicians get inspection requests and record what they found.
    portal = tm.add(
        tg.Endpoint(
            "Inspection portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )
    # Keeps inspection findings, the ground truth for the model.
    findings_store = tm.add(tg.DataStore("Inspection findings store", stores={findings}))
    # Inspects flagged wagons in the yard, on a company tablet over VPN.
    technician = tm.add(tg.Actor("Maintenance technician", role="maintenance"))
    # Installs and deploys vendor model updates.
    engineer = tm.add(tg.Actor("Detector systems engineer", role="engineer", privileged=True))

with tm.boundary("Freight operator", trust=tg.Trust.PARTNER):
    # The operator's control room system, told about alarms on its trains.
    operator = tm.add(tg.ExternalService("Freight operator control room"))

with tm.boundary("Detector vendor", trust=tg.Trust.PARTNER):
    # The vendor's portal: model updates out, findings and readings in.
    vendor = tm.add(tg.ExternalService("Vendor update portal", provides="model-hub"))

# ---------------------------------------------------------------- flows
tm.flow(detector, collector, readings, protocol="mqtt", label="per passing train")
tm.flow(consist_source, collector, consist, protocol="https")
tm.flow(collector, readings_store, readings)
tm.flow(collector, alarm_manager, readings, consist)
tm.flow(alarm_manager, model, readings)
tm.flow(model, alarm_manager, bearing_score)

tm.flow(alarm_manager, terminal, alarm, protocol="https")
tm.flow(terminal, signaller, alarm, label="on the alarm panel")
tm.flow(signaller, terminal, acknowledgement, label="on the alarm panel")
tm.flow(terminal, alarm_manager, acknowledgement, protocol="https")
tm.flow(alarm_manager, operator, alarm, protocol="https")
tm.flow(operator, alarm_manager, acknowledgement, protocol="https")

tm.flow(alarm_manager, portal, work_order, protocol="https")
tm.flow(portal, technician, work_order, protocol="https")
tm.flow(technician, portal, findings, protocol="https")
tm.flow(portal, findings_store, findings)

tm.flow(findings_store, vendor, findings, protocol="sftp", label="monthly export")
tm.flow(readings_store, vendor, readings, protocol="sftp", label="monthly export")
tm.flow(vendor, registry, model_package, protocol="sftp", label="model update")
tm.flow(engineer, registry, deploy_approval, label="selects version in service")
tm.flow(registry, model, model_package, label="deploy")
