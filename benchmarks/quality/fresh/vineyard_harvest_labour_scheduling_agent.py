"""Vineyard harvest labour scheduling agent: the first design, before any security review.

A wine estate in the EU hires a few hundred seasonal pickers each vintage. An LLM
agent running in the estate's cloud account plans each day's picking: it asks an
in-house ripeness model which blocks are ready (from the lab's Brix and acidity
samples) and reads a commercial weather forecast, then proposes crews per block
from the worker roster. The harvest manager approves the daily plan in the agent's
web console before the agent sends each picker their shift by WhatsApp, in their
own language. Pickers reply to confirm or decline, and crew leaders send each
evening's hours by WhatsApp; the agent records them in the timesheet database,
which is exported weekly to the payroll bureau over SFTP. The LLM is a vendor's
hosted API. Staff sign in to the console with the estate's Microsoft 365 accounts
and MFA; inbound messages are matched to workers by their WhatsApp number.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vineyard harvest labour scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Schedules seasonal pickers from ripeness and weather forecasts, "
    "messages them in their languages and records hours for payroll.",
)

# ---------------------------------------------------------------- data assets
samples = tg.Data(
    "Ripeness samples",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Brix, pH and acidity per block from the estate lab.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecast_request = tg.Data("Ripeness forecast request", kind="tool-call")
ripeness = tg.Data("Ripeness forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
plan_request = tg.Data("Harvest plan request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
draft_plan = tg.Data(
    "Draft daily picking plan", kind="model-output", sensitivity=tg.Sensitivity.PII
)
approval = tg.Data("Picking plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, forecasts, roster extracts and worker messages.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
workers = tg.Data(
    "Worker records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, WhatsApp number, language, availability, crew and right-to-work check date.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
schedule = tg.Data("Shift schedule", kind="records", sensitivity=tg.Sensitivity.PII)
roster_call = tg.Data("Roster tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
roster_result = tg.Data("Worker availability", kind="tool-result", sensitivity=tg.Sensitivity.PII)
shift_message = tg.Data(
    "Shift message",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Translated shift notice: block, meeting point and start time.",
)
outbound = tg.Data("Outbound WhatsApp message", kind="records", sensitivity=tg.Sensitivity.PII)
worker_reply = tg.Data("Worker reply message", kind="prompt", sensitivity=tg.Sensitivity.PII)
hours_report = tg.Data(
    "Crew hours report message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Crew leader's evening message: who picked, start and end times.",
)
inbound = tg.Data("Inbound message webhook", kind="records", sensitivity=tg.Sensitivity.PII)
hours_call = tg.Data("Timesheet entry request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
hours_result = tg.Data("Timesheet write result", kind="tool-result")
timesheets = tg.Data(
    "Timesheet entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payroll_export = tg.Data("Weekly hours export", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Seasonal workers on their own phones; many are hired through word of mouth.
    picker = tm.add(tg.Actor("Seasonal picker", role="seasonal worker"))
    # Experienced pickers who lead a crew and report its hours each evening.
    crew_leader = tm.add(tg.Actor("Crew leader", role="crew leader"))
    # Commercial forecast API the agent reads rain and heat warnings from.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # WhatsApp Business API provider: sends our messages and posts replies back to us.
    gateway = tm.add(tg.ExternalService("WhatsApp Business gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that plans, translates and reads workers' free-text replies.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payroll bureau", trust=tg.Trust.PARTNER):
    # Outsourced payroll that pays the pickers from the weekly hours file.
    payroll = tm.add(tg.ExternalService("Payroll bureau"))

with tm.boundary("Estate office", trust=tg.Trust.INTERNAL):
    # Approves the daily plan and answers what the agent escalates.
    manager = tm.add(tg.Actor("Harvest manager", role="harvest manager", privileged=True))
    # The estate lab's sample sheet, updated each morning during veraison and harvest.
    lab = tm.add(
        tg.DataSource("Vineyard sampling lab", origin=tg.Origin.INTERNAL, provides={samples})
    )

with tm.boundary("Estate cloud", trust=tg.Trust.INTERNAL):
    # Receives the gateway's callbacks for inbound WhatsApp messages.
    webhook = tm.add(
        tg.Endpoint(
            "Inbound message webhook",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="sender WhatsApp number matched to the worker roster")
            },
        )
    )
    # The planner and dispatcher; its web console is where the manager works with it.
    agent = tm.add(
        tg.Agent(
            "Harvest scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="harvest manager",
                    note="the daily picking plan is approved before shifts are sent; "
                    "replies, reminders and timesheet entries go ahead directly",
                ),
                c.CircuitBreaker(max_steps=40),
                c.Authentication(method="Microsoft 365 sign-in with MFA"),
            },
        )
    )
    # In-house gradient-boosted model predicting days to target Brix per block.
    ripeness_model = tm.add(
        tg.Model("Ripeness forecast model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Reads availability and writes the approved shift schedule.
    roster_tool = tm.add(tg.Tool("Roster and shift tool", capabilities={"read", "write"}))
    # Sends shift notices and replies through the WhatsApp gateway.
    messaging_tool = tm.add(tg.Tool("Worker messaging tool", capabilities={"send-messages"}))
    # Writes hours the crew leaders report into the timesheet database.
    timesheet_tool = tm.add(tg.Tool("Timesheet tool", capabilities={"write"}))
    # Managed Postgres with the pickers' details and shifts.
    roster_db = tm.add(
        tg.DataStore(
            "Worker roster database",
            stores={workers, schedule},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Hours per picker per day, the basis of their pay.
    timesheet_db = tm.add(
        tg.DataStore(
            "Timesheet database",
            stores={timesheets},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

# ---------------------------------------------------------------- flows
# planning
tm.flow(manager, agent, plan_request, protocol="https", label="asks for tomorrow's plan")
tm.flow(lab, ripeness_model, samples, label="morning sample sheet")
tm.flow(agent, ripeness_model, forecast_request)
tm.flow(ripeness_model, agent, ripeness)
tm.flow(weather_api, agent, weather, protocol="https")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, roster_tool, roster_call)
tm.flow(roster_db, roster_tool, workers, schedule)
tm.flow(roster_tool, agent, roster_result)
tm.flow(agent, manager, draft_plan, protocol="https")
tm.flow(manager, agent, approval, protocol="https", label="approves the daily plan")
tm.flow(roster_tool, roster_db, schedule, label="writes approved shifts")

# messaging workers
tm.flow(agent, messaging_tool, shift_message)
tm.flow(messaging_tool, gateway, outbound, protocol="https")
tm.flow(gateway, picker, outbound, protocol="whatsapp")
tm.flow(gateway, crew_leader, outbound, protocol="whatsapp")
tm.flow(picker, gateway, worker_reply, protocol="whatsapp")
tm.flow(crew_leader, gateway, hours_report, protocol="whatsapp")
tm.flow(gateway, webhook, inbound, protocol="https", label="inbound message webhook")
tm.flow(webhook, agent, worker_reply, hours_report)

# hours and payroll
tm.flow(agent, timesheet_tool, hours_call)
tm.flow(timesheet_tool, timesheet_db, timesheets)
tm.flow(timesheet_tool, agent, hours_result)
tm.flow(timesheet_db, payroll, payroll_export, protocol="sftp", label="weekly hours export")
