"""Hearse and limousine fleet scheduling agent: the first design, before any security review.

A family funeral director runs three hearses, four limousines and a pool of
part-time bearers and drivers across several funerals a day. Each evening an
LLM agent reads the next day's funerals (times, church, crematorium and
cemetery addresses, number of limousines booked) from the hosted funeral
arrangement system, checks vehicle availability, mileage and fuel from the
telematics provider, and drafts a day plan that assigns vehicles, drivers and
bearers to each funeral. The funeral arranger reviews and approves the plan in
a small web console (Microsoft 365 sign-in with MFA); only then does the agent
text each driver their runs through an SMS gateway. Drivers can reply to confirm
or to say they cannot make it, and the agent proposes a change for the arranger.
The agent runs in the firm's cloud tenant; the LLM is a vendor's hosted API on a
business plan that does not train on our data. Links to vendors use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Funeral fleet scheduling agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Plans hearses, limousines and bearers for each day's funerals; the arranger approves.",
)

# ---------------------------------------------------------------- data assets
arrangements = tg.Data(
    "Funeral arrangements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Deceased's name, family contact, service times, venues and cortege route.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
roster = tg.Data(
    "Fleet and bearer roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Vehicles, drivers' and bearers' names, mobile numbers and availability.",
)
telematics = tg.Data(
    "Vehicle telematics",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vehicle location, mileage, fuel level and service alerts.",
)
prompt = tg.Data("Planning prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("Planning completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_plan = tg.Data("Draft day plan", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved_plan = tg.Data(
    "Approved day plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
run_text = tg.Data(
    "Driver run text",
    sensitivity=tg.Sensitivity.PII,
    description="Pick-up times, family home address, venue and vehicle for one driver.",
)
driver_reply = tg.Data("Driver reply", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Funeral home office", trust=tg.Trust.INTERNAL):
    # Takes arrangements from families and signs off each day's plan.
    arranger = tm.add(tg.Actor("Funeral arranger", role="funeral arranger"))

with tm.boundary("On the road", trust=tg.Trust.UNTRUSTED):
    # Part-time drivers and bearers, reached on their own mobile phones.
    driver = tm.add(tg.Actor("Driver", role="driver"))
    # Tracker boxes fitted in each hearse and limousine, sending over the mobile network.
    tracker = tm.add(tg.Device("Vehicle telematics tracker", fleet=True))

with tm.boundary("Arrangement software vendor", trust=tg.Trust.PARTNER):
    # The hosted funeral management system: the firm's record of every funeral.
    arrangement_system = tm.add(
        tg.DataStore(
            "Funeral arrangement system",
            stores={arrangements},
            controls={c.Authentication(method="vendor login with MFA")},
        )
    )

with tm.boundary("Telematics provider", trust=tg.Trust.PARTNER):
    # The tracker vendor's platform, which exposes vehicle status by API.
    telematics_platform = tm.add(
        tg.ExternalService("Telematics platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the run texts and posts drivers' replies back by webhook.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent plans with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="business plan; no training on customer data")},
        )
    )

with tm.boundary("Firm cloud tenant", trust=tg.Trust.INTERNAL):
    # The LLM agent that drafts the plan and sends runs once it is approved.
    agent = tm.add(
        tg.Agent(
            "Fleet scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the funeral arranger",
                    note="each day's plan is approved before any run is texted",
                )
            },
        )
    )
    # Read-only integration with the arrangement system's API.
    arrangement_tool = tm.add(
        tg.Tool(
            "Arrangement lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only API key scoped to the funeral diary")},
        )
    )
    # Reads vehicle status from the telematics API.
    telematics_tool = tm.add(tg.Tool("Telematics lookup tool", capabilities={"read"}))
    # Sends texts to drivers through the SMS gateway.
    sms_tool = tm.add(tg.Tool("Driver SMS tool", capabilities={"send-messages"}))
    # Vehicles, drivers, bearers and their availability, kept by the office.
    roster_store = tm.add(tg.DataStore("Fleet and bearer roster", stores={roster}))
    # Draft and approved day plans.
    plan_store = tm.add(tg.DataStore("Day plan store", stores={draft_plan, approved_plan}))
    # Web page where the arranger reviews, edits and approves the plan.
    console = tm.add(
        tg.Endpoint(
            "Plan approval console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(arranger, arrangement_system, arrangements, protocol="https", label="books funerals")
tm.flow(arranger, roster_store, roster, protocol="https", label="maintains roster")

tm.flow(agent, arrangement_tool, label="next day's funerals")
tm.flow(arrangement_tool, arrangement_system, protocol="https", controls={tls})
tm.flow(arrangement_system, arrangement_tool, arrangements, protocol="https", controls={tls})
tm.flow(arrangement_tool, agent, arrangements)

tm.flow(tracker, telematics_platform, telematics, protocol="mqtt")
tm.flow(agent, telematics_tool, label="vehicle status query")
tm.flow(telematics_platform, telematics_tool, telematics, protocol="https", controls={tls})
tm.flow(telematics_tool, agent, telematics)

tm.flow(roster_store, agent, roster)
tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})
tm.flow(agent, plan_store, draft_plan)

tm.flow(plan_store, console, draft_plan)
tm.flow(console, arranger, draft_plan, protocol="https")
tm.flow(arranger, console, approval, approved_plan, protocol="https", label="approves plan")
tm.flow(console, plan_store, approved_plan)
tm.flow(plan_store, agent, approved_plan)

tm.flow(agent, sms_tool, run_text)
tm.flow(sms_tool, sms_gateway, run_text, protocol="https", controls={tls})
tm.flow(sms_gateway, driver, run_text, protocol="sms")
tm.flow(driver, sms_gateway, driver_reply, protocol="sms")
tm.flow(sms_gateway, agent, driver_reply, protocol="https", label="reply webhook")
