"""Lace museum textile condition monitoring: the first design, before any security review.

The museum's lace gallery has about forty display cases. Each case holds a small
sensor pack (lux and UV, relative humidity and temperature, vibration) and a fixed
camera that photographs the lace under controlled light every evening. A gateway on
the gallery network collects the readings over MQTT and pulls the photos, and sends
both to the museum's cloud tenant. There a condition service runs an in-house model
that predicts cumulative fading and fibre stress per object, using object records
synced from the collections management system, and recommends when each piece
should be rotated off display. The textile conservator sees the predictions on a
web dashboard (staff single sign-on with MFA), gets a rotation notice by e-mail and
decides the rotations; the model only advises. The conservator's condition checks
are kept as labels, and a quarterly job retrains the model, which is stored in a
versioned registry. Cloud stores use the provider's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lace museum textile condition monitoring",
    profile=tg.RiskProfile.LOW,
    description=(
        "Predicts light fading and fibre damage of lace on display from case sensors "
        "and cameras, and advises the conservator when to rotate exhibits."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Case sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lux, UV, relative humidity, temperature and vibration per case, every minute.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
photos = tg.Data(
    "Case condition photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Evening photographs of the lace under fixed lighting, for colour change.",
)
object_records = tg.Data(
    "Object records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Accession number, fibre and dye, case location, display history, valuation.",
)
features = tg.Data(
    "Exposure features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cumulative light dose, humidity cycling, vibration events and colour shift.",
)
predictions = tg.Data(
    "Fading predictions and rotation recommendations",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
notice = tg.Data("Rotation notice e-mail", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
assessments = tg.Data(
    "Conservator condition assessments",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Condition grades and rotation decisions the conservator records per object.",
)
training_set = tg.Data(
    "Condition training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
model_file = tg.Data(
    "Fading model file",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="scikit-learn gradient-boosting model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Gallery network", trust=tg.Trust.INTERNAL):
    # One sensor pack per display case: light, UV, humidity, temperature, vibration.
    sensors = tm.add(tg.Device("Display case sensor packs", fleet=True))
    # Fixed cameras inside the cases, photographing the lace each evening.
    cameras = tm.add(tg.Device("Display case cameras", fleet=True))
    # Small gateway box that buffers readings and photos and forwards them to the cloud.
    gateway = tm.add(
        tg.Service(
            "Gallery sensor gateway",
            description="MQTT broker for the sensor packs; pulls camera snapshots over HTTP.",
        )
    )

with tm.boundary("Museum cloud tenant", trust=tg.Trust.INTERNAL):
    # Time-series store of all case readings.
    readings_store = tm.add(
        tg.DataStore(
            "Case readings store",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Object-storage bucket for the evening case photos.
    photo_store = tm.add(
        tg.DataStore(
            "Case photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Hourly service that builds exposure features, runs the model and writes recommendations.
    condition_service = tm.add(
        tg.Service(
            "Condition monitoring service",
            description="Scores every object on display each hour and proposes rotation dates.",
            controls={
                c.HumanInTheLoop(
                    approver="the textile conservator",
                    note="the conservator decides every rotation; the service only advises",
                )
            },
        )
    )
    # The in-house model predicting fading and fibre stress per object.
    fading_model = tm.add(
        tg.Model(
            "Fading and fibre damage model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts remaining display days before visible fading or fibre damage.",
        )
    )
    # Web dashboard where the conservator reviews predictions and records condition checks.
    dashboard = tm.add(
        tg.Endpoint(
            "Conservation dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="museum staff single sign-on with MFA")},
        )
    )
    # Conservator assessments joined with readings and photos, for retraining.
    dataset = tm.add(tg.Dataset("Condition training dataset", stores={training_set, assessments}))
    # Quarterly retraining job.
    training = tm.add(tg.Pipeline("Quarterly retraining job", stage=tg.Stage.TRAINING))
    # Holds the trained model versions the condition service loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_file},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Museum office network", trust=tg.Trust.INTERNAL):
    # The person who decides when lace is rotated off display.
    conservator = tm.add(tg.Actor("Textile conservator", role="conservator"))
    # The museum's existing collections management system, source of object records.
    cms = tm.add(tg.DataStore("Collections management system", stores={object_records}))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The museum's hosted e-mail service, used to send rotation notices.
    mail = tm.add(tg.ExternalService("Hosted e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, readings, protocol="mqtt")
tm.flow(cameras, gateway, photos, protocol="http", label="nightly snapshot pull")
tm.flow(gateway, readings_store, readings, protocol="https")
tm.flow(gateway, photo_store, photos, protocol="https")

tm.flow(cms, condition_service, object_records, protocol="https", label="nightly sync")
tm.flow(readings_store, condition_service, readings)
tm.flow(photo_store, condition_service, photos)
tm.flow(condition_service, fading_model, features)
tm.flow(fading_model, condition_service, predictions)
tm.flow(condition_service, dashboard, predictions)
tm.flow(dashboard, conservator, predictions, protocol="https")
tm.flow(condition_service, mail, notice, protocol="https")
tm.flow(mail, conservator, notice, protocol="https")

tm.flow(conservator, dashboard, assessments, protocol="https", label="records condition checks")
tm.flow(dashboard, dataset, assessments)
tm.flow(conservator, cms, object_records, label="updates display history after rotation")

tm.flow(readings_store, dataset, readings, label="quarterly export")
tm.flow(photo_store, dataset, photos, label="quarterly export")
tm.flow(dataset, training, training_set, assessments)
tm.flow(training, registry, model_file)
tm.flow(registry, fading_model, model_file, label="loaded at service start")
