"""Grant application eligibility agent: the first design, before any security review.

Charities and community groups apply to our open grant programmes on the grants
portal of our SaaS grants management system, filling in a form and uploading their
accounts, governing document and project budget. For each new application, an LLM
agent in our cloud tenant reads the form and documents, checks them against the
programme's eligibility criteria, looks the applicant up in the Charity Commission
register (registration status, income, late filings) and reads our past grants to
them, then writes a draft eligibility assessment and recommendation back to the
grants system. A grants officer reviews and edits every draft before it goes into
the grants panel's papers, and the panel decides. The model is a hosted LLM reached
over HTTPS under a vendor agreement (UK region, no training on our data). Applicants
sign in with e-mail and password; staff use Microsoft 365 SSO with MFA. The agent is
capped at 25 steps per application and its draft tool cannot change an award.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Grant application eligibility agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Checks grant applications against eligibility criteria and drafts "
    "recommendations for the grants panel.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Grant application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Organisation, charity number, project, amount asked, contact person.",
)
documents = tg.Data(
    "Supporting documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Annual accounts, governing document, project budget, safeguarding policy.",
)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
criteria = tg.Data(
    "Eligibility criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-programme criteria and assessment guidance.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
register_query = tg.Data(
    "Charity number query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC
)
register_entry = tg.Data(
    "Charity register entry",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Registration status, income, trustees and filing history.",
)
history_query = tg.Data(
    "Applicant history query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
grant_history = tg.Data(
    "Grant history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Our past grants to the applicant, monitoring reports and concerns.",
)
draft = tg.Data(
    "Draft eligibility recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Criterion-by-criterion assessment and a fund / do-not-fund recommendation.",
)
reviewed = tg.Data(
    "Reviewed recommendation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
panel_paper = tg.Data("Panel papers", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
panel_decision = tg.Data("Panel decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
trace = tg.Data("Agent trace", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff or volunteers of the applying organisation.
    applicant = tm.add(tg.Actor("Applicant", role="applicant organisation contact"))

with tm.boundary("Grants management SaaS", trust=tg.Trust.PARTNER):
    # The vendor-hosted application portal of our grants system.
    portal = tm.add(
        tg.Endpoint(
            "Grants portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF and DOCX uploads only, 20 MB limit"),
            },
        )
    )
    # Application forms and uploaded files.
    app_store = tm.add(
        tg.DataStore(
            "Application document store",
            stores={application, documents},
            controls={c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )
    # The grants system of record: applicants, grants, recommendations, decisions.
    gms = tm.add(
        tg.DataStore(
            "Grants management system",
            stores={application, grant_history, draft, reviewed, panel_decision},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )

with tm.boundary("Charity cloud tenant", trust=tg.Trust.INTERNAL):
    # Reads each new application, checks it and drafts the recommendation.
    agent = tm.add(
        tg.Agent(
            "Eligibility agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=25),
                c.HumanInTheLoop(
                    approver="grants officer",
                    note="every draft is reviewed and edited before it reaches the panel",
                ),
            },
        )
    )
    # Programme criteria and guidance the agent checks against.
    criteria_store = tm.add(tg.DataStore("Eligibility criteria library", stores={criteria}))
    # Looks a charity number up in the public register.
    register_tool = tm.add(
        tg.Tool("Charity register lookup", capabilities={"read", "network-egress"})
    )
    # Reads our own past grants to the applicant.
    history_tool = tm.add(tg.Tool("Grant history lookup", capabilities={"read"}))
    # Writes the draft into the grants system.
    draft_tool = tm.add(
        tg.Tool(
            "Draft recommendation writer",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(
                    note="API user can only create draft notes; it cannot change status or award"
                )
            },
        )
    )
    # Keeps each run's prompts, tool calls and output for troubleshooting.
    trace_store = tm.add(tg.DataStore("Agent trace log", stores={trace}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; UK region; no training on inputs")},
        )
    )

with tm.boundary("Charity Commission", trust=tg.Trust.PARTNER):
    # The regulator's public register of charities API.
    register_api = tm.add(tg.ExternalService("Register of charities API", provides="data-provider"))

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Reviews, edits and signs off each draft.
    officer = tm.add(tg.Actor("Grants officer", role="grants staff"))
    # Web app where officers review drafts and build panel papers.
    console = tm.add(
        tg.Service(
            "Grants review console",
            controls={c.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )
    # Trustees and advisers who decide the awards.
    panel = tm.add(tg.Actor("Grants panel", role="trustees and advisers"))

# ---------------------------------------------------------------- flows
# Applying.
tm.flow(applicant, portal, application, documents, protocol="https")
tm.flow(portal, app_store, application, documents)
tm.flow(portal, gms, application)
tm.flow(gms, portal, status)
tm.flow(portal, applicant, status, protocol="https")

# The agent's run.
tm.flow(app_store, agent, application, documents, protocol="https", label="new application queued")
tm.flow(criteria_store, agent, criteria)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, register_tool, register_query)
tm.flow(register_tool, register_api, register_query, protocol="https")
tm.flow(register_api, register_tool, register_entry, protocol="https")
tm.flow(register_tool, agent, register_entry)

tm.flow(agent, history_tool, history_query)
tm.flow(history_tool, gms, history_query, protocol="https")
tm.flow(gms, history_tool, grant_history, protocol="https")
tm.flow(history_tool, agent, grant_history)

tm.flow(agent, draft_tool, draft)
tm.flow(draft_tool, gms, draft, protocol="https")
tm.flow(agent, trace_store, trace)

# Review and decision.
tm.flow(gms, console, application, draft, grant_history, protocol="https")
tm.flow(console, officer, application, draft, protocol="https")
tm.flow(officer, console, reviewed, protocol="https")
tm.flow(console, gms, reviewed, protocol="https")
tm.flow(console, panel, panel_paper, protocol="https")
tm.flow(panel, console, panel_decision, protocol="https")
tm.flow(console, gms, panel_decision, protocol="https", id="console->gms:decision")
