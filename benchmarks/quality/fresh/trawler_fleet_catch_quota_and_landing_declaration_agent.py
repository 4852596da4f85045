"""Trawler fleet catch quota and landing declaration agent: first design.

A fishing company in the EU runs a fleet of demersal trawlers. An LLM agent in
the company's cloud tenant helps skippers at sea and the quota manager ashore:
it answers questions about remaining quota per species and area, reconciles the
hauls recorded in each vessel's electronic logbook with the buyers' sales notes,
and drafts the landing declaration for each trip. Skippers talk to it from the
fleet app over the vessel's satellite link; the agent reads the quota register
and the logbook mirror through read-only tools and, once the skipper approves a
draft in the app, submits it to the national fisheries authority's reporting
system through a submission tool. The agent's model is a hosted LLM. Controls
in this design: company accounts with MFA, the skipper's approval of every
declaration, a step limit on the agent, mutual TLS and a vaulted certificate
for the authority link, role-based access to the quota register, and logging.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Trawler fleet catch quota and landing declaration agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that tracks quota uptake and drafts and submits landing declarations.",
)

# ---------------------------------------------------------------- data assets
skipper_message = tg.Data(
    "Skipper message",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Questions about quota and requests to prepare a trip's declaration.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
declaration_draft = tg.Data(
    "Landing declaration draft",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
skipper_approval = tg.Data(
    "Skipper approval of declaration", kind="records", sensitivity=tg.Sensitivity.PII
)
haul_records = tg.Data(
    "Haul catch records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per-haul species estimates, positions and times, with the skipper's name.",
)
sales_notes = tg.Data(
    "Buyer sales notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Weights and prices per species sold at first sale.",
)
quota_balances = tg.Data(
    "Quota balances",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
quota_updates = tg.Data(
    "Quota holdings and leases", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, conversation, tool results and the draft in progress.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
declaration = tg.Data(
    "Submitted landing declaration",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
receipt = tg.Data("Authority receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Trawler at sea", trust=tg.Trust.INTERNAL):
    # The skipper asks about quota and approves each trip's declaration.
    skipper = tm.add(tg.Actor("Skipper", role="vessel skipper"))
    # The certified e-logbook software in the wheelhouse records every haul.
    elogbook = tm.add(
        tg.Device("Electronic logbook terminal", fleet=True, description="One per vessel.")
    )

with tm.boundary("Shore office", trust=tg.Trust.INTERNAL):
    # Keeps the quota register up to date and follows uptake across the fleet.
    quota_manager = tm.add(tg.Actor("Quota manager", role="quota manager"))

with tm.boundary("Buyers and auctions", trust=tg.Trust.PARTNER):
    # First-sale buyers and the fish auction send sales notes after landing.
    sales_feed = tm.add(
        tg.DataSource("Auction sales notes feed", origin=tg.Origin.PARTNER, provides={sales_notes})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="EU region, no training on our data")},
        )
    )

with tm.boundary("Fisheries authority", trust=tg.Trust.PARTNER):
    # The national electronic reporting system that receives landing declarations.
    authority = tm.add(tg.ExternalService("Fisheries authority reporting system"))

with tm.boundary("Company cloud tenant", trust=tg.Trust.INTERNAL):
    # Fleet app back end: skippers and the quota manager reach the agent here.
    gateway = tm.add(
        tg.Endpoint(
            "Fleet assistant gateway",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company Entra ID accounts with MFA")},
        )
    )
    # The LLM agent that answers, reconciles and drafts declarations.
    agent = tm.add(
        tg.Agent(
            "Landing declaration agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the vessel's skipper, in the fleet app"),
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(retention_days=1095),
            },
        )
    )
    # Read-only lookup of remaining quota per vessel, species and area.
    quota_tool = tm.add(tg.Tool("Quota balance lookup", capabilities={"read"}))
    # Read-only access to haul records and matching sales notes.
    logbook_tool = tm.add(tg.Tool("Logbook and sales notes reader", capabilities={"read"}))
    # Sends an approved declaration to the authority and records the receipt.
    submit_tool = tm.add(
        tg.Tool(
            "Declaration submission tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="authority client certificate in Key Vault")},
        )
    )

    with tm.boundary("Fleet data", trust=tg.Trust.RESTRICTED):
        # The company's record of quota held, leased and used.
        quota_register = tm.add(
            tg.DataStore(
                "Quota register",
                stores={quota_balances, quota_updates},
                controls={c.RBAC(note="quota manager edits; tools read")},
            )
        )
        # Shore copy of every vessel's e-logbook, with the sales notes beside it.
        logbook_mirror = tm.add(
            tg.DataStore(
                "Logbook mirror",
                stores={haul_records, sales_notes},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Every draft, approval, submitted declaration and receipt.
        declaration_archive = tm.add(
            tg.DataStore("Declaration archive", stores={declaration_draft, declaration, receipt})
        )

# ---------------------------------------------------------------- flows
tm.flow(skipper, gateway, skipper_message, skipper_approval, protocol="https", label="over VSAT")
tm.flow(gateway, skipper, agent_reply, declaration_draft, protocol="https", label="over VSAT")
tm.flow(quota_manager, gateway, skipper_message, protocol="https")
tm.flow(gateway, quota_manager, agent_reply, protocol="https")
tm.flow(gateway, agent, skipper_message, skipper_approval)
tm.flow(agent, gateway, agent_reply, declaration_draft)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, quota_tool, tool_call)
tm.flow(quota_register, quota_tool, quota_balances)
tm.flow(quota_tool, agent, tool_result)

tm.flow(agent, logbook_tool, tool_call)
tm.flow(logbook_mirror, logbook_tool, haul_records, sales_notes)
tm.flow(logbook_tool, agent, tool_result)

tm.flow(agent, declaration_archive, declaration_draft, label="draft saved")
tm.flow(agent, submit_tool, tool_call, declaration, label="submit approved declaration")
tm.flow(submit_tool, authority, declaration, protocol="mtls")
tm.flow(authority, submit_tool, receipt, protocol="mtls")
tm.flow(submit_tool, declaration_archive, declaration, receipt)
tm.flow(submit_tool, agent, tool_result)

tm.flow(elogbook, logbook_mirror, haul_records, protocol="https", label="haul sync over VSAT")
tm.flow(sales_feed, logbook_mirror, sales_notes, protocol="sftp")
tm.flow(quota_manager, quota_register, quota_updates, protocol="https")
tm.flow(declaration_archive, quota_register, declaration, label="uptake booked against quota")
