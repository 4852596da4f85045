"""Pharmacy shift rota agent: the first design, before any security review.

Every week an LLM agent drafts a staff rota for each branch of the pharmacy chain.
It reads the footfall forecast, the branch's prescription volumes from the
dispensing system, and the availability staff submit in the staff mobile app, and
it must keep a registered pharmacist on every shift (the rule is in its
instructions; registration numbers come from the staff records). Draft rotas land
in the workforce management system, where the branch manager approves or edits
them; approved hours are exported to the external payroll provider. Staff can
also chat with the agent in the app to swap shifts, and the agent applies agreed
swaps to the published rota. The agent runs in the chain's cloud account and
calls a hosted LLM. Controls: employee SSO with MFA on the app, manager approval
of each weekly rota, role-based access and audit logging in the workforce system,
a step limit on the agent, TLS on every link and SFTP to payroll.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy shift rota agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent drafting branch rotas and handling shift swaps for pharmacy staff.",
)

# ---------------------------------------------------------------- data assets
availability = tg.Data(
    "Staff availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Days and hours each person can work, with free-text reasons.",
)
swap_message = tg.Data("Shift swap chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent chat reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
forecast = tg.Data("Footfall forecast", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
volumes = tg.Data("Prescription volumes", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
staff_records = tg.Data(
    "Staff records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Role, contracted hours, branch and pharmacist registration number.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Rota data query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data("Rota inputs", kind="tool-result", sensitivity=tg.Sensitivity.PII)
draft_rota = tg.Data(
    "Draft rota",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
swap_call = tg.Data("Shift swap request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
rota = tg.Data(
    "Published rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
approval = tg.Data("Rota approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
hours = tg.Data(
    "Worked hours export",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pharmacists, technicians and counter assistants, on their own phones.
    staff = tm.add(tg.Actor("Pharmacy staff member", role="employee"))
    # The staff app on personal phones: availability, rota view and swap chat.
    app = tm.add(tg.Device("Staff mobile app", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payroll provider", trust=tg.Trust.PARTNER):
    # Outsourced payroll bureau that pays staff from the exported hours.
    payroll = tm.add(tg.ExternalService("Payroll provider"))

with tm.boundary("Chain cloud account", trust=tg.Trust.INTERNAL):
    # Backend of the staff app: sign-in, availability capture and chat relay.
    app_api = tm.add(
        tg.Endpoint(
            "Staff app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="employee SSO (OIDC) with authenticator-app MFA")},
        )
    )
    # Where submitted availability is kept until the rota week is drafted.
    availability_store = tm.add(tg.DataStore("Availability store", stores={availability}))
    # Drafts weekly rotas on a schedule and handles swap conversations.
    agent = tm.add(
        tg.Agent(
            "Rota agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=40)},
            description="Weekly drafting run per branch, plus chat sessions for swaps.",
        )
    )
    # Reads availability, forecasts, prescription volumes and staff records.
    lookup_tool = tm.add(tg.Tool("Rota data lookup", capabilities={"read"}))
    # Files a branch's draft rota in the workforce system for the manager.
    draft_tool = tm.add(tg.Tool("Draft rota submitter", capabilities={"write"}))
    # Moves a shift from one person to another on the published rota.
    swap_tool = tm.add(tg.Tool("Shift swap tool", capabilities={"write", "send-messages"}))

with tm.boundary("Head office systems", trust=tg.Trust.INTERNAL):
    # Demand forecasting team's weekly footfall forecast per branch.
    forecasts = tm.add(tg.DataSource("Footfall forecast feed", provides={forecast}))
    # Patient medication records system; only aggregate volumes leave it.
    dispensing = tm.add(tg.DataSource("Dispensing system", provides={volumes}))
    # The workforce management system: rotas, approvals, time and attendance.
    wfm = tm.add(
        tg.Service(
            "Workforce management system",
            controls={
                c.RBAC(),
                c.AuditLogging(retention_days=730),
                c.HumanInTheLoop(approver="branch manager approves each weekly rota"),
            },
        )
    )
    # System of record behind the workforce system.
    wfm_db = tm.add(tg.DataStore("Workforce database", stores={staff_records, rota}))

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Approves and edits the draft rota for their branch.
    manager = tm.add(tg.Actor("Branch manager", role="manager"))

# ---------------------------------------------------------------- flows
tm.flow(staff, app, availability, swap_message, label="typed in the app")
tm.flow(app, staff, rota, agent_reply)
tm.flow(app, app_api, availability, swap_message, protocol="https")
tm.flow(app_api, app, rota, agent_reply, protocol="https")
tm.flow(app_api, availability_store, availability)

tm.flow(app_api, agent, swap_message, protocol="https")
tm.flow(agent, app_api, agent_reply, protocol="https")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(availability_store, lookup_tool, availability)
tm.flow(forecasts, lookup_tool, forecast, protocol="https")
tm.flow(dispensing, lookup_tool, volumes, protocol="https")
tm.flow(wfm_db, lookup_tool, staff_records, rota, protocol="https")

tm.flow(agent, draft_tool, draft_rota)
tm.flow(draft_tool, wfm, draft_rota, protocol="https")
tm.flow(agent, swap_tool, swap_call)
tm.flow(swap_tool, wfm, swap_call, protocol="https")
tm.flow(swap_tool, app_api, agent_reply, protocol="https", label="notifies the colleague")

tm.flow(wfm, manager, draft_rota, protocol="https")
tm.flow(manager, wfm, approval, protocol="https")
tm.flow(wfm, wfm_db, rota)
tm.flow(wfm_db, wfm, rota, staff_records)
tm.flow(wfm, payroll, hours, protocol="sftp", label="weekly hours export")
