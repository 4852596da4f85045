"""Damp and mould sensor triage for a social housing association: first design.

Battery humidity and temperature sensors in 5,000 rented homes send readings over
LoRaWAN to a network server the sensor vendor runs, which pushes each uplink by
webhook to an ingestion API in the association's cloud. A nightly triage job scores
every home with an in-house mould risk model and, above the threshold, opens an
inspection job in the repairs system and has an SMS provider text the tenant that
an inspection is booked. Tenants can also report damp through an online form with
photos. Surveyors record inspection results in the repairs system; a weekly export
of them with the readings is the label set for monthly retraining via a registry.
Controls: LoRaWAN payload encryption, a bearer token on the vendor webhook, form
sign-in by tenancy reference and postcode with upload checks, encryption at rest,
staff SSO and roles in the repairs system, and a backtest before registration.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Social housing damp and mould sensor triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicts mould risk per home from sensor readings and books inspections.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Humidity and temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-sensor time series; tied to a home, so it shows occupancy and habits.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
features = tg.Data("Home risk features", kind="features", sensitivity=tg.Sensitivity.PII)
risk_score = tg.Data("Mould risk score", kind="model-output", sensitivity=tg.Sensitivity.PII)
repair_job = tg.Data(
    "Inspection job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, tenant name and mobile number, reason and appointment slot.",
)
booking = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
sms = tg.Data("Inspection booked text", kind="records", sensitivity=tg.Sensitivity.PII)
damp_report = tg.Data("Tenant damp report", kind="records", sensitivity=tg.Sensitivity.PII)
photos = tg.Data("Damp photos", kind="media", sensitivity=tg.Sensitivity.PII)
inspection = tg.Data(
    "Surveyor inspection results",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Mould found or not, severity and cause, per home and visit.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data("Mould training set", kind="training-data", sensitivity=tg.Sensitivity.PII)
weights = tg.Data(
    "Mould risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Tenant homes", trust=tg.Trust.UNTRUSTED):
    # The sensors sit on walls inside homes the association does not control.
    sensor = tm.add(
        tg.Device(
            "Humidity sensor",
            fleet=True,
            description="Battery LoRaWAN sensor, one or two per home, reporting every 15 minutes.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants receive the texts and use the online damp form.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))

with tm.boundary("Sensor vendor", trust=tg.Trust.PARTNER):
    # The vendor runs the LoRaWAN network server and manages device keys.
    network_server = tm.add(
        tg.Service(
            "LoRaWAN network server",
            description="Vendor-managed; decodes uplinks and forwards them by webhook.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the inspection texts to tenants' mobiles.
    sms_provider = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Association cloud", trust=tg.Trust.INTERNAL):
    # Receives the vendor's webhook and writes readings to the store.
    ingestion = tm.add(
        tg.Endpoint(
            "Readings ingestion API",
            purpose="api",
            controls={c.SchemaEnforcement(note="payload must match the decoder schema")},
        )
    )
    # Time series of every sensor, keyed by home.
    readings_store = tm.add(
        tg.DataStore(
            "Readings store",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly job that scores homes and opens jobs and texts for high-risk ones.
    triage = tm.add(
        tg.Service(
            "Nightly triage job",
            description="Builds features, calls the model, opens jobs above the risk threshold.",
        )
    )
    # Predicts mould risk per home from two weeks of readings.
    model = tm.add(
        tg.Model(
            "Mould risk model",
            task="classifier",
            origin="in-house",
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees on humidity and temperature features.",
        )
    )
    # Public web form where tenants report damp with photos.
    form = tm.add(
        tg.Endpoint(
            "Damp report form",
            purpose="api",
            controls={
                c.Authentication(method="tenancy reference and postcode"),
                c.InputValidation(note="images only, 10 MB per photo"),
            },
        )
    )
    # Holds the photos tenants upload, linked from the repair job.
    photo_store = tm.add(
        tg.DataStore(
            "Report photo store",
            stores={photos, damp_report},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Weekly snapshot of readings joined with surveyor outcomes.
        dataset = tm.add(tg.Dataset("Mould training set", stores={training_set, inspection}))
        # Retrains the model and backtests it before registering it.
        retraining = tm.add(
            tg.Pipeline(
                "Monthly retraining",
                stage="training",
                third_party_packages=True,
                controls={c.ModelValidation(note="backtest against last quarter's inspections")},
            )
        )
        # Versioned model artifacts that the triage job loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Existing repairs and maintenance system: jobs, appointments, tenant contacts.
    repairs = tm.add(
        tg.Service(
            "Repairs system",
            controls={c.RBAC(), c.Authentication(method="staff SSO with MFA")},
        )
    )
    # Surveyors visit homes and record what they find on the repairs app.
    surveyor = tm.add(tg.Actor("Surveyor", role="surveyor"))

# ---------------------------------------------------------------- flows
tm.flow(
    sensor,
    network_server,
    readings,
    protocol="lorawan",
    controls={c.EncryptionInTransit(protocol="LoRaWAN AES-128 session keys")},
)
tm.flow(
    network_server,
    ingestion,
    readings,
    protocol="https",
    label="uplink webhook",
    controls={c.Authentication(method="static bearer token set in the vendor console")},
)
tm.flow(ingestion, readings_store, readings)

tm.flow(readings_store, triage, readings)
tm.flow(triage, model, features)
tm.flow(model, triage, risk_score)
tm.flow(triage, repairs, repair_job, protocol="https", label="opens inspection job")
tm.flow(repairs, triage, booking, protocol="https", label="appointment and tenant mobile")
tm.flow(triage, sms_provider, sms, protocol="https")
tm.flow(sms_provider, tenant, sms, protocol="sms")

tm.flow(tenant, form, damp_report, photos, protocol="https")
tm.flow(form, tenant, booking, protocol="https", label="report reference")
tm.flow(form, photo_store, photos, damp_report)
tm.flow(form, repairs, damp_report, protocol="https", label="creates damp job")
tm.flow(photo_store, repairs, photos, protocol="https", label="photo links on the job")

tm.flow(repairs, surveyor, repair_job, photos, protocol="https", label="job on the surveyor app")
tm.flow(surveyor, repairs, inspection, protocol="https", label="inspection results")

tm.flow(repairs, dataset, inspection, protocol="https", label="weekly export")
tm.flow(readings_store, dataset, readings, label="weekly snapshot")
tm.flow(dataset, retraining, training_set, inspection)
tm.flow(retraining, registry, weights)
tm.flow(registry, model, weights, label="loaded by the triage job")
