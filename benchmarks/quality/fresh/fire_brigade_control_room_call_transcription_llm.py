"""Fire control room call transcription and suggestions: the first design, before any security review.

A UK fire and rescue service's control room answers 999 calls that BT's emergency
call service connects to its integrated communications system (ICCS), together
with the caller's line and location information. The ICCS already records every
call; in this design it also forks the live call audio to a transcription service
on the control room's own servers, which runs an open-weights speech-to-text model
and shows the running transcript on a panel beside the operator's mobilising screen.
A suggestion service sends the transcript, with candidate addresses looked up in the
service's address gazetteer, to a hosted LLM (Azure OpenAI, UK region, under the
service's supplier assessment) and shows a suggested incident type and address.
A suggested address is only shown if it matches a gazetteer entry. The control
operator stays in charge: they accept or correct the suggestion into the mobilising
(CAD) system, which they sign in to with their own account, and they dispatch.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Fire control room call transcription LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Live transcription of 999 calls with LLM-suggested incident type and address "
        "for the control operator, who confirms and dispatches."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Emergency call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Both sides of the 999 call: the caller's voice, distress, names and addresses.",
)
caller_location = tg.Data(
    "Caller line and location information",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Calling number, subscriber address and handset location from BT.",
)
recordings = tg.Data("Call recordings", kind="media", sensitivity=tg.Sensitivity.PII)
audio_chunks = tg.Data(
    "Audio chunks",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Short overlapping slices of the call audio for streaming recognition.",
)
transcript = tg.Data(
    "Live call transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
address_query = tg.Data("Address lookup query", kind="records", sensitivity=tg.Sensitivity.PII)
gazetteer_addresses = tg.Data(
    "Gazetteer addresses",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Every addressable property and street in the area, with coordinates.",
)
llm_prompt = tg.Data(
    "Suggestion prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the incident type list, the transcript so far and candidate addresses.",
)
llm_output = tg.Data("LLM suggestion output", kind="model-output", sensitivity=tg.Sensitivity.PII)
suggestion = tg.Data(
    "Suggested incident type and address",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
accepted_suggestion = tg.Data(
    "Accepted incident type and address",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What the operator accepted or corrected, copied into the CAD incident form.",
)
incident = tg.Data(
    "Incident record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
turnout = tg.Data(
    "Turnout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Which appliances go, to what incident type and address.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone who dials 999 and asks for the fire service.
    caller = tm.add(tg.Actor("999 caller", role="member of the public"))

with tm.boundary("BT emergency call service", trust=tg.Trust.PARTNER):
    # Answers 999 first and connects the call to the right control room.
    bt_999 = tm.add(
        tg.ExternalService(
            "BT 999 call connection",
            description="Routes the call and passes calling line and location information.",
        )
    )

with tm.boundary("LLM vendor (Azure UK South)", trust=tg.Trust.PARTNER):
    # Hosted model that turns a partial transcript into a suggested type and address.
    llm = tm.add(
        tg.LLM(
            "Incident suggestion LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Azure OpenAI deployment in the UK South region.",
            controls={
                tg.controls.SupplierAssessment(
                    note="public-sector cloud assessment; vendor keeps no prompts"
                )
            },
        )
    )

with tm.boundary("Control room network", trust=tg.Trust.RESTRICTED):
    # Takes the call, confirms type and address, and dispatches.
    operator = tm.add(tg.Actor("Control operator", role="control operator"))
    # Existing integrated communications control system: phones, radio and recording.
    iccs = tm.add(
        tg.Service(
            "Integrated communications control system",
            description="Answers 999 calls at operator positions; forks live audio to transcription.",
        )
    )
    # Existing voice recorder for every call, kept for investigations and QA.
    recorder = tm.add(tg.DataStore("Call recording store", stores={recordings}))
    # Existing mobilising system: incidents, resources and dispatch.
    cad = tm.add(
        tg.Service(
            "Mobilising system (CAD)",
            description="Holds incident records and mobilises appliances.",
            controls={
                tg.controls.Authentication(method="individual username and password"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
            },
        )
    )
    # Reference addresses the CAD and the suggestions both rely on.
    gazetteer = tm.add(tg.DataStore("Address gazetteer", stores={gazetteer_addresses}))
    # New panel beside the CAD screen: transcript and suggestions, with an accept button.
    console = tm.add(
        tg.Endpoint(
            "Operator transcript panel",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="individual Windows domain login")},
        )
    )

    with tm.boundary("Transcription servers", trust=tg.Trust.RESTRICTED):
        # Streams the audio through the speech model and assembles the transcript.
        transcriber = tm.add(
            tg.Service(
                "Live transcription service",
                description="One stream per call position; pushes transcript updates every second.",
            )
        )
        # Open-weights speech recognition on the control room's own GPU server.
        asr = tm.add(
            tg.Model(
                "Speech-to-text model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Whisper-family model, fine-tuned by the supplier on UK accents.",
            )
        )
        # Keeps transcripts with the incident number for quality review.
        transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcript}))
        # Asks the LLM for an incident type and address and checks the address.
        suggester = tm.add(
            tg.Service(
                "Incident suggestion service",
                description=(
                    "Re-asks the LLM as the transcript grows; drops any suggested address "
                    "that does not match a gazetteer entry."
                ),
                controls={
                    tg.controls.OutputFiltering(
                        note="suggested address must match a gazetteer entry"
                    ),
                    tg.controls.HumanInTheLoop(
                        approver="the control operator, who confirms type and address in CAD"
                    ),
                },
            )
        )

with tm.boundary("Fire stations network", trust=tg.Trust.INTERNAL):
    # Station-end equipment that sounds the turnout and prints the incident details.
    station = tm.add(tg.Device("Station turnout system", fleet=True))

# ---------------------------------------------------------------- flows
# the call itself, both ways
tm.flow(caller, bt_999, call_audio, protocol="pstn")
tm.flow(bt_999, caller, call_audio, protocol="pstn")
tm.flow(bt_999, iccs, call_audio, caller_location, protocol="pstn")
tm.flow(iccs, bt_999, call_audio, protocol="pstn")
tm.flow(iccs, operator, call_audio, label="operator headset")
tm.flow(operator, iccs, call_audio, label="operator headset")
tm.flow(iccs, recorder, recordings)
tm.flow(iccs, cad, caller_location, label="caller location into the incident form")

# live transcription
tm.flow(iccs, transcriber, call_audio, protocol="rtp", label="live audio fork")
tm.flow(transcriber, asr, audio_chunks)
tm.flow(asr, transcriber, transcript)
tm.flow(transcriber, transcript_store, transcript)
tm.flow(transcriber, console, transcript, protocol="wss")
tm.flow(transcriber, suggester, transcript)

# suggestions
tm.flow(suggester, gazetteer, address_query)
tm.flow(gazetteer, suggester, gazetteer_addresses, label="candidate addresses")
tm.flow(suggester, llm, llm_prompt, protocol="https")
tm.flow(llm, suggester, llm_output, protocol="https")
tm.flow(suggester, console, suggestion, protocol="wss")
tm.flow(console, operator, transcript, suggestion, label="on the panel")

# the operator decides and dispatches
tm.flow(operator, console, accepted_suggestion, label="accept or correct on the panel")
tm.flow(console, cad, accepted_suggestion, protocol="https")
tm.flow(operator, cad, incident, label="creates incident and mobilises")
tm.flow(cad, operator, incident, label="CAD screen")
tm.flow(gazetteer, cad, gazetteer_addresses)
tm.flow(cad, station, turnout)
