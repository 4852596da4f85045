"""Harp soundboard tap-tone thicknessing model: the first design.

A small harp-making workshop wants a second opinion when graduating soundboards.
At the bench the luthier taps a spruce board held at its nodes, a measurement
microphone on USB records the tap, and a capture app on the workshop laptop turns
the recording into a spectrum. The luthier types in the board's dimensions and
weight, and the app imports the tonewood supplier's batch sheets. The app sends
spectrum and density to a small suggestion API in the workshop's cloud project,
where an in-house regression model returns a thickness per board zone; the
luthier reads it and planes the board by hand. Recordings and build records are
kept in the cloud, and finished-board outcomes become labels for retraining,
which a part-time contractor runs from time to time. The API takes a
per-workshop API key and validates requests; cloud storage is encrypted with
provider-managed keys and the build database is backed up nightly.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Harp soundboard tap-tone model",
    profile=tg.RiskProfile.LOW,
    description="Suggests soundboard thicknessing from tap tones and wood density, for the luthier to follow.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data("Tap-tone recording", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
measurements = tg.Data(
    "Board measurements",
    kind="records",
    description="Dimensions, weight and computed density of each board.",
)
batch_sheet = tg.Data(
    "Tonewood batch sheet",
    kind="documents",
    description="Supplier CSV with species, origin, grade and nominal density per batch.",
)
spectrum = tg.Data(
    "Tap-tone spectrum features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
suggestion = tg.Data(
    "Zone thickness suggestion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
outcomes = tg.Data(
    "Finished board outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Final thicknesses and the luthier's rating of the strung harp's tone.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
build_records = tg.Data(
    "Build records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Every board's measurements, spectra, suggestions and outcomes: the workshop's know-how.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
artifact = tg.Data(
    "Thicknessing model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
train_config = tg.Data("Training configuration", kind="code")

# ---------------------------------------------------------------- elements
with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # The harp maker who taps, measures and planes the boards.
    luthier = tm.add(tg.Actor("Luthier", role="luthier"))
    # Measurement microphone plugged into the laptop at the bench.
    microphone = tm.add(tg.Device("Measurement microphone", fleet=False))
    # Laptop app: records taps, computes spectra, shows suggestions.
    capture_app = tm.add(
        tg.Service(
            "Tap-tone capture app",
            description="Records taps, computes the spectrum, imports batch sheets, calls the suggestion API.",
        )
    )

with tm.boundary("Tonewood supplier", trust=tg.Trust.PARTNER):
    # The supplier e-mails a sheet with each batch of spruce.
    supplier = tm.add(
        tg.DataSource("Supplier batch sheets", origin=tg.Origin.PARTNER, provides={batch_sheet})
    )

with tm.boundary("Workshop cloud project", trust=tg.Trust.INTERNAL):
    # Small HTTPS API the capture app calls for a suggestion and to log outcomes.
    api = tm.add(
        tg.Endpoint(
            "Suggestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-workshop API key"),
                c.InputValidation(
                    note="request schema with range checks on density and dimensions"
                ),
            },
        )
    )
    # Predicts target thickness per zone from spectrum and density.
    model = tm.add(tg.Model("Thicknessing model", task=tg.Task.REGRESSOR))
    # Postgres database of every board built with the system.
    build_db = tm.add(
        tg.DataStore(
            "Build records database",
            stores={build_records, measurements, outcomes},
            controls={
                c.EncryptionAtRest(key_management="cloud provider-managed keys"),
                c.DataVersioning(note="nightly backups kept 30 days"),
            },
        )
    )
    # Bucket of raw tap recordings, kept for re-extracting features later.
    audio_store = tm.add(
        tg.DataStore(
            "Recording bucket",
            stores={recording},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Snapshot of build records and recordings for a training run.
    training_set = tm.add(
        tg.Dataset("Thicknessing training set", stores={build_records, recording})
    )
    # Notebook job on a cloud VM that refits the model.
    trainer = tm.add(
        tg.Pipeline("Retraining job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Bucket folder the API loads the current model from.
    registry = tm.add(tg.ModelRegistry("Model bucket", stores={artifact}))

with tm.boundary("Contractor workstation", trust=tg.Trust.PARTNER):
    # Part-time developer who maintains the model and runs retraining.
    developer = tm.add(tg.Actor("Contract ML developer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(microphone, capture_app, recording, protocol="usb")
tm.flow(luthier, capture_app, measurements, outcomes, label="typed in at the bench")
tm.flow(supplier, capture_app, batch_sheet, protocol="email", label="CSV imported by the luthier")
tm.flow(capture_app, audio_store, recording, protocol="https")
tm.flow(capture_app, api, spectrum, measurements, outcomes, protocol="https")
tm.flow(api, model, spectrum, measurements)
tm.flow(model, api, suggestion)
tm.flow(api, capture_app, suggestion, protocol="https")
tm.flow(capture_app, luthier, suggestion, label="shown on the laptop screen")
tm.flow(api, build_db, build_records, measurements, outcomes, label="logs each request and outcome")

tm.flow(build_db, training_set, build_records, outcomes, label="export before each retrain")
tm.flow(audio_store, training_set, recording)
tm.flow(training_set, trainer, build_records, recording)
tm.flow(developer, trainer, train_config, protocol="ssh", label="starts retraining")
tm.flow(trainer, registry, artifact)
tm.flow(registry, model, artifact, label="loaded at API start")
