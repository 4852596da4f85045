"""Glass-blowing studio annealing-kiln model: the first design.

A glass studio with four annealing kilns loses pieces to cracking when a kiln's
anneal and cool-down ramp does not suit a thick or uneven piece. The studio wants
a model that predicts each kiln's temperature curve from thermocouple readings and
the piece details, and shortens or lengthens the ramp segments on the kiln
controllers so pieces cool slowly enough. An edge server in the studio's back room
polls the controllers and an extra thermocouple logger over Modbus TCP on the
studio network, runs the model and writes adjusted ramp programs back to the
controllers. Glassblowers enter piece details and later record cracks in a small
web app on the same server, behind a shared studio password. Each night history is
synced over HTTPS to a cloud bucket, where a freelance ML developer's weekly job
retrains the model and publishes a versioned model file that the edge server pulls.
The controllers keep their own maximum-temperature limit and over-temperature relay.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Annealing kiln temperature model",
    profile=tg.RiskProfile.HIGH,
    description="Predicts annealing-kiln temperature curves and adjusts the controllers' ramps.",
)

# ---------------------------------------------------------------- data assets
controller_readings = tg.Data(
    "Kiln controller readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Control thermocouple temperature, current segment, setpoint and relay state.",
)
probe_readings = tg.Data(
    "Thermocouple probe readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Extra thermocouples near the shelf, top and door of each kiln.",
)
piece_details = tg.Data(
    "Piece details",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Glass type, weight, thickest wall and which kiln the piece went into.",
)
crack_outcomes = tg.Data(
    "Crack outcomes",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Whether each piece came out whole, cracked or stressed under the polariscope.",
)
history = tg.Data(
    "Firing history",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Time series of readings, ramps, piece details and outcomes per firing.",
)
base_schedules = tg.Data(
    "Base annealing schedules",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="The owner's anneal temperature and maximum cooling rate for each glass type.",
)
model_features = tg.Data("Curve model inputs", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
predicted_curve = tg.Data(
    "Predicted temperature curve",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
)
ramp_program = tg.Data(
    "Adjusted ramp program",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Anneal soak time and cooling rates for the remaining segments of the firing.",
)
training_set = tg.Data(
    "Firing training set", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data"
)
model_file = tg.Data(
    "Curve model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="A gradient-boosted regressor saved with joblib.",
)
training_code = tg.Data("Training code", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="code")

# ---------------------------------------------------------------- elements
with tm.boundary("Studio network", trust=tg.Trust.INTERNAL):
    # The people at the furnace who load the kilns and unload the pieces.
    glassblower = tm.add(tg.Actor("Glassblower", role="glassblower"))
    # The owner, who sets the base annealing schedules for each kind of glass.
    owner = tm.add(tg.Actor("Studio owner", role="studio owner", privileged=True))
    # The four annealers' programmable controllers, reachable over Modbus TCP.
    controllers = tm.add(
        tg.Device(
            "Annealing kiln controllers",
            description="Programmable ramp/soak controllers, one per kiln, with Modbus TCP adapters.",
            controls={
                tg.controls.SafetyLimits(
                    limits="each controller's programmed maximum of 540 C and the kiln's over-temperature relay"
                )
            },
        )
    )
    # Extra probes the studio added, since one control thermocouple misses the shelf.
    probe_logger = tm.add(tg.Device("Thermocouple data logger"))
    # Bridges the studio network's Modbus devices and the edge software.
    gateway = tm.add(
        tg.Service(
            "Kiln edge gateway",
            description="Polls controllers and logger every 10 s and writes ramp programs to the controllers.",
        )
    )
    # Time-series store of every firing, the model's main input and the training source.
    history_db = tm.add(tg.DataStore("Firing history database", stores={history, base_schedules}))
    # The model itself, run on the edge server.
    curve_model = tm.add(
        tg.Model(
            "Annealing curve model",
            task=tg.Task.REGRESSOR,
            description="Predicts the next hours of kiln and piece temperature for a candidate ramp.",
        )
    )
    # Chooses the ramp that keeps the predicted curve within the glass's cooling rates.
    ramp_planner = tm.add(
        tg.Service(
            "Ramp planner",
            description="Asks the model about candidate ramps and sends the chosen one to the gateway.",
        )
    )
    # Where glassblowers and the owner enter pieces, see predicted curves and log cracks.
    web_app = tm.add(
        tg.Service(
            "Kiln web app",
            description="Served from the edge server over the studio Wi-Fi.",
            controls={tg.controls.Authentication(method="shared studio password")},
        )
    )

with tm.boundary("Studio cloud account", trust=tg.Trust.INTERNAL):
    # Nightly copies of the firing history, cut into a training set.
    dataset = tm.add(tg.Dataset("Firing training set store", stores={training_set}))
    # The weekly retraining job the freelancer maintains.
    training = tm.add(
        tg.Pipeline(
            "Weekly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                tg.controls.ModelValidation(
                    note="backtest on last month's firings; not published if worse than the current model"
                )
            },
        )
    )
    # Bucket the edge server downloads models from.
    model_bucket = tm.add(
        tg.ModelRegistry(
            "Model bucket",
            stores={model_file},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.ModelVersioning(
                    note="dated file names; the edge server loads the one its config names"
                ),
            },
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A freelance ML developer who works remotely on the training code.
    ml_developer = tm.add(tg.Actor("Freelance ML developer", role="contractor", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(controllers, gateway, controller_readings, protocol="modbus")
tm.flow(probe_logger, gateway, probe_readings, protocol="modbus")
tm.flow(gateway, history_db, controller_readings, probe_readings)
tm.flow(gateway, controllers, ramp_program, protocol="modbus", label="write ramp segments")

tm.flow(glassblower, web_app, piece_details, crack_outcomes, protocol="http")
tm.flow(web_app, glassblower, predicted_curve, protocol="http")
tm.flow(owner, web_app, base_schedules, protocol="http")
tm.flow(web_app, owner, predicted_curve, ramp_program, protocol="http")
tm.flow(web_app, history_db, piece_details, crack_outcomes, base_schedules)
tm.flow(history_db, web_app, history, label="firing status")

tm.flow(history_db, ramp_planner, history, base_schedules)
tm.flow(ramp_planner, curve_model, model_features)
tm.flow(curve_model, ramp_planner, predicted_curve)
tm.flow(ramp_planner, history_db, predicted_curve, ramp_program)
tm.flow(ramp_planner, gateway, ramp_program)

tm.flow(history_db, dataset, training_set, protocol="https", label="nightly sync")
tm.flow(dataset, training, training_set)
tm.flow(training, model_bucket, model_file)
tm.flow(
    model_bucket,
    curve_model,
    model_file,
    protocol="https",
    label="edge server pulls the named version",
)
tm.flow(ml_developer, training, training_code, protocol="ssh")
