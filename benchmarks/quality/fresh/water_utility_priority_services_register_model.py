"""Priority services register suggestions: the first design, before any security review.

A regional water utility keeps a Priority Services Register (PSR) of customers who
need extra help when the supply is interrupted: bottled water delivered to the door,
advance warning, a call in person. Many who qualify never sign up. This model scores
every household from billing history, contact-centre notes and the PSR data the
local electricity network shares with us, and suggests who should be offered a place
on the register. When an interruption is raised, the scoring service ranks the
suggested households in the affected area. Vulnerability support advisors review
each suggestion in a web console on the corporate network and approve additions
after speaking to the customer; the approved PSR list goes to the bottled-water
delivery contractor. Training and scoring run on the analytics platform in our
cloud tenancy. Controls so far: corporate SSO with MFA and roles on the console, an
advisor's approval before anything is added, SFTP for the energy data share,
encrypted register database and versioned models in the registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Water utility PSR suggestion model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Suggests households to add to the priority services register and ranks them "
        "in the area of a supply interruption, for advisors to review."
    ),
)

# ---------------------------------------------------------------- data assets
accounts = tg.Data(
    "Customer account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, addresses, household size, meter type, payment arrangements.",
)
contact_notes = tg.Data(
    "Contact centre notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free-text call notes; callers often mention illness, disability or age.",
)
energy_psr = tg.Data(
    "Energy network PSR records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Needs codes (medical dependency, mobility, young children) shared under the utilities data-sharing agreement.",
)
psr_entries = tg.Data(
    "PSR entries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Registered customers, their needs codes and consent date.",
)
registration_labels = tg.Data(
    "Historical PSR registrations",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Which households joined the register, used as training labels.",
)
features = tg.Data(
    "Household vulnerability features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-household features derived from account, notes and energy PSR data.",
)
artifact = tg.Data(
    "PSR model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted classifier saved with joblib.",
)
affected_area = tg.Data(
    "Interruption affected area",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Postcodes and supply zones affected, with expected duration.",
)
score = tg.Data("PSR likelihood score", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
suggestions = tg.Data(
    "Suggested PSR households",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Ranked households with score and the top contributing features.",
)
advisor_decision = tg.Data(
    "Advisor PSR decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Accept or reject, needs code chosen and note of the customer's consent.",
)
priority_list = tg.Data(
    "Priority customers in area",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Registered households in the affected area and their needs codes.",
)
delivery_list = tg.Data(
    "Bottled water delivery list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Addresses, contact numbers and delivery priority for the contractor.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Energy network operator", trust=tg.Trust.PARTNER):
    # The local electricity distribution network shares its PSR under the utilities
    # data-sharing agreement, so that customers registered there are known to us.
    energy_share = tm.add(
        tg.DataSource(
            "Energy network PSR data share",
            origin=tg.Origin.PARTNER,
            provides={energy_psr},
            description="Monthly file of shared PSR records for our supply area.",
        )
    )

with tm.boundary("Delivery contractor", trust=tg.Trust.PARTNER):
    # Delivers bottled water to priority households during an interruption.
    contractor = tm.add(
        tg.ExternalService(
            "Bottled water delivery contractor",
            description="Receives the delivery list through its dispatch portal.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Vulnerability support advisors decide every addition to the register.
    advisor = tm.add(tg.Actor("Vulnerability support advisor", role="customer support staff"))
    # Builds and retrains the model; promotes versions from the registry.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))
    # The operations system where supply interruptions are raised and managed.
    incidents = tm.add(
        tg.Service(
            "Incident management system",
            description="Raises supply interruptions and drives customer communications and deliveries.",
        )
    )
    # Web console where advisors work through the suggestions.
    console = tm.add(
        tg.Endpoint(
            "PSR suggestion review console",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                tg.controls.Authentication(method="corporate SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(
                    approver="vulnerability support advisor, after speaking to the customer"
                ),
            },
        )
    )

    with tm.boundary("Customer data zone", trust=tg.Trust.RESTRICTED):
        # System of record for customer accounts and billing.
        billing = tm.add(tg.DataStore("Customer billing system", stores={accounts}))
        # Contact-centre CRM holding call notes.
        crm = tm.add(tg.DataStore("Contact centre CRM", stores={contact_notes}))
        # The register itself: who gets priority help during an interruption.
        psr_db = tm.add(
            tg.DataStore(
                "Priority services register database",
                stores={psr_entries},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(),
                },
            )
        )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Joins the sources nightly and derives household features.
    feature_job = tm.add(
        tg.Pipeline(
            "Household feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Current features per household, read by the scoring service.
    feature_store = tm.add(
        tg.FeatureStore("Household feature store", stores={features}, online=False)
    )
    # Snapshot of features and registrations the model is trained on.
    training_set = tm.add(tg.Dataset("PSR training set", stores={features, registration_labels}))
    # Quarterly retraining job.
    training = tm.add(
        tg.Pipeline("PSR model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds trained versions; the data scientist promotes one to serving.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # The classifier: how likely a household is to qualify for the register.
    model = tm.add(
        tg.Model(
            "PSR suggestion model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores each household's likelihood of needing priority services.",
        )
    )
    # Scores households nightly, and for the affected area when an interruption is raised.
    scoring = tm.add(
        tg.Service(
            "PSR scoring service",
            description="Ranks unregistered households by score and sends the top ones for review.",
        )
    )

# ---------------------------------------------------------------- flows
# feature building
tm.flow(energy_share, feature_job, energy_psr, protocol="sftp", label="monthly data share")
tm.flow(billing, feature_job, accounts, label="nightly export")
tm.flow(crm, feature_job, contact_notes, label="nightly export")
tm.flow(feature_job, feature_store, features)

# training and promotion
tm.flow(feature_store, training_set, features, label="quarterly snapshot")
tm.flow(psr_db, training_set, registration_labels, label="quarterly snapshot")
tm.flow(training_set, training, features, registration_labels)
tm.flow(training, registry, artifact)
tm.flow(data_scientist, training, label="runs and tunes training")
tm.flow(data_scientist, registry, label="promotes a version")
tm.flow(registry, model, artifact, label="deploy")

# scoring during an interruption
tm.flow(incidents, scoring, affected_area, protocol="https")
tm.flow(feature_store, scoring, features)
tm.flow(psr_db, scoring, psr_entries, label="already registered households")
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, console, suggestions, protocol="https")

# advisor review
tm.flow(console, advisor, suggestions, protocol="https")
tm.flow(advisor, console, advisor_decision, protocol="https")
tm.flow(console, psr_db, psr_entries, label="approved additions")

# priority help during the interruption
tm.flow(psr_db, incidents, priority_list)
tm.flow(incidents, contractor, delivery_list, protocol="https")
