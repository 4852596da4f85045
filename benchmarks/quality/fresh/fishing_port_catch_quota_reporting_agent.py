"""Catch quota reporting agent: the fisheries authority's first design.

Skippers of licensed fishing vessels file their landing declarations from a
mobile app when they land at port. Instead of a long form, the app opens a chat
with a declaration agent: the skipper states species, weights, fishing area and
gear, and the agent (a hosted LLM behind the authority's API) builds the
declaration, looks up the vessel's remaining quota, and submits the declaration
once the skipper confirms the summary. Where the declared catch exceeds the
quota balance, or does not match the first-sale notes sent by the port auction,
the agent raises a discrepancy flag in the inspection case queue, which fishery
inspectors work through in their console. The API sits in the authority's cloud
tenancy; skippers sign in with their licence account password and an SMS code.
Traffic is TLS throughout, the records tier is encrypted and audited, and
inspectors reach cases under role-based access from the office network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Catch quota reporting agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat-based landing declarations for skippers, checked against quota "
    "and sales notes, with discrepancies flagged to fishery inspectors.",
)

# ---------------------------------------------------------------- data assets
landing_message = tg.Data(
    "Skipper landing message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the skipper: vessel, species, weights, area, gear.",
)
agent_reply = tg.Data(
    "Agent reply and declaration summary", kind="model-output", sensitivity=tg.Sensitivity.PII
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
quota_query = tg.Data("Quota lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
quota_balance = tg.Data(
    "Vessel quota balances",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
declaration = tg.Data(
    "Landing declaration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Legal record of the landing, signed off by the skipper in the app.",
)
sales_notes = tg.Data(
    "First-sale notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Weights and prices per species and vessel from the port auction.",
)
discrepancy = tg.Data(
    "Discrepancy flag",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Vessel, skipper, declared vs quota or sold weights, and the agent's reasoning.",
)
case_outcome = tg.Data("Inspection case outcome", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person legally responsible for the declaration.
    skipper = tm.add(tg.Actor("Skipper", role="vessel skipper"))
    # The authority's app, installed on skippers' own phones.
    app = tm.add(
        tg.Device(
            "Skipper declaration app",
            description="Authority-published phone app; works offline at sea, syncs in port.",
        )
    )

with tm.boundary("Port auction", trust=tg.Trust.PARTNER):
    # First-sale notes are the independent figure the declarations are checked against.
    auction = tm.add(
        tg.DataSource(
            "Port auction sales-note feed",
            origin=tg.Origin.PARTNER,
            provides={sales_notes},
            description="The auction house uploads sales notes after each sale.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, used through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Authority cloud tenancy", trust=tg.Trust.INTERNAL):
    # Single entry point for the app.
    api = tm.add(
        tg.Endpoint(
            "Declaration API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="licence account password and SMS code"),
                c.InputValidation(note="message size and JSON schema checks"),
            },
        )
    )
    # Turns the skipper's chat into a declaration and decides when to flag.
    agent = tm.add(
        tg.Agent(
            "Declaration agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the skipper",
                    note="the skipper confirms the declaration summary before it is submitted",
                ),
            },
        )
    )
    # Read-only lookup of the vessel's remaining quota and its recent sales notes.
    quota_tool = tm.add(tg.Tool("Quota and sales-note lookup", capabilities={"read"}))
    # Writes the confirmed declaration into the register of landings.
    submit_tool = tm.add(tg.Tool("Declaration submission tool", capabilities={"write"}))
    # Opens an inspection case when the figures do not add up.
    flag_tool = tm.add(tg.Tool("Discrepancy flag tool", capabilities={"write"}))

    with tm.boundary("Records tier", trust=tg.Trust.RESTRICTED):
        # Quota allocations and uptake per vessel and stock.
        quota_register = tm.add(
            tg.DataStore(
                "Quota register",
                stores={quota_balance, sales_notes},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The legal record of every landing.
        declarations_db = tm.add(
            tg.DataStore(
                "Landing declarations database",
                stores={declaration},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )
        # Work queue of flagged landings for inspectors.
        case_queue = tm.add(
            tg.DataStore("Inspection case queue", stores={discrepancy, case_outcome})
        )

with tm.boundary("Authority office network", trust=tg.Trust.INTERNAL):
    # Reviews flags and decides on inspections or sanctions.
    inspector = tm.add(tg.Actor("Fishery inspector", role="inspector"))
    # Inspectors' view of flagged landings.
    console = tm.add(
        tg.Service(
            "Inspector console",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(skipper, app, landing_message, label="typed in app")
tm.flow(app, api, landing_message, protocol="https")
tm.flow(api, agent, landing_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, quota_tool, quota_query)
tm.flow(quota_register, quota_tool, quota_balance, sales_notes)
tm.flow(quota_tool, agent, quota_balance, sales_notes)

tm.flow(agent, submit_tool, declaration)
tm.flow(submit_tool, declarations_db, declaration)
tm.flow(submit_tool, agent, declaration, label="submission receipt")
tm.flow(declarations_db, quota_register, declaration, label="uptake update")

tm.flow(auction, quota_register, sales_notes, protocol="sftp", label="sales notes upload")

tm.flow(agent, flag_tool, discrepancy)
tm.flow(flag_tool, case_queue, discrepancy)

tm.flow(agent, api, agent_reply)
tm.flow(api, app, agent_reply, protocol="https")
tm.flow(app, skipper, agent_reply, label="shown in app")

tm.flow(case_queue, console, discrepancy)
tm.flow(declarations_db, console, declaration)
tm.flow(console, inspector, discrepancy, declaration, protocol="https")
tm.flow(inspector, console, case_outcome, protocol="https")
tm.flow(console, case_queue, case_outcome)
