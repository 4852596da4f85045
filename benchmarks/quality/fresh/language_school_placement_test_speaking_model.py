"""Speaking placement model: the first design, before any security review.

A language school with centres in Spain and Germany places new students with an
online test. The student opens an emailed one-time test link, answers spoken prompts
in the browser, and the web app stores each recording in a cloud bucket. A scoring
service sends the audio to a cloud speech-to-text API, extracts fluency and
pronunciation features, and asks an in-house regression model for a speaking score,
which it maps to a CEFR class level and writes to the student record system. Scores
near a level cut-off go to a teacher, who listens in a review console and confirms
or overrides the level; students can ask for a level interview in the first week.
Teacher ratings are kept as a training set, and an ML engineer retrains the model
each term from a pretrained speech encoder downloaded from a public model hub.
Controls in this design: TLS, upload checks, encryption of stored recordings and
records, role-based access to records, SSO for teachers, and a vetted speech vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Speaking placement model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Scores recorded speaking answers in an online placement test and "
    "assigns new students a class level.",
)

# ---------------------------------------------------------------- data assets
registration = tg.Data(
    "Student registration details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, date of birth, first language and preferred centre.",
)
test_prompts = tg.Data(
    "Speaking test prompts",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The item bank; known answers would let students game the test.",
)
recordings = tg.Data(
    "Speaking answer recordings",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
transcripts = tg.Data("Answer transcripts", kind="model-output", sensitivity=tg.Sensitivity.PII)
speech_features = tg.Data(
    "Fluency and pronunciation features", kind="features", sensitivity=tg.Sensitivity.PII
)
score = tg.Data("Speaking score", kind="model-output", sensitivity=tg.Sensitivity.PII)
placement = tg.Data(
    "Class level placement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review_case = tg.Data(
    "Borderline placement case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recording links, transcript, score and proposed level.",
)
teacher_rating = tg.Data(
    "Teacher speaking ratings",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
encoder = tg.Data(
    "Pretrained speech encoder", kind="model-artifact", sensitivity=tg.Sensitivity.PUBLIC
)
weights = tg.Data(
    "Speaking scorer weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data(
    "Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective students taking the test from their own browser.
    student = tm.add(tg.Actor("Prospective student", role="applicant"))
    # Teachers work from the centres and from home, over the internet.
    teacher = tm.add(tg.Actor("Teacher", role="placement reviewer"))
    # Public hub the pretrained speech encoder is downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Speech API vendor", trust=tg.Trust.PARTNER):
    # Transcribes answers; EU region, under a data processing agreement.
    stt = tm.add(
        tg.ExternalService(
            "Cloud speech-to-text API",
            provides="model-api",
            controls={c.SupplierAssessment(note="DPA signed, EU region, no retention")},
        )
    )

with tm.boundary("School cloud account", trust=tg.Trust.INTERNAL):
    # Serves the test, takes registrations and uploads, shows the result.
    web_app = tm.add(
        tg.Endpoint(
            "Placement test web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="emailed one-time test link"),
                c.InputValidation(note="audio type, size and duration checked on upload"),
            },
        )
    )
    # Raw answer recordings, kept for teacher review and training.
    bucket = tm.add(
        tg.DataStore(
            "Recording bucket",
            stores={recordings},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Orchestrates transcription, feature extraction, scoring and level mapping.
    scoring = tm.add(
        tg.Service(
            "Placement scoring service",
            description="Maps the score to a CEFR level with fixed cut-offs.",
            controls={
                c.HumanInTheLoop(
                    approver="a teacher",
                    note="only scores within half a band of a cut-off; others are assigned directly",
                ),
                c.Contestability(note="students can ask for a level interview in week one"),
            },
        )
    )
    # In-house regression model on top of the pretrained encoder.
    scorer = tm.add(
        tg.Model(
            "Speaking scoring model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
        )
    )
    # The school management system: students, levels and class lists.
    records = tm.add(
        tg.DataStore(
            "Student record system",
            stores={registration, placement},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where teachers listen to borderline answers and confirm or override the level.
    console = tm.add(
        tg.Service(
            "Teacher review console",
            controls={c.Authentication(method="Google Workspace single sign-on")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Teacher-rated recordings and transcripts used for retraining.
        rated_set = tm.add(
            tg.Dataset(
                "Rated speaking samples",
                stores={teacher_rating, recordings, transcripts},
                purpose="training",
            )
        )
        # Fine-tunes the scorer each term.
        training = tm.add(
            tg.Pipeline("Termly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Holds scorer versions; serving loads the latest from here.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("School office", trust=tg.Trust.INTERNAL):
    # Runs retraining and deploys new scorer versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(student, web_app, registration, protocol="https")
tm.flow(web_app, student, test_prompts, protocol="https")
tm.flow(student, web_app, recordings, protocol="https", label="recorded answers")
tm.flow(web_app, records, registration)
tm.flow(web_app, bucket, recordings)

tm.flow(bucket, scoring, recordings)
tm.flow(scoring, stt, recordings, protocol="https")
tm.flow(stt, scoring, transcripts, protocol="https")
tm.flow(scoring, scorer, speech_features)
tm.flow(scorer, scoring, score)
tm.flow(scoring, records, placement)
tm.flow(records, web_app, placement)
tm.flow(web_app, student, placement, protocol="https", label="assigned level")

tm.flow(scoring, console, review_case)
tm.flow(bucket, console, recordings, label="playback")
tm.flow(console, teacher, review_case, recordings, protocol="https")
tm.flow(teacher, console, teacher_rating, placement, protocol="https")
tm.flow(console, records, placement, label="confirmed or overridden level")
tm.flow(console, rated_set, teacher_rating)
tm.flow(bucket, rated_set, recordings)
tm.flow(scoring, rated_set, transcripts)

tm.flow(model_hub, training, encoder, protocol="https")
tm.flow(ml_engineer, training, training_config)
tm.flow(rated_set, training, teacher_rating, recordings, transcripts)
tm.flow(training, registry, weights)
tm.flow(registry, scorer, weights, label="deploy")
