"""Racehorse gait video scoring: the first design, before any security review.

Before each race, technicians at the racecourse film every runner trotting up
on an authority tablet, which uploads the clip to the racing authority's cloud.
A scoring service runs an in-house video model that grades each horse for
lameness; flagged horses appear in the vet review console, where the racecourse
vet watches the clip, examines the horse and records whether it may run. A
withdrawal goes to the race entries system as a non-runner. Trainers sign in to
a web portal (e-mail and password) to see scores for the horses they train.
Each season the ML team retrains the model on archived clips labelled with the
vets' decisions and publishes it to a model registry. Vets use the authority's
SSO with MFA, tablets an API key each; storage is encrypted with cloud KMS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Racehorse gait video lameness scoring",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Pre-race trot-up videos scored for lameness by a video model; the racecourse "
        "vet decides whether each flagged horse may run; retrained each season."
    ),
)

# ---------------------------------------------------------------- data assets
trot_video = tg.Data(
    "Trot-up video",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Clip of a horse trotting up and back on a hard surface, with race and horse ids.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
lameness_score = tg.Data(
    "Lameness score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-limb lameness grade and an overall flag; market-sensitive before the off.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
runners = tg.Data(
    "Runner list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Declared runners per race with horse, trainer and stall.",
)
fitness_decision = tg.Data(
    "Fit-to-run decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The vet's decision (run / withdraw) with notes.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
trainer_account = tg.Data(
    "Trainer sign-in",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="Trainer e-mail and password.",
)
labels = tg.Data(
    "Vet decision labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Lameness model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the video model.",
)
train_config = tg.Data("Retraining configuration", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Licensed trainers look up their own horses' scores from anywhere.
    trainer = tm.add(tg.Actor("Trainer", role="licensed trainer"))

with tm.boundary("Racecourse", trust=tg.Trust.PARTNER):
    # The authority's tablets film the trot-up; they upload over racecourse Wi-Fi or 4G.
    tablet = tm.add(
        tg.Device(
            "Trot-up filming tablet",
            description="Authority-issued tablet with the filming app, one per racecourse.",
        )
    )
    # Authority-appointed vet on duty at the meeting; makes the final call.
    vet = tm.add(tg.Actor("Racecourse vet", role="veterinary officer"))

with tm.boundary("Authority cloud", trust=tg.Trust.INTERNAL):
    # Receives clips from the tablets.
    upload_api = tm.add(
        tg.Endpoint(
            "Video upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-tablet API key")},
        )
    )
    # Keeps every clip for review, disputes and retraining.
    archive = tm.add(
        tg.DataStore(
            "Trot-up video archive",
            stores={trot_video},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Picks up each new clip, runs the model and raises flags for the vet.
    scorer = tm.add(tg.Service("Lameness scoring service"))
    # The video model itself.
    model = tm.add(
        tg.Model(
            "Horse lameness video model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Pose-tracking video network grading gait asymmetry per limb.",
        )
    )
    # Scores and vet decisions per horse and race.
    records = tm.add(
        tg.DataStore(
            "Horse fitness records",
            stores={lameness_score, fitness_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where the vet sees flagged horses with their clips and records the decision.
    vet_console = tm.add(
        tg.Endpoint(
            "Vet review console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            returns_scores=True,
            controls={
                c.Authentication(method="authority SSO with MFA"),
                c.HumanInTheLoop(approver="racecourse vet"),
                c.AuditLogging(),
            },
        )
    )
    # Web portal where trainers see their own horses' scores and decisions.
    portal = tm.add(
        tg.Endpoint(
            "Trainer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            returns_scores=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="a trainer sees only horses registered to their licence"),
            },
        )
    )
    # Existing system of record for declarations and non-runners.
    entries = tm.add(tg.Service("Race entries system"))

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Clips joined to the vets' decisions for the season.
        train_set = tm.add(
            tg.Dataset("Season training set", stores={trot_video, labels}, purpose="training")
        )
        # Retrains once a season, after the flat season ends.
        retrain = tm.add(tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING))
        # Holds model versions; serving pulls the version marked current.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Authority office", trust=tg.Trust.INTERNAL):
    # Runs retraining and marks a new version current.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(tablet, upload_api, trot_video, protocol="https")
tm.flow(upload_api, archive, trot_video)
tm.flow(archive, scorer, trot_video, label="new clip")
tm.flow(entries, scorer, runners, label="match clip to runner")
tm.flow(scorer, model, trot_video)
tm.flow(model, scorer, lameness_score)
tm.flow(scorer, records, lameness_score)

tm.flow(records, vet_console, lameness_score, label="flagged horses")
tm.flow(archive, vet_console, trot_video)
tm.flow(vet_console, vet, lameness_score, trot_video, protocol="https")
tm.flow(vet, vet_console, fitness_decision, protocol="https")
tm.flow(vet_console, records, fitness_decision)
tm.flow(vet_console, entries, fitness_decision, label="withdraw non-runner")

tm.flow(trainer, portal, trainer_account, protocol="https")
tm.flow(records, portal, lameness_score, fitness_decision)
tm.flow(portal, trainer, lameness_score, fitness_decision, protocol="https")

tm.flow(records, train_set, labels, label="end-of-season export")
tm.flow(archive, train_set, trot_video, label="end-of-season export")
tm.flow(train_set, retrain, trot_video, labels)
tm.flow(ml_engineer, retrain, train_config, protocol="https")
tm.flow(retrain, registry, weights)
tm.flow(registry, model, weights, label="load current version")
