"""Beach clean: litter photo classification and volunteer leaderboard (first design).

A UK marine charity runs a beach-clean app. Volunteers sign up with e-mail and
password, photograph the litter they pick up, and submit a survey for the stretch
of beach they cleaned. An in-house vision model, fine-tuned from an open-weights
image model, classifies each photographed item into the national survey's litter
categories, and a leaderboard service awards points per recorded item. Charity
coordinators review and correct classifications in a staff console (Google
Workspace sign-in with 2SV); corrected photos feed monthly retraining. Approved
scientists download the survey data from a research portal; exports are
aggregated to beach level with volunteer identities removed. Uploaded photos are
checked for type and size, stored encrypted, and a new model must beat the
current one on a held-out set before it is promoted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Beach clean litter classification and volunteer leaderboard",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Volunteers' litter photos classified for the national beach litter survey.",
)

# ---------------------------------------------------------------- data assets
litter_photos = tg.Data(
    "Litter photos with location",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photos with GPS; people on the beach are sometimes in frame.",
)
survey_submission = tg.Data(
    "Beach survey submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Beach, date, volunteer, group size and item counts.",
)
item_classification = tg.Data(
    "Litter item classification", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
survey_records = tg.Data(
    "Survey records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
volunteer_accounts = tg.Data(
    "Volunteer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, password hash, home region and display name.",
)
points = tg.Data("Volunteer points totals", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
standings = tg.Data(
    "Leaderboard standings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Display names, regions and points, shown to every volunteer.",
)
corrections = tg.Data(
    "Coordinator corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
review_queue = tg.Data(
    "Photos and classifications for review", kind="media", sensitivity=tg.Sensitivity.PII
)
training_photos = tg.Data(
    "Labelled litter photos", kind="training-data", sensitivity=tg.Sensitivity.PII
)
base_weights = tg.Data(
    "Open-weights base image model", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
classifier_weights = tg.Data(
    "Litter classifier checkpoint", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
download_request = tg.Data(
    "Research download request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
research_export = tg.Data(
    "Research survey export",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Item counts per category per beach clean, without volunteer identities.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can download the app and sign up as a volunteer.
    volunteer = tm.add(tg.Actor("Volunteer", role="volunteer"))
    # University and agency researchers the charity has approved.
    scientist = tm.add(tg.Actor("Research scientist", role="researcher"))
    # Public model hub the base image model is pulled from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Charity cloud", trust=tg.Trust.INTERNAL):
    # The app's backend: sign-in, photo upload, surveys and the leaderboard view.
    app_api = tm.add(
        tg.Endpoint(
            "Beach clean app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Object storage for every uploaded photo.
    photo_store = tm.add(
        tg.DataStore(
            "Litter photo store",
            stores={litter_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The vision model that puts each item in a survey category.
    classifier = tm.add(
        tg.Model(
            "Litter item classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Fine-tuned image classifier for the national survey's categories.",
        )
    )
    # Survey submissions with their classified items: the charity's survey data.
    survey_db = tm.add(tg.DataStore("Survey database", stores={survey_records}))
    # Volunteer accounts, points and leaderboard standings.
    volunteer_db = tm.add(
        tg.DataStore("Volunteer database", stores={volunteer_accounts, points, standings})
    )
    # Awards points for each recorded item and ranks volunteers.
    leaderboard = tm.add(
        tg.Service("Leaderboard service", description="Awards points per recorded item.")
    )
    # Staff console where coordinators check and correct classifications.
    console = tm.add(
        tg.Endpoint(
            "Coordinator review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.RBAC(),
            },
        )
    )
    # Portal where approved scientists download survey data.
    research_portal = tm.add(
        tg.Endpoint(
            "Research data portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="approved researcher accounts with e-mail and password"),
                c.DataMinimization(note="beach-level aggregates, volunteer identities removed"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Corrected photos used to retrain the classifier.
        training_set = tm.add(tg.Dataset("Litter training set", stores={training_photos}))
        # Monthly fine-tuning job (PyTorch and public packages).
        training = tm.add(
            tg.Pipeline(
                "Monthly classifier retraining",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={c.ModelValidation(note="must beat the current model on a held-out set")},
            )
        )
        # Stores each trained checkpoint for promotion to serving.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={classifier_weights}))

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Charity staff who review classifications.
    coordinator = tm.add(tg.Actor("Survey coordinator", role="charity staff"))

# ---------------------------------------------------------------- flows
# Volunteers submit photos and surveys, and see classifications and standings.
tm.flow(volunteer, app_api, litter_photos, survey_submission, protocol="https")
tm.flow(app_api, volunteer, item_classification, standings, protocol="https")
tm.flow(app_api, photo_store, litter_photos)
tm.flow(app_api, classifier, litter_photos)
tm.flow(classifier, app_api, item_classification)
tm.flow(app_api, survey_db, survey_records)
tm.flow(app_api, volunteer_db, volunteer_accounts)
tm.flow(volunteer_db, app_api, volunteer_accounts, standings)

# Leaderboard.
tm.flow(survey_db, leaderboard, survey_records, label="new submissions")
tm.flow(leaderboard, volunteer_db, points, standings)

# Coordinator review and retraining.
tm.flow(photo_store, console, review_queue)
tm.flow(survey_db, console, survey_records)
tm.flow(console, coordinator, review_queue, protocol="https")
tm.flow(coordinator, console, corrections, protocol="https")
tm.flow(console, survey_db, corrections)
tm.flow(console, training_set, training_photos, corrections, label="monthly export")
tm.flow(model_hub, training, base_weights, protocol="https")
tm.flow(training_set, training, training_photos)
tm.flow(training, registry, classifier_weights)
tm.flow(registry, classifier, classifier_weights, label="deploy")

# Research downloads.
tm.flow(scientist, research_portal, download_request, protocol="https")
tm.flow(survey_db, research_portal, survey_records, label="export")
tm.flow(research_portal, scientist, research_export, protocol="https")
