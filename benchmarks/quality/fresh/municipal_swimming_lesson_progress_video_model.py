"""Swimming lesson progress: the first design, before any security review.

The council's leisure centre films children's swimming lessons with fixed poolside
cameras. A recorder in the centre cuts each lane into short stroke clips and uploads
them to the council's cloud tenancy, where an assessment service runs an in-house
stroke model and moves each child's progress towards their next badge. Teachers tag
which child swims in which lane on a poolside tablet and see the model's results
there; parents see their child's badges in the council's online portal, signed in
with e-mail and password. The class registers come from the leisure management
system the council rents from its vendor. The model is retrained by a council data
scientist from clips that teachers scored by hand. Clips are encrypted at rest and
deleted after 90 days, staff reach progress records by role, uploads go over HTTPS,
and a DPIA covers the filming of children.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Swimming lesson progress video model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Assesses children's swimming strokes from lesson video and updates their badges.",
)

# ---------------------------------------------------------------- data assets
lesson_video = tg.Data(
    "Poolside lesson video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Continuous video of the learner pool during lessons; children in swimwear.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
stroke_clips = tg.Data(
    "Stroke clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Per-lane clips of a child swimming a length, tagged with lesson and lane.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
class_register = tg.Data(
    "Class register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Children booked on each lesson: name, age, stage, parent contact.",
)
lane_assignments = tg.Data(
    "Lane assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which child swims in which lane at which time of the lesson.",
)
assessment = tg.Data(
    "Stroke assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-child scores for body position, kick, arms and breathing.",
)
badge_progress = tg.Data(
    "Badge progress",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each child's completed badge criteria and awarded badges.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
teacher_override = tg.Data("Teacher badge override", kind="records", sensitivity=tg.Sensitivity.PII)
progress_view = tg.Data("Child progress page", kind="records", sensitivity=tg.Sensitivity.PII)
portal_request = tg.Data("Parent portal request", kind="records", sensitivity=tg.Sensitivity.PII)
stroke_labels = tg.Data(
    "Teacher stroke scores",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Hand scores teachers give to sample clips, used as training labels.",
)
training_clips = tg.Data(
    "Labelled stroke clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Stroke model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the pose and stroke classifier.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and carers check their child's badges from home.
    parent = tm.add(tg.Actor("Parent", role="parent or carer"))

with tm.boundary("Leisure management vendor", trust=tg.Trust.PARTNER):
    # Rented SaaS that holds bookings and class registers; the source of who is in each lesson.
    leisure_system = tm.add(
        tg.ExternalService(
            "Leisure management system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Bookings, memberships and lesson registers; prints badge certificates.",
        )
    )

with tm.boundary("Leisure centre network", trust=tg.Trust.INTERNAL):
    # Fixed cameras above the learner pool, one view per pair of lanes.
    cameras = tm.add(tg.Device("Poolside camera", description="PoE IP cameras on the pool gantry."))
    # Small server in the plant room that records and cuts the video into per-lane clips.
    recorder = tm.add(
        tg.Service(
            "Poolside clip recorder",
            description="Segments lesson video by lane and time and uploads the clips.",
        )
    )
    # The teacher on the poolside who runs the lesson.
    teacher = tm.add(tg.Actor("Swimming teacher", role="swimming teacher"))
    # Shared centre tablet the teacher uses to tag lanes and see results.
    tablet = tm.add(
        tg.Device(
            "Poolside teacher tablet",
            description="Centre-owned tablet running the lesson app; shared between teachers.",
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Bucket that holds the uploaded clips until they are assessed and aged out.
    clip_store = tm.add(
        tg.DataStore(
            "Stroke clip store",
            stores={stroke_clips},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.RetentionLimits(days=90),
            },
        )
    )
    # Runs the model on each clip and turns scores into badge criteria met.
    assessor = tm.add(
        tg.Service(
            "Stroke assessment service",
            description="Matches clips to children by lane assignment, scores them, updates badges.",
            controls={
                tg.controls.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); parents told at booking"
                )
            },
        )
    )
    # The in-house video model that scores each stroke.
    stroke_model = tm.add(
        tg.Model(
            "Stroke assessment model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Pose estimation plus a stroke-quality classifier per badge criterion.",
        )
    )
    # System of record for each child's badge progress.
    progress_db = tm.add(
        tg.DataStore(
            "Badge progress database",
            stores={badge_progress, class_register, lane_assignments},
            controls={tg.controls.RBAC(note="teachers, centre managers and the service account")},
        )
    )
    # Public web portal where parents see their child's badges.
    portal = tm.add(
        tg.Endpoint(
            "Parent progress portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

    with tm.boundary("Council ML workspace", trust=tg.Trust.INTERNAL):
        # Clips scored by teachers during the pilot, for (re)training.
        train_set = tm.add(
            tg.Dataset("Labelled stroke clip set", stores={training_clips, stroke_labels})
        )
        # Notebook-driven retraining job run by the data scientist.
        training = tm.add(tg.Pipeline("Stroke model training", stage=tg.Stage.TRAINING))
        # Holds model checkpoints that the assessment service loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
        # The council's data scientist who owns the model.
        data_scientist = tm.add(
            tg.Actor("Council data scientist", role="data scientist", privileged=True)
        )

# ---------------------------------------------------------------- flows
# Lesson capture at the centre
tm.flow(cameras, recorder, lesson_video, protocol="rtsp")
tm.flow(teacher, tablet, lane_assignments, label="tags lanes at poolside")
tm.flow(tablet, assessor, lane_assignments, protocol="https")
tm.flow(recorder, clip_store, stroke_clips, protocol="https", label="upload after each lesson")

# Registers from the vendor
tm.flow(
    leisure_system, progress_db, class_register, protocol="https", label="nightly register sync"
)
tm.flow(progress_db, tablet, class_register, protocol="https")

# Assessment
tm.flow(clip_store, assessor, stroke_clips)
tm.flow(progress_db, assessor, lane_assignments, class_register)
tm.flow(assessor, stroke_model, stroke_clips)
tm.flow(stroke_model, assessor, assessment)
tm.flow(assessor, progress_db, assessment, badge_progress, label="badge criteria met")
tm.flow(assessor, tablet, assessment, badge_progress, protocol="https")
tm.flow(teacher, tablet, teacher_override, label="corrects a badge")
tm.flow(tablet, progress_db, teacher_override, protocol="https")
tm.flow(progress_db, leisure_system, badge_progress, protocol="https", label="badge awards")

# Parents
tm.flow(parent, portal, portal_request, protocol="https")
tm.flow(progress_db, portal, badge_progress)
tm.flow(portal, parent, progress_view, protocol="https")

# Training
tm.flow(clip_store, train_set, stroke_clips, label="sample clips for labelling")
tm.flow(tablet, train_set, stroke_labels, protocol="https")
tm.flow(data_scientist, training, training_config)
tm.flow(train_set, training, training_clips, stroke_labels)
tm.flow(training, registry, weights)
tm.flow(registry, stroke_model, weights, label="load on deploy")
