"""Carcass chilling prediction for a beef and lamb processing plant: first design.

After slaughter, carcasses hang in blast and holding chillers and must reach the
legal core temperature before cutting or dispatch. Wireless core probes in a
sample of carcasses and the chiller controllers' air readings are collected in a
plant historian; the line MES gives each carcass's kill time, hot weight, fat
class and chiller rail. Every five minutes a feature job joins the two and a
regression model on a plant server predicts each chiller load's cooling curve.
An alert service texts the on-shift quality technician and flags the QA dashboard
when a load is predicted to miss its hygiene limit, so staff can act (adjust the
chiller, re-probe, hold the load); the model never changes chiller settings.
History is uploaded to the company's cloud account where data scientists retrain
the model monthly; a back-test must pass before a version is registered. The
dashboard uses plant domain accounts with roles; cloud links use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Carcass chilling prediction",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts carcass cooling curves from chiller sensors and line data and warns "
        "quality staff before a chiller load breaches its hygiene temperature limit."
    ),
)

# ---------------------------------------------------------------- data assets
core_temps = tg.Data(
    "Carcass core temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
air_readings = tg.Data(
    "Chiller air readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Air temperature, humidity, fan speed and door-open events per chiller.",
)
carcass_records = tg.Data(
    "Carcass line records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Carcass ID, kill time, hot weight, fat class, supplier lot, chiller rail.",
)
features = tg.Data("Chilling features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
history = tg.Data(
    "Chilling history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Past features joined with the cooling curves the probes measured.",
)
training_run = tg.Data(
    "Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data(
    "Chilling model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prediction = tg.Data(
    "Predicted cooling curve",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data(
    "Chilling limit alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
phone_numbers = tg.Data("On-shift QA phone numbers", kind="records", sensitivity=tg.Sensitivity.PII)
corrective_action = tg.Data(
    "Corrective action record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Acknowledgement, re-probe result and what was done with the load (HACCP record).",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.RESTRICTED):
    # Wireless core probes pushed into sample carcasses on each chiller load.
    probes = tm.add(tg.Device("Carcass core temperature probes", fleet=True))
    # Refrigeration PLCs; the model only reads their air readings.
    chiller_plc = tm.add(tg.Device("Chiller controllers", fleet=True))

with tm.boundary("Plant IT network", trust=tg.Trust.INTERNAL):
    # Time-series historian all plant sensor data lands in.
    historian = tm.add(tg.DataStore("Plant sensor historian", stores={core_temps, air_readings}))
    # Slaughter line MES: the record of every carcass on the line.
    mes = tm.add(tg.DataStore("Line MES", stores={carcass_records}))
    # Joins sensor and carcass data every five minutes; also exports history for training.
    feature_job = tm.add(tg.Pipeline("Chilling feature job", stage=tg.Stage.PREPROCESSING))
    # Gradient-boosted regressor served on a plant server.
    model = tm.add(
        tg.Model(
            "Carcass chilling curve model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts core temperature over time and time to reach the limit.",
        )
    )
    # Compares predictions with hygiene limits and raises alerts.
    alert_service = tm.add(tg.Service("Chilling alert service"))
    # What quality staff watch on the chiller floor and in the QA office.
    dashboard = tm.add(
        tg.Endpoint(
            "QA chilling dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="plant Active Directory username and password"),
                c.RBAC(),
            },
        )
    )
    # Alerts raised and the corrective actions taken, kept as food-safety records.
    qa_records = tm.add(tg.DataStore("QA food safety records", stores={alert, corrective_action}))
    # On-shift quality technicians and the QA manager.
    qa_staff = tm.add(tg.Actor("Quality technician", role="quality assurance"))

with tm.boundary("Company cloud ML account", trust=tg.Trust.INTERNAL):
    # Uploaded history the model is trained and back-tested on.
    training_set = tm.add(tg.Dataset("Chilling training set", stores={history}))
    # Monthly retraining with a back-test on the last season's loads.
    training = tm.add(
        tg.Pipeline(
            "Chilling model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="back-test against last season's measured curves")},
        )
    )
    # Versions of the model the plant server pulls from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )
    # Runs the training jobs and registers the versions that pass.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS API that texts alerts to the on-shift technician's phone.
    sms = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
tm.flow(probes, historian, core_temps, protocol="mqtt", label="via wireless gateway")
tm.flow(chiller_plc, historian, air_readings, protocol="opc-ua")

tm.flow(historian, feature_job, core_temps, air_readings)
tm.flow(mes, feature_job, carcass_records)
tm.flow(feature_job, model, features)
tm.flow(model, alert_service, prediction)
tm.flow(alert_service, dashboard, prediction, alert)
tm.flow(dashboard, qa_staff, prediction, alert, protocol="https")
tm.flow(alert_service, sms, alert, phone_numbers, protocol="https")
tm.flow(sms, qa_staff, alert, protocol="sms")
tm.flow(alert_service, qa_records, alert)
tm.flow(
    qa_staff, dashboard, corrective_action, protocol="https", label="acknowledge and record action"
)
tm.flow(dashboard, qa_records, corrective_action)

tm.flow(feature_job, training_set, history, protocol="https", label="nightly upload")
tm.flow(data_scientist, training, training_run)
tm.flow(training_set, training, history)
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, protocol="https", label="plant server pulls new version")
