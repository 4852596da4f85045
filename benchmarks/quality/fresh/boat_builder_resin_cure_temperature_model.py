"""Resin cure prediction for hull moulds: the first design, before any security review.

Our composite boat yard lays up GRP hulls in open moulds. Wireless thermocouples
bonded to each mould and climate sensors around the laminating shop report every
minute to a gateway on the shop-floor network, which writes the readings to a
time-series database on the factory server. A cure prediction service combines the
readings with the resin batch's cure parameters and asks an in-house regression
model for the degree of cure and the time the hull can come out of the mould.
Laminators see the estimate on shared shop-floor tablets; the laminating supervisor
does a Barcol hardness test and signs off each demould on the same dashboard, and
those results become next month's training labels. The process engineer retrains
the model monthly on an office workstation and copies it to the model folder on the
server. Controls in this design: range checks on incoming readings, a shared tablet
PIN on the dashboard, the supervisor's sign-off, nightly database backups and
numbered model versions.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Resin cure prediction",
    profile=tg.RiskProfile.LOW,
    description="Predicts resin cure in hull moulds from mould and shop temperatures, "
    "telling laminators when a hull can be demoulded.",
)

# ---------------------------------------------------------------- data assets
mould_temps = tg.Data(
    "Mould temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Thermocouple readings per mould zone, once a minute.",
)
climate = tg.Data(
    "Shop climate readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Air temperature and relative humidity around the laminating bays.",
)
datasheets = tg.Data(
    "Resin data sheets",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The resin maker's technical data sheets and cure curves.",
)
resin_params = tg.Data(
    "Resin cure parameters",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Gel time and cure kinetics per resin product and catalyst ratio.",
)
job = tg.Data(
    "Lay-up job details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hull number, mould, resin batch, catalyst ratio and lay-up start time.",
)
cure_features = tg.Data("Cure features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Cure prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Estimated degree of cure and demould-ready time per hull.",
)
sign_off = tg.Data(
    "Demould sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The supervisor's go-ahead to pull a hull, with the Barcol reading.",
)
barcol = tg.Data(
    "Barcol hardness results",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
history = tg.Data(
    "Cure history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past temperature curves per hull joined with their Barcol results.",
)
run_settings = tg.Data(
    "Retraining run settings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data(
    "Cure model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn regressor saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the cure behaviour of each resin product comes from.
    resin_supplier = tm.add(
        tg.DataSource(
            "Resin supplier website",
            origin=tg.Origin.VENDOR,
            provides={datasheets},
            description="Technical data sheets downloaded per resin product.",
        )
    )

with tm.boundary("Shop floor network", trust=tg.Trust.INTERNAL):
    # The temperature that drives the cure, measured at the laminate.
    mould_sensors = tm.add(
        tg.Device(
            "Mould thermocouple sensors",
            fleet=True,
            description="Battery LoRaWAN thermocouple nodes bonded to each mould.",
        )
    )
    # Ambient conditions that slow or speed the cure.
    climate_sensors = tm.add(
        tg.Device(
            "Shop climate sensors",
            fleet=True,
            description="Wi-Fi temperature and humidity sensors in each bay.",
        )
    )
    # Collects both sensor feeds and forwards them to the server.
    gateway = tm.add(
        tg.Service(
            "Sensor gateway",
            description="LoRaWAN gateway with an MQTT broker on the shop Wi-Fi.",
        )
    )
    # The people who lay up the hulls and need to know when to pull them.
    laminator = tm.add(tg.Actor("Laminator", role="laminator"))
    # Decides each demould and records the hardness test that checks it.
    supervisor = tm.add(tg.Actor("Laminating supervisor", role="supervisor"))

with tm.boundary("Factory server", trust=tg.Trust.INTERNAL):
    # Keeps every reading so curves can be replayed and used for training.
    sensor_db = tm.add(
        tg.DataStore(
            "Sensor time-series database",
            stores={mould_temps, climate},
            controls={tg.controls.DataVersioning(note="nightly backup to the office NAS")},
        )
    )
    # Cure behaviour of each resin product the yard buys.
    resin_library = tm.add(tg.DataStore("Resin cure library", stores={resin_params}))
    # Works out per hull how far the cure has got and when it will be ready.
    predictor = tm.add(
        tg.Service(
            "Cure prediction service",
            description="Every five minutes builds features per active hull and asks the model.",
            controls={
                tg.controls.InputValidation(
                    note="readings outside -10..150 C or stale over 15 minutes are dropped"
                ),
                tg.controls.HumanInTheLoop(
                    approver="the laminating supervisor, after a Barcol test on the hull"
                ),
            },
        )
    )
    # The model itself: regression on temperature history and resin kinetics.
    cure_model = tm.add(
        tg.Model(
            "Resin cure model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor of degree of cure and time to demould.",
        )
    )
    # What the shop floor sees and where jobs are started and signed off.
    dashboard = tm.add(
        tg.Endpoint(
            "Shop-floor cure dashboard",
            purpose=tg.EndpointPurpose.API,
            description="Web app served on the factory LAN, used from wall-mounted tablets.",
            controls={tg.controls.Authentication(method="shared shop-floor tablet PIN")},
        )
    )
    # Where the model in use is loaded from.
    model_folder = tm.add(
        tg.ModelRegistry(
            "Model folder",
            stores={model_file},
            controls={
                tg.controls.ModelVersioning(
                    note="files numbered by month; service config names one"
                )
            },
        )
    )

with tm.boundary("Engineering office", trust=tg.Trust.INTERNAL):
    # Owns the model, the resin library and the monthly retrain.
    engineer = tm.add(tg.Actor("Process engineer", role="process engineer", privileged=True))
    # Past cures with their measured hardness: what the model learns from.
    training_set = tm.add(tg.Dataset("Cure history training set", stores={history, barcol}))
    # Monthly refit on the engineer's workstation.
    retrain = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Jupyter notebook run by the process engineer.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(mould_sensors, gateway, mould_temps, protocol="lorawan")
tm.flow(climate_sensors, gateway, climate, protocol="mqtt")
tm.flow(gateway, sensor_db, mould_temps, climate, protocol="http")

tm.flow(resin_supplier, resin_library, datasheets, protocol="https", label="data sheets keyed in")
tm.flow(engineer, resin_library, resin_params, label="enters cure parameters")
tm.flow(resin_library, predictor, resin_params)

tm.flow(laminator, dashboard, job, protocol="http", label="starts a hull")
tm.flow(dashboard, predictor, job)
tm.flow(sensor_db, predictor, mould_temps, climate)
tm.flow(predictor, cure_model, cure_features)
tm.flow(cure_model, predictor, prediction)
tm.flow(predictor, dashboard, prediction)
tm.flow(dashboard, laminator, prediction, protocol="http")
tm.flow(dashboard, supervisor, prediction, protocol="http")
tm.flow(supervisor, dashboard, sign_off, barcol, protocol="http")
tm.flow(dashboard, predictor, sign_off, label="closes the job")

tm.flow(sensor_db, training_set, history, label="monthly export")
tm.flow(dashboard, training_set, barcol, label="monthly export")
tm.flow(engineer, retrain, run_settings)
tm.flow(training_set, retrain, history, barcol)
tm.flow(retrain, model_folder, model_file, protocol="smb")
tm.flow(model_folder, predictor, model_file, label="loaded at start-up")
