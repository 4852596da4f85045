"""Gin still cut-point advisor: the first design, before any security review.

A craft gin distillery runs one copper pot still with a vapour basket. During each
run, temperature probes wired to the still's PLC, an inline alcohol (density) meter
and an electronic-nose aroma sensor on the spirit safe feed an edge gateway in the
still house, which builds features and asks an in-house cut-point model whether the
run is in heads, hearts or tails and how long until the next cut. The advice is shown
on a tablet at the still; the head distiller makes every cut by hand and taps in
when they cut, with tasting notes, so the model never drives the still. Runs are kept
on the gateway and synced nightly to the distillery's cloud account, where a freelance
ML consultant retrains the model each quarter, checks it against held-out runs and
publishes it to a versioned bucket the gateway pulls from. The PLC keeps its own
over-temperature trip on the steam supply. The consultant signs in to the cloud with
MFA; the tablet talks to the gateway over plain HTTP on the still-house Wi-Fi.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Gin still cut-point advisor",
    profile=tg.RiskProfile.LOW,
    description="Advises the distiller when to make heads and tails cuts from still "
    "temperatures, alcohol strength and aroma sensor readings.",
)

# ---------------------------------------------------------------- data assets
temperatures = tg.Data(
    "Still temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pot, column head and condenser outlet temperatures each second.",
)
abv = tg.Data("Alcohol strength readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
aroma = tg.Data(
    "Aroma sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Electronic-nose channel responses sampled at the spirit safe.",
)
run_setup = tg.Data(
    "Run setup",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Botanical charge, recipe batch and charge strength for the run.",
)
cut_log = tg.Data(
    "Distiller cut log",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="When the distiller actually cut, with tasting notes.",
)
features = tg.Data("Cut-point features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
advice = tg.Data(
    "Cut advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
run_history = tg.Data(
    "Run history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Every run's readings, setup, advice and actual cuts: the house style.",
)
training_code = tg.Data("Training notebook", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL)
eval_report = tg.Data("Evaluation report", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "Cut-point model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Still house", trust=tg.Trust.INTERNAL):
    # Makes every cut by hand; the model only advises.
    distiller = tm.add(tg.Actor("Head distiller", role="distiller"))
    # Thermocouples in the pot, column head and condenser outlet, wired to the PLC.
    probes = tm.add(tg.Device("Still temperature probes", fleet=False))
    # Existing still controller: runs the steam heating, exposes readings over Modbus.
    plc = tm.add(
        tg.Device(
            "Still control PLC",
            fleet=False,
            controls={
                c.SafetyLimits(limits="PLC trips the steam valve above the pot temperature limit")
            },
        )
    )
    # Inline density meter on the spirit safe giving live ABV.
    abv_meter = tm.add(tg.Device("Inline alcohol meter", fleet=False))
    # Electronic nose sampling the distillate at the spirit safe.
    nose = tm.add(tg.Device("Aroma sensor", fleet=False))
    # Small industrial PC by the still: collects readings, runs the model, serves the tablet.
    gateway = tm.add(
        tg.Service(
            "Edge gateway",
            description="Polls the PLC and meters, builds features, calls the model and "
            "serves the advice page to the still-side tablet.",
        )
    )
    # The cut-point model itself, loaded on the edge gateway.
    model = tm.add(
        tg.Model(
            "Cut-point model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted trees: heads/hearts/tails phase and minutes to next cut.",
            controls={c.HumanInTheLoop(approver="the head distiller, who makes each cut by hand")},
        )
    )
    # Tablet on a stand at the still showing the advice and taking the cut log.
    tablet = tm.add(tg.Device("Still-side tablet", fleet=False))
    # Local copy of every run on the gateway's disk.
    run_store = tm.add(tg.DataStore("Run history store", stores={run_history}))

with tm.boundary("Distillery cloud account", trust=tg.Trust.INTERNAL):
    # Past runs synced from the gateway; the distiller's cuts are the labels.
    dataset = tm.add(tg.Dataset("Run history bucket", stores={run_history}))
    # Quarterly retraining job the consultant runs.
    training = tm.add(
        tg.Pipeline(
            "Quarterly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="scored against held-out runs before publishing"),
                c.Authentication(method="cloud console account with MFA"),
            },
        )
    )
    # Versioned bucket the gateway pulls the current model from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model bucket",
            stores={weights},
            controls={
                c.ModelVersioning(note="object versioning on the bucket"),
                c.EncryptionAtRest(key_management="cloud provider default keys"),
            },
        )
    )

with tm.boundary("Consultant", trust=tg.Trust.PARTNER):
    # Freelance data scientist who owns the training code and retrains the model.
    consultant = tm.add(
        tg.Actor(
            "ML consultant",
            role="freelance data scientist",
            privileged=True,
        )
    )

# ---------------------------------------------------------------- flows
# Live readings during a run.
tm.flow(probes, plc, temperatures, label="wired thermocouple inputs")
tm.flow(plc, gateway, temperatures, protocol="modbus")
tm.flow(abv_meter, gateway, abv, protocol="modbus")
tm.flow(nose, gateway, aroma, protocol="mqtt")
tm.flow(gateway, model, features)
tm.flow(model, gateway, advice)

# The distiller and the tablet.
tm.flow(distiller, tablet, run_setup, cut_log, label="entered on the touchscreen")
tm.flow(tablet, gateway, run_setup, cut_log, protocol="http")
tm.flow(gateway, tablet, advice, temperatures, abv, protocol="http")
tm.flow(tablet, distiller, advice, label="shown on the touchscreen")

# History, retraining and release.
tm.flow(gateway, run_store, run_history)
tm.flow(run_store, dataset, run_history, protocol="https", label="nightly sync")
tm.flow(consultant, training, training_code, protocol="https")
tm.flow(dataset, training, run_history)
tm.flow(training, consultant, eval_report, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, protocol="https", label="pulled on gateway restart")
