"""Meadery fermentation monitoring and batch release: the first design.

A small meadery floats a wireless hydrometer in each fermentation tank. The
hydrometers broadcast specific gravity and temperature over Bluetooth LE to a
small gateway (a Raspberry Pi) in the cellar, which forwards the readings over
HTTPS, with a per-gateway API key, to a batch app on a single cloud VM.
The app keeps the readings in a time-series database, runs an in-house model
that predicts when each batch will reach terminal gravity and flags stuck
fermentations, and sends alerts to the mead maker's phone through an SMS/e-mail
provider. The mead maker signs in to the app on a tablet with e-mail and
password, looks at the curves and predictions, and taps "release" to send a
batch to bottling; the bottling crew gets the release notice by e-mail. No batch
is released without that tap. The model is retrained each month from past
batches by a notebook job and saved as a joblib file in a bucket.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Meadery fermentation monitoring and batch release",
    profile=tg.RiskProfile.LOW,
    description="Hydrometer readings, finish and stuck-fermentation predictions, batch release from a tablet.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Hydrometer readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Specific gravity, temperature and battery level per tank, every 15 minutes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
batch_records = tg.Data(
    "Batch records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Recipe, honey lot, yeast, pitch date, tank, status and final outcome of each batch.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prediction = tg.Data(
    "Fermentation prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted days to terminal gravity and a stuck-fermentation flag per batch.",
)
batch_status = tg.Data(
    "Batch status view",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gravity curves, predictions and batch details shown on the tablet.",
)
release = tg.Data(
    "Release decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
alert = tg.Data("Stuck-fermentation alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
release_notice = tg.Data(
    "Bottling release notice", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Fermentation model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Cellar", trust=tg.Trust.INTERNAL, description="The meadery premises and its Wi-Fi."
):
    # One floating hydrometer per tank: the only source of fermentation data.
    hydrometers = tm.add(tg.Device("Wireless hydrometers", fleet=True))
    # Bridges the hydrometers' Bluetooth broadcasts to the cloud app.
    gateway = tm.add(
        tg.Service(
            "Cellar gateway",
            description="Raspberry Pi listening for hydrometer broadcasts and posting them upstream.",
        )
    )
    # The mead maker's tablet: where batches are watched and released.
    tablet = tm.add(tg.Device("Mead maker's tablet", fleet=False))
    # Decides when a batch is done and releases it to bottling.
    mead_maker = tm.add(tg.Actor("Mead maker", role="head mead maker", privileged=True))
    # Bottles the batches the mead maker releases.
    bottling_crew = tm.add(tg.Actor("Bottling crew", role="bottling staff"))

with tm.boundary(
    "Meadery cloud VM",
    trust=tg.Trust.INTERNAL,
    description="One VM and a bucket at a cloud provider.",
):
    # Receives readings from the gateway.
    ingest = tm.add(
        tg.Endpoint(
            "Readings ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-gateway API key"),
                c.InputValidation(note="gravity and temperature range checks"),
            },
        )
    )
    # Time-series history of every tank.
    readings_db = tm.add(
        tg.DataStore(
            "Readings database",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # The batch app: runs predictions, raises alerts, serves the tablet, records releases.
    batch_app = tm.add(
        tg.Service(
            "Batch app",
            internet_facing=True,
            controls={
                c.Authentication(method="staff e-mail and password"),
                c.HumanInTheLoop(
                    approver="the mead maker",
                    note="a batch goes to bottling only after the mead maker taps release; predictions are advice",
                ),
            },
        )
    )
    # Predicts finish date and flags stuck fermentations from the gravity curve.
    model = tm.add(
        tg.Model(
            "Fermentation progress model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted model over the last 72 hours of gravity and temperature.",
        )
    )
    # Source of truth for each batch's recipe, status and release.
    batch_db = tm.add(
        tg.DataStore(
            "Batch records database",
            stores={batch_records, release},
            controls={
                c.EncryptionAtRest(key_management="cloud provider-managed keys"),
                c.DataVersioning(note="nightly database snapshots"),
            },
        )
    )
    # Monthly retraining from finished batches.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining notebook",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Holds the trained model files the batch app loads.
    model_bucket = tm.add(
        tg.ModelRegistry(
            "Model bucket",
            stores={weights},
            controls={c.ModelVersioning(note="one file per month, the app config names which one")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Delivers alerts and release notices by SMS and e-mail.
    messaging = tm.add(tg.ExternalService("SMS and e-mail provider"))

# ---------------------------------------------------------------- flows
tm.flow(hydrometers, gateway, readings, protocol="bluetooth le", label="broadcast every 15 min")
tm.flow(gateway, ingest, readings, protocol="https")
tm.flow(ingest, readings_db, readings)

tm.flow(readings_db, batch_app, readings)
tm.flow(batch_app, model, readings, label="last 72 hours per tank")
tm.flow(model, batch_app, prediction)
tm.flow(batch_app, batch_db, prediction, release, label="predictions and releases")
tm.flow(batch_db, batch_app, batch_records)

tm.flow(batch_app, messaging, alert, release_notice, protocol="https")
tm.flow(messaging, mead_maker, alert, protocol="sms")
tm.flow(messaging, bottling_crew, release_notice, protocol="smtp+starttls")

tm.flow(batch_app, tablet, batch_status, protocol="https")
tm.flow(tablet, mead_maker, batch_status, label="on the touchscreen")
tm.flow(mead_maker, tablet, release, label="taps release on the touchscreen")
tm.flow(tablet, batch_app, release, protocol="https")

tm.flow(readings_db, training, readings)
tm.flow(batch_db, training, batch_records, label="batch outcomes")
tm.flow(training, model_bucket, weights)
tm.flow(model_bucket, model, weights, label="loaded at app start")
