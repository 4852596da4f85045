"""Reed-bed wastewater treatment compliance model: the first design, before any security review.

A village sewage works treats its flow through reed beds. An inlet flow meter and an
ammonia probe at the final effluent chamber are wired (4-20 mA) to a telemetry outstation
in the site kiosk, which the water company's SCADA head-end polls over DNP3 on a cellular
private APN; readings land in the SCADA historian. Every hour a scoring job on the data
platform pulls the readings, adds a rainfall forecast from the weather service's API, and
asks an in-house classifier how likely the site is to breach its discharge permit in the
next 48 hours; the job drops readings that are out of range or flat-lined. Predictions are
written back to the historian and shown on the operations dashboard (company SSO with MFA);
above a threshold the alerting service texts the on-call operator through an SMS gateway.
The model is retrained monthly from the historian and the accredited lab's compliance
sample results (delivered by SFTP) and kept in a versioned model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Reed-bed wastewater treatment compliance model",
    profile=tg.RiskProfile.LOW,
    description=(
        "Predicts discharge permit breaches at a village reed-bed sewage works from flow "
        "and ammonia telemetry and alerts the water company's operator."
    ),
)

# ---------------------------------------------------------------- data assets
flow_readings = tg.Data("Inlet flow readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ammonia_readings = tg.Data(
    "Final effluent ammonia readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
poll = tg.Data("Telemetry poll", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
rainfall = tg.Data("Rainfall forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
lab_samples = tg.Data(
    "Compliance sample results",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accredited lab ammonia and BOD results for the permit's spot samples.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
features = tg.Data(
    "Breach prediction features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
breach_probability = tg.Data(
    "Breach probability", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Breach model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="A joblib file of the trained classifier.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
alert = tg.Data("Breach alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
phone_number = tg.Data("On-call phone number", kind="records", sensitivity=tg.Sensitivity.PII)
site_view = tg.Data("Site compliance view", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
acknowledgement = tg.Data(
    "Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Reed-bed treatment site", trust=tg.Trust.INTERNAL):
    # Measures the flow coming into the works, to spot storm flows and overloading.
    flow_meter = tm.add(tg.Device("Inlet flow meter", fleet=False))
    # Measures ammonium in the treated effluent before it leaves for the stream.
    ammonia_probe = tm.add(tg.Device("Effluent ammonia probe", fleet=False))
    # Collects the sensor signals in the site kiosk and answers the SCADA polls.
    outstation = tm.add(tg.Device("Site telemetry outstation", fleet=False))

with tm.boundary("Telemetry network", trust=tg.Trust.RESTRICTED):
    # The water company's existing SCADA head-end that polls every outstation.
    scada = tm.add(tg.Service("SCADA head-end"))
    # Stores all telemetry; also holds the model's predictions as calculated tags.
    historian = tm.add(
        tg.DataStore(
            "SCADA historian",
            stores={flow_readings, ammonia_readings, breach_probability},
            controls={c.RBAC()},
        )
    )

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Hourly rainfall forecast for the catchment: heavy rain drives most breaches.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Accredited laboratory", trust=tg.Trust.PARTNER):
    # The lab that analyses the permit's compliance samples; the ground truth for training.
    lab = tm.add(
        tg.DataSource("Lab sample results feed", origin=tg.Origin.PARTNER, provides={lab_samples})
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers text alerts to the on-call operator's phone.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Data platform", trust=tg.Trust.INTERNAL):
    # Builds features every hour, scores them and decides whether to alert.
    scoring_job = tm.add(
        tg.Service(
            "Hourly scoring job",
            controls={
                c.InputValidation(
                    note="readings out of the sensor's range or flat-lined for 6 hours are dropped"
                )
            },
        )
    )
    # In-house classifier: probability of a permit breach in the next 48 hours.
    model = tm.add(
        tg.Model(
            "Permit breach model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Monthly retraining on telemetry and lab results.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Versioned store of trained models that the scoring job loads from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Sends breach alerts to the on-call operator and tracks acknowledgements.
    alerting = tm.add(tg.Service("Alerting service"))
    # Web dashboard of readings and predictions per site.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # The water company's operator who sends a technician when a breach looks likely.
    operator = tm.add(tg.Actor("Control room operator", role="operator"))

# ---------------------------------------------------------------- flows
# site telemetry
tm.flow(flow_meter, outstation, flow_readings, label="4-20 mA loop")
tm.flow(ammonia_probe, outstation, ammonia_readings, label="4-20 mA loop")
tm.flow(scada, outstation, poll, protocol="dnp3", label="cellular private APN")
tm.flow(
    outstation,
    scada,
    flow_readings,
    ammonia_readings,
    protocol="dnp3",
    label="cellular private APN",
)
tm.flow(scada, historian, flow_readings, ammonia_readings)

# hourly scoring
tm.flow(historian, scoring_job, flow_readings, ammonia_readings, label="hourly extract")
tm.flow(weather_api, scoring_job, rainfall, protocol="https")
tm.flow(registry, model, model_artifact, label="load")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, breach_probability)
tm.flow(scoring_job, historian, breach_probability, label="calculated tags")

# alerting and the dashboard
tm.flow(scoring_job, alerting, alert, label="above threshold")
tm.flow(alerting, sms_gateway, alert, phone_number, protocol="https")
tm.flow(sms_gateway, operator, alert, protocol="sms")
tm.flow(historian, dashboard, flow_readings, ammonia_readings, breach_probability)
tm.flow(dashboard, operator, site_view, protocol="https")
tm.flow(operator, dashboard, acknowledgement, protocol="https")
tm.flow(dashboard, alerting, acknowledgement)

# monthly retraining
tm.flow(lab, training, lab_samples, protocol="sftp")
tm.flow(historian, training, flow_readings, ammonia_readings, label="monthly export")
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, model_artifact)
