"""Soundboard thicknessing advisor for a lute and early guitar workshop: the first design.

A small workshop (the owner, two apprentices) builds lutes, vihuelas and baroque guitars.
While a soundboard is thinned, the maker taps it in front of a measurement microphone and
weighs and measures the blank; a capture app on the workshop laptop extracts the tap tone
peaks and sends them, with density and current thicknesses, to an advisor API on a small
rented cloud VM. A regression model trained on the workshop's own past builds answers
with a target thickness per zone, shown on the laptop and on the tablet at the bench.
Every measurement set and advice goes into the build log database; recordings go to an
archive. Now and then the owner starts a retraining job that exports finished builds to a
training set, installs its Python packages from the public index and saves a new joblib
model file that the API loads. Controls: HTTPS to the VM, an API key on the laptop and the
tablet, range checks on submitted measurements, and nightly backups of the build log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Soundboard thickness advisor",
    profile=tg.RiskProfile.LOW,
    description="Advises soundboard thicknessing from tap tone recordings and wood density "
    "measurements during building.",
)

# ---------------------------------------------------------------- data assets
tap_recording = tg.Data(
    "Tap tone recording",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Short WAV recordings of the board tapped at marked points.",
)
density = tg.Data(
    "Wood density measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Weight and dimensions of the blank from the scale and calipers.",
)
board_details = tg.Data(
    "Board details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instrument number, species, stage and thicknesses measured so far.",
)
measurement_set = tg.Data(
    "Measurement set",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Tap tone peak frequencies, density and current thickness per zone.",
)
advice = tg.Data(
    "Thickness advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Target thickness per zone of the soundboard and the expected tap tone.",
)
stage_readings = tg.Data(
    "Stage thickness readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
build_log = tg.Data(
    "Build log",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Every board's measurements, advice, final thicknesses and the owner's "
    "rating of the finished instrument's tone: the workshop's know-how.",
)
training_data = tg.Data(
    "Finished build examples", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
packages = tg.Data("Python packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
model_file = tg.Data(
    "Thickness model file",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="scikit-learn model saved with joblib.",
)
retrain_command = tg.Data(
    "Retrain command", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
api_key = tg.Data("Advisor API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public Python package index the retraining job installs its libraries from.
    package_index = tm.add(tg.ExternalService("Python package index", provides="package-registry"))

with tm.boundary("Workshop LAN", trust=tg.Trust.INTERNAL):
    # The maker: runs the measurements, rates finished instruments, starts retraining.
    owner = tm.add(tg.Actor("Master luthier", role="workshop owner", privileged=True))
    # Apprentices thin the boards at the bench following the advice.
    apprentice = tm.add(tg.Actor("Apprentice", role="apprentice luthier"))
    # Measurement microphone on a USB audio interface at the tapping stand.
    microphone = tm.add(tg.Device("Tap tone microphone", fleet=False))
    # Digital scale and USB calipers used to work out the blank's density.
    density_station = tm.add(tg.Device("Scale and calipers", fleet=False))
    # App on the workshop laptop: records taps, finds the peaks, calls the advisor.
    capture_app = tm.add(
        tg.Service(
            "Tap tone capture app",
            description="Runs on the workshop laptop; holds the advisor API key in its config.",
        )
    )
    # Tablet on the bench that shows the advised thickness map while planing.
    bench_tablet = tm.add(tg.Device("Bench tablet", fleet=False))

with tm.boundary("Rented cloud VM", trust=tg.Trust.INTERNAL):
    # HTTP API the laptop and tablet call for advice and to record readings.
    advisor_api = tm.add(
        tg.Endpoint(
            "Advisor API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="static API key shared by the laptop and the tablet"),
                c.InputValidation(note="range checks on density, frequencies and thicknesses"),
            },
        )
    )
    # Regression model: measurement set in, target thickness per zone out.
    thickness_model = tm.add(
        tg.Model(
            "Thickness advisor model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regression over tap tone peaks and density.",
        )
    )
    # SQLite database of every board ever measured: the system of record.
    build_db = tm.add(
        tg.DataStore(
            "Build log database",
            stores={build_log},
            controls={c.DataVersioning(note="nightly backup to the VM provider's snapshots")},
        )
    )
    # Folder of raw tap tone recordings, kept for re-analysis.
    recording_archive = tm.add(tg.DataStore("Recording archive", stores={tap_recording}))
    # Export of finished builds with their tone ratings, what the model learns from.
    training_set = tm.add(tg.Dataset("Finished builds training set", stores={training_data}))
    # Script the owner starts over SSH after a batch of instruments is finished.
    retraining = tm.add(
        tg.Pipeline("Retraining job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Directory of dated model files; the API loads the newest at start-up.
    model_store = tm.add(tg.ModelRegistry("Model file directory", stores={model_file}))

# ---------------------------------------------------------------- flows
# measuring a board
tm.flow(microphone, capture_app, tap_recording, protocol="usb")
tm.flow(density_station, capture_app, density, protocol="usb")
tm.flow(owner, capture_app, board_details, label="typed in at the laptop keypad")
tm.flow(capture_app, recording_archive, tap_recording, protocol="https")
tm.flow(capture_app, advisor_api, measurement_set, board_details, api_key, protocol="https")
tm.flow(advisor_api, thickness_model, measurement_set)
tm.flow(thickness_model, advisor_api, advice)
tm.flow(advisor_api, capture_app, advice, protocol="https")
tm.flow(advisor_api, build_db, measurement_set, advice, board_details)

# at the bench
tm.flow(bench_tablet, advisor_api, stage_readings, api_key, protocol="https")
tm.flow(advisor_api, bench_tablet, advice, protocol="https")
tm.flow(bench_tablet, apprentice, advice, label="shown on the tablet in person")
tm.flow(apprentice, bench_tablet, stage_readings, label="typed on the tablet touchscreen")
tm.flow(advisor_api, build_db, stage_readings, id="advisor-api->build-log-database:stage")
tm.flow(build_db, advisor_api, build_log, label="board history for the next advice")

# retraining
tm.flow(owner, retraining, retrain_command, protocol="ssh")
tm.flow(build_db, training_set, build_log, label="export of finished builds")
tm.flow(training_set, retraining, training_data)
tm.flow(package_index, retraining, packages, protocol="https")
tm.flow(retraining, model_store, model_file)
tm.flow(model_store, thickness_model, model_file, label="loaded at API start-up")
