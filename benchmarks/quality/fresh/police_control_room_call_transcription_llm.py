"""Police control room: live call transcription and LLM incident extraction.

A regional police force in an EU member state answers 112 and non-emergency calls
in its force control room. The call gateway forks the audio of every answered
call to a transcription service, which runs an open-weights speech-to-text model
on GPU hosts in the force data centre and keeps the transcripts. An extraction
service sends the running transcript, with a fixed instruction template, to an
LLM hosted in the force's tenancy at a cloud AI vendor; the completion (location,
incident type, suggested grading, people, vehicles, weapons and hazards) is
checked against the command and control (C&C) field schema and shown to the call
handler as greyed suggestions in the incident form. Only fields the call handler
accepts are written to the C&C incident log, which dispatchers work from. C&C
sign-in uses each officer's smart card; prompts and completions are logged; the
LLM vendor was assessed at procurement. Prompt template changes go through the
control room change board.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Police control room call transcription and incident extraction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "Live transcription of emergency calls and LLM extraction of incident "
        "details into the command and control log for call handlers."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Emergency call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Caller's and call handler's voices; may reveal health, crime and victims.",
)
caller_location = tg.Data(
    "Caller line identity and location",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Calling number and handset location (AML) delivered with the call.",
)
transcript = tg.Data(
    "Live call transcript",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instruction template, C&C field schema and the transcript so far.",
)
completion = tg.Data(
    "Extracted incident fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Location, incident type, suggested grading, people, weapons, hazards.",
)
suggestions = tg.Data(
    "Suggested incident details",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Schema-checked extraction shown as greyed fields in the incident form.",
)
location_query = tg.Data("Location query", kind="records", sensitivity=tg.Sensitivity.PII)
addresses = tg.Data(
    "Gazetteer address matches", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
incident = tg.Data(
    "Incident record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="The C&C log entry: what the call handler confirmed, graded and wrote.",
)
dispatch_update = tg.Data("Dispatch update", kind="records", sensitivity=tg.Sensitivity.REGULATED)
audit_entries = tg.Data(
    "Extraction audit entries",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Each prompt, completion and the handler's accept or reject.",
)
template = tg.Data(
    "Extraction prompt template", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Members of the public calling 112 or the non-emergency number.
    caller = tm.add(tg.Actor("Caller", role="member of the public"))

with tm.boundary("Force data centre", trust=tg.Trust.INTERNAL):
    # Terminates carrier trunks, routes calls to handler positions, forks the audio.
    gateway = tm.add(
        tg.Service(
            "Emergency call gateway",
            description="SIP call handling platform (ICCS) in front of the handler positions.",
        )
    )
    # Streams the forked audio through the speech-to-text model and keeps transcripts.
    transcriber = tm.add(tg.Service("Transcription service"))
    # Open-weights speech recognition model served on the force's own GPU hosts.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Streaming speech recognition fine-tuned on regional accents.",
        )
    )
    # Keeps every call's transcript for later review and quality checks.
    transcript_store = tm.add(
        tg.DataStore("Transcript store", stores={transcript}, controls={"rbac"})
    )
    # Builds the prompt, calls the LLM, checks the answer against the C&C schema.
    extractor = tm.add(
        tg.Service(
            "Incident extraction service",
            description="Re-runs the extraction every few seconds while the call is live.",
            controls=[
                tg.controls.OutputFiltering(
                    note="completion parsed against the C&C field schema; invalid fields dropped"
                ),
                tg.controls.AuditLogging(
                    note="prompts and completions to the extraction audit log"
                ),
                tg.controls.ConfigValidation(note="template changes approved by the change board"),
            ],
        )
    )
    # Resolves spoken locations to addresses and grid references.
    gazetteer = tm.add(tg.DataStore("Address gazetteer", stores={addresses}))
    # Record of what the LLM was asked and answered, for complaints and inquiries.
    audit_log = tm.add(tg.DataStore("Extraction audit log", stores={audit_entries}))

    with tm.boundary("Command and control enclave", trust=tg.Trust.RESTRICTED):
        # Voice logging recorder that keeps every call as evidence.
        recorder = tm.add(tg.DataStore("Voice recorder", stores={call_audio}, controls={"rbac"}))
        # The C&C application: incident forms for handlers, resource view for dispatch.
        cad = tm.add(
            tg.Service(
                "Command and control system",
                controls=[
                    tg.controls.Authentication(
                        method="Active Directory sign-in with each officer's own smart card and PIN"
                    ),
                    tg.controls.RBAC(),
                    tg.controls.AuditLogging(),
                    tg.controls.HumanInTheLoop(
                        approver="the call handler",
                        note="suggested fields stay greyed until the call handler accepts each one",
                    ),
                ],
            )
        )
        # System of record for incidents: the command and control log.
        incident_db = tm.add(
            tg.DataStore(
                "Incident log database",
                stores={incident, dispatch_update},
                controls=[tg.controls.EncryptionAtRest(key_management="SQL Server TDE")],
            )
        )

with tm.boundary("Cloud AI vendor tenancy", trust=tg.Trust.PARTNER):
    # General-purpose LLM behind the vendor's API, in the force's own tenancy.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Its suggested grading and hazards feed how fast units are sent.",
            controls=[
                tg.controls.SupplierAssessment(
                    note="assessed at procurement; no retention of prompts agreed in contract"
                )
            ],
        )
    )

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Answers the call, talks to the caller, confirms the incident details.
    handler = tm.add(tg.Actor("Call handler", role="police call handler"))
    # Assigns officers and vehicles from the incident log.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="police dispatcher"))
    # Maintains the extraction template and the service configuration.
    admin = tm.add(
        tg.Actor("Control room systems administrator", role="administrator", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(caller, gateway, call_audio, protocol="pstn", label="112 call")
tm.flow(gateway, caller, call_audio, protocol="pstn", label="call handler's voice")
tm.flow(gateway, handler, call_audio, protocol="sip", label="to the handler's headset")
tm.flow(handler, gateway, call_audio, protocol="sip", label="handler's voice")
tm.flow(gateway, recorder, call_audio, protocol="sip", label="call recording")
tm.flow(gateway, cad, caller_location, protocol="tcp", label="CTI link")

tm.flow(gateway, transcriber, call_audio, protocol="rtp", label="forked audio")
tm.flow(transcriber, stt, call_audio, protocol="grpc")
tm.flow(stt, transcriber, transcript, protocol="grpc")
tm.flow(transcriber, transcript_store, transcript)
tm.flow(transcriber, extractor, transcript, protocol="https")

tm.flow(extractor, gazetteer, location_query, label="location lookup")
tm.flow(gazetteer, extractor, addresses)
tm.flow(
    extractor,
    llm,
    extraction_prompt,
    protocol="https",
    controls=[tg.controls.EncryptionInTransit(protocol="TLS 1.2")],
)
tm.flow(
    llm,
    extractor,
    completion,
    protocol="https",
    controls=[tg.controls.EncryptionInTransit(protocol="TLS 1.2")],
)
tm.flow(extractor, audit_log, audit_entries)
tm.flow(extractor, cad, suggestions, transcript, protocol="https")
tm.flow(admin, extractor, template, protocol="https", label="template update")

tm.flow(cad, handler, suggestions, transcript, incident, protocol="https")
tm.flow(handler, cad, incident, protocol="https", label="accepts, corrects and grades")
tm.flow(cad, extractor, audit_entries, protocol="https", label="accepted or rejected fields")
tm.flow(cad, incident_db, incident, dispatch_update)
tm.flow(incident_db, cad, incident, dispatch_update)
tm.flow(cad, dispatcher, incident, protocol="https")
tm.flow(dispatcher, cad, dispatch_update, protocol="https", label="resources assigned")
