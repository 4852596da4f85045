"""Blast vibration prediction: the first design, before any security review.

Our quarry's blast engineers plan each production blast in a web app in our Azure
tenant. It sends the design (hole layout, charge per delay, distance to each nearby
home) to a prediction API, where an in-house regression model predicts peak particle
velocity and air overpressure at every neighbouring property and shows whether the
planning limits (6 mm/s PPV, 120 dB) are met. Seismographs at the site boundary and
in neighbours' gardens upload each event to the vendor's cloud; a nightly job pulls
them into our database, and the model is retrained monthly on that history. The
environmental manager keeps the property register (addresses, occupier contacts) and
reviews compliance in the same app. Staff sign in with Entra ID SSO and MFA, roles
limit who edits the register, databases are encrypted at rest, and each new model
is backtested before it is registered.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Quarry blast vibration prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Predicts ground vibration and air overpressure at neighbouring homes for "
        "planned blasts and shows whether planning limits are met."
    ),
)

# ---------------------------------------------------------------- data assets
blast_design = tg.Data(
    "Blast design",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hole layout, burden and spacing, charge per delay, stemming, initiation sequence.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
blast_features = tg.Data(
    "Blast prediction features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Scaled distance per receptor, max instantaneous charge, delay interval, face orientation.",
)
prediction = tg.Data(
    "Predicted vibration and overpressure",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted PPV (mm/s) and air overpressure (dB) per property, with the limit check.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
receptors = tg.Data(
    "Neighbouring property register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Addresses and coordinates of nearby homes, occupier names and phone numbers.",
)
readings = tg.Data(
    "Seismograph event readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PPV, frequency and air overpressure per triggered event and monitoring point.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
compliance = tg.Data(
    "Compliance summary",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Measured against predicted levels per blast and monitoring point, exceedances.",
)
training_set = tg.Data(
    "Blast and vibration training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Fired blast designs joined to the seismograph readings they produced.",
)
model_artifact = tg.Data(
    "Vibration model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Monitoring sites", trust=tg.Trust.UNTRUSTED):
    # Seismographs at the site boundary and in neighbours' gardens; they measure every blast.
    seismographs = tm.add(
        tg.Device(
            "Blast seismographs",
            fleet=True,
            description="Triaxial geophones with microphones, cellular modems, vendor firmware.",
        )
    )

with tm.boundary("Seismograph vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's portal receives each event from the instruments; we read it by API.
    vendor_cloud = tm.add(
        tg.ExternalService(
            "Seismograph vendor portal",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Stores event records and offers a REST export with an account API key.",
        )
    )

with tm.boundary("Quarry office network", trust=tg.Trust.INTERNAL):
    # Designs the blasts and reads the predictions before sign-off.
    engineer = tm.add(tg.Actor("Blast engineer", role="blast engineer"))
    # Keeps the property register and answers to the planning authority.
    env_manager = tm.add(tg.Actor("Environmental manager", role="environmental manager"))
    # Runs retraining and looks after the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Azure tenant", trust=tg.Trust.INTERNAL):
    # The web app where blasts are planned, predictions shown and compliance reviewed.
    web_app = tm.add(
        tg.Service(
            "Blast planning web app",
            description="Azure App Service; forms range-check charge weights and distances.",
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(note="engineer, environmental manager and read-only roles"),
                c.InputValidation(note="range checks on the blast design form"),
            },
        )
    )
    # Internal API in front of the model, called only by the web app.
    predict_api = tm.add(tg.Endpoint("Prediction API", purpose=tg.EndpointPurpose.INFERENCE))
    # The regression model itself: site law plus gradient-boosted residuals.
    vib_model = tm.add(
        tg.Model(
            "Vibration prediction model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts PPV and air overpressure; the limit check gates the blast sign-off.",
        )
    )
    # Blast designs, the predictions made for them and the compliance summaries.
    blast_db = tm.add(
        tg.DataStore(
            "Blast records database",
            stores={blast_design, prediction, compliance},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )
    # The register of neighbouring homes the predictions are made for.
    register = tm.add(
        tg.DataStore(
            "Property register",
            stores={receptors},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )
    # Every seismograph event we have pulled from the vendor.
    history_db = tm.add(
        tg.DataStore(
            "Seismograph history database",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )
    # Nightly pull of new events from the vendor portal.
    import_job = tm.add(
        tg.Pipeline(
            "Seismograph import job",
            stage=tg.Stage.INGESTION,
            description="Azure Function on a timer; the vendor API key is an app setting.",
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Fired blasts joined to their measured levels.
        dataset = tm.add(tg.Dataset("Vibration training set", stores={training_set}))
        # Monthly refit, with a backtest on the last quarter's blasts.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(
                        note="backtest on the last quarter's blasts before registering"
                    )
                },
            )
        )
        # Keeps each model version; the prediction API loads the latest on restart.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# Planning a blast
tm.flow(
    engineer,
    web_app,
    blast_design,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(register, web_app, receptors, label="properties within 1.5 km")
tm.flow(web_app, predict_api, blast_features, protocol="https")
tm.flow(predict_api, vib_model, blast_features)
tm.flow(vib_model, predict_api, prediction)
tm.flow(predict_api, web_app, prediction, protocol="https")
tm.flow(web_app, blast_db, blast_design, prediction)
tm.flow(blast_db, web_app, blast_design, prediction, label="saved designs")
tm.flow(
    web_app,
    engineer,
    prediction,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)

# Property register and compliance review
tm.flow(
    env_manager,
    web_app,
    receptors,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
    label="register edits",
)
tm.flow(web_app, register, receptors)
tm.flow(history_db, web_app, readings, label="measured levels")
tm.flow(web_app, blast_db, compliance)
tm.flow(
    web_app,
    env_manager,
    compliance,
    receptors,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)

# Monitoring data
tm.flow(seismographs, vendor_cloud, readings, protocol="https", label="event upload over cellular")
tm.flow(
    vendor_cloud,
    import_job,
    readings,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
    label="nightly pull",
)
tm.flow(import_job, history_db, readings)

# Retraining
tm.flow(history_db, dataset, readings)
tm.flow(blast_db, dataset, blast_design, label="fired blasts")
tm.flow(data_scientist, training, label="starts the monthly run")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, vib_model, model_artifact, label="loaded on restart")
