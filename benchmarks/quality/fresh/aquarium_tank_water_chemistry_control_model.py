"""Aquarium tank water chemistry control: the first design, before any security review.

A public aquarium keeps its display tanks alive with a life-support plant. Probes in
each tank report pH, alkalinity, salinity, ammonia and dissolved oxygen to a dosing
controller on the plant's OT network, which drives the chemical dosing pumps. A
forecasting service in the aquarium's analytics network runs an in-house regression
model over the probe readings and dosing logs kept in the telemetry historian, predicts
each tank's chemistry drift over the next hours, and sends the controller dosing
setpoints. The controller clamps every setpoint to the per-tank limits the curators set
in the life-support dashboard. When a forecast or reading leaves its band, the service
pages the life-support technician on call through a hosted paging provider. The model
is retrained weekly from the historian. The probe vendor calibrates and updates the
probes remotely through a VPN gateway into the plant network. Curators and staff sign
in to the dashboard with their Active Directory accounts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Aquarium tank water chemistry control",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Forecasts tank water chemistry drift and sends dosing setpoints to the "
        "life-support dosing controller, within curator-set limits."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Probe readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="pH, alkalinity, salinity, ammonia, temperature and dissolved oxygen per tank.",
)
dosing_log = tg.Data(
    "Dosing log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
forecast = tg.Data(
    "Chemistry drift forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
setpoints = tg.Data(
    "Dosing setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_commands = tg.Data(
    "Pump dosing commands",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
limits = tg.Data(
    "Curator dosing limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per-tank chemical caps per hour and per day, and target bands.",
)
training_data = tg.Data(
    "Historical readings and dosing", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Drift model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient-boosted regressor saved with joblib.",
)
alert = tg.Data("Water chemistry alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
calibration = tg.Data(
    "Probe calibration and firmware updates",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
diagnostics = tg.Data("Probe diagnostics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The technician on call gets pages on a personal phone, often off site.
    technician = tm.add(tg.Actor("Life-support technician on call", role="on-call technician"))

with tm.boundary("Paging provider", trust=tg.Trust.PARTNER):
    # Hosted on-call scheduling and paging service (push, SMS, phone call).
    pager = tm.add(tg.ExternalService("On-call paging service"))

with tm.boundary("Probe vendor", trust=tg.Trust.PARTNER):
    # The probe manufacturer's support desk, which maintains probe calibration remotely.
    vendor = tm.add(
        tg.ExternalService(
            "Probe vendor remote support",
            description="Vendor engineers recalibrate probes and push firmware over a VPN.",
        )
    )

with tm.boundary("Aquarium corporate network", trust=tg.Trust.INTERNAL):
    # Curators decide how much of each chemical a tank may receive.
    curator = tm.add(tg.Actor("Curator", role="curator", privileged=True))
    # Web dashboard where curators set dosing limits and staff view forecasts.
    dashboard = tm.add(
        tg.Service(
            "Life-support dashboard",
            controls={
                c.Authentication(method="Active Directory username and password"),
                c.RBAC(note="only curators may edit dosing limits"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # The limits every setpoint is clamped to.
    limits_store = tm.add(tg.DataStore("Dosing limits configuration", stores={limits}))

    with tm.boundary("Analytics network", trust=tg.Trust.INTERNAL):
        # Time-series store of every probe reading and dose given.
        historian = tm.add(tg.DataStore("Telemetry historian", stores={readings, dosing_log}))
        # Runs the model every 15 minutes, sends setpoints and raises alerts.
        forecaster = tm.add(
            tg.Service(
                "Drift forecasting service",
                description="Turns drift forecasts into dosing setpoints per tank.",
            )
        )
        # Predicts how each tank's chemistry will drift given recent readings and doses.
        model = tm.add(
            tg.Model(
                "Chemistry drift model",
                task=tg.Task.REGRESSOR,
                high_stakes=True,
                description="Predicts pH, alkalinity and ammonia per tank six hours ahead.",
            )
        )
        # Weekly retraining on the historian's data.
        retraining = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
        # Holds the model versions the forecasting service loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Life-support OT network", trust=tg.Trust.RESTRICTED):
    # Inline probes in every display and quarantine tank.
    probes = tm.add(tg.Device("Water chemistry probes", fleet=True))
    # PLC that turns setpoints into pump commands, clamped to the curators' limits.
    controller = tm.add(
        tg.Service(
            "Dosing controller",
            controls={
                c.SafetyLimits(
                    limits="per-tank hourly and daily chemical caps and target bands from the curators"
                ),
            },
        )
    )
    # Peristaltic pumps dosing buffer, calcium, trace elements and dechlorinator.
    pumps = tm.add(tg.Device("Chemical dosing pumps", fleet=True))
    # Site-to-site VPN endpoint the probe vendor connects through.
    gateway = tm.add(
        tg.Service(
            "Vendor VPN gateway",
            controls={c.Authentication(method="shared vendor VPN account with password")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(probes, controller, readings, protocol="modbus")
tm.flow(controller, pumps, pump_commands, label="4-20 mA signal")
tm.flow(controller, historian, readings, dosing_log, protocol="opc-ua")

tm.flow(historian, forecaster, readings, dosing_log, label="last 48 hours")
tm.flow(forecaster, model, readings, dosing_log)
tm.flow(model, forecaster, forecast)
tm.flow(forecaster, controller, setpoints, protocol="opc-ua")
tm.flow(forecaster, historian, forecast)

tm.flow(curator, dashboard, limits, protocol="https")
tm.flow(dashboard, curator, forecast, readings, protocol="https")
tm.flow(dashboard, limits_store, limits)
tm.flow(limits_store, dashboard, limits)
tm.flow(historian, dashboard, readings, dosing_log, forecast)
tm.flow(limits_store, controller, limits, protocol="opc-ua", label="limits sync")

tm.flow(forecaster, pager, alert, protocol="https")
tm.flow(pager, technician, alert, protocol="sms")
tm.flow(technician, pager, ack, protocol="https")

tm.flow(historian, retraining, training_data)
tm.flow(retraining, registry, artifact)
tm.flow(registry, forecaster, artifact, label="load model")

tm.flow(vendor, gateway, calibration, protocol="ipsec")
tm.flow(gateway, probes, calibration, protocol="https")
tm.flow(probes, gateway, diagnostics, protocol="https")
tm.flow(gateway, vendor, diagnostics, protocol="ipsec")
