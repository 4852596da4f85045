"""Earth dam seepage anomaly detection: the first design, before any security review.

A reservoir owner instruments the galleries of an earth-fill dam near its spillway:
vibrating-wire piezometers and V-notch seepage weirs with turbidity probes, each read
by a datalogger. A telemetry outstation in the gallery polls the loggers and sends
the readings over the site link to the SCADA historian on the operational network,
which also holds the reservoir level. Every hour the historian exports new readings
to the owner's analytics environment, where a feature pipeline combines them with
rainfall from a weather service and an hourly scoring job runs an in-house anomaly
model trained on the dam's history. Flags go to a dashboard and an e-mail alert for
the supervising engineer (an external consultant) and the owner's reservoir engineer,
who decide on inspections and label confirmed events for retraining.
Controls in this design: single sign-on with MFA and roles on the dashboard, range
checks on incoming readings, HTTPS out of the operational network, versioned data
and models.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Earth dam seepage anomaly detection",
    profile=tg.RiskProfile.HIGH,
    description="Flags unusual seepage and piezometer readings in an earth dam for "
    "the supervising engineer.",
)

# ---------------------------------------------------------------- data assets
piezo = tg.Data(
    "Piezometer readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Pore water pressure per piezometer, every 15 minutes.",
)
seepage = tg.Data(
    "Seepage flow and turbidity readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Weir head converted to flow, and turbidity, per gallery drain.",
)
level = tg.Data(
    "Reservoir level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
rainfall = tg.Data("Rainfall observations and forecast", kind="records", sensitivity="public")
features = tg.Data(
    "Seepage model features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Readings with lagged reservoir level and rainfall, rates of change.",
)
flags = tg.Data(
    "Seepage anomaly flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Anomaly score per instrument with the readings that drove it.",
)
alert = tg.Data(
    "Anomaly alert e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instrument, time, score and a link to the dashboard.",
)
labels = tg.Data(
    "Engineer event labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Flags confirmed or dismissed after inspection, with the cause.",
)
weights = tg.Data(
    "Anomaly model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Dam galleries", trust=tg.Trust.RESTRICTED):
    # Dataloggers on the vibrating-wire piezometers in the gallery and the embankment.
    piezo_loggers = tm.add(tg.Device("Piezometer dataloggers"))
    # Dataloggers on the seepage weirs and turbidity probes at the gallery drains.
    weir_loggers = tm.add(tg.Device("Seepage weir loggers"))
    # Polls the loggers and forwards readings out of the gallery.
    outstation = tm.add(tg.Device("Gallery telemetry outstation", fleet=False))

with tm.boundary("Operational network", trust=tg.Trust.RESTRICTED):
    # SCADA historian: the record of every reading and of the reservoir level.
    historian = tm.add(
        tg.DataStore(
            "SCADA historian",
            stores={piezo, seepage, level},
            controls={tg.controls.RBAC(note="OT engineers only")},
        )
    )

with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
    # Cleans and joins readings, level and rainfall into model features.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={
                tg.controls.SchemaEnforcement(note="readings outside each sensor's range rejected")
            },
        )
    )
    # Runs the current model over the latest features every hour.
    scoring_job = tm.add(tg.Service("Hourly scoring job"))
    # The anomaly model: expected readings from level and rainfall, scores the residuals.
    model = tm.add(
        tg.Model(
            "Seepage anomaly model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Regression of each instrument on lagged level and rainfall, "
            "with an isolation forest on the residuals.",
        )
    )
    # History of flags and of the engineers' decisions on them.
    flag_store = tm.add(tg.DataStore("Anomaly flag store", stores={flags, labels}))
    # Dashboard the engineers review flags and instrument plots on.
    dashboard = tm.add(
        tg.Endpoint(
            "Dam monitoring dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="corporate SSO with MFA, guest account for the consultant"
                ),
                tg.controls.RBAC(note="viewer and engineer roles"),
            },
        )
    )
    # Years of readings with labelled events, the basis for retraining.
    train_set = tm.add(
        tg.Dataset(
            "Instrument history dataset",
            stores={features, labels},
            controls={tg.controls.DataVersioning()},
        )
    )
    # Quarterly retraining on the growing history.
    trainer = tm.add(tg.Pipeline("Retraining pipeline", stage=tg.Stage.TRAINING))
    # Stores trained models; the scoring job loads the version marked current.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The owner's own reservoir engineer, who arranges inspections.
    owner_engineer = tm.add(tg.Actor("Reservoir engineer", role="dam safety engineer"))

with tm.boundary("Engineering consultancy", trust=tg.Trust.PARTNER):
    # The supervising engineer appointed for the dam, working from the consultancy.
    supervising = tm.add(tg.Actor("Supervising engineer", role="supervising engineer"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # National weather service feed of rain gauge observations and forecasts.
    weather = tm.add(tg.ExternalService("Weather service", provides="data-provider"))
    # Hosted e-mail service the alerts are sent through.
    mail = tm.add(tg.ExternalService("E-mail delivery service"))

# ---------------------------------------------------------------- flows
# readings out of the galleries
tm.flow(piezo_loggers, outstation, piezo, protocol="modbus")
tm.flow(weir_loggers, outstation, seepage, protocol="modbus")
tm.flow(outstation, historian, piezo, seepage, protocol="dnp3", label="site fibre link")

# into analytics
tm.flow(historian, feature_pipeline, piezo, seepage, level, protocol="https", label="hourly export")
tm.flow(weather, feature_pipeline, rainfall, protocol="https")
tm.flow(feature_pipeline, scoring_job, features)
tm.flow(feature_pipeline, train_set, features)

# scoring and alerting
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, flags)
tm.flow(scoring_job, flag_store, flags)
tm.flow(scoring_job, mail, alert, protocol="smtps")
tm.flow(mail, supervising, alert, protocol="smtps")
tm.flow(mail, owner_engineer, alert, protocol="smtps")

# review
tm.flow(flag_store, dashboard, flags, labels)
tm.flow(dashboard, supervising, flags, protocol="https")
tm.flow(supervising, dashboard, labels, protocol="https", label="confirms or dismisses flags")
tm.flow(dashboard, owner_engineer, flags, protocol="https")
tm.flow(owner_engineer, dashboard, labels, protocol="https", label="confirms or dismisses flags")
tm.flow(dashboard, flag_store, labels)

# retraining
tm.flow(flag_store, train_set, labels, label="quarterly export")
tm.flow(train_set, trainer, features, labels)
tm.flow(trainer, registry, weights)
tm.flow(registry, model, weights, label="scoring job loads the current version")
