"""Textile dye house colour match model: the first design, before any security review.

Brands publish digital colour standards (spectral QTX files) on their colour portals; we
download them and submit lab dips back there for the brand's shade approval. The colourist
measures standards, lab dips and bulk samples on a benchtop spectrophotometer attached to the
lab workstation. A colour matching service on the site servers asks an in-house regression
model for a dye recipe (dyes and g/l) from the readings, the dyestuff library and the history
of past recipes. The colourist approves first lab-dip recipes; bulk shade corrections go to
the recipe management system automatically, which loads them into the dye dosing machines.
The model is retrained monthly and versioned in a registry. Controls: domain sign-in at the
workstation, the colourist's lab-dip approval, the dispensers' per-dye concentration caps
and model versioning.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Textile dye house colour match model",
    profile=tg.RiskProfile.LOW,
    description=(
        "Predicts dye recipes that match customers' colour standards from spectrophotometer "
        "readings, and corrects the dosing machines' recipes."
    ),
)

# ---------------------------------------------------------------- data assets
standards = tg.Data(
    "Customer colour standards",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Spectral reflectance of each brand's colour, with tolerances (QTX files).",
)
dip_submission = tg.Data(
    "Lab dip submission", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
shade_approval = tg.Data(
    "Customer shade approval",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The brand's accept or reject of a submitted lab dip, with comments.",
)
readings = tg.Data(
    "Spectrophotometer readings",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Reflectance curves of standards, lab dips and bulk samples.",
)
match_request = tg.Data(
    "Colour match request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Target standard, substrate, dye class and the latest sample's readings.",
)
model_input = tg.Data("Recipe model features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
predicted_recipe = tg.Data(
    "Predicted dye recipe",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dyes and concentrations with the predicted colour difference (dE CMC).",
)
recipe_approval = tg.Data(
    "Colourist recipe approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
production_recipe = tg.Data(
    "Production dye recipe",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Approved lab recipe or automatic bulk shade correction for a dye lot.",
)
dispense_record = tg.Data("Dispense records", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
recipe_history = tg.Data(
    "Dyestuff library and recipe history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Dye absorption calibrations, every recipe made and its measured result: "
    "the dye house's core know-how.",
)
training_data = tg.Data(
    "Recipe training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
artifact = tg.Data(
    "Recipe model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Customer brands", trust=tg.Trust.PARTNER):
    # Each brand's colour management portal: standards out, shade approvals back.
    portal = tm.add(tg.ExternalService("Brand colour portal", provides="data-provider"))

with tm.boundary("Dye house site network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Colour lab", trust=tg.Trust.INTERNAL):
        # Does the matching work and decides which recipes go to the lab or to bulk.
        colourist = tm.add(tg.Actor("Colourist", role="lab colourist"))
        # Benchtop instrument, USB-attached to the lab workstation.
        spectro = tm.add(tg.Device("Lab spectrophotometer", fleet=False))
        # Colour QC software: reads the instrument, shows recipes, takes approvals.
        workstation = tm.add(
            tg.Service(
                "Colour lab workstation",
                controls={c.Authentication(method="Active Directory domain password")},
            )
        )

    with tm.boundary("Server room", trust=tg.Trust.INTERNAL):
        # Orchestrates matching: fetches standards, calls the model, routes recipes.
        matching = tm.add(
            tg.Service(
                "Colour matching service",
                controls={
                    c.HumanInTheLoop(
                        approver="the lab colourist",
                        note="first lab-dip recipes only; bulk shade corrections go to "
                        "the recipe management system automatically",
                    )
                },
            )
        )
        # In-house gradient-boosted regressor from target spectra to dye concentrations.
        model = tm.add(
            tg.Model(
                "Recipe prediction model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
            )
        )
        # SQL database of dyestuffs, past recipes and their measured outcomes.
        history_db = tm.add(tg.DataStore("Recipe history database", stores={recipe_history}))
        # Monthly snapshot the model is trained on.
        train_set = tm.add(tg.Dataset("Recipe training set", stores={training_data}))
        # Monthly retraining job (scikit-learn and friends from PyPI).
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # MLflow registry holding each trained version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={artifact},
                controls={c.ModelVersioning()},
            )
        )
        # Existing dyehouse MES module holding production recipes per dye lot.
        recipe_mgmt = tm.add(tg.Service("Recipe management system"))

    with tm.boundary("Dyeing floor", trust=tg.Trust.INTERNAL):
        # Automatic dissolving and dosing of dye solutions into the dyeing machines.
        dosing = tm.add(
            tg.Device(
                "Dye dosing machines",
                controls={
                    c.SafetyLimits(
                        limits="dispenser software refuses any dye above its maximum g/l "
                        "in the dyestuff master"
                    )
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Maintains the model and releases new versions to serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(portal, matching, standards, protocol="https", label="standards download")
tm.flow(matching, portal, dip_submission, protocol="https")
tm.flow(portal, matching, shade_approval, protocol="https")

tm.flow(spectro, workstation, readings, protocol="usb")
tm.flow(workstation, matching, match_request, readings, protocol="http")
tm.flow(matching, workstation, predicted_recipe, protocol="http")
tm.flow(colourist, workstation, recipe_approval, label="on the lab workstation")
tm.flow(workstation, colourist, predicted_recipe, label="on the lab workstation")
tm.flow(workstation, matching, recipe_approval, protocol="http")

tm.flow(history_db, matching, recipe_history, label="dyestuff calibrations and similar recipes")
tm.flow(matching, model, model_input)
tm.flow(model, matching, predicted_recipe)
tm.flow(matching, history_db, recipe_history, label="new recipes and measured results")

tm.flow(matching, recipe_mgmt, production_recipe, protocol="http")
tm.flow(recipe_mgmt, dosing, production_recipe, protocol="opc-ua")
tm.flow(dosing, recipe_mgmt, dispense_record, protocol="opc-ua")
tm.flow(recipe_mgmt, history_db, dispense_record)

tm.flow(history_db, train_set, training_data, label="monthly export")
tm.flow(train_set, training, training_data)
tm.flow(training, registry, artifact)
tm.flow(ml_engineer, registry, release, label="promotes a version")
tm.flow(registry, model, artifact, label="deploy")
