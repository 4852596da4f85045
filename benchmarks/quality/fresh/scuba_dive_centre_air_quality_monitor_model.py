"""Scuba dive centre breathing-air quality monitor: the first design, before any security review.

The dive centre fills customers' cylinders from a high-pressure breathing-air compressor.
An inline sensor block measures carbon monoxide, moisture and oil mist during each fill,
and the compressor reports run hours, pressures and temperatures, both over Modbus to a
gateway PC in the fill room. The gateway runs an in-house model that predicts filter
exhaustion and flags unsafe fills, and then locks the fill panel until a technician has
checked the cylinder and released it from the fill room tablet. Technicians sign each
fill log entry in the tablet app, which stores it through a fill records API in the
centre's cloud account; divers scan their cylinder's QR tag to see its fill record.
The compressor manufacturer connects to the gateway remotely to read the sensor logs.
Controls: technician sign-in, TLS to the cloud, an encrypted fill log database and the
technician's release of a locked panel.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Dive centre breathing-air quality monitor",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Monitors the air in filled scuba cylinders, predicts filter exhaustion and "
        "locks the fill panel on an unsafe fill until a technician clears it."
    ),
)

# ---------------------------------------------------------------- data assets
air_readings = tg.Data(
    "Air quality sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="CO ppm, dew point / moisture and oil mist per fill, every second.",
)
compressor_telemetry = tg.Data(
    "Compressor telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Run hours, stage pressures, temperatures and filter cartridge hours.",
)
verdict = tg.Data(
    "Unsafe fill flag and filter life prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lock_command = tg.Data(
    "Fill panel lock command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
panel_status = tg.Data("Fill panel status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
lock_alert = tg.Data("Locked fill alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
unlock_release = tg.Data(
    "Technician unlock release",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
fill_result = tg.Data(
    "Fill air quality result",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per cylinder: serial, fill time, final CO / moisture / oil values and flag.",
)
fill_log = tg.Data(
    "Signed fill log entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Cylinder serial, owner name, gas, pressure, air results, technician signature.",
)
sign_off = tg.Data(
    "Technician fill sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
qr_lookup = tg.Data(
    "Cylinder QR lookup",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The cylinder id encoded in the QR tag on the cylinder.",
)
fill_record_view = tg.Data(
    "Cylinder fill record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Last fills of one cylinder with air quality results and who signed them.",
)
sensor_logs = tg.Data(
    "Compressor and sensor logs",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
)
log_request = tg.Data("Log retrieval request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers check when and how their cylinder was filled by scanning its QR tag.
    diver = tm.add(tg.Actor("Diver", role="customer"))

with tm.boundary("Compressor manufacturer", trust=tg.Trust.PARTNER):
    # The manufacturer's service desk pulls the logs to plan filter and valve maintenance.
    manufacturer = tm.add(
        tg.ExternalService(
            "Manufacturer remote maintenance service",
            description="Connects to the fill room gateway to read compressor and sensor logs.",
        )
    )

with tm.boundary("Dive centre cloud account", trust=tg.Trust.INTERNAL):
    # One API behind both the technicians' tablet app and the public QR fill record page.
    records_api = tm.add(
        tg.Endpoint(
            "Fill records API",
            purpose=tg.EndpointPurpose.API,
            description="Stores signed fill logs and serves the QR fill record page.",
            controls={c.RBAC(note="technician and manager roles; the QR page is read-only")},
        )
    )
    # The legal record of every fill, kept for inspections and incident investigations.
    fill_log_db = tm.add(
        tg.DataStore(
            "Fill log database",
            stores={fill_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Fill room network", trust=tg.Trust.INTERNAL):
    # Inline CO, moisture and oil sensors on the compressor's outlet.
    sensors = tm.add(tg.Device("Air quality sensor block", fleet=False))
    # The compressor reports its own state; its controls stay local on the machine.
    compressor = tm.add(tg.Device("Breathing air compressor", fleet=False))
    # Collects readings, runs the model, drives the panel lock and forwards results.
    gateway = tm.add(
        tg.Service(
            "Fill room gateway",
            description="Industrial PC on the fill room LAN; also the manufacturer's access point.",
        )
    )
    # Flags unsafe fills and predicts filter exhaustion from readings and telemetry.
    air_model = tm.add(
        tg.Model(
            "Air quality and filter exhaustion model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Gradient-boosted model trained on the compressor's history and lab air tests.",
            controls={c.ModelValidation(note="checked against accredited lab air samples")},
        )
    )
    # Holds the fill whip valves shut while a fill is flagged.
    panel = tm.add(
        tg.Service(
            "Fill panel controller",
            description="Solenoid valves on the fill whips, locked on the gateway's command.",
            controls={c.HumanInTheLoop(approver="duty fill technician")},
        )
    )
    # Rolling history of readings for the model and the manufacturer.
    history = tm.add(
        tg.DataStore(
            "Sensor history store",
            stores={air_readings, compressor_telemetry, verdict, sensor_logs},
        )
    )
    # Shared tablet in the fill room: alerts, unlocking and fill log signing.
    tablet = tm.add(
        tg.Device(
            "Technician tablet app",
            fleet=False,
            controls={c.Authentication(method="per-technician username and password")},
        )
    )
    # Fills cylinders, checks flagged ones and signs the fill log.
    technician = tm.add(tg.Actor("Fill technician", role="technician"))

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, air_readings, protocol="modbus")
tm.flow(compressor, gateway, compressor_telemetry, protocol="modbus")
tm.flow(gateway, air_model, air_readings, compressor_telemetry, protocol="local")
tm.flow(air_model, gateway, verdict, protocol="local")
tm.flow(gateway, history, air_readings, compressor_telemetry, verdict, protocol="local")
tm.flow(history, gateway, sensor_logs, air_readings, protocol="local")

tm.flow(gateway, panel, lock_command, protocol="modbus")
tm.flow(panel, gateway, panel_status, protocol="modbus")
tm.flow(gateway, tablet, lock_alert, protocol="https", label="fill room Wi-Fi")
tm.flow(technician, tablet, unlock_release, sign_off, label="on the touchscreen")
tm.flow(tablet, gateway, unlock_release, protocol="https", label="fill room Wi-Fi")

tm.flow(
    gateway,
    records_api,
    fill_result,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(records_api, tablet, fill_result, fill_log, protocol="https")
tm.flow(tablet, records_api, fill_log, protocol="https", label="signed fill log")
tm.flow(records_api, fill_log_db, fill_log)
tm.flow(fill_log_db, records_api, fill_log)

tm.flow(diver, records_api, qr_lookup, protocol="https", label="QR tag scan")
tm.flow(records_api, diver, fill_record_view, protocol="https")

tm.flow(
    manufacturer,
    gateway,
    log_request,
    protocol="https",
    controls={c.Authentication(method="manufacturer service account password")},
)
tm.flow(gateway, manufacturer, sensor_logs, protocol="https")
