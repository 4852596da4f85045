"""Course waitlist predictor: the first design, before any security review.

For every student on a course-section waitlist, a model estimates the chance of
getting a seat before the term starts. Students see that chance next to their
waitlist position in the student portal, after signing in through the
university's hosted single sign-on. Registrars see the same predictions, summed
per section, on a planning dashboard and use them to decide whether to open
extra sections, which they then create in the student information system (SIS).
A nightly extract job pulls enrolment and waitlist records from the SIS into an
analytics enclave, builds features, and a batch job scores every waitlisted
student and writes the results to a prediction table. A data scientist retrains
the model each term on past terms' enrolment history; the artifact is kept in a
model registry. Controls: SSO on the portal and dashboard, TLS on web traffic,
role-based access and audit logging on the SIS, versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Course waitlist predictor",
    profile=tg.RiskProfile.LOW,
    description="Per-student chance of a seat from the waitlist, for students and registrars.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data(
    "Student SSO credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
identity = tg.Data("SSO identity assertion", sensitivity=tg.Sensitivity.PII, kind="credentials")
portal_request = tg.Data("Waitlist page request", sensitivity=tg.Sensitivity.PII, kind="records")
enrolment = tg.Data(
    "Enrolment and waitlist records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Student id, programme, year, registered sections, waitlist positions.",
)
history = tg.Data(
    "Past terms' enrolment history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Waitlist movements and final enrolment per student and section, last 6 terms.",
)
features = tg.Data(
    "Waitlist features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Position, section capacity, drop rates, student's registration priority.",
)
predictions = tg.Data(
    "Seat-chance predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
section_summary = tg.Data(
    "Section demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
section_change = tg.Data(
    "New section definition", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Waitlist model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_run = tg.Data(
    "Training configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
metrics = tg.Data("Evaluation metrics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
planning_query = tg.Data("Planning query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Enrolled students, from home or campus Wi-Fi.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("SSO provider", trust=tg.Trust.PARTNER):
    # The university's hosted identity provider, used by every campus web app.
    sso = tm.add(
        tg.ExternalService(
            "University SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            controls={c.Authentication(method="password with Duo push MFA")},
        )
    )

with tm.boundary("University cloud tenant", trust=tg.Trust.INTERNAL):
    # Existing student portal; gains a "chance of a seat" column on the waitlist page.
    portal = tm.add(
        tg.Endpoint(
            "Student portal",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="SAML via University SSO")},
        )
    )
    # Registrar-only web app that aggregates predictions per section.
    dashboard = tm.add(
        tg.Service(
            "Section planning dashboard",
            controls={c.Authentication(method="SAML via University SSO"), c.RBAC()},
        )
    )

    with tm.boundary("SIS", trust=tg.Trust.RESTRICTED):
        # System of record for registrations and waitlists.
        sis = tm.add(
            tg.DataStore(
                "Student information system",
                stores={enrolment},
                controls={c.RBAC(), c.AuditLogging(retention_days=365)},
            )
        )

    with tm.boundary("Analytics enclave", trust=tg.Trust.INTERNAL):
        # Nightly job copying SIS tables and computing features and history.
        extract = tm.add(tg.Pipeline("Nightly SIS extract", stage=tg.Stage.PREPROCESSING))
        # Per-student, per-section features for the current term.
        feature_table = tm.add(
            tg.FeatureStore("Waitlist feature table", stores={features}, online=False)
        )
        # Historical waitlist outcomes used for retraining.
        history_set = tm.add(tg.Dataset("Enrolment history dataset", stores={history}))
        # Per-term retraining notebook job run by the data scientist.
        training = tm.add(
            tg.Pipeline("Term retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Holds the trained model versions.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )
        # Gradient-boosted classifier, run as a nightly batch scorer.
        model = tm.add(
            tg.Model(
                "Seat-chance model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                description="Probability that a waitlisted student is enrolled by term start.",
            )
        )
        # Table the portal and the dashboard read predictions from.
        prediction_store = tm.add(tg.DataStore("Prediction table", stores={predictions}))

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Registrar's office: decides on extra sections.
    registrar = tm.add(tg.Actor("Registrar", role="registrar staff", privileged=True))
    # Institutional research analyst who owns the model.
    scientist = tm.add(tg.Actor("Data scientist", role="institutional research", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# student sign-in and the waitlist page
tm.flow(student, sso, credentials, protocol="https", controls={tls})
tm.flow(sso, portal, identity, protocol="https", label="SAML assertion via browser")
tm.flow(student, portal, portal_request, protocol="https", controls={tls})
tm.flow(sis, portal, enrolment, label="current waitlist position")
tm.flow(prediction_store, portal, predictions, label="seat chance lookup")
tm.flow(portal, student, enrolment, predictions, protocol="https", controls={tls})

# nightly data preparation and scoring
tm.flow(sis, extract, enrolment, label="nightly table copy")
tm.flow(extract, feature_table, features)
tm.flow(extract, history_set, history, label="term close snapshot")
tm.flow(feature_table, model, features, label="batch scoring")
tm.flow(model, prediction_store, predictions)

# retraining each term
tm.flow(scientist, training, training_run, label="starts retraining")
tm.flow(history_set, training, history)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load for batch scoring")
tm.flow(training, scientist, metrics, label="evaluation report")

# registrar planning
tm.flow(sso, dashboard, identity, protocol="https", label="SAML assertion via browser")
tm.flow(prediction_store, dashboard, predictions)
tm.flow(
    registrar, dashboard, planning_query, protocol="https", controls={tls}, label="what-if query"
)
tm.flow(dashboard, registrar, section_summary, protocol="https", controls={tls})
tm.flow(registrar, sis, section_change, label="opens extra section")
