"""Blood result autoverification: a hospital laboratory's first design, before any security review.

Chemistry and haematology analysers in the hospital's pathology laboratory send
results through the lab middleware into the laboratory information system (LIS).
For each routine result an autoverification service gathers the result, the
analyser's flags, QC status and the patient's previous results, applies the lab's
fixed rules (critical limits, failed QC) and asks an in-house classifier whether
the result is safe to release. Results it passes are released automatically to
the electronic patient record (EPR), where ward clinicians see them; the others go
to a worklist where a biomedical scientist checks and releases or amends them.
The model is trained in the pathology informatics environment on past results and
the scientists' verification decisions, and each version is signed off by the
consultant clinical scientist before deployment. Controls in this design: the rules
engine and a fail-to-manual fallback, pre-release validation of each model,
smartcard sign-in and role-based access for lab staff, and audit logs in the LIS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lab result autoverification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Auto-releases routine blood results and holds unusual ones for a biomedical scientist.",
)

# ---------------------------------------------------------------- data assets
test_orders = tg.Data(
    "Test orders",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Patient identifiers, requested tests, specimen barcode, requesting clinician.",
)
analyser_results = tg.Data(
    "Analyser results",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Measured values with analyser flags (haemolysis, lipaemia, out of range).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
result_context = tg.Data(
    "Result with patient history",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="The new result, QC status, patient age and sex, ward, and previous results.",
)
features = tg.Data(
    "Autoverification features",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="features",
    description="Values, delta from previous results, analyser flags and QC status.",
)
score = tg.Data(
    "Release score",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="Probability that a scientist would release the result unchanged.",
)
release_decision = tg.Data(
    "Autoverification release decision",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Release, or hold for review with the reason.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
held_results = tg.Data(
    "Held results for review",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
)
scientist_decision = tg.Data(
    "Biomedical scientist verification",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Release, amend, repeat or add a comment.",
)
verified_results = tg.Data(
    "Verified results",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
decision_log = tg.Data(
    "Autoverification decision log",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="logs",
    description="Each result, its features, score, rule outcomes and the decision.",
)
training_extract = tg.Data(
    "Historical results and verification outcomes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="training-data",
    description="Three years of results with the scientists' release or amend decisions.",
)
model_artifact = tg.Data(
    "Autoverification model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)
signoff = tg.Data("Model release sign-off", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Doctors and nurses who order tests and act on results.
    clinician = tm.add(tg.Actor("Ward clinician", role="clinician"))
    # The hospital's patient record, where orders start and released results land.
    epr = tm.add(
        tg.DataStore(
            "Electronic patient record",
            stores={test_orders, verified_results},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

    with tm.boundary("Pathology laboratory network", trust=tg.Trust.INTERNAL):
        # The instruments that measure the samples.
        analysers = tm.add(
            tg.Device(
                "Chemistry and haematology analysers",
                description="Vendor-maintained analysers on the lab VLAN.",
            )
        )
        # Collects analyser output and passes orders and results to and from the LIS.
        middleware = tm.add(tg.Service("Laboratory middleware"))
        # The scientists who review the results the system holds back.
        scientist = tm.add(tg.Actor("Biomedical scientist", role="laboratory scientist"))
        # The scientists' screen of held results, inside the LIS client.
        worklist = tm.add(
            tg.Service(
                "Result validation worklist",
                controls={
                    c.Authentication(method="NHS smartcard and PIN"),
                    c.RBAC(),
                },
            )
        )

    with tm.boundary("Pathology data centre zone", trust=tg.Trust.INTERNAL):
        # The lab's system of record for orders and results.
        lis = tm.add(
            tg.DataStore(
                "Laboratory information system",
                stores={test_orders, analyser_results, verified_results, held_results},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )
        # Applies the fixed rules, asks the model and releases or holds each result.
        autoverifier = tm.add(
            tg.Service(
                "Autoverification service",
                controls={
                    c.PolicyEnforcement(
                        rules="critical-limit breaches, failed QC and analyser error flags are always held by the rules engine"
                    ),
                    c.FailClosed(
                        fallback="results go to manual verification when the model does not answer"
                    ),
                },
            )
        )
        # The classifier that predicts whether a scientist would release the result as it is.
        model = tm.add(
            tg.Model(
                "Result autoverification model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Released results reach clinicians with no person checking them.",
                controls={
                    c.ModelValidation(note="validated against scientists' decisions before go-live")
                },
            )
        )
        # Keeps each automatic decision for audit and accreditation review.
        decision_store = tm.add(
            tg.DataStore("Autoverification decision log", stores={decision_log})
        )

    with tm.boundary("Pathology informatics environment", trust=tg.Trust.INTERNAL):
        # The lab informatics scientist who builds and retrains the model.
        informatics = tm.add(
            tg.Actor("Lab informatics scientist", role="data scientist", privileged=True)
        )
        # The consultant who signs off each model version for clinical use.
        consultant = tm.add(
            tg.Actor(
                "Consultant clinical scientist", role="laboratory clinical lead", privileged=True
            )
        )
        # Pseudonymised extract of past results and verification decisions.
        training_set = tm.add(
            tg.Dataset(
                "Verification training set",
                stores={training_extract},
                controls={c.DataMinimization(note="names and NHS numbers replaced by pseudonyms")},
            )
        )
        # Retrains the model quarterly from the extract.
        training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))
        # Holds the trained model versions.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))
        # Copies a signed-off model version into the autoverification service.
        deployment = tm.add(
            tg.Pipeline(
                "Model deployment job",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="the consultant clinical scientist")},
            )
        )

# ---------------------------------------------------------------- flows
# Orders and results
tm.flow(clinician, epr, test_orders, protocol="https")
tm.flow(epr, lis, test_orders, protocol="mllp")
tm.flow(lis, middleware, test_orders, protocol="mllp")
tm.flow(middleware, analysers, test_orders, protocol="astm")
tm.flow(analysers, middleware, analyser_results, protocol="astm")
tm.flow(middleware, lis, analyser_results, protocol="mllp")

# Autoverification
tm.flow(lis, autoverifier, result_context, protocol="https")
tm.flow(autoverifier, model, features, protocol="grpc")
tm.flow(model, autoverifier, score, protocol="grpc")
tm.flow(autoverifier, lis, release_decision, protocol="https")
tm.flow(autoverifier, decision_store, decision_log)

# Scientist review of held results
tm.flow(lis, worklist, held_results, result_context, protocol="https")
tm.flow(worklist, scientist, held_results, result_context)
tm.flow(scientist, worklist, scientist_decision)
tm.flow(worklist, lis, scientist_decision, protocol="https")

# Release to the patient record
tm.flow(lis, epr, verified_results, protocol="mllp")
tm.flow(epr, clinician, verified_results, protocol="https")

# Training and deployment
tm.flow(lis, training_set, training_extract, label="quarterly extract")
tm.flow(training_set, training, training_extract)
tm.flow(informatics, training, label="runs retraining")
tm.flow(training, registry, model_artifact)
tm.flow(registry, deployment, model_artifact)
tm.flow(consultant, deployment, signoff, label="signs off release")
tm.flow(deployment, model, model_artifact, label="deploy")
