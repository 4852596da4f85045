"""Port container X-ray anomaly triage: the first design, before any security review.

The national customs service runs drive-through X-ray portals at the container
terminal of its main port. Each scan is pushed from the portal to an ingest
service in the customs data centre and archived. Carriers file the electronic
cargo manifest through the customs manifest API before the ship arrives. A
triage service pairs every scan with its manifest and asks an anomaly model
whether the image shows goods the manifest does not declare; flagged containers
go to a triage console where customs officers decide which ones to open.
Officers record the outcome of each physical inspection, and these results,
with the archived images, feed a periodic retraining job in an ML enclave whose
models are versioned in a registry. The scanner vendor maintains the portals
remotely over a site-to-site VPN (diagnostics and firmware updates). Controls
in this design: carrier client certificates and schema checks on manifests,
smartcard sign-in and roles on the console, encrypted archive, model evaluation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Port container X-ray anomaly triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags containers whose X-ray image does not match the declared manifest.",
)

# ---------------------------------------------------------------- data assets
xray_image = tg.Data(
    "Container X-ray image",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
manifest = tg.Data(
    "Electronic cargo manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Consignor, consignee, goods descriptions, HS codes, weights per container.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
manifest_ack = tg.Data(
    "Manifest acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
anomaly_flag = tg.Data(
    "Anomaly flag and heatmap",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Score and image regions that look undeclared.",
)
triage_case = tg.Data(
    "Triage case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Image, manifest and anomaly flag shown together to the officer.",
)
inspection_result = tg.Data(
    "Inspection decision and result",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Whether the container was opened and what was found.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled scan set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
model_artifact = tg.Data(
    "Anomaly model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
firmware = tg.Data(
    "Portal firmware and maintenance commands", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
diagnostics = tg.Data("Portal diagnostics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shipping lines and their agents file manifests from their own systems.
    carrier = tm.add(tg.Actor("Carrier manifest system", role="carrier", human=False))

with tm.boundary("Scanner vendor", trust=tg.Trust.PARTNER):
    # The vendor's support centre keeps the portals calibrated and patched.
    vendor_support = tm.add(
        tg.ExternalService(
            "Vendor remote maintenance",
            description="Vendor engineers connect over a standing site-to-site VPN.",
        )
    )

with tm.boundary("Port scanning site", trust=tg.Trust.INTERNAL):
    # The drive-through portals at the terminal gates; they produce the images.
    portal = tm.add(
        tg.Device(
            "X-ray scanning portal",
            description="Vendor-built portal with its own embedded control PC.",
        )
    )

with tm.boundary("Customs data centre", trust=tg.Trust.INTERNAL):
    # Receives scans from the portals and files them by container number.
    ingest = tm.add(tg.Service("Scan ingest service"))
    # Long-term store of every scan, also the source of training images.
    image_archive = tm.add(
        tg.DataStore(
            "Scan image archive",
            stores={xray_image},
            controls={c.EncryptionAtRest(key_management="data centre HSM")},
        )
    )
    # Where carriers file manifests before arrival.
    manifest_api = tm.add(
        tg.Endpoint(
            "Manifest filing API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="carrier client certificates"),
                c.SchemaEnforcement(),
            },
        )
    )
    # The customs declaration database holding the filed manifests.
    manifest_db = tm.add(tg.DataStore("Manifest database", stores={manifest}))
    # Pairs each scan with its manifest, asks the model, queues flagged containers.
    triage = tm.add(tg.Service("Triage service"))
    # Compares the image with the declared goods and scores the mismatch.
    anomaly_model = tm.add(
        tg.Model(
            "Undeclared goods anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="CNN over the X-ray image conditioned on declared HS codes.",
        )
    )
    # The officers' work queue of flagged containers.
    console = tm.add(
        tg.Endpoint(
            "Officer triage console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customs smartcard with PIN"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Outcomes of physical inspections, the ground truth for retraining.
    inspection_store = tm.add(tg.DataStore("Inspection results store", stores={inspection_result}))

    with tm.boundary("ML enclave", trust=tg.Trust.RESTRICTED):
        # Archived scans joined with inspection outcomes.
        dataset = tm.add(tg.Dataset("Labelled scan dataset", stores={training_set}))
        # Quarterly retraining on the newest inspection outcomes.
        retraining = tm.add(
            tg.Pipeline(
                "Model retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation()},
            )
        )
        # Versions of the model; the triage service loads the current one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Customs office network", trust=tg.Trust.INTERNAL):
    # Decides which flagged containers to open and records what was found.
    officer = tm.add(tg.Actor("Customs officer", role="officer"))

# ---------------------------------------------------------------- flows
tm.flow(portal, ingest, xray_image, protocol="sftp")
tm.flow(ingest, image_archive, xray_image)

tm.flow(carrier, manifest_api, manifest, protocol="https")
tm.flow(manifest_api, carrier, manifest_ack, protocol="https")
tm.flow(manifest_api, manifest_db, manifest)

tm.flow(image_archive, triage, xray_image)
tm.flow(manifest_db, triage, manifest)
tm.flow(triage, anomaly_model, xray_image, manifest)
tm.flow(anomaly_model, triage, anomaly_flag)
tm.flow(triage, console, triage_case, anomaly_flag, label="flagged containers")

tm.flow(console, officer, triage_case, protocol="https")
tm.flow(officer, console, inspection_result, protocol="https", label="open or release, findings")
tm.flow(console, inspection_store, inspection_result)

tm.flow(inspection_store, dataset, inspection_result)
tm.flow(image_archive, dataset, xray_image)
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, anomaly_model, model_artifact, label="load current version")

tm.flow(vendor_support, portal, firmware, protocol="ipsec", label="remote maintenance")
tm.flow(portal, vendor_support, diagnostics, protocol="ipsec")
