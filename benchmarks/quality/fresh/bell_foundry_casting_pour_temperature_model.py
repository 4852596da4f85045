"""Bell foundry pour recommendation model: the first design, before any security review.

A bell foundry casts church and carillon bells in bronze, one mould at a time.
Before each pour the foundry master is shown a recommended pour temperature and
pour rate on a tablet in the casting pit. The recommendation comes from a
gradient-boosted regression model, built in-house with scikit-learn and saved
with joblib, served by a small recommendation service on the foundry's office
server. Its inputs are the live furnace thermocouple readings, the alloy
composition from the spectrometer, and the mould data (bell profile, weight,
mould and core temperatures) that the moulders enter in the casting records app.
Past pours and their outcomes (misruns, cold shuts, porosity, tuning notes)
train the model; an outside process-data consultant retrains it a few times a
year over the site VPN. The records app checks the ranges of what is typed in
and has one shared foundry login; the dashboard has no sign-in; the foundry
master always decides the pour.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Bell foundry pour recommendation",
    profile=tg.RiskProfile.LOW,
    description="Recommends pour temperature and rate for each bronze bell casting "
    "from furnace, alloy and mould data; the foundry master decides.",
)

# ---------------------------------------------------------------- data assets
tc_readings = tg.Data(
    "Furnace thermocouple readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alloy = tg.Data(
    "Alloy spectrometer readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Copper, tin and trace elements of the melt.",
)
mould_data = tg.Data(
    "Mould data",
    kind="records",
    description="Bell profile, target weight, mould and core temperatures, runner layout.",
)
mould_record = tg.Data("Casting record view", kind="records")
outcomes = tg.Data(
    "Pour log and casting outcome",
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Actual pour temperature and rate, defects found at fettling, tuning notes.",
)
history = tg.Data(
    "Past castings export",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Every logged casting with its inputs and outcome: the foundry's know-how.",
)
training_set = tg.Data(
    "Casting training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_file = tg.Data(
    "Pour model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn model saved with joblib.",
)
retrain_config = tg.Data("Retraining configuration", kind="code")
eval_report = tg.Data("Retraining evaluation report", sensitivity=tg.Sensitivity.CONFIDENTIAL)
features = tg.Data("Pour features", kind="features")
recommendation = tg.Data(
    "Pour temperature and rate recommendation",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
casting_choice = tg.Data("Next casting selection", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Casting floor", trust=tg.Trust.INTERNAL):
    # Reads the furnace thermocouples; the records app polls it over the floor network.
    tc_logger = tm.add(tg.Device("Furnace thermocouple logger", fleet=False))
    # Bench spectrometer that analyses a sample of each melt and exports a CSV.
    spectrometer = tm.add(tg.Device("Alloy spectrometer", fleet=False))
    # Moulders enter the mould data for each bell from the moulding-shop PC.
    moulder = tm.add(tg.Actor("Moulder", role="moulder"))
    # Decides and directs each pour; logs what was poured and what came out.
    master = tm.add(tg.Actor("Foundry master", role="foundry master"))

with tm.boundary("Foundry office network", trust=tg.Trust.INTERNAL):
    # Web app on the office server where readings, mould data and outcomes are recorded.
    records_app = tm.add(
        tg.Service(
            "Casting records app",
            controls={
                tg.controls.InputValidation(
                    note="typed fields with plausible ranges for temperatures and weights"
                ),
                tg.controls.Authentication(method="shared foundry login"),
            },
        )
    )
    # One database of every casting since the records went digital.
    records_db = tm.add(
        tg.DataStore(
            "Casting records database",
            stores={tc_readings, alloy, mould_data, outcomes},
        )
    )
    # Exports the history, builds the training set and fits a new model.
    trainer = tm.add(
        tg.Pipeline(
            "Model retraining script",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Python script with pandas and scikit-learn from PyPI, run by hand.",
            controls={
                tg.controls.Authentication(
                    method="consultant's VPN account with password, then SSH key"
                )
            },
        )
    )
    # Snapshot of past castings the last model was fitted on.
    train_data = tm.add(tg.Dataset("Casting training set store", stores={training_set}))
    # A folder on the server file share; the service loads the newest file in it.
    model_folder = tm.add(tg.ModelRegistry("Model folder", stores={model_file}))
    # The regression model itself, loaded in the recommendation service's process.
    pour_model = tm.add(
        tg.Model(
            "Pour recommendation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts the pour temperature and rate least likely to "
            "give a misrun or porosity for this bell and melt.",
        )
    )
    # Assembles the features for the next casting and asks the model.
    rec_service = tm.add(
        tg.Service(
            "Recommendation service",
            description="Reads the latest readings and the mould record, calls the model.",
        )
    )
    # Page shown on the casting-pit tablet over the foundry Wi-Fi.
    dashboard = tm.add(
        tg.Endpoint(
            "Pour dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the foundry master",
                    note="the foundry master decides every pour temperature and rate",
                )
            },
        )
    )

with tm.boundary("Consultant's office", trust=tg.Trust.PARTNER):
    # Outside data scientist who built the model and retrains it on request.
    consultant = tm.add(tg.Actor("Process data consultant", role="contractor", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(tc_logger, records_app, tc_readings, protocol="modbus", label="polled every 5 s")
tm.flow(spectrometer, records_app, alloy, protocol="smb", label="CSV export to share")
tm.flow(moulder, records_app, mould_data, protocol="http")
tm.flow(records_app, moulder, mould_record, protocol="http")
tm.flow(master, records_app, outcomes, protocol="http", label="after fettling")
tm.flow(records_app, master, mould_record, protocol="http")
tm.flow(records_app, records_db, tc_readings, alloy, mould_data, outcomes)
tm.flow(records_db, records_app, mould_record)

tm.flow(records_db, trainer, history, label="export before each retrain")
tm.flow(trainer, train_data, training_set)
tm.flow(train_data, trainer, training_set)
tm.flow(trainer, model_folder, model_file)
tm.flow(
    consultant, trainer, retrain_config, protocol="ssh", label="retraining run over the site VPN"
)
tm.flow(trainer, consultant, eval_report, protocol="ssh", label="results over the site VPN")

tm.flow(model_folder, rec_service, model_file, label="loaded at start-up")
tm.flow(records_db, rec_service, tc_readings, alloy, mould_data, label="latest values")
tm.flow(rec_service, pour_model, features)
tm.flow(pour_model, rec_service, recommendation)
tm.flow(rec_service, dashboard, recommendation)
tm.flow(dashboard, rec_service, casting_choice)
tm.flow(master, dashboard, casting_choice, protocol="http")
tm.flow(dashboard, master, recommendation, protocol="http")
