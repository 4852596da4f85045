"""Hyperbaric oxygen chamber session log and pressure alarm model: the first design.

A US hospital's hyperbaric medicine unit runs two multiplace chambers. A chamber
control PLC runs the treatment table the technician selects on its panel and reads
pressure and oxygen sensors. A telemetry gateway on the chamber OT network polls the
PLC and forwards readings to a session monitor service on the clinical network, which
feeds pressure-curve features to an in-house anomaly model and raises alarms on the
operator console and, through a paging vendor, to the on-call hyperbaric physician.
The monitor writes each session (patient, table, pressure curve, alarms, notes) to a
session log and sends a summary to the hospital EHR. A monthly pipeline retrains the
alarm model from logged sessions labelled by a biomedical engineer, who approves each
version in the registry before it is deployed. Controls in this design: relief valves
and PLC rate clamps, badge sign-in on the console, an encrypted session log, TLS to the
EHR's FHIR API and the paging vendor, and versioned models with engineer sign-off.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hyperbaric chamber session log and pressure alarm model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Logs hyperbaric treatment sessions and raises model-driven pressure alarms.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Chamber pressure and O2 readings",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
table_selection = tg.Data(
    "Treatment table selection",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
curve_features = tg.Data(
    "Pressure curve features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
alarm_score = tg.Data(
    "Pressure anomaly score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
alarms = tg.Data(
    "Chamber alarm events",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Alarm type, chamber, session and patient identifier, live curve.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
acknowledgement = tg.Data(
    "Alarm acknowledgement and operator notes", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
page = tg.Data(
    "Alarm page",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Chamber number, alarm type and time; no patient name.",
)
order = tg.Data(
    "Hyperbaric treatment order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient identity, indication and prescribed treatment table from the EHR.",
)
session_record = tg.Data(
    "Session record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
summary = tg.Data("Session summary", kind="records", sensitivity=tg.Sensitivity.REGULATED)
labels = tg.Data(
    "Labelled alarm events",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
artifact = tg.Data("Alarm model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Chamber OT network", trust=tg.Trust.RESTRICTED):
    # The transducers on each chamber: the only source of truth about depth and O2.
    sensors = tm.add(
        tg.Device("Chamber pressure and O2 sensors", fleet=False, description="Wired transducers.")
    )
    # Runs the selected treatment table; the pressure relief valves sit beside it.
    plc = tm.add(
        tg.Service(
            "Chamber control PLC",
            description="Runs compression, treatment and decompression for the selected table.",
            controls={
                c.SafetyLimits(
                    limits="mechanical relief valves at 3 ATA; PLC clamps compression "
                    "and decompression rates"
                )
            },
        )
    )
    # Bridges the OT network to the clinical network so the PLC itself is not exposed.
    gateway = tm.add(
        tg.Service(
            "Telemetry gateway",
            description="Polls the PLC every second and publishes readings to the monitor.",
        )
    )

with tm.boundary("Clinical network", trust=tg.Trust.INTERNAL):
    # The chamber operator: a certified hyperbaric technician at the chamber.
    operator = tm.add(tg.Actor("Chamber operator", role="hyperbaric technician"))
    # Live curves and alarms for the operator; pulls the patient's order from the EHR.
    console = tm.add(
        tg.Endpoint(
            "Operator console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="hospital Active Directory login with badge tap"),
                c.RBAC(),
            },
        )
    )
    # Assembles each session, runs the alarm model, pages and logs.
    monitor = tm.add(
        tg.Service(
            "Session monitor service",
            description="Builds pressure-curve features, scores them, raises and records alarms.",
        )
    )
    # Flags compression/decompression profiles that drift from the table (leaks, stuck valves).
    model = tm.add(
        tg.Model(
            "Pressure alarm model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Anomaly detector over pressure curves; above threshold raises an alarm.",
        )
    )
    # The unit's own record of every session, kept for clinical and regulatory review.
    session_log = tm.add(
        tg.DataStore(
            "Session log",
            stores={session_record},
            controls={c.EncryptionAtRest(key_management="SQL Server TDE")},
        )
    )

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # The hospital's system of record for the patient.
    ehr = tm.add(tg.DataStore("Hospital EHR", stores={order, summary}))
    # Biomedical engineer who labels alarm events and signs off model versions.
    engineer = tm.add(tg.Actor("Biomedical engineer", role="biomedical engineer", privileged=True))
    # Monthly retraining on logged sessions.
    training = tm.add(tg.Pipeline("Monthly alarm model retraining", stage=tg.Stage.TRAINING))
    # Holds alarm model versions; only an approved version is deployed to the monitor.
    registry = tm.add(
        tg.ModelRegistry(
            "Alarm model registry",
            stores={artifact},
            controls={
                c.ModelVersioning(),
                c.HumanInTheLoop(approver="biomedical engineer"),
            },
        )
    )

with tm.boundary("Paging vendor", trust=tg.Trust.PARTNER):
    # Hosted clinical paging service.
    pager = tm.add(tg.ExternalService("Clinical paging service"))

with tm.boundary("On call", trust=tg.Trust.UNTRUSTED):
    # The physician may be anywhere in the hospital or at home when paged.
    physician = tm.add(tg.Actor("On-call hyperbaric physician", role="physician"))

# ---------------------------------------------------------------- flows
tm.flow(sensors, plc, readings, label="wired 4-20 mA loop")
tm.flow(operator, plc, table_selection, label="selected on the panel")
tm.flow(plc, gateway, readings, protocol="modbus")
tm.flow(gateway, monitor, readings, protocol="mqtt")

tm.flow(monitor, model, curve_features)
tm.flow(model, monitor, alarm_score)
tm.flow(monitor, console, alarms, protocol="wss")
tm.flow(console, operator, alarms, label="on screen")
tm.flow(operator, console, acknowledgement)
tm.flow(console, monitor, acknowledgement, protocol="https")
tm.flow(ehr, console, order, protocol="HL7 FHIR over HTTPS")

tm.flow(monitor, pager, page, protocol="https")
tm.flow(pager, physician, page, protocol="sms")

tm.flow(monitor, session_log, session_record)
tm.flow(monitor, ehr, summary, protocol="mllp", label="HL7 v2 at session end")

tm.flow(session_log, training, session_record, label="monthly export")
tm.flow(engineer, training, labels)
tm.flow(training, registry, artifact)
tm.flow(registry, monitor, artifact, label="deploy approved version")
