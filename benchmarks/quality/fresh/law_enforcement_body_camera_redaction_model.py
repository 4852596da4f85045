"""Body-worn camera footage redaction: the first design, before any security review.

A UK police force blurs body-worn camera footage before disclosing it to defence
lawyers or releasing it to the public. Cameras upload on docking to the force's
vendor-hosted digital evidence management system (DEMS). A disclosure officer
opens a job in the review console; the redaction service pulls the clips through
the DEMS API, runs an open-weights detector fine-tuned by the force's data team
over every frame for faces, number plates and screens, blurs them and saves a
draft. The officer checks and corrects each draft and approves it; approved clips
go to defence lawyers through the disclosure portal, or to the press office.
Reviewers' corrections become training labels. It runs in the force's cloud
tenancy with force SSO, roles and audit logs, the DEMS key in a vault; the
processing falls under Part 3 of the Data Protection Act 2018, not UK GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Body-worn camera footage redaction",
    profile=tg.RiskProfile.HIGH,
    description="Finds and blurs faces, number plates and screens in body-worn camera "
    "footage before disclosure to the defence or release to the public.",
)

# ---------------------------------------------------------------- data assets
raw_footage = tg.Data(
    "Raw body-worn footage",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Unredacted evidential video of victims, witnesses, suspects and bystanders.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
footage_metadata = tg.Data(
    "Footage metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Officer, time, location, incident and case reference tagged to each clip.",
)
redaction_job = tg.Data(
    "Redaction job",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Case reference, the clips to redact, what to blur and why.",
)
clip_request = tg.Data("Clip request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
dems_key = tg.Data("DEMS API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
frames = tg.Data("Decoded video frames", kind="media", sensitivity=tg.Sensitivity.REGULATED)
detections = tg.Data(
    "Redaction detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Boxes and confidences for faces, number plates and screens, per frame.",
)
draft = tg.Data(
    "Draft redacted footage",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Blurred by the detector alone: anything it missed is still visible.",
)
corrections = tg.Data(
    "Reviewer corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Boxes the disclosure officer added or removed on each draft.",
)
approved = tg.Data(
    "Approved redacted footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
download_request = tg.Data(
    "Disclosure download request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_frames = tg.Data(
    "Labelled training frames",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Frames from past footage with the reviewers' boxes.",
)
base_weights = tg.Data("Base detector weights", format="pickle", sensitivity=tg.Sensitivity.PUBLIC)
weights = tg.Data(
    "Redaction detector weights", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Defence solicitors download the redacted footage served on them.
    lawyer = tm.add(tg.Actor("Defence lawyer", role="defence solicitor"))
    # Public hub the base detector checkpoint is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Police stations", trust=tg.Trust.INTERNAL):
    # Records incidents and tags clips with the case reference.
    officer = tm.add(tg.Actor("Police officer", role="response officer"))
    # Issued cameras; footage uploads when the camera is docked at the station.
    camera = tm.add(
        tg.Device("Body-worn camera", description="Issued to officers, docked at the station.")
    )

with tm.boundary("Evidence vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor-hosted evidence system: the master copy of all footage.
    dems = tm.add(
        tg.DataStore(
            "Digital evidence management system",
            stores={raw_footage, footage_metadata},
            controls={
                c.EncryptionAtRest(key_management="vendor-managed keys"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Force cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where disclosure staff start jobs, review drafts and approve releases.
    console = tm.add(
        tg.Endpoint(
            "Redaction review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="force SSO"),
                c.RBAC(note="disclosure unit and press office roles"),
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="disclosure officer",
                    note="every draft is reviewed and approved before it is released",
                ),
            },
        )
    )
    # Pulls clips, decodes frames, calls the detector, blurs and re-encodes.
    redactor = tm.add(
        tg.Service(
            "Redaction service",
            description="Fetches clips for a job through the DEMS API, blurs what the "
            "detector finds and saves a draft for review.",
            controls={c.SecretsManagement(note="DEMS API key held in the cloud key vault")},
        )
    )
    # The detector for faces, number plates and screens.
    detector = tm.add(
        tg.Model(
            "Redaction object detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights detector fine-tuned on force footage; a missed "
            "face or plate is disclosed unless the reviewer catches it.",
        )
    )
    # Drafts and approved redacted clips.
    redacted_store = tm.add(
        tg.DataStore(
            "Redacted footage store",
            stores={draft, approved, detections},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Disclosure DMZ", trust=tg.Trust.INTERNAL):
        # Lets registered defence firms download the footage disclosed to them.
        portal = tm.add(
            tg.Endpoint(
                "Defence disclosure portal",
                purpose=tg.EndpointPurpose.API,
                internet_facing=True,
                controls={c.Authentication(method="e-mail and password with SMS code")},
            )
        )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Past frames with reviewers' boxes, for fine-tuning.
        training_set = tm.add(
            tg.Dataset(
                "Labelled frame set",
                stores={training_frames},
                purpose=tg.DatasetPurpose.FINE_TUNING,
            )
        )
        # Fine-tunes the base checkpoint on the force's labelled frames.
        fine_tuning = tm.add(
            tg.Pipeline(
                "Detector fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )
        # Versions of the detector; the redaction service uses the current one.
        registry = tm.add(
            tg.ModelRegistry("Detector registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Force headquarters network", trust=tg.Trust.INTERNAL):
    # Opens jobs, checks every draft and approves what is disclosed.
    disclosure_officer = tm.add(tg.Actor("Disclosure officer", role="disclosure officer"))
    # Takes approved clips for public appeals and media releases.
    press_officer = tm.add(tg.Actor("Press officer", role="corporate communications"))

# ---------------------------------------------------------------- flows
tm.flow(camera, dems, raw_footage, protocol="https", label="uploaded on docking")
tm.flow(officer, dems, footage_metadata, protocol="https", label="tags clips")

tm.flow(disclosure_officer, console, redaction_job, protocol="https")
tm.flow(console, redactor, redaction_job)
tm.flow(redactor, dems, clip_request, dems_key, protocol="https")
tm.flow(dems, redactor, raw_footage, footage_metadata, protocol="https")
tm.flow(redactor, detector, frames)
tm.flow(detector, redactor, detections)
tm.flow(redactor, redacted_store, draft, detections)

tm.flow(redacted_store, console, draft, detections)
tm.flow(console, disclosure_officer, draft, detections, protocol="https")
tm.flow(disclosure_officer, console, corrections, release_approval, protocol="https")
tm.flow(console, redacted_store, approved, release_approval)

tm.flow(lawyer, portal, download_request, protocol="https")
tm.flow(redacted_store, portal, approved)
tm.flow(portal, lawyer, approved, protocol="https")
tm.flow(console, press_officer, approved, protocol="https", label="public release")

tm.flow(console, training_set, corrections, label="reviewer boxes as labels")
tm.flow(dems, training_set, training_frames, protocol="https", label="sampled frames")
tm.flow(hub, fine_tuning, base_weights, protocol="https")
tm.flow(training_set, fine_tuning, training_frames)
tm.flow(fine_tuning, registry, weights)
tm.flow(registry, detector, weights, label="deploy")
