"""Airport immigration e-gates: the first design, before any security review.

Travellers arriving at an EU airport can use automated border e-gates instead of a
staffed desk. At the lane, the traveller places their passport on the reader, which
reads the chip (biographic data and the enrolled photo), and looks at the camera.
The lane unit sends both to the border agency's data centre, where an orchestration
service checks the chip's signature against the ICAO master list, asks a vendor
presentation-attack model whether the capture is a live face, and asks a vendor face
verification model whether the live face matches the chip photo. It also queries the
national border watchlist. A match with no hit opens the exit gate; a no-match, a
failed liveness check or a watchlist hit keeps the gate shut and refers the traveller
to a border officer at the supervision desk, who can clear them or take them aside.
Every crossing is recorded. The vendor ships new model versions, which the agency
acceptance-tests before they are deployed. If the matching service is down, the gates
stay shut and travellers queue for the staffed desks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport immigration e-gate face model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Automated border e-gates matching live faces to passport chip photos.",
)

# ---------------------------------------------------------------- data assets
live_face = tg.Data(
    "Live face image",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="Camera capture of the traveller at the lane; biometric data.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
chip_photo = tg.Data(
    "Passport chip photo",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="Facial image from data group 2 of the passport chip.",
)
passport_data = tg.Data(
    "Passport biographic data",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="MRZ and data group 1: name, date of birth, nationality, document number.",
)
lane_prompt = tg.Data("Lane instructions", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
csca_certs = tg.Data(
    "CSCA master list",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Country signing certificates used to verify passport chip signatures.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
liveness_score = tg.Data("Liveness score", sensitivity=tg.Sensitivity.PII, kind="model-output")
match_score = tg.Data("Face match score", sensitivity=tg.Sensitivity.PII, kind="model-output")
match_result = tg.Data(
    "Match result",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Match and liveness scores with the threshold outcome.",
)
watchlist_query = tg.Data("Watchlist query", sensitivity=tg.Sensitivity.PII, kind="records")
watchlist_result = tg.Data(
    "Watchlist result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
gate_decision = tg.Data(
    "Gate release decision",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Open the exit door, or keep it shut and show the referral message.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
referral = tg.Data(
    "Referral case",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Live image, chip photo, passport data, scores and the reason for referral.",
)
officer_decision = tg.Data(
    "Officer clearance decision",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
crossing_record = tg.Data(
    "Crossing record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Document number, time, lane, scores, outcome and officer involved.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
model_package = tg.Data(
    "Vendor model package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="Face verification and presentation-attack models, shipped together.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Immigration hall", trust=tg.Trust.UNTRUSTED):
    # Anyone holding a passport can walk up to a lane, impostors included.
    traveller = tm.add(tg.Actor("Traveller", role="arriving passenger"))

with tm.boundary("E-gate lanes", trust=tg.Trust.INTERNAL):
    # The physical lane: passport reader, camera, screen and the exit door.
    lane = tm.add(
        tg.Device(
            "E-gate lane unit",
            fleet=True,
            description="Passport chip reader, face camera, display and exit door per lane.",
        )
    )

with tm.boundary("Border agency data centre", trust=tg.Trust.RESTRICTED):
    # Runs each lane transaction end to end and decides open or refer.
    orchestrator = tm.add(
        tg.Service(
            "Gate orchestration service",
            description="Verifies the chip, calls matching and the watchlist, decides the outcome.",
            controls={
                c.FailClosed(
                    fallback="gates stay shut and travellers are sent to the staffed desks"
                ),
                c.HumanInTheLoop(
                    approver="border officer at the supervision desk",
                    note="referrals only: no-match, failed liveness and watchlist hits; "
                    "matched travellers pass automatically",
                ),
                c.DeepfakeDetection(note="the vendor presentation-attack model on every capture"),
                c.AuditLogging(),
            },
        )
    )
    # Internal inference API in front of both vendor models.
    match_api = tm.add(
        tg.Endpoint(
            "Face matching endpoint",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
        )
    )
    # The 1:1 comparison of live face and chip photo.
    face_model = tm.add(
        tg.Model(
            "Face verification model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Licensed from the e-gate vendor and run on our own servers; "
            "a score above the agency threshold counts as a match.",
            controls={c.ModelValidation(note="agency acceptance test before each version")},
        )
    )
    # Detects printed photos, screens and masks held up to the camera.
    pad_model = tm.add(
        tg.Model(
            "Presentation attack detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Liveness check from the same vendor, run before matching.",
        )
    )
    # Local copy of the trust anchors for passive authentication of chips.
    csca_store = tm.add(tg.DataStore("CSCA certificate store", stores={csca_certs}))
    # Record of every crossing, kept for border statistics and investigations.
    crossings = tm.add(
        tg.DataStore(
            "Crossing record store",
            stores={crossing_record},
            controls={
                c.EncryptionAtRest(key_management="agency HSM"),
                c.RetentionLimits(days=1095),
                c.RBAC(),
            },
        )
    )
    # Holds the vendor model versions the agency has received.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_package},
            controls={c.ModelVersioning()},
        )
    )
    # Rolls an accepted model version out to the matching servers.
    deploy = tm.add(
        tg.Pipeline(
            "Model deployment pipeline",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.ModelValidation(note="acceptance test set of agency-enrolled volunteers")},
        )
    )

with tm.boundary("Border control desk", trust=tg.Trust.INTERNAL):
    # Officers supervising a bank of gates handle every referral.
    officer = tm.add(tg.Actor("Border officer", role="immigration officer", privileged=True))
    # Screen at the supervision desk showing referrals and clearing travellers.
    console = tm.add(
        tg.Service(
            "Officer referral console",
            controls={
                c.Authentication(method="agency smart card and PIN"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Government border systems", trust=tg.Trust.PARTNER):
    # National and Schengen alerts on persons and documents, run by the ministry.
    watchlist = tm.add(
        tg.ExternalService(
            "Border watchlist service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("ICAO PKD", trust=tg.Trust.PARTNER):
    # Source of the country signing certificates.
    pkd = tm.add(
        tg.DataSource("ICAO public key directory", origin=tg.Origin.PARTNER, provides={csca_certs})
    )

with tm.boundary("E-gate vendor", trust=tg.Trust.PARTNER):
    # Supplies and updates both models under the gate contract.
    vendor = tm.add(
        tg.ExternalService("E-gate vendor release portal", provides=tg.ExternalCategory.MODEL_HUB)
    )

# ---------------------------------------------------------------- flows
tm.flow(traveller, lane, passport_data, chip_photo, live_face, label="in person at the lane")
tm.flow(lane, traveller, lane_prompt, label="on the panel")

tm.flow(
    lane,
    orchestrator,
    passport_data,
    chip_photo,
    live_face,
    protocol="https",
    controls={c.MessageIntegrity(note="chip signature checked against the CSCA master list")},
)
tm.flow(orchestrator, lane, gate_decision, protocol="https")

tm.flow(pkd, csca_store, csca_certs, protocol="https", label="weekly master list download")
tm.flow(csca_store, orchestrator, csca_certs, label="certificate lookup")

tm.flow(orchestrator, match_api, live_face, chip_photo)
tm.flow(match_api, pad_model, live_face)
tm.flow(pad_model, match_api, liveness_score)
tm.flow(match_api, face_model, live_face, chip_photo)
tm.flow(face_model, match_api, match_score)
tm.flow(match_api, orchestrator, match_result)

tm.flow(orchestrator, watchlist, watchlist_query, protocol="mtls")
tm.flow(watchlist, orchestrator, watchlist_result, protocol="mtls")

tm.flow(orchestrator, console, referral, protocol="https")
tm.flow(console, officer, referral, label="on screen at the supervision desk")
tm.flow(officer, console, officer_decision, label="in person at the supervision desk")
tm.flow(console, orchestrator, officer_decision, protocol="https")

tm.flow(orchestrator, crossings, crossing_record)

tm.flow(vendor, registry, model_package, protocol="https", label="quarterly model release")
tm.flow(registry, deploy, model_package)
tm.flow(deploy, face_model, model_package, label="deploy")
tm.flow(deploy, pad_model, model_package, label="deploy")
