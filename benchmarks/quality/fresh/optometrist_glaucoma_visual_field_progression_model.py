"""Glaucoma visual field progression: the first design, before any security review.

A UK optometry chain wants help spotting glaucoma patients whose visual fields are
getting worse between routine tests. Each store's visual field analyser exports
results over the store LAN to a small upload agent, which sends them to a central
visual field history in our cloud platform. When a new test arrives, a scoring
service assembles the patient's series, adds age and IOP history from the central
practice management system and asks an in-house progression model for a per-eye
progression score and suggested referral urgency. Optometrists see the flags on a
clinician dashboard (staff SSO with MFA, role-based access) and, if they agree,
send a referral to the local hospital eye service; nothing is sent without them.
The model is retrained from pseudonymised series graded by the clinical lead, and
a versioned registry holds the releases. Stores are encrypted at rest with KMS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Glaucoma visual field progression",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags glaucoma progression from serial visual fields and suggests referral.",
)

# ---------------------------------------------------------------- data assets
vf_results = tg.Data(
    "Visual field test results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Threshold sensitivities, reliability indices, MD and PSD per eye, with patient ID.",
)
clinical_history = tg.Data(
    "Patient clinical history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Demographics, age, IOP readings, optic disc notes and prior diagnoses.",
)
vf_series = tg.Data(
    "Visual field series",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="A patient's tests over time, aligned per eye, with age and IOP.",
)
progression_flag = tg.Data(
    "Progression flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per-eye progression probability, MD slope and suggested referral urgency.",
)
referral_request = tg.Data("Referral request", kind="records", sensitivity=tg.Sensitivity.REGULATED)
referral_letter = tg.Data("Referral letter", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
referral_ack = tg.Data("Referral acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
training_series = tg.Data(
    "Pseudonymised visual field series",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Historic series with names, addresses and NHS numbers replaced by a pseudonym.",
)
grading_labels = tg.Data(
    "Progression grading labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_code = tg.Data("Training code and configuration", kind="code")
weights = tg.Data(
    "Progression model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Runs the test, reviews the flags and decides on referral.
    optometrist = tm.add(tg.Actor("Optometrist", role="clinician"))
    # The perimeters in every test room; they export results as DICOM on the store LAN.
    analyser = tm.add(
        tg.Device("Visual field analyser", description="Automated perimeter in each store.")
    )
    # Collects the perimeter exports and forwards them to the cloud.
    upload_agent = tm.add(
        tg.Service("Store upload agent", description="Runs on the test-room PC in each store.")
    )

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # The chain's central practice management system: the patient record of truth.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={clinical_history, referral_letter},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Every visual field test per patient, plus the model's flags on them.
    history = tm.add(
        tg.DataStore(
            "Visual field history store",
            stores={vf_results, progression_flag},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the series when a new test lands and calls the model.
    scoring = tm.add(
        tg.Service(
            "Progression scoring service",
            description="Triggered by each new test; assembles the series and stores the flag.",
        )
    )
    # The progression model itself.
    model = tm.add(
        tg.Model(
            "Glaucoma progression model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Temporal model over the field series; scores progression per eye.",
        )
    )
    # Where optometrists see flags and raise referrals.
    dashboard = tm.add(
        tg.Endpoint(
            "Clinician dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )
    # Turns a confirmed referral into a letter for the hospital eye service.
    referral = tm.add(
        tg.Service(
            "Referral service",
            controls={
                c.HumanInTheLoop(approver="the examining optometrist confirms each referral")
            },
        )
    )

    with tm.boundary("ML environment", trust=tg.Trust.RESTRICTED):
        # Pseudonymised series and the clinical lead's grades for retraining.
        dataset = tm.add(
            tg.Dataset(
                "Progression training set",
                stores={training_series, grading_labels},
                controls={c.DataMinimization()},
            )
        )
        # Retrains the model and checks it against a held-out graded set.
        training = tm.add(
            tg.Pipeline(
                "Model training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation()},
            )
        )
        # Versioned releases of the model.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and runs the training pipeline.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # Specialist optometrist who grades series and signs off releases.
    clinical_lead = tm.add(tg.Actor("Clinical lead", role="clinical governance lead"))

with tm.boundary("NHS hospital eye services", trust=tg.Trust.PARTNER):
    # The hospital's referral intake for ophthalmology.
    hes = tm.add(tg.ExternalService("Hospital eye service referral system"))

# ---------------------------------------------------------------- flows
tm.flow(analyser, upload_agent, vf_results, protocol="dicom", label="test export")
tm.flow(upload_agent, history, vf_results, protocol="https")

tm.flow(history, scoring, vf_results, label="patient's previous tests")
tm.flow(pms, scoring, clinical_history)
tm.flow(scoring, model, vf_series)
tm.flow(model, scoring, progression_flag)
tm.flow(scoring, history, progression_flag)

tm.flow(history, dashboard, vf_results, progression_flag)
tm.flow(dashboard, optometrist, vf_results, progression_flag, protocol="https")
tm.flow(optometrist, dashboard, referral_request, protocol="https")
tm.flow(dashboard, referral, referral_request)
tm.flow(pms, referral, clinical_history)
tm.flow(referral, hes, referral_letter, protocol="https")
tm.flow(hes, referral, referral_ack, protocol="https")
tm.flow(referral, pms, referral_letter, label="copy to patient record")

tm.flow(history, dataset, training_series, label="monthly pseudonymised export")
tm.flow(clinical_lead, dataset, grading_labels, protocol="https", label="grading tool")
tm.flow(dataset, training, training_series, grading_labels)
tm.flow(ml_engineer, training, training_code, protocol="https")
tm.flow(training, registry, weights)
tm.flow(clinical_lead, registry, release_approval, protocol="https")
tm.flow(registry, model, weights, label="deploy")
