"""Telescope mirror figure test model: the first design, before any security review.

A small optics workshop figures telescope mirrors (150 mm to 600 mm) by hand. After
each polishing session the optician puts the mirror on the interferometer test stand;
a USB camera captures the interferograms, and the capture workstation saves them to
the test image archive on the workshop server. A figure analysis service unwraps the
fringes, fits Zernike terms and compares the surface with the job's target conic. A
stroke suggestion model, trained in-house on years of the shop's test results and
polishing logs, proposes the next strokes (stroke type, length, overhang, minutes).
Opticians see the figure map and the suggestion in a workshop web app on a shop-floor
tablet, and log the strokes they actually did. A workshop engineer retrains the model
now and then with open-source Python packages; checkpoints are kept in a registry.
Everything runs on the workshop LAN; the archive is backed up nightly to an off-site
provider. Controls: individual logins on the web app, image quality checks before
analysis, versioned checkpoints and backups; the optician decides every stroke.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Telescope mirror figure test model",
    profile=tg.RiskProfile.LOW,
    description="Interferogram analysis and polishing stroke suggestions for mirror opticians.",
)

# ---------------------------------------------------------------- data assets
interferograms = tg.Data(
    "Interferogram images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Camera frames of the fringe pattern, several per test, per mirror.",
)
session_notes = tg.Data(
    "Test session notes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Job number, mirror temperature, test orientation, typed at the stand.",
)
job_spec = tg.Data(
    "Mirror job spec",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Diameter, focal length, target conic and tolerance for the job.",
)
figure_map = tg.Data(
    "Surface figure map",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Zernike coefficients, zone errors, P-V, RMS and Strehl of one test.",
)
suggestion = tg.Data(
    "Stroke suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Proposed stroke type, length, overhang and minutes for the next session.",
)
polishing_log = tg.Data(
    "Polishing session log",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="The strokes the optician actually did, and on which test they acted.",
)
training_examples = tg.Data(
    "Stroke training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Figure map before, strokes done, figure map after: the shop's know-how.",
)
checkpoint = tg.Data(
    "Stroke model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn model saved with joblib.",
)
packages = tg.Data("Python packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
run_config = tg.Data(
    "Retraining run settings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Date range of examples, hyperparameters, version tag.",
)
archive_backup = tg.Data(
    "Archive backup",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Nightly copy of the test image archive and polishing logs.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Workshop floor", trust=tg.Trust.INTERNAL):
    # The person who figures the mirror and decides each stroke.
    optician = tm.add(tg.Actor("Optician", role="optician"))
    # Maintains the server and retrains the model; admin on the workshop server.
    engineer = tm.add(tg.Actor("Workshop engineer", role="engineer", privileged=True))
    # Bath interferometer with a USB camera; the mirror sits on it during tests.
    test_stand = tm.add(
        tg.Device(
            "Interferometer test stand",
            fleet=False,
            description="Bath interferometer, laser diode and USB camera on the test tunnel.",
        )
    )
    # Grabs the camera frames and files them with the job number.
    capture = tm.add(
        tg.Service(
            "Capture workstation",
            description="Windows PC next to the test stand running the capture program.",
        )
    )

with tm.boundary("Workshop server", trust=tg.Trust.INTERNAL):
    # What opticians use on the shop-floor tablet.
    web_app = tm.add(
        tg.Endpoint(
            "Workshop web app",
            purpose=tg.EndpointPurpose.API,
            description="Shows figure maps and suggestions; takes job specs and stroke logs.",
            controls={c.Authentication(method="individual workshop accounts with password")},
        )
    )
    # Turns fringes into a surface figure and asks the model for strokes.
    analysis = tm.add(
        tg.Service(
            "Figure analysis service",
            description="FFT fringe analysis, Zernike fit, comparison with the target conic.",
            controls={
                c.InputValidation(
                    note="rejects frames with too few fringes, low contrast or saturated pixels"
                )
            },
        )
    )
    # The advisory model at the heart of the system.
    stroke_model = tm.add(
        tg.Model(
            "Stroke suggestion model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Picks one of the shop's ~20 stroke recipes and estimates minutes.",
            controls={
                c.HumanInTheLoop(
                    approver="the optician, who decides and polishes every stroke by hand"
                )
            },
        )
    )
    # Every test ever made, per job: the shop's record of each mirror.
    archive = tm.add(
        tg.DataStore(
            "Test image archive",
            stores={interferograms, session_notes, job_spec, figure_map},
            description="Folders per job on the server's disk, shared to the workstation.",
            controls={c.DataVersioning(note="nightly off-site backup, 30 restore points")},
        )
    )
    # What was actually done after each suggestion; feeds retraining.
    log_store = tm.add(
        tg.DataStore(
            "Polishing log",
            stores={polishing_log},
            description="SQLite database behind the web app.",
        )
    )
    # Before/after pairs assembled for retraining.
    training_set = tm.add(
        tg.Dataset(
            "Stroke training set",
            stores={training_examples},
            purpose=tg.DatasetPurpose.TRAINING,
        )
    )
    # Retrains the model when the engineer runs it.
    training = tm.add(
        tg.Pipeline(
            "Retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Python script run by hand on the server, a few times a year.",
        )
    )
    # Keeps each trained checkpoint so a bad one can be rolled back.
    registry = tm.add(
        tg.ModelRegistry(
            "Checkpoint folder",
            stores={checkpoint},
            description="Versioned folder of joblib checkpoints on the server.",
            controls={c.ModelVersioning(note="each checkpoint kept under its version tag")},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the retraining job's libraries come from.
    pypi = tm.add(
        tg.ExternalService("Python Package Index", provides=tg.ExternalCategory.PACKAGE_REGISTRY)
    )

with tm.boundary("Backup provider", trust=tg.Trust.PARTNER):
    # Off-site copy in case the workshop server fails.
    backup = tm.add(tg.ExternalService("Off-site backup service"))

# ---------------------------------------------------------------- flows
# Testing a mirror
tm.flow(test_stand, capture, interferograms, protocol="usb")
tm.flow(optician, capture, session_notes, label="typed at the workstation keyboard")
tm.flow(capture, archive, interferograms, session_notes, protocol="smb")

# Analysis and suggestion
tm.flow(optician, web_app, job_spec, polishing_log, protocol="http", label="shop-floor tablet")
tm.flow(web_app, analysis, job_spec, protocol="http", label="analyse latest test")
tm.flow(analysis, archive, job_spec, figure_map, label="job spec and results")
tm.flow(archive, analysis, interferograms, job_spec, label="frames of the latest test")
tm.flow(analysis, stroke_model, figure_map, job_spec)
tm.flow(stroke_model, analysis, suggestion)
tm.flow(analysis, web_app, figure_map, suggestion, protocol="http")
tm.flow(web_app, optician, figure_map, suggestion, protocol="http", label="shop-floor tablet")
tm.flow(web_app, log_store, polishing_log)

# Retraining
tm.flow(archive, training_set, figure_map, label="export of before/after tests")
tm.flow(log_store, training_set, polishing_log, label="export of strokes done")
tm.flow(training_set, training, training_examples)
tm.flow(pypi, training, packages, protocol="https", label="pip install")
tm.flow(engineer, training, run_config, protocol="ssh", label="runs retraining")
tm.flow(training, registry, checkpoint)
tm.flow(registry, stroke_model, checkpoint, label="deploy: copied by the engineer")

# Backup
tm.flow(archive, backup, archive_backup, protocol="https", label="nightly backup")
