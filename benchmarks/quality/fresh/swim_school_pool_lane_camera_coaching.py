"""Swim school pool lane camera coaching: the first design, before any security review.

A swim school in the EU films its lessons with underwater cameras fixed in each
lane. A recorder at the pool stores the footage and uploads lesson clips to the
cloud, where an analysis service matches lanes to the lesson roster and runs an
in-house stroke technique model that scores each child's kick, arm pull,
breathing and body position. Scores build up into a progress record per child.
Instructors use a tablet at the poolside to add notes, review the draft progress
report and release it; parents then read it in the parent app, where they also
signed their child up and gave consent to filming. Instructors label a sample of
clips each term, and the model is retrained on them. Parents and staff sign in
with e-mail and password; parents see only their own children's reports; clips
are deleted after 90 days; cloud storage is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Swim school pool lane camera coaching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Underwater lesson video scored by a stroke technique model; instructors release "
        "progress reports to parents through an app."
    ),
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Underwater video stream",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Continuous footage of children in swimwear, one camera per lane.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
clips = tg.Data(
    "Lesson clips",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
signup = tg.Data(
    "Sign-up and filming consent",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Parent and child details, age, medical notes, lesson level, consent flag.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
roster = tg.Data(
    "Lesson roster and lane assignments",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Which child swims in which lane in which lesson, with the consent flag.",
)
scores = tg.Data(
    "Stroke technique scores",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
notes = tg.Data("Instructor notes", sensitivity=tg.Sensitivity.PII, kind="records")
draft = tg.Data("Draft progress report", sensitivity=tg.Sensitivity.PII, kind="documents")
report = tg.Data(
    "Progress report",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
release = tg.Data("Report release", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
report_request = tg.Data("Report request", sensitivity=tg.Sensitivity.PII, kind="records")
labels = tg.Data(
    "Technique labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_clips = tg.Data(
    "Labelled training clips", sensitivity=tg.Sensitivity.PII, kind="training-data"
)
weights = tg.Data(
    "Stroke model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and guardians, using the parent app on their phones.
    parent = tm.add(tg.Actor("Parent", role="parent or guardian"))

with tm.boundary("Pool site network", trust=tg.Trust.INTERNAL):
    # Swim teacher on the poolside.
    instructor = tm.add(tg.Actor("Instructor", role="swim instructor"))
    # Fixed underwater IP cameras, one per lane.
    camera = tm.add(tg.Device("Underwater lane camera", fleet=True))
    # On-site recorder: keeps the raw footage and cuts and uploads lesson clips.
    recorder = tm.add(
        tg.Service(
            "Poolside video recorder",
            description="Records every lane; cuts clips per lesson slot and uploads them.",
        )
    )
    # Shared school tablets the instructors use on the poolside.
    tablet = tm.add(
        tg.Device(
            "Instructor tablet",
            fleet=True,
            description="Android tablets running the instructor app.",
        )
    )

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # The one API behind both the parent app and the instructor app.
    api = tm.add(
        tg.Endpoint(
            "Lesson app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="parents see only their own children; instructors their classes"),
            },
        )
    )
    # Children, parents, consent and rosters.
    student_db = tm.add(
        tg.DataStore(
            "Student and consent database",
            stores={signup, roster},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Uploaded lesson clips.
    video_store = tm.add(
        tg.DataStore(
            "Lesson video store",
            stores={clips},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RetentionLimits(days=90, note="bucket lifecycle rule"),
            },
        )
    )
    # Runs the model on each new lesson's clips and assigns results to children by lane.
    analysis = tm.add(tg.Service("Stroke analysis service"))
    # Pose keypoints plus a technique scorer, built in-house.
    model = tm.add(
        tg.Model(
            "Stroke technique model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Grades kick, pull, breathing and body position per length.",
        )
    )
    # Per-child scores and released reports.
    progress_db = tm.add(
        tg.DataStore(
            "Progress database",
            stores={scores, report, notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds draft reports; a report reaches parents only after the instructor releases it.
    report_service = tm.add(
        tg.Service(
            "Progress report service",
            controls={c.HumanInTheLoop(approver="the class's instructor")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Clips the instructors labelled, kept for retraining.
        label_set = tm.add(tg.Dataset("Labelled clip set", stores={training_clips, labels}))
        # Termly retraining job.
        training = tm.add(
            tg.Pipeline(
                "Stroke model retraining", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )

# ---------------------------------------------------------------- flows
# sign-up and consent
tm.flow(parent, api, signup, report_request, protocol="https")
tm.flow(api, parent, report, protocol="https")
tm.flow(api, student_db, signup)
tm.flow(api, progress_db, report_request, label="report lookup")
tm.flow(progress_db, api, report)

# filming
tm.flow(camera, recorder, video, protocol="rtsp")
tm.flow(recorder, video_store, clips, protocol="https", label="clip upload")

# analysis
tm.flow(student_db, analysis, roster)
tm.flow(video_store, analysis, clips)
tm.flow(analysis, model, clips)
tm.flow(model, analysis, scores)
tm.flow(analysis, progress_db, scores)

# reports
tm.flow(progress_db, report_service, scores, notes)
tm.flow(report_service, api, draft)
tm.flow(api, report_service, notes, release)
tm.flow(report_service, progress_db, report)
tm.flow(instructor, tablet, notes, release, labels)
tm.flow(tablet, instructor, draft, clips)
tm.flow(tablet, api, notes, release, labels, protocol="https")
tm.flow(api, tablet, draft, clips, roster, protocol="https")
tm.flow(video_store, api, clips, label="clip playback for instructors")

# retraining
tm.flow(api, label_set, labels)
tm.flow(video_store, label_set, training_clips, label="copy of labelled clips")
tm.flow(label_set, training, training_clips, labels)
tm.flow(training, model, weights, label="deploy new checkpoint")
