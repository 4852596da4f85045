"""Contact centre QA scoring: the first design, before any security review.

Our retail bank's contact centre runs on a hosted telephony platform that records
every customer call. After each call the recording is exported to a recording
store in the bank's network. A QA scoring service sends the audio to a cloud
speech-to-text API, keeps the transcript, and asks a hosted LLM to score the
transcript against the quality and conduct checklist (greeting, identification
and verification, complaint handling, vulnerable-customer cues, mis-selling).
Scores and the model's reasons per checklist item go into a score database that
team leaders, QA analysts and agents read on an internal QA dashboard; agents
can dispute a score, and QA analysts settle disputes and maintain the checklist.
A monthly export feeds agents' performance reviews in the HR system.
Controls: SSO with MFA and roles on the dashboard, TLS to the vendors, vendor
reviews of the AI suppliers, encrypted stores, API keys in the bank's vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Contact centre QA scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss", "eu-ai-act-high-risk"},
    description="An LLM scores every call transcript for quality and conduct; scores feed performance reviews.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Live conversation; customers sometimes read out card and account details.",
)
recordings = tg.Data(
    "Call recordings",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
call_metadata = tg.Data(
    "Call metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Call id, agent id, queue, customer number, timestamps, wrap-up code.",
)
transcript = tg.Data(
    "Call transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
checklist = tg.Data(
    "QA and conduct checklist",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
scoring_prompt = tg.Data(
    "Scoring prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Scoring instructions, the checklist and the full transcript.",
)
llm_scores = tg.Data(
    "LLM checklist assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Pass, fail or n/a per checklist item, with quoted evidence and a reason.",
)
qa_scores = tg.Data(
    "Agent QA scores",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
disputes = tg.Data("Score disputes", kind="records", sensitivity=tg.Sensitivity.PII)
coaching = tg.Data("Coaching notes", kind="records", sensitivity=tg.Sensitivity.PII)
performance = tg.Data(
    "Monthly performance summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
sso_token = tg.Data("SSO session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Bank customers calling the contact centre numbers.
    customer = tm.add(tg.Actor("Bank customer", role="customer"))

with tm.boundary("Telephony vendor", trust=tg.Trust.PARTNER):
    # Hosted contact-centre platform: routing, softphones and call recording.
    telephony = tm.add(
        tg.ExternalService(
            "Contact centre telephony platform",
            controls={c.SupplierAssessment()},
            description="Recording pauses while the IVR takes card numbers by keypad.",
        )
    )

with tm.boundary("Cloud AI services", trust=tg.Trust.PARTNER):
    # Turns recordings into speaker-separated text.
    speech_api = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides=tg.ExternalCategory.MODEL_API,
            controls={c.SupplierAssessment(note="EU region, no retention under the contract")},
        )
    )
    # The hosted model that does the checklist scoring.
    scoring_llm = tm.add(
        tg.LLM(
            "QA scoring LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose hosted model prompted to assess a transcript item by item.",
            controls={c.SupplierAssessment(note="EU region, no training on bank data")},
        )
    )

with tm.boundary("Bank data centre", trust=tg.Trust.INTERNAL):
    with tm.boundary("Contact centre data zone", trust=tg.Trust.RESTRICTED):
        # Post-call copies of every recording, kept for complaints and regulatory requests.
        recording_store = tm.add(
            tg.DataStore(
                "Call recording store",
                stores={recordings, call_metadata},
                controls={c.EncryptionAtRest(key_management="bank HSM-backed KMS"), c.RBAC()},
            )
        )
        # Transcripts kept next to the recordings so QA analysts can read the evidence.
        transcript_store = tm.add(
            tg.DataStore(
                "Transcript store",
                stores={transcript},
                controls={c.EncryptionAtRest(key_management="bank HSM-backed KMS")},
            )
        )
        # Picks up new recordings, transcribes them, builds the prompt and stores the scores.
        scoring_service = tm.add(
            tg.Service(
                "QA scoring service",
                controls={c.SecretsManagement()},
                description="Scores each call within the hour after it ends.",
            )
        )

    # The current checklist and scoring instructions, edited by QA analysts.
    checklist_store = tm.add(tg.DataStore("QA checklist configuration", stores={checklist}))
    # Per-call, per-item scores and the team and agent aggregates.
    score_db = tm.add(
        tg.DataStore(
            "QA score database",
            stores={qa_scores, disputes, coaching},
            controls={c.EncryptionAtRest(key_management="bank HSM-backed KMS")},
        )
    )
    # Internal web app for scores, transcripts, disputes and checklist edits.
    dashboard = tm.add(
        tg.Endpoint(
            "QA dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="bank SSO with MFA"),
                c.RBAC(),
                c.Contestability(note="agents can dispute a score; a QA analyst decides"),
            },
        )
    )
    # The bank's HR performance management system, where reviews are written.
    hr_system = tm.add(tg.DataStore("HR performance system", stores={performance}))
    # The bank's workforce identity provider behind the dashboard sign-in.
    idp = tm.add(
        tg.ExternalService("Bank identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("Bank corporate network", trust=tg.Trust.INTERNAL):
    # Takes the calls; sees their own scores and can dispute them.
    agent = tm.add(tg.Actor("Contact centre agent", role="agent"))
    # Uses the team's scores in coaching and monthly performance reviews.
    team_leader = tm.add(tg.Actor("Team leader", role="team lead"))
    # Calibrates the checklist, samples scored calls and settles disputes.
    qa_analyst = tm.add(tg.Actor("QA analyst", role="quality analyst"))

# ---------------------------------------------------------------- flows
# the call
tm.flow(customer, telephony, call_audio, protocol="pstn")
tm.flow(telephony, customer, call_audio, protocol="pstn")
tm.flow(agent, telephony, call_audio, protocol="webrtc", label="softphone")
tm.flow(telephony, agent, call_audio, protocol="webrtc", label="softphone")

# recording and scoring
tm.flow(
    telephony,
    recording_store,
    recordings,
    call_metadata,
    protocol="https",
    label="post-call export",
)
tm.flow(recording_store, scoring_service, recordings, call_metadata)
tm.flow(scoring_service, speech_api, recordings, protocol="https")
tm.flow(speech_api, scoring_service, transcript, protocol="https")
tm.flow(scoring_service, transcript_store, transcript)
tm.flow(checklist_store, scoring_service, checklist)
tm.flow(scoring_service, scoring_llm, scoring_prompt, protocol="https")
tm.flow(scoring_llm, scoring_service, llm_scores, protocol="https")
tm.flow(scoring_service, score_db, qa_scores)

# review and disputes
tm.flow(score_db, dashboard, qa_scores, disputes, coaching)
tm.flow(dashboard, score_db, disputes, qa_scores, coaching, label="disputes, corrections and notes")
tm.flow(transcript_store, dashboard, transcript)
tm.flow(dashboard, checklist_store, checklist)
tm.flow(dashboard, idp, sso_token, protocol="oidc")
tm.flow(idp, dashboard, sso_token, protocol="oidc")
tm.flow(agent, dashboard, disputes, protocol="https")
tm.flow(dashboard, agent, qa_scores, protocol="https")
tm.flow(team_leader, dashboard, coaching, protocol="https")
tm.flow(dashboard, team_leader, qa_scores, transcript, protocol="https")
tm.flow(qa_analyst, dashboard, checklist, disputes, qa_scores, protocol="https")
tm.flow(dashboard, qa_analyst, qa_scores, disputes, transcript, protocol="https")

# performance reviews
tm.flow(score_db, hr_system, performance, label="monthly export")
tm.flow(team_leader, hr_system, performance, protocol="https", label="performance review")
