"""Call centre QA scoring: the first design, before any security review.

An energy and water utility in the EU runs its customer contact centre on a cloud
contact-centre platform that records every call. Each night an import job pulls
the previous day's recordings and call metadata over the vendor's export API into
our quality platform. A self-hosted open-weights speech model transcribes them,
and a scoring service sends each transcript with the quality checklist (greeting,
identity check, vulnerability handling, complaint handling) to a hosted LLM that
returns a score per checklist item and drafts coaching notes for the adviser.
Scores, notes and transcripts are kept in the quality system database. Team
leaders go through them with advisers in one-to-ones through the quality portal,
and each month the advisers' average scores are sent to the payroll system, where
they count towards the quality part of the bonus. The portal signs staff in with
corporate SSO and shows data by role; recordings are encrypted at rest, the LLM
API key lives in a vault, and the LLM vendor was vetted under a DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Call centre QA call scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "Transcribes recorded customer calls and has an LLM score them against the "
        "quality checklist; scores feed coaching and advisers' bonuses."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Live call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The conversation between customer and adviser as it happens.",
)
recordings = tg.Data(
    "Call recordings",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description=(
        "Audio with call metadata (account number, adviser id). Customers answer "
        "identity questions and may disclose health problems or financial hardship."
    ),
)
transcripts = tg.Data(
    "Call transcripts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
checklist = tg.Data(
    "Quality checklist",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Checklist items, scoring guidance and the scoring prompt template.",
)
scoring_prompt = tg.Data(
    "Scoring prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Checklist, scoring instructions and the full call transcript.",
)
llm_scores = tg.Data(
    "LLM call scores and draft coaching notes",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
quality_records = tg.Data(
    "Adviser quality scores and coaching notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review_notes = tg.Data(
    "Team leader review comments", kind="records", sensitivity=tg.Sensitivity.PII
)
checklist_change = tg.Data(
    "Checklist changes", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
bonus_scores = tg.Data(
    "Monthly adviser quality averages",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Households and businesses calling about bills, moves, faults and complaints.
    customer = tm.add(tg.Actor("Customer", role="caller"))

with tm.boundary("Contact centre vendor", trust=tg.Trust.PARTNER):
    # The CCaaS platform: routes calls to advisers and records every call.
    ccaas = tm.add(
        tg.ExternalService(
            "Cloud contact centre platform",
            description="Hosted telephony, call routing and call recording.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Scores the transcript against the checklist and drafts coaching notes.
    scoring_llm = tm.add(
        tg.LLM(
            "Hosted scoring LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model; its scores feed advisers' bonuses.",
            controls={
                c.SupplierAssessment(note="DPA signed; no training on our data, 30-day retention")
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Takes the calls; is scored, and sees their own scores and coaching notes.
    adviser = tm.add(tg.Actor("Contact centre adviser", role="adviser"))
    # Reviews scores with their advisers in one-to-ones.
    team_leader = tm.add(tg.Actor("Team leader", role="team lead"))
    # Owns the checklist and the scoring prompt.
    qa_manager = tm.add(tg.Actor("Quality manager", role="quality manager", privileged=True))

with tm.boundary("Quality platform", trust=tg.Trust.INTERNAL):
    # Pulls yesterday's recordings and metadata from the CCaaS export API.
    importer = tm.add(
        tg.Pipeline(
            "Nightly recording import job",
            stage=tg.Stage.INGESTION,
            controls={c.SecretsManagement(note="export API client secret in the vault")},
        )
    )
    # Speech-to-text, run on our own GPU nodes.
    stt = tm.add(
        tg.Model(
            "Speech transcription model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights speech recognition model with speaker separation.",
        )
    )
    # Orchestrates transcription, builds the scoring prompt, stores the results.
    scorer = tm.add(
        tg.Service(
            "Call scoring service",
            controls={c.SecretsManagement(note="LLM API key in the vault")},
        )
    )
    # Web app where staff see scores, transcripts and coaching notes.
    portal = tm.add(
        tg.Service(
            "Quality portal",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="advisers see their own calls, team leaders their team"),
            },
        )
    )

    with tm.boundary("Quality data tier", trust=tg.Trust.RESTRICTED):
        # Audio kept for re-scoring and disputes.
        archive = tm.add(
            tg.DataStore(
                "Call recording archive",
                stores={recordings},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The quality system of record.
        quality_db = tm.add(
            tg.DataStore(
                "Quality system database",
                stores={transcripts, quality_records, review_notes},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The checklist and prompt template the scoring service reads.
        checklist_store = tm.add(tg.DataStore("Quality checklist criteria", stores={checklist}))

with tm.boundary("HR systems", trust=tg.Trust.INTERNAL):
    # Computes the monthly bonus, quality component included.
    payroll = tm.add(tg.Service("Payroll and bonus system"))

# ---------------------------------------------------------------- flows
tm.flow(customer, ccaas, call_audio, protocol="pstn")
tm.flow(ccaas, customer, call_audio, protocol="pstn")
tm.flow(adviser, ccaas, call_audio, protocol="srtp", label="softphone")
tm.flow(ccaas, adviser, call_audio, protocol="srtp", label="softphone")

tm.flow(ccaas, importer, recordings, protocol="https", label="recording export API")
tm.flow(importer, archive, recordings)
tm.flow(archive, scorer, recordings)
tm.flow(scorer, stt, recordings)
tm.flow(stt, scorer, transcripts)
tm.flow(checklist_store, scorer, checklist)
tm.flow(scorer, scoring_llm, scoring_prompt, protocol="https")
tm.flow(scoring_llm, scorer, llm_scores, protocol="https")
tm.flow(scorer, quality_db, transcripts, quality_records)

tm.flow(quality_db, portal, transcripts, quality_records, review_notes)
tm.flow(portal, team_leader, transcripts, quality_records, protocol="https")
tm.flow(team_leader, portal, review_notes, protocol="https")
tm.flow(portal, quality_db, review_notes)
tm.flow(portal, adviser, quality_records, review_notes, protocol="https")
tm.flow(qa_manager, portal, checklist_change, protocol="https")
tm.flow(portal, checklist_store, checklist_change)

tm.flow(quality_db, payroll, bonus_scores, protocol="sftp", label="monthly export")
