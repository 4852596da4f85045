"""Online speaking test scoring: the first design.

A language school in the EU sells online speaking tests. Candidates sign in to the
test portal with an e-mail address and password, are shown tasks from the item
bank and record their answers in the browser. The recordings go to cloud object
storage; a scoring service runs a self-hosted open-weights speech model to
transcribe them and an in-house model that grades fluency and pronunciation. Every
fail and a random sample of passes go to examiners in a moderation console (school
single sign-on with MFA); the other passes are confirmed as scored. Confirmed
results sync each night to the student records system, a vendor's SaaS, from which
the exams officer issues certificates by e-mail. Candidates may appeal in the
portal, and an examiner re-marks the recording. Examiner-moderated answers are used
to retrain the scoring model each term.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Language school speaking test scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Automated grading of recorded speaking tests, with examiner moderation and appeals.",
)

# ---------------------------------------------------------------- data assets
items = tg.Data(
    "Speaking test items",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Task prompts and picture cues; a leaked item bank lets candidates rehearse.",
)
enrolment = tg.Data("Candidate enrolment details", kind="records", sensitivity=tg.Sensitivity.PII)
recording = tg.Data(
    "Speaking test recordings",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The candidate's voice answering each task, as uploaded from the browser.",
)
transcript = tg.Data("Answer transcripts", kind="model-output", sensitivity=tg.Sensitivity.PII)
scores = tg.Data(
    "Fluency and pronunciation scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
results = tg.Data(
    "Test results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per candidate: scores, CEFR level, pass or fail, moderation status.",
)
moderation = tg.Data(
    "Examiner moderation marks",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="The examiner's own marks and the confirmed or changed level.",
)
appeal = tg.Data("Result appeal", kind="records", sensitivity=tg.Sensitivity.PII)
certificate = tg.Data("Level certificate", kind="documents", sensitivity=tg.Sensitivity.PII)
issue_instruction = tg.Data(
    "Certificate issue run", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
samples = tg.Data(
    "Rated speaking samples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Moderated recordings with their transcripts and examiner marks.",
)
weights = tg.Data("Scoring model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Takes the test from their own browser, sees results and may appeal.
    candidate = tm.add(tg.Actor("Candidate", role="test candidate"))

with tm.boundary("School cloud", trust=tg.Trust.INTERNAL):
    # Web app where candidates sign in, take the test, see results and appeal.
    portal = tm.add(
        tg.Endpoint(
            "Candidate test portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="audio type, length and size checked on upload"),
            },
        )
    )
    # The tasks candidates answer, rotated between test sittings.
    item_bank = tm.add(tg.DataStore("Test item bank", stores={items}))
    # Object storage for every uploaded answer.
    recordings_store = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recording},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Results, transcripts, moderation marks and appeals for every sitting.
    results_db = tm.add(
        tg.DataStore("Results database", stores={results, transcript, moderation, appeal})
    )
    # Examiners' view of the sample, the fails and the appeals.
    console = tm.add(
        tg.Endpoint(
            "Moderation console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="school Microsoft 365 single sign-on with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Scoring platform", trust=tg.Trust.INTERNAL):
        # Picks up new recordings, calls both models and writes the result.
        scoring = tm.add(
            tg.Service(
                "Scoring service",
                description="Routes every fail and a 10% random sample of passes to moderation.",
                controls={
                    c.HumanInTheLoop(
                        approver="an examiner",
                        note="every fail and a 10% random sample of passes; other passes are confirmed as scored",
                    ),
                    c.Contestability(
                        note="candidates can appeal in the portal; an examiner re-marks"
                    ),
                },
            )
        )
        # Speech-to-text for the answers.
        asr = tm.add(
            tg.Model(
                "Speech transcription model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Open-weights speech recognition model, self-hosted on GPU nodes.",
            )
        )
        # Grades fluency and pronunciation from the audio and transcript.
        scorer = tm.add(
            tg.Model(
                "Speaking scoring model",
                task=tg.Task.REGRESSOR,
                returns_scores=True,
                high_stakes=True,
                description="Predicts fluency and pronunciation bands that set the candidate's level.",
            )
        )
        # Moderated answers kept for retraining.
        train_set = tm.add(tg.Dataset("Rated sample set", stores={samples}))
        # Retrains the scorer once a term.
        training = tm.add(
            tg.Pipeline(
                "Termly scoring model training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="agreement with examiner marks on a held-out set")
                },
            )
        )

with tm.boundary("School office", trust=tg.Trust.INTERNAL):
    # Moderates scores and handles appeals.
    examiner = tm.add(tg.Actor("Examiner", role="examiner"))
    # Runs the certificate issue from the student records system.
    exams_officer = tm.add(tg.Actor("Exams officer", role="administrator"))

with tm.boundary("Student records vendor", trust=tg.Trust.PARTNER):
    # The school's system of record for enrolments, results and certificates.
    sis = tm.add(
        tg.DataStore(
            "Student records system",
            stores={enrolment, results, certificate},
            controls={c.RBAC()},
        )
    )
    # Sends certificates and result notices by e-mail.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

# ---------------------------------------------------------------- flows
tm.flow(sis, portal, enrolment, protocol="https", label="booked sittings")
tm.flow(item_bank, portal, items)
tm.flow(portal, candidate, items, protocol="https")
tm.flow(candidate, portal, recording, protocol="https")
tm.flow(portal, recordings_store, recording, protocol="https")

tm.flow(recordings_store, scoring, recording, protocol="https")
tm.flow(scoring, asr, recording)
tm.flow(asr, scoring, transcript)
tm.flow(scoring, scorer, recording, transcript)
tm.flow(scorer, scoring, scores)
tm.flow(scoring, results_db, results, transcript)

tm.flow(results_db, console, results, transcript, appeal)
tm.flow(recordings_store, console, recording, protocol="https")
tm.flow(console, examiner, results, recording, appeal, protocol="https")
tm.flow(examiner, console, moderation, protocol="https")
tm.flow(console, results_db, moderation)

tm.flow(results_db, portal, results)
tm.flow(portal, candidate, results, protocol="https")
tm.flow(candidate, portal, appeal, protocol="https")
tm.flow(portal, results_db, appeal)

tm.flow(results_db, sis, results, protocol="https", label="nightly sync of confirmed results")
tm.flow(exams_officer, sis, issue_instruction, protocol="https")
tm.flow(sis, mailer, certificate, protocol="https")
tm.flow(mailer, candidate, certificate, protocol="smtp")

tm.flow(results_db, train_set, moderation, transcript)
tm.flow(recordings_store, train_set, recording)
tm.flow(train_set, training, samples)
tm.flow(training, scorer, weights, label="deploy")
