"""Biogas plant feedstock mix optimizer: the first design, before any security review.

A farm biogas plant (one 1,500 m3 digester and a CHP unit) feeds maize silage,
grass silage and cattle manure. Once a day a cloud optimizer predicts gas yield
from the plant's recent gas flow, methane content and digester temperature, the
latest lab analyses of substrates and digestate, and the operator's stock levels,
and sends the day's feedstock mix and feeding rates to the plant. An edge gateway
on the plant network relays them to the feeding PLC, which doses the solids feeder
and manure pump automatically, clamped to minimum and maximum rates the operator
sets on the local HMI panel. The operator sees recommendations and enters stocks on
a web dashboard (e-mail and password). The gas yield model is retrained monthly
from the plant history. The equipment supplier monitors the PLC remotely through a
VPN router on the plant network. Plant-network links use Modbus and OPC UA without
security modes; the gateway reaches the cloud over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Biogas plant feedstock mix optimizer",
    profile=tg.RiskProfile.HIGH,
    description="Daily feedstock mix and feeding-rate setpoints for a farm digester, "
    "applied automatically by the feeding PLC within operator limits.",
)

# ---------------------------------------------------------------- data assets
measurements = tg.Data(
    "Process measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Gas flow, CH4 and H2S content, digester temperature, fill level, amounts fed.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lab_results = tg.Data(
    "Lab analyses",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Dry matter and organic dry matter of substrates, FOS/TAC and VFA of digestate.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
stocks = tg.Data("Feedstock stock levels", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
mix_features = tg.Data("Mix model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
yield_prediction = tg.Data(
    "Gas yield prediction", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
recommendation = tg.Data(
    "Feed mix recommendation", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
setpoints = tg.Data(
    "Feeding setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tonnes per day of each substrate and feeding intervals for the next 24 hours.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
limits = tg.Data(
    "Operator feeding limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
feed_commands = tg.Data("Feeder commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
history = tg.Data("Plant history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL)
model_file = tg.Data(
    "Gas yield model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
diagnostics = tg.Data(
    "Supplier diagnostics and parameter changes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Farm site", trust=tg.Trust.INTERNAL):
    # Runs the plant day to day; sets the feeding limits and the stock levels.
    operator = tm.add(tg.Actor("Plant operator", role="operator", privileged=True))

    with tm.boundary("Plant control network", trust=tg.Trust.INTERNAL):
        # Wired gas analyser, flow meter and temperature probes on the digester.
        sensors = tm.add(tg.Device("Digester gas and temperature sensors", fleet=False))
        # Executes the feeding programme; clamps every setpoint to the operator's limits.
        plc = tm.add(
            tg.Service(
                "Feeding PLC controller",
                description="Supplier-programmed PLC with a local HMI touch panel.",
                controls={
                    c.SafetyLimits(
                        limits="min/max t/day per substrate and max organic loading rate, "
                        "set by the operator on the HMI and enforced in the PLC"
                    )
                },
            )
        )
        # The screw feeder for silage and the manure pump that charge the digester.
        feeder = tm.add(tg.Device("Solids feeder and manure pump", fleet=False))
        # Keeps a year of process data on the plant PC.
        historian = tm.add(tg.DataStore("Plant historian", stores={measurements}))
        # Industrial PC that pushes data to the cloud and pulls the day's setpoints.
        gateway = tm.add(
            tg.Service(
                "Edge gateway",
                description="Outbound-only connection to the cloud; writes setpoints to the PLC.",
            )
        )
        # The supplier's VPN router, installed with the plant for remote service.
        vpn_router = tm.add(
            tg.Service(
                "Supplier remote access router",
                controls={c.Authentication(method="VPN client certificate issued by the supplier")},
            )
        )

with tm.boundary("Feedstock lab", trust=tg.Trust.PARTNER):
    # Contract lab that analyses monthly substrate and digestate samples.
    lab = tm.add(
        tg.DataSource("Lab results portal", origin=tg.Origin.PARTNER, provides={lab_results})
    )

with tm.boundary("Equipment supplier", trust=tg.Trust.PARTNER):
    # Service engineers who watch alarms and tune the PLC programme remotely.
    supplier = tm.add(tg.Actor("Supplier service engineer", role="vendor support", privileged=True))

with tm.boundary("Optimizer cloud", trust=tg.Trust.INTERNAL):
    # Builds the daily inputs, asks the model, searches mixes and issues setpoints.
    optimizer = tm.add(
        tg.Service(
            "Feed mix optimizer",
            description="Daily job: searches substrate mixes within stock levels for best gas yield.",
            controls={c.InputValidation(note="plausibility ranges on sensor and lab values")},
        )
    )
    # Predicts gas yield and digester stability for a candidate mix.
    model = tm.add(
        tg.Model(
            "Gas yield model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees trained on this plant's history.",
        )
    )
    # Web dashboard where the operator sees recommendations and enters stock levels.
    dashboard = tm.add(
        tg.Endpoint(
            "Operator dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Accumulated process and lab data used for retraining.
    plant_data = tm.add(
        tg.Dataset(
            "Plant history dataset",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Monthly retraining job.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Bucket of model versions the optimizer loads from.
    registry = tm.add(
        tg.ModelRegistry("Model store", stores={model_file}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# on the plant
tm.flow(sensors, plc, measurements, label="4-20 mA signals")
tm.flow(plc, feeder, feed_commands, label="wired outputs")
tm.flow(plc, historian, measurements, protocol="opc-ua")
tm.flow(operator, plc, limits, label="set on the local HMI panel")
tm.flow(plc, operator, measurements, label="HMI status and alarms")

# plant <-> cloud
tm.flow(historian, gateway, measurements, protocol="opc-ua")
tm.flow(gateway, optimizer, measurements, protocol="https", label="hourly upload")
tm.flow(optimizer, gateway, setpoints, protocol="https", label="daily setpoints pull")
tm.flow(gateway, plc, setpoints, protocol="modbus", label="writes feeding registers")

# lab and operator inputs
tm.flow(lab, optimizer, lab_results, protocol="https", label="results API")
tm.flow(operator, dashboard, stocks, protocol="https")
tm.flow(dashboard, optimizer, stocks)
tm.flow(optimizer, dashboard, recommendation)
tm.flow(dashboard, operator, recommendation, measurements, protocol="https")

# model
tm.flow(optimizer, model, mix_features)
tm.flow(model, optimizer, yield_prediction)
tm.flow(optimizer, plant_data, history, label="append daily")
tm.flow(plant_data, training, history)
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="load latest version")

# supplier remote service
tm.flow(supplier, vpn_router, diagnostics, protocol="tls", label="OpenVPN tunnel")
tm.flow(vpn_router, plc, diagnostics, protocol="modbus", label="remote parameter changes")
tm.flow(plc, vpn_router, measurements, protocol="modbus", label="status and alarms")
tm.flow(vpn_router, supplier, measurements, protocol="tls", label="OpenVPN tunnel")
