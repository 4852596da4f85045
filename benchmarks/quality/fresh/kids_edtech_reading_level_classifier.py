"""Kids' reading-level classifier: the first design, before any security review.

Our education company gives every library book in the catalog a reading level.
Publishers sign in to a portal and upload each title's full text (EPUB or PDF) and
metadata. An ingestion job extracts text and features, and an in-house classifier
(a fine-tuned small transformer plus readability features) predicts the level that
is written to the book catalog. Teachers see levels in the school app, signed in
through district SSO, and can report a wrong level. Curriculum specialists work the
reports in an internal console; their corrections update the catalog and become
labels for quarterly retraining, which publishes versions to a model registry.
Controls: publisher and SSO logins, upload type and size checks, an encrypted
manuscript bucket, role-based access to the console, pinned model versions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kids reading-level classifier",
    profile=tg.RiskProfile.LOW,
    description="Assigns reading levels to library books from publisher uploads; "
    "teachers see and contest them in the school app.",
)

# ---------------------------------------------------------------- data assets
manuscript = tg.Data(
    "Book full text",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Publishers' copyrighted text, some of it not yet released.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
metadata = tg.Data("Book metadata", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
features = tg.Data(
    "Text features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Tokenised passages, vocabulary and sentence statistics per title.",
)
level = tg.Data("Predicted reading level", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
catalog_entry = tg.Data(
    "Catalog entry with level",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lookup = tg.Data("Book search query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
report = tg.Data(
    "Wrong-level report",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Teacher name, school, the title, the level they expect and a comment.",
)
correction = tg.Data(
    "Corrected level label",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Publisher staff upload titles; any publisher we contract with gets an account.
    publisher = tm.add(tg.Actor("Publisher content team", role="publisher"))
    # Teachers use the school app from school networks and home.
    teacher = tm.add(tg.Actor("Teacher", role="teacher"))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Where publishers upload titles and metadata.
    portal = tm.add(
        tg.Endpoint(
            "Publisher upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="publisher accounts, password and e-mail verification"),
                c.InputValidation(note="file type (EPUB, PDF) and size checks"),
            },
        )
    )
    # Keeps the uploaded files as received.
    bucket = tm.add(
        tg.DataStore(
            "Manuscript bucket",
            stores={manuscript, metadata},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Extracts text and features, calls the classifier and writes the level.
    leveling_job = tm.add(
        tg.Pipeline(
            "Ingestion and leveling job",
            stage=tg.Stage.PREPROCESSING,
            description="Runs on each upload: text extraction, features, classification.",
        )
    )
    # The model that decides the reading level.
    classifier = tm.add(
        tg.Model(
            "Reading-level classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Fine-tuned small transformer plus readability features.",
        )
    )
    # The catalog every app reads levels from.
    catalog = tm.add(tg.DataStore("Book catalog", stores={catalog_entry, metadata}))
    # Backend of the school app: search, levels and wrong-level reports.
    school_api = tm.add(
        tg.Endpoint(
            "School app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="district SSO (OIDC)")},
        )
    )
    # Holds teachers' reports until a specialist looks at them.
    report_queue = tm.add(tg.DataStore("Level report queue", stores={report}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Specialist corrections plus features, for retraining.
        label_set = tm.add(tg.Dataset("Leveling training set", stores={correction, features}))
        # Quarterly retraining run.
        training = tm.add(
            tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versions of the classifier that the leveling job loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Curriculum specialists who decide disputed levels.
    specialist = tm.add(tg.Actor("Curriculum specialist", role="reviewer"))
    # Internal tool for working the report queue and overriding levels.
    console = tm.add(
        tg.Service(
            "Level review console",
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )
    # Runs retraining and promotes models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(publisher, portal, manuscript, metadata, protocol="https")
tm.flow(portal, publisher, metadata, protocol="https", label="upload status")
tm.flow(portal, bucket, manuscript, metadata)
tm.flow(bucket, leveling_job, manuscript, metadata)
tm.flow(leveling_job, classifier, features)
tm.flow(classifier, leveling_job, level)
tm.flow(leveling_job, catalog, catalog_entry)
tm.flow(leveling_job, label_set, features, label="features of each title")

tm.flow(teacher, school_api, lookup, report, protocol="https")
tm.flow(school_api, teacher, catalog_entry, protocol="https")
tm.flow(catalog, school_api, catalog_entry)
tm.flow(school_api, report_queue, report)

tm.flow(report_queue, console, report)
tm.flow(console, specialist, report, catalog_entry, protocol="https")
tm.flow(specialist, console, correction, protocol="https")
tm.flow(catalog, console, catalog_entry)
tm.flow(console, catalog, catalog_entry, label="level override")
tm.flow(console, label_set, correction)

tm.flow(label_set, training, correction, features)
tm.flow(ml_engineer, training, train_config)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="load pinned version")
