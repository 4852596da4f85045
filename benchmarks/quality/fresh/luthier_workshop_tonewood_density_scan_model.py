"""Tonewood stiffness advisor: the first design, before any security review.

A violin maker's workshop (owner and one apprentice) wants help choosing spruce and
maple billets. Each billet is tapped over a USB measurement microphone and weighed
on a density scanner attached to the workshop PC, where a desktop app turns the
tap tone and density into features and an in-house regression model estimates its
stiffness. A scraper fetches suppliers' online stock listings (sizes, weights, some
with the supplier's own tap-tone clips) so the app can rank billets on offer into a
buying shortlist; the luthier orders by hand on the supplier's site. Jig-measured
stiffness is typed in as labels and the owner retrains the model in a notebook.
Measurements are backed up nightly to a cloud drive. Controls: scraped offers must
match a fixed schema, the log is versioned by the backup, model files are dated.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tonewood stiffness advisor",
    profile=tg.RiskProfile.LOW,
    description=(
        "Workshop tool estimating tonewood stiffness from tap tones and density, "
        "ranking suppliers' online billets for purchase."
    ),
)

# ---------------------------------------------------------------- data assets
tap_tones = tg.Data(
    "Tap-tone recordings",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="WAV clips of each billet tapped on the bench.",
)
density_readings = tg.Data(
    "Density scan readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Weight, dimensions and density profile along the billet.",
)
billet_notes = tg.Data(
    "Billet notes and stiffness labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Species, cut, supplier, and stiffness measured on the deflection jig.",
)
measurements = tg.Data(
    "Billet measurement history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Years of the workshop's own measurements: its know-how.",
)
training_examples = tg.Data(
    "Labelled billet examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
packages = tg.Data("Python packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
model_file = tg.Data(
    "Stiffness model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn pipeline saved with joblib.",
)
features = tg.Data(
    "Billet features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tap-tone peak frequencies, damping, density and dimensions.",
)
estimates = tg.Data("Stiffness estimates", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
listings = tg.Data(
    "Supplier stock listings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Product pages: billet grade, dimensions, weight, price, photos.",
)
supplier_clips = tg.Data(
    "Supplier tap-tone clips",
    kind="media",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Audio some suppliers publish with each billet.",
)
parsed_listings = tg.Data("Parsed billet offers", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
shortlist = tg.Data(
    "Buying shortlist",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Billets on offer ranked by estimated stiffness per price.",
)
criteria = tg.Data(
    "Purchase criteria",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instrument being built, target stiffness range, budget.",
)
backup = tg.Data(
    "Measurement backup archive", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tonewood dealers' web shops: the stock the advisor ranks.
    supplier_shops = tm.add(
        tg.DataSource(
            "Supplier web shops",
            origin=tg.Origin.PUBLIC_WEB,
            provides={listings, supplier_clips},
            description="Five tonewood dealers' public online stock pages.",
        )
    )
    # Where the notebook's libraries come from.
    pypi = tm.add(tg.ExternalService("PyPI", provides=tg.ExternalCategory.PACKAGE_REGISTRY))

with tm.boundary("Cloud drive provider", trust=tg.Trust.PARTNER):
    # Off-site copy of the measurements in case the PC dies.
    cloud_drive = tm.add(
        tg.ExternalService(
            "Cloud drive backup",
            description="Consumer cloud drive synced from the workshop PC.",
        )
    )

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # The workshop owner: measures billets, reads the shortlist, retrains the model.
    luthier = tm.add(tg.Actor("Luthier", role="workshop owner", privileged=True))
    # The bench rig: USB measurement microphone plus a scale and density scanner.
    rig = tm.add(
        tg.Device(
            "Tap-tone and density rig",
            fleet=False,
            description="USB microphone and load-cell density scanner on the bench.",
        )
    )

    with tm.boundary("Workshop PC", trust=tg.Trust.INTERNAL):
        # The desktop app the luthier uses: capture, features, ranking, shortlist.
        advisor = tm.add(
            tg.Service(
                "Billet advisor app",
                description="Desktop app on the workshop Windows PC.",
            )
        )
        # Local SQLite log of every billet ever measured in the workshop.
        measurement_log = tm.add(
            tg.DataStore(
                "Measurement log",
                stores={measurements, tap_tones, billet_notes},
                controls={c.DataVersioning(note="nightly dated copy via the cloud drive backup")},
            )
        )
        # Billets with a jig-measured stiffness, exported for training.
        training_set = tm.add(
            tg.Dataset(
                "Labelled billet set",
                stores={training_examples},
                purpose="training",
            )
        )
        # The owner's Jupyter notebook that fits the regression model.
        training = tm.add(
            tg.Pipeline(
                "Training notebook",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                maturity="experimental",
            )
        )
        # A folder of dated model files the app loads the newest of.
        model_folder = tm.add(
            tg.ModelRegistry(
                "Model folder",
                stores={model_file},
                controls={c.ModelVersioning(note="files named by training date; app pins one")},
            )
        )
        # The stiffness regressor itself, loaded in-process by the app.
        estimator = tm.add(
            tg.Model(
                "Stiffness estimator",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="Gradient-boosted regressor: features to Young's modulus.",
            )
        )
        # Fetches and parses suppliers' stock pages each morning.
        scraper = tm.add(
            tg.Pipeline(
                "Supplier stock scraper",
                stage=tg.Stage.INGESTION,
                third_party_packages=True,
                controls={
                    c.SchemaEnforcement(note="offers missing size, weight or price are dropped")
                },
            )
        )

# ---------------------------------------------------------------- flows
# measuring a billet on the bench
tm.flow(rig, advisor, tap_tones, density_readings, protocol="usb")
tm.flow(luthier, advisor, billet_notes, criteria, label="typed in at the workshop PC")
tm.flow(advisor, measurement_log, measurements, tap_tones, billet_notes)
tm.flow(measurement_log, advisor, measurements, label="history lookups")

# estimating stiffness
tm.flow(advisor, estimator, features, protocol="local")
tm.flow(estimator, advisor, estimates, protocol="local")

# supplier stock and the shortlist
tm.flow(supplier_shops, scraper, listings, supplier_clips, protocol="https")
tm.flow(scraper, advisor, parsed_listings, protocol="local")
tm.flow(advisor, luthier, shortlist, label="shown on the workshop PC")

# retraining
tm.flow(measurement_log, training_set, training_examples, label="export of labelled billets")
tm.flow(training_set, training, training_examples)
tm.flow(pypi, training, packages, protocol="https")
tm.flow(training, model_folder, model_file)
tm.flow(model_folder, estimator, model_file, label="app loads newest file at start")

# backup
tm.flow(measurement_log, cloud_drive, backup, protocol="https", label="nightly sync")
tm.flow(cloud_drive, measurement_log, backup, protocol="https", label="restore")
