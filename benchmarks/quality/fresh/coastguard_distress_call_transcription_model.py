"""Coastguard distress call transcription: the first design, before any security review.

A coastguard operations centre keeps watch on VHF channel 16 and the working
channels through transceivers at remote hilltop radio sites, linked to the
centre by radio-over-IP on a leased private circuit. A new transcription
service taps the same audio the watch officers hear: an on-premises speech
model (open weights, fine-tuned on our own recorded calls) transcribes each
call as it comes in, and an in-house extractor picks out positions (latitude
and longitude, bearings from landmarks) and vessel names or MMSI numbers,
matched against a local copy of the national ship register. The watch desk
display shows the transcript and the extracted details next to playback of
the recorded audio; officers always listen to the live call on their radio
console and confirm any position before acting on it. Monthly fine-tuning
runs in an isolated ML enclave from officers' corrections, and a new model is
promoted only after a word-error-rate evaluation on held-out calls.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coastguard distress call transcription",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Live transcription of VHF distress calls, with positions and vessel names "
    "extracted for watch officers.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "VHF call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Voice traffic on channel 16 and working channels: callers' voices, names, positions.",
)
reply_audio = tg.Data("Coastguard radio reply", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
transcript = tg.Data(
    "Live call transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
extracted = tg.Data(
    "Extracted positions and vessel names",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Lat/long or bearing-and-range fixes, vessel names and MMSI numbers, with confidence.",
)
vessel_records = tg.Data(
    "Ship register records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Vessel name, MMSI, call sign, type, length, owner and emergency contact.",
)
recordings = tg.Data(
    "Recorded call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
corrections = tg.Data(
    "Officer transcript corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
)
training_set = tg.Data(
    "Corrected call training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Audio clips with officer-corrected transcripts.",
)
speech_weights = tg.Data(
    "Speech model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Maritime VHF channels", trust=tg.Trust.UNTRUSTED):
    # Anyone with a marine radio can transmit on channel 16, hoaxers included.
    vessel_crew = tm.add(tg.Actor("Vessel crew", role="mariner"))

with tm.boundary("Remote radio sites", trust=tg.Trust.INTERNAL):
    # Unmanned hilltop transceivers; receive and transmit on the coast's VHF channels.
    radio_sites = tm.add(tg.Device("Coastal VHF transceiver sites", fleet=True))

with tm.boundary("Ship registry", trust=tg.Trust.PARTNER):
    # The national register of ships and MMSI assignments, exported nightly to us.
    register_feed = tm.add(
        tg.DataSource(
            "National ship register export",
            origin=tg.Origin.PARTNER,
            provides={vessel_records},
        )
    )

with tm.boundary("Operations centre", trust=tg.Trust.INTERNAL):
    # Existing radio system: brings site audio in and sends officers' replies out.
    roip_gateway = tm.add(tg.Service("Radio-over-IP gateway"))
    # Existing watch desk console; officers hear every call live here.
    console = tm.add(tg.Device("Watch desk radio console", fleet=False))
    # Existing legal voice logger: keeps every call for the record and for playback.
    voice_logger = tm.add(
        tg.DataStore(
            "Voice logging recorder",
            stores={recordings},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # New: streams audio to the speech model and the extractor, matches vessels.
    transcription = tm.add(
        tg.Service(
            "Transcription service",
            description="Segments calls, runs speech-to-text and extraction, matches vessel names.",
        )
    )
    # New: transcripts, extracted details and officers' corrections, per call.
    transcript_store = tm.add(
        tg.DataStore("Transcript store", stores={transcript, extracted, corrections})
    )
    # Local copy of the ship register so lookups never leave the centre.
    register_copy = tm.add(tg.DataStore("Ship register copy", stores={vessel_records}))
    # New: web display on the watch desks, beside the radio console.
    display = tm.add(
        tg.Endpoint(
            "Watch officer display",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="individual Active Directory accounts with smart card"),
                c.HumanInTheLoop(
                    approver="watch officer",
                    note="extracted positions are suggestions; the officer confirms against "
                    "the audio before plotting or tasking",
                ),
            },
        )
    )
    # The people on watch who answer calls and coordinate the rescue.
    watch_officer = tm.add(tg.Actor("Watch officer", role="coastguard officer"))

    with tm.boundary("ML enclave", trust=tg.Trust.RESTRICTED):
        # Open-weights speech-to-text model fine-tuned on maritime radio, on a local GPU.
        speech_model = tm.add(
            tg.Model(
                "Speech-to-text model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
            )
        )
        # In-house token classifier plus rules for coordinates, bearings and vessel names.
        extractor = tm.add(
            tg.Model(
                "Position and vessel extractor",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
            )
        )
        # Clips and corrected transcripts gathered for the monthly fine-tune.
        dataset = tm.add(
            tg.Dataset(
                "Call fine-tuning set",
                stores={training_set},
                purpose=tg.DatasetPurpose.FINE_TUNING,
            )
        )
        # Monthly fine-tune, no internet access; evaluated on held-out calls.
        fine_tuning = tm.add(
            tg.Pipeline(
                "Monthly speech fine-tuning",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={
                    c.TrainingIsolation(),
                    c.ModelValidation(note="word error rate on held-out calls"),
                },
            )
        )
        # Versioned speech model weights; serving loads a pinned version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={speech_weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# live radio traffic, both ways
tm.flow(vessel_crew, radio_sites, call_audio, protocol="marine vhf")
tm.flow(radio_sites, roip_gateway, call_audio, protocol="rtp", label="leased private circuit")
tm.flow(roip_gateway, console, call_audio)
tm.flow(console, watch_officer, call_audio)
tm.flow(watch_officer, console, reply_audio)
tm.flow(console, roip_gateway, reply_audio)
tm.flow(roip_gateway, radio_sites, reply_audio, protocol="rtp", label="leased private circuit")
tm.flow(radio_sites, vessel_crew, reply_audio, protocol="marine vhf")
tm.flow(roip_gateway, voice_logger, call_audio, reply_audio)

# transcription and extraction
tm.flow(roip_gateway, transcription, call_audio, protocol="rtp")
tm.flow(transcription, speech_model, call_audio)
tm.flow(speech_model, transcription, transcript)
tm.flow(transcription, extractor, transcript)
tm.flow(extractor, transcription, extracted)
tm.flow(register_feed, register_copy, vessel_records, protocol="sftp", label="nightly export")
tm.flow(register_copy, transcription, vessel_records, label="vessel name and MMSI match")
tm.flow(transcription, transcript_store, transcript, extracted)

# watch desk display
tm.flow(transcription, display, transcript, extracted, protocol="wss")
tm.flow(voice_logger, display, recordings, label="playback")
tm.flow(register_copy, display, vessel_records)
tm.flow(display, watch_officer, transcript, extracted, recordings, vessel_records, protocol="https")
tm.flow(watch_officer, display, corrections, protocol="https")
tm.flow(display, transcript_store, corrections)

# monthly fine-tuning
tm.flow(transcript_store, dataset, corrections, transcript, label="monthly export")
tm.flow(voice_logger, dataset, recordings, label="monthly export")
tm.flow(dataset, fine_tuning, training_set)
tm.flow(fine_tuning, registry, speech_weights)
tm.flow(registry, speech_model, speech_weights, label="deploy pinned version")
