"""Laptop refurbisher data-wipe certificate model: the first design, before any security review.

We buy back and refurbish used laptops from corporate clients (IT asset disposition).
A client's asset manager uploads an asset manifest (asset tags, serial numbers) to our
customer portal before a collection. On the refurbishment floor a bench technician scans
each laptop's asset tag at a wipe station, which purges the drive and sends the wipe log
(drive serials, method, passes, sector-verification samples) to a log ingest service in
our cloud account. A certificate service matches each log to the manifest and asks an
in-house classifier whether the wipe is complete; passed wipes get a signed certificate
of data sanitisation automatically, flagged ones go to a QA supervisor who orders a
re-wipe or releases them. Clients download certificates from the portal. QA outcomes
become labels for a monthly retraining job. Controls in this design: portal sign-in,
per-station API keys, TLS from the floor, a secrets vault for the signing key, encrypted
certificate archive with audit logging, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Laptop refurbisher data-wipe certificates",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Verifies drive wipes with a classifier and issues signed sanitisation "
    "certificates to corporate clients.",
)

# ---------------------------------------------------------------- data assets
manifest = tg.Data(
    "Asset manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Asset tags, serial numbers, client site and the names of the staff "
    "the laptops were issued to.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
tag_scan = tg.Data("Asset tag scan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
wipe_log = tg.Data(
    "Wipe log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Drive model and serial, wipe standard, passes, errors and "
    "sector-verification samples.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
wipe_features = tg.Data(
    "Wipe log features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
wipe_verdict = tg.Data(
    "Wipe completeness score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
flagged = tg.Data("Flagged wipes", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
qa_decision = tg.Data(
    "QA re-wipe or release decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
qa_labels = tg.Data(
    "QA wipe outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
certificate = tg.Data(
    "Certificate of data sanitisation",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
signing_key = tg.Data(
    "Certificate signing key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
portal_login = tg.Data(
    "Portal sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
train_config = tg.Data(
    "Training job configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Wipe classifier artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The client's IT asset manager: uploads manifests, downloads certificates.
    asset_manager = tm.add(tg.Actor("Client asset manager", role="customer"))

with tm.boundary("Refurbishment floor network", trust=tg.Trust.INTERNAL):
    # Warehouse staff who unbox laptops and run the wipes.
    technician = tm.add(tg.Actor("Bench technician", role="technician"))
    # Reviews the wipes the classifier flags and decides re-wipe or release.
    qa_supervisor = tm.add(tg.Actor("QA supervisor", role="quality assurance"))
    # PXE-booted wipe benches that purge drives and upload the wipe log.
    wipe_station = tm.add(
        tg.Device(
            "Wipe station",
            fleet=True,
            description="Bench units booting a network wipe image; one per bay.",
        )
    )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Client-facing web portal: manifest upload and certificate download.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Receives wipe logs from the benches.
    ingest = tm.add(
        tg.Service(
            "Wipe log ingest service",
            controls={c.Authentication(method="per-station API key")},
        )
    )
    # Orchestrates matching, scoring, signing and QA routing.
    cert_service = tm.add(
        tg.Service(
            "Certificate service",
            description="Matches each wipe log to the manifest, scores it, signs a "
            "certificate for passed wipes and queues flagged ones for QA.",
            controls={
                c.HumanInTheLoop(
                    approver="QA supervisor",
                    note="only wipes the classifier flags are reviewed; passed wipes are "
                    "certified automatically",
                ),
                c.AuditLogging(),
            },
        )
    )
    # The classifier that judges whether a wipe log shows a complete purge.
    classifier = tm.add(
        tg.Model(
            "Wipe completeness classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over wipe log features; a certificate is "
            "issued when the score is above 0.95.",
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Manifests and chain-of-custody records per client collection.
        intake_db = tm.add(
            tg.DataStore(
                "Asset intake database",
                stores={manifest, portal_login},
                controls={c.RBAC()},
            )
        )
        # Raw wipe logs, kept as evidence behind each certificate.
        log_store = tm.add(tg.DataStore("Wipe log store", stores={wipe_log}))
        # Issued certificates, kept for the client's audit period.
        archive = tm.add(
            tg.DataStore(
                "Certificate archive",
                stores={certificate},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.AuditLogging()},
            )
        )
        # Holds the key the certificate service signs with.
        key_vault = tm.add(
            tg.DataStore(
                "Signing key vault",
                stores={signing_key},
                controls={c.SecretsManagement()},
            )
        )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Wipe logs joined with the QA outcomes, for retraining.
        training_set = tm.add(
            tg.Dataset("Wipe outcome training set", stores={wipe_features, qa_labels})
        )
        # Monthly retraining of the classifier.
        training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
        # Versions of the classifier that serving loads from.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and retrains the classifier.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Client side
tm.flow(asset_manager, portal, portal_login, manifest, protocol="https", label="upload manifest")
tm.flow(portal, intake_db, manifest)
tm.flow(intake_db, portal, portal_login, label="sign-in check")
tm.flow(archive, portal, certificate)
tm.flow(portal, asset_manager, certificate, protocol="https", label="download certificate")

# Refurbishment floor
tm.flow(technician, wipe_station, tag_scan, label="scans the asset tag at the bench")
tm.flow(wipe_station, ingest, tag_scan, wipe_log, protocol="https")
tm.flow(ingest, log_store, wipe_log)

# Certification
tm.flow(log_store, cert_service, wipe_log)
tm.flow(intake_db, cert_service, manifest)
tm.flow(cert_service, classifier, wipe_features)
tm.flow(classifier, cert_service, wipe_verdict)
tm.flow(key_vault, cert_service, signing_key)
tm.flow(cert_service, archive, certificate)
tm.flow(cert_service, qa_supervisor, flagged, protocol="https", label="QA queue")
tm.flow(qa_supervisor, cert_service, qa_decision, protocol="https")
tm.flow(cert_service, intake_db, qa_decision, label="chain-of-custody status")

# Retraining
tm.flow(cert_service, training_set, wipe_features, qa_labels, label="monthly export")
tm.flow(training_set, training, wipe_features, qa_labels)
tm.flow(ml_engineer, training, train_config, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy")
