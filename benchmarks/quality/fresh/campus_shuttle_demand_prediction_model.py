"""Campus shuttle demand prediction: the first design, before any security review.

The university runs free shuttles between campuses, halls and the station. Riders
tap their campus card on a validator on each bus; the contracted operator's buses
upload the taps over mobile data to an ingestion API in the university's cloud.
A feature pipeline joins taps with the timetable, the term calendar and a vendor
weather forecast, drops card numbers and counts boardings per stop per 15 minutes.
A gradient-boosted model, retrained weekly and kept in an MLflow registry,
forecasts demand per stop; a dispatch planner proposes extra buses or shorter
headways, which the duty dispatcher approves before they go to the operator's
CAD/AVL system. Staff sign in with university SSO and MFA, validators use a
per-validator API key, stores use the cloud's default encryption. Card taps
identify people, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Campus shuttle demand prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Per-stop shuttle demand forecasts from card taps, used to adjust dispatch.",
)

# ---------------------------------------------------------------- data assets
card_tap = tg.Data(
    "Card tap events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Campus card number, validator id, bus, stop and time of each boarding.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
timetable = tg.Data("Shuttle timetable", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
term_calendar = tg.Data(
    "Teaching-term calendar", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data(
    "Stop demand features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boardings per stop per 15 minutes, with calendar and weather columns.",
)
artifact = tg.Data("Demand model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
training_config = tg.Data("Training code and configuration", kind="code")
forecast = tg.Data("Stop demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
proposal = tg.Data("Proposed dispatch changes", kind="records")
approved_plan = tg.Data("Approved dispatch plan", kind="records")
instructions = tg.Data("Dispatch instructions", kind="records")
positions = tg.Data("Vehicle positions", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Students and staff who ride the shuttle; they only tap a card.
    rider = tm.add(tg.Actor("Shuttle rider", role="student or staff passenger"))
    # Commercial forecast API: weather drives demand between campuses.
    weather_feed = tm.add(
        tg.DataSource(
            "Weather forecast feed",
            origin=tg.Origin.VENDOR,
            provides={weather},
            description="Hourly forecast for the campus postcodes from a weather vendor.",
        )
    )

with tm.boundary("Bus operator", trust=tg.Trust.PARTNER):
    # University-owned validators on the operator's buses: where taps are captured.
    validator = tm.add(
        tg.Device(
            "On-bus card validator",
            fleet=True,
            description="Contactless campus-card reader; buffers taps and uploads every minute.",
        )
    )
    # The operator's computer-aided dispatch and vehicle location system: runs the buses.
    operator_cad = tm.add(
        tg.ExternalService(
            "Operator CAD/AVL system",
            description="The bus operator's dispatch and vehicle-location platform.",
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives tap uploads from the fleet.
    ingest = tm.add(
        tg.Endpoint(
            "Tap ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-validator API key")},
        )
    )
    # Raw taps kept for feature building and ridership reports.
    tap_store = tm.add(
        tg.DataStore(
            "Tap event store",
            stores={card_tap},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds per-stop features; card numbers never leave this step.
    feature_job = tm.add(
        tg.Pipeline(
            "Feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.DataMinimization(
                    note="card numbers dropped; boardings aggregated per stop per 15 minutes"
                )
            },
        )
    )
    # Features for both weekly training and the 15-minute forecast runs.
    feature_store = tm.add(tg.FeatureStore("Demand feature store", stores={features}, online=True))
    # Weekly retraining of the demand model.
    training = tm.add(
        tg.Pipeline(
            "Weekly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Installs LightGBM and pandas from PyPI in the job container.",
        )
    )
    # MLflow registry that the forecast service loads the current model from.
    registry = tm.add(
        tg.ModelRegistry(
            "MLflow model registry",
            stores={artifact},
            controls={
                c.ModelVersioning(),
                c.Authentication(method="university SSO (OIDC) with MFA"),
            },
        )
    )
    # The forecaster itself: demand per stop for the next three hours.
    model = tm.add(
        tg.Model(
            "Shuttle demand forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted trees, run every 15 minutes on the latest features.",
        )
    )
    # Turns forecasts into proposed dispatch changes and hosts the dispatcher's screen.
    planner = tm.add(
        tg.Service(
            "Dispatch planner",
            description="Compares forecast demand with timetabled capacity and proposes changes.",
            controls={
                c.HumanInTheLoop(approver="the duty transport dispatcher"),
                c.Authentication(method="university SSO (OIDC) with MFA"),
            },
        )
    )

with tm.boundary("University staff network", trust=tg.Trust.INTERNAL):
    # Transport office: owns the timetable and the term calendar exports.
    timetable_src = tm.add(
        tg.DataSource(
            "Transport office timetable exports",
            origin=tg.Origin.INTERNAL,
            provides={timetable, term_calendar},
        )
    )
    # Approves or rejects each proposed change.
    dispatcher = tm.add(tg.Actor("Duty dispatcher", role="transport dispatcher"))
    # Data team member who maintains training and promotes models.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data team", privileged=True))

# ---------------------------------------------------------------- flows
# capture and ingestion
tm.flow(rider, validator, card_tap, protocol="nfc", label="tap at the validator")
tm.flow(validator, ingest, card_tap, protocol="https", label="minute uploads over mobile data")
tm.flow(ingest, tap_store, card_tap)

# features
tm.flow(tap_store, feature_job, card_tap, label="15-minute batch read")
tm.flow(timetable_src, feature_job, timetable, term_calendar, protocol="https")
tm.flow(weather_feed, feature_job, weather, protocol="https")
tm.flow(feature_job, feature_store, features)

# training and registry
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(feature_store, training, features, label="weekly snapshot")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load current version")

# forecasting and dispatch
tm.flow(feature_store, model, features)
tm.flow(model, planner, forecast)
tm.flow(timetable_src, planner, timetable, protocol="https")
tm.flow(planner, dispatcher, proposal, protocol="https")
tm.flow(dispatcher, planner, approved_plan, protocol="https")
tm.flow(planner, operator_cad, instructions, protocol="https")
tm.flow(operator_cad, planner, positions, protocol="https")
