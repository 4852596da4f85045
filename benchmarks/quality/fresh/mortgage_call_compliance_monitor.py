"""Mortgage call compliance monitor: the first design, before any security review.

Loan officers talk to borrowers on the phone through a hosted contact-centre
platform that records every call. Each night an ingestion job pulls the new
recordings over SFTP into an encrypted archive in our cloud account. A compliance
service transcribes each call with a self-hosted open-weights speech model, scores
the transcript with an in-house classifier that looks for misleading rate promises
and missing disclosures, and, for calls above the threshold, asks a vendor-hosted
LLM to explain which statements look non-compliant and why. Flagged calls land in
a case database that QA reviewers work through in an internal review portal (SSO
login); a reviewer confirms or dismisses each flag before any coaching note goes
to the loan officer. Reviewer decisions are collected as labels and the classifier
is fine-tuned on them every month.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Mortgage call compliance monitor",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Transcribes recorded mortgage calls, flags possibly non-compliant statements "
        "with a classifier and an LLM explanation, and routes them to QA reviewers."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Recorded call audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Borrower and loan officer voices; income, debts, SSNs and loan terms are discussed.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
call_metadata = tg.Data(
    "Call metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Loan number, borrower phone number, officer id, date and duration.",
)
transcript = tg.Data(
    "Call transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
compliance_score = tg.Data(
    "Compliance risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-segment probability of a misleading rate promise or a missing disclosure.",
)
explanation_prompt = tg.Data(
    "Explanation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the disclosure checklist and the flagged transcript excerpts.",
)
explanation = tg.Data(
    "LLM flag explanation", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
flagged_case = tg.Data(
    "Flagged call case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Call reference, officer, scores, flagged excerpts and the LLM explanation.",
)
review_decision = tg.Data(
    "Reviewer decision",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
coaching_note = tg.Data(
    "Coaching note",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Feedback to a loan officer; part of their performance record.",
)
training_examples = tg.Data(
    "Labeled transcript segments",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
)
classifier_weights = tg.Data(
    "Compliance classifier weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="safetensors",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The borrower on the other end of the call; what they say ends up in the recording.
    borrower = tm.add(tg.Actor("Borrower", role="mortgage applicant"))

with tm.boundary("Contact-centre vendor", trust=tg.Trust.PARTNER):
    # The hosted telephony platform that records every loan officer call.
    recording_platform = tm.add(
        tg.DataSource(
            "Call recording platform",
            origin=tg.Origin.VENDOR,
            provides={call_audio, call_metadata},
            description="SaaS contact centre; recordings exported nightly over SFTP.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the plain-language explanation of why a call was flagged.
    explainer_llm = tm.add(
        tg.LLM(
            "Explanation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted chat model called through the vendor's API.",
            controls={
                c.SupplierAssessment(note="enterprise agreement with no training on our data")
            },
        )
    )

with tm.boundary("Lender cloud account", trust=tg.Trust.INTERNAL):
    # Pulls the night's recordings from the vendor and files them in the archive.
    ingestion = tm.add(tg.Pipeline("Recording ingestion job", stage=tg.Stage.INGESTION))
    # Drives each call through transcription, scoring and explanation.
    orchestrator = tm.add(
        tg.Service(
            "Compliance analysis service",
            description="Batch worker: transcribe, score, explain above threshold, open a case.",
        )
    )
    # Turns call audio into text; open weights run on our own GPU nodes.
    speech_model = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights ASR model downloaded once and served in-cluster.",
        )
    )
    # Scores transcript segments for misleading rate promises and missing disclosures.
    classifier = tm.add(
        tg.Model(
            "Compliance classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Fine-tuned transformer; segments above 0.7 open a case.",
        )
    )
    # Internal web app where QA reviewers work the flagged calls.
    review_portal = tm.add(
        tg.Endpoint(
            "QA review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.HumanInTheLoop(approver="QA reviewer confirms a flag before coaching"),
            },
        )
    )

    with tm.boundary("Compliance data tier", trust=tg.Trust.RESTRICTED):
        # Long-term store of call audio, kept for regulatory record-keeping.
        archive = tm.add(
            tg.DataStore(
                "Recording archive",
                stores={call_audio, call_metadata},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Transcripts, searchable by reviewers and reused for training.
        transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcript}))
        # Flagged calls, reviewer decisions and coaching notes.
        case_db = tm.add(
            tg.DataStore(
                "Compliance case database", stores={flagged_case, review_decision, coaching_note}
            )
        )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Reviewer-labeled segments used to fine-tune the classifier.
        label_set = tm.add(tg.Dataset("Compliance training set", stores={training_examples}))
        # Monthly fine-tuning job that deploys the new classifier weights.
        fine_tuning = tm.add(
            tg.Pipeline(
                "Classifier fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews flagged calls and writes coaching notes.
    qa_reviewer = tm.add(tg.Actor("QA reviewer", role="compliance QA"))
    # Makes the calls and receives the coaching.
    loan_officer = tm.add(tg.Actor("Loan officer", role="loan officer"))

# ---------------------------------------------------------------- flows
tm.flow(borrower, recording_platform, call_audio, label="phone call")
tm.flow(loan_officer, recording_platform, call_audio, label="phone call")
tm.flow(
    recording_platform,
    ingestion,
    call_audio,
    call_metadata,
    protocol="sftp",
    label="nightly export",
)
tm.flow(ingestion, archive, call_audio, call_metadata)

tm.flow(archive, orchestrator, call_audio, call_metadata)
tm.flow(orchestrator, speech_model, call_audio)
tm.flow(speech_model, orchestrator, transcript)
tm.flow(orchestrator, transcript_store, transcript)
tm.flow(orchestrator, classifier, transcript)
tm.flow(classifier, orchestrator, compliance_score)
tm.flow(orchestrator, explainer_llm, explanation_prompt, protocol="https")
tm.flow(explainer_llm, orchestrator, explanation, protocol="https")
tm.flow(orchestrator, case_db, flagged_case)

tm.flow(case_db, review_portal, flagged_case, coaching_note)
tm.flow(transcript_store, review_portal, transcript)
tm.flow(archive, review_portal, call_audio, label="playback")
tm.flow(review_portal, case_db, review_decision, coaching_note)
tm.flow(review_portal, qa_reviewer, flagged_case, transcript, call_audio, protocol="https")
tm.flow(qa_reviewer, review_portal, review_decision, coaching_note, protocol="https")
tm.flow(review_portal, loan_officer, coaching_note, protocol="https")
tm.flow(loan_officer, review_portal, coaching_note, protocol="https", label="acknowledgement")

tm.flow(case_db, label_set, review_decision)
tm.flow(transcript_store, label_set, transcript)
tm.flow(label_set, fine_tuning, training_examples)
tm.flow(fine_tuning, classifier, classifier_weights, label="deploy")
