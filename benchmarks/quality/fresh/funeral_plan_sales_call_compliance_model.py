"""Funeral plan sales-call compliance scoring: the first design, before any security review.

A funeral plan provider records every telephone sales call on its cloud telephony
platform. Each night a scoring job in the provider's cloud account collects the new
recordings over SFTP, has a speech-to-text vendor transcribe them, and runs an
in-house classifier that scores each call for pressure selling and mis-selling risk
(urgency tactics, unclear cancellation rights, signs of a vulnerable customer).
Calls above a threshold are queued for the compliance team, who listen to the call
in a review dashboard and record an outcome; those outcomes are the labels for the
quarterly retraining, and a data scientist promotes new model versions from the
registry. Staff sign in to the dashboard through the corporate SSO with MFA and
see calls by role. Recordings are encrypted at rest and kept for the regulatory
period, and the transcription vendor went through supplier due diligence.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Funeral plan sales-call compliance model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores recorded funeral plan sales calls for pressure selling and "
    "mis-selling risk and flags calls for compliance review.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Sales call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Customer and sales agent voices; customers often mention health, "
    "bereavement and money worries.",
)
call_metadata = tg.Data(
    "Call metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer reference, sales agent ID, plan quoted or sold, timestamps.",
)
transcript = tg.Data(
    "Call transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Diarised speech-to-text output, one speaker turn per line.",
)
features = tg.Data(
    "Call risk features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Phrase and turn-level features from the transcript plus call metadata.",
)
risk_score = tg.Data(
    "Mis-selling risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-call probability with the transcript passages that drove it.",
)
flagged = tg.Data(
    "Flagged call review case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
outcome = tg.Data(
    "Compliance review outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Reviewer's finding: no issue, coaching, remediation or conduct case.",
)
training_examples = tg.Data(
    "Labelled call examples", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Risk model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted classifier saved with joblib.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The prospective plan holder, often elderly, on the phone with sales.
    customer = tm.add(tg.Actor("Customer", role="prospective plan holder"))

with tm.boundary("Telephony vendor", trust=tg.Trust.PARTNER):
    # Cloud contact-centre platform that carries and records every sales call.
    telephony = tm.add(tg.ExternalService("Cloud telephony platform"))

with tm.boundary("Transcription vendor", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text API that turns recordings into diarised transcripts.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides="model-api",
            controls={
                c.SupplierAssessment(note="UK data residency, no training on customer audio")
            },
        )
    )

with tm.boundary("Contact centre", trust=tg.Trust.INTERNAL):
    # Sells plans over the phone through the telephony platform's softphone.
    sales_agent = tm.add(tg.Actor("Sales agent", role="sales"))
    # Reviews flagged calls and decides on coaching, remediation or a conduct case.
    analyst = tm.add(tg.Actor("Compliance analyst", role="compliance"))

with tm.boundary("Provider cloud account", trust=tg.Trust.INTERNAL):
    # Long-term copy of every recording, kept for the regulatory record-keeping period.
    recordings = tm.add(
        tg.DataStore(
            "Call recording archive",
            stores={call_audio, call_metadata},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
                c.RetentionLimits(days=1825),
            },
        )
    )
    # Pulls the day's calls, gets transcripts, builds features and scores them.
    scoring_job = tm.add(tg.Service("Nightly call scoring job"))
    # Transcripts kept for review and for training.
    transcripts = tm.add(tg.DataStore("Transcript store", stores={transcript}))
    # The in-house classifier at the heart of the design.
    model = tm.add(
        tg.Model(
            "Mis-selling risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Flags calls for review; unflagged calls are only seen through "
            "the monthly random sample.",
            controls={c.ExplainabilityLogging()},
        )
    )
    # Queue of calls above the review threshold, with scores and outcomes.
    review_queue = tm.add(
        tg.DataStore("Compliance review queue", stores={flagged, risk_score, outcome})
    )
    # Where compliance staff listen to calls, read transcripts and record outcomes.
    dashboard = tm.add(
        tg.Endpoint(
            "Compliance review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Reviewed calls with their outcomes, the training set for retraining.
        label_set = tm.add(tg.Dataset("Labelled call set", stores={training_examples}))
        # Quarterly retraining with a hold-out evaluation report.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="hold-out recall and precision report")},
            )
        )
        # Versions of the trained classifier.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
        # Owns the model and promotes a new version into the scoring job.
        data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, telephony, call_audio, protocol="pstn")
tm.flow(telephony, customer, call_audio, protocol="pstn")
tm.flow(sales_agent, telephony, call_audio, protocol="https", label="softphone")
tm.flow(telephony, sales_agent, call_audio, protocol="https", label="softphone")
tm.flow(telephony, recordings, call_audio, call_metadata, protocol="sftp", label="nightly export")

tm.flow(recordings, scoring_job, call_audio, call_metadata, label="nightly batch")
tm.flow(scoring_job, stt, call_audio, protocol="https")
tm.flow(stt, scoring_job, transcript, protocol="https")
tm.flow(scoring_job, transcripts, transcript)
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, risk_score)
tm.flow(scoring_job, review_queue, flagged, risk_score, label="scores above threshold")

tm.flow(review_queue, dashboard, flagged, risk_score)
tm.flow(transcripts, dashboard, transcript)
tm.flow(recordings, dashboard, call_audio)
tm.flow(dashboard, analyst, flagged, transcript, call_audio, protocol="https")
tm.flow(analyst, dashboard, outcome, protocol="https")
tm.flow(dashboard, review_queue, outcome)

tm.flow(review_queue, label_set, outcome, label="quarterly export")
tm.flow(transcripts, label_set, training_examples, label="quarterly export")
tm.flow(label_set, training, training_examples, outcome)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, release, protocol="https", label="promotes version")
tm.flow(registry, model, weights, label="deploy")
