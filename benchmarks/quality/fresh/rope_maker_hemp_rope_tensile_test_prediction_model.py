"""Hemp rope tensile test prediction: the first design, before any security review.

A traditional rope works lays natural-fibre (hemp) rope on its rope walk. For each
batch, moisture probes in the fibre store and twist sensors on the laying machine
send readings to a batch collector on the works' small on-site server; technicians
break a few samples of each batch on the tensile test rig, whose results are
exported as CSV files. A regression model, retrained monthly from past batches and
their breaks, predicts the breaking strength of the whole batch. A certificate
service drafts a test certificate (minimum breaking load) for each order, which the
quality manager checks and signs before it is published to a customer portal run at
a web host, where sailing clubs, yacht owners and riggers sign in to download it.
Controls in this design: portal sign-in with e-mail and password over HTTPS, the
quality manager's sign-off on every certificate, a hold-out check before a retrained
model replaces the old one, and nightly backups of the batch database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hemp rope tensile test prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Predicts each rope batch's breaking strength from fibre moisture, twist and "
        "sample breaks, and issues test certificates to sailing and rigging customers."
    ),
)

# ---------------------------------------------------------------- data assets
moisture = tg.Data("Fibre moisture readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
twist = tg.Data("Twist sensor readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
breaks = tg.Data(
    "Sample break test results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="CSV export of peak load and elongation for each sample pulled to break.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
batch_records = tg.Data(
    "Batch records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per batch: fibre lot, moisture, twist profile, sample breaks, order numbers.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
batch_features = tg.Data("Batch features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
training_data = tg.Data(
    "Historical batches and breaks", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Breaking strength model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient-boosted regressor saved with joblib.",
)
prediction = tg.Data(
    "Predicted breaking strength",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draft_cert = tg.Data(
    "Draft test certificate", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
signoff = tg.Data("Certificate sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
certificate = tg.Data(
    "Signed test certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PDF stating batch, rope size, minimum breaking load, customer and order.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
customer_account = tg.Data(
    "Customer account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, club or boat name, order history of individual sailors and riggers.",
)
cert_request = tg.Data(
    "Certificate download request", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Sailing clubs, yacht owners and professional riggers who buy the rope.
    customer = tm.add(tg.Actor("Sailing and rigging customer", role="customer"))

with tm.boundary("Web host", trust=tg.Trust.PARTNER):
    # Where customers fetch their certificates; run on a shared hosting plan.
    portal = tm.add(
        tg.Endpoint(
            "Customer certificate portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Small web app: customers sign in and download certificates for their orders.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Holds the published certificates and customer accounts for the portal.
    portal_db = tm.add(tg.DataStore("Portal database", stores={certificate, customer_account}))

with tm.boundary("Rope works network", trust=tg.Trust.INTERNAL):
    # People at the works.
    technician = tm.add(tg.Actor("Test technician", role="test technician"))
    quality_manager = tm.add(tg.Actor("Quality manager", role="quality manager", privileged=True))

    with tm.boundary("Rope walk shop floor", trust=tg.Trust.INTERNAL):
        # Moisture probes in the fibre store and twist sensors on the laying machine.
        sensors = tm.add(
            tg.Device(
                "Fibre moisture and twist sensors",
                description="Moisture probes in fibre bales and twist counters on the laying machine.",
            )
        )
        # The bench machine that pulls samples of each batch to break.
        test_rig = tm.add(
            tg.Device(
                "Tensile test rig",
                fleet=False,
                description="Hydraulic test bed; its PC exports each test as a CSV file.",
            )
        )

    with tm.boundary("Works server", trust=tg.Trust.INTERNAL):
        # Gathers sensor readings and test-rig CSVs and files them by batch.
        collector = tm.add(
            tg.Service(
                "Batch data collector",
                description="Polls sensors, picks up CSV exports from the test PC share, tags by batch.",
            )
        )
        # Single source of truth for batch history.
        batch_db = tm.add(
            tg.DataStore(
                "Batch database",
                stores={batch_records},
                controls={
                    c.DataVersioning(note="nightly backup to a USB drive kept in the office safe")
                },
            )
        )
        # Monthly retraining on all batches that have sample breaks.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                description="Python script on the server; pip-installs its requirements each run.",
                controls={
                    c.ModelValidation(
                        note="must beat the current model on the last quarter's breaks"
                    )
                },
            )
        )
        # A folder of dated model files that the predictor loads the newest of.
        model_store = tm.add(tg.ModelRegistry("Model file folder", stores={weights}))
        # The model itself: predicts batch breaking strength.
        model = tm.add(
            tg.Model(
                "Breaking strength model",
                task=tg.Task.REGRESSOR,
                high_stakes=True,
                description="Breaking strength of a rope batch for mooring and rigging use.",
            )
        )
        # Drafts certificates from predictions and batch records.
        cert_service = tm.add(
            tg.Service(
                "Certificate service",
                description="Fills the certificate template and uploads signed PDFs to the portal.",
                controls={c.HumanInTheLoop(approver="the quality manager signs every certificate")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(sensors, collector, moisture, twist, protocol="modbus-tcp", label="readings per batch")
tm.flow(test_rig, collector, breaks, protocol="smb", label="CSV export")
tm.flow(technician, collector, batch_records, label="batch and sample labels")
tm.flow(collector, batch_db, batch_records, protocol="postgresql")

tm.flow(batch_db, training, training_data, protocol="postgresql")
tm.flow(training, model_store, weights, label="dated joblib file")
tm.flow(model_store, model, weights, label="load newest file")
tm.flow(batch_db, model, batch_features, protocol="postgresql")
tm.flow(model, batch_db, prediction, protocol="postgresql", label="predicted strength per batch")

tm.flow(batch_db, cert_service, batch_records, prediction, protocol="postgresql")
tm.flow(cert_service, quality_manager, draft_cert, label="review queue")
tm.flow(quality_manager, cert_service, signoff, label="signs or rejects")
tm.flow(
    cert_service,
    portal,
    certificate,
    protocol="sftp",
    label="upload signed PDF",
)
tm.flow(portal, portal_db, certificate, customer_account)
tm.flow(portal_db, portal, certificate, customer_account)

tm.flow(
    customer,
    portal,
    cert_request,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    portal,
    customer,
    certificate,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
