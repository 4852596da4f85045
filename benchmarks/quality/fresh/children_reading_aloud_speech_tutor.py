"""Children's reading-aloud speech tutor: the first design, before any security review.

Children aged 5 to 9 read a book aloud in our app on a family or school tablet. An
on-device speech model listens and scores each word as read correctly or not; the
app shows encouragement and sends the session result (words right, pace, book) to
our cloud API. A level-adaptation service picks the next book level from the
child's history and the app downloads that book from the content catalogue.
Parents sign in to a web dashboard with e-mail and password to see their child's
progress; teachers in partner schools sign in through their school's identity
provider and see only their own class. When a parent opts in, the app also uploads
the raw recordings, which are kept in an encrypted bucket with the consent record
and used by a training pipeline to improve the speech model; new model versions
are published from the registry and pulled by the app. Traffic to the cloud uses
TLS; the cloud runs in one EU region.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Children's reading-aloud speech tutor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Reading app for 5-9 year olds: on-device word scoring, cloud level adaptation, "
        "parent and teacher dashboards, consented recordings used for model training."
    ),
)

# ---------------------------------------------------------------- data assets
reading_audio = tg.Data(
    "Child's read-aloud audio",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Live microphone audio of a child reading a page aloud.",
)
word_scores = tg.Data(
    "Per-word reading scores",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Which words the child read correctly, with confidence, for the page.",
)
session_result = tg.Data(
    "Reading session result",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Child profile id, book, accuracy, pace and time spent.",
)
next_level = tg.Data("Next book level", sensitivity=tg.Sensitivity.PII, kind="records")
books = tg.Data(
    "Levelled books",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Licensed book text, illustrations and reference word lists.",
)
child_profiles = tg.Data(
    "Child profiles and progress history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="First name, age, school class, reading levels and session history.",
)
consent = tg.Data(
    "Parental consent settings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Whether recordings may be uploaded for model improvement.",
)
progress_report = tg.Data("Progress report", sensitivity=tg.Sensitivity.PII, kind="records")
class_roster = tg.Data(
    "Class roster",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pupils' first names and class codes entered by the teacher.",
)
recordings = tg.Data(
    "Consented reading recordings",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Raw audio of children reading, with book text and consent record.",
)
parent_login = tg.Data(
    "Parent sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
sso_assertion = tg.Data(
    "Teacher SSO assertion", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
speech_model = tg.Data(
    "Speech scoring model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Family homes and tablets", trust=tg.Trust.UNTRUSTED):
    # The reader: a young child using the app, usually unsupervised at home.
    child = tm.add(tg.Actor("Child reader", role="child learner"))
    # Creates the family account, sets consent and watches progress.
    parent = tm.add(tg.Actor("Parent", role="parent or guardian"))
    # Our app on family and school tablets; records audio and talks to the cloud.
    app = tm.add(
        tg.Device(
            "Reading app on tablet",
            description="iOS and Android app; holds the child profiles of one family or class.",
        )
    )
    # Runs inside the app so live audio never has to leave the tablet for scoring.
    scorer = tm.add(
        tg.Model(
            "On-device speech scoring model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Compact acoustic model that marks each expected word read or missed.",
        )
    )

with tm.boundary("Partner schools", trust=tg.Trust.PARTNER):
    # Sees reading progress for the pupils in their own class.
    teacher = tm.add(tg.Actor("Teacher", role="class teacher"))
    # The school's own identity provider, so teachers need no separate password.
    school_idp = tm.add(
        tg.ExternalService("School identity provider", provides="identity-provider")
    )

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # Single entry point for the app: results, book downloads, recording uploads.
    app_api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-install app token issued at parent sign-up"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Chooses the next book level from the child's recent accuracy and pace.
    leveller = tm.add(
        tg.Service(
            "Level adaptation service",
            description="Rules and a small regression over the last sessions choose the next level.",
        )
    )
    # The system of record for children, classes and their progress.
    progress_db = tm.add(
        tg.DataStore(
            "Learner progress database",
            stores={child_profiles, consent, class_roster},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Licensed book content served to the app level by level.
    catalogue = tm.add(tg.DataStore("Book content catalogue", stores={books}))
    # Web dashboard for parents and teachers.
    dashboard = tm.add(
        tg.Endpoint(
            "Progress dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="parents: e-mail and password; teachers: school SSO (OIDC)"
                ),
                c.RBAC(note="teachers see only pupils in their class; parents only their children"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.RESTRICTED):
        # Holds uploaded recordings for training; only uploads with consent are accepted.
        recording_store = tm.add(
            tg.Dataset(
                "Consented recordings bucket",
                stores={recordings},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.ProvenanceTracking(note="each recording carries its consent record id"),
                },
            )
        )
        # Retrains and evaluates the speech scoring model on the recordings.
        training = tm.add(
            tg.Pipeline(
                "Speech model training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                description="Fine-tunes an open speech model on the consented recordings, monthly.",
            )
        )
        # Versions the speech model builds the app downloads.
        registry = tm.add(
            tg.ModelRegistry(
                "Speech model registry",
                stores={speech_model},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# reading on the tablet
tm.flow(child, app, reading_audio, label="reads aloud into the microphone")
tm.flow(app, scorer, reading_audio, protocol="local")
tm.flow(scorer, app, word_scores, protocol="local")
tm.flow(app, child, word_scores, label="on-screen feedback")
tm.flow(parent, app, consent, parent_login, label="family setup")

# cloud adaptation
tm.flow(app, app_api, session_result, protocol="https")
tm.flow(app_api, leveller, session_result)
tm.flow(leveller, progress_db, session_result)
tm.flow(progress_db, leveller, child_profiles)
tm.flow(leveller, app_api, next_level)
tm.flow(app_api, progress_db, consent)
tm.flow(catalogue, app_api, books)
tm.flow(app_api, app, next_level, books, protocol="https")

# dashboards
tm.flow(parent, dashboard, parent_login, protocol="https")
tm.flow(teacher, school_idp, sso_assertion, protocol="https", label="school sign-in")
tm.flow(school_idp, dashboard, sso_assertion, protocol="https")
tm.flow(teacher, dashboard, class_roster, protocol="https")
tm.flow(dashboard, progress_db, class_roster)
tm.flow(progress_db, dashboard, child_profiles)
tm.flow(dashboard, parent, progress_report, protocol="https")
tm.flow(dashboard, teacher, progress_report, protocol="https")

# model improvement
tm.flow(app, app_api, recordings, protocol="https", label="upload when consent is given")
tm.flow(app_api, recording_store, recordings)
tm.flow(recording_store, training, recordings)
tm.flow(training, registry, speech_model)
tm.flow(registry, app, speech_model, protocol="https", label="model update download")
