"""Foster carer matching agent: the first design, before any security review.

A local authority's children's services team wants help finding foster placements.
A social worker records a child's needs in the case management system, then opens
the placement assistant (an internal web app, council single sign-on) and asks it
for matches. An LLM agent reads the child's case summary and the register of
approved foster carers (profiles, household details, availability), calls a hosted
LLM under a council contract, and drafts a shortlist with reasons. The social
worker picks the carers to approach; only then does the agent send each of them an
anonymised placement enquiry through the council mail gateway. The shortlist is
saved to the case record, and the placement panel makes the decision. Foster carers
keep their availability and household details up to date in an internet-facing
carer portal (e-mail and password sign-in). The case system keeps an audit trail;
the agent logs its runs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Foster carer matching agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that drafts foster placement shortlists for social workers.",
)

# ---------------------------------------------------------------- data assets
child_needs = tg.Data(
    "Child's needs assessment",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Health, education, behaviour, identity and contact arrangements of a looked-after child.",
)
case_summary = tg.Data(
    "Child case summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
carer_profiles = tg.Data(
    "Foster carer profiles and availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Approval category, household members, address, skills, vacancies.",
)
availability_update = tg.Data(
    "Availability and household update", kind="records", sensitivity=tg.Sensitivity.PII
)
matching_request = tg.Data(
    "Matching request",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The social worker's request naming the child's case and any constraints.",
)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
llm_prompt = tg.Data(
    "Matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the case summary and candidate carer profiles.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
shortlist = tg.Data(
    "Placement shortlist with reasons",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
carer_selection = tg.Data(
    "Carers chosen for enquiry", kind="records", sensitivity=tg.Sensitivity.PII
)
enquiry = tg.Data(
    "Anonymised placement enquiry",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Age range, needs and timescales, without the child's name or address.",
)
enquiry_reply = tg.Data("Carer reply to enquiry", kind="documents", sensitivity=tg.Sensitivity.PII)
panel_papers = tg.Data(
    "Placement panel papers", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
panel_decision = tg.Data("Placement decision", kind="records", sensitivity=tg.Sensitivity.REGULATED)
agent_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Approved foster carers, at home, on their own devices.
    carer = tm.add(tg.Actor("Foster carer", role="approved foster carer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, under the council's contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model; contract says no training on council data.",
            controls={c.SupplierAssessment(note="DPIA and procurement review of the vendor")},
        )
    )

with tm.boundary("Council DMZ", trust=tg.Trust.INTERNAL):
    # Where carers keep their own details current; the register is only as good as this.
    portal = tm.add(
        tg.Endpoint(
            "Carer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Council outbound mail; carries the enquiries out and the replies in.
    mail = tm.add(tg.Service("Council mail gateway"))

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # The people who ask for matches and choose whom to approach.
    social_worker = tm.add(tg.Actor("Social worker", role="children's social worker"))
    # Makes the placement decision from the papers; the agent never decides.
    panel = tm.add(tg.Actor("Placement panel", role="panel member"))
    # The web front end social workers use to run the agent and review its shortlist.
    assistant_app = tm.add(
        tg.Endpoint(
            "Placement assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="council SSO with MFA"), c.RBAC()},
        )
    )
    # The LLM agent: gathers the case and carer data, drafts the shortlist, sends enquiries.
    agent = tm.add(
        tg.Agent(
            "Placement matching agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Tool-calling agent built on the hosted LLM.",
        )
    )
    # Read-only access to the child's case summary for the agent.
    case_tool = tm.add(tg.Tool("Case summary lookup", capabilities={"read"}))
    # Read-only access to approved carers' profiles and availability.
    carer_tool = tm.add(tg.Tool("Carer register lookup", capabilities={"read"}))
    # Sends the anonymised enquiry to the carers the social worker picked.
    email_tool = tm.add(
        tg.Tool(
            "Enquiry e-mail tool",
            capabilities={"send-messages"},
            controls={c.HumanInTheLoop(approver="the allocated social worker")},
        )
    )
    # Record of each agent run: prompts, tool calls and the shortlist produced.
    run_log = tm.add(tg.DataStore("Agent run log store", stores={agent_log}))

    with tm.boundary("Children's social care systems", trust=tg.Trust.RESTRICTED):
        # System of record for the child's case; the shortlist is filed here too.
        cms = tm.add(
            tg.DataStore(
                "Case management system",
                stores={child_needs, case_summary, shortlist, panel_decision},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="database TDE"),
                },
            )
        )
        # The register of approved foster carers the agent matches against.
        register = tm.add(
            tg.DataStore(
                "Carer register",
                stores={carer_profiles},
                controls={c.EncryptionAtRest(key_management="database TDE")},
            )
        )

# ---------------------------------------------------------------- flows
# Recording the child's needs
tm.flow(social_worker, cms, child_needs, protocol="https", label="records needs")
tm.flow(cms, social_worker, case_summary, protocol="https")

# Asking for matches
tm.flow(social_worker, assistant_app, matching_request, protocol="https")
tm.flow(assistant_app, agent, matching_request)
tm.flow(agent, case_tool, tool_call)
tm.flow(case_tool, cms, tool_call, label="case query")
tm.flow(cms, case_tool, case_summary)
tm.flow(case_tool, agent, case_summary)
tm.flow(agent, carer_tool, tool_call)
tm.flow(carer_tool, register, tool_call, label="carer query")
tm.flow(register, carer_tool, carer_profiles)
tm.flow(carer_tool, agent, carer_profiles)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, assistant_app, shortlist)
tm.flow(assistant_app, social_worker, shortlist, protocol="https")
tm.flow(agent, run_log, agent_log)

# Choosing carers and sending enquiries
tm.flow(social_worker, assistant_app, carer_selection, protocol="https")
tm.flow(assistant_app, agent, carer_selection)
tm.flow(agent, email_tool, enquiry, carer_selection)
tm.flow(email_tool, mail, enquiry, protocol="smtp")
tm.flow(mail, carer, enquiry, protocol="smtp+starttls")
tm.flow(carer, mail, enquiry_reply, protocol="smtp+starttls", label="replies by e-mail")
tm.flow(mail, social_worker, enquiry_reply, protocol="smtp")

# Filing the shortlist and the panel decision
tm.flow(assistant_app, cms, shortlist, label="saved to case record")
tm.flow(cms, panel, panel_papers, protocol="https")
tm.flow(panel, cms, panel_decision, protocol="https")

# Carers keeping their details current
tm.flow(carer, portal, availability_update, protocol="https")
tm.flow(portal, register, availability_update)
tm.flow(register, portal, carer_profiles)
tm.flow(portal, carer, carer_profiles, protocol="https")
