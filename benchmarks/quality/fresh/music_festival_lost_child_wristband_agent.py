"""Lost-child wristband service for a music festival: the first design.

Before the festival, parents register each child's wristband on a web portal,
signing in with their ticket order number and an e-mailed link, and give the
child's name, age, photo and their own mobile number. During the event, NFC
readers at the entry gates and at the welfare tents scan children's wristbands;
a scan service on the festival's cloud account records where and when each
band was last seen. When a child is reported lost, a steward describes the
child on a festival-issued handset to a lost-child agent, an LLM agent (the
model is a vendor's hosted API) that looks up the wristband record and its
scan history and drafts a text message telling the parent where to collect
the child; the steward confirms every message before an SMS provider sends it.
Registration data is encrypted at rest and deleted 30 days after the event;
stewards sign in to the handsets with their own staff ID and PIN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Music festival lost-child wristband agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Parents register children's wristbands; a stewards' agent uses gate and "
        "welfare-tent scans to find lost children and reunite them with parents."
    ),
)

# ---------------------------------------------------------------- data assets
child_registration = tg.Data(
    "Child registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Child's name, age, photo, wristband ID and the parent's mobile number.",
)
registration_confirmation = tg.Data(
    "Registration confirmation", kind="documents", sensitivity=tg.Sensitivity.PII
)
scan_events = tg.Data(
    "Wristband scan events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Wristband ID, reader location (gate or welfare tent) and time.",
)
lost_child_report = tg.Data(
    "Lost child report",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The steward's description of the child, and the wristband ID if known.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the steward's report and the tool results so far.",
)
agent_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_answer = tg.Data(
    "Agent answer",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Matching children, last-seen locations and a draft parent message.",
)
lookup_call = tg.Data("Wristband lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Wristband lookup result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="The child's registration and recent scan history.",
)
parent_message = tg.Data(
    "Parent reunion message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Text telling the parent which welfare tent their child is at.",
)
notify_result = tg.Data(
    "Message send result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents register their children from their own phones, before or during the event.
    parent = tm.add(tg.Actor("Parent", role="festival-goer"))

with tm.boundary("Festival cloud", trust=tg.Trust.INTERNAL):
    # Public web portal where parents register wristbands.
    portal = tm.add(
        tg.Endpoint(
            "Wristband registration portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="ticket order number and e-mailed sign-in link"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The registered children: the record stewards match a lost child against.
    registry = tm.add(
        tg.DataStore(
            "Child wristband registry",
            stores={child_registration},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30, note="deleted 30 days after the festival ends"),
            },
        )
    )
    # Receives scans from every reader on site and records them.
    scan_service = tm.add(
        tg.Service(
            "Scan ingestion service",
            description="Receives reader messages and appends them to the scan log.",
        )
    )
    # Where and when each wristband was last seen.
    scan_log = tm.add(tg.DataStore("Wristband scan log", stores={scan_events}))
    # The LLM agent stewards talk to when a child is reported lost.
    agent = tm.add(
        tg.Agent(
            "Lost-child agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Finds the child's wristband and scans, drafts the parent message.",
            controls={
                c.HumanInTheLoop(
                    approver="the steward confirms each parent message on the handset"
                ),
            },
        )
    )
    # Read-only lookup of a wristband's registration and its scan history.
    lookup_tool = tm.add(
        tg.Tool(
            "Wristband lookup tool",
            capabilities={"read"},
            description="Searches registrations by wristband ID, name or description.",
        )
    )
    # Sends the reunion text to the parent's registered mobile number.
    notify_tool = tm.add(
        tg.Tool(
            "Parent notification tool",
            capabilities={"send-messages"},
            description="Sends an SMS to the mobile number on the child's registration.",
        )
    )

with tm.boundary("Festival site network", trust=tg.Trust.INTERNAL):
    # NFC readers on the entry and exit lanes.
    gate_readers = tm.add(tg.Device("Gate wristband readers"))
    # NFC readers at the welfare tents, where found children are brought.
    welfare_readers = tm.add(tg.Device("Welfare tent wristband readers"))
    # Festival-issued handsets the stewards use to talk to the agent.
    handset = tm.add(
        tg.Device(
            "Steward handset",
            controls={c.Authentication(method="individual staff ID and PIN")},
        )
    )
    # Stewards and welfare staff who look for and look after lost children.
    steward = tm.add(tg.Actor("Steward", role="festival steward"))
    welfare_officer = tm.add(tg.Actor("Welfare officer", role="welfare staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers text messages to parents' phones.
    sms = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(parent, portal, child_registration, protocol="https", controls={tls})
tm.flow(portal, parent, registration_confirmation, protocol="https", controls={tls})
tm.flow(portal, registry, child_registration)

tm.flow(gate_readers, scan_service, scan_events, protocol="mqtt", label="site Wi-Fi")
tm.flow(welfare_officer, welfare_readers, scan_events, label="scans a found child's band")
tm.flow(welfare_readers, scan_service, scan_events, protocol="mqtt", label="site Wi-Fi")
tm.flow(scan_service, scan_log, scan_events)

tm.flow(steward, handset, lost_child_report)
tm.flow(handset, agent, lost_child_report, protocol="https", controls={tls})
tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, agent_completion, protocol="https", controls={tls})
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, registry, lookup_call, label="search registrations")
tm.flow(registry, lookup_tool, child_registration)
tm.flow(lookup_tool, scan_log, lookup_call, label="scan history")
tm.flow(scan_log, lookup_tool, scan_events)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, handset, agent_answer, protocol="https", controls={tls})
tm.flow(handset, steward, agent_answer)
tm.flow(steward, handset, parent_message, label="confirms the message")
tm.flow(handset, agent, parent_message, protocol="https", controls={tls})

tm.flow(agent, notify_tool, parent_message)
tm.flow(registry, notify_tool, child_registration, label="parent's mobile number")
tm.flow(notify_tool, sms, parent_message, protocol="https", controls={tls})
tm.flow(sms, notify_tool, notify_result, protocol="https", controls={tls})
tm.flow(notify_tool, agent, notify_result)
tm.flow(sms, parent, parent_message, protocol="sms")
