"""Men's shed workshop: tool inductions and machine lockout agent (first design).

A community men's shed (a UK charity) runs a members' app on a small cloud tenancy.
Trained volunteers record which powered machines each member has been inducted on,
and session supervisors open and close supervised workshop sessions from the app.
Members chat with a safety assistant: an LLM agent that answers safety questions
from the machine manuals and the shed's own rules, and that switches a machine on
for them by turning on its smart plug. The agent looks up the member's inductions
before it unlocks; the unlock tool itself only refuses when no session is open.
The smart plugs are consumer plugs managed through their vendor's cloud API.
Controls in this design: e-mail and password sign-in, HTTPS, encrypted database,
an unlock log, the vendor LLM's default content filter, and the plugs' auto-off
timer with the machines' own no-volt release switches and emergency stops.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Men's shed tool induction and machine lockout agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Safety Q&A and smart-plug machine unlocking for inducted members of a men's shed.",
)

# ---------------------------------------------------------------- data assets
member_records = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone, e-mail and emergency contact of each member.",
)
induction_records = tg.Data(
    "Induction records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Which machines each member has been inducted on, by whom and when.",
)
induction_signoff = tg.Data("Induction sign-off", kind="records", sensitivity=tg.Sensitivity.PII)
session_status = tg.Data(
    "Supervised session status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Whether a supervised session is open, and who is supervising it.",
)
member_message = tg.Data(
    "Member chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="A safety question or a request to switch a machine on.",
)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with safety guidance",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the member's message, their inductions and retrieved guidance.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
manuals = tg.Data(
    "Machine manuals and shed safety rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
guidance_chunks = tg.Data(
    "Safety guidance chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
induction_query = tg.Data("Induction lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
induction_status = tg.Data(
    "Member induction status", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
unlock_call = tg.Data("Machine unlock call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
unlock_result = tg.Data("Unlock result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
machine_register = tg.Data(
    "Machine and plug register",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Each machine, the smart plug it hangs on and the induction it needs.",
)
plug_command = tg.Data("Plug switch command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
plug_state = tg.Data("Plug power state", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
unlock_log = tg.Data(
    "Unlock log entries",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who asked for which machine, when, and whether it was switched on.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members use the app on their own phones, in the shed and at home.
    member = tm.add(tg.Actor("Shed member", role="member"))
    # Experienced volunteers who open and close supervised sessions from their phones.
    supervisor = tm.add(tg.Actor("Session supervisor", role="volunteer supervisor"))
    # Volunteers who deliver inductions and sign them off in the app.
    trainer = tm.add(tg.Actor("Induction trainer", role="volunteer trainer", privileged=True))

with tm.boundary("Shed cloud tenancy", trust=tg.Trust.INTERNAL):
    # The app's backend: sign-in, chat, inductions and sessions.
    app_api = tm.add(
        tg.Endpoint(
            "Shed app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
            description="Backend of the members' app; also uploads and indexes the manuals.",
        )
    )
    # The LLM agent that answers safety questions and switches machines on.
    agent = tm.add(
        tg.Agent(
            "Workshop safety agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers from the manuals; checks inductions, then calls the unlock "
            "tool when a member asks for a machine. Nobody approves each unlock.",
        )
    )
    # Members, inductions and the session flag the supervisors set.
    member_db = tm.add(
        tg.DataStore(
            "Member and induction database",
            stores={member_records, induction_records, session_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Retrieval index over the machine manuals and the shed's safety rules.
    guidance_index = tm.add(
        tg.VectorStore("Safety guidance index", stores={manuals, guidance_chunks})
    )
    # Machines, their plugs and the induction each one needs.
    register = tm.add(tg.DataStore("Machine and plug register", stores={machine_register}))
    # Read-only tool the agent uses to see a member's inductions.
    induction_tool = tm.add(
        tg.Tool("Induction lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Tool that switches a machine's smart plug on through the vendor's cloud.
    unlock_tool = tm.add(
        tg.Tool(
            "Machine unlock tool",
            capabilities={"write"},
            origin="first-party",
            controls={
                c.PolicyEnforcement(
                    rules="refuses to switch a plug on when no supervised session is open"
                )
            },
            description="Looks up the machine's plug and turns it on with the vendor API key.",
        )
    )
    # Record of every unlock request, for the committee and after an accident.
    log_store = tm.add(
        tg.DataStore(
            "Unlock log",
            stores={unlock_log},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Smart plug vendor", trust=tg.Trust.PARTNER):
    # The plug maker's cloud, which relays on/off commands to the plugs.
    plug_cloud = tm.add(tg.ExternalService("Smart plug vendor cloud", provides="generic"))

with tm.boundary("Shed workshop Wi-Fi", trust=tg.Trust.INTERNAL):
    # Consumer smart plugs between each powered machine and its socket.
    plugs = tm.add(
        tg.Device(
            "Machine smart plugs",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="plugs switch off after 2 hours; machines keep their no-volt "
                    "release switches and emergency stops"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# Chat: safety questions and unlock requests.
tm.flow(member, app_api, member_message, protocol="https")
tm.flow(app_api, member, assistant_reply, protocol="https")
tm.flow(app_api, agent, member_message)
tm.flow(agent, app_api, assistant_reply)
tm.flow(guidance_index, agent, guidance_chunks, label="retrieved guidance")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Induction check, then unlock.
tm.flow(agent, induction_tool, induction_query)
tm.flow(member_db, induction_tool, induction_records)
tm.flow(induction_tool, agent, induction_status)
tm.flow(agent, unlock_tool, unlock_call)
tm.flow(register, unlock_tool, machine_register)
tm.flow(member_db, unlock_tool, session_status)
tm.flow(unlock_tool, plug_cloud, plug_command, protocol="https")
tm.flow(plug_cloud, plugs, plug_command, protocol="MQTT over TLS")
tm.flow(plugs, plug_cloud, plug_state, protocol="MQTT over TLS")
tm.flow(plug_cloud, unlock_tool, plug_state, protocol="https")
tm.flow(unlock_tool, agent, unlock_result)
tm.flow(unlock_tool, log_store, unlock_log)

# Inductions, sessions and the members' own records.
tm.flow(trainer, app_api, induction_signoff, protocol="https")
tm.flow(supervisor, app_api, session_status, protocol="https")
tm.flow(app_api, member_db, induction_records, session_status, member_records)
tm.flow(member_db, app_api, member_records, induction_records)
tm.flow(app_api, member, member_records, induction_records, protocol="https")

# Trainers upload manuals, the shed's rules and the machine list; the API indexes them.
tm.flow(trainer, app_api, manuals, machine_register, protocol="https")
tm.flow(app_api, guidance_index, guidance_chunks, label="indexing")
tm.flow(app_api, register, machine_register, label="machine set-up")
