"""Pit-wall tyre strategy model: the first design, before any security review.

A racing team streams live car telemetry over its radio telemetry link to a
receiver in the pit garage, which writes it to the trackside telemetry server.
An in-house tyre-wear model on the pit-wall strategy server predicts degradation
per lap and the strategy app shows the strategist a recommended pit window; the
strategist decides and tells the race engineer, who talks to the driver on the
team voice radio. The tyre supplier sends compound data for each event. Between
races, the trackside telemetry is copied to the team's cloud over a VPN, where a
retraining pipeline refits the model on past seasons' data, backtests it and
stores it in a model registry; the trackside server pulls the pinned version
before the weekend. Controls: an encrypted telemetry link, the site-to-site VPN,
TLS to the supplier, a human decision on every pit call, dataset snapshots,
backtest validation and pinned model versions, and role-based cloud access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pit-wall tyre strategy model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Tyre-wear prediction and pit-stop timing recommendations for the race "
        "strategist, retrained between races in the team cloud."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Car telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Tyre temperatures and pressures, loads, lap times, fuel, driver inputs.",
)
compound_data = tg.Data(
    "Tyre compound data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Compound characteristics and recommended operating windows per event.",
)
wear_prediction = tg.Data(
    "Tyre wear prediction", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
pit_recommendation = tg.Data(
    "Pit window recommendation", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
pit_call = tg.Data("Pit call decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
voice = tg.Data("Driver radio messages", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
history = tg.Data(
    "Past seasons' telemetry and stint history",
    kind="training-data",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
weights = tg.Data(
    "Tyre wear model artifact",
    sensitivity=tg.Sensitivity.SECRET,
    format="pickle",
    description="Gradient-boosted regressor saved with joblib.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("On track", trust=tg.Trust.UNTRUSTED):
    # The car's data logger and telemetry transmitter, out on the circuit.
    car_unit = tm.add(
        tg.Device(
            "Car telemetry unit", fleet=False, description="On-board logger and RF transmitter."
        )
    )
    # Drives, reports tyre feel and takes the pit call over voice radio.
    driver = tm.add(tg.Actor("Driver", role="race driver"))

with tm.boundary("Tyre supplier", trust=tg.Trust.PARTNER):
    # Sends compound data for each event through its team data service.
    tyre_supplier = tm.add(
        tg.ExternalService("Tyre supplier data service", provides="data-provider")
    )

with tm.boundary("Pit garage and pit wall", trust=tg.Trust.INTERNAL):
    # Antenna and receiver decoding the telemetry stream.
    receiver = tm.add(
        tg.Service("Telemetry receiver", description="Decodes the RF telemetry stream.")
    )
    # Trackside server that keeps the weekend's telemetry and compound data.
    telemetry_server = tm.add(
        tg.DataStore("Trackside telemetry server", stores={telemetry, compound_data})
    )
    # The prediction model, run on the strategy server.
    wear_model = tm.add(
        tg.Model(
            "Tyre wear model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            controls={c.ModelVersioning(note="version pinned for the race weekend")},
        )
    )
    # Turns wear predictions into a pit window and shows it on the pit wall.
    strategy_app = tm.add(
        tg.Service(
            "Pit strategy app",
            description="Runs the wear model each lap and recommends pit-stop timing.",
            controls={
                c.HumanInTheLoop(approver="strategist", note="the strategist makes every pit call")
            },
        )
    )
    # Decides the strategy.
    strategist = tm.add(tg.Actor("Strategist", role="race strategist"))
    # Relays the call to the driver and hears the driver's feedback.
    race_engineer = tm.add(tg.Actor("Race engineer", role="race engineer"))

with tm.boundary("Team cloud", trust=tg.Trust.INTERNAL):
    # Past seasons' telemetry and stints, the training set.
    history_set = tm.add(
        tg.Dataset(
            "Historical race dataset",
            stores={history},
            controls={c.DataVersioning(note="snapshot per training run"), c.RBAC()},
        )
    )
    # Refits the model between races and backtests it on the last season.
    retraining = tm.add(
        tg.Pipeline(
            "Retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest against last season's stints")},
        )
    )
    # Stores trained versions; trackside pulls the pinned one.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}, controls={c.RBAC()}))
    # Builds and runs the training jobs.
    data_scientist = tm.add(
        tg.Actor("Performance data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
vpn = c.EncryptionInTransit(protocol="IPsec site-to-site VPN")

# live race
tm.flow(
    car_unit,
    receiver,
    telemetry,
    protocol="radio",
    controls={c.EncryptionInTransit(protocol="encrypted RF telemetry link")},
)
tm.flow(receiver, telemetry_server, telemetry)
tm.flow(
    tyre_supplier,
    telemetry_server,
    compound_data,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(telemetry_server, strategy_app, telemetry, compound_data)
tm.flow(strategy_app, wear_model, telemetry, compound_data, label="per-lap features")
tm.flow(wear_model, strategy_app, wear_prediction)
tm.flow(strategy_app, strategist, pit_recommendation)
tm.flow(strategist, race_engineer, pit_call, protocol="intercom")
tm.flow(race_engineer, driver, voice, protocol="radio")
tm.flow(driver, race_engineer, voice, protocol="radio")
tm.flow(telemetry_server, race_engineer, telemetry, label="live timing and tyre screens")

# between races
tm.flow(
    telemetry_server,
    history_set,
    telemetry,
    compound_data,
    protocol="https",
    controls={vpn},
    label="post-race upload",
)
tm.flow(history_set, retraining, history)
tm.flow(data_scientist, retraining, training_config)
tm.flow(retraining, registry, weights)
tm.flow(
    registry, wear_model, weights, protocol="https", controls={vpn}, label="pull pinned version"
)
