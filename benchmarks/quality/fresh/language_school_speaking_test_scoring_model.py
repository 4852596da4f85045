"""Speaking test scoring model: the first design, before any security review.

An English language testing company records candidates' speaking tests on recording
stations at test centres in the UK and the EU, many of them run by partner schools.
Each station uploads the audio with the candidate's booking details over HTTPS to an
upload API in our cloud, authenticated with a per-centre API key. A scoring service
transcribes the audio with an open-weights speech recognition model and an in-house
model scores it on the CEFR levels that visa applications rely on. A random tenth of
tests is double-marked by freelance examiners through a marking portal (SSO with TOTP),
and their marks also become training data for the next model version, which must match
examiner agreement targets before release. Results appear on the candidate portal
(e-mail and password); a candidate can pay through a hosted payment page for a re-mark
by an examiner. Recordings and results are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Language school speaking test scoring model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Automated CEFR scoring of recorded speaking tests used for visa applications.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Speaking test recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking = tg.Data(
    "Candidate booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, passport number, test date and centre.",
)
transcript = tg.Data("Speech transcript", kind="model-output", sensitivity=tg.Sensitivity.PII)
ai_score = tg.Data(
    "Automated speaking score and level",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
examiner_marks = tg.Data(
    "Examiner marks",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
result = tg.Data(
    "Test result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
remark_request = tg.Data("Re-mark request", kind="records", sensitivity=tg.Sensitivity.PII)
login = tg.Data(
    "Candidate sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
training_set = tg.Data(
    "Examiner-marked recordings", kind="training-data", sensitivity=tg.Sensitivity.PII
)
scorer_weights = tg.Data(
    "Scoring model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
asr_weights = tg.Data(
    "Speech recognition weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Books, views results and asks for re-marks online; sits the test at a centre.
    candidate = tm.add(tg.Actor("Candidate", role="test taker"))
    # Freelance examiners who mark from home.
    examiner = tm.add(tg.Actor("Examiner", role="freelance examiner"))
    # Where the open-weights speech recognition model is downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page for re-mark fees; we never see card numbers.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Test centre", trust=tg.Trust.PARTNER):
    # PCs with headsets in the test room that record each speaking test.
    station = tm.add(tg.Device("Test recording station"))

with tm.boundary("Scoring cloud", trust=tg.Trust.INTERNAL):
    # Receives recordings and booking details from the centres.
    upload_api = tm.add(
        tg.Endpoint(
            "Recording upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-centre API key")},
        )
    )
    # All recordings, kept for re-marks and appeals.
    recordings = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recording, booking},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs transcription and scoring, and picks the random tenth for double-marking.
    scoring = tm.add(tg.Service("Scoring service"))
    # Open-weights speech recognition, self-hosted.
    asr = tm.add(
        tg.Model("Speech recognition model", task=tg.Task.GENERATIVE, origin="open-weights")
    )
    # The model that decides the candidate's speaking level.
    scorer = tm.add(
        tg.Model(
            "Speaking proficiency scorer",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Scores fluency, pronunciation, grammar and vocabulary; maps to CEFR A1-C2.",
            controls={c.Contestability(note="paid re-mark by a human examiner")},
        )
    )
    # Scores, examiner marks and issued results.
    results_db = tm.add(
        tg.DataStore(
            "Results database",
            stores={ai_score, examiner_marks, result, booking, remark_request},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.AuditLogging()},
        )
    )
    # Where candidates see results and request re-marks.
    portal = tm.add(
        tg.Endpoint(
            "Candidate portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Examiners' queue of double-marks and re-marks, with the audio player.
    marking = tm.add(
        tg.Endpoint(
            "Examiner marking portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="SSO with TOTP"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Double-marked and re-marked recordings with the examiners' marks.
        train_set = tm.add(tg.Dataset("Examiner-marked training set", stores={training_set}))
        # Retrains the scorer and checks agreement with examiners before release.
        training = tm.add(
            tg.Pipeline(
                "Scorer training",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="examiner agreement targets on a held-out set")},
            )
        )
        # Versions of the scorer and the speech recognition model that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={scorer_weights, asr_weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(candidate, station, recording, label="speaks into the headset in the test room")
tm.flow(station, upload_api, recording, booking, protocol="https")
tm.flow(upload_api, recordings, recording, booking)

tm.flow(recordings, scoring, recording)
tm.flow(scoring, asr, recording)
tm.flow(asr, scoring, transcript)
tm.flow(scoring, scorer, recording, transcript)
tm.flow(scorer, scoring, ai_score)
tm.flow(scoring, results_db, ai_score, result)

tm.flow(results_db, marking, ai_score, remark_request, label="double-mark and re-mark queue")
tm.flow(recordings, marking, recording)
tm.flow(marking, examiner, recording, remark_request, protocol="https")
tm.flow(examiner, marking, examiner_marks, protocol="https")
tm.flow(marking, results_db, examiner_marks, result)

tm.flow(candidate, portal, login, remark_request, protocol="https")
tm.flow(results_db, portal, result)
tm.flow(portal, candidate, result, protocol="https")
tm.flow(portal, results_db, remark_request)
tm.flow(candidate, payments, card, protocol="https", label="hosted payment page")
tm.flow(payments, portal, payment_confirmation, protocol="https", label="payment webhook")

tm.flow(results_db, train_set, examiner_marks)
tm.flow(recordings, train_set, recording)
tm.flow(train_set, training, training_set)
tm.flow(training, registry, scorer_weights)
tm.flow(model_hub, registry, asr_weights, protocol="https")
tm.flow(registry, scorer, scorer_weights)
tm.flow(registry, asr, asr_weights)
