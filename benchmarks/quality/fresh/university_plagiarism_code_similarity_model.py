"""University code plagiarism detection: the first design, before any security review.

The computer science department of a UK university wants to detect copied code in
students' programming assignments. Students upload their solutions to the
department's submission portal (university SSO with MFA; zip archives of allowed
file types only), and lecturers upload the starter code to be ignored. After each
deadline a normalisation pipeline strips comments and renames identifiers, and a
scoring job compares every submission with its cohort, with past years' archived
submissions and with solutions crawled from public code sites: an open-weights code
embedding model downloaded from a public model hub finds candidate pairs, and an
in-house classifier trained on past integrity decisions scores each pair. Pairs
above a threshold are flagged in a review dashboard for academic integrity
officers, who compare the code side by side and decide whether to open a
misconduct case; students can appeal under the university's misconduct procedure.
Everything runs on the department's on-premises cluster; UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University code plagiarism detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags suspiciously similar programming submissions to academic integrity officers.",
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Assignment submission",
    kind="code",
    sensitivity=tg.Sensitivity.PII,
    description="The student's source files, with student ID, module and submission time.",
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.PII)
starter_code = tg.Data("Starter code", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
past_submissions = tg.Data(
    "Past years' submissions",
    kind="code",
    sensitivity=tg.Sensitivity.PII,
    description="Previous cohorts' solutions to the same or similar assignments.",
)
public_solutions = tg.Data(
    "Public code solutions",
    kind="code",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Repositories and Q&A answers that match assignment titles.",
)
normalised = tg.Data(
    "Normalised code and fingerprints",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Comment-stripped, identifier-renamed token streams and winnowing fingerprints.",
)
embeddings = tg.Data("Code embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
embedding_weights = tg.Data(
    "Code embedding model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
pair_features = tg.Data("Pair similarity features", kind="features", sensitivity=tg.Sensitivity.PII)
pair_score = tg.Data(
    "Plagiarism likelihood score", kind="model-output", sensitivity=tg.Sensitivity.PII
)
flagged_pairs = tg.Data(
    "Flagged submission pairs",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Both students, both submissions, the score and the matching fragments.",
)
decisions = tg.Data(
    "Integrity officer decisions",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Dismissed / collusion / copied from online source, with the officer's reasons.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
classifier_weights = tg.Data(
    "Pair classifier artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students submit from anywhere; some of them have a reason to evade the check.
    student = tm.add(tg.Actor("Student", role="student"))
    # Public code sites crawled for solutions to our assignments.
    online_corpus = tm.add(
        tg.DataSource(
            "Public code sites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={public_solutions},
            description="GitHub search and programming Q&A sites, crawled weekly per assignment.",
        )
    )
    # Where the open-weights embedding model is downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Department cluster", trust=tg.Trust.INTERNAL):
    # The only way in for students and lecturers.
    portal = tm.add(
        tg.Endpoint(
            "Submission portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="university SSO (SAML) with MFA"),
                c.InputValidation(note="zip archives under 10 MB of allowed source file types"),
            },
        )
    )
    # Current-term submissions and the starter code of each assignment.
    submission_store = tm.add(
        tg.DataStore("Submission store", stores={submission, starter_code}, controls={c.RBAC()})
    )
    # Every past cohort's submissions, kept to compare later years against.
    archive = tm.add(
        tg.DataStore(
            "Past submissions archive",
            stores={past_submissions},
            controls={c.RBAC(), c.RetentionLimits(days=1825)},
        )
    )
    # Parses and normalises code (never runs it) and computes fingerprints.
    normaliser = tm.add(tg.Pipeline("Code normalisation pipeline", stage=tg.Stage.PREPROCESSING))
    # Runs after each deadline: finds candidate pairs and scores them.
    scoring_job = tm.add(
        tg.Service(
            "Similarity scoring job",
            description="Runs after each assignment deadline; pairs scoring above 0.7 are flagged.",
        )
    )
    # Embeds normalised code to find similar submissions beyond exact token matches.
    embedding_model = tm.add(
        tg.Model("Code embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.OPEN_WEIGHTS)
    )
    # Scores each candidate pair from fingerprint overlap and embedding similarity.
    classifier = tm.add(
        tg.Model(
            "Plagiarism pair classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Logistic regression over similarity features; trained on past integrity decisions.",
        )
    )
    # Retrains the pair classifier each summer on the year's decisions.
    training = tm.add(tg.Pipeline("Classifier training", stage=tg.Stage.TRAINING))
    # Past flagged pairs with the officers' decisions, as training data.
    training_set = tm.add(tg.Dataset("Labelled pair set", stores={pair_features, decisions}))
    # Where integrity officers review flagged pairs side by side.
    dashboard = tm.add(
        tg.Service(
            "Integrity review dashboard",
            controls={
                c.Authentication(method="university SSO (SAML) with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="academic integrity officer",
                    note="an officer decides on every flagged pair before any case is opened",
                ),
                c.Contestability(note="students can appeal under the misconduct procedure"),
            },
        )
    )
    # Flagged pairs and the officers' decisions on them.
    case_store = tm.add(
        tg.DataStore("Integrity case store", stores={flagged_pairs, pair_features, decisions})
    )

with tm.boundary("University staff network", trust=tg.Trust.INTERNAL):
    # Sets the assignments and uploads the starter code to exclude from matching.
    lecturer = tm.add(tg.Actor("Module lecturer", role="lecturer"))
    # Reviews flagged pairs and decides whether to open a misconduct case.
    officer = tm.add(tg.Actor("Academic integrity officer", role="integrity officer"))

# ---------------------------------------------------------------- flows
tm.flow(student, portal, submission, protocol="https")
tm.flow(portal, student, receipt, protocol="https")
tm.flow(lecturer, portal, starter_code, protocol="https")
tm.flow(portal, submission_store, submission, starter_code)

tm.flow(submission_store, normaliser, submission, starter_code, label="after deadline")
tm.flow(archive, normaliser, past_submissions)
tm.flow(online_corpus, normaliser, public_solutions, protocol="https", label="weekly crawl")
tm.flow(submission_store, archive, submission, label="end-of-year archive")
tm.flow(normaliser, scoring_job, normalised)

tm.flow(model_hub, embedding_model, embedding_weights, protocol="https", label="download")
tm.flow(scoring_job, embedding_model, normalised)
tm.flow(embedding_model, scoring_job, embeddings)
tm.flow(scoring_job, classifier, pair_features)
tm.flow(classifier, scoring_job, pair_score)
tm.flow(scoring_job, case_store, flagged_pairs, pair_features, label="pairs above threshold")

tm.flow(case_store, dashboard, flagged_pairs, decisions)
tm.flow(dashboard, case_store, decisions)
tm.flow(dashboard, officer, flagged_pairs, protocol="https")
tm.flow(officer, dashboard, decisions, protocol="https", label="decision on pair")

tm.flow(case_store, training_set, pair_features, decisions, label="yearly export")
tm.flow(training_set, training, pair_features, decisions)
tm.flow(training, classifier, classifier_weights, label="deploy")
