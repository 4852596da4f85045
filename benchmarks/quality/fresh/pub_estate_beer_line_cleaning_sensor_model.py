"""Beer line cleaning prediction: the first design, before any security review.

The pub company fits flow and temperature sensors to the beer lines in its pubs'
cellars. A cellar gateway collects the readings and sends them to the sensor
vendor's cloud, which pushes them on to the pub company's data platform. A daily
scoring job combines the readings with till sales from the EPOS system and a model
predicts when each line next needs cleaning and flags beer poured but not sold
(waste). Area managers see the results on a web dashboard; pub managers get
cleaning reminders on a phone app, where they also log each line clean, which
feeds the model's retraining. Controls in this design: TLS from the gateway and
for every cloud link, a shared API key on the vendor's pushes with schema checks,
corporate SSO with MFA and roles on the dashboard, password sign-in on the app,
encrypted stores, a vendor review and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Beer line cleaning and waste prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts beer line cleaning dates and flags waste from cellar sensor readings.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Beer line readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Flow volume and temperature per line, every minute.",
)
firmware = tg.Data(
    "Gateway firmware and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
sales = tg.Data(
    "EPOS draught sales",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pints sold per product per pub per hour, from the tills.",
)
cleaning_log = tg.Data(
    "Line cleaning log",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="When each line was cleaned, logged by the pub manager in the app.",
)
predictions = tg.Data(
    "Cleaning due dates", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
waste_flags = tg.Data(
    "Waste flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lines and pubs where dispensed volume exceeds sales; seen against the pub manager.",
)
features = tg.Data("Line features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
model_file = tg.Data("Cleaning model file", format="pickle", sensitivity=tg.Sensitivity.INTERNAL)
reminders = tg.Data("Cleaning reminders", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
manager_accounts = tg.Data(
    "Pub manager accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, mobile number and pub of each pub manager.",
)
sign_in = tg.Data(
    "Pub manager sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
vendor_key = tg.Data("Vendor push API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Pub cellars", trust=tg.Trust.UNTRUSTED):
    # Clip-on flow and temperature sensors, one per beer line, in every pub.
    sensors = tm.add(tg.Device("Beer line flow and temperature sensors"))
    # One per pub: collects the sensors' readings and uploads them over the pub's broadband.
    gateway = tm.add(tg.Device("Cellar gateway", description="Vendor-supplied, vendor-managed."))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pub managers (many of them tenants) and the app on their own phones.
    pub_manager = tm.add(tg.Actor("Pub manager", role="pub manager"))
    app = tm.add(tg.Device("Pub manager phone app"))

with tm.boundary("Sensor vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's IoT platform: receives, keeps and forwards readings, manages the gateways.
    vendor = tm.add(
        tg.ExternalService(
            "Sensor vendor IoT platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment(note="vendor security questionnaire at contract")},
        )
    )

with tm.boundary("Pub company cloud", trust=tg.Trust.INTERNAL):
    # Receives the vendor's pushes of readings.
    ingestion = tm.add(
        tg.Endpoint(
            "Readings ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="shared API key issued to the vendor"),
                c.SchemaEnforcement(),
            },
        )
    )
    # Readings and the cleaning log, by pub and line.
    line_store = tm.add(
        tg.DataStore(
            "Line data store",
            stores={readings, cleaning_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs every morning: builds features, scores every line, writes the results.
    scoring_job = tm.add(tg.Service("Daily line scoring job"))
    # Predicts days until each line needs cleaning; the job also flags waste from its features.
    model = tm.add(
        tg.Model(
            "Line cleaning model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted model on flow, temperature and days since last clean.",
        )
    )
    # Monthly retraining on readings and the logged cleans.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Where trained models are kept and the scoring job loads them from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )
    # Due dates, waste flags and the manager accounts the dashboard and app read.
    results_store = tm.add(
        tg.DataStore(
            "Results database",
            stores={predictions, waste_flags, manager_accounts, sign_in},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web dashboard for area managers across their pubs.
    dashboard = tm.add(
        tg.Service(
            "Area manager dashboard",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Backend of the phone app: reminders out, cleaning logs in.
    app_api = tm.add(
        tg.Endpoint(
            "Pub manager app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # The till system's sales export.
    epos = tm.add(tg.DataSource("EPOS sales export", origin=tg.Origin.INTERNAL, provides={sales}))
    # Area managers look after a group of pubs each.
    area_manager = tm.add(tg.Actor("Area manager", role="area manager"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# Readings from the cellar to the pub company.
tm.flow(sensors, gateway, readings, protocol="ble")
tm.flow(gateway, vendor, readings, protocol="mqtts", controls={tls})
tm.flow(vendor, gateway, firmware, protocol="mqtts", label="remote firmware and config updates")
tm.flow(vendor, ingestion, readings, vendor_key, protocol="https", label="readings webhook")
tm.flow(ingestion, line_store, readings)

# Scoring.
tm.flow(epos, scoring_job, sales, protocol="sftp", label="nightly sales file")
tm.flow(line_store, scoring_job, readings, cleaning_log)
tm.flow(registry, scoring_job, model_file, label="load current model")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, predictions)
tm.flow(scoring_job, results_store, predictions, waste_flags)

# Retraining.
tm.flow(line_store, training, readings, cleaning_log)
tm.flow(training, registry, model_file)

# Area managers.
tm.flow(results_store, dashboard, predictions, waste_flags)
tm.flow(dashboard, area_manager, predictions, waste_flags, protocol="https", controls={tls})

# Pub managers.
tm.flow(pub_manager, app, sign_in, cleaning_log, label="signs in and logs cleans")
tm.flow(app, app_api, sign_in, cleaning_log, protocol="https", controls={tls})
tm.flow(app_api, results_store, sign_in, label="credential check")
tm.flow(results_store, app_api, predictions, manager_accounts)
tm.flow(app_api, line_store, cleaning_log)
tm.flow(
    app_api, app, reminders, predictions, protocol="https", controls={tls}, label="push reminders"
)
tm.flow(app, pub_manager, reminders, predictions)
