"""Cold-room excursion early warning: the first design, before any security review.

A pharmaceutical distributor stores 2-8 C medicines in walk-in cold rooms. Wireless
door contact sensors report every opening over LoRaWAN to a gateway on the
warehouse OT network, which forwards them over MQTT/TLS to our cloud tenant. The
validated environmental monitoring system (EMS) stays the temperature record of
truth and the alarm of record; it exports its probe readings every minute. A
prediction service joins door events, temperatures and the WMS's stock and dock
schedule, and an in-house gradient-boosted model scores the risk of an excursion
in the next 30 minutes. Above a threshold the alerting service tells operatives
on their handheld terminals to close a door or move named pallets to the backup
room, and they acknowledge on the handheld. The model is retrained monthly from
the sensor history and QA's excursion deviation records, backtested, and
promoted from a model registry by the data scientist.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cold-room excursion early warning",
    profile=tg.RiskProfile.LOW,
    description="Predicts cold-room temperature excursions from door sensors and alerts warehouse staff.",
)

# ---------------------------------------------------------------- data assets
door_events = tg.Data(
    "Door sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Open and close events with timestamps, per cold-room door.",
)
temperatures = tg.Data(
    "Cold-room temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="One-minute probe readings exported from the validated EMS.",
)
stock = tg.Data(
    "Cold-room stock and dock schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pallet locations, product and value per rack, and planned dock movements.",
)
features = tg.Data("Excursion risk features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
risk = tg.Data("Excursion risk score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
alert = tg.Data(
    "Close-door or move-stock instruction",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which door to close, or which pallets to move to the backup cold room.",
)
ack = tg.Data(
    "Alert acknowledgement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Operative's user ID, time and what was done.",
)
deviations = tg.Data(
    "Excursion deviation records",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="QA's record of each past excursion: room, start, end, root cause.",
)
training_set = tg.Data(
    "Excursion training set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
training_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Excursion model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Warehouse floor", trust=tg.Trust.INTERNAL):
    # Battery contact sensors on every cold-room door: the model's main signal.
    door_sensors = tm.add(tg.Device("Door contact sensors", fleet=True))
    # The RF handhelds operatives already carry for the WMS; alerts land here.
    handhelds = tm.add(tg.Device("Warehouse handheld terminals", fleet=True))
    # Closes doors and moves stock when told, and acknowledges.
    operative = tm.add(tg.Actor("Warehouse operative", role="warehouse staff"))

with tm.boundary("Warehouse OT network", trust=tg.Trust.INTERNAL):
    # Receives LoRaWAN uplinks and forwards them to the cloud.
    gateway = tm.add(tg.Service("LoRaWAN sensor gateway"))
    # Validated GxP temperature monitoring: probes, record and alarm of record.
    ems = tm.add(
        tg.DataStore(
            "Environmental monitoring system",
            stores={temperatures},
            controls={c.AuditLogging(), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Knows what stock sits in which cold room and what the docks will move.
    wms = tm.add(tg.DataStore("Warehouse management system", stores={stock}))
    # QA's quality management system: the deviation history the labels come from.
    qms = tm.add(tg.DataStore("QMS deviation records", stores={deviations}))
    # Builds and promotes the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

with tm.boundary("Cloud tenant", trust=tg.Trust.INTERNAL):
    # Keeps door events and temperatures for features and for retraining.
    timeseries = tm.add(
        tg.DataStore(
            "Sensor time-series store",
            stores={door_events, temperatures},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs every minute: builds features, calls the model, applies the alert threshold.
    predictor = tm.add(tg.Service("Excursion prediction service"))
    # Gradient-boosted trees predicting an excursion in the next 30 minutes.
    model = tm.add(
        tg.Model(
            "Excursion prediction model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            controls={c.ModelValidation(note="backtested on the last 12 months of excursions")},
        )
    )
    # Turns a high score into an instruction and tracks acknowledgements.
    alerting = tm.add(
        tg.Service(
            "Alerting service",
            controls={c.Authentication(method="per-handheld device certificate")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # History joined with deviation labels, rebuilt for each retraining.
        dataset = tm.add(tg.Dataset("Excursion training dataset", stores={training_set}))
        # Monthly retraining and backtest.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versions of the model; the prediction service loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning(), c.RBAC()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(door_sensors, gateway, door_events, protocol="lorawan")
tm.flow(
    gateway,
    timeseries,
    door_events,
    protocol="mqtts",
    controls={c.MutualAuthentication(note="per-gateway X.509 client certificate")},
)
tm.flow(ems, timeseries, temperatures, protocol="https", label="one-minute export")

tm.flow(timeseries, predictor, door_events, temperatures)
tm.flow(wms, predictor, stock, protocol="https")
tm.flow(predictor, model, features)
tm.flow(model, predictor, risk)
tm.flow(predictor, alerting, alert, risk)
tm.flow(alerting, handhelds, alert, protocol="https", label="push to handheld")
tm.flow(handhelds, operative, alert, label="on the handheld screen")
tm.flow(operative, handhelds, ack, label="acknowledged on the handheld keypad")
tm.flow(handhelds, alerting, ack, protocol="https")

tm.flow(timeseries, dataset, door_events, temperatures)
tm.flow(qms, dataset, deviations, protocol="https", label="monthly export")
tm.flow(dataset, training, training_set)
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="promoted by the data scientist")
