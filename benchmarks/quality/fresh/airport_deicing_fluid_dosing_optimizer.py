"""Airport de-icing fluid dosing optimizer: the first design, before any security review.

Our de-icing contractor sprays aircraft on the airport's remote de-icing pads. A dosing
service on a server in the de-icing control room collects the airport weather station's
observations, the aircraft type from the airport's flight schedule feed and readings from
sensors on the pads, and asks an in-house regression model for the glycol concentration
and spray volume for each aircraft. The recommended settings go to the controllers on the
de-icing trucks over the airport's shared airside wireless network; the truck operator
sees them on the cab panel and can change them before spraying, and the truck's mixing
unit will not go below the fluid maker's minimum concentration. Fluid actually used and
holdover outcomes reported by the pad coordinator are logged; each summer the data team
retrains the model from the season's log and deploys it after back-testing. Controls in
this design: TLS on the airport feeds, an audit log of recommendations, operator approval
and hard mix limits on the trucks, and versioned, back-tested model releases.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Airport de-icing fluid dosing optimizer",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Recommends glycol concentration and spray volume per aircraft from weather, "
        "aircraft type and pad sensors; trucks apply it after operator review."
    ),
)

# ---------------------------------------------------------------- data assets
weather = tg.Data(
    "Weather observations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Outside air temperature, precipitation type and rate, wind, humidity.",
)
schedule = tg.Data(
    "Flight schedule with aircraft type",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pad_readings = tg.Data(
    "Pad sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Pad surface temperature, precipitation rate and aircraft-in-position.",
)
features = tg.Data("Dosing features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
recommendation = tg.Data(
    "Recommended fluid settings",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Glycol concentration and spray volume for one aircraft at one pad.",
)
applied = tg.Data(
    "Applied spray record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Settings actually sprayed, fluid litres used, operator id and truck id.",
)
operator_settings = tg.Data(
    "Operator-adjusted settings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
holdover = tg.Data(
    "Holdover outcome reports",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Whether the aircraft took off within holdover time or needed re-spraying.",
)
season_log = tg.Data(
    "De-icing season log",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Every recommendation, applied spray and holdover outcome of the season.",
)
training_set = tg.Data(
    "Winter training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Dosing model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted regressor saved with joblib.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Airport operations systems", trust=tg.Trust.PARTNER):
    # The airport's automated weather observing station feed.
    weather_station = tm.add(
        tg.DataSource(
            "Airport weather station",
            origin=tg.Origin.PARTNER,
            provides={weather},
            description="Published by the airport's met system every minute.",
        )
    )
    # The airport operational database's schedule feed, for aircraft type per stand.
    schedule_feed = tm.add(
        tg.DataSource(
            "Flight schedule feed",
            origin=tg.Origin.PARTNER,
            provides={schedule},
            description="Pushed by the airport operational database (AODB).",
        )
    )

with tm.boundary("Airside wireless network", trust=tg.Trust.PARTNER):
    # Sensors installed by the contractor on each de-icing pad.
    pad_sensors = tm.add(
        tg.Device(
            "Pad sensors",
            description="Surface temperature and precipitation sensors on each pad, "
            "reporting over the airport's shared airside Wi-Fi.",
        )
    )
    # The fluid proportioning and spray controller on each truck.
    truck_controller = tm.add(
        tg.Device(
            "De-icing truck controller",
            description="Mixes glycol and water and meters spray volume on each truck.",
            controls={
                c.SafetyLimits(
                    limits="mix never below the fluid manufacturer's minimum glycol "
                    "concentration for the outside air temperature, set in the "
                    "proportioning unit"
                ),
                c.HumanInTheLoop(approver="truck operator"),
            },
        )
    )
    # The person who sprays; accepts or changes the recommendation.
    operator = tm.add(tg.Actor("Truck operator", role="de-icing operator"))

with tm.boundary("De-icing control room", trust=tg.Trust.INTERNAL):
    # Gathers inputs, calls the model and dispatches settings to trucks.
    dosing_service = tm.add(
        tg.Service(
            "Dosing recommendation service",
            description="Builds features per aircraft at a pad, calls the model and "
            "sends the settings to the assigned truck.",
            controls={c.AuditLogging(retention_days=1095)},
        )
    )
    # Predicts concentration and volume.
    dosing_model = tm.add(
        tg.Model(
            "Fluid dosing model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Regressor for glycol concentration and spray volume from "
            "weather, aircraft type and pad conditions.",
        )
    )
    # Season record of recommendations, sprays and holdover outcomes.
    season_store = tm.add(tg.DataStore("De-icing season log store", stores={season_log}))
    # Runs the pads and records holdover results reported by flight crews.
    coordinator = tm.add(tg.Actor("Pad coordinator", role="de-icing coordinator"))

with tm.boundary("Contractor data team", trust=tg.Trust.INTERNAL):
    # Curated copy of the season's log used for retraining.
    dataset = tm.add(tg.Dataset("Winter training dataset", stores={training_set}))
    # Yearly retraining, back-tested against the last season before release.
    retraining = tm.add(
        tg.Pipeline(
            "Annual retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="back-test against last winter's holdover results")},
        )
    )
    # Keeps released model versions.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Owns retraining and releases.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data team", privileged=True))

# ---------------------------------------------------------------- flows
# inputs
tm.flow(weather_station, dosing_service, weather, protocol="https")
tm.flow(schedule_feed, dosing_service, schedule, protocol="https")
tm.flow(pad_sensors, dosing_service, pad_readings, protocol="mqtt")

# recommendation
tm.flow(dosing_service, dosing_model, features)
tm.flow(dosing_model, dosing_service, recommendation)
tm.flow(dosing_service, truck_controller, recommendation, protocol="mqtt")
tm.flow(truck_controller, operator, recommendation, label="shown on the cab panel")
tm.flow(operator, truck_controller, operator_settings, label="adjusts on the cab panel")
tm.flow(truck_controller, dosing_service, applied, protocol="mqtt")

# logging
tm.flow(dosing_service, season_store, season_log)
tm.flow(coordinator, season_store, holdover, label="holdover results")
tm.flow(season_store, coordinator, season_log, label="shift reports")

# retraining
tm.flow(season_store, dataset, season_log, label="end-of-season export")
tm.flow(data_scientist, retraining, training_config)
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, dosing_model, model_artifact, label="pre-winter deployment")
