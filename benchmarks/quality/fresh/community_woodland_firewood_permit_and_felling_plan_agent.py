"""Community woodland firewood permits: the first design.

A community woodland group lets its members collect firewood under permit.
Members sign in to the group's member portal (e-mail and password) and apply,
saying how much wood they want, from which compartment, and adding free-text
notes. A permit agent, built on a hosted LLM, reads each application, looks up
the felling plan, the consultant arborist's tree survey and this season's
harvest log, and issues a permit when the request fits the plan; the permit is
saved in the register and e-mailed to the member. The agent runs with a step
limit and every run is logged. The woodland coordinator uploads the felling
plan and survey through the portal's admin pages and can revoke permits.
Volunteer wardens record what was actually taken on a phone app, each with
their own sign-in. Everything runs on one hosted platform account.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community woodland firewood permit and felling plan agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Members apply for firewood permits; an LLM agent checks the felling plan "
        "and tree survey and issues permits; wardens log what was taken."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Firewood permit application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member name, address, compartment, volume wanted, free-text notes.",
)
app_status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
members = tg.Data("Member records", kind="records", sensitivity=tg.Sensitivity.PII)
member_credentials = tg.Data(
    "Member password hashes", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
felling_plan = tg.Data(
    "Felling plan",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Compartments, trees marked for felling, annual volume allowance.",
)
tree_survey = tg.Data(
    "Tree survey",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Arborist's survey, including veteran trees and bat roost locations.",
)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
plan_query = tg.Data("Plan lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
plan_extract = tg.Data(
    "Plan, survey and harvest extract", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
issue_call = tg.Data("Permit issue call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
permit = tg.Data(
    "Firewood permit",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Permit number, member, compartment, volume and validity dates.",
)
harvest = tg.Data(
    "Harvest records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Permit number, what was taken, volume, date, warden.",
)
warden_view = tg.Data("Permits due today", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Group members applying for firewood.
    member = tm.add(tg.Actor("Member", role="woodland group member"))
    # Volunteer wardens out in the wood.
    warden = tm.add(tg.Actor("Warden", role="volunteer warden"))
    # The wardens' own phones running the harvest app.
    phone_app = tm.add(tg.Device("Warden phone app", description="App on wardens' own phones."))
    # Group's volunteer coordinator, administering plans and permits from home.
    coordinator = tm.add(
        tg.Actor("Woodland coordinator", role="volunteer coordinator", privileged=True)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Sends permits and status e-mails to members.
    mailer = tm.add(tg.ExternalService("E-mail service"))

with tm.boundary("Hosted platform", trust=tg.Trust.INTERNAL):
    # Member-facing portal, with admin pages for the coordinator.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="member and admin roles"),
            },
        )
    )
    # API the warden phone app talks to.
    harvest_api = tm.add(
        tg.Endpoint(
            "Harvest log API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="each warden's own e-mail and password")},
        )
    )
    # Members, their sign-in and their applications.
    member_db = tm.add(
        tg.DataStore("Membership database", stores={members, member_credentials, application})
    )
    # The current felling plan and tree survey documents.
    woodland_records = tm.add(
        tg.DataStore("Woodland records store", stores={felling_plan, tree_survey})
    )
    # Issued permits and what wardens recorded as taken.
    register = tm.add(tg.DataStore("Permit and harvest register", stores={permit, harvest}))
    # Reads each application and decides whether to issue a permit.
    agent = tm.add(
        tg.Agent(
            "Permit agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(note="each run's prompts and tool calls are logged"),
            },
        )
    )
    # Gives the agent the plan, survey and this season's harvest totals.
    plan_tool = tm.add(tg.Tool("Woodland plan lookup tool", capabilities={"read"}))
    # Writes the permit to the register and e-mails it to the member.
    issue_tool = tm.add(tg.Tool("Permit issuing tool", capabilities={"write", "send-messages"}))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# applications
tm.flow(member, portal, application, protocol="https", controls={tls})
tm.flow(portal, member, app_status, protocol="https", controls={tls})
tm.flow(portal, member_db, application, members, member_credentials)
tm.flow(member_db, portal, app_status, members, member_credentials)

# the agent
tm.flow(portal, agent, application, label="new application")
tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})
tm.flow(agent, plan_tool, plan_query)
tm.flow(plan_tool, agent, plan_extract)
tm.flow(woodland_records, plan_tool, felling_plan, tree_survey)
tm.flow(register, plan_tool, harvest)
tm.flow(agent, issue_tool, issue_call)
tm.flow(issue_tool, register, permit)
tm.flow(issue_tool, mailer, permit, protocol="https", controls={tls})
tm.flow(mailer, member, permit, protocol="smtp")
tm.flow(agent, member_db, app_status)

# coordinator
tm.flow(coordinator, portal, felling_plan, tree_survey, protocol="https", controls={tls})
tm.flow(portal, woodland_records, felling_plan, tree_survey)
tm.flow(register, portal, permit, harvest)
tm.flow(portal, coordinator, permit, harvest, protocol="https", controls={tls})
tm.flow(portal, register, permit, label="revocations")

# wardens
tm.flow(warden, phone_app, harvest)
tm.flow(phone_app, harvest_api, harvest, protocol="https", controls={tls})
tm.flow(harvest_api, register, harvest)
tm.flow(register, harvest_api, warden_view)
tm.flow(harvest_api, phone_app, warden_view, protocol="https", controls={tls})
tm.flow(phone_app, warden, warden_view)
