"""Video interview scoring: the first design, before any security review.

Our recruiting platform adds one-way video interviews. When a recruiter moves an
applicant forward in the applicant tracking system (a SaaS product), the candidate
gets an e-mailed single-use link, records answers to the role's questions from home
in the browser, and the videos are uploaded to an object bucket. A scoring service
transcribes each answer with a self-hosted open-weights speech-to-text model and
scores the transcript against the role's competency rubric with an in-house model,
trained on past interview transcripts and recruiter ratings. Recruiters see the
candidates ranked by score in a dashboard, watch the videos and decide whom to
invite; the decision goes back to the ATS. Everything runs in the company's cloud
account; recruiters sign in with corporate SSO and MFA, see only their own
requisitions, videos are encrypted and deleted after a set period, and new model
versions are evaluated on held-out ratings before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Video interview scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Transcribes and scores recorded interview answers and ranks candidates for recruiters.",
)

# ---------------------------------------------------------------- data assets
applicant = tg.Data(
    "Applicant details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, requisition and CV from the ATS.",
)
questions = tg.Data(
    "Interview questions", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
videos = tg.Data(
    "Recorded video answers",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Face and voice of the candidate, one clip per question.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcripts = tg.Data("Answer transcripts", kind="documents", sensitivity=tg.Sensitivity.PII)
scores = tg.Data(
    "Answer scores and ranking",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decisions = tg.Data("Invite decisions", kind="records", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Historical transcripts",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Transcripts of past interviews for the same roles.",
)
ratings = tg.Data(
    "Recruiter ratings",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
scoring_weights = tg.Data(
    "Scoring model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Applicants record their answers from home on their own devices.
    candidate = tm.add(tg.Actor("Candidate", role="job applicant"))

with tm.boundary("ATS vendor", trust=tg.Trust.PARTNER):
    # System of record for applications; sends invitations and receives decisions.
    ats = tm.add(
        tg.ExternalService(
            "Applicant tracking system",
            description="SaaS ATS; webhook on stage change, REST API for decisions.",
        )
    )

with tm.boundary("Recruiting cloud account", trust=tg.Trust.INTERNAL):
    # Browser app that serves the questions and takes the uploads.
    interview_app = tm.add(
        tg.Endpoint(
            "Interview recording app",
            purpose=tg.EndpointPurpose.API,
            description="Serves questions, records in the browser, uploads each clip.",
            controls={
                c.Authentication(method="single-use invitation link e-mailed by the ATS"),
                c.InputValidation(note="video MIME type and size limit per clip"),
            },
        )
    )
    # Runs the pipeline for each finished interview.
    scoring_service = tm.add(
        tg.Service(
            "Interview scoring service",
            description="Extracts audio, calls speech-to-text, then the scoring model; stores results.",
        )
    )
    # Turns the audio of each answer into text.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights speech recognition model on our GPU nodes.",
        )
    )
    # Scores each transcript against the role's rubric; drives who gets an interview.
    scorer = tm.add(
        tg.Model(
            "Answer scoring model",
            task=tg.Task.RANKER,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned transformer regressor, one score per competency.",
            controls={c.HumanInTheLoop(approver="recruiter decides whom to invite")},
        )
    )
    # Where recruiters see the ranked list and watch the clips.
    dashboard = tm.add(
        tg.Endpoint(
            "Recruiter dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="recruiters see only their own requisitions"),
            },
        )
    )

    with tm.boundary("Candidate data", trust=tg.Trust.RESTRICTED):
        # Object bucket holding the raw clips.
        video_bucket = tm.add(
            tg.DataStore(
                "Interview video bucket",
                stores={videos},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=365, note="lifecycle rule deletes clips after a year"),
                },
            )
        )
        # Transcripts, scores, rankings and recruiter decisions per requisition.
        results_db = tm.add(
            tg.DataStore(
                "Interview results database",
                stores={applicant, transcripts, scores, decisions, ratings},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Past transcripts with the ratings recruiters gave them.
        training_set = tm.add(tg.Dataset("Scoring training set", stores={history, ratings}))
        # Periodic retraining of the scoring model.
        training = tm.add(
            tg.Pipeline(
                "Scoring model training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="agreement with held-out recruiter ratings")},
            )
        )
        # Versioned checkpoints that serving loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={scoring_weights}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews the ranking, watches clips and decides whom to invite.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruiter"))

# ---------------------------------------------------------------- flows
# Invitation and recording.
tm.flow(ats, interview_app, applicant, protocol="https", label="stage-change webhook")
tm.flow(interview_app, results_db, applicant)
tm.flow(interview_app, candidate, questions, protocol="https")
tm.flow(candidate, interview_app, videos, protocol="https", label="upload clips")
tm.flow(interview_app, video_bucket, videos)
tm.flow(interview_app, scoring_service, applicant, label="interview complete")

# Transcription and scoring.
tm.flow(video_bucket, scoring_service, videos)
tm.flow(scoring_service, stt, videos, label="audio track")
tm.flow(stt, scoring_service, transcripts)
tm.flow(scoring_service, scorer, transcripts)
tm.flow(scorer, scoring_service, scores)
tm.flow(scoring_service, results_db, transcripts, scores)

# Recruiter review and decision.
tm.flow(results_db, dashboard, applicant, transcripts, scores)
tm.flow(video_bucket, dashboard, videos, label="playback")
tm.flow(dashboard, recruiter, scores, videos, transcripts, protocol="https")
tm.flow(
    recruiter, dashboard, decisions, ratings, protocol="https", label="invite decision and rating"
)
tm.flow(dashboard, results_db, decisions, ratings)
tm.flow(dashboard, ats, decisions, protocol="https")

# Retraining.
tm.flow(results_db, training_set, transcripts, ratings, label="export of rated interviews")
tm.flow(training_set, training, history, ratings)
tm.flow(training, registry, scoring_weights)
tm.flow(registry, scorer, scoring_weights, label="load on deploy")
