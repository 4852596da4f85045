"""Signal box token assistant: the first design, before any security review.

A volunteer-run heritage railway gives the signaller in each signal box a tablet
with an LLM agent that helps with single-line electric token working, the train
register and the volunteer roster. A read-only monitor wired through opto-isolators
to the key token instruments reports which tokens are in or out; the instruments
stay interlocked with the next box and nothing in this design can operate them.
The agent runs on a small server in the station office, answers from an index of
the line's rule book, appendix and working timetable, drafts train register entries,
looks up and proposes roster swaps in the hosted rostering service, and can text
volunteers through an SMS gateway. The signaller confirms every register entry,
roster change and message on the tablet before the agent's tool runs. The model is
a hosted LLM API; tablets are unlocked with a PIN, the server keeps a log of each
conversation and tool call, and the train register is backed up every night.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Signal box token assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent assisting heritage-line signallers with token working, the train "
        "register and volunteer rosters; the signaller confirms every action."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Signaller request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Questions and instructions such as 'token out for 2T05 to the next box'.",
)
confirmation = tg.Data(
    "Signaller confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
reply = tg.Data("Assistant reply and proposed action", kind="model-output")
token_status = tg.Data(
    "Token instrument status readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Tokens held in each instrument and whether one is out, per section.",
)
prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request, token status, rule book passages, roster names.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
rulebook = tg.Data(
    "Rule book, appendix and working timetable",
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
passages = tg.Data("Rule book passages", kind="retrieved-context")
rule_query = tg.Data("Rule book query", kind="prompt")
register_call = tg.Data("Register entry tool call", kind="tool-call")
register_result = tg.Data("Register tool result", kind="tool-result")
register_entries = tg.Data(
    "Train register entries",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Times, trains, token numbers and bell signals, with the signaller's name.",
)
roster_call = tg.Data("Roster tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
roster_result = tg.Data("Roster tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
roster = tg.Data(
    "Volunteer roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, mobile numbers, competencies and turns of duty.",
)
roster_change = tg.Data("Roster swap request", kind="records", sensitivity=tg.Sensitivity.PII)
availability = tg.Data("Volunteer availability", kind="records", sensitivity=tg.Sensitivity.PII)
notify_call = tg.Data("Message tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
notify_result = tg.Data("Message send result", kind="tool-result")
sms = tg.Data("Volunteer text message", kind="documents", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Conversation and tool call log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers give their availability and read the roster from home.
    volunteer = tm.add(tg.Actor("Volunteer", role="volunteer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Rostering SaaS", trust=tg.Trust.PARTNER):
    # The railway's existing volunteer rostering service.
    rostering = tm.add(
        tg.ExternalService(
            "Volunteer rostering service",
            controls={c.Authentication(method="volunteer e-mail and password")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends texts to volunteers' mobiles.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Signal box", trust=tg.Trust.INTERNAL):
    # The volunteer signaller on duty, who stays in charge of the box.
    signaller = tm.add(tg.Actor("Signaller", role="signaller"))
    # Where the signaller talks to the agent and confirms each proposed action.
    tablet = tm.add(
        tg.Device(
            "Signal box tablet",
            fleet=False,
            controls={c.Authentication(method="box PIN shared by the box's signallers")},
        )
    )
    # Reads the token instruments so the agent knows which token is out.
    token_monitor = tm.add(
        tg.Device(
            "Token instrument status monitor",
            fleet=False,
            description="Raspberry Pi on opto-isolated contacts; no outputs to the instruments.",
        )
    )

with tm.boundary("Station office", trust=tg.Trust.INTERNAL):
    # Keeps the rule book index current and reviews the register.
    ops_manager = tm.add(tg.Actor("Operations manager", role="operations manager", privileged=True))
    # The LLM agent: plans each step and calls tools only after confirmation.
    agent = tm.add(
        tg.Agent(
            "Token assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the signaller on duty"),
                c.AuditLogging(),
            },
        )
    )
    # The line's rules and timetable, so answers quote the right instruction.
    rule_index = tm.add(tg.VectorStore("Rule book index", stores={passages, rulebook}))
    # Writes the signaller-confirmed entries to the electronic train register.
    register_tool = tm.add(tg.Tool("Train register tool", capabilities={"read", "write"}))
    # The electronic train register, the box's record of train movements.
    train_log = tm.add(
        tg.DataStore(
            "Train running log",
            stores={register_entries},
            controls={c.DataVersioning(note="nightly backup to an off-site drive")},
        )
    )
    # Looks up turns and proposes swaps in the rostering service.
    roster_tool = tm.add(tg.Tool("Roster tool", capabilities={"read", "write"}))
    # Texts volunteers about a change once the signaller confirms it.
    message_tool = tm.add(tg.Tool("Volunteer message tool", capabilities={"send-messages"}))
    # Every conversation and tool call, kept for incident review.
    conversation_log = tm.add(tg.DataStore("Conversation log", stores={transcripts}))

# ---------------------------------------------------------------- flows
tm.flow(signaller, tablet, request, confirmation, label="typed on touchscreen")
tm.flow(tablet, signaller, reply, label="on the touchscreen")
tm.flow(tablet, agent, request, confirmation, protocol="https")
tm.flow(agent, tablet, reply, protocol="https")
tm.flow(token_monitor, agent, token_status, protocol="mqtt")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, rule_index, rule_query)
tm.flow(rule_index, agent, passages)
tm.flow(ops_manager, rule_index, rulebook, protocol="https", label="uploads new editions")

tm.flow(agent, register_tool, register_call)
tm.flow(register_tool, train_log, register_entries)
tm.flow(train_log, register_tool, register_entries)
tm.flow(register_tool, agent, register_result)
tm.flow(train_log, ops_manager, register_entries, protocol="https", label="register review")

tm.flow(agent, roster_tool, roster_call)
tm.flow(roster_tool, rostering, roster_change, protocol="https")
tm.flow(rostering, roster_tool, roster, protocol="https")
tm.flow(roster_tool, agent, roster_result)
tm.flow(volunteer, rostering, availability, protocol="https")
tm.flow(rostering, volunteer, roster, protocol="https")

tm.flow(agent, message_tool, notify_call)
tm.flow(message_tool, sms_gateway, sms, protocol="https")
tm.flow(sms_gateway, message_tool, notify_result, protocol="https")
tm.flow(message_tool, agent, notify_result)
tm.flow(sms_gateway, volunteer, sms, protocol="sms")

tm.flow(agent, conversation_log, transcripts)
