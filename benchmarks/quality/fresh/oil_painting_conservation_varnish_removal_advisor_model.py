"""Varnish removal advisor: the first design, before any security review.

A paintings conservation studio in the Netherlands treats oil paintings for museums
and private collectors. Before removing a discoloured varnish, a conservator takes
FTIR spectra of the varnish and photographs solvent test patches under visible and UV
light; the spectrometer and tethered camera upload them to the studio's advisor web
app on a small cloud tenancy. A model trained on the studio's past treatments ranks
solvent mixtures for that painting, and the treating conservator decides what, if
anything, to use; the decision and outcome are recorded. The conservation scientist
retrains the model every few months from treatment records and public solubility
tables, and picks the version to serve by hand. Staff sign in with Google Workspace
accounts (2-step verification); storage uses the provider's default encryption and
the database has daily backups.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Varnish removal advisor",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Ranks solvent mixtures for varnish removal from spectra and test-patch "
    "photos; the treating conservator decides.",
)

# ---------------------------------------------------------------- data assets
spectra = tg.Data(
    "FTIR varnish spectra",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Spectra of the varnish layer at marked sampling points, with instrument settings.",
)
patch_photos = tg.Data(
    "Test-patch photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Visible and UV images of solvent test patches on the painting; "
    "collectors do not want their holdings shown.",
)
object_records = tg.Data(
    "Object and client records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Painting details, owner name and address, insured value, where it hangs.",
)
treatment_history = tg.Data(
    "Treatment history and outcomes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Past solvent tests, what was used, and the conservator's assessment of the result.",
)
recommendation = tg.Data(
    "Ranked solvent mixtures",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top solvent mixtures and application forms with a confidence for each.",
)
decision = tg.Data(
    "Conservator treatment decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The mixture actually chosen (or none), and later the observed outcome.",
)
solvent_table = tg.Data(
    "Solvent solubility parameters",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Published Hansen/Teas parameters and safety data for common solvents.",
)
training_set = tg.Data(
    "Solvent outcome training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Spectra, patch photo features and outcome labels from past treatments.",
)
weights = tg.Data(
    "Advisor model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public reference data the training job downloads.
    solvent_ref = tm.add(
        tg.DataSource(
            "Solvent reference tables",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={solvent_table},
            description="Published solubility parameter tables and solvent safety data sheets.",
        )
    )

with tm.boundary("Studio network", trust=tg.Trust.INTERNAL):
    # Does the test patches and makes the treatment decision.
    conservator = tm.add(tg.Actor("Conservator", role="paintings conservator"))
    # Maintains the model and the training data; the only one who can release a version.
    scientist = tm.add(
        tg.Actor("Conservation scientist", role="conservation scientist", privileged=True)
    )
    # Source of the varnish spectra; its vendor software uploads exports to the app.
    spectrometer = tm.add(
        tg.Device(
            "FTIR spectrometer",
            fleet=False,
            description="Portable FTIR with reflectance probe; vendor software exports spectra.",
        )
    )
    # Source of the test-patch photos, tethered to the studio capture station.
    camera = tm.add(
        tg.Device(
            "Test-patch camera",
            fleet=False,
            description="Tethered DSLR with UV filter set on the copy stand.",
        )
    )

with tm.boundary("Studio cloud tenancy", trust=tg.Trust.INTERNAL):
    # The one place conservators work in: uploads, evidence view, recommendations, decisions.
    app = tm.add(
        tg.Endpoint(
            "Advisor web app",
            purpose=tg.EndpointPurpose.API,
            description="Web app and upload API on a small cloud VM.",
            controls={
                c.Authentication(
                    method="studio Google Workspace accounts with 2-step verification"
                ),
            },
        )
    )
    # The model the system is built around; advisory only.
    model = tm.add(
        tg.Model(
            "Solvent recommendation model",
            task=tg.Task.RANKER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted ranker over spectral and patch-image features; a "
            "wrong mixture can strip original glazes from an irreplaceable painting.",
            controls={c.HumanInTheLoop(approver="the treating conservator")},
        )
    )
    # System of record for objects, clients and treatments.
    records_db = tm.add(
        tg.DataStore(
            "Treatment records database",
            stores={object_records, treatment_history, spectra, decision},
            controls={
                c.EncryptionAtRest(key_management="cloud provider default keys"),
                c.DataVersioning(note="daily provider backups kept 14 days"),
            },
        )
    )
    # Holds the photos; too large for the database.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={patch_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Snapshot of past treatments that the model learns from.
    dataset = tm.add(tg.Dataset("Solvent outcome dataset", stores={training_set}))
    # Retraining job the scientist starts every few months.
    training = tm.add(
        tg.Pipeline(
            "Advisor retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Notebook-driven job; pip-installs its dependencies at run time.",
        )
    )
    # Where trained versions are kept and the serving model is loaded from.
    model_store = tm.add(
        tg.ModelRegistry(
            "Model artifact folder",
            stores={weights},
            controls={c.ModelVersioning(note="versions kept by date; the app loads a pinned one")},
        )
    )

# ---------------------------------------------------------------- flows
# evidence in
tm.flow(spectrometer, app, spectra, protocol="https", label="spectra export upload")
tm.flow(camera, app, patch_photos, protocol="https", label="tethered upload")
tm.flow(conservator, app, object_records, decision, protocol="https")
tm.flow(app, photo_bucket, patch_photos)
tm.flow(photo_bucket, app, patch_photos, label="evidence view")
tm.flow(app, records_db, object_records, spectra, decision)
tm.flow(records_db, app, object_records, treatment_history, spectra)

# recommendation
tm.flow(app, model, spectra, patch_photos)
tm.flow(model, app, recommendation)
tm.flow(app, conservator, recommendation, patch_photos, treatment_history, protocol="https")

# retraining
tm.flow(records_db, dataset, treatment_history, spectra, decision, label="export before retraining")
tm.flow(photo_bucket, dataset, patch_photos)
tm.flow(solvent_ref, training, solvent_table, protocol="https")
tm.flow(dataset, training, training_set)
tm.flow(training, model_store, weights)
tm.flow(scientist, model_store, release, protocol="https", label="chooses the version to serve")
tm.flow(model_store, model, weights, label="load on deploy")
