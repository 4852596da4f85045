"""University library recommendation ranker: the first design.

Students and staff of a European university sign in to the library discovery
portal with university single sign-on and see a "recommended for you" shelf next
to their search results. A recommendation service takes candidate titles from the
catalogue search index, looks up the reader's features (loan history, subjects,
course enrolments) in a feature store and has an in-house gradient-boosted ranker
order them. Librarians pin or hide titles through the portal's admin pages. A
nightly pipeline pulls loans and catalogue records from the vendor-hosted library
management system and joins them with the portal's click log to refresh features
and a pseudonymised training set; a data scientist retrains the ranker, and the
service loads the promoted version from the model registry. Everything except the
library system and the identity provider runs in the university's cloud tenant.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University library recommendation ranker",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Personalised title recommendations in the library discovery portal, "
    "ranked from readers' loan and click history.",
)

# ---------------------------------------------------------------- data assets
sso_credentials = tg.Data(
    "University SSO credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
sso_assertion = tg.Data(
    "SAML assertion", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
portal_request = tg.Data(
    "Search and page request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Query text and page views, tied to the signed-in reader.",
)
recommendations = tg.Data(
    "Recommended titles",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reveals what the reader has been reading.",
)
reader_features = tg.Data(
    "Reader features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Loan counts by subject, course enrolments, recent borrowing.",
)
ranking_scores = tg.Data("Ranking scores", kind="model-output", sensitivity=tg.Sensitivity.PII)
catalogue = tg.Data("Catalogue records", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
loans = tg.Data(
    "Loan history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
clicks = tg.Data("Impression and click events", kind="feedback", sensitivity=tg.Sensitivity.PII)
interactions = tg.Data(
    "Pseudonymised interaction set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Reader-title pairs with loans and clicks; reader ids replaced by hashes.",
)
ranker_weights = tg.Data(
    "Ranker model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
training_config = tg.Data("Training configuration", kind="code")
curation_rules = tg.Data("Curation pins and blocks", kind="records")
promotion = tg.Data("Promotion of a ranker version", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students and staff, on and off campus.
    reader = tm.add(tg.Actor("Reader", role="student or staff member"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The university's cloud-hosted single sign-on.
    idp = tm.add(
        tg.ExternalService("University SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("Library systems vendor", trust=tg.Trust.PARTNER):
    # The vendor-hosted library management system: loans, patrons and the catalogue.
    lms = tm.add(
        tg.DataSource(
            "Library management system",
            origin=tg.Origin.VENDOR,
            provides={loans, catalogue},
            description="SaaS LMS read through its REST API with an API key.",
        )
    )

with tm.boundary("University cloud tenant", trust=tg.Trust.INTERNAL):
    # The public-facing discovery portal the recommendations appear in.
    portal = tm.add(
        tg.Endpoint(
            "Library discovery portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (SAML 2.0) with MFA"),
                c.RBAC(note="librarian role for the curation admin pages"),
            },
        )
    )
    # Gathers candidates and features, calls the ranker, applies curation rules.
    rec_service = tm.add(tg.Service("Recommendation service"))
    # Orders candidate titles for one reader.
    ranker = tm.add(
        tg.Model(
            "Recommendation ranker",
            task=tg.Task.RANKER,
            description="LightGBM learning-to-rank model over reader and title features.",
        )
    )
    # Online per-reader features for serving.
    feature_store = tm.add(
        tg.FeatureStore(
            "Reader feature store",
            stores={reader_features},
            online=True,
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Candidate generation: titles matching the reader's subjects and searches.
    catalogue_index = tm.add(tg.DataStore("Catalogue search index", stores={catalogue}))
    # Portal impressions and clicks, used as implicit feedback.
    click_log = tm.add(tg.DataStore("Click log", stores={clicks}))

    with tm.boundary("Analytics zone", trust=tg.Trust.RESTRICTED):
        feature_pipeline = tm.add(
            tg.Pipeline(
                "Nightly feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                description="Extracts loans and clicks, builds features and the training set.",
            )
        )
        interaction_set = tm.add(
            tg.Dataset(
                "Interaction training set",
                stores={interactions},
                controls={
                    c.DataMinimization(note="reader ids replaced by salted hashes"),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )
        training = tm.add(
            tg.Pipeline(
                "Ranker training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={ranker_weights}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Curates what the shelf may show (course texts, withdrawn titles).
    librarian = tm.add(tg.Actor("Librarian", role="library staff"))
    # Builds, evaluates and promotes the ranker.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(reader, idp, sso_credentials, protocol="https")
tm.flow(idp, portal, sso_assertion, protocol="https", label="via the browser")

# serving
tm.flow(reader, portal, portal_request, protocol="https")
tm.flow(portal, reader, recommendations, protocol="https")
tm.flow(portal, rec_service, portal_request, protocol="https")
tm.flow(rec_service, portal, recommendations, protocol="https")
tm.flow(rec_service, catalogue_index, portal_request, label="candidate query")
tm.flow(catalogue_index, rec_service, catalogue, label="candidates")
tm.flow(rec_service, feature_store, portal_request, label="reader lookup")
tm.flow(feature_store, rec_service, reader_features)
tm.flow(rec_service, ranker, reader_features, catalogue)
tm.flow(ranker, rec_service, ranking_scores)
tm.flow(portal, click_log, clicks)

# curation
tm.flow(librarian, portal, curation_rules, protocol="https", label="admin pages")
tm.flow(portal, rec_service, curation_rules, protocol="https")

# nightly refresh and retraining
tm.flow(lms, feature_pipeline, loans, protocol="https", label="nightly API export")
tm.flow(lms, catalogue_index, catalogue, protocol="https", label="nightly harvest")
tm.flow(click_log, feature_pipeline, clicks)
tm.flow(feature_pipeline, feature_store, reader_features)
tm.flow(feature_pipeline, interaction_set, interactions)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(interaction_set, training, interactions)
tm.flow(training, registry, ranker_weights)
tm.flow(data_scientist, registry, promotion, protocol="https")
tm.flow(registry, ranker, ranker_weights, label="loaded at start-up")
