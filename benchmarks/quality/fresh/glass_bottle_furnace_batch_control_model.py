"""Glass furnace batch and firing control: the first design, before any security review.

A container-glass works runs a regenerative furnace making bottles. A quality
model, trained in-house on two years of historian and lab data, predicts glass
defects (seeds, stones, cords) and redox from the raw-material batch analyses in
the lab LIMS and the furnace sensors in the process historian. A batch and firing
optimiser on a server in the plant's OT DMZ uses the predictions to compute batch
weights and burner setpoints every fifteen minutes and writes them to the furnace
DCS over OPC UA; the DCS drives the batch weigh feeders and the gas burners.
Shift supervisors watch the trends on the control-room HMI and can put the loop
back in manual. The burners keep their certified burner-management interlocks,
the DCS journals operator actions behind operator logins, model versions are
pinned in a registry, and the DCS vendor supports the system through a remote
access VPN gateway.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Glass furnace batch and firing control",
    profile=tg.RiskProfile.HIGH,
    description="Quality model that sets batch weights and burner setpoints on a glass "
    "furnace through the DCS, watched by shift supervisors.",
)

# ---------------------------------------------------------------- data assets
batch_analysis = tg.Data(
    "Raw-material batch analyses",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="XRF chemistry, moisture and cullet ratio for each batch.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sensor_data = tg.Data(
    "Furnace sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Crown and bottom temperatures, oxygen, pull rate, gas flows, glass level.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
features = tg.Data("Quality model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Predicted glass quality", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
setpoints = tg.Data(
    "Batch weights and burner setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
commands = tg.Data(
    "Feeder and burner commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
hmi_view = tg.Data("Furnace trends and alarms", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
operator_action = tg.Data(
    "Operator mode changes and overrides", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
inspection = tg.Data(
    "Cold-end defect counts",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_data = tg.Data(
    "Quality training history", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Quality model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
support_session = tg.Data(
    "Vendor support session", kind="instructions", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The DCS vendor's engineer, who patches and tunes the DCS under a support contract.
    vendor = tm.add(
        tg.Actor("DCS vendor service engineer", role="service engineer", privileged=True)
    )

with tm.boundary("Corporate IT network", trust=tg.Trust.INTERNAL):
    # Process engineer who owns the model: curates training data and releases versions.
    engineer = tm.add(tg.Actor("Process engineer", role="process engineer", privileged=True))
    # Joins historian, LIMS and inspection data into a training set.
    dataset = tm.add(tg.Dataset("Quality training set", stores={training_data, inspection}))
    # Monthly retraining job (Python, scikit-learn) on a data-science VM.
    training = tm.add(
        tg.Pipeline("Quality model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Stores every trained model; the optimiser loads a pinned version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Laboratory information system where chemists enter batch analyses.
    lims = tm.add(tg.DataStore("Batch laboratory LIMS", stores={batch_analysis}))

with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
    # Vendor-supplied VPN appliance through which the vendor engineer reaches the DCS.
    vpn = tm.add(
        tg.Service(
            "Remote access VPN gateway",
            controls={c.Authentication(method="VPN client certificate and password")},
        )
    )
    # Plant historian mirroring the DCS tags; the model's source of furnace history.
    historian = tm.add(tg.DataStore("Process historian", stores={sensor_data}))
    # Computes new batch weights and burner setpoints from the predicted quality.
    optimiser = tm.add(tg.Service("Batch and firing optimiser"))
    # Gradient-boosted regressor predicting defects and redox from batch and furnace state.
    quality_model = tm.add(
        tg.Model(
            "Glass quality model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Its predictions move feeders and burners on a 1,500 C furnace.",
        )
    )
    # Cold-end inspection machines reporting rejected bottles by defect type.
    inspection_src = tm.add(tg.DataSource("Cold-end inspection machines", provides={inspection}))

with tm.boundary("Furnace control network", trust=tg.Trust.RESTRICTED):
    # The furnace distributed control system: runs the loops and accepts remote setpoints.
    dcs = tm.add(
        tg.Service(
            "Furnace DCS controller",
            controls={
                c.Authentication(method="DCS operator login"),
                c.AuditLogging(retention_days=365, note="DCS event journal"),
            },
        )
    )
    # Control-room operator station showing trends, alarms and the loop's mode.
    hmi = tm.add(tg.Service("Control room HMI"))
    # Shift supervisor watching the furnace around the clock.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="control room operator"))
    # Loss-in-weight weigh feeders dosing sand, soda ash, limestone and cullet.
    feeders = tm.add(tg.Device("Batch weigh feeders", fleet=False))
    # Gas-oxygen burners, each with a certified burner management system.
    burners = tm.add(
        tg.Device(
            "Furnace gas burners",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="burner management system: flame failure, gas pressure and "
                    "combustion-air interlocks trip the gas valves"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(dcs, historian, sensor_data, protocol="opc-ua", label="tag collection")
tm.flow(historian, optimiser, sensor_data, label="last 4 h of tags")
tm.flow(lims, optimiser, batch_analysis, label="latest batch analyses")
tm.flow(optimiser, quality_model, features)
tm.flow(quality_model, optimiser, prediction)
tm.flow(optimiser, dcs, setpoints, protocol="opc-ua", label="setpoint write")
tm.flow(dcs, optimiser, sensor_data, protocol="opc-ua", label="loop mode and readbacks")
tm.flow(dcs, feeders, commands, protocol="profinet")
tm.flow(feeders, dcs, sensor_data, protocol="profinet", label="actual weights")
tm.flow(dcs, burners, commands, protocol="profinet")
tm.flow(burners, dcs, sensor_data, protocol="profinet", label="flame and gas status")

tm.flow(dcs, hmi, hmi_view, setpoints)
tm.flow(hmi, supervisor, hmi_view)
tm.flow(supervisor, hmi, operator_action, label="manual mode and overrides")
tm.flow(hmi, dcs, operator_action)

tm.flow(historian, dataset, sensor_data, label="monthly extract")
tm.flow(lims, dataset, batch_analysis, label="monthly extract")
tm.flow(inspection_src, dataset, inspection)
tm.flow(engineer, dataset, training_data, label="curates")
tm.flow(dataset, training, training_data, inspection)
tm.flow(training, registry, weights)
tm.flow(engineer, registry, label="promotes version")
tm.flow(registry, quality_model, weights, label="deploy")

tm.flow(vendor, vpn, support_session, protocol="ipsec")
tm.flow(vpn, dcs, support_session, label="engineering station session")
