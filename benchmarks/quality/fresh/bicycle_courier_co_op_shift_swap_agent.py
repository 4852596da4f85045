"""Bicycle courier co-op shift swap agent: the first design, before any security review.

A worker-owned bike courier co-operative in Berlin (about 60 member riders) lets
riders swap shifts by chatting with an assistant in the co-op's member app. The
rider says which shift they cannot ride; an LLM agent on the co-op's rented cloud
server reads the rota, asks an eligibility tool which members are free, hold the
cargo-bike qualification and stay under their weekly hours, and sends them swap
offers as push notifications. When a rider accepts in chat, the agent moves the
shift in the rota; the dispatch coordinator sees every change in an admin console
and can undo it. Controls: riders sign in with an e-mailed magic link, the console
uses Google Workspace SSO with 2-step verification and coordinator roles, rota
changes go to an audit log, agent runs are capped in steps, push texts carry no
names, and the EU-hosted LLM vendor was vetted and signed a DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bicycle courier co-op shift swap agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat agent that arranges shift swaps between member riders of a courier co-operative.",
)

# ---------------------------------------------------------------- data assets
swap_message = tg.Data(
    "Rider chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Swap requests, acceptances and questions, sent by a signed-in rider.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
sign_in = tg.Data("Magic link sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
prompt = tg.Data(
    "LLM prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the rider's thread and tool results (names, shifts, hours).",
)
completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
rota_query = tg.Data("Rota query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
rota = tg.Data(
    "Shift rota",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Who rides which shift, zone and bike type; hours worked per week.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
eligibility_query = tg.Data(
    "Eligibility query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
member_records = tg.Data(
    "Member records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, phone, e-mail, cargo-bike qualification, contracted weekly hours, availability.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
eligible_riders = tg.Data("Eligible riders", sensitivity=tg.Sensitivity.PII, kind="tool-result")
offer_call = tg.Data("Swap offer request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
offer_push = tg.Data(
    "Swap offer notification",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Shift time and zone only, with a link into the app.",
)
device_tokens = tg.Data(
    "Push device tokens", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="credentials"
)
rota_change = tg.Data("Rota change tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
change_result = tg.Data("Rota change result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
audit_trail = tg.Data(
    "Swap audit trail and transcripts",
    sensitivity=tg.Sensitivity.PII,
    kind="logs",
    description="Each rota change with who asked, who accepted, and the chat that led to it.",
)
admin_login = tg.Data(
    "Coordinator Google sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
rota_edits = tg.Data(
    "Coordinator rota and member edits", sensitivity=tg.Sensitivity.PII, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Member riders, on their own phones, asking for swaps and answering offers.
    rider = tm.add(tg.Actor("Rider", role="co-op member"))

with tm.boundary("LLM vendor (EU region)", trust=tg.Trust.PARTNER):
    # Understands the chat and picks the tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, EU-hosted API.",
            controls={c.SupplierAssessment(note="DPA signed; vendor does not train on API data")},
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Delivers swap offers to riders' phones.
    push = tm.add(
        tg.ExternalService(
            "Firebase Cloud Messaging",
            description="Google's push notification service for the member app.",
        )
    )

with tm.boundary("Co-op cloud server", trust=tg.Trust.INTERNAL):
    # The member app's backend: chat API the riders' app talks to.
    member_api = tm.add(
        tg.Endpoint(
            "Member app chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mailed magic link, 30-day session")},
        )
    )
    # The LLM agent that runs the swap conversation end to end.
    agent = tm.add(
        tg.Agent(
            "Shift swap agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Finds cover, sends offers and applies the swap once a rider accepts.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Lets the agent see the rota around the shift in question.
    rota_tool = tm.add(
        tg.Tool(
            "Rota lookup tool",
            capabilities={"read"},
            description="Returns shifts and assignments for a date range.",
        )
    )
    # Answers who may take a shift: qualification, free, under weekly hours.
    eligibility_tool = tm.add(
        tg.Tool(
            "Swap eligibility check tool",
            capabilities={"read"},
            description="Lists members who are free, hold the bike qualification and stay under their weekly hours.",
        )
    )
    # Sends swap offers to the riders the agent picked.
    offer_tool = tm.add(
        tg.Tool(
            "Swap offer notification tool",
            capabilities={"send-messages"},
            controls={c.DataMinimization(note="push text names only the shift time and zone")},
        )
    )
    # The only way the agent changes the rota.
    update_tool = tm.add(
        tg.Tool(
            "Rota update tool",
            capabilities={"read", "write"},
            description="Reassigns a shift from one member to another.",
            controls={c.AuditLogging(note="every change written to the swap audit log")},
        )
    )
    # The co-op's rota: who rides when.
    rota_db = tm.add(
        tg.DataStore(
            "Rota database",
            stores={rota},
            controls={c.EncryptionAtRest(key_management="disk encryption on the server")},
        )
    )
    # Member details the eligibility check needs, plus push tokens.
    members_db = tm.add(
        tg.DataStore(
            "Member directory",
            stores={member_records, device_tokens},
            controls={c.EncryptionAtRest(key_management="disk encryption on the server")},
        )
    )
    # Audit trail of swaps and the chats behind them, for the coordinator.
    swap_log = tm.add(tg.DataStore("Swap audit log", stores={audit_trail}))
    # Coordinator's web console over the rota, members and swap log.
    console = tm.add(
        tg.Service(
            "Rota admin console",
            internet_facing=True,
            description="Coordinators edit the rota and member details and can undo swaps.",
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.RBAC(note="only the coordinator group"),
            },
        )
    )

with tm.boundary("Co-op office", trust=tg.Trust.INTERNAL):
    # Runs dispatch and the rota; elected by the members.
    coordinator = tm.add(tg.Actor("Dispatch coordinator", role="coordinator", privileged=True))

# ---------------------------------------------------------------- flows
# rider chat
tm.flow(rider, member_api, sign_in, swap_message, protocol="https")
tm.flow(member_api, rider, agent_reply, protocol="https")
tm.flow(member_api, agent, swap_message)
tm.flow(agent, member_api, agent_reply)

# agent loop
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, rota_tool, rota_query)
tm.flow(rota_db, rota_tool, rota)
tm.flow(rota_tool, agent, rota)

tm.flow(agent, eligibility_tool, eligibility_query)
tm.flow(members_db, eligibility_tool, member_records)
tm.flow(rota_db, eligibility_tool, rota, label="hours already rostered")
tm.flow(eligibility_tool, agent, eligible_riders)

tm.flow(agent, offer_tool, offer_call)
tm.flow(members_db, offer_tool, device_tokens)
tm.flow(offer_tool, push, offer_push, device_tokens, protocol="https")
tm.flow(push, rider, offer_push, protocol="https")

tm.flow(agent, update_tool, rota_change)
tm.flow(rota_db, update_tool, rota)
tm.flow(update_tool, rota_db, rota)
tm.flow(update_tool, swap_log, audit_trail)
tm.flow(update_tool, agent, change_result)
tm.flow(agent, swap_log, audit_trail, label="chat transcript")

# coordinator
tm.flow(coordinator, console, admin_login, rota_edits, protocol="https")
tm.flow(console, coordinator, rota, member_records, audit_trail, protocol="https")
tm.flow(rota_db, console, rota)
tm.flow(console, rota_db, rota_edits, label="edits and undone swaps")
tm.flow(members_db, console, member_records)
tm.flow(console, members_db, rota_edits, label="member details")
tm.flow(swap_log, console, audit_trail)
