"""Primary school library book recommender: the first design, before any security review.

Our library management service for UK primary schools adds "books you might like" to
the pupil app. Pupils aged 5 to 11 sign in on school tablets with a printed QR login
card and see recommendations from their own school's shelves, matched to the reading
level (book band) their teacher set and to what they have borrowed and rated before.
Librarians and teachers scan loans and set reading levels in the staff web console.
The pupil roster comes nightly from each school's MIS through a sync partner, and book
metadata (blurbs, interest ages, covers) from a book data vendor. A nightly pipeline
trains a collaborative-filtering ranker on pseudonymised loans and ratings; the
recommendation service keeps to books the school owns within the pupil's age band.
Everything runs in our UK cloud region; staff sign in with their school Google or
Microsoft account, and the library database is encrypted and scoped per school.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Primary school library book recommender",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Book recommendations for pupils aged 5 to 11 from reading history and reading level.",
)

# ---------------------------------------------------------------- data assets
roster = tg.Data(
    "Pupil roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, year group, class and date of birth of each pupil, from the school MIS.",
)
reading_level = tg.Data("Reading level (book band)", kind="records", sensitivity=tg.Sensitivity.PII)
loans = tg.Data(
    "Loans and reading history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
ratings = tg.Data(
    "Pupil book ratings",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Smiley-face rating a pupil gives after returning a book.",
)
book_metadata = tg.Data(
    "Book metadata",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Titles, blurbs, interest ages, reading bands and cover images, licensed from the vendor.",
)
rec_request = tg.Data("Recommendation request", kind="records", sensitivity=tg.Sensitivity.PII)
recommendations = tg.Data(
    "Book recommendations", kind="model-output", sensitivity=tg.Sensitivity.PII
)
interactions = tg.Data(
    "Pupil-book interaction features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Pseudonymous pupil id, book id, borrow and rating signals, year group.",
)
relevance = tg.Data(
    "Book relevance scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Recommender model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Schools", trust=tg.Trust.UNTRUSTED):
    # The children who borrow books and use the app.
    pupil = tm.add(tg.Actor("Pupil", role="pupil aged 5 to 11"))
    # School-owned tablets running the pupil app.
    pupil_app = tm.add(
        tg.Device("Pupil app on school tablets", description="iPad and Chromebook app.")
    )
    # School staff running the library.
    librarian = tm.add(tg.Actor("Librarian or teacher", role="school staff"))

with tm.boundary("MIS sync partner", trust=tg.Trust.PARTNER):
    # Nightly roster export from each school's management information system.
    mis = tm.add(
        tg.DataSource("School MIS roster sync", origin=tg.Origin.PARTNER, provides={roster})
    )

with tm.boundary("Book data vendor", trust=tg.Trust.PARTNER):
    # Bibliographic data for the catalogue.
    book_feed = tm.add(
        tg.DataSource("Book metadata feed", origin=tg.Origin.VENDOR, provides={book_metadata})
    )

with tm.boundary("Library platform (UK region)", trust=tg.Trust.INTERNAL):
    # Single API for the pupil app and the staff web console.
    api = tm.add(
        tg.Endpoint(
            "Library API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="staff: school Google or Microsoft SSO; pupils: printed per-pupil QR login card"
                )
            },
        )
    )
    # Loans, returns, ratings, reading levels, roster and catalogue import.
    library = tm.add(tg.Service("Library service", controls={c.AuditLogging()}))
    # Per-school records of pupils, levels and loans.
    library_db = tm.add(
        tg.DataStore(
            "Library database",
            stores={roster, reading_level, loans, ratings},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(note="staff see only their own school's pupils"),
            },
        )
    )
    # Each school's holdings with vendor metadata.
    catalogue = tm.add(tg.DataStore("Book catalogue", stores={book_metadata}))
    # Builds the candidate list and filters it before the app shows it.
    rec_service = tm.add(
        tg.Service(
            "Recommendation service",
            controls={
                c.OutputFiltering(
                    note="only books the school owns whose interest age fits the pupil's age band"
                )
            },
        )
    )
    # Ranks candidate books for one pupil.
    recommender = tm.add(
        tg.Model(
            "Book recommender",
            task=tg.Task.RANKER,
            description="Implicit-feedback matrix factorisation, retrained nightly.",
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Nightly retraining on pseudonymised interactions.
        training = tm.add(
            tg.Pipeline(
                "Nightly training pipeline",
                stage=tg.Stage.TRAINING,
                controls={c.DataMinimization(note="pupil names dropped, ids pseudonymised")},
            )
        )
        # Object storage of model versions the recommender loads.
        model_store = tm.add(tg.ModelRegistry("Model store", stores={artifact}))

with tm.boundary("Vendor corporate network", trust=tg.Trust.INTERNAL):
    # Maintains the pipeline and the model.
    engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(pupil, pupil_app, ratings, label="taps a smiley after returning a book")
tm.flow(pupil_app, pupil, recommendations)
tm.flow(pupil_app, api, rec_request, ratings, protocol="https")
tm.flow(api, pupil_app, recommendations, protocol="https")

tm.flow(
    librarian, api, loans, reading_level, protocol="https", label="scans loans, sets book bands"
)
tm.flow(api, librarian, loans, reading_level, protocol="https", label="class reading reports")
tm.flow(api, library, loans, reading_level, ratings)
tm.flow(library, api, loans, reading_level)
tm.flow(library, library_db, roster, loans, reading_level, ratings)
tm.flow(library_db, library, roster, loans, reading_level)

tm.flow(mis, library, roster, protocol="https", label="nightly roster sync")
tm.flow(book_feed, library, book_metadata, protocol="https", label="weekly metadata import")
tm.flow(library, catalogue, book_metadata)

tm.flow(api, rec_service, rec_request)
tm.flow(library_db, rec_service, reading_level, loans, label="pupil's level and past loans")
tm.flow(catalogue, rec_service, book_metadata, label="school holdings and interest ages")
tm.flow(rec_service, recommender, interactions)
tm.flow(recommender, rec_service, relevance)
tm.flow(rec_service, api, recommendations)

tm.flow(library_db, training, loans, ratings, reading_level)
tm.flow(catalogue, training, book_metadata)
tm.flow(engineer, training, training_config, protocol="https")
tm.flow(training, model_store, artifact)
tm.flow(model_store, recommender, artifact, label="loads latest version")
