"""Theatre list scheduling agent: the first design, before any security review.

An NHS acute trust wants to cut the hours theatre managers spend building elective
operating lists. An LLM agent in the trust's Azure tenant reads the waiting list
from the patient administration system (PAS), surgeon and anaesthetist rotas from
the hosted e-rostering system and equipment bookings, proposes session-by-session
lists and places provisional holds on equipment. Proposals go to a draft store;
theatre managers review, edit and approve them in a web console, and only an
approved list is published to the theatre management system staff work from.
Staff sign in through the trust's Entra ID with MFA and only the theatre manager
role can approve. The LLM is vendor-hosted in a UK region under an enterprise
agreement; prompts carry a pseudonymised patient reference, not names.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Theatre list scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent proposing elective theatre lists for theatre managers to approve.",
)

# ---------------------------------------------------------------- data assets
waiting_list = tg.Data(
    "Elective waiting list entries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Hospital number, procedure, clinical priority, date listed, "
    "estimated duration, anaesthetic type and special requirements.",
)
rotas = tg.Data(
    "Surgeon and anaesthetist rotas",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who is on which session, leave and on-call commitments.",
)
equipment = tg.Data(
    "Equipment bookings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Availability and bookings of robots, imaging and loan sets.",
)
equipment_hold = tg.Data(
    "Provisional equipment hold",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
)
planning_request = tg.Data(
    "List planning request",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which specialty, theatres and week to plan, with any manager notes.",
)
prompt = tg.Data(
    "Scheduling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus pseudonymised waiting list entries, rotas and kit.",
)
completion = tg.Data("LLM scheduling response", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
proposed_list = tg.Data(
    "Proposed theatre list",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approval = tg.Data("List approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
published_list = tg.Data(
    "Published theatre list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
sign_in = tg.Data("Staff sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Trust clinical network", trust=tg.Trust.INTERNAL):
    # Approves and publishes the lists; the only human decision point.
    theatre_manager = tm.add(tg.Actor("Theatre manager", role="theatre manager"))
    # Surgeons, anaesthetists and theatre nurses who work from the published list.
    theatre_staff = tm.add(tg.Actor("Theatre staff", role="clinical staff"))
    # Existing system of record for the elective waiting list.
    pas = tm.add(
        tg.DataStore(
            "Patient administration system",
            stores={waiting_list},
            controls={c.EncryptionAtRest(note="existing trust platform"), c.RBAC()},
        )
    )
    # Existing in-house booking system for theatre equipment.
    equipment_system = tm.add(tg.DataStore("Equipment booking system", stores={equipment}))
    # Existing theatre management system that holds the lists staff work from.
    tms = tm.add(tg.DataStore("Theatre management system", stores={published_list}))

with tm.boundary("Scheduling platform", trust=tg.Trust.INTERNAL):
    # Web console where managers start a planning run and review proposals.
    console = tm.add(
        tg.Endpoint(
            "Scheduling console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID single sign-on (OIDC) with MFA"),
                c.RBAC(note="only the theatre manager role can approve"),
            },
        )
    )
    # The LLM agent that assembles lists from the three sources.
    agent = tm.add(
        tg.Agent(
            "Theatre list agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.DataMinimization(note="prompts use a pseudonymised patient reference"),
                c.ImpactAssessment(
                    basis="UK GDPR Art. 6(1)(e) public task; Art. 9(2)(h) provision of health care"
                ),
            },
        )
    )
    # Reads waiting list entries from the PAS FHIR API.
    waiting_list_tool = tm.add(
        tg.Tool(
            "Waiting list lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only FHIR scope on the PAS")},
        )
    )
    # Reads rotas from the e-rostering system's API.
    rota_tool = tm.add(tg.Tool("Rota lookup tool", capabilities={"read"}))
    # Checks equipment availability and places provisional holds for proposed sessions.
    equipment_tool = tm.add(tg.Tool("Equipment booking tool", capabilities={"read", "write"}))
    # Holds proposals until a manager approves or rejects them.
    drafts = tm.add(tg.DataStore("Draft list store", stores={proposed_list}))
    # Pushes approved lists into the theatre management system.
    publisher = tm.add(
        tg.Service(
            "List publisher",
            controls={
                c.HumanInTheLoop(approver="theatre manager for the specialty"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Trust identity", trust=tg.Trust.INTERNAL):
    # The trust's Entra ID tenant, used for staff single sign-on.
    idp = tm.add(tg.ExternalService("Trust identity provider", provides="identity-provider"))

with tm.boundary("E-rostering vendor", trust=tg.Trust.PARTNER):
    # Hosted e-rostering service the trust already uses for medical rotas.
    rota_system = tm.add(tg.DataStore("E-rostering system", stores={rotas}))

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # Vendor-hosted model under the trust's enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DTAC and DSPT review, no training on prompts")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(theatre_manager, console, planning_request, protocol="https")
tm.flow(console, idp, sign_in, protocol="oidc", label="sign-in")
tm.flow(idp, console, sign_in, protocol="oidc", label="ID token")
tm.flow(console, agent, planning_request)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, waiting_list_tool, tool_call)
tm.flow(pas, waiting_list_tool, waiting_list, protocol="https", label="FHIR API")
tm.flow(waiting_list_tool, agent, waiting_list)

tm.flow(agent, rota_tool, tool_call)
tm.flow(rota_system, rota_tool, rotas, protocol="https")
tm.flow(rota_tool, agent, rotas)

tm.flow(agent, equipment_tool, tool_call, equipment_hold)
tm.flow(equipment_system, equipment_tool, equipment)
tm.flow(equipment_tool, equipment_system, equipment_hold, label="provisional hold")
tm.flow(equipment_tool, agent, equipment)

tm.flow(agent, drafts, proposed_list)
tm.flow(drafts, console, proposed_list)
tm.flow(console, theatre_manager, proposed_list, protocol="https")
tm.flow(theatre_manager, console, approval, protocol="https", id="manager-approves")
tm.flow(console, publisher, approval)
tm.flow(drafts, publisher, proposed_list)
tm.flow(publisher, tms, published_list)
tm.flow(tms, theatre_staff, published_list)
