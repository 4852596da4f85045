"""Ambulance vehicle defect check voice agent: the first design, before any security review.

At the start of every shift an ambulance crew checks their vehicle (lights, tyres,
brakes, oxygen, defibrillator, stretcher, drug bags). Instead of a paper form they
talk to a voice agent on the vehicle's MDM-managed tablet, hands free. A cloud
speech service transcribes the crew and voices the agent's replies; a hosted LLM
runs the conversation, walks the crew through the checklist for that vehicle type
and reads back each defect for the crew to confirm. Confirmed defects are logged in
the fleet management system; when a critical item fails, the agent takes the
vehicle off the road there, which updates its availability in computer-aided
dispatch, and the fleet workshop picks the defect up. Controls in this design:
crew sign in with their own staff number and PIN on an enrolled tablet, TLS on
every link, a crew read-back before anything is logged, scoped service accounts for
the tools, roles and an audit trail in the fleet system, and vendor review.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ambulance vehicle defect check voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Crews talk through start-of-shift vehicle checks; the agent logs defects and "
        "takes vehicles off the road when a critical item fails."
    ),
)

# ---------------------------------------------------------------- data assets
crew_audio = tg.Data(
    "Crew speech audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The crew member's voice, streamed from the tablet microphone.",
)
crew_utterance = tg.Data(
    "Transcribed crew utterance",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
)
agent_reply = tg.Data("Agent reply text", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
reply_audio = tg.Data("Synthesised reply audio", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
agent_prompt = tg.Data(
    "Check conversation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, checklist, vehicle details and the conversation so far.",
)
checklist = tg.Data(
    "Vehicle checklist and critical item criteria",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per vehicle type: items to check and which failures make it unroadworthy.",
)
vehicle_details = tg.Data(
    "Vehicle details and open defects",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
defect_entry = tg.Data(
    "Defect report",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Call sign, item, description, severity and the reporting crew member.",
)
off_road_request = tg.Data(
    "Vehicle off-road request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tool_ack = tg.Data("Fleet system acknowledgement", kind="tool-result")
defect_records = tg.Data(
    "Defect and vehicle status records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
availability = tg.Data(
    "Vehicle availability status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
transcripts = tg.Data(
    "Check transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who checked which vehicle when, and what they said.",
)
return_to_service = tg.Data("Repair and return-to-service update", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Stations and vehicles", trust=tg.Trust.INTERNAL):
    # The paramedic or technician doing the start-of-shift check.
    crew = tm.add(tg.Actor("Ambulance crew member", role="ambulance crew"))
    # Tablet mounted in each vehicle, running the voice check app.
    tablet = tm.add(
        tg.Device(
            "Vehicle tablet",
            fleet=True,
            description="MDM-enrolled Android tablet on the vehicle's 4G router.",
        )
    )

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Streaming speech-to-text and text-to-speech.
    speech = tm.add(
        tg.ExternalService(
            "Cloud speech service",
            provides=tg.ExternalCategory.MODEL_API,
            controls={tg.controls.SupplierAssessment(note="NHS DSPT and DPA checked")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that runs the conversation and decides what to log.
    llm = tm.add(
        tg.LLM(
            "Hosted conversation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.SupplierAssessment(note="DPA, UK region, no training on data")},
        )
    )

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # Conversation backend the tablet talks to.
    agent = tm.add(
        tg.Agent(
            "Vehicle check voice agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Walks the checklist, logs defects, takes failed vehicles off road.",
            controls={
                tg.controls.Authentication(
                    method="crew member's own staff number and PIN on an MDM-enrolled "
                    "tablet with a per-tablet device certificate"
                ),
                tg.controls.HumanInTheLoop(
                    approver="the crew member, who confirms the read-back of each defect",
                ),
                tg.controls.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Reference data the agent checks against.
    checklist_store = tm.add(
        tg.DataStore(
            "Checklist and criteria store",
            stores={checklist},
            description="Maintained by the fleet safety lead.",
        )
    )
    # Records every check conversation for later review.
    transcript_store = tm.add(
        tg.DataStore(
            "Check transcript store",
            stores={transcripts},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Creates a defect against a vehicle in the fleet system.
    defect_tool = tm.add(
        tg.Tool(
            "Defect logging tool",
            capabilities={"read", "write"},
            controls={tg.controls.LeastPrivilegeTools(note="service account: create defects only")},
        )
    )
    # Marks a vehicle off road (VOR) in the fleet system.
    vor_tool = tm.add(
        tg.Tool(
            "Vehicle off-road tool",
            capabilities={"write"},
            controls={tg.controls.LeastPrivilegeTools(note="service account: VOR status only")},
        )
    )

with tm.boundary("Fleet management", trust=tg.Trust.INTERNAL):
    # System of record for vehicles, defects and off-road status.
    fleet_system = tm.add(
        tg.DataStore(
            "Fleet management system",
            stores={defect_records, vehicle_details},
            controls={
                tg.controls.RBAC(),
                tg.controls.AuditLogging(note="every status change with the account that made it"),
            },
        )
    )
    # Mechanics who repair defects and return vehicles to service.
    workshop = tm.add(tg.Actor("Fleet workshop technician", role="fleet workshop"))

with tm.boundary("Emergency operations centre", trust=tg.Trust.RESTRICTED):
    # Dispatch system: only vehicles shown available are sent to calls.
    cad = tm.add(tg.Service("Computer-aided dispatch"))

# ---------------------------------------------------------------- flows
tm.flow(crew, tablet, crew_audio, label="spoken in the vehicle")
tm.flow(tablet, crew, reply_audio, label="spoken in the vehicle")
tm.flow(tablet, speech, crew_audio, protocol="wss")
tm.flow(speech, tablet, reply_audio, protocol="wss")
tm.flow(speech, agent, crew_utterance, protocol="https")
tm.flow(agent, speech, agent_reply, protocol="https")

tm.flow(checklist_store, agent, checklist, protocol="tls")
tm.flow(fleet_system, agent, vehicle_details, protocol="https", label="vehicle lookup")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_reply, protocol="https")
tm.flow(agent, transcript_store, transcripts, protocol="tls")

tm.flow(agent, defect_tool, defect_entry)
tm.flow(defect_tool, fleet_system, defect_records, protocol="https")
tm.flow(defect_tool, agent, tool_ack)
tm.flow(agent, vor_tool, off_road_request)
tm.flow(vor_tool, fleet_system, defect_records, protocol="https")
tm.flow(vor_tool, agent, tool_ack)

tm.flow(fleet_system, cad, availability, protocol="https", label="status sync")
tm.flow(fleet_system, workshop, defect_records, protocol="https")
tm.flow(workshop, fleet_system, return_to_service, protocol="https")
