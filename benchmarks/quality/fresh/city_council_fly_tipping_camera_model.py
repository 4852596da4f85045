"""Fly-tipping camera detection: the first design, before any security review.

The council mounts 4G cameras on lamp posts at known dumping hotspots. Each camera
uploads motion-triggered clips to an ingestion service in the council's cloud
tenancy, which stores them and runs a detection model (an open-weights object
detector fine-tuned in house) that flags fly-tipping and reads vehicle number plates.
For each flagged event an evidence-pack builder pulls stills from the footage, asks
the DVLA for the registered keeper of the plate, and files a pack that environmental
enforcement officers review in a web portal before issuing a fixed-penalty notice in
the enforcement case system. Officers' accept and reject decisions are kept as labels
for the next fine-tuning run. Controls in this design: per-camera API keys and TLS for
uploads, encrypted footage kept 31 days, officer review of every pack before a notice,
single sign-on with MFA and role-based access on the portal, and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fly-tipping camera detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Hotspot cameras and a detection model that prepare fixed-penalty evidence packs "
        "for the council's enforcement officers."
    ),
)

# ---------------------------------------------------------------- data assets
scene = tg.Data(
    "Hotspot scene",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="People, vehicles and number plates in the camera's view.",
)
clips = tg.Data(
    "Motion-triggered clips",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
frames = tg.Data("Decoded clip frames", sensitivity=tg.Sensitivity.PII, kind="media")
detections = tg.Data(
    "Fly-tipping detections and plate reads",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Event type, confidence, time, camera and the plate text read.",
)
keeper_query = tg.Data("Keeper enquiry", sensitivity=tg.Sensitivity.PII, kind="records")
keeper = tg.Data(
    "Registered keeper details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name and address of the vehicle's registered keeper from the DVLA.",
)
evidence_pack = tg.Data(
    "Evidence pack",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Stills, clip reference, detection, plate read and keeper details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_decision = tg.Data("Officer review decision", sensitivity=tg.Sensitivity.PII, kind="records")
penalty_notice = tg.Data(
    "Fixed-penalty notice",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_labels = tg.Data(
    "Reviewed event labels",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    description="Officer accept or reject on each flagged event, with its frames.",
)
training_clips = tg.Data("Training clips", sensitivity=tg.Sensitivity.PII, kind="training-data")
base_weights = tg.Data(
    "Base detector weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="Pretrained object-detection checkpoint (.pt) from a public model hub.",
)
tuned_model = tg.Data("Fine-tuned detector", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Public space", trust=tg.Trust.UNTRUSTED):
    # Whoever is at the hotspot: people dumping waste, passers-by, residents, vehicles.
    person = tm.add(tg.Actor("Person at hotspot", role="member of the public"))
    # Public hub the base detector checkpoint is downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Hotspot camera sites", trust=tg.Trust.UNTRUSTED):
    # Council-owned cameras on street furniture, reachable by anyone on the street.
    cameras = tm.add(
        tg.Device(
            "Hotspot cameras",
            fleet=True,
            description="4G cameras that record a clip when motion is detected.",
        )
    )

with tm.boundary("DVLA", trust=tg.Trust.PARTNER):
    # Keeper-at-date-of-event lookups under the council's DVLA data-sharing agreement.
    dvla = tm.add(
        tg.ExternalService(
            "DVLA keeper lookup",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives clips from the cameras, stores them and runs detection.
    ingestion = tm.add(
        tg.Service(
            "Clip ingestion service",
            internet_facing=True,
            controls={c.Authentication(method="per-camera API key")},
        )
    )
    # Raw footage from every camera.
    footage_store = tm.add(
        tg.DataStore(
            "Footage store",
            stores={clips},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=31),
                c.RBAC(),
            },
        )
    )
    # Flags fly-tipping events and reads the plates of vehicles involved.
    detector = tm.add(
        tg.Model(
            "Fly-tipping and plate detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.HumanInTheLoop(approver="environmental enforcement officer"),
                c.ModelVersioning(),
            },
        )
    )
    # Assembles stills, detection and keeper details into an evidence pack.
    pack_builder = tm.add(tg.Service("Evidence pack builder"))
    # Packs waiting for review and kept as evidence once a notice is issued.
    pack_store = tm.add(tg.DataStore("Evidence pack store", stores={evidence_pack}))
    # Web portal where officers review packs.
    portal = tm.add(
        tg.Endpoint(
            "Enforcement review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council Entra ID single sign-on with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Selected clips and officer labels for fine-tuning.
        training_set = tm.add(
            tg.Dataset("Labelled hotspot training set", stores={training_clips, review_labels})
        )
        # Fine-tunes the base detector on our hotspot footage.
        training = tm.add(
            tg.Pipeline(
                "Detector fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )
        # Holds each fine-tuned detector version for deployment.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={tuned_model}, controls={c.ModelVersioning()})
        )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Reviews each pack and decides whether to issue a fixed-penalty notice.
    officer = tm.add(tg.Actor("Enforcement officer", role="environmental enforcement officer"))
    # The council's existing case system where notices are issued and tracked.
    case_system = tm.add(tg.DataStore("Enforcement case system", stores={penalty_notice}))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(person, cameras, scene, label="in view of the camera")
tm.flow(cameras, ingestion, clips, protocol="https", controls={tls}, label="upload over 4G")
tm.flow(ingestion, footage_store, clips)
tm.flow(ingestion, detector, frames)
tm.flow(detector, pack_builder, detections)
tm.flow(footage_store, pack_builder, clips, label="stills for the pack")

tm.flow(pack_builder, dvla, keeper_query, protocol="https", controls={tls})
tm.flow(dvla, pack_builder, keeper, protocol="https", controls={tls})
tm.flow(pack_builder, pack_store, evidence_pack)

tm.flow(pack_store, portal, evidence_pack)
tm.flow(portal, officer, evidence_pack, protocol="https", controls={tls})
tm.flow(officer, portal, review_decision, protocol="https", controls={tls})
tm.flow(portal, pack_store, review_decision, label="pack status")
tm.flow(officer, case_system, penalty_notice, label="issues notice")

tm.flow(portal, training_set, review_labels)
tm.flow(footage_store, training_set, training_clips, label="selected events")
tm.flow(model_hub, training, base_weights, protocol="https")
tm.flow(training_set, training, training_clips, review_labels)
tm.flow(training, registry, tuned_model)
tm.flow(registry, detector, tuned_model, label="deploy")
