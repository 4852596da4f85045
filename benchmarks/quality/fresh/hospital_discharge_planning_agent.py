"""Hospital discharge planning agent: the first design, before any security review.

Case managers open a discharge planning workspace inside the EHR and ask the agent
to prepare a plan for a patient expected to leave. The agent, running in the
hospital's network, reads the patient's chart from the EHR over FHIR, checks the
bed census and post-acute openings (nursing homes and home-care agencies, from the
regional referral network the hospital subscribes to), retrieves discharge
instruction templates and patient education texts, and uses an LLM hosted by a
cloud vendor under a business associate agreement to draft discharge instructions
and referral packets. Drafts wait in a draft store; the case manager reviews and
approves them, and only then does the agent file the instructions in the chart and
send the referrals through the referral network, whose providers answer there.
Staff sign in with hospital SSO, the EHR is role-based and audited, stores are
encrypted, and every agent action is logged.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Hospital discharge planning agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Agent that drafts discharge plans and post-acute referrals for case manager approval.",
)

# ---------------------------------------------------------------- data assets
task = tg.Data(
    "Discharge planning request",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient and encounter id, expected discharge date and case manager notes.",
)
chart = tg.Data(
    "Patient chart",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Problems, medications, notes, functional status, insurance and contacts.",
)
chart_query = tg.Data("Chart query", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
chart_extract = tg.Data("Chart extract", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED)
capacity_query = tg.Data(
    "Capacity query",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Level of care needed, payer, location and services required.",
)
bed_census = tg.Data("Bed census", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
openings = tg.Data(
    "Post-acute openings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Available nursing home beds and home-care slots with accepted payers.",
)
capacity_result = tg.Data(
    "Capacity result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
templates = tg.Data(
    "Instruction templates and education texts",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
llm_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, chart extract, capacity results and templates.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
draft_plan = tg.Data(
    "Draft discharge plan",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Discharge instructions and referral packets awaiting approval.",
)
approval = tg.Data(
    "Case manager approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approve, edit or reject, per document, by the case manager.",
)
filing_call = tg.Data("Filing request", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
instructions = tg.Data(
    "Approved discharge instructions", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
referral_call = tg.Data("Referral request", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
referral = tg.Data(
    "Referral packet",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Face sheet, diagnoses, medications, therapy needs and insurance.",
)
referral_response = tg.Data(
    "Referral response",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Acceptance or decline from the receiving provider.",
)
tool_status = tg.Data("Tool status", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Owns the discharge: asks for the plan, and approves or edits every document.
    case_manager = tm.add(tg.Actor("Case manager", role="case manager"))
    # The case manager's screen, embedded in the EHR, where plans are requested and approved.
    workspace = tm.add(
        tg.Endpoint(
            "Discharge planning workspace",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hospital SSO (SAML)"), c.RBAC()},
        )
    )
    # Plans the steps, calls the tools and the LLM, and assembles the drafts.
    agent = tm.add(
        tg.Agent(
            "Discharge planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="case manager"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Reads the patient's chart through the EHR's FHIR API with a service account.
    chart_tool = tm.add(tg.Tool("Chart reader", capabilities={"read"}))
    # Checks our bed census and queries the referral network for post-acute openings.
    capacity_tool = tm.add(tg.Tool("Capacity lookup", capabilities={"read", "network-egress"}))
    # Files the approved instructions into the patient's chart.
    filing_tool = tm.add(tg.Tool("Chart document filer", capabilities={"write"}))
    # Sends approved referral packets to the chosen providers through the referral network.
    referral_tool = tm.add(
        tg.Tool(
            "Referral sender",
            capabilities={"send-messages", "network-egress"},
            controls={c.HumanInTheLoop(approver="case manager")},
        )
    )
    # Keeps drafts until the case manager decides on them.
    draft_store = tm.add(
        tg.DataStore(
            "Draft store",
            stores={draft_plan},
            controls={c.EncryptionAtRest(key_management="hospital KMS")},
        )
    )
    # Approved discharge instruction templates and patient education texts the agent cites.
    template_index = tm.add(tg.VectorStore("Template and education index", stores={templates}))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The system of record for charts, bed census and filed documents.
        ehr = tm.add(
            tg.DataStore(
                "EHR",
                stores={chart, bed_census, instructions},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="EHR vendor managed"),
                },
            )
        )

with tm.boundary("LLM vendor cloud", trust=tg.Trust.PARTNER):
    # Drafts instructions and referral text; covered by the vendor's BAA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed, no training on our data")},
        )
    )

with tm.boundary("Referral network vendor", trust=tg.Trust.PARTNER):
    # The regional post-acute referral platform: openings, referrals and responses.
    referral_network = tm.add(
        tg.ExternalService(
            "Post-acute referral network", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Post-acute providers", trust=tg.Trust.PARTNER):
    # Nursing homes and home-care agencies who receive referrals and answer them.
    providers = tm.add(tg.Actor("Nursing homes and home-care agencies", role="post-acute provider"))

# ---------------------------------------------------------------- flows
# request and review
tm.flow(case_manager, workspace, task, approval, protocol="https")
tm.flow(workspace, case_manager, draft_plan, protocol="https")
tm.flow(workspace, agent, task, approval)
tm.flow(agent, workspace, draft_plan, label="drafts ready")
tm.flow(agent, draft_store, draft_plan)
tm.flow(draft_store, agent, draft_plan)
tm.flow(draft_store, workspace, draft_plan)
tm.flow(workspace, draft_store, draft_plan, label="case manager edits")

# reading the chart
tm.flow(agent, chart_tool, chart_query)
tm.flow(chart_tool, ehr, chart_query, protocol="https", label="FHIR")
tm.flow(ehr, chart_tool, chart, protocol="https", label="FHIR")
tm.flow(chart_tool, agent, chart_extract)

# capacity
tm.flow(agent, capacity_tool, capacity_query)
tm.flow(capacity_tool, ehr, capacity_query, protocol="https", label="bed census")
tm.flow(ehr, capacity_tool, bed_census, protocol="https")
tm.flow(capacity_tool, referral_network, capacity_query, protocol="https")
tm.flow(referral_network, capacity_tool, openings, protocol="https")
tm.flow(capacity_tool, agent, capacity_result)

# drafting
tm.flow(agent, template_index, task, label="template search")
tm.flow(template_index, agent, templates)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# after approval: filing and referrals
tm.flow(agent, filing_tool, filing_call, instructions)
tm.flow(filing_tool, ehr, instructions, protocol="https", label="FHIR DocumentReference")
tm.flow(filing_tool, agent, tool_status)
tm.flow(agent, referral_tool, referral_call, referral)
tm.flow(referral_tool, referral_network, referral, protocol="https")
tm.flow(referral_network, providers, referral, protocol="https")
tm.flow(providers, referral_network, referral_response, protocol="https")
tm.flow(referral_network, referral_tool, referral_response, protocol="https")
tm.flow(referral_tool, agent, referral_response, tool_status)
tm.flow(agent, workspace, referral_response, label="referral status")
