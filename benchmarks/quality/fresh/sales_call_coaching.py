"""Sales call coaching: the first design, before any security review.

An internal tool for our sales organisation, in the US and the EU. Reps' video
calls with prospects are recorded by the video conferencing platform; prospects
are told at the start of the call that it is recorded. When a recording is ready,
an ingestion job downloads it, matches the call to an opportunity in the CRM,
and sends the audio to a speech-to-text vendor. A scoring service sends the
transcript, with our sales methodology rubric, to a hosted LLM, which returns a
score per methodology stage and coaching suggestions. Managers see scores per
rep on a dashboard and use them in performance reviews; reps see their own
calls, transcripts and scores. The dashboard is reachable from anywhere behind
corporate SSO, with role-based access (rep, manager). Recordings and transcripts
are encrypted at rest with KMS keys; all vendor traffic uses HTTPS, and the LLM
vendor passed procurement's vendor review with a zero-retention agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sales call coaching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "Records, transcribes and LLM-scores sales calls; scores feed coaching and "
        "performance reviews."
    ),
)

# ---------------------------------------------------------------- data assets
call_media = tg.Data(
    "Call audio and video",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Voices and faces of reps and prospects; prospects may be EU residents.",
)
recording = tg.Data(
    "Call recording",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
call_metadata = tg.Data(
    "Meeting metadata",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Participants' names and emails, time, duration, host.",
)
opportunity = tg.Data(
    "Opportunity context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Account, deal stage and contacts from the CRM.",
)
transcript = tg.Data(
    "Call transcript",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
rubric = tg.Data(
    "Sales methodology rubric",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    description="The scoring prompt: methodology stages, criteria and examples.",
)
prompt = tg.Data("Scoring prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
completion = tg.Data("LLM scores and coaching", sensitivity=tg.Sensitivity.PII, kind="model-output")
scores = tg.Data(
    "Call scores and coaching notes",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per-call, per-rep scores; used in performance reviews.",
)
dashboard_view = tg.Data(
    "Dashboard view",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="A rep's own calls, or a manager's team scores.",
)
sign_in = tg.Data("Sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
assertion = tg.Data(
    "SSO assertion",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="SAML assertion with the user's groups, which give the rep or manager role.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people on the other side of the call; told the call is recorded.
    prospect = tm.add(tg.Actor("Prospect", role="external call participant"))

with tm.boundary("Employee devices", trust=tg.Trust.INTERNAL):
    # Runs the calls and reviews their own scores.
    rep = tm.add(tg.Actor("Sales rep", role="sales rep"))
    # Sees the team's scores and uses them in performance reviews.
    manager = tm.add(tg.Actor("Sales manager", role="sales manager"))

with tm.boundary("Video conferencing vendor", trust=tg.Trust.PARTNER):
    # Hosts the calls and does the recording; notifies us by webhook.
    conferencing = tm.add(
        tg.ExternalService(
            "Video conferencing platform",
            description="Cloud recording on for sales users; plays a recording notice.",
        )
    )

with tm.boundary("Transcription vendor", trust=tg.Trust.PARTNER):
    # Turns call audio into speaker-labelled transcripts.
    stt = tm.add(tg.ExternalService("Speech-to-text API", provides="model-api"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Scores the call against the methodology and writes coaching suggestions.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the vendor's API; scores reach reviews.",
            controls={c.SupplierAssessment(note="procurement review, zero data retention")},
        )
    )

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # System of record for accounts and opportunities; lets us tie calls to deals.
    crm = tm.add(tg.ExternalService("CRM", provides="data-provider"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Corporate SSO; group membership decides rep or manager role.
    idp = tm.add(tg.ExternalService("Corporate SSO", provides="identity-provider"))

with tm.boundary("Coaching platform", trust=tg.Trust.INTERNAL):
    # Receives the recording-ready webhook, downloads the file, gets it transcribed.
    ingest = tm.add(tg.Pipeline("Call ingestion job", stage=tg.Stage.INGESTION))
    # Object storage for the raw recordings, for playback in the dashboard.
    recordings = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recording},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Database of transcripts and their call metadata.
    transcripts = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcript, call_metadata, opportunity},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Builds the scoring prompt from rubric and transcript, parses the LLM's scores.
    scorer = tm.add(tg.Service("Call scoring service"))
    # Scores and coaching notes per call and per rep.
    score_db = tm.add(tg.DataStore("Scores database", stores={scores}))
    # The web app reps and managers use; public URL behind SSO.
    dashboard = tm.add(
        tg.Endpoint(
            "Coaching dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="SAML SSO"),
                c.RBAC(note="reps see their own calls; managers see their team"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# The call itself
tm.flow(prospect, conferencing, call_media, protocol="srtp")
tm.flow(conferencing, prospect, call_media, protocol="srtp")
tm.flow(rep, conferencing, call_media, protocol="srtp")
tm.flow(conferencing, rep, call_media, protocol="srtp")

# Ingestion and transcription
tm.flow(conferencing, ingest, call_metadata, protocol="https", label="recording-ready webhook")
tm.flow(
    conferencing, ingest, recording, protocol="https", id="recording-download", label="download"
)
tm.flow(ingest, recordings, recording)
tm.flow(ingest, crm, call_metadata, protocol="https", label="match participants to contacts")
tm.flow(crm, ingest, opportunity, protocol="https")
tm.flow(ingest, stt, recording, protocol="https")
tm.flow(stt, ingest, transcript, protocol="https")
tm.flow(ingest, transcripts, transcript, call_metadata, opportunity)

# Scoring
tm.flow(transcripts, scorer, transcript, call_metadata, opportunity)
tm.flow(scorer, llm, prompt, rubric, protocol="https")
tm.flow(llm, scorer, completion, protocol="https")
tm.flow(scorer, score_db, scores)

# Dashboard
tm.flow(rep, idp, sign_in, protocol="https", label="SSO sign-in")
tm.flow(manager, idp, sign_in, protocol="https", label="SSO sign-in")
tm.flow(idp, dashboard, assertion, protocol="https", label="SAML via the browser")
tm.flow(score_db, dashboard, scores)
tm.flow(transcripts, dashboard, transcript, call_metadata)
tm.flow(recordings, dashboard, recording, label="playback")
tm.flow(dashboard, rep, dashboard_view, recording, protocol="https")
tm.flow(dashboard, manager, dashboard_view, protocol="https")
tm.flow(rep, dashboard, assertion, protocol="https", label="session")
tm.flow(manager, dashboard, assertion, protocol="https", label="session")
