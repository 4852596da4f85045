"""Funicular brake test monitoring: the first design, before any security review.

A hillside funicular runs two cars on one haul cable. Brake pad position, hydraulic
pressure and cable tension sensors on the drive and the cars are wired to a monitoring
PLC in the drive station, which also times the stopping distances of the daily brake
tests before service starts. An edge historian in the station's operations network
reads the PLC over OPC UA and keeps every test. A condition monitoring service runs two
models from the sensor vendor on each test: one predicts brake pad wear, the other
flags abnormal stopping distances. The maintenance engineer reviews the report on a
company tablet and signs the railway off as fit to run; the sign-off is kept in a
register and shown to the control room, whose operator starts service only after it.
The sensor vendor maintains the PLC program and the models remotely through a VPN
gateway, with one account per vendor engineer. The emergency and safety brakes stay
on their own hardwired circuits, which the monitoring cannot command.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Funicular brake test monitoring",
    profile=tg.RiskProfile.HIGH,
    description="Brake wear prediction and abnormal stopping-distance flags for the "
    "daily fit-to-run sign-off of a funicular railway.",
)

# ---------------------------------------------------------------- data assets
brake_readings = tg.Data(
    "Brake sensor readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
cable_readings = tg.Data(
    "Cable tension readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
test_measurements = tg.Data(
    "Brake test measurements",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Stopping distances, deceleration curves and brake pressures per test.",
)
test_features = tg.Data("Brake test features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
wear_prediction = tg.Data(
    "Brake wear prediction", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
distance_flag = tg.Data(
    "Abnormal stopping distance flag",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
condition_report = tg.Data(
    "Daily condition report",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sign_off = tg.Data(
    "Fit-to-run sign-off",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Engineer, time, test results reviewed and the fit / not fit verdict.",
)
run_status = tg.Data("Fit-to-run status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
remote_session = tg.Data(
    "Remote maintenance session", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="code"
)
plc_program = tg.Data(
    "PLC monitoring program",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="code",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
model_update = tg.Data(
    "Vendor model update", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Drive station control network", trust=tg.Trust.RESTRICTED):
    # Brake pad position and hydraulic pressure sensors on the drive and both cars.
    brake_sensors = tm.add(tg.Device("Brake sensors", fleet=False))
    # Load cells measuring haul cable tension at the drive sheave.
    cable_sensors = tm.add(tg.Device("Cable tension sensors", fleet=False))
    # Collects the sensor signals and times the daily brake tests.
    plc = tm.add(
        tg.Service(
            "Brake monitoring PLC",
            controls={
                tg.controls.SafetyLimits(
                    limits="emergency and safety brakes on separate hardwired circuits"
                )
            },
        )
    )

with tm.boundary("Station operations network", trust=tg.Trust.INTERNAL):
    # Keeps every reading and brake test for trend analysis and the regulator.
    historian = tm.add(tg.DataStore("Edge historian", stores={test_measurements}))
    # Runs both models on each test and writes the condition report.
    monitoring = tm.add(
        tg.Service(
            "Condition monitoring service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="maintenance engineer",
                    note="flags only advise; the engineer decides fit to run",
                )
            },
        )
    )
    # Vendor-supplied regression model for remaining brake pad life.
    wear_model = tm.add(
        tg.Model(
            "Brake wear model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="The sensor vendor's own (not public) weights, run on our server.",
        )
    )
    # Vendor-supplied detector for stopping distances outside the normal band.
    distance_detector = tm.add(
        tg.Model(
            "Stopping distance anomaly detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="The sensor vendor's own (not public) weights, run on our server.",
            high_stakes=True,
            controls={
                tg.controls.ModelValidation(note="vendor's acceptance tests at commissioning")
            },
        )
    )
    # Backend of the tablet app: shows the report, records the sign-off.
    sign_off_api = tm.add(
        tg.Endpoint(
            "Sign-off API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="company SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=3650),
            },
        )
    )
    # The legal record of each morning's fit-to-run decision.
    register = tm.add(tg.DataStore("Sign-off register", stores={sign_off, condition_report}))
    # Where the vendor's VPN tunnel ends.
    vpn_gateway = tm.add(
        tg.Service(
            "Remote access VPN gateway",
            controls={
                tg.controls.Authentication(method="per-engineer VPN account with password"),
                tg.controls.AuditLogging(),
            },
        )
    )

with tm.boundary("Maintenance depot", trust=tg.Trust.INTERNAL):
    # Signs the railway off each morning.
    engineer = tm.add(
        tg.Actor("Maintenance engineer", role="maintenance engineer", privileged=True)
    )
    # Company-managed tablet on the station Wi-Fi.
    tablet = tm.add(tg.Device("Engineer tablet", fleet=False))

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Starts public service only once the sign-off is shown.
    operator = tm.add(tg.Actor("Control room operator", role="operator"))

with tm.boundary("Sensor vendor", trust=tg.Trust.PARTNER):
    # The vendor's remote support desk, which maintains the PLC program and models.
    vendor_support = tm.add(
        tg.ExternalService(
            "Vendor remote support",
            controls={tg.controls.SupplierAssessment(note="maintenance contract review")},
        )
    )

# ---------------------------------------------------------------- flows
# Sensors to the historian
tm.flow(brake_sensors, plc, brake_readings, label="wired analogue inputs")
tm.flow(cable_sensors, plc, cable_readings, label="wired analogue inputs")
tm.flow(plc, historian, test_measurements, brake_readings, cable_readings, protocol="opc-ua")

# Daily analysis
tm.flow(historian, monitoring, test_measurements)
tm.flow(monitoring, wear_model, test_features)
tm.flow(wear_model, monitoring, wear_prediction)
tm.flow(monitoring, distance_detector, test_features)
tm.flow(distance_detector, monitoring, distance_flag)
tm.flow(monitoring, register, condition_report)

# Morning sign-off
tm.flow(register, sign_off_api, condition_report)
tm.flow(sign_off_api, tablet, condition_report, protocol="https")
tm.flow(tablet, engineer, condition_report, label="on screen")
tm.flow(engineer, tablet, sign_off, label="signs on screen")
tm.flow(tablet, sign_off_api, sign_off, protocol="https")
tm.flow(sign_off_api, register, sign_off)
tm.flow(sign_off_api, operator, run_status, protocol="https")

# Vendor remote maintenance
tm.flow(vendor_support, vpn_gateway, remote_session, protocol="ipsec")
tm.flow(vpn_gateway, vendor_support, test_measurements, label="diagnostics", protocol="ipsec")
tm.flow(vpn_gateway, plc, plc_program, protocol="s7comm")
tm.flow(vpn_gateway, monitoring, model_update, protocol="ssh")
tm.flow(historian, vpn_gateway, test_measurements, label="diagnostics")
