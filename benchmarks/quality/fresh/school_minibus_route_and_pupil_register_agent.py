"""School minibus route and pupil register agent: the first design, before any security review.

A secondary school runs three minibuses home after its after-school clubs. The
transport coordinator asks an LLM agent, in a staff web chat, to plan the evening's
runs: it reads the club rosters, drop-off addresses, parent contacts and medical
alerts from the school MIS, asks a mapping service for routes, and drafts run sheets
that the coordinator approves before they are published. Each driver's school-owned
tablet shows the route and the on-board register; the driver ticks pupils on and
off, and each drop-off makes the agent text that pupil's parents through an SMS
gateway. The agent's model is a hosted LLM under a signed data processing agreement.
Controls in this design: staff SSO with MFA for the coordinator, MDM tablet
certificates plus each driver's own PIN, a read-only MIS scope for the lookup tool,
role-based access in the MIS, encryption at rest for run sheets, the coordinator's
approval of routes (arrival texts go out automatically), and HTTPS on every link.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School minibus route and pupil register agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that plans after-school minibus runs, publishes the on-board "
    "register to drivers' tablets and texts parents on drop-off.",
)

# ---------------------------------------------------------------- data assets
planning_request = tg.Data(
    "Coordinator planning request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="For example: plan tonight's runs for chess, robotics and netball.",
)
draft_run_sheets = tg.Data("Draft run sheets", kind="model-output", sensitivity=tg.Sensitivity.PII)
approval = tg.Data(
    "Run sheet approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The coordinator's go-ahead, or edits, for each draft run.",
)
llm_prompt = tg.Data(
    "Agent prompt with pupil context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request, tool results with pupil names, stops and alerts.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
roster_query = tg.Data("Club roster query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
pupil_transport = tg.Data(
    "Pupil transport details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil name, year group, club, drop-off address and parent mobile numbers.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
medical_alerts = tg.Data(
    "Pupil medical alerts",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Allergies, epilepsy or asthma plans and medication carried, for the driver.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
stop_list = tg.Data(
    "Drop-off stop list",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Drop-off addresses and the minibus each pupil is on.",
)
route_plan = tg.Data(
    "Route plan",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ordered stops, timings and turn-by-turn directions.",
)
run_sheet = tg.Data(
    "Published run sheet",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Route, stops and the on-board register of pupils for one minibus.",
)
register_update = tg.Data(
    "Register ticks",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil boarded, dropped off or absent, with time and stop.",
)
arrival_event = tg.Data(
    "Drop-off event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil, stop and time, raised when the driver ticks a pupil off.",
)
arrival_text = tg.Data(
    "Parent arrival text",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Message and parent mobile number: your child was dropped off at 17:42.",
)
send_result = tg.Data("SMS send result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents only receive texts; they do not reply into the system in this design.
    parent = tm.add(tg.Actor("Parent", role="parent or carer"))

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # The agent's language model, hosted by a vendor under the school's DPA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on school data")},
        )
    )
    # Commercial routing API that orders stops and estimates timings.
    maps_api = tm.add(tg.ExternalService("Mapping and routing API"))
    # Bulk SMS provider the school already uses for parent messages.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("School cloud tenancy", trust=tg.Trust.INTERNAL):
    # The planner and messenger; a language model decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Minibus planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reached through a staff web chat; plans runs, publishes approved "
            "run sheets and texts parents when a drop-off event arrives.",
            controls={
                c.Authentication(method="school Microsoft 365 SSO with MFA"),
                c.HumanInTheLoop(
                    approver="the transport coordinator",
                    note="run sheets are approved before publishing; arrival texts go out "
                    "automatically",
                ),
            },
        )
    )
    # Reads who is on which club tonight, where they go home and who to text.
    pupil_tool = tm.add(
        tg.Tool(
            "Pupil roster lookup tool",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(
                    note="read-only MIS API scope: rosters, transport fields, contacts, "
                    "medical alerts"
                )
            },
        )
    )
    # Calls the routing API with the evening's stops.
    route_tool = tm.add(tg.Tool("Route planning tool", capabilities={"read", "network-egress"}))
    # Publishes an approved run sheet to the drivers' app backend.
    publish_tool = tm.add(tg.Tool("Run sheet publishing tool", capabilities={"write"}))
    # Sends one SMS per drop-off to the pupil's parent contacts.
    text_tool = tm.add(tg.Tool("Parent text tool", capabilities={"send-messages"}))
    # Backend the drivers' tablets talk to; raises drop-off events.
    runsheet_api = tm.add(
        tg.Endpoint(
            "Run sheet API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="MDM-enrolled tablet certificate and driver's own PIN")
            },
        )
    )
    # Tonight's run sheets and the live on-board register.
    runsheet_store = tm.add(
        tg.DataStore(
            "Run sheet and register store",
            stores={run_sheet, register_update, medical_alerts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("School systems", trust=tg.Trust.INTERNAL):
    # The school's management information system: system of record for pupils.
    mis = tm.add(
        tg.DataStore(
            "School MIS pupil records",
            stores={pupil_transport, medical_alerts},
            controls={c.RBAC()},
        )
    )
    # Plans and signs off the evening's runs.
    coordinator = tm.add(tg.Actor("Transport coordinator", role="school staff"))

with tm.boundary("Minibus", trust=tg.Trust.INTERNAL):
    # School-owned tablets, one per minibus, on mobile data.
    tablet = tm.add(tg.Device("Driver tablet", description="School-owned tablet in each minibus"))
    # Staff or contracted drivers who keep the register on board.
    driver = tm.add(tg.Actor("Minibus driver", role="driver"))

# ---------------------------------------------------------------- flows
# Planning
tm.flow(coordinator, agent, planning_request, protocol="https")
tm.flow(agent, coordinator, draft_run_sheets, protocol="https")
tm.flow(coordinator, agent, approval, protocol="https", label="approves runs")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, pupil_tool, roster_query)
tm.flow(pupil_tool, mis, roster_query, protocol="https")
tm.flow(mis, pupil_tool, pupil_transport, medical_alerts, protocol="https")
tm.flow(pupil_tool, agent, pupil_transport, medical_alerts)
tm.flow(agent, route_tool, stop_list)
tm.flow(route_tool, maps_api, stop_list, protocol="https")
tm.flow(maps_api, route_tool, route_plan, protocol="https")
tm.flow(route_tool, agent, route_plan)

# Publishing and the register on board
tm.flow(agent, publish_tool, run_sheet)
tm.flow(publish_tool, runsheet_api, run_sheet, protocol="https")
tm.flow(runsheet_api, runsheet_store, run_sheet, register_update)
tm.flow(runsheet_store, runsheet_api, run_sheet)
tm.flow(runsheet_api, tablet, run_sheet, protocol="https")
tm.flow(tablet, driver, run_sheet, label="on the touchscreen")
tm.flow(driver, tablet, register_update, label="on the touchscreen")
tm.flow(tablet, runsheet_api, register_update, protocol="https")

# Arrival texts
tm.flow(runsheet_api, agent, arrival_event, protocol="https")
tm.flow(agent, text_tool, arrival_text)
tm.flow(text_tool, sms_gateway, arrival_text, protocol="https")
tm.flow(sms_gateway, text_tool, send_result, protocol="https")
tm.flow(text_tool, agent, send_result)
tm.flow(sms_gateway, parent, arrival_text, protocol="sms")
