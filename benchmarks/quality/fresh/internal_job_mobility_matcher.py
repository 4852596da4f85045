"""Internal job mobility matcher: the first design, before any security review.

A large employer wants to fill more openings from inside. When a requisition
opens in the applicant tracking system, a matching service ranks current
employees for it from their profiles, skills, career history and the last two
performance ratings. A nightly sync pulls employee and performance data from the
HR system (a SaaS HRIS) and openings from the ATS, drops employees who opted out
and leaves protected attributes behind. An open-weights embedding model, hosted
in-house, embeds profiles and job descriptions; an in-house ranking model,
retrained every month from past internal moves, scores the shortlist.
Recruiters and hiring managers see the rankings in the talent marketplace web
app behind corporate SSO with MFA, each only for their own requisitions.
Employees use the same app to edit their skills profile and to opt out.
Rankings are advisory: a recruiter builds the shortlist and the manager decides.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Internal job mobility matcher",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Ranks employees for internal openings; rankings shown to recruiters and hiring managers.",
)

# ---------------------------------------------------------------- data assets
employee_record = tg.Data(
    "Employee HR record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Job history, grade, location, tenure and manager.",
)
performance = tg.Data(
    "Performance ratings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
requisition = tg.Data("Job requisition", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
profile_edit = tg.Data(
    "Skills profile and preferences",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Self-declared skills, career interests, mobility preferences and the opt-out flag.",
)
talent_profile = tg.Data(
    "Talent profile",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Merged HR record, performance and skills of an employee who has not opted out.",
)
embeddings = tg.Data(
    "Profile and job embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII
)
embed_text = tg.Data("Text to embed", kind="records", sensitivity=tg.Sensitivity.PII)
candidates = tg.Data(
    "Candidate shortlist", kind="retrieved-context", sensitivity=tg.Sensitivity.PII
)
ranking = tg.Data(
    "Candidate ranking",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Ranked employees with a match score and top matching skills.",
)
ranking_request = tg.Data("Ranking request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
move_history = tg.Data(
    "Past internal moves and outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Who was shortlisted, hired and how they were rated a year later.",
)
ranker_weights = tg.Data(
    "Ranking model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("HR SaaS vendors", trust=tg.Trust.PARTNER):
    # System of record for employees and their performance reviews.
    hris = tm.add(
        tg.DataSource(
            "HRIS",
            origin=tg.Origin.VENDOR,
            provides={employee_record, performance},
            description="SaaS HR system, read through its reporting API.",
        )
    )
    # Where openings are created and tracked.
    ats = tm.add(
        tg.DataSource(
            "Applicant tracking system",
            origin=tg.Origin.VENDOR,
            provides={requisition},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Every employee is a possible candidate; they keep their skills profile current or opt out.
    employee = tm.add(tg.Actor("Employee", role="employee"))
    # Works the requisitions and builds shortlists from the rankings.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruiter"))
    # Owns an opening and picks who to interview.
    manager = tm.add(tg.Actor("Hiring manager", role="hiring manager"))

with tm.boundary("HR analytics platform", trust=tg.Trust.INTERNAL):
    # Single web app for employees, recruiters and managers.
    app = tm.add(
        tg.Endpoint(
            "Talent marketplace app",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="recruiters and managers see rankings only for their own requisitions"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Nightly merge of HR data, openings and self-declared skills.
    sync = tm.add(
        tg.Pipeline(
            "Profile sync pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            controls={
                c.DataMinimization(
                    note="opted-out employees dropped; no age, gender, ethnicity or health fields"
                )
            },
        )
    )
    # Merged talent profiles and requisitions.
    profile_store = tm.add(
        tg.DataStore(
            "Talent profile store",
            stores={talent_profile, profile_edit, requisition},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Open-weights sentence embedding model served in-house.
    embedder = tm.add(
        tg.Model(
            "Skills embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Nearest-neighbour search to find the candidate pool for an opening.
    index = tm.add(tg.VectorStore("Profile vector index", stores={embeddings}))
    # Orchestrates retrieval and ranking for a requisition.
    matcher = tm.add(tg.Service("Matching service"))
    # Scores and orders the shortlist.
    ranker = tm.add(
        tg.Model(
            "Candidate ranking model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            controls={c.HumanInTheLoop(approver="recruiter shortlists, hiring manager decides")},
        )
    )
    # History of internal moves used as training data.
    history = tm.add(tg.Dataset("Internal moves dataset", stores={move_history}))
    # Monthly retraining of the ranker.
    training = tm.add(
        tg.Pipeline("Ranker training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(hris, sync, employee_record, performance, protocol="https", label="nightly export")
tm.flow(ats, sync, requisition, protocol="https")
tm.flow(sync, profile_store, talent_profile, requisition)
tm.flow(profile_store, sync, profile_edit, label="skills and opt-out flags")

tm.flow(employee, app, profile_edit, protocol="https")
tm.flow(app, employee, profile_edit, protocol="https")
tm.flow(app, profile_store, profile_edit)

tm.flow(sync, embedder, embed_text)
tm.flow(embedder, sync, embeddings)
tm.flow(sync, index, embeddings)

tm.flow(recruiter, app, ranking_request, protocol="https")
tm.flow(app, matcher, ranking_request)
tm.flow(matcher, profile_store, ranking_request, label="requisition lookup")
tm.flow(profile_store, matcher, requisition, talent_profile)
tm.flow(matcher, embedder, embed_text, label="embed job description")
tm.flow(embedder, matcher, embeddings)
tm.flow(matcher, index, embeddings, label="similarity query")
tm.flow(index, matcher, candidates)
tm.flow(matcher, ranker, candidates, talent_profile)
tm.flow(ranker, matcher, ranking)
tm.flow(matcher, app, ranking)
tm.flow(app, recruiter, ranking, protocol="https")
tm.flow(app, manager, ranking, protocol="https")
tm.flow(manager, app, ranking_request, protocol="https", label="views own requisitions")

tm.flow(hris, history, move_history, protocol="https", label="monthly extract")
tm.flow(history, training, move_history)
tm.flow(profile_store, training, talent_profile)
tm.flow(training, ranker, ranker_weights, label="deploy")
