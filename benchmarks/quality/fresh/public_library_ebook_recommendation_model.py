"""Public library ebook and audiobook recommendations: the first design, before review.

Library members open the library's app and see a "for you" shelf of ebooks and
audiobooks. The app calls our App API, which signs members in with their library
card number and PIN, checked against the on-premises library management system (ILS)
over SIP2 through the site-to-site VPN. A recommendation service reads each member's
reading features, asks an in-house ranking model to order candidate titles, and keeps
only titles in the catalogue. A nightly ingestion job pulls loan and hold history
from the ILS and from the ebook lending platform (a vendor), plus taps on the shelf;
it refreshes the feature store and a pseudonymised training set. A weekly job retrains
the ranker and writes it to a model registry; the library systems officer tags the
version that goes live. Everything except the ILS runs in the library's cloud tenancy.
Members' reading history is personal data under GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Public library ebook recommendation model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Recommends ebooks and audiobooks to library members from their loans and holds.",
)

# ---------------------------------------------------------------- data assets
card_pin = tg.Data(
    "Library card number and PIN",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="What a member types into the app to sign in.",
)
patron_status = tg.Data(
    "Patron status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="SIP2 answer: valid or blocked card, member id, home branch.",
)
rec_request = tg.Data("Recommendation request", kind="records", sensitivity=tg.Sensitivity.PII)
recommendations = tg.Data(
    "Recommended titles",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="A member's ranked shelf: it reveals what they like to read.",
)
shelf_taps = tg.Data(
    "Recommendation taps and borrows",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Which recommended titles a member opened, borrowed or placed on hold.",
)
loan_history = tg.Data(
    "Loan and hold history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Members' print and digital loans and holds from the ILS.",
)
ebook_events = tg.Data(
    "Ebook loan and hold events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Digital loans, returns and holds per library card, from the lending platform.",
)
catalogue = tg.Data(
    "Digital catalogue metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Titles, authors, subjects, formats, copies owned and availability.",
)
features = tg.Data(
    "Member reading features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-member genre, author and format affinities and recent titles.",
)
interactions = tg.Data(
    "Pseudonymised interaction set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Member-title interactions keyed by a pseudonymous id.",
)
ranker_artifact = tg.Data(
    "Ranker model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
release_tag = tg.Data("Production version tag", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a library card (and anyone who guesses one) uses the app.
    member = tm.add(tg.Actor("Library member", role="library member"))

with tm.boundary("Ebook lending platform", trust=tg.Trust.PARTNER):
    # The vendor that licenses and lends the ebooks and audiobooks; it exports loan
    # events and catalogue records to subscribing libraries.
    lending = tm.add(
        tg.DataSource(
            "Ebook lending platform",
            origin=tg.Origin.VENDOR,
            provides={ebook_events, catalogue},
            description="Vendor reporting API with per-library API key.",
        )
    )

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # The system of record for members, cards, loans and holds.
    ils = tm.add(
        tg.DataStore(
            "Library management system (ILS)",
            stores={loan_history, card_pin, patron_status},
            controls={c.RBAC(note="staff roles in the ILS")},
        )
    )
    # Runs the recommendation service and decides which model version goes live.
    officer = tm.add(tg.Actor("Library systems officer", role="systems officer", privileged=True))

with tm.boundary("Library cloud tenancy", trust=tg.Trust.INTERNAL):
    # The API the library app calls; the only part reachable from the internet.
    app_api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="library card number and PIN, checked against the ILS over SIP2"
                )
            },
        )
    )
    # Builds a member's shelf: features in, ranked titles out, filtered to the catalogue.
    rec_service = tm.add(tg.Service("Recommendation service"))
    # Orders candidate titles for one member.
    ranker = tm.add(
        tg.Model(
            "Ebook recommender",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Implicit-feedback matrix factorisation over loans and holds.",
        )
    )
    # Online lookups of each member's reading features.
    feature_store = tm.add(
        tg.FeatureStore(
            "Member feature store",
            stores={features},
            online=True,
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Current catalogue, so only titles the library owns are recommended.
    catalogue_store = tm.add(tg.DataStore("Digital catalogue store", stores={catalogue}))
    # Taps on the shelf, kept to learn what members act on.
    event_log = tm.add(
        tg.DataStore(
            "Recommendation event log",
            stores={shelf_taps},
            controls={c.RetentionLimits(days=90)},
        )
    )
    # Nightly job: pulls loans, holds, catalogue and taps; builds features and training data.
    ingestion = tm.add(tg.Pipeline("Nightly ingestion job", stage=tg.Stage.INGESTION))
    # What the ranker is trained on: member ids replaced with pseudonyms, no names or addresses.
    training_set = tm.add(
        tg.Dataset(
            "Interaction training set",
            stores={interactions},
            controls={
                c.DataMinimization(
                    note="pseudonymous ids; names, addresses and card numbers dropped"
                )
            },
        )
    )
    # Weekly retraining with an open-source recommender library from PyPI.
    training = tm.add(
        tg.Pipeline("Weekly ranker training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Trained ranker versions; the live one is the version tagged production.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={ranker_artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")
vpn = c.EncryptionInTransit(protocol="IPsec site-to-site VPN")

# serving
tm.flow(member, app_api, card_pin, rec_request, protocol="https", controls={tls})
tm.flow(app_api, ils, card_pin, protocol="sip2", controls={vpn}, label="patron sign-in")
tm.flow(ils, app_api, patron_status, protocol="sip2", controls={vpn})
tm.flow(app_api, rec_service, rec_request)
tm.flow(rec_service, feature_store, rec_request, label="feature lookup")
tm.flow(feature_store, rec_service, features)
tm.flow(rec_service, ranker, features)
tm.flow(ranker, rec_service, recommendations)
tm.flow(catalogue_store, rec_service, catalogue, label="availability filter")
tm.flow(rec_service, app_api, recommendations)
tm.flow(app_api, member, recommendations, protocol="https", controls={tls})
tm.flow(member, app_api, shelf_taps, protocol="https", controls={tls})
tm.flow(app_api, event_log, shelf_taps)

# data collection
tm.flow(lending, ingestion, ebook_events, catalogue, protocol="https", controls={tls})
tm.flow(ils, ingestion, loan_history, protocol="sftp", controls={vpn}, label="nightly export")
tm.flow(event_log, ingestion, shelf_taps)
tm.flow(ingestion, feature_store, features)
tm.flow(ingestion, catalogue_store, catalogue)
tm.flow(ingestion, training_set, interactions)

# training and release
tm.flow(training_set, training, interactions)
tm.flow(training, registry, ranker_artifact)
tm.flow(officer, registry, release_tag, label="tags the production version")
tm.flow(registry, ranker, ranker_artifact, label="loaded at service start")
