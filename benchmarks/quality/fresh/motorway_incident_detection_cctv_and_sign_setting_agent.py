"""Motorway incident detection and sign-setting assistant: the first design.

A highways operator's regional control centre watches several hundred motorway
CCTV cameras. A detection model running on GPU servers in the control centre
reads the video feeds and raises alerts for stopped vehicles and debris in
live lanes. Each alert goes to the operator console and to an LLM agent, which
looks at the incident, the loop-detector traffic readings and the operator's
signing strategies, and proposes lane closures and message-sign settings. The
agent uses a language model hosted in the operator's cloud tenancy. The control
room operator reviews the proposal and sets the signs and lane signals themselves
through the roadside equipment control system; they dispatch traffic officers
by radio. Operators sign in to the console with their domain accounts, the
signal system enforces aspect-sequencing rules on every setting, and CCTV
recordings are kept for 31 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Motorway incident detection and sign-setting agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "CCTV-based stopped-vehicle and debris detection with an LLM agent that proposes "
        "lane closures and message-sign settings to the control room operator."
    ),
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "CCTV video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live and recorded motorway camera feeds; vehicles, number plates and people on foot.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
detections = tg.Data(
    "Detection alerts",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Camera, carriageway, lane, type (stopped vehicle or debris), confidence and a still.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
traffic_readings = tg.Data(
    "Loop detector traffic readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-lane speeds, flows and occupancy every minute.",
)
incidents = tg.Data(
    "Incident records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Incident log entries: location, timeline, operator actions, officers assigned.",
)
strategies = tg.Data(
    "Signing strategies",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The operator's approved sign and lane-closure plans per section and incident type.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Incident details, traffic readings and the matching signing strategy.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
strategy_query = tg.Data("Strategy lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
proposal = tg.Data(
    "Sign and lane closure proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Proposed lane closures, signal aspects, speed limits and message-sign legends.",
)
sign_settings = tg.Data(
    "Sign and signal settings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sign_status = tg.Data("Sign and signal status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
dispatch = tg.Data(
    "Radio dispatch instructions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Incident location and what the officers are asked to do.",
)
officer_updates = tg.Data(
    "Officer on-scene reports",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Spoken reports from the scene: casualties, vehicles, lanes blocked, all clear.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Roadside telecoms network", trust=tg.Trust.INTERNAL):
    # The cameras the detector watches; on masts along the carriageway, in roadside cabinets.
    cameras = tm.add(
        tg.Device(
            "Motorway CCTV cameras", description="PTZ cameras on the operator's fibre network."
        )
    )
    # Inductive loops give the agent queue and speed context for its proposal.
    loops = tm.add(
        tg.Device(
            "Loop detector outstations",
            description="Roadside outstations reporting per-lane speed and flow from inductive loops.",
        )
    )
    # What actually shows closures and messages to drivers.
    signs = tm.add(
        tg.Device(
            "Message signs and lane signals",
            description="Variable message signs and lane-control signals on gantries.",
        )
    )

with tm.boundary("Regional control centre", trust=tg.Trust.INTERNAL):
    # Receives, records and distributes the camera streams to the wall and the detector.
    vms = tm.add(
        tg.Service(
            "Video management system",
            description="Records all CCTV streams and serves them to the video wall and the detector.",
            controls={c.RetentionLimits(days=31), c.RBAC()},
        )
    )
    # The incident log every alert, proposal and operator action is written to.
    incident_log = tm.add(
        tg.DataStore(
            "Incident log",
            stores={incidents, detections},
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # The operator's approved plans, which the agent must follow.
    strategy_library = tm.add(tg.DataStore("Signing strategy library", stores={strategies}))
    # Where the operator sees alerts and proposals and sets signs from.
    console = tm.add(
        tg.Service(
            "Operator console",
            description="Control room application showing alerts, camera views and agent proposals.",
            controls={c.Authentication(method="Windows domain account and password"), c.RBAC()},
        )
    )
    # Sends settings to roadside equipment; the only path to the signs.
    equipment_system = tm.add(
        tg.Service(
            "Roadside equipment control system",
            description="Sets and monitors message signs and lane signals on the network.",
            controls={
                c.PolicyEnforcement(
                    rules="the signal system refuses settings that break aspect-sequencing "
                    "and speed-step rules"
                ),
                c.AuditLogging(),
            },
        )
    )
    # The person who decides and acts on every closure and sign setting.
    operator = tm.add(tg.Actor("Control room operator", role="operator"))

    with tm.boundary("Analytics servers", trust=tg.Trust.RESTRICTED):
        # Finds stopped vehicles and debris in the camera feeds.
        detector = tm.add(
            tg.Model(
                "Stopped vehicle and debris detector",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                returns_scores=True,
                description="Object detector fine-tuned on the operator's own footage; runs on GPU servers.",
            )
        )
        # Turns an alert into a proposed signing plan for the operator.
        agent = tm.add(
            tg.Agent(
                "Sign-setting agent",
                autonomy=tg.Autonomy.ASSISTIVE,
                description="Proposes lane closures and message-sign legends; cannot set signs itself.",
                controls={c.HumanInTheLoop(approver="the control room operator")},
            )
        )
        # Lets the agent read the approved strategy for the section and incident type.
        strategy_tool = tm.add(
            tg.Tool("Signing strategy lookup", capabilities={"read"}, origin="first-party")
        )

with tm.boundary("Cloud AI tenancy", trust=tg.Trust.PARTNER):
    # The language model behind the agent, in the operator's cloud subscription.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose chat model deployed in the operator's cloud tenancy.",
        )
    )

with tm.boundary("On the network", trust=tg.Trust.UNTRUSTED):
    # Attend incidents on the carriageway once dispatched.
    officer = tm.add(tg.Actor("Traffic officer", role="traffic officer"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, vms, video, protocol="rtsp")
tm.flow(vms, detector, video, protocol="rtsp")
tm.flow(vms, console, video, label="camera views")
tm.flow(detector, console, detections)
tm.flow(detector, agent, detections)
tm.flow(detector, incident_log, detections)

tm.flow(loops, agent, traffic_readings, label="current readings")
tm.flow(agent, strategy_tool, strategy_query)
tm.flow(strategy_library, strategy_tool, strategies)
tm.flow(strategy_tool, agent, strategies)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, console, proposal)
tm.flow(agent, incident_log, proposal)

tm.flow(operator, console, sign_settings, incidents, label="accepts or edits the proposal")
tm.flow(console, operator, detections, proposal, video)
tm.flow(console, incident_log, incidents)
tm.flow(incident_log, console, incidents)
tm.flow(console, equipment_system, sign_settings)
tm.flow(equipment_system, console, sign_status)
tm.flow(equipment_system, signs, sign_settings, protocol="NTCIP over SNMP")
tm.flow(signs, equipment_system, sign_status, protocol="NTCIP over SNMP")

tm.flow(operator, officer, dispatch, protocol="tetra")
tm.flow(officer, operator, officer_updates, protocol="tetra")
