"""Cheese cave ripening model: the first design, before any security review.

A cheesemonger ripens wheels of cheese in a cave under the shop. Wireless
temperature and humidity sensors report to a vendor gateway, which uploads the
readings to the sensor vendor's cloud; an hourly import job pulls them from the
vendor's API into the shop's own cloud account. Once a week cave staff weigh
each wheel and enter the weights on a web dashboard. A daily prediction job runs
an in-house regression model over readings and weight loss to predict when each
wheel will be ready and to flag mould risk; the cave manager reads the
predictions on the dashboard and turns the humidifier up or down at its panel.
When a wheel's predicted ready date arrives, the job marks it available in the
shop's hosted stock system. The model is retrained monthly from the history.
Controls in this design: staff sign in to the dashboard with their Google
Workspace accounts, weights are range-checked on entry, cloud traffic is HTTPS
and the vendor's API needs an API key.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Cheese cave ripening model",
    profile=tg.RiskProfile.LOW,
    description="Predicts wheel readiness and mould risk from cave sensors and weekly weights.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Temperature and humidity readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
weights = tg.Data(
    "Weekly wheel weights",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
wheels = tg.Data("Wheel records", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
features = tg.Data("Ripening features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
predictions = tg.Data(
    "Ready-date and mould-risk predictions",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
history = tg.Data("Ripening history", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data")
artifact = tg.Data("Ripening model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
stock_update = tg.Data(
    "Stock availability update", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
setpoint = tg.Data("Humidity setpoint", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Shop and cave", trust=tg.Trust.INTERNAL):
    # Battery sensors on the cave shelves.
    sensors = tm.add(tg.Device("Cave temperature and humidity sensors", fleet=True))
    # The vendor's radio gateway that uploads readings over the shop's broadband.
    gateway = tm.add(tg.Device("Sensor vendor gateway", fleet=False))
    # Stand-alone humidifier the manager sets by hand.
    humidifier = tm.add(tg.Device("Cave humidifier", fleet=False))
    # Decides humidifier settings and when to sell, from the predictions.
    manager = tm.add(tg.Actor("Cave manager", role="cave manager"))
    # Weighs the wheels each week.
    cave_hand = tm.add(tg.Actor("Cave hand", role="cave staff"))

with tm.boundary("Sensor vendor cloud", trust=tg.Trust.PARTNER):
    # Vendor platform that stores readings and exposes them over an API.
    vendor_cloud = tm.add(
        tg.ExternalService("Sensor vendor platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Retail platform", trust=tg.Trust.PARTNER):
    # The shop's hosted point-of-sale and stock system.
    stock = tm.add(tg.ExternalService("Shop stock system"))

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Pulls new readings from the vendor API every hour.
    importer = tm.add(tg.Pipeline("Hourly readings import", stage=tg.Stage.INGESTION))
    # Readings, weights, wheel records and predictions in one database.
    ripening_db = tm.add(
        tg.DataStore("Ripening database", stores={readings, weights, wheels, predictions})
    )
    # Web dashboard for predictions and weight entry.
    dashboard = tm.add(
        tg.Endpoint(
            "Ripening dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace sign-in (OIDC)"),
                c.InputValidation(note="weights must be between 0.5 and 40 kg"),
            },
        )
    )
    # Runs the model over every wheel once a day and updates stock.
    predictor = tm.add(tg.Service("Daily prediction job"))
    # Gradient-boosted regressor for days-to-ready plus a mould-risk score.
    model = tm.add(
        tg.Model(
            "Ripening model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Monthly retraining from the accumulated history.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Object storage bucket holding the trained model files.
    model_bucket = tm.add(tg.ModelRegistry("Model file bucket", stores={artifact}))

# ---------------------------------------------------------------- flows
# Sensor readings, through the vendor's cloud into ours.
tm.flow(sensors, gateway, readings, protocol="lorawan")
tm.flow(gateway, vendor_cloud, readings, protocol="https")
tm.flow(
    vendor_cloud,
    importer,
    readings,
    protocol="https",
    controls={c.Authentication(method="vendor API key")},
)
tm.flow(importer, ripening_db, readings)

# Weekly weights and the dashboard.
tm.flow(cave_hand, dashboard, weights, protocol="https")
tm.flow(dashboard, ripening_db, weights, wheels)
tm.flow(ripening_db, dashboard, wheels, predictions)
tm.flow(dashboard, manager, predictions, protocol="https")
tm.flow(manager, humidifier, setpoint, label="set on the panel")

# Daily predictions.
tm.flow(ripening_db, predictor, readings, weights, wheels)
tm.flow(predictor, model, features)
tm.flow(model, predictor, predictions)
tm.flow(predictor, ripening_db, predictions)
tm.flow(predictor, stock, stock_update, protocol="https", label="wheel ready")

# Monthly retraining.
tm.flow(ripening_db, training, history)
tm.flow(training, model_bucket, artifact)
tm.flow(model_bucket, predictor, artifact, label="loads latest model")
tm.flow(predictor, model, artifact, label="deploy")
