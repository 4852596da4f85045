"""Thatched roof fire risk from chimney sensors: the first design, before any security review.

A rural fire and rescue service offers owners of thatched homes a chimney temperature
sensor that the homeowner clips to the flue pipe and joins to their home Wi-Fi. Each
sensor reports flue temperatures every minute over MQTT (over TLS) to an ingest endpoint
in the service's cloud tenancy, signing in with a per-sensor key issued when the
homeowner pairs it in the homeowner portal (e-mail and password sign-in), where they
also register their address, phone number and thatch details. Every hour a risk scoring
service joins recent readings with the Met Office forecast (wind, humidity) and asks an
in-house gradient-boosted model for a fire risk score; the score band picks a templated
safety advice text message sent through GOV.UK Notify. Households in the top band appear
on an officer dashboard (fire service single sign-on with MFA) for a community fire
safety officer to call or visit. The model is retrained quarterly from past readings,
weather and the service's chimney fire incident records. UK GDPR applies to the
household data; the property register is encrypted at rest and access is by role.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Thatched roof fire risk from chimney sensors",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Predicts chimney-fire risk for thatched homes from homeowner-installed flue "
        "sensors and weather, and texts safety advice to the homeowner."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Chimney temperature readings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Sensor id, flue temperature and timestamp; tied to a household, and shows when the fire is lit.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sensor_config = tg.Data(
    "Sensor configuration",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Reporting interval and alarm thresholds pushed back to the sensor.",
)
registration = tg.Data(
    "Household registration",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, address, mobile number, e-mail, sensor serial, thatch age and chimney type.",
)
forecast = tg.Data(
    "Weather forecast",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Hourly wind speed, wind direction, humidity and rainfall per location.",
)
risk_features = tg.Data("Fire risk features", sensitivity=tg.Sensitivity.PII, kind="features")
risk_score = tg.Data("Fire risk score", sensitivity=tg.Sensitivity.PII, kind="model-output")
advice = tg.Data(
    "Safety advice message",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Templated text chosen by risk band, sent to the homeowner's mobile.",
)
high_risk_list = tg.Data("High-risk household list", sensitivity=tg.Sensitivity.PII, kind="records")
visit_notes = tg.Data("Safety visit notes", sensitivity=tg.Sensitivity.PII, kind="records")
incidents = tg.Data(
    "Chimney fire incident records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Past chimney and thatch fire call-outs with address and cause.",
)
training_examples = tg.Data(
    "Fire risk training examples",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    description="Historical readings and weather labelled with whether a chimney fire followed.",
)
model_artifact = tg.Data(
    "Fire risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
notify_key = tg.Data("GOV.UK Notify API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Homes", trust=tg.Trust.UNTRUSTED):
    # The people the service is for: register, pair a sensor and receive advice.
    homeowner = tm.add(tg.Actor("Homeowner", role="resident"))
    # Off-the-shelf flue sensors the homeowner installs on their own Wi-Fi.
    sensor = tm.add(
        tg.Device(
            "Chimney temperature sensor",
            fleet=True,
            description="Clip-on thermocouple with a Wi-Fi module, installed by the homeowner.",
        )
    )

with tm.boundary("Met Office", trust=tg.Trust.PARTNER):
    # Source of the weather that decides how far a spark carries and how dry the thatch is.
    weather = tm.add(
        tg.ExternalService(
            "Met Office weather API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Site-specific hourly forecasts and historical observations.",
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government messaging platform that delivers the advice as text messages.
    notify = tm.add(tg.ExternalService("GOV.UK Notify", description="SMS delivery service."))

with tm.boundary("Fire service cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives sensor telemetry and pushes configuration back.
    ingest = tm.add(
        tg.Endpoint(
            "Sensor ingest endpoint",
            purpose=tg.EndpointPurpose.API,
            description="MQTT broker behind a public address.",
            controls={tg.controls.Authentication(method="per-sensor API key issued at pairing")},
        )
    )
    # Where homeowners sign up, pair sensors and see their advice history.
    portal = tm.add(
        tg.Service(
            "Homeowner portal",
            description="Public web app for registration and sensor pairing.",
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Hourly job that builds features, calls the model and sends the advice.
    scoring = tm.add(
        tg.Service(
            "Risk scoring service",
            description="Joins readings, household details and forecast; picks the advice template by band.",
            controls={tg.controls.SecretsManagement(note="Notify key held in the cloud key vault")},
        )
    )
    # The prediction itself.
    risk_model = tm.add(
        tg.Model(
            "Fire risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees giving the probability of a chimney fire in the next 24 hours.",
        )
    )
    # Staff view of the households that need a call or a visit.
    dashboard = tm.add(
        tg.Service(
            "Officer dashboard",
            description="Internal web app listing top-band households.",
            controls={
                tg.controls.Authentication(method="fire service Entra ID single sign-on with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Time-series store of every reading, kept for scoring and retraining.
        reading_store = tm.add(tg.DataStore("Reading store", stores={readings}))
        # Who lives where, with which sensor: the personal data at the centre of the design.
        property_register = tm.add(
            tg.DataStore(
                "Property register",
                stores={registration, visit_notes, advice},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                    tg.controls.RBAC(),
                },
            )
        )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Quarterly job that assembles examples and retrains the model.
        training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
        # The assembled, labelled examples.
        training_set = tm.add(tg.Dataset("Fire risk training set", stores={training_examples}))
        # Versions of the trained model that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Fire service corporate network", trust=tg.Trust.INTERNAL):
    # Follows up the highest-risk households by phone or home visit.
    officer = tm.add(tg.Actor("Community fire safety officer", role="fire safety staff"))
    # The service's existing incident recording system: the source of fire labels.
    incident_system = tm.add(tg.DataStore("Incident recording system", stores={incidents}))

# ---------------------------------------------------------------- flows
# telemetry
tm.flow(sensor, ingest, readings, protocol="MQTT over TLS")
tm.flow(ingest, sensor, sensor_config, protocol="MQTT over TLS")
tm.flow(ingest, reading_store, readings)

# registration and pairing
tm.flow(homeowner, portal, registration, protocol="https")
tm.flow(
    portal, homeowner, registration, advice, protocol="https", label="account and advice history"
)
tm.flow(portal, property_register, registration)
tm.flow(property_register, portal, registration, advice)

# hourly scoring and advice
tm.flow(reading_store, scoring, readings)
tm.flow(property_register, scoring, registration)
tm.flow(weather, scoring, forecast, protocol="https")
tm.flow(scoring, risk_model, risk_features)
tm.flow(risk_model, scoring, risk_score)
tm.flow(scoring, property_register, advice, label="advice history")
tm.flow(scoring, notify, advice, notify_key, protocol="https")
tm.flow(notify, homeowner, advice, protocol="sms")

# officer follow-up
tm.flow(scoring, dashboard, high_risk_list)
tm.flow(dashboard, officer, high_risk_list, protocol="https")
tm.flow(officer, dashboard, visit_notes, protocol="https")
tm.flow(dashboard, property_register, visit_notes)

# retraining
tm.flow(incident_system, training, incidents, protocol="sftp", label="quarterly export")
tm.flow(reading_store, training, readings)
tm.flow(weather, training, forecast, protocol="https", label="historical observations")
tm.flow(training, training_set, training_examples)
tm.flow(training_set, training, training_examples)
tm.flow(training, registry, model_artifact)
tm.flow(registry, risk_model, model_artifact, label="deploy")
