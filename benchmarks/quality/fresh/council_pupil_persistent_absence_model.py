"""Pupil persistent absence model: the first design, before any security review.

A local council's education service wants to find pupils at risk of persistent
absence (missing 10% or more of sessions) early enough to help. Schools send
weekly attendance returns from their management information systems by SFTP;
the council adds free school meal status from its eligibility records and past
exclusions from its education case management system. A pipeline on the
council's analytics platform builds pupil features, a classifier is retrained
each summer on last year's outcomes, and a monthly job scores every pupil.
Education welfare officers get the monthly list in the case management system
and decide which families to visit; no visit is made on the score alone. Head
teachers sign in to the internet-facing schools portal to see their own
school's list. Stores are encrypted, portal accounts are scoped to one school.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pupil persistent absence model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Council model ranking pupils by risk of persistent absence, for education "
        "welfare officers and head teachers."
    ),
)

# ---------------------------------------------------------------- data assets
attendance = tg.Data(
    "Attendance returns",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Session-level attendance and absence codes per pupil, with UPN, name and date of birth.",
)
fsm = tg.Data(
    "Free school meal status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
exclusions = tg.Data(
    "Exclusion history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Suspensions and permanent exclusions with reasons, from the case management system.",
)
features = tg.Data("Pupil features", kind="features", sensitivity=tg.Sensitivity.PII)
outcomes = tg.Data(
    "Persistent absence outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Whether each pupil went on to be persistently absent the following year.",
)
training_config = tg.Data(
    "Training run settings", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Absence model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
scores = tg.Data("Pupil absence risk scores", kind="model-output", sensitivity=tg.Sensitivity.PII)
monthly_list = tg.Data(
    "Monthly at-risk pupil list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Pupils above the risk threshold, with school, score band and the main contributing factors.",
)
school_list = tg.Data("School at-risk pupil list", kind="records", sensitivity=tg.Sensitivity.PII)
list_request = tg.Data("School list request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
visit_notes = tg.Data("Family visit notes", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Schools", trust=tg.Trust.PARTNER):
    # Maintained schools and academies run their own MIS; they are separate controllers.
    school_mis = tm.add(
        tg.DataSource(
            "School MIS attendance export",
            origin=tg.Origin.PARTNER,
            provides={attendance},
            description="Weekly scheduled export from each school's management information system.",
        )
    )
    # Sees the list for their own school and follows up with pastoral staff.
    head_teacher = tm.add(tg.Actor("Head teacher", role="school leader"))

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Existing eligibility checking records for free school meals.
    fsm_records = tm.add(tg.DataStore("FSM eligibility records", stores={fsm}))
    # Existing case system: exclusions, attendance casework, and now the monthly lists.
    case_system = tm.add(
        tg.DataStore(
            "Education case management system",
            stores={exclusions, monthly_list, visit_notes},
            controls={
                c.Authentication(method="council SSO with MFA"),
                c.RBAC(note="education welfare team role"),
                c.AuditLogging(),
            },
        )
    )
    # Reviews the monthly list and decides which families to visit.
    ewo = tm.add(tg.Actor("Education welfare officer", role="education welfare officer"))
    # Web portal schools already use for admissions; a new page shows the list.
    portal = tm.add(
        tg.Endpoint(
            "Schools portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="school staff username and password"),
                c.RBAC(note="each account is scoped to one school's list"),
            },
        )
    )

    with tm.boundary("Analytics platform", trust=tg.Trust.RESTRICTED):
        # Maintains the pipeline and the model.
        analyst = tm.add(tg.Actor("Council data analyst", role="data analyst", privileged=True))
        # Loads the returns, joins FSM and exclusions, builds features and labels.
        ingestion = tm.add(
            tg.Pipeline(
                "Attendance feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
                controls={
                    c.SchemaEnforcement(note="rejects returns that do not match the template")
                },
            )
        )
        # Feature tables per pupil per month, plus last year's outcomes.
        feature_set = tm.add(
            tg.Dataset(
                "Pupil feature dataset",
                stores={features, outcomes},
                controls={c.EncryptionAtRest(key_management="platform-managed keys")},
            )
        )
        # Annual retraining of the classifier.
        training = tm.add(tg.Pipeline("Annual model training", stage=tg.Stage.TRAINING))
        # Versioned model files.
        registry = tm.add(
            tg.ModelRegistry(
                "Model artifact store",
                stores={artifact},
                controls={c.ModelVersioning()},
            )
        )
        # Logistic regression on attendance, FSM and exclusion features.
        model = tm.add(
            tg.Model(
                "Persistent absence risk model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
            )
        )
        # Scores every pupil on the first working day of the month and writes the lists.
        scoring = tm.add(
            tg.Service(
                "Monthly scoring job",
                controls={
                    c.HumanInTheLoop(approver="education welfare officer decides on each visit"),
                },
            )
        )
        # Published lists, read by the case system and the portal.
        list_store = tm.add(
            tg.DataStore(
                "At-risk list store",
                stores={monthly_list, school_list},
                controls={c.EncryptionAtRest(key_management="platform-managed keys")},
            )
        )

# ---------------------------------------------------------------- flows
# data in
tm.flow(school_mis, ingestion, attendance, protocol="sftp", label="weekly return")
tm.flow(fsm_records, ingestion, fsm)
tm.flow(case_system, ingestion, exclusions)
tm.flow(ingestion, feature_set, features, outcomes)

# training
tm.flow(analyst, training, training_config)
tm.flow(feature_set, training, features, outcomes)
tm.flow(training, registry, artifact)

# monthly scoring
tm.flow(registry, scoring, artifact)
tm.flow(feature_set, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, scores)
tm.flow(scoring, list_store, monthly_list, school_list)

# welfare officers
tm.flow(list_store, case_system, monthly_list, label="monthly load")
tm.flow(case_system, ewo, monthly_list, protocol="https")
tm.flow(ewo, case_system, visit_notes, protocol="https")

# head teachers
tm.flow(head_teacher, portal, list_request, protocol="https")
tm.flow(list_store, portal, school_list)
tm.flow(portal, head_teacher, school_list, protocol="https")
