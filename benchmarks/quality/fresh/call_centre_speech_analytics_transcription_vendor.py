"""Contact-centre speech analytics: the first design, before any security review.

Our motor and home insurance contact centre (UK and EU customers) records every
call on a hosted contact-centre platform. Each night an ingestion pipeline pulls
the day's recordings over SFTP, keeps a copy in our recording store and sends the
audio to an outside transcription vendor's speech-to-text API; the transcripts
come back to a speech analytics database. A scoring service runs an in-house text
classifier over each transcript to score compliance (required disclosures, signs
of customer vulnerability) and to detect expressions of complaint, which are
opened automatically as cases in the complaints system. QA analysts review scored
calls in a web portal, play back the audio and mark where the model was wrong;
those reviews retrain the classifier monthly. Controls in this design: card
numbers are captured by DTMF masking and never recorded, both vendors passed our
supplier review, the vendor API key is kept in a vault, stores are encrypted, and
the portal uses corporate SSO with MFA and role-based access.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Contact-centre speech analytics",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Transcribes insurer contact-centre calls via a vendor and scores them "
    "for compliance and complaints.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Live conversation; claims calls often include injury and health details.",
)
recordings = tg.Data(
    "Call recordings",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Stereo WAV files of whole calls, including health details on claims calls.",
)
call_metadata = tg.Data(
    "Call metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Caller number, policy number, agent id, queue, timestamps.",
)
transcripts = tg.Data(
    "Call transcripts",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Speaker-separated text of each call as returned by the vendor.",
)
call_scores = tg.Data(
    "Compliance and complaint scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-call scores per compliance check and a complaint probability, "
    "linked to the agent and the customer.",
)
complaint_cases = tg.Data(
    "Complaint cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Case opened for each call scored above the complaint threshold.",
)
qa_reviews = tg.Data(
    "QA review labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Analyst agreement or correction for each scored check.",
)
classifier_weights = tg.Data(
    "Classifier weights",
    format="safetensors",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Fine-tuned transformer text classifier.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Policyholders and claimants phoning the contact centre.
    customer = tm.add(tg.Actor("Caller", role="policyholder or claimant"))

with tm.boundary("Contact-centre platform provider", trust=tg.Trust.PARTNER):
    # Hosted telephony (CCaaS): routes calls to agents and records every call.
    ccaas = tm.add(
        tg.ExternalService(
            "Contact-centre platform",
            provides="generic",
            description="Hosted ACD, softphone and call recording.",
            controls={
                tg.controls.DataMinimization(
                    note="card numbers are keyed through DTMF masking and never recorded"
                ),
                tg.controls.SupplierAssessment(note="ISO 27001 review and DPA in place"),
            },
        )
    )

with tm.boundary("Transcription vendor", trust=tg.Trust.PARTNER):
    # Outside speech-to-text API: we send audio, it returns transcripts.
    transcriber = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides="model-api",
            description="Batch transcription API with speaker diarisation, EU region.",
            controls={
                tg.controls.SupplierAssessment(
                    note="security questionnaire and DPA signed; EU processing region"
                )
            },
        )
    )

with tm.boundary("Analytics VPC", trust=tg.Trust.INTERNAL):
    # Nightly job: fetches recordings, archives them, drives the vendor transcription.
    ingestion = tm.add(
        tg.Pipeline(
            "Recording ingestion pipeline",
            stage=tg.Stage.INGESTION,
            description="Runs nightly; submits audio to the vendor and polls for transcripts.",
            controls={tg.controls.SecretsManagement(note="vendor API key in the cloud vault")},
        )
    )
    # Runs the classifier over new transcripts and opens complaint cases.
    scoring = tm.add(
        tg.Service(
            "Call scoring service",
            description="Scores each new transcript and raises complaint cases above 0.7.",
        )
    )
    # In-house model: compliance checks and complaint detection from transcript text.
    classifier = tm.add(
        tg.Model(
            "Compliance and complaint classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Multi-label classifier; scores feed agent coaching and complaint logging.",
        )
    )
    # Web portal where QA analysts browse scores, read transcripts and play calls.
    portal = tm.add(
        tg.Endpoint(
            "QA review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="corporate SSO (OIDC) with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

    with tm.boundary("Analytics data tier", trust=tg.Trust.RESTRICTED):
        # Our archive copy of every call recording.
        recording_store = tm.add(
            tg.DataStore(
                "Call recording store",
                stores={recordings, call_metadata},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(),
                },
            )
        )
        # Transcripts and scores, queried by the portal and the retraining job.
        analytics_db = tm.add(
            tg.DataStore(
                "Speech analytics database",
                stores={transcripts, call_metadata, call_scores},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Reviewed calls with analyst labels, the classifier's training data.
        labelled_set = tm.add(tg.Dataset("Labelled call set", stores={qa_reviews, transcripts}))
        # Monthly fine-tuning of the classifier on the labelled calls.
        retraining = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.FINE_TUNING))
        # Versions of the classifier; the scoring service loads the current one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={classifier_weights},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Our agents take the calls; their calls are what gets scored.
    agent = tm.add(tg.Actor("Contact-centre agent", role="agent"))
    # Reviews scored calls and corrects the model.
    analyst = tm.add(tg.Actor("QA analyst", role="quality assurance"))
    # Works the complaint cases the scoring service opens.
    handler = tm.add(tg.Actor("Complaints handler", role="complaints team"))
    # Existing complaints case management system.
    complaints = tm.add(
        tg.DataStore(
            "Complaints case system",
            stores={complaint_cases},
            controls={tg.controls.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# the call itself
tm.flow(customer, ccaas, call_audio, protocol="pstn")
tm.flow(ccaas, customer, call_audio, protocol="pstn")
tm.flow(ccaas, agent, call_audio, protocol="sips", label="softphone")
tm.flow(agent, ccaas, call_audio, protocol="sips", label="softphone")

# nightly ingestion and transcription
tm.flow(ccaas, ingestion, recordings, call_metadata, protocol="sftp", label="nightly export")
tm.flow(ingestion, recording_store, recordings, call_metadata)
tm.flow(ingestion, transcriber, recordings, protocol="https", label="submit transcription job")
tm.flow(transcriber, ingestion, transcripts, protocol="https", label="poll and download")
tm.flow(ingestion, analytics_db, transcripts, call_metadata)

# scoring
tm.flow(analytics_db, scoring, transcripts, call_metadata, label="nightly batch")
tm.flow(scoring, classifier, transcripts)
tm.flow(classifier, scoring, call_scores)
tm.flow(scoring, analytics_db, call_scores)
tm.flow(scoring, complaints, complaint_cases, label="auto-opened complaint")
tm.flow(complaints, handler, complaint_cases, protocol="https")

# QA review
tm.flow(analytics_db, portal, transcripts, call_scores, call_metadata)
tm.flow(recording_store, portal, recordings, label="playback")
tm.flow(portal, analyst, transcripts, call_scores, recordings, protocol="https")
tm.flow(analyst, portal, qa_reviews, protocol="https")
tm.flow(portal, labelled_set, qa_reviews)

# retraining
tm.flow(analytics_db, labelled_set, transcripts, label="reviewed calls")
tm.flow(labelled_set, retraining, qa_reviews, transcripts)
tm.flow(retraining, registry, classifier_weights)
tm.flow(registry, classifier, classifier_weights, label="load current version")
