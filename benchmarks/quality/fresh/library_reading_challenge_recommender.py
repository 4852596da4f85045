"""Library summer reading challenge: the first design, before any security review.

The public library runs a summer reading challenge for children aged 4 to 12.
Parents register their children in a web and phone app with a library card,
and can see what each child has read and the badges earned. Children sign in
with their library card number and PIN, log the books they have finished and
get badges and book recommendations. A ranking model, trained nightly in the
library's cloud account from the children's reading logs and ages, picks the
recommendations from the library catalogue, which mirrors the vendor-hosted
library management system. Librarians add challenge books and see which
recommendations children take up. Designed controls: sign-in for parents,
children and staff, card checks against the library system, TLS on public
links, role-based access for staff, and age bands instead of birth dates in
the training data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Library reading challenge recommender",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Children's summer reading challenge app with book recommendations.",
)

# ---------------------------------------------------------------- data assets
registration = tg.Data(
    "Child registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parent name and e-mail, child's first name, date of birth, library card.",
)
reading_log = tg.Data(
    "Reading log entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Books a child says they read, with date and star rating.",
)
profile = tg.Data(
    "Child reader profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Child's name, age, reading history and badges.",
)
activity = tg.Data("Child activity summary", kind="records", sensitivity=tg.Sensitivity.PII)
badges = tg.Data("Badges and progress", kind="records", sensitivity=tg.Sensitivity.PII)
card_check = tg.Data(
    "Library card check", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_result = tg.Data("Card check result", kind="records", sensitivity=tg.Sensitivity.PII)
catalogue = tg.Data(
    "Catalogue records",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
new_books = tg.Data("Challenge book entries", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data("Reader features", kind="features", sensitivity=tg.Sensitivity.PII)
recs = tg.Data("Book recommendations", kind="model-output", sensitivity=tg.Sensitivity.PII)
takeup = tg.Data("Recommendation take-up events", kind="feedback", sensitivity=tg.Sensitivity.PII)
training = tg.Data(
    "Training snapshot",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Pseudonymous reader id, age band, books read and recommendations taken up.",
)
weights = tg.Data("Recommender model", format="pickle", sensitivity=tg.Sensitivity.INTERNAL)
stats = tg.Data("Take-up statistics", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
mail = tg.Data("Parent notification e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parent or carer who registers children and follows their progress.
    parent = tm.add(tg.Actor("Parent", role="parent or carer"))
    # Child taking part in the challenge, on a family tablet or phone.
    child = tm.add(tg.Actor("Child reader", role="child participant"))

with tm.boundary("Library cloud account", trust=tg.Trust.INTERNAL):
    # Public API behind the web and phone app; the only way in from outside.
    app_api = tm.add(
        tg.Endpoint(
            "Challenge app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="parents: e-mail and password; children: library card number and PIN"
                ),
            },
        )
    )
    # Registration, reading logs, badges and the parent's activity view.
    challenge = tm.add(tg.Service("Challenge service"))
    # Child profiles, reading history and badges for the summer.
    reader_db = tm.add(
        tg.DataStore("Reader database", stores={profile, reading_log, badges, takeup})
    )
    # Local copy of the catalogue with the challenge books flagged.
    cat_db = tm.add(tg.DataStore("Challenge catalogue", stores={catalogue}))
    # Ranks catalogue books for a child from their history and age.
    recommender = tm.add(
        tg.Model(
            "Book recommender",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Matrix factorisation over reading logs, filtered by age band.",
        )
    )
    # Nightly retraining from the reading logs and take-up.
    trainer = tm.add(
        tg.Pipeline(
            "Nightly recommender training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.DataMinimization(note="age band and pseudonymous id only, no names")},
        )
    )
    # Stores the trained model files the service loads each morning.
    artifacts = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Adds challenge books and looks at take-up figures.
    librarian = tm.add(tg.Actor("Librarian", role="children's librarian"))
    # Staff web console for books and reports.
    console = tm.add(
        tg.Service(
            "Librarian console",
            controls={c.Authentication(method="council staff SSO"), c.RBAC()},
        )
    )

with tm.boundary("LMS vendor", trust=tg.Trust.PARTNER):
    # Library management system: borrowers, cards and the full catalogue.
    lms = tm.add(tg.ExternalService("Library management system"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends registration confirmations and weekly progress e-mails.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(parent, app_api, registration, protocol="https", controls={tls}, label="register child")
tm.flow(app_api, challenge, registration)
tm.flow(challenge, lms, card_check, protocol="sip2", label="validate library card")
tm.flow(lms, challenge, card_result, protocol="sip2")
tm.flow(challenge, reader_db, profile)
tm.flow(challenge, mailer, mail, protocol="https", controls={tls})
tm.flow(mailer, parent, mail, protocol="smtp")

tm.flow(child, app_api, reading_log, protocol="https", controls={tls}, label="log a book")
tm.flow(app_api, challenge, reading_log)
tm.flow(challenge, reader_db, reading_log, badges)
tm.flow(reader_db, challenge, profile, badges)
tm.flow(challenge, app_api, badges, recs)
tm.flow(app_api, child, badges, recs, protocol="https", controls={tls})
tm.flow(challenge, app_api, activity, label="parent view")
tm.flow(app_api, parent, activity, protocol="https", controls={tls})

tm.flow(challenge, recommender, features)
tm.flow(cat_db, recommender, catalogue, label="candidate books")
tm.flow(recommender, challenge, recs)
tm.flow(challenge, reader_db, takeup, label="recommendation shown or borrowed")

tm.flow(reader_db, trainer, training, label="nightly snapshot")
tm.flow(cat_db, trainer, catalogue)
tm.flow(trainer, artifacts, weights)
tm.flow(artifacts, recommender, weights, label="loaded each morning")

tm.flow(lms, cat_db, catalogue, protocol="https", label="nightly catalogue sync")
tm.flow(librarian, console, new_books, label="add challenge books")
tm.flow(console, cat_db, new_books)
tm.flow(reader_db, console, stats, label="take-up report")
tm.flow(console, librarian, stats)
