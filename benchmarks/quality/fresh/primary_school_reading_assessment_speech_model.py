"""Primary school reading assessment: the first design, before any security review.

Children in a UK primary school read a passage aloud to a classroom tablet app.
The recording goes to the edtech vendor's cloud, where an in-house speech model
scores reading fluency and accuracy and suggests a reading level. Teachers sign
in to a web dashboard with the school's SSO, review the scores and set books;
parents see their child's progress in a parent phone app. Recordings are kept
in the vendor's cloud, and where the school has opted in, a curation job copies
them into a training set used to retrain the speech model, which is promoted
through a model registry. Controls in this design: TLS on every link, school
SSO for teachers, e-mail and password for parents, class-code sign-in for
pupils, encrypted recording storage, per-class access for teachers, and
versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Primary school reading assessment speech model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Read-aloud recordings scored by a speech model for reading fluency and level.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Read-aloud recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A child's voice reading a set passage, tagged with pupil and class.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
scores = tg.Data(
    "Reading scores and suggested level",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Words correct per minute, accuracy, miscues and a suggested reading level.",
)
pupil_records = tg.Data(
    "Pupil reading records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil name, class, score history, reading level and books set.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
book_assignment = tg.Data(
    "Teacher book assignment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The reading level the teacher confirms and the books set for the pupil.",
)
passage = tg.Data("Reading passage", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
progress = tg.Data("Child progress summary", kind="records", sensitivity=tg.Sensitivity.PII)
training_set = tg.Data(
    "Opted-in training recordings",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Recordings and teacher-confirmed scores from opted-in schools.",
)
weights = tg.Data(
    "Speech model checkpoint", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("School", trust=tg.Trust.UNTRUSTED):
    # The child who reads aloud.
    pupil = tm.add(tg.Actor("Pupil", role="child reader"))
    # Class teacher who reviews scores and sets books.
    teacher = tm.add(tg.Actor("Teacher", role="class teacher"))
    # Shared classroom tablets running the vendor's reading app.
    tablet = tm.add(
        tg.Device(
            "Classroom tablet app",
            fleet=True,
            description="Shows the passage, records the child and uploads the audio.",
        )
    )

with tm.boundary("Parents' phones", trust=tg.Trust.UNTRUSTED):
    # A parent or carer following their child's reading.
    parent = tm.add(tg.Actor("Parent", role="parent or carer"))
    # The vendor's parent app on the parent's own phone.
    parent_app = tm.add(tg.Device("Parent phone app", fleet=True))

with tm.boundary("Edtech vendor cloud", trust=tg.Trust.INTERNAL):
    # Receives recordings from tablets and returns scores.
    reading_api = tm.add(
        tg.Endpoint(
            "Reading API",
            purpose="api",
            returns_scores=True,
            controls={c.Authentication(method="class code and picture password")},
        )
    )
    # Web app for teachers and the API behind the parent app.
    dashboard = tm.add(
        tg.Endpoint(
            "Teacher and parent portal",
            purpose="api",
            controls={
                c.Authentication(
                    method="school Microsoft or Google SSO for teachers, "
                    "e-mail and password for parents"
                ),
                c.RBAC(note="teachers see their own classes, parents their own child"),
            },
        )
    )
    # Scores fluency and accuracy from the recording and suggests a reading level.
    speech_model = tm.add(
        tg.Model(
            "Reading fluency speech model",
            task="regressor",
            origin="in-house",
            returns_scores=True,
            description="Speech recogniser aligned to the passage, then a fluency scorer.",
        )
    )
    # Raw recordings, kept per school.
    recording_store = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recording},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Pupils, classes, score history and books set.
    pupil_db = tm.add(tg.DataStore("Pupil progress database", stores={pupil_records}))
    # Copies recordings from opted-in schools into the training set.
    curation = tm.add(tg.Pipeline("Opt-in curation job", stage="ingestion"))
    # Recordings kept for retraining.
    dataset = tm.add(tg.Dataset("Speech training set", stores={training_set}))
    # Periodic retraining of the speech model.
    training = tm.add(tg.Pipeline("Speech model retraining", stage="training"))
    # Versioned checkpoints promoted to serving.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# reading aloud and scoring
tm.flow(reading_api, tablet, passage, protocol="https", controls={tls})
tm.flow(pupil, tablet, recording, label="reads aloud to the tablet")
tm.flow(tablet, reading_api, recording, protocol="https", controls={tls})
tm.flow(reading_api, recording_store, recording)
tm.flow(reading_api, speech_model, recording)
tm.flow(speech_model, reading_api, scores)
tm.flow(reading_api, pupil_db, scores)
tm.flow(reading_api, tablet, scores, protocol="https", controls={tls})

# teacher review
tm.flow(pupil_db, dashboard, pupil_records)
tm.flow(dashboard, teacher, pupil_records, protocol="https", controls={tls})
tm.flow(teacher, dashboard, book_assignment, protocol="https", controls={tls})
tm.flow(dashboard, pupil_db, book_assignment)

# parents
tm.flow(dashboard, parent_app, progress, protocol="https", controls={tls})
tm.flow(parent_app, parent, progress, label="shown in the app")

# retraining from opted-in schools
tm.flow(recording_store, curation, recording)
tm.flow(pupil_db, curation, pupil_records, label="school opt-in flags and confirmed scores")
tm.flow(curation, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, speech_model, weights, label="deploy")
