"""Pony lameness scoring from phone videos: the first design, before any security review.

A riding school in County Kildare wants an early warning of lameness in its
school ponies and the livery ponies it looks after. Yard staff film a pony
trotting up and back on their own phones and upload the clip through a small
web app we host for the school. A worker in our cloud project runs an
open-weights equine pose model over the clip, turns the keypoints into gait
asymmetry features and a lameness classifier gives a grade per limb. The yard
manager sees grades and clips on the web app and decides whether the pony
works; the school's vet (an outside practice) gets an e-mail when a grade is 2
or more, views the clip and records the grade she confirms. Confirmed grades
are exported monthly to retrain the classifier. Controls in this design: the
web app signs people in with e-mail and password and gives staff, manager and
vet different roles, uploads must be short MP4/MOV clips, the video bucket
uses the provider's default encryption and outside links use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pony lameness video scoring",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Advisory lameness grades from trot-up videos for a riding school and its vet.",
)

# ---------------------------------------------------------------- data assets
trot_video = tg.Data(
    "Trot-up video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone clip of a pony trotted up and back; the handler's face and voice are in it.",
)
pony_details = tg.Data(
    "Pony details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, age, work schedule, history; livery owners' names and phone numbers.",
)
keypoints = tg.Data("Gait keypoints", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
grade = tg.Data(
    "Lameness grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Grade 0-5 per limb with the classifier's probability for each.",
)
vet_grade = tg.Data(
    "Vet-confirmed grade",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
grade_alert = tg.Data("Grade alert e-mail", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
scorer_weights = tg.Data(
    "Lameness classifier artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
pose_weights = tg.Data(
    "Equine pose model weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
train_config = tg.Data("Retraining configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Riding school yard", trust=tg.Trust.UNTRUSTED):
    # Grooms and instructors who film the trot-ups.
    staff = tm.add(tg.Actor("Yard staff", role="groom or instructor"))
    # Staff's own phones with the web app open in the browser; not managed by anyone.
    phone = tm.add(
        tg.Device(
            "Staff phone", fleet=True, description="Personal smartphones, browser camera upload."
        )
    )
    # Runs the yard: reads grades, decides which ponies work, edits pony records.
    manager = tm.add(tg.Actor("Yard manager", role="yard manager"))

with tm.boundary("Veterinary practice", trust=tg.Trust.PARTNER):
    # The school's vet, who reviews flagged clips and confirms grades.
    vet = tm.add(tg.Actor("Practice vet", role="vet"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public model hub the pose model's weights are downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends grade alerts to the vet.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Our cloud project", trust=tg.Trust.INTERNAL):
    # The one web app: upload page for staff, dashboard for manager and vet.
    webapp = tm.add(
        tg.Endpoint(
            "Yard web app",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="staff upload; manager and vet view grades and clips"),
                c.InputValidation(note="MP4/MOV only, at most 60 s and 200 MB"),
            },
        )
    )
    # Object storage for the uploaded clips.
    bucket = tm.add(
        tg.DataStore(
            "Video bucket",
            stores={trot_video},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Postgres database of ponies, grades and vet confirmations.
    pony_db = tm.add(
        tg.DataStore("Pony records database", stores={pony_details, grade, vet_grade, keypoints})
    )
    # Queue worker: decodes the clip, runs both models, writes the grade.
    worker = tm.add(tg.Service("Gait analysis worker"))
    # Open-weights keypoint model for horses, used as downloaded.
    pose = tm.add(tg.Model("Equine pose estimator", task="detector", origin="open-weights"))
    # Our gradient-boosted classifier from keypoint asymmetry to a grade per limb.
    scorer = tm.add(
        tg.Model(
            "Lameness classifier",
            task="classifier",
            returns_scores=True,
            description="Advisory grade; the yard manager and the vet decide what happens to the pony.",
        )
    )
    # Bucket folder holding model files the worker loads at start-up.
    registry = tm.add(tg.ModelRegistry("Model files bucket", stores={scorer_weights, pose_weights}))
    # Monthly export of vet-confirmed grades with their keypoints.
    dataset = tm.add(tg.Dataset("Labelled gait set", stores={vet_grade, keypoints}))
    # Monthly retraining job run on a notebook VM.
    retrain = tm.add(tg.Pipeline("Monthly retraining", stage="training", third_party_packages=True))

with tm.boundary("Our office", trust=tg.Trust.INTERNAL):
    # Maintains the models and runs retraining.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(staff, phone, trot_video, label="films the trot-up")
tm.flow(phone, webapp, trot_video, pony_details, protocol="https", label="upload for a chosen pony")
tm.flow(webapp, bucket, trot_video)
tm.flow(webapp, pony_db, pony_details, vet_grade)
tm.flow(pony_db, webapp, pony_details, grade)

tm.flow(bucket, worker, trot_video)
tm.flow(worker, pose, trot_video)
tm.flow(pose, worker, keypoints)
tm.flow(worker, scorer, keypoints)
tm.flow(scorer, worker, grade)
tm.flow(worker, pony_db, grade, keypoints)

tm.flow(webapp, manager, grade, trot_video, pony_details, protocol="https")
tm.flow(manager, webapp, pony_details, protocol="https", label="edits pony records")
tm.flow(bucket, webapp, trot_video, label="clip playback")
tm.flow(webapp, vet, grade, trot_video, pony_details, protocol="https")
tm.flow(vet, webapp, vet_grade, protocol="https")
tm.flow(webapp, mailer, grade_alert, protocol="https", label="grade 2 or more")
tm.flow(mailer, vet, grade_alert, protocol="smtp")

tm.flow(pony_db, dataset, vet_grade, keypoints, label="monthly export")
tm.flow(dataset, retrain, vet_grade, keypoints)
tm.flow(ml_engineer, retrain, train_config, protocol="ssh")
tm.flow(retrain, registry, scorer_weights)
tm.flow(hub, registry, pose_weights, protocol="https", label="downloaded by the ML engineer")
tm.flow(registry, pose, pose_weights, label="loaded at start-up")
tm.flow(registry, scorer, scorer_weights, label="loaded at start-up")
