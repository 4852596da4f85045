"""Seal pup feeding and release model: the first design, before any security review.

Keepers in the sanctuary hospital weigh each rescued pup on a Bluetooth scale that
pairs with the ward tablet, and type their feeding and behaviour notes on the same
tablet; the in-house blood analyser's results are uploaded from the lab PC. All of it
lands in the pup records web app, a small hosted app with its database in our cloud
account. Each night a feature job pulls the day's records, has a hosted LLM turn the
keepers' free-text notes into structured observations (appetite, demeanour, stool),
and runs the feeding model, which recommends each pup's daily fish or tube-feed volume
and a release-readiness score. The consulting vet reviews the recommendations in the
app from the practice and approves or changes them; keepers see only approved plans.
A volunteer data scientist retrains the model after each pupping season on past pups'
outcomes and checks it against the last season before it goes to the registry. Staff
and the vet sign in with Google Workspace and 2-step verification; the database is
encrypted at rest and backed up daily.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Seal pup feeding and release model",
    profile=tg.RiskProfile.LOW,
    description=(
        "Recommends feeding volumes and release readiness for rescued seal pups, "
        "for the consulting vet to approve."
    ),
)

# ---------------------------------------------------------------- data assets
weigh_ins = tg.Data(
    "Pup weigh-in readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
blood_results = tg.Data(
    "Pup blood results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Haematology and biochemistry panels from the in-house analyser.",
)
keeper_notes = tg.Data(
    "Keepers' notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text feeding and behaviour notes, signed with the keeper's initials.",
)
pup_records = tg.Data(
    "Pup case records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Each pup's history: weights, bloods, notes, treatments and feeding plans.",
)
notes_prompt = tg.Data(
    "Notes extraction prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
observations = tg.Data(
    "Extracted pup observations", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
features = tg.Data("Pup daily features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
recommendation = tg.Data(
    "Feeding volume and release readiness recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
vet_decision = tg.Data(
    "Vet-approved feeding plan and release decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
history = tg.Data(
    "Past seasons' pup outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Weights, bloods, feeding and release or death outcome of earlier pups.",
)
notebook = tg.Data("Training notebook", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
artifact = tg.Data("Feeding model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Sanctuary hospital", trust=tg.Trust.INTERNAL):
    # Keepers weigh, feed and observe the pups and record what they see.
    keeper = tm.add(tg.Actor("Keeper", role="animal care staff"))
    # The ward tablet keepers enter weigh-ins and notes on.
    tablet = tm.add(tg.Device("Ward tablet", fleet=False))
    # Bluetooth scale that sends each weight to the tablet.
    scale = tm.add(tg.Device("Pup weighing scale", fleet=False))
    # The in-house analyser whose exports the lab PC uploads.
    analyser = tm.add(tg.Device("Blood analyser", fleet=False))

with tm.boundary("Sanctuary cloud account", trust=tg.Trust.INTERNAL):
    # Where keepers record and the vet reviews; reached over the internet.
    records_app = tm.add(
        tg.Service(
            "Pup records web app",
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace sign-in with 2-step verification"),
            },
        )
    )
    # The pups' case records, recommendations and decisions.
    records_db = tm.add(
        tg.DataStore(
            "Pup records database",
            stores={pup_records, weigh_ins, blood_results, keeper_notes, vet_decision},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="daily backups kept for 30 days"),
            },
        )
    )
    # Nightly job that builds the features and runs the model.
    feature_job = tm.add(tg.Pipeline("Nightly feature job", stage=tg.Stage.PREPROCESSING))
    # The model that recommends feed volume and release readiness.
    model = tm.add(
        tg.Model(
            "Feeding and release model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees: grams of fish or ml of tube feed per day, "
            "and a 0-1 release-readiness score.",
            controls={
                c.HumanInTheLoop(
                    approver="consulting vet",
                    note="no feeding plan or release is changed until the vet approves it",
                ),
            },
        )
    )
    # Past pups' records, exported at the end of each season.
    training_set = tm.add(tg.Dataset("Season history dataset", stores={history}))
    # Retraining run by the volunteer after each season.
    training = tm.add(
        tg.Pipeline(
            "Season retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="back-tested on the last season before upload")},
        )
    )
    # Holds the model file the nightly job loads.
    registry = tm.add(tg.ModelRegistry("Model file store", stores={artifact}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Turns free-text keeper notes into structured observations.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Vet practice", trust=tg.Trust.PARTNER):
    # The consulting vet who approves every plan and release.
    vet = tm.add(tg.Actor("Consulting vet", role="veterinary surgeon"))

with tm.boundary("Volunteer's home", trust=tg.Trust.UNTRUSTED):
    # Volunteer who maintains and retrains the model from home.
    scientist = tm.add(
        tg.Actor("Volunteer data scientist", role="volunteer ml engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
# recording
tm.flow(scale, tablet, weigh_ins, protocol="bluetooth")
tm.flow(keeper, tablet, keeper_notes, weigh_ins)
tm.flow(tablet, keeper, vet_decision, label="approved feeding plan")
tm.flow(
    tablet,
    records_app,
    weigh_ins,
    keeper_notes,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    records_app,
    tablet,
    vet_decision,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(analyser, records_app, blood_results, protocol="https", label="CSV export from the lab PC")
tm.flow(records_app, records_db, weigh_ins, blood_results, keeper_notes, vet_decision)
tm.flow(records_db, records_app, pup_records)

# nightly recommendations
tm.flow(records_db, feature_job, weigh_ins, blood_results, keeper_notes)
tm.flow(feature_job, llm, notes_prompt, protocol="https")
tm.flow(llm, feature_job, observations, protocol="https")
tm.flow(feature_job, model, features)
tm.flow(model, records_app, recommendation, label="daily recommendations")

# vet review
tm.flow(
    records_app,
    vet,
    pup_records,
    recommendation,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    vet,
    records_app,
    vet_decision,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)

# retraining
tm.flow(records_db, training_set, history, label="end-of-season export")
tm.flow(training_set, training, history)
tm.flow(scientist, training, notebook, protocol="https")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="nightly load")
