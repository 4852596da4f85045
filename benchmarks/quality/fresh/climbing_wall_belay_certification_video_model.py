"""Climbing wall belay certification by video: the first design, before any security review.

An indoor climbing centre lets members earn their belay certification by uploading a
short video of themselves belaying through the member web portal. The portal and an
assessment service run in the centre's cloud tenant: an open-weights pose model finds
the belayer's body and hands, and an in-house classifier checks the technique (brake
hand, locking off, paying out, tie-in checks) and flags problems. Fails go straight
back to the member with the flags; every pass waits for a staff instructor, who
watches the video in the review console before the member's certification is set in
the membership SaaS. Front desk staff see the certification at check-in, and
certified members may then climb unsupervised. Instructor verdicts are used to
retrain the classifier. Members sign in with e-mail and password, uploads are checked
for type and size, and the video bucket is encrypted at rest.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Climbing wall belay certification video model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Model-assisted belay certification from member videos, with instructor sign-off of passes.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Belay video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Member belaying a partner climber; both faces are usually in shot.",
)
request = tg.Data("Assessment request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
frames = tg.Data("Belay video frames", sensitivity=tg.Sensitivity.PII, kind="media")
keypoints = tg.Data("Belayer pose keypoints", sensitivity=tg.Sensitivity.PII, kind="features")
assessment = tg.Data(
    "Belay technique assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Pass or fail with the technique problems flagged and their timestamps.",
)
feedback = tg.Data(
    "Assessment feedback to member", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
verdict = tg.Data(
    "Instructor certification decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
cert_update = tg.Data(
    "Belay certification approval",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
members = tg.Data(
    "Member records and certifications",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
cert_status = tg.Data("Certification status", sensitivity=tg.Sensitivity.PII, kind="records")
card_scan = tg.Data("Membership card number", sensitivity=tg.Sensitivity.PII, kind="records")
classifier_weights = tg.Data(
    "Belay classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
pose_weights = tg.Data("Pose model weights", sensitivity=tg.Sensitivity.PUBLIC, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members who want to belay unsupervised; they film and upload their own video.
    member = tm.add(tg.Actor("Member", role="climbing centre member"))
    # Public model hub the off-the-shelf pose model is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Centre cloud tenant", trust=tg.Trust.INTERNAL):
    # Where members sign in, upload videos and read their results.
    portal = tm.add(
        tg.Endpoint(
            "Member web portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="video type, length and size checked on upload"),
            },
        )
    )
    # Bucket holding the uploaded belay videos.
    video_store = tm.add(
        tg.DataStore(
            "Belay video store",
            stores={video},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Queue worker that runs both models on each new video and stores the result.
    assessor = tm.add(tg.Service("Assessment service"))
    # Off-the-shelf pose estimator: finds the belayer's body and hands in each frame.
    pose_model = tm.add(
        tg.Model("Pose estimation model", task=tg.Task.DETECTOR, origin=tg.ModelOrigin.OPEN_WEIGHTS)
    )
    # Judges the belay technique from the pose sequence; its pass lets a member belay alone.
    classifier = tm.add(
        tg.Model(
            "Belay technique model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            controls={
                c.HumanInTheLoop(
                    approver="staff instructor",
                    note="every pass is reviewed before the certification is set; fails go back to the member",
                ),
                c.ModelValidation(note="scored against instructor-labelled clips before release"),
            },
        )
    )
    # Assessments and instructor verdicts, per upload.
    results = tm.add(tg.DataStore("Assessment results store", stores={assessment, verdict}))
    # Holds both models' weights, loaded by the assessment service.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={classifier_weights, pose_weights},
            controls={c.ModelVersioning()},
        )
    )
    # Quarterly retraining of the classifier on reviewed videos and instructor verdicts.
    retraining = tm.add(tg.Pipeline("Classifier retraining pipeline", stage=tg.Stage.TRAINING))
    # Web console in which instructors watch passed videos and confirm or overturn them.
    console = tm.add(
        tg.Service(
            "Instructor review console",
            controls={c.Authentication(method="staff username and password"), c.RBAC()},
        )
    )

with tm.boundary("Climbing centre", trust=tg.Trust.INTERNAL):
    # Qualified instructor who signs off every pass.
    instructor = tm.add(tg.Actor("Staff instructor", role="instructor"))
    # Front desk staff who check members in and see their belay status.
    desk_staff = tm.add(tg.Actor("Front desk staff", role="reception"))
    # Desk PC that looks up a member's card and shows whether they may climb unsupervised.
    checkin = tm.add(tg.Service("Check-in desk"))

with tm.boundary("Membership SaaS provider", trust=tg.Trust.PARTNER):
    # The centre's system of record for members, cards and certifications.
    membership = tm.add(
        tg.DataStore(
            "Membership system",
            stores={members},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(member, portal, video, protocol="https", controls={tls})
tm.flow(portal, video_store, video)
tm.flow(portal, assessor, request, label="new upload")
tm.flow(video_store, assessor, video)
tm.flow(assessor, pose_model, frames)
tm.flow(pose_model, assessor, keypoints)
tm.flow(assessor, classifier, keypoints)
tm.flow(classifier, assessor, assessment)
tm.flow(assessor, results, assessment)
tm.flow(results, portal, feedback)
tm.flow(portal, member, feedback, protocol="https", controls={tls})

tm.flow(results, console, assessment, label="passes awaiting review")
tm.flow(video_store, console, video)
tm.flow(console, instructor, video, assessment, protocol="https", controls={tls})
tm.flow(instructor, console, verdict, protocol="https", controls={tls})
tm.flow(console, results, verdict)
tm.flow(console, membership, cert_update, protocol="https", controls={tls})

tm.flow(desk_staff, checkin, card_scan)
tm.flow(checkin, membership, card_scan, protocol="https", controls={tls})
tm.flow(membership, checkin, cert_status, protocol="https", controls={tls})
tm.flow(checkin, desk_staff, cert_status)

tm.flow(hub, registry, pose_weights, protocol="https", label="pose model download")
tm.flow(video_store, retraining, video)
tm.flow(results, retraining, verdict, label="instructor verdicts as labels")
tm.flow(retraining, registry, classifier_weights)
tm.flow(registry, assessor, classifier_weights, pose_weights, label="load at start-up")
