"""Coastguard distress call transcription: the first design, before any security review.

Mariners call the coastguard on VHF radio through the coastal radio sites, and the
public dials 999 and is put through to the coastguard operations centre. A radio and
telephony gateway records every call and streams the audio to a speech-to-text model;
an LLM then reads the transcript and pulls out the position, the vessel's name and the
number of people on board, which land as a draft entry in the incident log. Vessel
details are looked up by name or call sign in the national ship register's API. The
watch officer listens, confirms or corrects the extracted details and tasks lifeboat
stations, which receive tasking messages from the incident management system.
Both models are open-weights models run in the coastguard's own data centre. Recordings
and transcripts are archived for inquiries. The incident system uses smart-card sign-in
with roles and an audit trail; the archive is encrypted at rest; links to the ship
register and the lifeboat stations use TLS.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Coastguard distress call transcription",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Speech-to-text and LLM extraction of position, vessel and persons on board "
        "from VHF and 999 distress calls, confirmed by the watch officer before tasking."
    ),
)

# ---------------------------------------------------------------- data assets
radio_call = tg.Data(
    "VHF distress call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Voice on channel 16 / working channels: callsign, position, persons on board.",
)
phone_call = tg.Data(
    "999 call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Caller's voice and the caller line identity passed by the telephone network.",
)
officer_voice = tg.Data(
    "Watch officer voice reply",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Acknowledgements and questions back to the caller.",
)
recording = tg.Data(
    "Call recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Every radio and 999 call, kept as evidence for inquiries.",
)
transcript = tg.Data(
    "Call transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Fixed extraction instructions plus the call transcript.",
)
extracted = tg.Data(
    "Extracted incident details",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Position, vessel name or call sign, number of people on board, nature of distress.",
)
vessel_query = tg.Data("Vessel lookup query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
vessel_record = tg.Data(
    "Ship register vessel record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Vessel type, length, colour, MMSI, owner and emergency contact.",
)
incident = tg.Data(
    "Incident record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
confirmation = tg.Data(
    "Watch officer confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirmed or corrected details and the decision to task a lifeboat.",
)
tasking = tg.Data(
    "Lifeboat tasking message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Launch request with position, vessel and persons on board.",
)
tasking_ack = tg.Data(
    "Tasking acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public radio and telephone networks", trust=tg.Trust.UNTRUSTED):
    # Anyone with a VHF set can transmit on channel 16, hoaxers included.
    mariner = tm.add(tg.Actor("Mariner on VHF", role="caller"))
    # Members of the public reporting someone in difficulty at sea or on the coast.
    public_caller = tm.add(tg.Actor("999 caller", role="caller"))

with tm.boundary("National ship register", trust=tg.Trust.PARTNER):
    # Government register of vessels, queried for vessel descriptions and contacts.
    register = tm.add(
        tg.ExternalService("Ship register API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Lifeboat charity network", trust=tg.Trust.PARTNER):
    # The lifeboat stations that launch on the coastguard's request.
    lifeboat = tm.add(tg.Actor("Lifeboat station", role="lifeboat launch authority"))

with tm.boundary("Coastguard data centre", trust=tg.Trust.INTERNAL):
    # Terminates the coastal radio sites and the 999 lines, records every call.
    gateway = tm.add(
        tg.Service(
            "Radio and telephony gateway",
            description="Voice switch for the VHF radio sites and the 999 emergency lines.",
        )
    )
    # Evidence archive of recordings and transcripts for inquiries.
    archive = tm.add(
        tg.DataStore(
            "Call recording archive",
            stores={recording, transcript},
            controls={tg.controls.EncryptionAtRest(key_management="on-premises HSM")},
        )
    )
    # Sends audio to the speech model and the transcript to the LLM, posts the draft.
    transcriber = tm.add(
        tg.Service(
            "Transcription and extraction service",
            description="Streams call audio to the speech model, prompts the LLM, posts drafts.",
        )
    )
    # Open-weights speech recognition model, run on our own GPUs.
    speech = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Whisper-class model for marine VHF and telephone audio.",
        )
    )
    # Open-weights LLM that turns a transcript into structured incident fields.
    extractor = tm.add(
        tg.LLM(
            "Incident extraction LLM",
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Extracts position, vessel name and persons on board as JSON.",
        )
    )
    # The coastguard's incident management system, where incidents are run.
    ims = tm.add(
        tg.Service(
            "Incident management system",
            controls={
                tg.controls.Authentication(method="smart card and PIN"),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(approver="the watch officer"),
            },
            description="Shows drafts to the watch officer and sends lifeboat taskings.",
        )
    )
    # Incident log: the official record of each incident.
    incident_log = tm.add(
        tg.DataStore(
            "Incident log",
            stores={incident},
            controls={tg.controls.AuditLogging()},
        )
    )

with tm.boundary("Operations room", trust=tg.Trust.INTERNAL):
    # Coastguard watch officer who handles the call, confirms details and tasks.
    officer = tm.add(tg.Actor("Watch officer", role="coastguard operator"))
    # Investigators and the inquiry team who review calls after an incident.
    investigator = tm.add(tg.Actor("Inquiry investigator", role="investigator"))

# ---------------------------------------------------------------- flows
tm.flow(mariner, gateway, radio_call, protocol="vhf")
tm.flow(gateway, mariner, officer_voice, protocol="vhf")
tm.flow(public_caller, gateway, phone_call, protocol="pstn")
tm.flow(gateway, public_caller, officer_voice, protocol="pstn")
tm.flow(gateway, officer, radio_call, phone_call, label="live audio on the console")
tm.flow(officer, gateway, officer_voice, label="console microphone")

tm.flow(gateway, archive, recording)
tm.flow(gateway, transcriber, radio_call, phone_call, label="audio stream")
tm.flow(transcriber, speech, radio_call, phone_call)
tm.flow(speech, transcriber, transcript)
tm.flow(transcriber, archive, transcript)
tm.flow(transcriber, extractor, extraction_prompt)
tm.flow(extractor, transcriber, extracted)
tm.flow(transcriber, ims, extracted, transcript, label="draft incident")

tm.flow(ims, register, vessel_query, protocol="https")
tm.flow(register, ims, vessel_record, protocol="https")
tm.flow(ims, incident_log, incident)
tm.flow(incident_log, ims, incident)
tm.flow(ims, officer, extracted, vessel_record, transcript, label="draft for confirmation")
tm.flow(officer, ims, confirmation)
tm.flow(ims, lifeboat, tasking, protocol="https")
tm.flow(lifeboat, ims, tasking_ack, protocol="https")

tm.flow(archive, investigator, recording, transcript, label="inquiry review")
tm.flow(incident_log, investigator, incident, label="inquiry review")
