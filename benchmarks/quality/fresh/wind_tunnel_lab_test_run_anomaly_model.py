"""Wind tunnel test-run anomaly model: the first design, before any security review.

A university aerodynamics lab runs a closed-circuit wind tunnel for its own research
and for paying industry clients. During a run a six-component strain-gauge balance
and an electronic pressure scanner feed a data acquisition server in the control
room. A run monitor service passes sliding windows of those readings to an in-house
anomaly model and, when the score says the test model is working loose on its sting
or mount, commands the fan drive controller over Modbus to stop the fan. Operators
set up runs, arm the monitor and drive the fan from a control room console that
uses a shared workstation login. Run data is archived on the department file
server; a research student labels past failures and retrains the model with a
Python script on a campus workstation, saving it as a pickle file the monitor loads.
The fan drive keeps its own overspeed and overcurrent trips and hardwired emergency
stops; the archive is backed up nightly by university IT.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wind tunnel test-run anomaly model",
    profile=tg.RiskProfile.HIGH,
    description="Stops the tunnel fan when balance and pressure readings suggest a mounting failure.",
)

# ---------------------------------------------------------------- data assets
balance_loads = tg.Data(
    "Balance force and moment readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Six-component loads sampled at 1 kHz; client runs are under NDA.",
)
pressures = tg.Data(
    "Surface pressure readings", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
windows = tg.Data(
    "Reading windows",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Half-second windows of loads, pressures and fan speed.",
)
score = tg.Data("Anomaly score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
stop_command = tg.Data(
    "Fan stop command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fan_status = tg.Data(
    "Fan speed and drive status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
setpoint = tg.Data("Fan speed setpoint", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
run_config = tg.Data(
    "Run configuration",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Test article, expected load ranges, monitor armed or disarmed.",
)
live_display = tg.Data(
    "Live readings and anomaly alarms", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
run_files = tg.Data(
    "Archived run data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
failure_labels = tg.Data(
    "Mounting failure labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which stretches of past runs were a loose or failing mount.",
)
training_runs = tg.Data(
    "Labelled training runs", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
packages = tg.Data("Python packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
training_script = tg.Data(
    "Training script and settings", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data("Anomaly model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the training script's libraries are installed from.
    pypi = tm.add(
        tg.ExternalService("Python package index", provides=tg.ExternalCategory.PACKAGE_REGISTRY)
    )

with tm.boundary("Tunnel control network", trust=tg.Trust.INTERNAL):
    # Strain-gauge balance under the model; wired through a signal conditioner.
    balance = tm.add(tg.Device("Force balance", fleet=False))
    # 64-port pressure scanner streaming over the control network.
    scanner = tm.add(tg.Device("Pressure scanner", fleet=False))
    # Samples every channel, timestamps it and hands it on.
    daq = tm.add(tg.Service("Data acquisition server"))
    # Runs the model on each window and decides whether to stop the fan.
    monitor = tm.add(
        tg.Service(
            "Run monitor",
            description="Stops the fan when the anomaly score passes the run's threshold.",
        )
    )
    # The model itself: flags readings that look like a mounting failure.
    model = tm.add(
        tg.Model(
            "Mounting failure anomaly model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Autoencoder on reading windows; high reconstruction error means "
            "the test article is moving on its mount.",
            controls={c.ModelValidation(note="checked on recorded failure runs before use")},
        )
    )
    # Variable-frequency drive of the tunnel fan.
    fan_drive = tm.add(
        tg.Device(
            "Fan drive controller",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="drive's own overspeed and overcurrent trips; hardwired emergency "
                    "stop buttons in the control room and at the test section"
                )
            },
        )
    )
    # Operator station: run set-up, fan speed, live plots and alarms.
    console = tm.add(
        tg.Service(
            "Control room console",
            controls={c.Authentication(method="shared control room workstation login")},
        )
    )
    # Lab technician or researcher running the test.
    operator = tm.add(tg.Actor("Tunnel operator", role="operator"))

with tm.boundary("Campus network", trust=tg.Trust.INTERNAL):
    # All run data, kept for the lab and handed to clients.
    archive = tm.add(
        tg.DataStore(
            "Run data archive",
            stores={run_files},
            controls={c.DataVersioning(note="nightly backup by university IT")},
        )
    )
    # Past runs with failure stretches marked, for training.
    dataset = tm.add(tg.Dataset("Labelled run dataset", stores={training_runs, failure_labels}))
    # Training script on a research workstation.
    training = tm.add(
        tg.Pipeline("Model training script", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Folder on the department file server the monitor loads the model from.
    model_store = tm.add(tg.ModelRegistry("Model folder", stores={model_file}))
    # Builds and maintains the model.
    researcher = tm.add(tg.Actor("Research student", role="ML developer", privileged=True))

# ---------------------------------------------------------------- flows
# during a run
tm.flow(balance, daq, balance_loads, label="strain gauge signals via signal conditioner")
tm.flow(scanner, daq, pressures, protocol="udp")
tm.flow(daq, monitor, windows, protocol="tcp")
tm.flow(monitor, model, windows)
tm.flow(model, monitor, score)
tm.flow(monitor, fan_drive, stop_command, protocol="modbus")
tm.flow(fan_drive, monitor, fan_status, protocol="modbus")
tm.flow(monitor, console, live_display, protocol="http")
tm.flow(console, monitor, run_config, protocol="http")
tm.flow(console, fan_drive, setpoint, protocol="modbus")
tm.flow(fan_drive, console, fan_status, protocol="modbus")
tm.flow(operator, console, run_config, setpoint)
tm.flow(console, operator, live_display)

# after a run
tm.flow(daq, archive, run_files, protocol="smb")

# training and deployment
tm.flow(archive, dataset, training_runs, label="curated past runs")
tm.flow(researcher, dataset, failure_labels)
tm.flow(researcher, training, training_script)
tm.flow(pypi, training, packages, protocol="https")
tm.flow(dataset, training, training_runs, failure_labels)
tm.flow(training, model_store, model_file)
tm.flow(model_store, model, model_file, protocol="smb", label="loaded when the monitor starts")
