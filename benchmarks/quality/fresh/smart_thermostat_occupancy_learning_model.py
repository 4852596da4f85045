"""Smart thermostat occupancy learning: the first design, before any security review.

Our thermostats sit in customers' homes with paired motion and door-contact
sensors. Each thermostat streams temperature readings and presence events to
our cloud over MQTT with TLS, authenticating with a per-device certificate. In
the cloud, a schedule optimiser asks an occupancy model when each household is
likely to be home, combines that with a weather forecast and the owner's comfort
settings, and pushes a weekly heating schedule back to the thermostat, whose
firmware keeps setpoints between 5 and 30 degrees C. Owners use a mobile app,
signing in with e-mail and password, to see occupancy history and override
schedules. Every night a feature job builds a training set from the telemetry and
the owners' overrides; a training job retrains the occupancy model, and a data
scientist promotes new versions from the model registry. Customers are in the EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Smart thermostat occupancy learning",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Learns when households are home and sets thermostat heating schedules.",
)

# ---------------------------------------------------------------- data assets
sensor_events = tg.Data(
    "Motion and door sensor events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Timestamped motion and door-open events from the home's paired sensors.",
)
telemetry = tg.Data(
    "Thermostat telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Room temperature readings, heating state and presence events per home.",
)
schedule = tg.Data(
    "Heating schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Weekly setpoints per time slot; it reveals when the home is empty.",
)
occupancy_features = tg.Data("Occupancy features", kind="features", sensitivity=tg.Sensitivity.PII)
occupancy_prediction = tg.Data(
    "Predicted occupancy", kind="model-output", sensitivity=tg.Sensitivity.PII
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
preferences = tg.Data(
    "Comfort settings and schedule overrides",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
overrides = tg.Data(
    "Owner override history",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="When owners overrode a schedule; used as occupancy labels.",
)
account = tg.Data(
    "Household account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner e-mail, password hash, home address and paired devices.",
)
history_view = tg.Data(
    "Occupancy history and schedule view", kind="records", sensitivity=tg.Sensitivity.PII
)
training_set = tg.Data(
    "Occupancy training set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
training_code = tg.Data("Training code and config", kind="code")
weights = tg.Data(
    "Occupancy model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="scikit-learn gradient-boosted model saved with joblib.",
)
promotion = tg.Data("Model promotion", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Customer homes", trust=tg.Trust.UNTRUSTED):
    # The paired presence sensors: the raw signal of who is home.
    sensors = tm.add(
        tg.Device(
            "Motion and door sensors",
            description="Battery PIR and door-contact sensors paired to the thermostat.",
        )
    )
    # The product itself: reports readings and runs the schedule it is given.
    thermostat = tm.add(
        tg.Device(
            "Smart thermostat",
            description="Wall unit that switches the boiler or heat pump.",
            controls={
                c.SafetyLimits(
                    limits="firmware clamps setpoints to 5-30 C and keeps frost protection"
                )
            },
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer, using the mobile app from anywhere.
    owner = tm.add(tg.Actor("Homeowner", role="device owner"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Outside temperatures drive how early heating has to start.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # Where the fleet connects: MQTT broker and device registry.
    gateway = tm.add(
        tg.Endpoint(
            "Device gateway",
            purpose=tg.EndpointPurpose.API,
            description="Managed MQTT broker; one topic per thermostat.",
        )
    )
    # Backend for the owners' mobile app.
    app_api = tm.add(
        tg.Endpoint(
            "Owner app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Decides each home's heating schedule from predictions, weather and settings.
    optimiser = tm.add(
        tg.Service(
            "Schedule optimiser",
            description="Rules and a cost optimiser; runs every few hours per home.",
        )
    )
    # Predicts per 30-minute slot whether someone will be home.
    model = tm.add(
        tg.Model(
            "Occupancy model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Raw telemetry from the whole fleet, kept for schedules and training.
    telemetry_store = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Owner accounts, settings, overrides and current schedules.
    account_db = tm.add(
        tg.DataStore(
            "Household account database",
            stores={account, preferences, overrides, schedule},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Builds the nightly training set from telemetry and overrides.
        feature_job = tm.add(tg.Pipeline("Nightly feature job", stage=tg.Stage.PREPROCESSING))
        # The labelled examples the model is retrained on.
        dataset = tm.add(tg.Dataset("Occupancy training set", stores={training_set}))
        # Retrains the occupancy model each night.
        training = tm.add(
            tg.Pipeline(
                "Occupancy model training", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Versions of the model; the serving model is loaded from here.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model: writes training code and promotes versions.
    scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(sensors, thermostat, sensor_events, protocol="zigbee")
tm.flow(
    thermostat,
    gateway,
    telemetry,
    protocol="mqtts",
    controls={c.MutualAuthentication(note="per-device X.509 certificate")},
)
tm.flow(gateway, thermostat, schedule, protocol="mqtts")
tm.flow(gateway, telemetry_store, telemetry)

tm.flow(telemetry_store, optimiser, occupancy_features, label="recent presence per home")
tm.flow(optimiser, model, occupancy_features)
tm.flow(model, optimiser, occupancy_prediction)
tm.flow(weather, optimiser, forecast, protocol="https")
tm.flow(account_db, optimiser, preferences)
tm.flow(optimiser, account_db, schedule)
tm.flow(optimiser, gateway, schedule)

tm.flow(owner, app_api, preferences, protocol="https")
tm.flow(app_api, owner, history_view, protocol="https")
tm.flow(app_api, account_db, preferences)
tm.flow(account_db, app_api, account, schedule)
tm.flow(telemetry_store, app_api, telemetry, label="occupancy history for the owner's home")

tm.flow(telemetry_store, feature_job, telemetry, label="nightly export")
tm.flow(account_db, feature_job, overrides, label="nightly export")
tm.flow(feature_job, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(scientist, training, training_code)
tm.flow(training, registry, weights)
tm.flow(scientist, registry, promotion, label="promotes a version")
tm.flow(registry, model, weights, label="deploy")
