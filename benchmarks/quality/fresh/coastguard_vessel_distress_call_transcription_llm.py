"""VHF distress call transcription and incident drafting: the first design.

A national coastguard's maritime rescue coordination centre, in an EU member state,
wants to take the note-taking off its watch officers during a distress call. Calls
from vessels on marine VHF reach the centre from its coastal radio sites over the
coastguard's private network; a radio audio gateway records each call and streams
it to an open-weights speech-to-text model fine-tuned on maritime phraseology, run
on the centre's own GPU servers. A drafting service sends the transcript, with the
nearby AIS vessel positions from a commercial AIS provider, to a hosted LLM in the
vendor's EU region, which drafts the incident log entry and the distress position
(vessel, MMSI, persons on board, nature of distress). The watch officer hears the
live call, checks and edits the draft on the console, and only then commits it to
the incident management system; the officer's transcript corrections are kept to
fine-tune the speech model each quarter. Recordings are encrypted and kept for a
fixed period, the console needs smart-card sign-in, and drafted positions must parse.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coastguard distress call transcription and drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "Transcribes VHF distress calls and drafts incident log entries and positions "
        "for the rescue coordination centre's watch officer."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Distress call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Voice of the caller: vessel name, callsign, position, people on board.",
)
reply_audio = tg.Data("Coastguard radio reply", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
transcript = tg.Data(
    "Call transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
ais_positions = tg.Data(
    "AIS vessel positions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Positions, MMSI and names of vessels near the radio site that took the call.",
)
drafting_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the transcript so far and the nearby AIS positions.",
)
draft = tg.Data(
    "Draft incident log entry and position",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
log_entry = tg.Data(
    "Incident log entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
corrections = tg.Data(
    "Transcript corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Officer-edited transcripts paired with the recorded audio.",
)
finetune_config = tg.Data(
    "Fine-tuning job configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
asr_weights = tg.Data(
    "Speech model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("At sea", trust=tg.Trust.UNTRUSTED):
    # Anyone with a marine VHF set can transmit on channel 16.
    vessel = tm.add(tg.Actor("Vessel crew", role="mariner"))

with tm.boundary("Coastal radio sites", trust=tg.Trust.INTERNAL):
    # Unmanned aerial sites along the coast; receive and transmit VHF for the centre.
    radio_sites = tm.add(tg.Device("Coastal VHF radio site", fleet=True))

with tm.boundary("AIS data provider", trust=tg.Trust.PARTNER):
    # Commercial terrestrial and satellite AIS feed.
    ais_feed = tm.add(
        tg.DataSource("AIS position feed", origin=tg.Origin.VENDOR, provides={ais_positions})
    )

with tm.boundary("LLM vendor EU region", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the draft log entry and position.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts the log entry and extracts the distress position from the transcript.",
        )
    )

with tm.boundary("Rescue coordination centre", trust=tg.Trust.INTERNAL):
    # Takes radio audio from the sites, records it and fans it out.
    gateway = tm.add(tg.Service("Radio audio gateway"))
    # Voice logger: every call kept as evidence for the inquiry into an incident.
    recordings = tm.add(
        tg.DataStore(
            "Call recording store",
            stores={call_audio, transcript},
            controls={
                c.EncryptionAtRest(key_management="storage array keys"),
                c.RetentionLimits(days=1095),
            },
        )
    )
    # The watch officer's screen: live audio, the running transcript and the draft.
    console = tm.add(
        tg.Service(
            "Watch officer console",
            controls={
                c.Authentication(method="smart card and PIN"),
                c.HumanInTheLoop(
                    approver="watch officer checks every log entry and position before commit"
                ),
            },
        )
    )
    # Officers on watch, who run the incident.
    officer = tm.add(tg.Actor("Watch officer", role="coastguard watch officer"))
    # System of record for search and rescue incidents.
    incident_system = tm.add(
        tg.DataStore(
            "Incident management system",
            stores={log_entry},
            controls={c.AuditLogging(), c.RBAC()},
        )
    )

    with tm.boundary("Centre GPU servers", trust=tg.Trust.INTERNAL):
        # Open-weights speech-to-text model, fine-tuned on maritime calls.
        asr = tm.add(
            tg.Model(
                "Speech-to-text model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Transcribes VHF audio in near real time.",
            )
        )
        # Builds the prompt, calls the LLM and checks the drafted position parses.
        drafting = tm.add(
            tg.Service(
                "Incident drafting service",
                controls={
                    c.OutputFiltering(
                        note="position must parse as a valid lat/long, else left blank"
                    ),
                    c.SecretsManagement(note="LLM API key held in the centre's key vault"),
                },
            )
        )
        # Officer-corrected transcripts collected for the next fine-tuning round.
        correction_set = tm.add(
            tg.Dataset(
                "Transcript correction set",
                stores={corrections, call_audio},
                purpose=tg.DatasetPurpose.FINE_TUNING,
            )
        )
        # Quarterly fine-tuning of the speech model on the corrections.
        finetune = tm.add(
            tg.Pipeline(
                "Speech model fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )
        # Holds each fine-tuned speech model; the speech-to-text server loads the live one.
        registry = tm.add(
            tg.ModelRegistry(
                "Speech model registry", stores={asr_weights}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Coastguard IT network", trust=tg.Trust.INTERNAL):
    # Runs fine-tuning and promotes new speech models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# the call, and the officer's answer back over the same radio path
tm.flow(vessel, radio_sites, call_audio, protocol="marine vhf")
tm.flow(radio_sites, gateway, call_audio, protocol="rtp", label="radio over IP")
tm.flow(gateway, radio_sites, reply_audio, protocol="rtp", label="radio over IP")
tm.flow(radio_sites, vessel, reply_audio, protocol="marine vhf")

tm.flow(gateway, recordings, call_audio)
tm.flow(gateway, console, call_audio, label="live audio")
tm.flow(console, gateway, reply_audio, label="push-to-talk")

# transcription and drafting
tm.flow(gateway, asr, call_audio, label="audio stream")
tm.flow(asr, drafting, transcript)
tm.flow(drafting, recordings, transcript)
tm.flow(ais_feed, drafting, ais_positions, protocol="https")
tm.flow(drafting, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, console, transcript, draft)

# the officer reviews and commits
tm.flow(console, officer, call_audio, transcript, draft, label="on the console screen")
tm.flow(officer, console, log_entry, corrections, reply_audio)
tm.flow(console, incident_system, log_entry)
tm.flow(incident_system, console, log_entry)

# fine-tuning the speech model
tm.flow(console, correction_set, corrections)
tm.flow(recordings, correction_set, call_audio, label="quarterly export")
tm.flow(correction_set, finetune, corrections, call_audio)
tm.flow(ml_engineer, finetune, finetune_config)
tm.flow(finetune, registry, asr_weights)
tm.flow(registry, asr, asr_weights, label="deploy")
