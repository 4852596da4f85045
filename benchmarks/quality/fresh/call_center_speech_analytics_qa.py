"""Call-centre speech analytics QA: the first design, before any security review.

The bank's contact centre runs on a hosted CCaaS telephony platform that records
every customer call. Each night the recordings are exported by SFTP into an
encrypted recording bucket in the bank's analytics VPC. A transcription pipeline
runs a self-hosted open-weights speech recognition model over the audio and
writes the transcripts to a transcript store. A scoring service combines each
transcript with the QA checklist that the quality team maintains and asks a hosted
LLM (EU region, vendor-reviewed) to score the call item by item with a rationale.
Scores land in the QA database and feed each agent's monthly scorecard.
Supervisors sign in to the QA dashboard with corporate SSO, review every call that
scores below the threshold (listening to the recording, reading the transcript),
confirm or correct the score and write coaching notes; agents see their own
scorecards there. Dashboard access is role-based and audited.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Call-centre speech analytics QA",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "Transcribes recorded customer calls and scores them against a QA checklist "
        "with an LLM; supervisors review low scores and coach the agents."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Live call audio",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Customer and agent voices; customers state account and identity details.",
)
recordings = tg.Data(
    "Call recordings",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Stereo recordings with call metadata (agent id, customer number, time).",
)
transcripts = tg.Data(
    "Call transcripts",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
checklist = tg.Data(
    "QA checklist and scoring instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
scoring_prompt = tg.Data(
    "Scoring prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, the checklist and the full call transcript.",
)
llm_score = tg.Data(
    "Checklist score and rationale",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Per-item pass/fail, overall score and quoted evidence from the call.",
)
call_scores = tg.Data(
    "Agent call scores",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Scores per call and per agent; the basis of monthly scorecards.",
)
coaching = tg.Data(
    "Supervisor reviews and coaching notes",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Bank customers phoning the contact centre.
    customer = tm.add(tg.Actor("Bank customer", role="caller"))

with tm.boundary("CCaaS vendor", trust=tg.Trust.PARTNER):
    # Hosted contact-centre platform: routes calls to agents and records them.
    telephony = tm.add(
        tg.ExternalService(
            "Contact-centre telephony platform",
            description="Cloud CCaaS; records every call and exports recordings nightly.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that does the checklist scoring.
    llm = tm.add(
        tg.LLM(
            "Hosted scoring LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="EU-region deployment; scores feed agent performance scorecards.",
            controls={
                c.SupplierAssessment(note="vendor review: EU data residency, no training on inputs")
            },
        )
    )

with tm.boundary("Analytics VPC", trust=tg.Trust.INTERNAL):
    # Batch job that turns recordings into text with the speech model.
    transcription = tm.add(
        tg.Pipeline(
            "Transcription pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="Nightly batch: diarisation, speech recognition, punctuation.",
        )
    )
    # Self-hosted speech recognition so raw audio never leaves the bank.
    asr = tm.add(
        tg.Model(
            "Speech recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights ASR model served on the bank's GPUs.",
        )
    )
    # Builds the prompt from transcript and checklist, calls the LLM, parses the result.
    scorer = tm.add(
        tg.Service(
            "Call scoring service",
            description="Queues transcribed calls, calls the LLM, flags scores under 70%.",
            controls={
                c.HumanInTheLoop(
                    approver="QA supervisor",
                    note="only calls scoring under the threshold are reviewed before they count",
                )
            },
        )
    )
    # Web app where supervisors review flagged calls and agents see their scorecards.
    dashboard = tm.add(
        tg.Endpoint(
            "QA review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="supervisors see their team; agents see only their own calls"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Scores and coaching history per agent.
    qa_db = tm.add(tg.DataStore("QA database", stores={call_scores, coaching}))
    # The checklist the quality team edits; the scoring instructions live here.
    checklist_store = tm.add(tg.DataStore("Checklist configuration", stores={checklist}))

    with tm.boundary("Call data zone", trust=tg.Trust.RESTRICTED):
        # Bank copy of all call recordings.
        recording_store = tm.add(
            tg.DataStore(
                "Call recording bucket",
                stores={recordings},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                },
            )
        )
        # Full-text transcripts, kept alongside the recordings.
        transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Contact-centre agents who take the calls and are scored.
    agent = tm.add(tg.Actor("Contact-centre agent", role="agent"))
    # Team leads and QA staff who review flagged calls and maintain the checklist.
    supervisor = tm.add(tg.Actor("QA supervisor", role="supervisor", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, telephony, call_audio, protocol="pstn", label="incoming call")
tm.flow(telephony, customer, call_audio, protocol="pstn")
tm.flow(telephony, agent, call_audio, protocol="srtp", label="softphone")
tm.flow(agent, telephony, call_audio, protocol="srtp")
tm.flow(telephony, recording_store, recordings, protocol="sftp", label="nightly export")

tm.flow(recording_store, transcription, recordings)
tm.flow(transcription, asr, recordings, label="audio segments")
tm.flow(asr, transcription, transcripts, label="recognised text")
tm.flow(transcription, transcript_store, transcripts)

tm.flow(transcript_store, scorer, transcripts)
tm.flow(checklist_store, scorer, checklist)
tm.flow(scorer, llm, scoring_prompt, protocol="https")
tm.flow(llm, scorer, llm_score, protocol="https")
tm.flow(scorer, qa_db, call_scores)

tm.flow(qa_db, dashboard, call_scores, coaching)
tm.flow(dashboard, qa_db, call_scores, coaching, label="confirmed scores and notes")
tm.flow(transcript_store, dashboard, transcripts)
tm.flow(recording_store, dashboard, recordings, label="playback")
tm.flow(dashboard, checklist_store, checklist, label="checklist edits")
tm.flow(dashboard, supervisor, call_scores, transcripts, recordings, protocol="https")
tm.flow(supervisor, dashboard, coaching, checklist, protocol="https")
tm.flow(dashboard, agent, call_scores, coaching, protocol="https", label="own scorecard")
