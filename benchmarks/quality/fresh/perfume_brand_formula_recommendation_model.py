"""Perfume formula recommendation model: the first design, before any security review.

A fragrance house trains an in-house generative model on its proprietary formula
library and on panel-test scores, to suggest new accords to its perfumers. The
formulas are trade secrets kept in a restricted formula database inside an
isolated R&D enclave. Once a month a contract research lab uploads panel-test
results (aggregated hedonic scores per sample, no panelist identities) to our
SFTP server with an SSH key we issued; an ingestion pipeline checks the files
against the agreed template and loads them into a panel results store. A
training pipeline in the enclave joins formulas and scores, trains the model and
writes a PyTorch checkpoint to the model registry, from which ML engineers deploy
it. Perfumers use a lab application on the R&D network (corporate SSO with MFA)
that sends a brief to the recommendation service and shows suggested accords with
a predicted panel score; perfumers open formulas and save trial formulas from it.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Perfume formula recommendation model",
    profile=tg.RiskProfile.HIGH,
    description="Suggests new accords to perfumers from the proprietary formula library.",
)

# ---------------------------------------------------------------- data assets
formulas = tg.Data(
    "Formula library",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Every formula the house owns: materials and proportions.",
)
trial_formulas = tg.Data("Trial formulas", kind="records", sensitivity=tg.Sensitivity.SECRET)
panel_files = tg.Data(
    "Panel result files",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Monthly CSV exports from the contract research lab.",
)
panel_scores = tg.Data(
    "Panel-test scores",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
catalogue = tg.Data(
    "Raw material catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Materials, costs and IFRA usage limits.",
)
brief = tg.Data("Accord brief", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
suggestions = tg.Data(
    "Suggested accords with predicted panel score",
    kind="model-output",
    sensitivity=tg.Sensitivity.SECRET,
)
training_config = tg.Data("Training run configuration", kind="code")
weights = tg.Data(
    "Accord model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.SECRET,
    description="PyTorch checkpoint; encodes the formula library it was trained on.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Contract research lab", trust=tg.Trust.PARTNER):
    # Runs the consumer panels and sends the results monthly.
    lab = tm.add(
        tg.DataSource(
            "Contract lab panel results",
            origin=tg.Origin.PARTNER,
            provides={panel_files},
        )
    )

with tm.boundary("DMZ", trust=tg.Trust.INTERNAL):
    # Landing point for the lab's monthly upload.
    sftp = tm.add(
        tg.Service(
            "SFTP drop server",
            internet_facing=True,
            controls={tg.controls.Authentication(method="SSH key issued to the contract lab")},
        )
    )

with tm.boundary("R&D network", trust=tg.Trust.INTERNAL):
    # The people the model is for.
    perfumer = tm.add(tg.Actor("Perfumer", role="perfumer"))
    # Trains, evaluates and deploys the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # Perfumers' workbench: briefs, suggestions, formula editing.
    lab_app = tm.add(
        tg.Service(
            "Lab application",
            controls={
                tg.controls.Authentication(method="corporate SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )
    # Serves suggestions to the lab application.
    endpoint = tm.add(tg.Endpoint("Recommendation service", returns_scores=True))
    # The accord generator with a panel-score head.
    model = tm.add(
        tg.Model(
            "Accord recommendation model",
            task=tg.Task.GENERATIVE,
            returns_scores=True,
        )
    )
    # Checks and loads the lab's files.
    ingestion = tm.add(
        tg.Pipeline(
            "Panel results ingestion",
            stage=tg.Stage.INGESTION,
            controls={tg.controls.SchemaEnforcement()},
        )
    )
    # Materials reference the lab application shows next to suggestions.
    catalogue_db = tm.add(tg.DataStore("Raw material catalogue", stores={catalogue}))

    with tm.boundary("Formula enclave", trust=tg.Trust.RESTRICTED):
        # The trade-secret formula library.
        formula_db = tm.add(
            tg.DataStore(
                "Formula database",
                stores={formulas, trial_formulas},
                controls={
                    tg.controls.RBAC(),
                    tg.controls.EncryptionAtRest(key_management="on-prem HSM"),
                    tg.controls.AuditLogging(retention_days=365),
                },
            )
        )
        # Panel-test scores used as training targets.
        panel_store = tm.add(tg.DataStore("Panel results store", stores={panel_scores}))
        # Joins formulas and scores and trains the model on the enclave's GPUs.
        training = tm.add(
            tg.Pipeline("Training pipeline", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned checkpoints.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={tg.controls.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# Monthly panel results
tm.flow(lab, sftp, panel_files, protocol="sftp", label="monthly upload")
tm.flow(sftp, ingestion, panel_files, protocol="sftp")
tm.flow(ingestion, panel_store, panel_scores)

# Training and deployment
tm.flow(formula_db, training, formulas)
tm.flow(panel_store, training, panel_scores)
tm.flow(ml_engineer, training, training_config, protocol="ssh")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")

# Perfumer use
tm.flow(perfumer, lab_app, brief, trial_formulas, protocol="https")
tm.flow(lab_app, endpoint, brief, protocol="https")
tm.flow(endpoint, model, brief)
tm.flow(model, endpoint, suggestions)
tm.flow(endpoint, lab_app, suggestions, protocol="https")
tm.flow(lab_app, perfumer, suggestions, formulas, catalogue, protocol="https")
tm.flow(catalogue_db, lab_app, catalogue)
tm.flow(formula_db, lab_app, formulas, label="open formula")
tm.flow(lab_app, formula_db, trial_formulas, label="save trial formula")
