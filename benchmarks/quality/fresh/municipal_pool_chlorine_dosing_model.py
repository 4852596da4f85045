"""Municipal pool chlorine dosing model: the first design, before any security review.

The council's leisure centre replaces fixed-rate dosing with a predictive model.
Probes in the plant room measure free and combined chlorine, pH, ORP and water
temperature; with the bather counts from the admissions turnstiles, a model on
the plant-room edge server predicts the chlorine and acid demand for the next
half hour, and a dosing service turns that into pump setpoints that it writes to
the plant controller (PLC), which drives the hypochlorite and acid pumps. The
PLC clamps every setpoint to fixed limits and stops dosing when circulation
stops. Lifeguards see water-quality alerts on a poolside panel; the plant
operator watches trends and can change setpoints from the SCADA workstation in
the duty office, signing in with a domain account. Readings go to a historian,
and a monthly export goes to the dosing vendor, who retrains the model and sends
back new versions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Municipal pool chlorine dosing model",
    profile=tg.RiskProfile.HIGH,
    description="Predictive chlorine and pH dosing for a public swimming pool.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Water-quality readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Free and combined chlorine, pH, ORP and temperature, every 10 seconds.",
)
bather_counts = tg.Data("Bather counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
features = tg.Data("Dosing features", kind="features")
demand = tg.Data("Predicted chlorine and pH demand", kind="model-output")
setpoints = tg.Data(
    "Dosing setpoints",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_commands = tg.Data(
    "Pump commands",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alerts = tg.Data(
    "Water-quality alerts",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_status = tg.Data("Plant status and trends", kind="records")
operator_changes = tg.Data(
    "Operator setpoint changes",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
history = tg.Data(
    "Dosing history",
    kind="logs",
    description="Readings, setpoints and pump runs; also the statutory pool water log.",
)
training_export = tg.Data("Monthly training export", kind="training-data")
weights = tg.Data("Dosing model artifact", format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Plant room OT network", trust=tg.Trust.INTERNAL):
    # Inline analyser probes on the sample line from the pool return.
    probes = tm.add(
        tg.Device(
            "Water-quality probes",
            description="Amperometric chlorine, pH, ORP and temperature probes in one analyser.",
        )
    )
    # The PLC that runs the treatment plant and drives the pumps.
    plc = tm.add(
        tg.Service(
            "Plant controller",
            description="PLC for circulation, filtration and dosing.",
            controls={
                c.ConfigValidation(
                    note="setpoints clamped to 0.5-3.0 mg/l free chlorine and pH 7.0-7.6; "
                    "dosing interlocked with circulation flow"
                )
            },
        )
    )
    # Hypochlorite and acid dosing pumps.
    pumps = tm.add(
        tg.Device(
            "Dosing pumps",
            fleet=False,
            description="One sodium hypochlorite pump, one acid pump.",
        )
    )
    # Turns predicted demand into setpoints and raises alerts.
    dosing_service = tm.add(
        tg.Service(
            "Dosing service",
            description="Runs on the plant-room edge server; polls the PLC and the model.",
            controls={c.InputValidation(note="drops out-of-range or stale probe readings")},
        )
    )
    # Predicts the next half hour's chlorine and acid demand.
    model = tm.add(
        tg.Model(
            "Chlorine demand model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            controls={c.ModelVersioning(note="vendor release number checked on load")},
            description="Vendor-trained regression model run locally on the edge server.",
        )
    )
    # Time-series store of every reading and dosing action.
    historian = tm.add(tg.DataStore("Plant historian", stores={history}))

with tm.boundary("Pool hall", trust=tg.Trust.INTERNAL):
    # Wall-mounted panel by the lifeguard chair.
    panel = tm.add(tg.Device("Poolside alert panel", fleet=False))
    # Lifeguards clear the pool if the water is out of range.
    lifeguard = tm.add(tg.Actor("Lifeguard", role="lifeguard"))

with tm.boundary("Leisure centre office network", trust=tg.Trust.INTERNAL):
    # SCADA workstation in the duty office.
    hmi = tm.add(
        tg.Service(
            "SCADA workstation",
            description="Trends, alarms and setpoint screens for the treatment plant.",
            controls={
                c.Authentication(method="council domain password"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Duty plant operator who owns the water treatment.
    operator = tm.add(tg.Actor("Plant operator", role="plant operator", privileged=True))
    # Existing admissions system; bather counts drive chlorine demand.
    turnstiles = tm.add(
        tg.DataSource(
            "Admissions turnstiles",
            origin=tg.Origin.INTERNAL,
            provides={bather_counts},
        )
    )

with tm.boundary("Dosing vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor retrains the model on exports from its installed sites.
    retraining = tm.add(tg.Pipeline("Vendor retraining", stage=tg.Stage.TRAINING))

# ---------------------------------------------------------------- flows
tm.flow(probes, plc, readings, protocol="modbus")
tm.flow(plc, dosing_service, readings, protocol="modbus")
tm.flow(turnstiles, dosing_service, bather_counts, protocol="http", label="counts every 5 minutes")
tm.flow(dosing_service, model, features)
tm.flow(model, dosing_service, demand)
tm.flow(dosing_service, plc, setpoints, protocol="modbus")
tm.flow(plc, pumps, pump_commands, label="4-20 mA dosing signal")

tm.flow(dosing_service, panel, alerts, protocol="http")
tm.flow(panel, lifeguard, alerts)
tm.flow(lifeguard, panel, alerts, label="acknowledges alert")
tm.flow(panel, dosing_service, alerts, protocol="http", label="acknowledgement")

tm.flow(plc, hmi, plant_status, protocol="opc-ua")
tm.flow(hmi, operator, plant_status)
tm.flow(operator, hmi, operator_changes)
tm.flow(hmi, plc, operator_changes, protocol="opc-ua")

tm.flow(dosing_service, historian, history)
tm.flow(historian, hmi, history, label="trend screens")
tm.flow(historian, retraining, training_export, protocol="sftp", label="monthly export")
tm.flow(retraining, model, weights, protocol="https", label="new model version")
