"""Heritage railway signal box assistant: token and train staff working, first design.

A volunteer-run heritage railway works its single line in sections, each by an
electric key token or a wooden train staff. Volunteer signallers in the signal
boxes use a tablet assistant: they type or dictate what happened ("token out to
2T05 at 10:42"), and an LLM agent in the railway's cloud tenant checks it against
the token instrument readings, the working timetable and the line's operating
instructions, drafts the electronic train register entry and sends routine running
messages to train crews by SMS. Crews can reply by SMS. A data logger wired to the
token instruments posts token in/out events. The interlocking and the token
instruments stay mechanical and electric; the agent commands no signal or point.
Controls in this design: volunteers sign in with their own Google Workspace
accounts, the signaller confirms each register entry before it is written, the
register is append-only with an audit trail and encrypted at rest, and links use
HTTPS. The hosted LLM is a vendor's API.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Heritage railway signal box token and train staff agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM assistant for signallers keeping the train register and crew messages "
    "on a token-worked heritage line.",
)

# ---------------------------------------------------------------- data assets
signaller_message = tg.Data(
    "Signaller message",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the signaller types or dictates: train reporting numbers, times, tokens.",
)
assistant_reply = tg.Data("Assistant reply", kind="model-output")
token_readings = tg.Data(
    "Token in/out readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Which token or staff is out of which instrument, and when.",
)
llm_prompt = tg.Data(
    "Agent prompt with rules and register context",
    kind="prompt",
    description="The signaller's message, recent register lines, timetable and rule passages.",
)
llm_completion = tg.Data("LLM completion", kind="model-output")
rule_passages = tg.Data(
    "Rule book and operating instruction passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
rule_query = tg.Data("Rule lookup query", kind="prompt")
timetable = tg.Data(
    "Working timetable and special traffic notices",
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
register_draft = tg.Data("Register entry draft", kind="tool-call")
register_entries = tg.Data(
    "Train register entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Times of train arrival, departure, token issue and return, signed by signaller name.",
)
register_result = tg.Data("Register write result", kind="tool-result")
crew_message_call = tg.Data("Crew running message request", kind="tool-call")
crew_sms = tg.Data(
    "Crew SMS",
    sensitivity=tg.Sensitivity.PII,
    description="Running message text with the crew member's mobile number.",
)
crew_reply = tg.Data(
    "Crew SMS reply",
    sensitivity=tg.Sensitivity.PII,
    description="What a driver or guard texts back, with their mobile number.",
)
roster = tg.Data(
    "Volunteer roster and crew phone numbers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
register_export = tg.Data(
    "Daily train register export", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Signal box", trust=tg.Trust.INTERNAL):
    # The volunteer on duty; responsible for the section whatever the assistant says.
    signaller = tm.add(tg.Actor("Signaller", role="volunteer signaller"))
    # One tablet per box, on the box's 4G router; runs the assistant web app.
    tablet = tm.add(
        tg.Device("Signal box tablet", fleet=True, description="One Android tablet per signal box.")
    )
    # Wired to the token instruments' contacts; reports tokens in and out, changes nothing.
    token_logger = tm.add(
        tg.Device(
            "Token instrument data logger",
            fleet=True,
            description="Raspberry Pi with opto-isolated inputs on the Tyer's instruments.",
        )
    )

with tm.boundary("Railway cloud tenant", trust=tg.Trust.INTERNAL):
    # The one front door for the tablets, the loggers and the SMS provider's callbacks.
    assistant_api = tm.add(
        tg.Endpoint(
            "Signal box assistant API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="each volunteer's own Google Workspace account; "
                    "per-logger API key for the token loggers"
                )
            },
        )
    )
    # The LLM agent that reads the signaller's words and decides which tools to use.
    agent = tm.add(
        tg.Agent(
            "Train staff agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Checks messages against token readings and the timetable, drafts register "
            "entries, sends running messages to crews.",
            controls={
                c.HumanInTheLoop(
                    approver="the signaller on duty",
                    note="the signaller confirms each register entry on the tablet; "
                    "routine running messages to crews go out directly",
                )
            },
        )
    )
    # Appends entries to the train register for the agent.
    register_tool = tm.add(
        tg.Tool(
            "Train register tool",
            capabilities={"read", "write"},
            description="Appends entries; cannot edit or delete earlier lines.",
        )
    )
    # Sends running messages to crew mobiles through the SMS provider.
    crew_tool = tm.add(tg.Tool("Crew messaging tool", capabilities={"send-messages"}))
    # The electronic train register that replaces the paper book.
    register = tm.add(
        tg.DataStore(
            "Electronic train register",
            stores={register_entries},
            controls={
                c.AuditLogging(retention_days=2555),
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
            },
        )
    )
    # Rule book and the line's operating instructions, chunked for retrieval.
    rules_index = tm.add(tg.VectorStore("Rule book index", stores={rule_passages}))
    # Timetable and notices published by the operations manager.
    timetable_store = tm.add(tg.DataStore("Timetable and notices store", stores={timetable}))
    # Who is on duty today and how to reach them.
    roster_store = tm.add(tg.DataStore("Volunteer roster", stores={roster}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway: sends texts and posts replies back to us.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Internet and mobile network", trust=tg.Trust.UNTRUSTED):
    # Drivers, firemen and guards on their own phones.
    crew = tm.add(tg.Actor("Train crew", role="volunteer driver or guard"))
    # Publishes the timetable and reviews the register from home.
    ops_manager = tm.add(
        tg.Actor("Duty operations manager", role="operations manager", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(signaller, tablet, signaller_message, label="typed or dictated on the tablet")
tm.flow(tablet, assistant_api, signaller_message, protocol="https")
tm.flow(assistant_api, agent, signaller_message)
tm.flow(agent, assistant_api, assistant_reply)
tm.flow(assistant_api, tablet, assistant_reply, protocol="https")
tm.flow(tablet, signaller, assistant_reply, label="shown on the tablet")

tm.flow(token_logger, assistant_api, token_readings, protocol="https")
tm.flow(assistant_api, agent, token_readings, label="token events")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, rules_index, rule_query, label="rule lookup")
tm.flow(rules_index, agent, rule_passages)
tm.flow(timetable_store, agent, timetable)

tm.flow(agent, register_tool, register_draft)
tm.flow(register_tool, register, register_entries)
tm.flow(register, register_tool, register_entries, label="recent lines")
tm.flow(register_tool, agent, register_result)

tm.flow(agent, crew_tool, crew_message_call)
tm.flow(roster_store, crew_tool, roster, label="crew mobile numbers")
tm.flow(crew_tool, sms_gateway, crew_sms, protocol="https")
tm.flow(sms_gateway, crew, crew_sms, protocol="sms")
tm.flow(crew, sms_gateway, crew_reply, protocol="sms")
tm.flow(sms_gateway, assistant_api, crew_reply, protocol="https", label="inbound SMS webhook")
tm.flow(assistant_api, agent, crew_reply)

tm.flow(ops_manager, timetable_store, timetable, protocol="https", label="publishes timetable")
tm.flow(ops_manager, roster_store, roster, protocol="https", label="maintains roster")
tm.flow(register, ops_manager, register_export, protocol="https", label="daily register review")
