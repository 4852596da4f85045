"""Stadium steward incident radio transcription: the first design, before any security review.

On match days our stewards report incidents (crowd surges, injured fans, ejections,
pyrotechnics, lost children) over the stadium's DMR radio network. A recording gateway
in the stadium server room records every talkgroup; a transcription service runs an
open-weights speech-to-text model and keeps audio and transcripts for 31 days. An
incident summariser sends recent transcript windows to a hosted LLM, whose drafts
appear on the safety officer's console in the match control room (Active Directory
sign-in). The safety officer reads every draft beside its source transcript, corrects
it and files it in the cloud incident log the club already keeps for its safety
certificate; after the match the incident report is e-mailed to the police match
commander. UK GDPR applies: the radio traffic names fans and describes injuries.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stadium steward incident radio transcription",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Transcribes steward radio traffic during matches and drafts incident "
        "summaries for the safety officer, who files the incident log."
    ),
)

# ---------------------------------------------------------------- data assets
radio_speech = tg.Data(
    "Steward radio speech",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="What stewards say on air: seat numbers, descriptions and names of fans.",
)
radio_audio = tg.Data(
    "Talkgroup audio recordings",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcript = tg.Data(
    "Radio transcripts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Timestamped text per talkgroup and radio ID, with injuries and ejections.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
summary_prompt = tg.Data(
    "Incident summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus the last ten minutes of transcript from one talkgroup.",
)
draft_summary = tg.Data(
    "Draft incident summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Incident type, location in the ground, people involved, actions taken.",
)
incident_entry = tg.Data(
    "Filed incident log entry",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The safety officer's corrected entry, kept for the safety certificate.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
incident_report = tg.Data(
    "Post-match incident report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Stadium radio network", trust=tg.Trust.INTERNAL):
    # The people who see incidents first and report them on air.
    steward = tm.add(tg.Actor("Steward", role="match-day steward"))
    # The club's handheld DMR radios, issued to stewards for the match.
    handset = tm.add(tg.Device("Steward radio handset", description="DMR handheld radios."))

with tm.boundary("Stadium server room", trust=tg.Trust.INTERNAL):
    # Records each talkgroup off the radio repeater as audio segments.
    radio_gateway = tm.add(tg.Service("Radio recording gateway"))
    # Turns audio into text and keeps both; runs on our own GPU server.
    transcription = tm.add(
        tg.Service(
            "Transcription service",
            description="Queues each audio segment for speech-to-text and stores the result.",
        )
    )
    # The speech-to-text model, downloaded once and pinned to one version.
    stt_model = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            controls={c.ModelVersioning(note="pinned Whisper large-v3 checkpoint")},
        )
    )
    # Audio and transcripts, kept as long as CCTV footage is.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript and audio store",
            stores={radio_audio, transcript},
            controls={c.RetentionLimits(days=31), c.RBAC(note="control room staff only")},
        )
    )
    # Cuts transcript windows per talkgroup and asks the LLM for an incident draft.
    summariser = tm.add(tg.Service("Incident summariser"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model used through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed; UK/EU region; no training on our data")
            },
        )
    )

with tm.boundary("Match control room", trust=tg.Trust.INTERNAL):
    # The person responsible for crowd safety on match day, and the log's author.
    safety_officer = tm.add(tg.Actor("Safety officer", role="safety officer"))
    # Shows drafts beside their transcripts; nothing is filed without the officer.
    console = tm.add(
        tg.Endpoint(
            "Safety officer console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Active Directory username and password"),
                c.HumanInTheLoop(approver="the safety officer, for every entry filed"),
            },
        )
    )

with tm.boundary("Incident log vendor", trust=tg.Trust.PARTNER):
    # The club's existing cloud incident log, the record kept for the safety certificate.
    incident_log = tm.add(
        tg.DataStore(
            "Incident log",
            stores={incident_entry, incident_report},
            controls={c.AuditLogging(note="the product's entry edit history")},
        )
    )

with tm.boundary("Police", trust=tg.Trust.PARTNER):
    # Receives the post-match report for crime follow-up.
    police = tm.add(tg.ExternalService("Police match commander"))

# ---------------------------------------------------------------- flows
tm.flow(steward, handset, radio_speech, label="push-to-talk")
tm.flow(handset, radio_gateway, radio_speech, protocol="dmr")
tm.flow(radio_gateway, transcription, radio_audio, protocol="https")
tm.flow(transcription, stt_model, radio_audio)
tm.flow(stt_model, transcription, transcript)
tm.flow(transcription, transcript_store, radio_audio, transcript)

tm.flow(transcript_store, summariser, transcript, label="last ten minutes per talkgroup")
tm.flow(summariser, llm, summary_prompt, protocol="https")
tm.flow(llm, summariser, draft_summary, protocol="https")
tm.flow(summariser, console, draft_summary, protocol="https")

tm.flow(
    transcript_store,
    console,
    transcript,
    radio_audio,
    protocol="https",
    label="source shown beside draft",
)
tm.flow(console, safety_officer, draft_summary, transcript)
tm.flow(safety_officer, console, incident_entry, label="corrects and files")
tm.flow(console, incident_log, incident_entry, protocol="https")
tm.flow(incident_log, console, incident_entry, protocol="https", label="open incidents this match")

tm.flow(incident_log, police, incident_report, protocol="smtp", label="e-mailed after the match")
