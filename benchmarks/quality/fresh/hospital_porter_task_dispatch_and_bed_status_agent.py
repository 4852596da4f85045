"""Hospital porter task dispatch and bed status agent: the first design.

Ward nurses and clerks request a porter (a patient transfer to theatre or imaging,
a bed move, specimens, equipment) from a web app on the hospital network. An LLM
agent reads each request, looks up bed status and planned transfers in the bed
management system and the live positions of porters from the indoor positioning
service, then prioritises the job and assigns it to a porter by writing it to the
task queue. Porters see and accept tasks on shared handhelds on the staff Wi-Fi.
The site manager watches a live dashboard of open tasks, porter load and bed state.
The agent's language model is a vendor-hosted API reached over HTTPS. Staff sign
in to the request app and dashboard with hospital single sign-on; porters sign in
to the handhelds with their own PIN. The task queue keeps an audit trail of
assignments; the bed management system sits in the clinical systems zone and is
read-only to the agent.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Hospital porter task dispatch and bed status agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that prioritises and assigns porter tasks from bed status and porter locations.",
)

# ---------------------------------------------------------------- data assets
porter_request = tg.Data(
    "Porter request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, ward and bed, destination, mobility and infection-control notes, urgency.",
)
task_status = tg.Data("Task status and ETA", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
bed_status = tg.Data(
    "Bed status and planned transfers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
bed_query = tg.Data("Bed status query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
location_query = tg.Data(
    "Porter location query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
porter_locations = tg.Data(
    "Porter locations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Current zone of each porter's handheld and whether the porter is busy.",
)
wifi_positions = tg.Data("Handheld Wi-Fi positions", kind="records", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Dispatch prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the request, the bed status and porter locations.",
)
agent_completion = tg.Data(
    "Dispatch plan", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
assignment = tg.Data(
    "Porter task assignment",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Chosen porter, priority and task details.",
)
porter_task = tg.Data(
    "Porter task",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
acceptance = tg.Data("Task acceptance", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
dashboard_view = tg.Data(
    "Live operations view", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the dispatch agent reasons with, hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted dispatch LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Nurses and ward clerks who need a patient, specimen or bed moved.
    ward_staff = tm.add(tg.Actor("Ward staff", role="nurse or ward clerk"))
    # Web app where wards raise porter requests and follow their progress.
    request_app = tm.add(
        tg.Endpoint(
            "Porter request app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hospital single sign-on (Active Directory)")},
        )
    )
    # The LLM agent that prioritises requests and picks a porter.
    agent = tm.add(
        tg.Agent(
            "Porter dispatch agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Assigns each task itself; a porter can decline and it reassigns.",
        )
    )
    # Read-only lookup of bed state and planned transfers for the agent.
    bed_tool = tm.add(tg.Tool("Bed status lookup tool", capabilities={"read"}))
    # Lookup of where each porter is and whether they are on a job.
    location_tool = tm.add(tg.Tool("Porter location lookup tool", capabilities={"read"}))
    # Writes the agent's chosen assignment into the task queue.
    assign_tool = tm.add(tg.Tool("Task assignment tool", capabilities={"write"}))
    # Queue of open, assigned and completed porter tasks.
    task_store = tm.add(
        tg.DataStore(
            "Porter task queue",
            stores={porter_task, acceptance},
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Locates handhelds from Wi-Fi access points across the site.
    positioning = tm.add(tg.Service("Indoor positioning service"))
    # Backend the porters' handheld app talks to.
    handheld_api = tm.add(tg.Endpoint("Porter handheld API", purpose=tg.EndpointPurpose.API))
    # Live dashboard of tasks, porter load and beds for the site manager.
    dashboard = tm.add(
        tg.Service(
            "Site operations dashboard",
            controls={
                c.Authentication(method="hospital single sign-on (Active Directory)"),
                c.RBAC(),
            },
        )
    )
    # Runs the hospital site out of hours and watches flow across wards.
    site_manager = tm.add(tg.Actor("Site manager", role="site manager"))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The hospital's existing bed management system: occupancy, discharges, transfers.
        bed_system = tm.add(tg.DataStore("Bed management system", stores={bed_status}))

with tm.boundary("Staff Wi-Fi", trust=tg.Trust.INTERNAL):
    # Porters collecting and moving patients, beds and specimens.
    porter = tm.add(tg.Actor("Porter", role="porter"))
    # Shared handhelds that porters pick up at the start of a shift.
    handheld = tm.add(
        tg.Device(
            "Porter handheld",
            controls={c.Authentication(method="porter's own PIN on a shared handheld")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(ward_staff, request_app, porter_request, protocol="https")
tm.flow(request_app, ward_staff, task_status, protocol="https")
tm.flow(request_app, agent, porter_request)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")

tm.flow(agent, bed_tool, bed_query)
tm.flow(bed_system, bed_tool, bed_status, protocol="hl7 fhir", label="bed state lookup")
tm.flow(bed_tool, agent, bed_status)

tm.flow(handheld, positioning, wifi_positions, protocol="wi-fi")
tm.flow(positioning, location_tool, porter_locations, protocol="https")
tm.flow(agent, location_tool, location_query)
tm.flow(location_tool, agent, porter_locations)

tm.flow(agent, assign_tool, assignment)
tm.flow(assign_tool, task_store, porter_task)

tm.flow(task_store, handheld_api, porter_task)
tm.flow(handheld_api, handheld, porter_task, protocol="https")
tm.flow(handheld, porter, porter_task, label="task shown")
tm.flow(porter, handheld, acceptance, label="accept or decline")
tm.flow(handheld, handheld_api, acceptance, protocol="https")
tm.flow(handheld_api, task_store, acceptance)
tm.flow(task_store, agent, acceptance, label="declined tasks to reassign")

tm.flow(task_store, request_app, task_status)
tm.flow(task_store, dashboard, porter_task, acceptance)
tm.flow(bed_system, dashboard, bed_status, protocol="hl7 fhir")
tm.flow(positioning, dashboard, porter_locations, protocol="https")
tm.flow(dashboard, site_manager, dashboard_view, protocol="https")
