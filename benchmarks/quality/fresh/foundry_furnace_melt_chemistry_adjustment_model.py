"""Foundry melt chemistry adjustment model: the first design, before any security review.

An iron foundry pours grey and ductile iron from two induction furnaces. For each
melt, the lab's optical emission spectrometer analyses a chill sample and exports the
result to a collector on the melt shop network. A melt advisory service combines the
analysis with the melt order from the ERP (target grade, bath weight), the furnace's
own bath weight and temperature, and the metallurgist's grade specifications, and
asks an in-house regression model how much ferrosilicon, carbon raiser, copper,
manganese and tin to add. The furnace operator sees the recommendation on the pulpit
HMI, adjusts it if needed and confirms it; the furnace PLC then doses from the alloy
hoppers, clamping every addition to the per-grade maxima it holds itself. Melt history
feeds a monthly retraining job on the IT network; the metallurgist back-tests and
releases each new model version from a versioned registry.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Foundry melt chemistry adjustment model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Recommends alloy additions per melt from spectrometer analyses; the operator "
        "confirms and the furnace PLC doses within its own limits."
    ),
)

# ---------------------------------------------------------------- data assets
melt_order = tg.Data(
    "Melt order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Target grade, casting job and planned tap weight from the ERP.",
)
analysis = tg.Data(
    "Spectrometer melt analysis",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="C, Si, Mn, P, S, Cu, Sn, Mg and CE of each sample, with melt number.",
)
furnace_status = tg.Data(
    "Furnace bath weight and temperature",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
grade_specs = tg.Data(
    "Alloy grade specifications",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Target and tolerance chemistry per grade, and the foundry's charge recipes.",
)
features = tg.Data(
    "Melt features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Current chemistry, distance to target, bath weight and temperature.",
)
recommendation = tg.Data(
    "Alloy addition recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Kilograms of each addition, with the predicted final chemistry.",
)
confirmed_addition = tg.Data(
    "Confirmed addition setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
melt_history = tg.Data(
    "Melt history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Every melt's analyses, recommendations, confirmed additions and final chemistry.",
)
model_artifact = tg.Data(
    "Addition model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient-boosting model saved with joblib.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Foundry IT network", trust=tg.Trust.INTERNAL):
    # Source of what is being melted next: the grade and tap weight for each melt.
    erp = tm.add(tg.Service("ERP production scheduling"))
    # Metallurgist owns the grade specifications and releases model versions.
    metallurgist = tm.add(tg.Actor("Metallurgist", role="process metallurgist", privileged=True))
    # Monthly job that rebuilds the training set from melt history and refits the model.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            description="Python job on the analytics server; pip-installs its requirements.",
            third_party_packages=True,
        )
    )
    # Holds every trained version so serving can be pinned and rolled back.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={
                c.ModelVersioning(note="serving loads a pinned version number"),
                c.ModelValidation(
                    note="metallurgist back-tests each version on last month's melts"
                ),
            },
        )
    )

with tm.boundary("Melt shop OT network", trust=tg.Trust.INTERNAL):
    # Lab spectrometer: analyses each chill sample and exports the result as a file.
    spectrometer = tm.add(
        tg.Device(
            "Optical emission spectrometer",
            fleet=False,
            description="Vendor software on its own Windows PC in the sample lab.",
        )
    )
    # Picks up spectrometer export files and turns them into analysis records.
    collector = tm.add(
        tg.Service(
            "Lab result collector",
            description="Watches the spectrometer's export share and parses each result file.",
        )
    )
    # Historian of melts: what the model saw, recommended and what was actually added.
    history_db = tm.add(tg.DataStore("Melt history database", stores={melt_history}))
    # Metallurgist-maintained target chemistry per grade, read for every recommendation.
    spec_store = tm.add(tg.DataStore("Grade specification store", stores={grade_specs}))
    # Orchestrates a recommendation: gathers inputs, calls the model, logs the result.
    advisory = tm.add(
        tg.Service(
            "Melt advisory service",
            description="Runs on the OT-side server next to the historian.",
        )
    )
    # The model itself: predicts the additions that bring the melt into specification.
    model = tm.add(
        tg.Model(
            "Alloy addition model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted regressor trained on five years of melts.",
        )
    )
    # Furnace operator at the melt pulpit: reviews and confirms each addition.
    operator = tm.add(tg.Actor("Furnace operator", role="melt shop operator"))
    # Pulpit HMI: shows the recommendation and sends confirmed setpoints to the PLC.
    hmi = tm.add(
        tg.Service(
            "Pulpit HMI",
            description="SCADA client at the furnace pulpit.",
            controls={
                c.HumanInTheLoop(
                    approver="furnace operator",
                    note="nothing is dosed until the operator confirms the addition on the HMI",
                ),
                c.Authentication(method="individual operator badge at the pulpit"),
            },
        )
    )

    with tm.boundary("Furnace control cell", trust=tg.Trust.RESTRICTED):
        # Furnace PLC: doses alloys from the hoppers and enforces its own addition limits.
        plc = tm.add(
            tg.Service(
                "Furnace PLC",
                description="Controls the induction furnace and the alloy weigh hoppers.",
                controls={
                    c.SafetyLimits(
                        limits=(
                            "PLC clamps each addition to per-grade maximum kg per tonne of "
                            "bath and refuses additions above the bath temperature window"
                        )
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
# Per melt: order, analysis and furnace state in; recommendation out.
tm.flow(erp, advisory, melt_order, protocol="https", label="melt order")
tm.flow(spectrometer, collector, analysis, protocol="smb", label="result file export")
tm.flow(collector, advisory, analysis, label="new analysis")
tm.flow(collector, history_db, analysis, protocol="sql")
tm.flow(plc, advisory, furnace_status, protocol="opc-ua")
tm.flow(spec_store, advisory, grade_specs, protocol="sql")
tm.flow(advisory, model, features)
tm.flow(model, advisory, recommendation)
tm.flow(advisory, hmi, recommendation, protocol="opc-ua")
tm.flow(hmi, operator, recommendation, label="shown at the pulpit")
tm.flow(operator, hmi, confirmed_addition, label="adjusts and confirms")
tm.flow(hmi, plc, confirmed_addition, protocol="opc-ua")
tm.flow(plc, hmi, furnace_status, protocol="opc-ua")
tm.flow(hmi, advisory, confirmed_addition, protocol="opc-ua", label="what was actually added")
tm.flow(advisory, history_db, melt_history, protocol="sql")

# Specifications.
tm.flow(metallurgist, spec_store, grade_specs, protocol="https", label="edits grade targets")

# Retraining and release.
tm.flow(history_db, training, melt_history, protocol="sql", label="monthly extract")
tm.flow(training, registry, model_artifact)
tm.flow(metallurgist, registry, release, label="approves version after back-test")
tm.flow(registry, model, model_artifact, label="load pinned version")
