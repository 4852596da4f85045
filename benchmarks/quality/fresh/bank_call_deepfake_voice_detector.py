"""Deepfake voice detector for the contact centre: the first design, before any security review.

A retail bank in the EU wants to catch callers who use synthetic or cloned voices
to impersonate customers. The cloud telephony provider forks the live audio of
every inbound call to an ingest service in the bank's data centre over a
websocket stream. The service cuts it into short windows and sends them to a
scoring endpoint, where an in-house detector model gives each window a synthetic
voice score. The score is shown as a risk badge on the agent's desktop; above a
threshold a routing service asks the provider to transfer the call to the fraud
desk and opens a fraud case. Fraud analysts record confirmed outcomes. Each
quarter a retraining pipeline combines those labels, the matching call
recordings and synthetic voice samples bought from a vendor, and an ML engineer
approves the new model in the registry before deployment. Agents and analysts sign
in with the bank's SSO, recordings are encrypted at rest and scores are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bank call deepfake voice detector",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Real-time synthetic-voice scoring of inbound contact-centre calls, retrained quarterly.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Live call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Caller's voice, plus anything said on the call (account details, security answers).",
)
audio_windows = tg.Data(
    "Audio windows",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Two-second windows of caller-side audio, tagged with the call id.",
)
voice_score = tg.Data(
    "Synthetic voice score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
risk_badge = tg.Data("Risk badge", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
transfer_request = tg.Data("Transfer request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
fraud_case = tg.Data("Fraud case", sensitivity=tg.Sensitivity.PII, kind="records")
fraud_labels = tg.Data(
    "Confirmed fraud labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
recordings = tg.Data(
    "Call recordings",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
vendor_samples = tg.Data(
    "Synthetic voice samples", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="training-data"
)
training_set = tg.Data(
    "Voice training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data("Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
approval = tg.Data("Release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Whoever dials the bank: customers, and fraudsters with cloned voices.
    caller = tm.add(tg.Actor("Caller", role="caller"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Cloud contact-centre platform: takes the calls, records them, forks media, transfers.
    telephony = tm.add(tg.ExternalService("Cloud telephony platform"))

with tm.boundary("Voice data vendor", trust=tg.Trust.PARTNER):
    # Bought samples of current voice-cloning and TTS systems, delivered each quarter.
    sample_feed = tm.add(
        tg.DataSource(
            "Vendor synthetic voice samples",
            origin=tg.Origin.VENDOR,
            provides={vendor_samples},
        )
    )

with tm.boundary("Bank data centre", trust=tg.Trust.INTERNAL):
    # Receives the forked media stream and cuts it into scoring windows.
    ingest = tm.add(
        tg.Service(
            "Audio ingest service",
            internet_facing=True,
            controls={c.Authentication(method="per-stream token issued by the provider")},
        )
    )
    # Real-time scoring API in front of the detector.
    scoring = tm.add(
        tg.Endpoint(
            "Voice scoring endpoint",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
            controls={c.AuditLogging(retention_days=365, note="score per window and per call")},
        )
    )
    # The detector itself; a high score sends the caller to the fraud desk.
    detector = tm.add(
        tg.Model(
            "Deepfake voice detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            controls={c.HumanInTheLoop(approver="fraud desk analyst")},
            description="Audio classifier on a self-supervised speech backbone; scores each window.",
        )
    )
    # Agent desktop application that shows the risk badge during the call.
    desktop = tm.add(tg.Service("Agent desktop", controls={c.Authentication(method="bank SSO")}))
    # Turns a high score into a transfer to the fraud desk and a new case.
    router = tm.add(tg.Service("Fraud routing service"))
    # Case management for the fraud desk; source of the confirmed labels.
    case_store = tm.add(
        tg.DataStore(
            "Fraud case system",
            stores={fraud_case, fraud_labels},
            controls={c.RBAC()},
        )
    )
    # Existing call recording archive, exported nightly from the provider.
    archive = tm.add(
        tg.DataStore(
            "Call recording archive",
            stores={recordings},
            controls={c.EncryptionAtRest(key_management="bank HSM")},
        )
    )
    # Contact-centre agent who handles the call and sees the badge.
    agent = tm.add(tg.Actor("Contact-centre agent", role="agent"))
    # Fraud desk analyst who takes transferred calls and confirms fraud.
    analyst = tm.add(tg.Actor("Fraud analyst", role="fraud desk"))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Quarterly job that builds the training set and retrains the detector.
        retraining = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
        # Labelled real and synthetic audio used for training and evaluation.
        dataset = tm.add(tg.Dataset("Voice training dataset", stores={training_set}))
        # Versioned detector artifacts; promotion needs an engineer's approval.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )
        # Reviews evaluation results and approves releases.
        ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(caller, telephony, call_audio, label="inbound call")
tm.flow(telephony, caller, call_audio, label="agent voice")
tm.flow(telephony, ingest, call_audio, protocol="wss", label="real-time media fork")
tm.flow(ingest, scoring, audio_windows)
tm.flow(scoring, detector, audio_windows)
tm.flow(detector, scoring, voice_score)
tm.flow(scoring, desktop, risk_badge, protocol="wss")
tm.flow(desktop, agent, risk_badge)
tm.flow(telephony, agent, call_audio, label="call audio to agent")
tm.flow(agent, telephony, call_audio, label="agent voice")

tm.flow(scoring, router, voice_score, label="score above threshold")
tm.flow(router, telephony, transfer_request, protocol="https", label="transfer to fraud desk")
tm.flow(router, case_store, fraud_case)
tm.flow(telephony, analyst, call_audio, label="transferred call")
tm.flow(case_store, analyst, fraud_case)
tm.flow(analyst, case_store, fraud_labels, label="confirmed outcome")

tm.flow(telephony, archive, recordings, protocol="sftp", label="nightly recording export")
tm.flow(case_store, retraining, fraud_labels)
tm.flow(archive, retraining, recordings)
tm.flow(sample_feed, retraining, vendor_samples, protocol="sftp", label="quarterly delivery")
tm.flow(retraining, dataset, training_set)
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, registry, weights)
tm.flow(ml_engineer, registry, approval, label="approves release")
tm.flow(registry, detector, weights, label="deploy")
