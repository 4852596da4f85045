"""Whisky distillery cut-point advisory: the first design, before any security review.

Temperature, flow and alcohol-strength sensors on the washbacks and pot stills are
wired into the still house PLC, which drives the steam valves and publishes readings
over OPC UA to a process historian on the site server network. A cut advisory service
asks an in-house regression model where the cuts should fall and shows the proposed
change on the still house HMI; the stillman approves or rejects it there, and approved
cut points and steam setpoints go back to the PLC over Modbus TCP. The model is
retrained monthly from historian data and kept in a small model registry. Spirit
volumes feed an excise records store; the duty manager signs off each return before
it is filed on the tax authority's portal over HTTPS. Controls so far: stillman
approval, setpoint bounds, an HMI operator login, model versioning and excise audit logs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Whisky distillery fermentation and still control",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Sensor-driven model that proposes still cut points and steam setpoints, "
        "approved by the stillman, with excise returns filed to the tax authority."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Process readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Washback and still temperatures, wash and spirit flow, alcohol strength.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
valve_signal = tg.Data(
    "Steam valve commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
features = tg.Data("Cut model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Predicted cut points",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
proposal = tg.Data("Proposed cut change", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
approval = tg.Data("Stillman decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
setpoints = tg.Data(
    "Cut points and steam setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
history = tg.Data(
    "Historical runs and cut records",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Years of still runs with the cuts the stillmen chose: the house style.",
)
artifact = tg.Data("Cut model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
production = tg.Data(
    "Spirit production records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Litres of pure alcohol to the spirit receiver and to cask, per run.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
excise_return = tg.Data(
    "Excise duty return",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Tax authority", trust=tg.Trust.PARTNER):
    # Where excise returns are filed; run by the government, not by us.
    tax_portal = tm.add(
        tg.ExternalService(
            "Tax authority excise portal",
            description="Online service for spirits production and duty returns.",
        )
    )

with tm.boundary("Site server network", trust=tg.Trust.INTERNAL):
    # Stores every reading; the single source for the model, training and excise.
    historian = tm.add(tg.DataStore("Process historian", stores={readings, history}))
    # Proposes cut changes and writes approved setpoints to the PLC.
    advisory = tm.add(
        tg.Service(
            "Cut advisory service",
            description="Builds model inputs from the historian and clamps setpoints to bounds.",
            controls={
                c.HumanInTheLoop(approver="the stillman on duty, on the HMI"),
                c.InputValidation(note="setpoint changes clamped to engineering limits"),
            },
        )
    )
    # Predicts where the cuts should fall for the current run.
    cut_model = tm.add(
        tg.Model(
            "Cut point model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted regressor; its output drives steam and cut timing.",
        )
    )
    # Monthly retraining on historian data, run by the process engineer.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Holds the model versions the advisory service loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Bonded-warehouse and production ledger that excise returns are built from.
    excise_store = tm.add(
        tg.DataStore(
            "Excise records store",
            stores={production, excise_return},
            controls={c.AuditLogging(retention_days=2190, note="kept six years for excise")},
        )
    )
    # Compiles the monthly return and files it on the portal.
    excise_reporting = tm.add(tg.Service("Excise reporting service"))
    # Reviews and signs off each return before it is filed.
    duty_manager = tm.add(tg.Actor("Duty manager", role="excise compliance"))

with tm.boundary("Still house OT network", trust=tg.Trust.RESTRICTED):
    # The field instruments on the washbacks, stills and spirit receiver.
    sensors = tm.add(
        tg.Device(
            "Washback and still sensors",
            description="RTDs, flow meters and inline alcohol meters, 4-20 mA to the PLC.",
        )
    )
    # The distillery control system: runs the stills and the steam valves.
    plc = tm.add(tg.Service("Still house PLC controller"))
    # Steam valves on the still heating coils.
    valves = tm.add(tg.Service("Steam valve actuators", description="Wired 4-20 mA positioners."))
    # Panel in the still house where the stillman runs the stills and approves cuts.
    hmi = tm.add(
        tg.Service(
            "Still house HMI",
            controls={c.Authentication(method="operator user name and password")},
        )
    )
    # Approves or rejects each cut change, and can run the stills by hand.
    stillman = tm.add(tg.Actor("Stillman", role="operator"))

# ---------------------------------------------------------------- flows
# control loop
tm.flow(sensors, plc, readings, label="4-20 mA")
tm.flow(plc, valves, valve_signal, label="4-20 mA")
tm.flow(plc, historian, readings, protocol="opc-ua")

# cut advisory
tm.flow(historian, advisory, readings)
tm.flow(advisory, cut_model, features)
tm.flow(cut_model, advisory, prediction)
tm.flow(advisory, hmi, proposal, protocol="https")
tm.flow(hmi, stillman, proposal)
tm.flow(stillman, hmi, approval)
tm.flow(hmi, advisory, approval, protocol="https")
tm.flow(advisory, plc, setpoints, protocol="modbus")
tm.flow(plc, hmi, readings, protocol="modbus", label="live process values")
tm.flow(hmi, plc, setpoints, protocol="modbus", label="manual setpoints")

# retraining
tm.flow(historian, training, history)
tm.flow(training, registry, artifact)
tm.flow(registry, cut_model, artifact, label="load model")

# excise
tm.flow(historian, excise_store, production, label="spirit receiver totals")
tm.flow(excise_store, excise_reporting, production)
tm.flow(excise_reporting, duty_manager, excise_return, label="draft for review")
tm.flow(duty_manager, excise_reporting, approval, label="sign-off")
tm.flow(excise_reporting, excise_store, excise_return)
tm.flow(excise_reporting, tax_portal, excise_return, protocol="https")
tm.flow(tax_portal, excise_reporting, receipt, protocol="https")
