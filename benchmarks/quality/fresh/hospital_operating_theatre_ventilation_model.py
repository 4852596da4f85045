"""Operating theatre ventilation model: the first design, before any security review.

An acute hospital wants to stop running every operating theatre at full design
airflow around the clock. A setpoint service in the hospital data centre pulls
the day's surgery list from the theatre management system every 15 minutes,
reads occupancy and room telemetry from the building management system (BMS),
and asks an in-house regression model for the air changes per hour and room
pressure each theatre needs. It writes the resulting setpoints to the BMS over
BACnet/IP, and the BMS passes them to the air handling unit controllers, whose
firmware keeps a minimum airflow and positive pressure and falls back to design
duty if the BMS goes quiet. Estates engineers watch a dashboard and can override
any theatre from the BMS front end. The model is retrained monthly from the
telemetry historian; the BMS vendor keeps remote maintenance access over a VPN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Operating theatre ventilation model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="ML-driven ventilation setpoints for operating theatres, applied through the BMS.",
)

# ---------------------------------------------------------------- data assets
surgery_schedule = tg.Data(
    "Surgery schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Theatre, start and end times, procedure category, implant and infection-risk "
    "flags and the patient's hospital number for each case.",
)
occupancy = tg.Data("Theatre occupancy counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
telemetry = tg.Data(
    "Room telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Differential pressure, supply airflow, temperature and humidity per theatre.",
)
features = tg.Data(
    "Ventilation features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Schedule, occupancy and telemetry joined per theatre and time slot.",
)
prediction = tg.Data(
    "Predicted air changes and pressure",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Ventilation setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_status = tg.Data("AHU status and alarms", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data(
    "Manual override commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
training_data = tg.Data(
    "Historical ventilation data",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
artifact = tg.Data(
    "Ventilation model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
bms_config = tg.Data(
    "BMS configuration and control programs",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
dashboard_view = tg.Data(
    "Ventilation dashboard view", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Clinical network", trust=tg.Trust.INTERNAL):
    # The hospital's theatre management system: the source of the surgery list.
    theatre_system = tm.add(
        tg.DataSource(
            "Theatre management system",
            origin=tg.Origin.INTERNAL,
            provides={surgery_schedule},
            description="Exposes today's and tomorrow's theatre lists through a REST API.",
        )
    )

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # Orchestrates each 15-minute cycle: gathers inputs, calls the model, writes setpoints.
    setpoint_service = tm.add(
        tg.Service(
            "Ventilation setpoint service",
            description="Builds features, calls the model and writes setpoints to the BMS.",
        )
    )
    # Predicts the air changes and pressure each theatre needs for the next slot.
    vent_model = tm.add(
        tg.Model(
            "Theatre ventilation model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regressor; its output drives the theatre air handling.",
        )
    )
    # Long-term store of BMS trend logs and the features each cycle used.
    historian = tm.add(
        tg.DataStore(
            "Telemetry historian",
            stores={telemetry, features},
            controls={c.RBAC(note="read access for the estates and data science groups")},
        )
    )
    # Monthly retraining from the historian, with a backtest before release.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="backtest against the last month's measured demand")},
        )
    )
    # Holds the trained model versions that the setpoint service loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Web dashboard showing predictions, applied setpoints and measured conditions.
    dashboard = tm.add(
        tg.Endpoint(
            "Estates ventilation dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hospital Active Directory single sign-on")},
        )
    )

with tm.boundary("Building OT network", trust=tg.Trust.RESTRICTED):
    # The BMS supervisor: applies setpoints to the plant and is where engineers override.
    bms = tm.add(
        tg.Service(
            "Building management system",
            description="BMS supervisor server and front end for the theatre air handling.",
            controls={
                c.Authentication(method="local BMS user accounts with passwords"),
                c.RBAC(note="operator and engineer access levels"),
                c.AuditLogging(retention_days=365, note="BMS event and alarm log"),
            },
        )
    )
    # Air handling unit controllers that run the supply fans and dampers for each theatre.
    ahu = tm.add(
        tg.Device(
            "Theatre AHU controllers",
            description="One controller per theatre air handling unit.",
            controls={
                c.SafetyLimits(
                    limits="firmware floor on supply airflow and positive pressure; "
                    "reverts to design duty when BMS communication is lost"
                )
            },
        )
    )
    # People-counting sensors over theatre doors, wired into the BMS.
    occupancy_sensors = tm.add(tg.Device("Theatre occupancy sensors"))

with tm.boundary("Estates office", trust=tg.Trust.INTERNAL):
    # Estates engineers monitor conditions and can override any theatre.
    engineer = tm.add(tg.Actor("Estates engineer", role="estates engineer", privileged=True))
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("BMS vendor", trust=tg.Trust.PARTNER):
    # The BMS supplier's support team, which maintains the BMS remotely.
    vendor = tm.add(tg.ExternalService("BMS vendor remote support"))

# ---------------------------------------------------------------- flows
tm.flow(
    theatre_system,
    setpoint_service,
    surgery_schedule,
    protocol="https",
    controls={c.Authentication(method="API key for the setpoint service")},
    label="theatre list every 15 minutes",
)

tm.flow(occupancy_sensors, bms, occupancy, protocol="bacnet")
tm.flow(bms, setpoint_service, occupancy, telemetry, protocol="bacnet", label="present values")
tm.flow(setpoint_service, vent_model, features)
tm.flow(vent_model, setpoint_service, prediction)
tm.flow(setpoint_service, bms, setpoints, protocol="bacnet", label="write setpoints")
tm.flow(bms, ahu, setpoints, protocol="bacnet", label="MS/TP")
tm.flow(ahu, bms, telemetry, plant_status, protocol="bacnet", label="MS/TP")

tm.flow(bms, historian, telemetry, protocol="https", label="trend log export")
tm.flow(setpoint_service, historian, features)
tm.flow(setpoint_service, dashboard, prediction, setpoints)
tm.flow(historian, dashboard, telemetry)
tm.flow(dashboard, engineer, dashboard_view, protocol="https")

tm.flow(bms, engineer, plant_status, protocol="https", label="BMS front end")
tm.flow(engineer, bms, override, protocol="https", label="BMS front end")

tm.flow(historian, training, training_data)
tm.flow(data_scientist, training, training_code)
tm.flow(training, registry, artifact)
tm.flow(registry, vent_model, artifact, label="load approved version")

tm.flow(vendor, bms, bms_config, protocol="ipsec", label="remote maintenance over site-to-site VPN")
tm.flow(
    bms, vendor, plant_status, protocol="ipsec", label="remote maintenance over site-to-site VPN"
)
