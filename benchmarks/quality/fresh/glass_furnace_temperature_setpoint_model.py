"""Glass furnace setpoint advisor: the first design, before any security review.

A container-glass plant wants steadier melting and lower gas use. A model built
by an outside vendor recommends fuel-gas and combustion-air setpoints for the
regenerative melting furnace from the crown thermocouple readings (via the
process historian), the current batch recipe and the cullet ratio from the batch
house system. An advisory service on the plant control network runs the model
every few minutes and puts the recommendation on the control-room HMI; the shift
operator accepts or rejects each one, and only an accepted setpoint is written
to the furnace DCS over OPC UA. The DCS keeps its own high/low setpoint clamps
and the burner management system's combustion interlocks. Vendor engineers come
in through the plant's remote-access VPN gateway (per-engineer accounts, logged)
to a training workstation where they retrain on historian data and publish new
model versions to an on-site registry, from which the advisory service loads them.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Glass furnace setpoint advisor",
    profile=tg.RiskProfile.HIGH,
    description="Recommends furnace fuel and combustion-air setpoints; an operator accepts each one.",
)

# ---------------------------------------------------------------- data assets
crown_temps = tg.Data(
    "Crown thermocouple readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
process_history = tg.Data(
    "Furnace process history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Temperatures, gas and air flows, pull rate and setpoints, one-minute resolution.",
)
recipe = tg.Data(
    "Batch recipe and cullet ratio",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
recommendation = tg.Data(
    "Recommended fuel and air setpoints",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
accepted = tg.Data(
    "Operator-accepted setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
valve_commands = tg.Data("Fuel and air valve positions", kind="records")
training_set = tg.Data(
    "Furnace training data", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Setpoint model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A joblib file written by the vendor's training scripts.",
)
retrain_job = tg.Data(
    "Retraining scripts and job settings",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
vpn_session = tg.Data(
    "Vendor remote session", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The model vendor's data scientists, working from their own offices.
    vendor_engineer = tm.add(
        tg.Actor("Vendor ML engineer", role="model vendor engineer", privileged=True)
    )

with tm.boundary("Plant network", trust=tg.Trust.INTERNAL):
    # The plant's own entry point for every outside supplier.
    vpn = tm.add(
        tg.Service(
            "Remote access VPN gateway",
            description="IPsec VPN in the plant DMZ; vendor accounts are always enabled.",
            controls={
                c.Authentication(method="per-engineer VPN account with password"),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # The batch house system: what goes into the furnace, and how much recycled glass.
    recipe_db = tm.add(tg.DataStore("Batch house recipe database", stores={recipe}))

    with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
        # Measures the furnace crown: the main input of the model.
        thermocouples = tm.add(
            tg.Device("Crown thermocouples", description="Type B thermocouples wired to DCS I/O.")
        )
        # Runs the furnace; the only thing that moves the gas and air valves.
        dcs = tm.add(
            tg.Service(
                "Furnace DCS controller",
                description="Distributed control system with the combustion control loops.",
                controls={
                    c.SafetyLimits(
                        limits="DCS setpoint high/low clamps and the burner management system's interlocks"
                    ),
                },
            )
        )
        # The physical actuators for fuel gas and combustion air.
        valves = tm.add(tg.Device("Fuel gas and combustion air control valves"))
        # Long-term store of every tag: the model's live and training input.
        historian = tm.add(tg.DataStore("Process historian", stores={process_history}))
        # Gathers inputs, runs the model, shows the result, writes accepted setpoints.
        advisor = tm.add(
            tg.Service(
                "Setpoint advisory service",
                description="Runs every five minutes; writes to the DCS only what the operator accepted.",
                controls={
                    c.HumanInTheLoop(approver="the furnace operator on shift"),
                },
            )
        )
        # The vendor's model, running on the plant's own advisory server.
        model = tm.add(
            tg.Model(
                "Furnace setpoint model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="Gradient-boosted regressor built and maintained by the vendor.",
            )
        )
        # The screen in the control room where each recommendation is accepted.
        hmi = tm.add(tg.Endpoint("Control-room HMI screen", purpose=tg.EndpointPurpose.API))
        # The people who run the furnace, 24/7.
        operator = tm.add(tg.Actor("Furnace operator", role="control-room operator"))
        # Where the vendor's engineers retrain the model on plant data.
        training = tm.add(
            tg.Pipeline(
                "Vendor retraining workstation",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                description="Windows workstation with the vendor's Python environment.",
            )
        )
        # Extracts from the historian, kept for retraining.
        train_data = tm.add(tg.Dataset("Furnace training dataset", stores={training_set}))
        # Holds each model version the vendor publishes.
        registry = tm.add(
            tg.ModelRegistry(
                "On-site model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# live control loop
tm.flow(thermocouples, dcs, crown_temps, label="4-20 mA signal")
tm.flow(dcs, valves, valve_commands, label="4-20 mA signal")
tm.flow(dcs, historian, process_history, protocol="opc-ua")

# recommendations
tm.flow(historian, advisor, process_history, protocol="opc-ua")
tm.flow(recipe_db, advisor, recipe, protocol="https", label="current recipe and cullet ratio")
tm.flow(advisor, model, process_history, recipe)
tm.flow(model, advisor, recommendation)
tm.flow(advisor, hmi, recommendation, protocol="https")
tm.flow(hmi, operator, recommendation, label="on the panel")
tm.flow(operator, hmi, accepted, label="on the panel")
tm.flow(hmi, advisor, accepted, protocol="https")
tm.flow(advisor, dcs, accepted, protocol="opc-ua", label="setpoint write")
tm.flow(dcs, advisor, process_history, protocol="opc-ua", label="setpoint readback")

# vendor retraining and model updates
tm.flow(vendor_engineer, vpn, vpn_session, retrain_job, protocol="ipsec")
tm.flow(vpn, training, retrain_job, protocol="rdp")
tm.flow(historian, train_data, training_set, label="monthly extract")
tm.flow(train_data, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, advisor, model_artifact, label="load new version")
tm.flow(advisor, model, model_artifact, label="deploy")
