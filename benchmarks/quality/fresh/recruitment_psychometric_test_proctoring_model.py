"""Online psychometric testing with webcam proctoring for graduate recruitment: first design.

Employers' applicant tracking systems (ATS) invite graduate applicants through our
employer integration API, and we e-mail each candidate a single-use test link.
Candidates sit numerical, verbal and situational-judgement tests at home in the
browser while their webcam is recorded. The test app stores responses and recordings
in our cloud account; a scoring service turns responses into norm-referenced scores.
An in-house detection model watches the recording and browser events and flags
suspected cheating; human proctors review each flag in a proctoring console and
confirm or dismiss it. Confirmed flags and scores go back to the employer's ATS through
the same API (OAuth client credentials, rate limited). Candidates can ask for a review
of a flag from the candidate portal, and a senior proctor looks at it again.
Proctor decisions are used as labels to retrain the detector. Recordings are encrypted
and deleted after a year; candidates are in the UK and the EU.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Psychometric test proctoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Remote proctored psychometric tests for employers' graduate recruitment.",
)

# ---------------------------------------------------------------- data assets
invitation = tg.Data(
    "Test invitation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Candidate name, e-mail, requisition id and the test battery to sit.",
)
invite_email = tg.Data("Test link e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
test_items = tg.Data(
    "Test items",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The calibrated item bank; leaked items lose their value.",
)
responses = tg.Data("Candidate test responses", kind="records", sensitivity=tg.Sensitivity.PII)
webcam = tg.Data(
    "Webcam recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
browser_events = tg.Data(
    "Browser proctoring events",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Tab switches, focus loss, copy and paste, window size changes.",
)
cheat_flag = tg.Data("Suspected cheating flag", kind="model-output", sensitivity=tg.Sensitivity.PII)
proctor_decision = tg.Data(
    "Proctor decision on flag",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
scores = tg.Data(
    "Test scores",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
results = tg.Data(
    "Candidate results report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Scores, percentiles and any proctor-confirmed integrity flag.",
)
review_request = tg.Data("Candidate review request", kind="records", sensitivity=tg.Sensitivity.PII)
review_outcome = tg.Data("Review outcome", kind="records", sensitivity=tg.Sensitivity.PII)
labels = tg.Data("Labelled proctoring sessions", kind="labels", sensitivity=tg.Sensitivity.PII)
detector_weights = tg.Data(
    "Cheating detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A graduate applicant sitting the tests at home on their own computer and webcam.
    candidate = tm.add(tg.Actor("Candidate", role="job applicant"))

with tm.boundary("Employer networks", trust=tg.Trust.PARTNER):
    # Each client employer's ATS calls our API to invite applicants and pull results.
    ats = tm.add(tg.Actor("Employer applicant tracking system", role="employer", human=False))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers the test links.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Assessment platform", trust=tg.Trust.INTERNAL):
    # Candidate-facing web app: delivers tests, captures webcam and takes review requests.
    test_app = tm.add(
        tg.Endpoint(
            "Candidate test app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="single-use test link e-mailed to the candidate")},
        )
    )
    # Employer-facing API: invitations in, scores and confirmed flags out.
    employer_api = tm.add(
        tg.Endpoint(
            "Employer integration API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OAuth 2.0 client credentials per employer"),
                c.RateLimiting(requests_per_minute=600),
                c.AuditLogging(),
            },
        )
    )
    # Applies IRT item parameters and norm tables to the responses; no learning.
    scoring = tm.add(tg.Service("Test scoring service"))

    with tm.boundary("Assessment data", trust=tg.Trust.RESTRICTED):
        # System of record for invitations, responses, scores, flags and reviews.
        assessment_db = tm.add(
            tg.DataStore(
                "Assessment records database",
                stores={
                    invitation,
                    responses,
                    scores,
                    cheat_flag,
                    proctor_decision,
                    review_request,
                    review_outcome,
                },
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Webcam recordings and browser events per session.
        media_store = tm.add(
            tg.DataStore(
                "Proctoring recording store",
                stores={webcam, browser_events},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=365),
                },
            )
        )
        # The calibrated test content.
        item_bank = tm.add(tg.DataStore("Item bank", stores={test_items}))
        # Scores each finished session's recording and events for signs of cheating.
        detector = tm.add(
            tg.Model(
                "Cheating detection model",
                task=tg.Task.DETECTOR,
                returns_scores=True,
                high_stakes=True,
                description="Video and event model: second person, phone, gaze away, tab switches.",
            )
        )

with tm.boundary("Proctoring operations", trust=tg.Trust.INTERNAL):
    # Where human proctors review flagged sessions and candidates' review requests.
    console = tm.add(
        tg.Service(
            "Proctor review console",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="a human proctor confirms or dismisses each flag"),
                c.Contestability(note="candidates can request a second review by a senior proctor"),
            },
        )
    )
    # Trained staff who decide whether a flag stands.
    proctor = tm.add(tg.Actor("Proctor", role="proctor"))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Sessions with proctor decisions, used to retrain the detector.
    training_set = tm.add(tg.Dataset("Labelled session dataset", stores={labels}))
    # Quarterly retraining job for the detector.
    retraining = tm.add(tg.Pipeline("Detector retraining pipeline", stage=tg.Stage.TRAINING))
    # Holds detector versions that serving loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={detector_weights}, controls={c.ModelVersioning()}
        )
    )

# ---------------------------------------------------------------- flows
# Invitations
tm.flow(ats, employer_api, invitation, protocol="https")
tm.flow(employer_api, assessment_db, invitation)
tm.flow(employer_api, mailer, invite_email, protocol="https")
tm.flow(mailer, candidate, invite_email, protocol="smtp")

# Test sitting
tm.flow(item_bank, test_app, test_items)
tm.flow(test_app, candidate, test_items, protocol="https")
tm.flow(candidate, test_app, responses, browser_events, protocol="https")
tm.flow(candidate, test_app, webcam, protocol="wss", label="webcam stream")
tm.flow(test_app, assessment_db, responses)
tm.flow(test_app, media_store, webcam, browser_events)

# Scoring and detection
tm.flow(assessment_db, scoring, responses)
tm.flow(scoring, assessment_db, scores)
tm.flow(media_store, detector, webcam, browser_events)
tm.flow(detector, assessment_db, cheat_flag)

# Human proctor review
tm.flow(assessment_db, console, cheat_flag, review_request, scores)
tm.flow(media_store, console, webcam, browser_events, label="playback")
tm.flow(console, proctor, cheat_flag, webcam, review_request, protocol="https")
tm.flow(proctor, console, proctor_decision, protocol="https")
tm.flow(console, assessment_db, proctor_decision, review_outcome)

# Results to employers
tm.flow(assessment_db, employer_api, results)
tm.flow(employer_api, ats, results, protocol="https")

# Candidate review requests
tm.flow(candidate, test_app, review_request, protocol="https")
tm.flow(test_app, assessment_db, review_request)
tm.flow(assessment_db, test_app, review_outcome)
tm.flow(test_app, candidate, review_outcome, protocol="https")

# Detector retraining
tm.flow(assessment_db, training_set, proctor_decision, label="proctor decisions as labels")
tm.flow(media_store, training_set, webcam, browser_events)
tm.flow(training_set, retraining, labels)
tm.flow(retraining, registry, detector_weights)
tm.flow(registry, detector, detector_weights, label="deploy")
