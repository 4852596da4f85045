"""Blade ice detection and automatic shutdown at an onshore wind farm: the first design.

A public footpath crosses the site, and ice thrown from the blades of the
turbines next to it is a hazard to walkers. Blade vibration sensors, cameras on
the nacelles and the site met mast feed an ice-detection model that runs on the
site SCADA server. When the model reports ice on a turbine in the footpath zone,
the SCADA server sends it a stop command and parks it; when the model reports it
clear, it restarts it. Operators in the company's remote control centre see the
state over a site VPN and can override a stop or a restart. The turbine maker
reads SCADA data through a remote access gateway for warranty monitoring. The
model is retrained in the company's cloud from historian exports and copied to
the site by the engineering team. Controls in this design: IPsec VPNs for the
control centre and the maker, named accounts on the gateway, role-based access
on the control-centre HMI, and each turbine's own safety system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wind farm blade ice detection and shutdown",
    profile=tg.RiskProfile.HIGH,
    description="Stops turbines next to a public footpath while their blades carry ice.",
)

# ---------------------------------------------------------------- data assets
vibration = tg.Data("Blade vibration readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
images = tg.Data(
    "Nacelle camera images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stills of the blades every minute; the footpath can be in view.",
)
weather = tg.Data(
    "Met mast measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature, humidity, wind speed, and a heated/unheated anemometer pair.",
)
turbine_status = tg.Data(
    "Turbine operating data", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_inputs = tg.Data("Ice model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
ice_state = tg.Data(
    "Ice detection result",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per turbine: iced / clear, with a confidence.",
)
command = tg.Data(
    "Stop and restart commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data(
    "Operator override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
scada_history = tg.Data("SCADA history", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
training_export = tg.Data(
    "Historian export with ice labels",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
data_request = tg.Data("Warranty data request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
model_file = tg.Data(
    "Ice detection model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Turbine network", trust=tg.Trust.RESTRICTED):
    # Accelerometers in each blade root, read by the turbine's condition monitoring.
    sensors = tm.add(tg.Device("Blade vibration sensors"))
    # One camera per nacelle pointed along the blades.
    cameras = tm.add(tg.Device("Nacelle cameras"))
    # The site's meteorological mast.
    met_mast = tm.add(tg.Device("Met mast weather station", fleet=False))
    # Each turbine's controller: takes stop/start commands, runs its own safety chain.
    turbines = tm.add(
        tg.Device(
            "Turbine controllers",
            controls={
                c.SafetyLimits(
                    limits="turbine's own safety chain: overspeed, vibration and pitch trips"
                )
            },
        )
    )

with tm.boundary("Site SCADA network", trust=tg.Trust.RESTRICTED):
    # Collects turbine and met data, runs the ice logic, commands the turbines.
    scada = tm.add(
        tg.Service(
            "Site SCADA server",
            description="Stops iced turbines in the footpath zone and restarts them when clear.",
        )
    )
    # The model, loaded on the SCADA server.
    detector = tm.add(
        tg.Model(
            "Blade ice detection model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Gradient-boosted vibration features plus a small CNN on the images.",
        )
    )
    # Time-series database of everything SCADA sees.
    historian = tm.add(tg.DataStore("SCADA historian", stores={scada_history, ice_state}))

with tm.boundary("Site DMZ", trust=tg.Trust.INTERNAL):
    # Where outside parties connect to the site.
    gateway = tm.add(
        tg.Service(
            "Remote access gateway",
            controls={
                c.Authentication(method="named accounts with password"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Control centre", trust=tg.Trust.INTERNAL):
    # 24/7 operators who run all the company's wind farms.
    operator = tm.add(tg.Actor("Control centre operator", role="operator", privileged=True))
    # The operators' screens for the site.
    hmi = tm.add(tg.Service("Control centre HMI", controls={c.RBAC()}))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Retrains the model a few times a winter on labelled icing events.
    training = tm.add(tg.Pipeline("Ice model retraining", stage=tg.Stage.TRAINING))
    # Bucket of model versions the engineers copy to site.
    registry = tm.add(tg.ModelRegistry("Model store", stores={model_file}))
    # Data scientists and engineers who label events and deploy the model.
    engineer = tm.add(tg.Actor("Reliability engineer", role="engineer", privileged=True))

with tm.boundary("Turbine maker", trust=tg.Trust.PARTNER):
    # The manufacturer's remote monitoring centre, reading data for warranty.
    maker = tm.add(tg.ExternalService("Turbine maker remote monitoring"))

# ---------------------------------------------------------------- flows
tm.flow(sensors, scada, vibration, protocol="modbus")
tm.flow(cameras, scada, images, protocol="rtsp")
tm.flow(met_mast, scada, weather, protocol="modbus")
tm.flow(turbines, scada, turbine_status, protocol="opc-ua")
tm.flow(scada, turbines, command, protocol="opc-ua", label="stop / restart")

tm.flow(scada, detector, model_inputs, protocol="local")
tm.flow(detector, scada, ice_state, protocol="local")
tm.flow(scada, historian, scada_history, ice_state)

tm.flow(scada, hmi, turbine_status, ice_state, protocol="ipsec")
tm.flow(hmi, scada, override, protocol="ipsec")
tm.flow(hmi, operator, turbine_status, ice_state)
tm.flow(operator, hmi, override)

tm.flow(historian, gateway, scada_history)
tm.flow(gateway, maker, scada_history, protocol="ipsec", label="warranty data")
tm.flow(maker, gateway, data_request, protocol="ipsec", label="data requests")

tm.flow(historian, training, training_export, protocol="https", label="monthly export")
tm.flow(engineer, training, training_export, label="ice event labels")
tm.flow(training, registry, model_file)
tm.flow(registry, engineer, model_file, protocol="https")
tm.flow(engineer, gateway, model_file, protocol="ipsec")
tm.flow(gateway, detector, model_file, protocol="sftp", label="deploy")
