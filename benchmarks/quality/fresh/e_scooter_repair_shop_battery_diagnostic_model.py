"""E-scooter repair shop battery diagnostic model: the first design.

A small chain of three e-scooter repair shops wants a battery health check at
the bench. A technician plugs the scooter's battery into a USB CAN adapter on a
workshop tablet; the diagnostic app reads the battery management system (BMS)
log (cell voltages, temperature history, cycle count, fault codes) and sends it,
with the job details, to a diagnostic API in the shops' cloud account. An
in-house gradient-boosted model estimates state of health and classifies the
pack as safe to repair, replace, or quarantine as a fire risk. The result goes
back to the tablet, is kept with the job, and a repair quote is e-mailed to the
customer through a transactional e-mail provider. After teardown technicians
record what they found, which labels the readings for monthly retraining run by
a freelance data scientist; the model file is kept in a versioned bucket.
Controls: TLS on every internet hop, a per-tablet API key on the API, schema
checks on uploaded logs, and the cloud database's default encryption at rest.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "E-scooter repair shop battery diagnostics",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Bench battery health and fire-risk classification for scooter repair jobs.",
)

# ---------------------------------------------------------------- data assets
bms_log = tg.Data(
    "BMS log readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cell voltages, temperature history, cycle count and fault codes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
job_details = tg.Data(
    "Repair job details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, phone, e-mail, scooter make and serial, reported symptoms.",
)
battery_features = tg.Data("Battery features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
health_result = tg.Data(
    "Battery health result",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="State-of-health estimate and safe / replace / quarantine class.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
job_record = tg.Data(
    "Job record with diagnosis",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
teardown_findings = tg.Data(
    "Teardown findings",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the technician found on opening the pack: swelling, corrosion, failed cells.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled battery readings", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
training_config = tg.Data(
    "Retraining configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data("Battery model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
quote_email = tg.Data("Repair quote e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The scooter owner; only ever receives the quote by e-mail.
    customer = tm.add(tg.Actor("Scooter owner", role="customer"))
    # Freelancer who retrains the model each month from their own laptop.
    data_scientist = tm.add(
        tg.Actor("Freelance data scientist", role="contractor", privileged=True)
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail SaaS that delivers quotes to customers.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Shop workshop", trust=tg.Trust.INTERNAL):
    # Bench technician who runs the check and records the teardown.
    technician = tm.add(tg.Actor("Technician", role="repair technician"))
    # USB CAN adapter that talks to the pack's BMS; one per bench.
    adapter = tm.add(
        tg.Device(
            "BMS reader adapter", description="USB CAN adapter wired to the battery's BMS port."
        )
    )
    # Android tablet running the diagnostic app; on the shop Wi-Fi.
    tablet = tm.add(
        tg.Device(
            "Workshop tablet",
            description="Android tablet with the diagnostic app; technicians pick their name from a list.",
        )
    )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Single API the tablets call for diagnosis, job storage and quotes.
    api = tm.add(
        tg.Endpoint(
            "Diagnostic API",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="per-tablet API key"),
                tg.controls.InputValidation(note="JSON schema check of the uploaded BMS log"),
            },
        )
    )
    # The model that decides whether a pack is safe to work on or a fire risk.
    model = tm.add(
        tg.Model(
            "Battery health model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees loaded from a joblib file at API start-up.",
        )
    )
    # Jobs, customers and diagnoses for all three shops.
    job_db = tm.add(
        tg.DataStore(
            "Job database",
            stores={job_record},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Readings joined with teardown findings, the model's training data.
        dataset = tm.add(tg.Dataset("Battery training set", stores={training_set}))
        # Monthly notebook-driven retraining job.
        retraining = tm.add(
            tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Object-storage bucket with versioning turned on, holding model files.
        registry = tm.add(
            tg.ModelRegistry(
                "Model bucket",
                stores={model_file},
                controls={tg.controls.ModelVersioning(note="bucket object versioning")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(adapter, tablet, bms_log, protocol="usb")
tm.flow(technician, tablet, job_details, label="opens job")
tm.flow(
    tablet,
    api,
    bms_log,
    job_details,
    protocol="https",
    controls={tg.controls.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(api, model, battery_features)
tm.flow(model, api, health_result)
tm.flow(api, job_db, job_record)
tm.flow(job_db, api, job_record, label="previous visits")
tm.flow(
    api,
    tablet,
    health_result,
    protocol="https",
    controls={tg.controls.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(tablet, technician, health_result, label="shown on screen")

tm.flow(technician, tablet, teardown_findings, label="after opening the pack")
tm.flow(
    tablet,
    api,
    teardown_findings,
    protocol="https",
    controls={tg.controls.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(api, dataset, bms_log, teardown_findings)
tm.flow(dataset, retraining, training_set)
tm.flow(data_scientist, retraining, training_config, protocol="https", label="starts monthly run")
tm.flow(retraining, registry, model_file)
tm.flow(registry, model, model_file, label="loaded at start-up")

tm.flow(
    api,
    email,
    quote_email,
    protocol="https",
    controls={tg.controls.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(email, customer, quote_email, protocol="smtp")
