"""Chiller setpoint RL controller: the first design, before any security review.

A colocation data centre cuts cooling energy with a reinforcement-learning controller
supplied by a vendor. Every five minutes a controller on an edge server in the plant
network reads hundreds of rack inlet, chilled-water and power points from the building
management system (BMS) over BACnet/IP, asks the vendor's policy network for new chiller
and cooling-tower setpoints, and passes them to a rule-based safety layer on the same
server. The safety layer clamps each setpoint to the ranges and rates of change the
facilities engineer configures and writes the result to the BMS, which drives the
plant. The BMS keeps trend logs in its historian; a log exporter uploads them, with the
controller's decision logs, to the vendor's cloud over HTTPS. There the vendor trains new
policies offline, keeps them in a registry and deploys them remotely to the edge server
over the site-to-site VPN; the controller keeps the previous policy for rollback.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Chiller setpoint RL controller",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description=(
        "Vendor-trained reinforcement-learning policy setting chiller and cooling-tower "
        "setpoints every five minutes through the BMS, behind a setpoint clamp."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Temperature and power readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_status = tg.Data(
    "Chiller and tower status readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
proposed = tg.Data("Proposed setpoints", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
clamped = tg.Data(
    "Clamped setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
commands = tg.Data(
    "Chiller and tower setpoint commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
limits = tg.Data(
    "Setpoint limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
overrides = tg.Data("Manual overrides", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
alarms = tg.Data("Alarms and trends", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sensor_logs = tg.Data("Sensor logs", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
decision_logs = tg.Data(
    "Controller decision logs", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
deploy_request = tg.Data(
    "Policy deployment request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
policy = tg.Data(
    "Policy artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the policy network.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Vendor cloud", trust=tg.Trust.PARTNER):
    # Designs and retrains the policies, and triggers deployments.
    vendor_engineer = tm.add(
        tg.Actor("Vendor ML engineer", role="vendor ml engineer", privileged=True)
    )
    # Where uploaded site logs land for offline training.
    log_bucket = tm.add(
        tg.DataStore(
            "Site log bucket",
            stores={sensor_logs, decision_logs},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Offline RL training against a plant simulator fitted to the logs.
    training = tm.add(
        tg.Pipeline(
            "Offline policy training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.Authentication(method="vendor SSO with MFA")},
        )
    )
    # Versions of the trained policy, per site.
    policy_registry = tm.add(tg.ModelRegistry("Policy registry", stores={policy}))
    # Pushes a chosen policy version to the site's edge server.
    deployer = tm.add(
        tg.Pipeline(
            "Remote policy deployment",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.Authentication(method="vendor SSO with MFA")},
        )
    )

with tm.boundary("Facilities office network", trust=tg.Trust.INTERNAL):
    # Owns the plant; sets the clamp limits and can override the BMS by hand.
    engineer = tm.add(tg.Actor("Facilities engineer", role="facilities engineer", privileged=True))

with tm.boundary("Plant network", trust=tg.Trust.RESTRICTED):
    # Hundreds of rack inlet, chilled-water and power-meter points.
    sensors = tm.add(tg.Device("Temperature and power sensors", fleet=True))
    # The equipment being controlled.
    plant = tm.add(tg.Device("Chillers and cooling towers", fleet=True))
    # Reads every point and commands the plant; the only path to the equipment.
    bms = tm.add(tg.Service("Building management system", controls={c.RBAC()}))
    # Trend log storage of the BMS.
    historian = tm.add(tg.DataStore("BMS trend historian", stores={readings, plant_status}))
    # Runs every five minutes on the edge server; keeps the last policy for rollback.
    controller = tm.add(
        tg.Service(
            "RL setpoint controller",
            controls={
                c.ModelVersioning(note="previous policy kept on the edge server for rollback")
            },
        )
    )
    # The vendor's trained policy network, loaded by the controller.
    policy_model = tm.add(
        tg.Model(
            "Cooling policy network",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Maps the plant state to chiller and cooling-tower setpoints.",
        )
    )
    # Rule-based clamp between the policy and the BMS.
    safety_layer = tm.add(
        tg.Service(
            "Setpoint safety layer",
            controls={
                c.SafetyLimits(
                    limits="each setpoint clamped to engineer-set min/max and max change per step"
                ),
                c.Authentication(method="local user name and password"),
            },
        )
    )
    # Collects the historian trends and the controller's logs for the vendor.
    exporter = tm.add(tg.Pipeline("Nightly log exporter", stage=tg.Stage.INGESTION))

# ---------------------------------------------------------------- flows
tm.flow(sensors, bms, readings, protocol="bacnet")
tm.flow(plant, bms, plant_status, protocol="bacnet")
tm.flow(bms, plant, commands, protocol="bacnet")
tm.flow(bms, historian, readings, plant_status, protocol="local")

tm.flow(bms, controller, readings, plant_status, protocol="bacnet", label="five-minute poll")
tm.flow(controller, policy_model, readings, plant_status, protocol="local")
tm.flow(policy_model, controller, proposed, protocol="local")
tm.flow(controller, safety_layer, proposed, protocol="local")
tm.flow(safety_layer, bms, clamped, protocol="bacnet")

tm.flow(engineer, safety_layer, limits, protocol="https")
tm.flow(engineer, bms, overrides, protocol="https")
tm.flow(bms, engineer, alarms, protocol="https")

tm.flow(historian, exporter, sensor_logs, protocol="local")
tm.flow(controller, exporter, decision_logs, protocol="local")
tm.flow(exporter, log_bucket, sensor_logs, decision_logs, protocol="https")
tm.flow(log_bucket, training, sensor_logs, decision_logs)
tm.flow(vendor_engineer, training, training_config, protocol="https")
tm.flow(training, policy_registry, policy)
tm.flow(vendor_engineer, deployer, deploy_request, protocol="https", label="selects policy version")
tm.flow(policy_registry, deployer, policy)
tm.flow(deployer, controller, policy, protocol="https", label="over site-to-site VPN")
