"""Theatre accessibility captioning: the first design, before any security review.

During a performance the stage microphone mix is fed to a speech-recognition
model that runs on a GPU server in the theatre's technical room. A captioning
service combines the recognised speech with the production script and the
audio-description notes, and asks a hosted LLM to turn them into clean caption
lines and short audio-description cues. A trained captioner watches the drafts
on a console in the control box and corrects lines live. The finished captions
go to a small cloud broadcast server, which pushes them to the seat-back tablets
in the auditorium and to visitors' phones (they join with the show code printed
in the programme). Stage management uploads scripts and cue notes before the
run; every performance's captions are archived for quality review. Controls in
this design: staff SSO on the captioner console, role-based access to scripts,
TLS to the LLM vendor and the broadcast server, and a request quota on joins.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Theatre accessibility captioning",
    profile=tg.RiskProfile.LOW,
    description="Live captions and audio-description cues for performances, "
    "on seat-back tablets and visitors' phones.",
)

# ---------------------------------------------------------------- data assets
stage_audio = tg.Data(
    "Live stage audio",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The performers' microphone mix; the production's rights forbid recording.",
)
transcript = tg.Data(
    "Recognised speech", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
script = tg.Data(
    "Production script and AD notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Unpublished licensed script and the describer's audio-description notes.",
)
prompt = tg.Data(
    "Captioning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the recognised speech and the matching script excerpt.",
)
drafts = tg.Data(
    "Draft captions and AD cues", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
corrections = tg.Data("Captioner corrections", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
live_captions = tg.Data(
    "Live captions and AD cues",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
join_request = tg.Data(
    "Show join request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Show code and optional seat number typed into the web page.",
)
caption_log = tg.Data(
    "Performance caption log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Audience members following captions or AD cues on their own phones.
    visitor = tm.add(tg.Actor("Visitor phone", role="audience member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that tidies speech into caption lines and writes AD cues.
    llm = tm.add(
        tg.LLM(
            "Hosted captioning LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="enterprise API terms: no training on our prompts")
            },
        )
    )

with tm.boundary("Caption cloud", trust=tg.Trust.INTERNAL):
    # Pushes finished captions to every tablet and phone; the only public entry point.
    broadcast = tm.add(
        tg.Endpoint(
            "Caption broadcast server",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=60, note="per client IP, on joins")},
        )
    )

with tm.boundary("Theatre technical network", trust=tg.Trust.INTERNAL):
    # The sound desk's feed of the performers' radio mics.
    audio = tm.add(
        tg.DataSource("Stage microphone mix", origin=tg.Origin.INTERNAL, provides={stage_audio})
    )
    # Open-weights speech recogniser on the theatre's own GPU server.
    asr = tm.add(
        tg.Model(
            "Speech recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Streaming speech-to-text, used as downloaded (not fine-tuned).",
        )
    )
    # Aligns speech with the script, calls the LLM, merges corrections, publishes lines.
    captioning = tm.add(tg.Service("Captioning service"))
    # Scripts and AD notes for the current productions.
    script_store = tm.add(
        tg.DataStore("Script and cue library", stores={script}, controls={c.RBAC()})
    )
    # Every performance's final captions, kept for quality review.
    archive = tm.add(tg.DataStore("Caption archive", stores={caption_log}))
    # Web console in the control box showing drafts, with live edit.
    console = tm.add(
        tg.Service(
            "Captioner console",
            controls={c.Authentication(method="staff SSO (OIDC)")},
        )
    )
    # Trained captioner who watches the output and corrects it during the show.
    captioner = tm.add(tg.Actor("Captioner", role="captioner"))

with tm.boundary("Auditorium network", trust=tg.Trust.INTERNAL):
    # Seat-back tablets, within reach of every audience member.
    tablets = tm.add(tg.Device("Seat-back tablets", fleet=True))

with tm.boundary("Theatre office network", trust=tg.Trust.INTERNAL):
    # Uploads the script and AD notes before the run and after rewrites.
    stage_manager = tm.add(tg.Actor("Stage manager", role="stage management"))

# ---------------------------------------------------------------- flows
tm.flow(stage_manager, script_store, script, label="upload before the run")

tm.flow(audio, asr, stage_audio, protocol="dante")
tm.flow(asr, captioning, transcript)
tm.flow(script_store, captioning, script, label="script excerpt lookup")
tm.flow(captioning, llm, prompt, protocol="https")
tm.flow(llm, captioning, drafts, protocol="https")

tm.flow(captioning, console, drafts, protocol="wss")
tm.flow(console, captioner, drafts, label="draft lines on screen")
tm.flow(captioner, console, corrections, label="live edits")
tm.flow(console, captioning, corrections, protocol="wss")

tm.flow(captioning, broadcast, live_captions, protocol="https")
tm.flow(captioning, archive, caption_log)
tm.flow(broadcast, tablets, live_captions, protocol="wss")
tm.flow(visitor, broadcast, join_request, protocol="https")
tm.flow(broadcast, visitor, live_captions, protocol="wss")
