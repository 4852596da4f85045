"""Reservoir dam seepage alerts: the first design, before any security review.

A water company wants earlier warning of internal erosion at one of its earth
embankment dams. Vibrating-wire piezometers in the embankment, V-notch weir flow
meters on the toe drains and the reservoir level sensor are wired to a datalogger
at the dam, which sends readings every 15 minutes over DNP3 on a private cellular
APN to the telemetry historian in the operational technology network. An hourly
export feeds a feature pipeline in the corporate analytics platform, which adds
rainfall from the weather vendor, and an in-house detector scores the seepage
trend. When the score crosses the alert level, an alert service texts the
reservoir engineer through an SMS gateway and logs the event on a dashboard,
where the engineer acknowledges it and labels past events for retraining.
The historian has role-based accounts, the dashboard uses corporate SSO with MFA,
the pipeline range-checks readings and new models are backtested before registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Reservoir dam seepage alerts",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Detects abnormal seepage trends at an earth dam from piezometers and seepage "
        "flow meters, and alerts the reservoir engineer."
    ),
)

# ---------------------------------------------------------------- data assets
readings_cia = tg.CIA(confidentiality="low", integrity="high", availability="high")
pore_pressure = tg.Data("Piezometer pore pressure readings", kind="records", cia=readings_cia)
seepage_flow = tg.Data("Seepage flow readings", kind="records", cia=readings_cia)
reservoir_level = tg.Data("Reservoir level readings", kind="records", cia=readings_cia)
rainfall = tg.Data(
    "Rainfall observations and forecast",
    kind="records",
    description="Licensed hourly rain gauge and radar totals for the dam's catchment.",
)
features = tg.Data(
    "Seepage trend features",
    kind="features",
    description="Rolling pressure and flow trends, lagged against level and rainfall.",
)
score = tg.Data(
    "Seepage anomaly score",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert_text = tg.Data(
    "Seepage alert text message",
    kind="records",
    description="Dam, instrument, score and trend, sent to the engineer's phone.",
)
engineer_phone = tg.Data("Engineer mobile number", sensitivity=tg.Sensitivity.PII, kind="records")
alert_log = tg.Data("Alert event log", kind="logs")
trend_view = tg.Data("Instrument trend charts", kind="records")
acknowledgement = tg.Data("Alert acknowledgement", kind="records")
labels = tg.Data(
    "Engineer event labels",
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Past periods marked as normal, rainfall response or genuine seepage change.",
)
training_set = tg.Data("Labelled seepage history", kind="training-data")
model_file = tg.Data(
    "Seepage detector artifact",
    format="pickle",
    description="scikit-learn pipeline saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Dam site", trust=tg.Trust.INTERNAL):
    # Piezometers in the embankment and foundation: pore pressure is the first sign
    # of a change in the seepage regime.
    piezometers = tm.add(tg.Device("Embankment piezometers", fleet=True))
    # V-notch weirs with level transducers on the toe drains: seepage volume.
    flow_meters = tm.add(tg.Device("Toe drain seepage flow meters", fleet=True))
    # Datalogger in the valve house that polls the instruments and sends readings
    # over the cellular modem; also reads the reservoir level sensor.
    datalogger = tm.add(
        tg.Device(
            "Dam site datalogger",
            fleet=False,
            description="Solar-powered datalogger with a 4G modem on a private APN.",
        )
    )

with tm.boundary("Operational technology network", trust=tg.Trust.RESTRICTED):
    # Existing telemetry historian that already stores every instrument reading.
    historian = tm.add(
        tg.DataStore(
            "Telemetry historian",
            stores={pore_pressure, seepage_flow, reservoir_level},
            controls={c.RBAC()},
        )
    )

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Rainfall explains much of the normal variation in seepage.
    weather = tm.add(
        tg.DataSource("Catchment rainfall feed", origin=tg.Origin.VENDOR, provides={rainfall})
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway; the engineer may be anywhere when an alert fires.
    sms = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Corporate analytics platform", trust=tg.Trust.INTERNAL):
    # Turns the hourly export and rainfall into trend features for the detector.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Seepage feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.SchemaEnforcement(
                    note="readings outside each instrument's physical range are dropped"
                )
            },
        )
    )
    # The detector: scores how far the recent seepage trend departs from the
    # behaviour expected for the reservoir level and rainfall.
    detector = tm.add(
        tg.Model(
            "Seepage trend anomaly detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Flags abnormal seepage trends that may mean internal erosion.",
        )
    )
    # Sends the SMS when the score crosses the alert level and records the event.
    alert_service = tm.add(
        tg.Service(
            "Seepage alert service",
            description="Texts the reservoir engineer when the anomaly score crosses 0.8.",
        )
    )
    # Where the engineer reviews trends, acknowledges alerts and labels events.
    dashboard = tm.add(
        tg.Service(
            "Dam engineer dashboard",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # History of features with the engineer's labels, for retraining.
    dataset = tm.add(tg.Dataset("Seepage training set", stores={training_set, labels}))
    # Quarterly retraining; a candidate must catch the recorded past events.
    training = tm.add(
        tg.Pipeline(
            "Quarterly detector retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on the 2019 and 2022 seepage events")},
        )
    )
    # Versioned detector models; the serving detector loads the latest one.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry", stores={model_file}, controls={c.ModelVersioning()}
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The reservoir's supervising engineer, who must act on a real seepage change.
    engineer = tm.add(tg.Actor("Reservoir engineer", role="supervising engineer"))

# ---------------------------------------------------------------- flows
# Instruments to historian
tm.flow(piezometers, datalogger, pore_pressure, label="vibrating-wire signal")
tm.flow(flow_meters, datalogger, seepage_flow, label="4-20 mA signal")
tm.flow(
    datalogger,
    historian,
    pore_pressure,
    seepage_flow,
    reservoir_level,
    protocol="dnp3",
    label="every 15 minutes over private APN",
)

# Scoring
tm.flow(
    historian,
    feature_pipeline,
    pore_pressure,
    seepage_flow,
    reservoir_level,
    protocol="https",
    label="hourly export",
)
tm.flow(weather, feature_pipeline, rainfall, protocol="https")
tm.flow(feature_pipeline, detector, features)
tm.flow(detector, alert_service, score)

# Alerting
tm.flow(alert_service, sms, alert_text, engineer_phone, protocol="https")
tm.flow(sms, engineer, alert_text, protocol="sms")
tm.flow(alert_service, dashboard, alert_log, score)
tm.flow(dashboard, engineer, trend_view, alert_log, protocol="https")
tm.flow(engineer, dashboard, acknowledgement, labels, protocol="https")
tm.flow(
    historian,
    dashboard,
    pore_pressure,
    seepage_flow,
    reservoir_level,
    protocol="https",
    label="trend queries",
)

# Retraining
tm.flow(feature_pipeline, dataset, training_set)
tm.flow(dashboard, dataset, labels)
tm.flow(dataset, training, training_set, labels)
tm.flow(training, registry, model_file)
tm.flow(registry, detector, model_file, label="load latest version")
