"""Casino self-exclusion face check: the first design, before any security review.

The casino group must keep self-excluded gamblers out of its venues. Cameras at
each venue entrance send face crops of every arriving visitor to a matching
service that the camera system vendor hosts in its own cloud. A face-matching
model compares each crop with the photos of people on the gambling regulator's
national self-exclusion register, which a vendor job pulls over the regulator's
API every night. A likely match raises an alert on the security console; the
officer on duty compares the photos, speaks to the visitor and records the
outcome. Players self-exclude at reception or on the casino's web portal, and an
enrolment service forwards each application to the regulator's register.
Face crops of visitors who do not match are to be deleted straight after the
comparison. Links use TLS, staff sign in to the console, the vendor was assessed
by procurement, and the register gallery is encrypted with vendor-managed keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Casino self-exclusion face check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Entrance cameras and a vendor-hosted face matcher flag self-excluded players "
        "from the regulator's register to venue security."
    ),
)

# ---------------------------------------------------------------- data assets
entrance_faces = tg.Data(
    "Visitor face crops",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Biometric face images of every visitor passing an entrance camera.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
register_extract = tg.Data(
    "Self-exclusion register extract",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Names, dates of birth, photos and exclusion periods of self-excluded people.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
gallery = tg.Data(
    "Excluded-person face gallery",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Register photos and the face templates computed from them.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
match_score = tg.Data("Face match score", kind="model-output", sensitivity=tg.Sensitivity.PII)
match_alert = tg.Data(
    "Self-exclusion match alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entrance crop, the matched register photo and name, score and camera.",
)
outcome = tg.Data(
    "Encounter outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the person was confirmed, refused entry or misidentified.",
)
notice = tg.Data("Exclusion notice", kind="records", sensitivity=tg.Sensitivity.PII)
application = tg.Data(
    "Self-exclusion application",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Identity details, photo and chosen exclusion period.",
)
confirmation = tg.Data(
    "Self-exclusion confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public areas and internet", trust=tg.Trust.UNTRUSTED):
    # Anyone walking into a venue is captured, excluded or not.
    visitor = tm.add(tg.Actor("Venue visitor", role="visitor"))
    # A player who wants to be excluded, online or at reception.
    player = tm.add(tg.Actor("Player", role="customer"))

with tm.boundary("Gambling regulator", trust=tg.Trust.PARTNER):
    # The national register every licensed operator must check against.
    register = tm.add(
        tg.DataSource(
            "National self-exclusion register",
            origin=tg.Origin.PARTNER,
            provides={register_extract},
            description="Regulator-run register with an operator API; accepts new enrolments.",
        )
    )

with tm.boundary("Camera vendor cloud", trust=tg.Trust.PARTNER):
    # Receives crops from all venues and runs the comparison.
    matcher = tm.add(
        tg.Service(
            "Face matching service",
            description="Compares each crop with the gallery; alerts above a score threshold.",
            controls={
                c.DataMinimization(
                    note="crops of non-matching visitors are deleted right after comparison"
                ),
                c.SupplierAssessment(note="procurement security questionnaire before contract"),
            },
        )
    )
    # The vendor's face recognition model.
    face_model = tm.add(
        tg.Model(
            "Face matching model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Vendor face recognition model scoring crop-to-gallery similarity.",
        )
    )
    # Holds the photos and templates of everyone on the register.
    gallery_store = tm.add(
        tg.DataStore(
            "Excluded-person gallery",
            stores={gallery},
            controls={c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )
    # Pulls the register every night and rebuilds the gallery.
    sync_job = tm.add(
        tg.Pipeline(
            "Nightly register sync",
            stage=tg.Stage.INGESTION,
            description="Downloads the register extract and computes face templates.",
        )
    )

with tm.boundary("Venue network", trust=tg.Trust.INTERNAL):
    # IP cameras at every entrance, with on-camera face detection.
    cameras = tm.add(
        tg.Device("Entrance cameras", description="Crop faces on the camera and upload them.")
    )
    # Where alerts pop up for the security team.
    console = tm.add(
        tg.Endpoint(
            "Security alert console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff username and password"),
                c.HumanInTheLoop(
                    approver="security officer on duty compares photos before approaching"
                ),
            },
        )
    )
    # Security officers who speak to the flagged person.
    security = tm.add(tg.Actor("Security officer", role="venue security"))
    # Reception staff who take in-person self-exclusion requests.
    reception = tm.add(tg.Actor("Reception staff", role="front desk"))

with tm.boundary("Casino corporate cloud", trust=tg.Trust.INTERNAL):
    # Keeps each encounter for the regulator's compliance reporting.
    outcome_log = tm.add(
        tg.DataStore(
            "Encounter outcome log",
            stores={outcome},
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Public web form for online self-exclusion.
    portal = tm.add(
        tg.Endpoint(
            "Self-exclusion web portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="casino loyalty account e-mail and password")},
        )
    )
    # Checks applications and submits them to the regulator.
    enrolment = tm.add(
        tg.Service(
            "Self-exclusion enrolment service",
            controls={c.Authentication(method="regulator-issued operator API key")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(visitor, cameras, entrance_faces, label="walks through the entrance")
tm.flow(cameras, matcher, entrance_faces, protocol="https")
tm.flow(matcher, face_model, entrance_faces)
tm.flow(face_model, matcher, match_score)
tm.flow(gallery_store, matcher, gallery, label="gallery templates")

tm.flow(register, sync_job, register_extract, protocol="https", label="nightly pull")
tm.flow(sync_job, gallery_store, gallery)

tm.flow(matcher, console, match_alert, protocol="https")
tm.flow(console, security, match_alert)
tm.flow(security, console, outcome)
tm.flow(console, outcome_log, outcome, protocol="https")
tm.flow(security, visitor, notice, label="in person")

tm.flow(player, portal, application, protocol="https")
tm.flow(portal, player, confirmation, protocol="https")
tm.flow(player, reception, application, label="at the counter")
tm.flow(reception, enrolment, application, protocol="https")
tm.flow(portal, enrolment, application)
tm.flow(enrolment, register, application, protocol="https", label="register submission")
tm.flow(register, enrolment, confirmation, protocol="https")
