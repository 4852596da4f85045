"""Zoo anaesthesia dosing advisor: the first design, before any security review.

The zoo's veterinary team immobilises exotic animals by dart for treatment and
transfers. Before a darting, the attending vet opens the advisor on a field tablet,
picks the animal and enters its estimated weight and the planned procedure. The
advisor fetches the species and medical history from the hosted zoological records
system, the animal's past anaesthetic events from the vet hospital's own anaesthesia
log and the dose ranges of the zoo's drug formulary, and asks an in-house regression
model for a suggested drug combination and doses. The vet confirms or changes the
doses before the dart is loaded, and records what was given and how the animal
recovered, which feeds quarterly retraining. A data scientist from the partner
university trains the model; the head vet signs off each new version. Controls in
this design: staff single sign-on with MFA, HTTPS to the hosted records system, the
vet's confirmation of every dose and the head vet's sign-off of each release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Zoo anaesthesia dosing advisor",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Suggests anaesthetic drug doses for exotic species from weight, species "
        "history and past anaesthesia records, for the vet to confirm before darting."
    ),
)

# ---------------------------------------------------------------- data assets
dose_request = tg.Data(
    "Dose request",
    kind="records",
    description="Animal ID, estimated weight, body condition and planned procedure.",
)
medical_history = tg.Data(
    "Species and medical history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Taxon, age, sex, weights, conditions and treatments of the animal.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
anaesthesia_events = tg.Data(
    "Past anaesthesia records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Drugs and doses given, weight at the time, induction and recovery times, "
    "complications, reversal agents.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
formulary = tg.Data(
    "Formulary dose ranges",
    kind="records",
    description="Published and in-house dose ranges per taxon for each drug.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
dose_features = tg.Data("Dosing features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
suggestion = tg.Data(
    "Suggested drug doses",
    kind="model-output",
    description="Drug combination, dose per drug in mg and a range, with similar past cases.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
outcome = tg.Data(
    "Dose given and recovery outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Anaesthesia training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_file = tg.Data(
    "Dosing model file",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted trees saved with joblib.",
)
release_approval = tg.Data("Model release approval", kind="records")
training_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Veterinary hospital network", trust=tg.Trust.INTERNAL):
    # Decides and gives the anaesthetic; the model only advises them.
    vet = tm.add(tg.Actor("Attending vet", role="zoo veterinarian"))
    # Signs off each model version before the vets use it.
    head_vet = tm.add(tg.Actor("Head vet", role="head of veterinary services", privileged=True))
    # Carried to the enclosure; talks to the advisor over the zoo Wi-Fi.
    tablet = tm.add(
        tg.Device(
            "Vet field tablet",
            description="Rugged tablets shared by the vet team, kept in the hospital.",
        )
    )
    # Web front end the tablets use to ask for a dose and record what was given.
    advisor_app = tm.add(
        tg.Endpoint(
            "Dosing advisor web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="zoo Entra ID single sign-on with MFA")},
        )
    )
    # Gathers the animal's history and formulary ranges and calls the model.
    advisor = tm.add(
        tg.Service(
            "Dosing advisor service",
            description="Builds the features, calls the model and shows the suggestion "
            "beside the formulary range and the animal's past anaesthetics.",
            controls={
                c.HumanInTheLoop(
                    approver="the attending vet confirms or changes every dose before "
                    "the dart is loaded"
                )
            },
        )
    )
    # The hospital's own log of every anaesthetic event, older ones entered from paper.
    anaesthesia_log = tm.add(
        tg.DataStore("Anaesthesia records database", stores={anaesthesia_events, outcome})
    )
    # Reference dose ranges the vets maintain per taxon.
    formulary_db = tm.add(tg.DataStore("Drug formulary", stores={formulary}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Predicts the dose per drug for this animal.
        model = tm.add(
            tg.Model(
                "Anaesthetic dose model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="Predicts per-drug doses for etorphine, medetomidine, "
                "ketamine and butorphanol combinations; an overdose can kill the animal.",
            )
        )
        # Snapshot of past events joined with species history, rebuilt each quarter.
        dataset = tm.add(tg.Dataset("Anaesthesia training dataset", stores={training_set}))
        # Quarterly retraining and evaluation on held-out events.
        training = tm.add(
            tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Keeps each trained version for rollback.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_file}))
        # Copies the approved version to the advisor.
        deploy = tm.add(
            tg.Pipeline(
                "Model release",
                stage=tg.Stage.DEPLOYMENT,
                controls={
                    c.HumanInTheLoop(approver="the head vet, after reviewing the evaluation")
                },
            )
        )

with tm.boundary("University research partner", trust=tg.Trust.PARTNER):
    # Builds and retrains the model under the research agreement, over the zoo VPN.
    data_scientist = tm.add(
        tg.Actor("University data scientist", role="contract data scientist", privileged=True)
    )

with tm.boundary("Zoological records vendor", trust=tg.Trust.PARTNER):
    # The hosted zoo-wide animal records system shared by many zoos.
    zoo_records = tm.add(
        tg.ExternalService(
            "Hosted zoological records system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Species, husbandry and medical records; queried by API key.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(vet, tablet, dose_request, label="enters weight and procedure")
tm.flow(tablet, advisor_app, dose_request, protocol="https")
tm.flow(advisor_app, advisor, dose_request)
tm.flow(advisor, zoo_records, dose_request, protocol="https", label="animal lookup")
tm.flow(zoo_records, advisor, medical_history, protocol="https")
tm.flow(anaesthesia_log, advisor, anaesthesia_events, label="this animal and its taxon")
tm.flow(formulary_db, advisor, formulary)
tm.flow(advisor, model, dose_features)
tm.flow(model, advisor, suggestion)
tm.flow(advisor, advisor_app, suggestion, formulary, anaesthesia_events)
tm.flow(advisor_app, tablet, suggestion, formulary, anaesthesia_events, protocol="https")
tm.flow(tablet, vet, suggestion, label="shown on screen before darting")

tm.flow(vet, tablet, outcome, label="records dose given and recovery")
tm.flow(tablet, advisor_app, outcome, protocol="https")
tm.flow(advisor_app, anaesthesia_log, outcome)

tm.flow(anaesthesia_log, dataset, anaesthesia_events, outcome, label="quarterly export")
tm.flow(zoo_records, dataset, medical_history, protocol="https", label="quarterly export")
tm.flow(
    data_scientist,
    training,
    training_code,
    protocol="ssh",
    label="runs retraining over the zoo VPN",
)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_file)
tm.flow(head_vet, deploy, release_approval, label="signs off the evaluation")
tm.flow(registry, deploy, model_file)
tm.flow(deploy, model, model_file, label="deploy")
