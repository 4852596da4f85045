"""Mine ventilation gas forecast model: the first design, before any security review.

An underground coal mine forecasts methane and carbon monoxide levels in each
district for the next hour. Fixed gas sensors and airflow sensors are wired to
underground outstations, which send their readings to the surface over the mine's
fibre network to the ventilation SCADA server; the readings are kept in a
historian. A forecast service combines recent readings with the production plan
from the mine planning system, runs the vendor's forecast model and shows forecasts
and recommended main fan speed changes on a display in the ventilation control room.
The ventilation officer decides and changes fan speed through SCADA; the model
commands nothing. The vendor retrains the model on exported history and supports
the system remotely through a VPN gateway in the OT DMZ. Controls in this design:
sensor range checks, back-testing of new models, fan drive speed limits, role-based
SCADA access, and certificate-and-password VPN sign-in with session logging.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mine ventilation gas forecast model",
    profile=tg.RiskProfile.HIGH,
    description="Forecasts district methane and CO levels and recommends main fan speed changes.",
)

# ---------------------------------------------------------------- data assets
gas_readings = tg.Data(
    "Methane and CO readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
airflow_readings = tg.Data(
    "Airflow readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
history = tg.Data(
    "Sensor history",
    kind="training-data",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
plan = tg.Data(
    "Production plan",
    kind="records",
    description="Shift plan: which faces and headings are cut, and when.",
)
model_inputs = tg.Data("Forecast inputs", kind="features")
forecast = tg.Data(
    "Gas level forecast",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
recommendation = tg.Data(
    "Fan speed recommendation",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fan_command = tg.Data(
    "Fan speed setpoint",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
model_file = tg.Data(
    "Forecast model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
support_session = tg.Data(
    "Remote support session",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Remote desktop to the forecast server: configuration, logs, updates.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Underground mine network", trust=tg.Trust.INTERNAL):
    # Fixed methane and CO heads in each district and return airway.
    gas_sensors = tm.add(tg.Device("Methane and CO sensors"))
    # Air velocity sensors in the main intakes and district returns.
    airflow_sensors = tm.add(tg.Device("Airflow sensors"))
    # Collect the wired sensor signals and send them to the surface.
    outstations = tm.add(tg.Device("Underground outstations"))

with tm.boundary("Surface control network", trust=tg.Trust.RESTRICTED):
    # The existing ventilation monitoring and control system.
    scada = tm.add(tg.Service("Ventilation SCADA server", controls={c.RBAC()}))
    # Keeps every reading for trends, reports and model retraining.
    historian = tm.add(
        tg.DataStore("Sensor historian", stores={gas_readings, airflow_readings, history})
    )
    # Builds the model's inputs every five minutes and turns forecasts into advice.
    forecast_service = tm.add(
        tg.Service(
            "Gas forecast service",
            controls={
                c.InputValidation(note="readings outside each sensor's range are dropped"),
                c.HumanInTheLoop(approver="the ventilation officer decides every fan change"),
            },
        )
    )
    # The vendor's gradient-boosted model, one forecast per district.
    model = tm.add(
        tg.Model(
            "Gas forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Supplied and trained by the monitoring equipment vendor.",
            controls={c.ModelValidation(note="vendor back-tests each version on recent months")},
        )
    )
    # The screen in the ventilation control room that shows forecasts and advice.
    display = tm.add(tg.Endpoint("Control room forecast display", purpose=tg.EndpointPurpose.API))
    # Decides on fan speed changes and makes them through SCADA.
    officer = tm.add(tg.Actor("Ventilation officer", role="ventilation officer", privileged=True))
    # Drives the main surface fan; limits its own speed range.
    fan = tm.add(
        tg.Device(
            "Main fan drive",
            fleet=False,
            controls={c.SafetyLimits(limits="minimum and maximum fan speed set in the drive")},
        )
    )

with tm.boundary("Mine business network", trust=tg.Trust.INTERNAL):
    # Holds the production plan the forecasts depend on.
    planning = tm.add(tg.DataSource("Mine planning system", provides={plan}))

with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
    # The only way in for the vendor: VPN, then remote desktop to the forecast server.
    gateway = tm.add(
        tg.Service(
            "Remote access gateway",
            controls={
                c.Authentication(method="VPN client certificate and password"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Equipment vendor", trust=tg.Trust.PARTNER):
    # The vendor's support engineer who maintains and updates the system.
    vendor_engineer = tm.add(
        tg.Actor("Vendor support engineer", role="service engineer", privileged=True)
    )
    # The vendor's retraining job, run on exported mine history.
    training = tm.add(tg.Pipeline("Model retraining pipeline", stage=tg.Stage.TRAINING))

# ---------------------------------------------------------------- flows
# Readings to the surface
tm.flow(gas_sensors, outstations, gas_readings, label="4-20 mA wired")
tm.flow(airflow_sensors, outstations, airflow_readings, label="4-20 mA wired")
tm.flow(
    outstations,
    scada,
    gas_readings,
    airflow_readings,
    protocol="modbus",
    label="mine fibre network",
)
tm.flow(scada, historian, gas_readings, airflow_readings, protocol="opc-ua")

# Forecasting
tm.flow(historian, forecast_service, gas_readings, airflow_readings, protocol="opc-ua")
tm.flow(planning, forecast_service, plan, protocol="https", label="shift plan export")
tm.flow(forecast_service, model, model_inputs)
tm.flow(model, forecast_service, forecast)
tm.flow(forecast_service, display, forecast, recommendation, protocol="https")
tm.flow(display, officer, forecast, recommendation)

# The officer's decision
tm.flow(scada, officer, gas_readings, airflow_readings, label="SCADA HMI")
tm.flow(officer, scada, fan_command, label="SCADA HMI")
tm.flow(scada, fan, fan_command, protocol="modbus")

# Vendor support and retraining
tm.flow(vendor_engineer, gateway, support_session, protocol="ipsec")
tm.flow(gateway, forecast_service, support_session, protocol="rdp")
tm.flow(historian, gateway, history, protocol="sftp", label="monthly export")
tm.flow(gateway, training, history, protocol="sftp")
tm.flow(training, gateway, model_file, protocol="sftp")
tm.flow(gateway, model, model_file, label="vendor installs new version")
