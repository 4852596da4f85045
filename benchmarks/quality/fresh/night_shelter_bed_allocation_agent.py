"""Winter night shelter bed allocation agent: the first design, before any security review.

A city's winter night shelter network runs from December to March in a rota of church
halls, each hosting up to 15 guests a night. Street outreach workers from partner
organisations refer rough sleepers through a web portal. Every evening at 17:00 an LLM
agent in the network's cloud account reads the pending referrals and each venue's
capacity and rules (women-only nights, step-free access, no dogs), proposes which guest
sleeps where, and, once the duty coordinator has approved the list in the portal, texts
each guest their venue and arrival time through an SMS provider. Guests can text back to
give up a bed. Volunteer venue leads enter tonight's capacity and see their guest list.
Controls in this design: TLS on every web link, portal sign-in (individual accounts for
outreach workers and staff, one shared login per venue), form validation, role-based
screens, encrypted database storage, the coordinator's approval before texts go out, and
an allocation log of every agent run.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Winter night shelter bed allocation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Nightly allocation of shelter beds across church-hall venues from outreach "
        "referrals, with SMS notification of guests."
    ),
)

# ---------------------------------------------------------------- data assets
referral = tg.Data(
    "Guest referral",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description=(
        "Name, mobile number, gender, mobility, dog, health and substance-use needs, and "
        "free-text risk and safeguarding notes from the outreach worker."
    ),
)
capacity_update = tg.Data(
    "Venue capacity update",
    kind="records",
    description="Tonight's bed count, volunteer cover and any closure.",
)
venue_rules = tg.Data(
    "Venue capacity and rules",
    kind="tool-result",
    description="Beds free tonight, women-only nights, step-free access, dog policy.",
)
availability_query = tg.Data("Venue availability query", kind="tool-call")
prompt = tg.Data(
    "Allocation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, pending referrals and tonight's venue capacity and rules.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
proposed_allocation = tg.Data(
    "Proposed bed allocation",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Guest to venue assignments, with a reason for each guest left unplaced.",
)
allocation_list = tg.Data(
    "Nightly allocation list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
approval = tg.Data("Allocation approval", kind="records")
venue_text = tg.Data(
    "Venue text message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest's first name, venue address and arrival time.",
)
sms_reply = tg.Data("Guest SMS reply", kind="records", sensitivity=tg.Sensitivity.PII)
guest_list = tg.Data(
    "Tonight's guest list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Guests allocated to the venue, with needs and risk notes for the volunteers.",
)
allocation_log = tg.Data("Allocation run log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Person sleeping rough who receives the venue text, often on a shared or borrowed phone.
    guest = tm.add(tg.Actor("Guest", role="shelter guest"))

with tm.boundary("Outreach partner organisations", trust=tg.Trust.PARTNER):
    # Street outreach worker from a partner charity or the council, referring people.
    outreach_worker = tm.add(tg.Actor("Outreach worker", role="referrer"))

with tm.boundary("Host churches", trust=tg.Trust.PARTNER):
    # Volunteer lead at a church hall, on their own phone.
    venue_lead = tm.add(tg.Actor("Venue volunteer lead", role="volunteer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the venue texts and posts guests' replies back to the portal.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", description="Cloud SMS API."))

with tm.boundary("Shelter network cloud account", trust=tg.Trust.INTERNAL):
    # Web portal for referrals, venue capacity, the approval screen and guest lists.
    portal = tm.add(
        tg.Endpoint(
            "Shelter portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method=(
                        "e-mail and password for outreach workers and staff; "
                        "one shared login per venue for volunteer leads"
                    )
                ),
                c.InputValidation(note="referral form fields are typed and length-checked"),
                c.RBAC(note="venue logins see only their own venue's guest list"),
            },
        )
    )
    # The LLM agent that matches tonight's referrals to beds and sends the texts.
    agent = tm.add(
        tg.Agent(
            "Allocation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Started at 17:00 each evening; re-run when a bed is given up.",
            controls={
                c.HumanInTheLoop(approver="the duty coordinator, in the portal"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only tool for tonight's capacity and rules of every venue.
    availability_tool = tm.add(tg.Tool("Venue availability tool", capabilities={"read"}))
    # Tool that records the proposed allocation for the coordinator to approve.
    allocation_tool = tm.add(tg.Tool("Allocation writer tool", capabilities={"write"}))
    # Tool that texts each guest their venue once the list is approved.
    sms_tool = tm.add(
        tg.Tool(
            "Guest SMS tool",
            capabilities={"send-messages"},
            controls={
                c.HumanInTheLoop(approver="the duty coordinator approves the night's list first")
            },
        )
    )
    # Record of each agent run: inputs, proposals and texts sent.
    log_store = tm.add(tg.DataStore("Allocation log", stores={allocation_log}))

    with tm.boundary("Shelter database", trust=tg.Trust.RESTRICTED):
        # Referrals, allocations and replies for the season.
        guest_db = tm.add(
            tg.DataStore(
                "Guest and referral database",
                stores={referral, allocation_list, sms_reply},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Venue rota, capacity and house rules.
        venue_rota = tm.add(tg.DataStore("Venue rota and capacity", stores={capacity_update}))

with tm.boundary("Shelter office", trust=tg.Trust.INTERNAL):
    # Staff member on duty each evening who approves the allocation.
    coordinator = tm.add(tg.Actor("Duty coordinator", role="shelter coordinator", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(outreach_worker, portal, referral, protocol="https")
tm.flow(portal, guest_db, referral)

tm.flow(venue_lead, portal, capacity_update, protocol="https")
tm.flow(portal, venue_rota, capacity_update)
tm.flow(guest_db, portal, guest_list, label="venue's guest list")
tm.flow(portal, venue_lead, guest_list, protocol="https")

tm.flow(guest_db, agent, referral, label="pending referrals")
tm.flow(agent, availability_tool, availability_query)
tm.flow(availability_tool, venue_rota, availability_query)
tm.flow(venue_rota, availability_tool, venue_rules)
tm.flow(availability_tool, agent, venue_rules)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, allocation_tool, proposed_allocation)
tm.flow(allocation_tool, guest_db, allocation_list)
tm.flow(agent, log_store, allocation_log)

tm.flow(guest_db, portal, allocation_list, label="proposed list for approval")
tm.flow(portal, coordinator, allocation_list, protocol="https")
tm.flow(coordinator, portal, approval, protocol="https")
tm.flow(portal, guest_db, approval)
tm.flow(guest_db, agent, approval, allocation_list, label="approved list")

tm.flow(agent, sms_tool, venue_text)
tm.flow(sms_tool, sms_gateway, venue_text, protocol="https")
tm.flow(sms_gateway, guest, venue_text, protocol="sms")
tm.flow(guest, sms_gateway, sms_reply, protocol="sms")
tm.flow(sms_gateway, portal, sms_reply, protocol="https", label="inbound SMS webhook")
tm.flow(portal, guest_db, sms_reply)
