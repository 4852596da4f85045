"""Bridge club online duplicate scoring and fair play: the first design.

A bridge club in Dublin runs its weekly duplicate sessions online on a
third-party bridge platform. After each session an import job pulls the hand
records, auctions, card play and timings from the platform's export API with a
club API key, and a scoring service computes matchpoint results that members see
on the club's results website after signing in with membership number and password.
A feature pipeline turns each partnership's bidding and play into features, and a
screening job runs an in-house model that flags partnerships whose actions suggest
unauthorised information. Flags, with the boards behind them, go to the tournament
director's review console (club Google Workspace sign-in with 2SV, role-based);
the director decides whether to open a case. Confirmed case outcomes are used to
retrain the model once a season. Everything of the club's runs in one cloud project,
the fair-play parts in a separate, restricted project.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bridge club online duplicate scoring and fair play",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Scores online duplicate sessions from a bridge platform's hand records and flags "
        "suspected unauthorised information for the tournament director."
    ),
)

# ---------------------------------------------------------------- data assets
play = tg.Data("Bids and card play", sensitivity=tg.Sensitivity.PII, kind="records")
export_request = tg.Data(
    "Session export request", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
api_key = tg.Data("Platform API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
hand_records = tg.Data(
    "Hand records and play logs",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Deals, auctions, card play, alerts, explanations and timings per table.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
roster = tg.Data(
    "Member roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail, federation numbers and platform usernames.",
)
results = tg.Data("Session results and rankings", sensitivity=tg.Sensitivity.PII, kind="records")
sign_in = tg.Data(
    "Member sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
features = tg.Data(
    "Partnership bidding and play features", sensitivity=tg.Sensitivity.PII, kind="features"
)
flags = tg.Data(
    "Fair-play flags and scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
case_notes = tg.Data(
    "Director case notes and rulings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
outcomes = tg.Data("Confirmed case outcomes", sensitivity=tg.Sensitivity.PII, kind="labels")
model_file = tg.Data(
    "Fair-play model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members play from home and check results afterwards.
    member = tm.add(tg.Actor("Club member", role="player"))
    # The director works from home too, on their own laptop.
    director = tm.add(tg.Actor("Tournament director", role="tournament director", privileged=True))

with tm.boundary("Bridge platform", trust=tg.Trust.PARTNER):
    # Third-party platform that hosts the tables and deals the boards.
    platform = tm.add(
        tg.ExternalService(
            "Online bridge platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosts the club's sessions; exports hand records through an API.",
        )
    )

with tm.boundary("Club cloud project", trust=tg.Trust.INTERNAL):
    # Pulls each finished session from the platform.
    importer = tm.add(
        tg.Service(
            "Session import job",
            description="Runs after each session; maps platform usernames to members.",
            controls={
                c.SchemaEnforcement(note="PBN/LIN exports parsed against the expected format")
            },
        )
    )
    # Computes matchpoint and IMP scores from the hand records.
    scorer = tm.add(tg.Service("Scoring service"))
    # Hand records, roster and results: the club's record of play.
    results_db = tm.add(
        tg.DataStore(
            "Results database",
            stores={hand_records, roster, results},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Where members see results, hand records and their own statistics.
    website = tm.add(
        tg.Endpoint(
            "Club results website",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="membership number and password")},
        )
    )

    with tm.boundary("Fair-play project", trust=tg.Trust.RESTRICTED):
        # Turns each partnership's auctions and play into features.
        feature_job = tm.add(
            tg.Pipeline("Partnership feature pipeline", stage=tg.Stage.PREPROCESSING)
        )
        # Features per partnership and session, kept for screening and retraining.
        feature_store = tm.add(
            tg.FeatureStore("Partnership feature store", stores={features}, online=False)
        )
        # Runs the model over each session's partnerships and records flags.
        screening = tm.add(
            tg.Service(
                "Fair-play screening job",
                controls={
                    c.ExplainabilityLogging(note="each flag kept with the boards that drove it")
                },
            )
        )
        # The model that suggests unauthorised information; it only flags.
        fp_model = tm.add(
            tg.Model(
                "Fair-play model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees over partnership features; flags above a threshold.",
                controls={
                    c.HumanInTheLoop(
                        approver="tournament director",
                        note="a flag opens a review; the director decides any case or penalty",
                    )
                },
            )
        )
        # Flags, director notes and rulings.
        case_store = tm.add(
            tg.DataStore(
                "Fair-play case store",
                stores={flags, case_notes, outcomes},
                controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
            )
        )
        # The director's view of flags and the boards behind them.
        console = tm.add(
            tg.Endpoint(
                "Director review console",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="club Google Workspace account with 2SV"),
                    c.RBAC(note="tournament directors and the laws and ethics committee only"),
                },
            )
        )
        # Retrains the model once a season on confirmed outcomes.
        training = tm.add(tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING))
        # Bucket holding the trained model files.
        model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={model_file}))

# ---------------------------------------------------------------- flows
# Play happens on the platform.
tm.flow(member, platform, play, protocol="https")

# Import and scoring.
tm.flow(importer, platform, export_request, api_key, protocol="https")
tm.flow(platform, importer, hand_records, protocol="https")
tm.flow(results_db, importer, roster, label="username mapping")
tm.flow(importer, results_db, hand_records)
tm.flow(results_db, scorer, hand_records)
tm.flow(scorer, results_db, results)

# Members' view of results.
tm.flow(member, website, sign_in, protocol="https")
tm.flow(results_db, website, results, hand_records)
tm.flow(website, member, results, hand_records, protocol="https")

# Fair-play screening.
tm.flow(results_db, feature_job, hand_records, label="after each session")
tm.flow(feature_job, feature_store, features)
tm.flow(feature_store, screening, features)
tm.flow(screening, fp_model, features)
tm.flow(fp_model, screening, flags)
tm.flow(screening, case_store, flags)

# Director review.
tm.flow(case_store, console, flags, case_notes)
tm.flow(results_db, console, hand_records, label="boards behind a flag")
tm.flow(console, director, flags, case_notes, hand_records, protocol="https")
tm.flow(director, console, case_notes, outcomes, protocol="https")
tm.flow(console, case_store, case_notes, outcomes)

# Retraining and deployment.
tm.flow(case_store, training, outcomes)
tm.flow(feature_store, training, features, label="seasonal snapshot")
tm.flow(training, model_bucket, model_file)
tm.flow(model_bucket, fp_model, model_file, label="deploy")
