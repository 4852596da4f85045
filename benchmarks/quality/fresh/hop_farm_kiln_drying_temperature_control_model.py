"""Hop kiln drying control: the first design, before any security review.

A hop farm dries each picked batch in its oast kiln. Temperature and humidity
probes in the kiln floor and the air stream report to an edge gateway in the kiln
shed. On that gateway a regression model, trained in the farm's cloud account on
past batches, predicts the drying curve and sets the burner and fan levels that
bring the batch to its target moisture; the gateway sends those setpoints to the
burner and fan PLC over the shed's Modbus network. A hardwired over-temperature
cut-out trips the burner whatever the PLC is told. The kiln operator enters each
batch (variety, load, target moisture) on the gateway's touchscreen. The gateway
uploads readings to a cloud API; the farm manager watches batches and can override
setpoints from a phone app, signing in with e-mail and password. Brewery customers
sign in to a report portal to download the drying report of the lots they bought.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hop kiln drying control",
    profile=tg.RiskProfile.HIGH,
    description="A model sets burner and fan levels in an oast kiln; manager overrides "
    "from a phone app; breweries read batch reports.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Kiln temperature and humidity readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
batch_setup = tg.Data(
    "Batch setup",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hop variety, load weight and target moisture for the batch.",
)
setpoints = tg.Data(
    "Burner and fan setpoints",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
commands = tg.Data(
    "Burner and fan commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plc_status = tg.Data("Burner and fan status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data(
    "Manager setpoint override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
batch_status = tg.Data("Live batch status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
batch_records = tg.Data(
    "Batch drying records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Drying curves, final moisture and lot numbers; commercially sensitive.",
)
customer_accounts = tg.Data(
    "Brewery customer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer names, e-mail addresses and the lots each brewery bought.",
)
batch_report = tg.Data(
    "Batch drying report", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
report_request = tg.Data("Report request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_batches = tg.Data(
    "Historical batch training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Drying model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient-boosting model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The farm manager, usually out in the hop gardens, not in the shed.
    manager = tm.add(tg.Actor("Farm manager", role="farm manager"))
    # The manager's own phone running the farm's app.
    phone_app = tm.add(
        tg.Device(
            "Farm manager phone app",
            fleet=False,
            description="iOS/Android app for watching batches and overriding setpoints.",
        )
    )
    # Buyers at breweries who bought lots from the farm.
    brewery = tm.add(tg.Actor("Brewery customer", role="customer"))

with tm.boundary("Kiln shed network", trust=tg.Trust.INTERNAL):
    # Loads the kiln and starts each batch.
    operator = tm.add(tg.Actor("Kiln operator", role="farm worker"))
    # Probes in the hop bed and the hot-air stream.
    sensors = tm.add(
        tg.Device(
            "Kiln temperature and humidity sensors",
            description="Wired probes on an RS-485 Modbus loop.",
        )
    )
    # Runs the control loop on site so drying continues if the internet drops.
    gateway = tm.add(
        tg.Service(
            "Kiln edge gateway",
            description="Industrial PC with a touchscreen; polls sensors, runs the model, "
            "writes setpoints to the PLC, syncs with the cloud.",
        )
    )
    # Predicts the drying curve and picks burner and fan levels each minute.
    model = tm.add(
        tg.Model(
            "Drying control model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Its setpoints drive an oil burner; a wrong one can scorch a "
            "batch or start a kiln fire.",
        )
    )
    # Drives the burner and the fans.
    plc = tm.add(
        tg.Service(
            "Burner and fan PLC",
            controls={
                c.SafetyLimits(
                    limits="hardwired over-temperature cut-out on the burner at 75 C, "
                    "independent of the PLC"
                )
            },
        )
    )

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Backend for the gateway and the manager's app.
    api = tm.add(
        tg.Endpoint(
            "Farm cloud API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password for the app; a per-gateway API key for the kiln gateway"
                )
            },
        )
    )
    # Every batch's readings, setpoints, overrides and outcome.
    batch_db = tm.add(
        tg.DataStore(
            "Batch database",
            stores={batch_records, customer_accounts, readings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Lets breweries download the report for their lots.
    portal = tm.add(
        tg.Endpoint(
            "Brewery report portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Retrains the drying model after each harvest.
    training = tm.add(tg.Pipeline("Drying model retraining", stage=tg.Stage.TRAINING))
    # Holds model versions the gateway downloads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model artifact bucket",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
# control loop in the shed
tm.flow(sensors, gateway, readings, protocol="modbus")
tm.flow(operator, gateway, batch_setup, label="at the touchscreen")
tm.flow(gateway, model, readings, batch_setup, protocol="local")
tm.flow(model, gateway, setpoints, protocol="local")
tm.flow(gateway, plc, commands, protocol="modbus")
tm.flow(plc, gateway, plc_status, protocol="modbus")

# gateway <-> cloud
tm.flow(gateway, api, readings, batch_setup, setpoints, protocol="https", label="telemetry upload")
tm.flow(api, gateway, override, protocol="https", label="override sync")
tm.flow(api, batch_db, readings, batch_records, override)
tm.flow(batch_db, api, batch_status, batch_records)

# manager override from the phone
tm.flow(manager, phone_app, override, label="override setpoints")
tm.flow(phone_app, api, override, protocol="https")
tm.flow(api, phone_app, batch_status, protocol="https")
tm.flow(phone_app, manager, batch_status, label="on screen")

# brewery reports
tm.flow(brewery, portal, report_request, protocol="https")
tm.flow(portal, batch_db, report_request)
tm.flow(batch_db, portal, batch_records, customer_accounts)
tm.flow(portal, brewery, batch_report, protocol="https")

# retraining and model rollout
tm.flow(batch_db, training, training_batches)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, protocol="https", label="gateway downloads new version")
