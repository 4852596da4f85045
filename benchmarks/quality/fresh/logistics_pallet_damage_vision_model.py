"""Pallet damage vision at inbound docks: the first design, before any security review.

Fixed cameras over each inbound dock door photograph every pallet as it is unloaded.
An edge gateway on the warehouse network pulls the camera streams, reads the pallet
SSCC barcode, matches it to the advance shipping notice in the warehouse management
system and uploads the photo set to our cloud. A damage assessment service runs an
in-house detection model on the photos and opens a damage case for each pallet it
flags. The dock supervisor confirms or rejects each case on the claims workbench
before anything leaves the building; claims handlers then send confirmed cases as
claim packs (photos, damage report, claimed value) to carriers through an
internet-facing carrier claims portal, where carriers accept or contest them.
Confirmed and rejected cases are labelled and feed monthly retraining. Controls in
this design: TLS from the gateway and on the portal, staff SSO with MFA and roles on
the workbench, carrier accounts with passwords on the portal, encrypted photo storage,
a supervisor's confirmation of every claim, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pallet damage vision",
    profile=tg.RiskProfile.LOW,
    description="Dock cameras photograph inbound pallets; a model flags damage and "
    "confirmed damage becomes a claim against the carrier.",
)

# ---------------------------------------------------------------- data assets
pallet_photos = tg.Data(
    "Inbound pallet photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Four views of each pallet at the dock door; evidence for claims.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
dock_capture = tg.Data(
    "Dock capture record",
    kind="records",
    description="Dock door, time, SSCC barcode and the matched shipment.",
)
asn = tg.Data(
    "Advance shipping notice",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Expected pallets, shipper, carrier, purchase order and goods value.",
)
receipt_exception = tg.Data("Receipt exception", kind="records")
damage_result = tg.Data(
    "Damage detection result",
    kind="model-output",
    description="Damage type, location boxes and confidence per photo.",
)
damage_case = tg.Data(
    "Damage case",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
confirmation = tg.Data("Supervisor damage confirmation", kind="records")
claim_pack = tg.Data(
    "Carrier claim pack",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Photos, damage report and claimed value for one shipment.",
)
carrier_response = tg.Data(
    "Carrier claim response", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
damage_labels = tg.Data(
    "Labelled damage images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_weights = tg.Data(
    "Damage model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The haulier that delivered the pallet and is liable for transit damage.
    carrier = tm.add(tg.Actor("Carrier claims agent", role="carrier"))

with tm.boundary("Warehouse site network", trust=tg.Trust.INTERNAL):
    # PoE cameras over each dock door, one group per door.
    cameras = tm.add(tg.Device("Dock door cameras"))
    # On-site box: pulls streams, reads barcodes, matches ASNs, uploads photo sets.
    gateway = tm.add(
        tg.Service(
            "Dock edge gateway",
            description="Buffers photo sets locally when the uplink is down.",
        )
    )
    # Existing WMS: expected shipments in, receipt exceptions back.
    wms = tm.add(tg.Service("Warehouse management system"))
    # Confirms or rejects each flagged pallet before a claim can be raised.
    supervisor = tm.add(tg.Actor("Dock supervisor", role="warehouse staff"))

with tm.boundary("Claims cloud", trust=tg.Trust.INTERNAL):
    # Receives photo sets from each site's gateway.
    ingest_api = tm.add(
        tg.Endpoint(
            "Photo ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-site API key")},
        )
    )
    # Evidence store for every inbound pallet photo.
    photo_store = tm.add(
        tg.DataStore(
            "Pallet photo store",
            stores={pallet_photos, dock_capture},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the model on each new photo set and opens damage cases.
    assessment = tm.add(tg.Service("Damage assessment service"))
    # In-house detector for crushed, torn, wet or leaning pallets.
    model = tm.add(
        tg.Model(
            "Pallet damage detection model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Object detector fine-tuned on our own dock photos; its "
            "flags start claims worth money against carriers.",
        )
    )
    # Damage cases, supervisor confirmations and carrier responses.
    case_store = tm.add(
        tg.DataStore("Damage case store", stores={damage_case, confirmation, carrier_response})
    )
    # Staff web app for supervisors and claims handlers.
    workbench = tm.add(
        tg.Service(
            "Claims workbench",
            controls={
                c.Authentication(method="Okta SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="dock supervisor",
                    note="every damage case is confirmed before a claim is raised",
                ),
            },
        )
    )
    # Where carriers receive claim packs and accept or contest them.
    carrier_portal = tm.add(
        tg.Endpoint(
            "Carrier claims portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-carrier e-mail and password")},
        )
    )
    # Confirmed and rejected cases with their photos, for retraining.
    dataset = tm.add(tg.Dataset("Damage training set", stores={damage_labels}))
    # Monthly retraining and ONNX export.
    training = tm.add(tg.Pipeline("Monthly retraining pipeline", stage=tg.Stage.TRAINING))
    # Model versions the assessment service loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Sends confirmed claims to carriers and handles their responses.
    claims_handler = tm.add(tg.Actor("Claims handler", role="claims staff"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, gateway, pallet_photos, protocol="rtsp")
tm.flow(wms, gateway, asn, label="expected shipments")
tm.flow(gateway, wms, receipt_exception)
tm.flow(gateway, ingest_api, pallet_photos, dock_capture, protocol="https")
tm.flow(ingest_api, photo_store, pallet_photos, dock_capture)

tm.flow(photo_store, assessment, pallet_photos, dock_capture, label="new photo sets")
tm.flow(assessment, model, pallet_photos)
tm.flow(model, assessment, damage_result)
tm.flow(assessment, case_store, damage_case)

tm.flow(case_store, workbench, damage_case, carrier_response)
tm.flow(photo_store, workbench, pallet_photos)
tm.flow(workbench, case_store, confirmation, damage_case)
tm.flow(workbench, supervisor, damage_case, pallet_photos, protocol="https")
tm.flow(supervisor, workbench, confirmation, protocol="https")
tm.flow(workbench, claims_handler, damage_case, carrier_response, protocol="https")
tm.flow(claims_handler, workbench, claim_pack, protocol="https", label="raises claim")

tm.flow(workbench, carrier_portal, claim_pack)
tm.flow(carrier_portal, carrier, claim_pack, protocol="https")
tm.flow(carrier, carrier_portal, carrier_response, protocol="https")
tm.flow(carrier_portal, case_store, carrier_response)

tm.flow(case_store, dataset, damage_case, label="closed cases")
tm.flow(photo_store, dataset, pallet_photos)
tm.flow(dataset, training, damage_labels)
tm.flow(training, registry, model_weights)
tm.flow(registry, model, model_weights, label="deploy")
