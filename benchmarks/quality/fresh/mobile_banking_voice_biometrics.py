"""Phone banking voice biometrics: the first design, before any security review.

A retail bank in the EU lets customers log in to its phone banking line by voice
instead of keying in a PIN. Calls reach the bank's IVR over the carrier's SIP
trunk. The caller states their customer number, and the voice authentication
service sends the audio to a speaker-verification model (an open-weights model
the ML team tuned on the bank's own enrolment calls) that compares it with the
customer's enrolled voiceprint. When the score is inconclusive the IVR falls back
to security questions checked against the customer profile. A second model
scores every call for synthetic or replayed voice; calls above its threshold go
to the fraud team's case tool with both scores, but login itself is not blocked.
Voiceprints and customer profiles are encrypted and role-restricted, decisions
are logged, and fraud analysts sign in with corporate SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Phone banking voice biometrics",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Voice login to the phone banking line with a security-question fallback.",
)

# ---------------------------------------------------------------- data assets
caller_audio = tg.Data(
    "Caller voice audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The caller's speech, biometric data under GDPR article 9.",
)
claimed_id = tg.Data("Claimed customer number", kind="records", sensitivity=tg.Sensitivity.PII)
ivr_speech = tg.Data(
    "IVR prompts and account responses",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Menus read to the caller, and balances and transactions once logged in.",
)
voiceprint = tg.Data(
    "Enrolled voiceprint",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
verify_score = tg.Data(
    "Speaker verification score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
synthetic_score = tg.Data(
    "Synthetic voice score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
auth_decision = tg.Data(
    "Authentication decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pass, fall back to security questions, or fail, with the customer id.",
)
kba_answers = tg.Data(
    "Security question answers",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="What the caller says in the fallback, transcribed by the IVR.",
)
stored_answers = tg.Data(
    "Stored security answers",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
customer_profile = tg.Data("Customer profile", kind="records", sensitivity=tg.Sensitivity.PII)
banking_request = tg.Data("Phone banking request", kind="records", sensitivity=tg.Sensitivity.PII)
account_data = tg.Data(
    "Account information",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
fraud_alert = tg.Data(
    "Synthetic voice alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer id, call id, verification and synthetic voice scores.",
)
recordings = tg.Data(
    "Call recordings",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Full call audio kept for complaints and regulatory record-keeping.",
)
case_notes = tg.Data("Fraud case outcome", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Whoever dials the phone banking number: a customer or someone claiming to be one.
    caller = tm.add(tg.Actor("Caller", role="customer"))

with tm.boundary("Telephony carrier", trust=tg.Trust.PARTNER):
    # Terminates the public call and hands it to the bank over a SIP trunk.
    carrier = tm.add(
        tg.ExternalService("Carrier SIP trunk", description="Contracted telecom carrier.")
    )

with tm.boundary("Contact centre", trust=tg.Trust.INTERNAL):
    # Answers the call, plays menus, captures speech and runs the login dialogue.
    ivr = tm.add(tg.Service("IVR platform"))
    # Recording of every call, as the contact centre already does today.
    recording_store = tm.add(
        tg.DataStore(
            "Call recording store",
            stores={recordings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Biometrics enclave", trust=tg.Trust.RESTRICTED):
    # Orchestrates a login: fetches the voiceprint, calls both models, decides.
    voice_auth = tm.add(
        tg.Service(
            "Voice authentication service",
            controls={
                c.AuditLogging(retention_days=365),
                c.DeepfakeDetection(note="flags calls to fraud; does not block the login"),
            },
        )
    )
    # Compares the caller's speech with the enrolled voiceprint.
    speaker_model = tm.add(
        tg.Model(
            "Speaker verification model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Speaker-embedding model fine-tuned on enrolment calls; score vs threshold.",
        )
    )
    # Scores each call for synthetic or replayed speech.
    synthetic_detector = tm.add(
        tg.Model(
            "Synthetic voice detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
        )
    )
    # One voiceprint per enrolled customer, written at enrolment.
    voiceprint_store = tm.add(
        tg.DataStore(
            "Voiceprint store",
            stores={voiceprint},
            controls={c.EncryptionAtRest(key_management="HSM"), c.RBAC()},
        )
    )

with tm.boundary("Core banking", trust=tg.Trust.RESTRICTED):
    # Customer master data, including the security question answers used in fallback.
    profile_store = tm.add(
        tg.DataStore(
            "Customer profile store",
            stores={customer_profile, stored_answers},
            controls={c.EncryptionAtRest(key_management="HSM"), c.RBAC()},
        )
    )
    # Balances, transactions and payments served once the caller is logged in.
    banking = tm.add(tg.Service("Phone banking backend"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Where flagged calls become cases for the fraud team.
    fraud_cases = tm.add(
        tg.Service(
            "Fraud case management",
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )
    # Reviews synthetic voice alerts and listens to the recordings.
    analyst = tm.add(tg.Actor("Fraud analyst", role="fraud analyst"))

# ---------------------------------------------------------------- flows
tm.flow(caller, carrier, caller_audio, claimed_id, kba_answers, label="phone call")
tm.flow(carrier, caller, ivr_speech, label="phone call")
tm.flow(carrier, ivr, caller_audio, claimed_id, kba_answers, protocol="sip")
tm.flow(ivr, carrier, ivr_speech, protocol="sip")

tm.flow(ivr, voice_auth, claimed_id, caller_audio, protocol="https", label="verify")
tm.flow(voice_auth, voiceprint_store, claimed_id, label="voiceprint lookup")
tm.flow(voiceprint_store, voice_auth, voiceprint)
tm.flow(voice_auth, voiceprint_store, voiceprint, label="enrolment", id="enrolment")
tm.flow(voice_auth, speaker_model, caller_audio, voiceprint)
tm.flow(speaker_model, voice_auth, verify_score)
tm.flow(voice_auth, synthetic_detector, caller_audio)
tm.flow(synthetic_detector, voice_auth, synthetic_score)
tm.flow(voice_auth, ivr, auth_decision, protocol="https")

tm.flow(ivr, voice_auth, kba_answers, protocol="https", label="fallback")
tm.flow(voice_auth, profile_store, claimed_id, label="security question lookup")
tm.flow(profile_store, voice_auth, stored_answers, customer_profile)

tm.flow(ivr, banking, banking_request, auth_decision, protocol="https")
tm.flow(banking, ivr, account_data, protocol="https")

tm.flow(ivr, recording_store, recordings)
tm.flow(voice_auth, fraud_cases, fraud_alert, protocol="https")
tm.flow(recording_store, fraud_cases, recordings, label="recording of a flagged call")
tm.flow(fraud_cases, analyst, fraud_alert, recordings, protocol="https")
tm.flow(analyst, fraud_cases, case_notes, protocol="https")
