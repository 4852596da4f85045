"""Coastguard cliff rescue team callout agent: the first design, before any security review.

A volunteer coastguard cliff rescue team wants an assistant that takes over the
first minutes of a callout. When the maritime rescue coordination centre (MRCC)
tasks the team, its tasking system pushes the callout to our callout endpoint. An
LLM agent, using a chat model hosted by a vendor, reads the tasking, pages the
members on call by SMS through a commercial SMS gateway, reads their SMS replies
("responding, ETA 12") to keep a responder board up to date, and reports the
team's mobilisation back to the MRCC. Members also text in kit check results
after drills, which the agent records in the kit log. The station officer sees
the board and the kit log in a small web dashboard and maintains the roster there.
Everything of ours runs in one cloud tenancy. Controls so far: HTTPS on every
link, an API key for the MRCC push, password sign-in with roles on the dashboard,
an audit log and step limit on the agent, encrypted roster storage, and a
paging tool that only sends to numbers on the roster.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coastguard cliff rescue team callout agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Pages volunteer cliff rescue members on an MRCC callout, tracks responders "
    "and logs kit checks.",
)

# ---------------------------------------------------------------- data assets
tasking = tg.Data(
    "Callout tasking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Incident type, location, casualty description and MRCC reference.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
mobilisation = tg.Data(
    "Team mobilisation report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="How many members are responding and their ETAs, sent back to the MRCC.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the tasking, member replies and tool results.",
)
completion = tg.Data("Agent model completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
page_request = tg.Data("Page request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
page_sms = tg.Data(
    "Callout page SMS",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Short callout text with the rendezvous point, sent to each on-call member.",
)
replies = tg.Data(
    "Member SMS replies",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text replies from members: responding or not, ETA, kit check results.",
)
status_update = tg.Data("Responder status update", kind="tool-call", sensitivity=tg.Sensitivity.PII)
responder_status = tg.Data(
    "Responder status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
kit_entry = tg.Data("Kit check entry", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
kit_log = tg.Data(
    "Kit check records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ropes, harnesses, stretcher and radio checks with who checked them and when.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
roster = tg.Data(
    "Team roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Members' names, mobile numbers, qualifications and on-call rota.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers carry their own phones; pages and replies go by ordinary SMS.
    member = tm.add(tg.Actor("Team member", role="volunteer cliff rescue technician"))
    # The station officer runs the team and uses the dashboard from home or the station.
    officer = tm.add(tg.Actor("Station officer", role="station officer", privileged=True))

with tm.boundary("HM Coastguard network", trust=tg.Trust.PARTNER):
    # The MRCC's incident system tasks the team and receives its mobilisation status.
    mrcc = tm.add(
        tg.ExternalService(
            "MRCC tasking system",
            description="Maritime rescue coordination centre incident and tasking system.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial gateway: sends the pages and posts members' replies back to us.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The chat model the agent reasons with; called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted chat model", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Team cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives the MRCC callout push and the SMS gateway's inbound replies.
    callout_api = tm.add(
        tg.Endpoint(
            "Callout endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="API key issued to the MRCC tasking system")},
        )
    )
    # Reads the tasking and replies, decides whom to page and what to record.
    agent = tm.add(
        tg.Agent(
            "Callout agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Pages without waiting for anyone: the first minutes of a callout count.",
            controls={c.AuditLogging(retention_days=365), c.CircuitBreaker(max_steps=25)},
        )
    )
    # Sends the callout page to the on-call members' numbers.
    paging_tool = tm.add(
        tg.Tool(
            "Paging tool",
            capabilities={"read", "send-messages"},
            controls={c.PolicyEnforcement(rules="sends only to mobile numbers on the team roster")},
        )
    )
    # Records who is responding and their ETA on the responder board.
    responder_tool = tm.add(tg.Tool("Responder tracking tool", capabilities={"read", "write"}))
    # Appends kit check results the members text in.
    kit_tool = tm.add(tg.Tool("Kit check logging tool", capabilities={"write"}))
    # Live board of who is responding to the current callout.
    board = tm.add(tg.DataStore("Responder board", stores={responder_status}))
    # History of kit checks, kept for the coastguard's equipment audits.
    kit_store = tm.add(tg.DataStore("Kit log", stores={kit_log}))
    # Who is in the team, their numbers and who is on call.
    roster_store = tm.add(
        tg.DataStore(
            "Roster database",
            stores={roster},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Station officer's view of the board and kit log, and where the roster is edited.
    dashboard = tm.add(
        tg.Endpoint(
            "Team dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(mrcc, callout_api, tasking, protocol="https", label="callout push")
tm.flow(callout_api, agent, tasking)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, paging_tool, page_request)
tm.flow(roster_store, paging_tool, roster, label="on-call numbers")
tm.flow(paging_tool, agent, tool_result)
tm.flow(paging_tool, sms_gateway, page_sms, protocol="https")
tm.flow(sms_gateway, member, page_sms, protocol="sms")
tm.flow(member, sms_gateway, replies, protocol="sms")
tm.flow(sms_gateway, callout_api, replies, protocol="https", label="inbound SMS")
tm.flow(callout_api, agent, replies)

tm.flow(agent, responder_tool, status_update)
tm.flow(responder_tool, board, responder_status)
tm.flow(board, responder_tool, responder_status)
tm.flow(responder_tool, agent, tool_result)
tm.flow(agent, mrcc, mobilisation, protocol="https", label="mobilisation status")

tm.flow(agent, kit_tool, kit_entry)
tm.flow(kit_tool, kit_store, kit_log)

tm.flow(board, dashboard, responder_status)
tm.flow(kit_store, dashboard, kit_log)
tm.flow(dashboard, officer, responder_status, kit_log, protocol="https")
tm.flow(officer, dashboard, roster, protocol="https", label="roster edits")
tm.flow(dashboard, roster_store, roster)
tm.flow(roster_store, dashboard, roster)
