"""Ski school lesson grouping agent: the first design, before any security review.

Parents and adult guests book group lessons on the ski school's online booking
platform, a SaaS product, answering a short questionnaire per pupil: age, days
skied before, the runs they can manage, lesson language and a free-text "anything
we should know" box. A sync job copies new bookings every fifteen minutes into the
school's own database in its cloud tenant. Instructors record how each pupil skied
in a mobile web app at the end of every lesson. Each afternoon the ski school
manager asks an LLM agent, from the office dashboard, to group the next day's pupils
into lessons by ability and to assign instructors by qualification, language and
availability. The agent reads bookings, notes and the instructor roster through a
lookup tool, asks a hosted LLM, and writes a draft lesson plan; nothing reaches the
instructors until the manager has checked, edited and confirmed it. Staff sign in
to the dashboard with Google Workspace accounts (2-step verification), instructors
to their app with e-mail and password; all traffic is HTTPS.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ski school lesson grouping agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "An LLM agent proposes next-day ski lesson groups and instructor assignments "
        "from booking answers and instructors' notes; the manager confirms them."
    ),
)

# ---------------------------------------------------------------- data assets
booking_answers = tg.Data(
    "Pupil booking answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description=(
        "Pupil name, age, ability questionnaire, lesson language and a free-text box "
        "parents sometimes use for medical or behavioural notes; many pupils are children."
    ),
)
bookings = tg.Data(
    "Lesson bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
    description="Bookings with the booking answers, dates, lesson product and contact details.",
)
instructor_notes = tg.Data(
    "Instructor notes on pupils",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text observations of each pupil's skiing after a lesson.",
)
roster = tg.Data(
    "Instructor roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Instructors' qualification levels, languages and daily availability.",
)
grouping_request = tg.Data(
    "Grouping request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The day and lesson products to group, with any instructions from the manager.",
)
lookup_call = tg.Data("Lookup tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data(
    "Pupils, notes and roster for the day", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
agent_prompt = tg.Data(
    "Grouping prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request, the pupils' answers and notes, and the roster.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_write = tg.Data(
    "Draft plan tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Proposed groups, their level, meeting point and assigned instructor.",
)
draft_plan = tg.Data("Draft lesson plan", kind="model-output", sensitivity=tg.Sensitivity.PII)
confirmed_plan = tg.Data(
    "Confirmed lesson schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="The groups, pupils and instructor for each lesson, as the manager confirmed them.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and adult guests book lessons and fill in the questionnaire.
    guest = tm.add(tg.Actor("Parent or guest", role="customer"))
    # Seasonal instructors use their own phones on the slopes.
    instructor = tm.add(tg.Actor("Ski instructor", role="instructor"))

with tm.boundary("Booking platform vendor", trust=tg.Trust.PARTNER):
    # The SaaS booking product the school already uses for sales and payments.
    booking_platform = tm.add(
        tg.ExternalService(
            "Online booking platform",
            provides="data-provider",
            description="Hosts the booking form; exposes bookings over a REST API with an API key.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model; the agent's reasoning happens here.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat-completions API with tool calling.",
        )
    )

with tm.boundary("Ski school office", trust=tg.Trust.INTERNAL):
    # Owns the lesson plan and confirms every grouping before it is published.
    manager = tm.add(tg.Actor("Ski school manager", role="manager", privileged=True))

with tm.boundary("School cloud tenant", trust=tg.Trust.INTERNAL):
    # Copies new and changed bookings from the booking platform.
    sync_job = tm.add(
        tg.Service(
            "Booking sync job",
            description="Runs every fifteen minutes; upserts bookings into the booking store.",
        )
    )
    # The school's copy of the bookings, so the agent does not call the vendor.
    booking_store = tm.add(
        tg.DataStore(
            "Booking store",
            stores={bookings},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Where instructors' observations of each pupil accumulate over the week.
    notes_store = tm.add(
        tg.DataStore(
            "Instructor notes store",
            stores={instructor_notes},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Qualifications, languages and availability the agent assigns from.
    roster_store = tm.add(
        tg.DataStore(
            "Instructor roster store",
            stores={roster},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Draft and confirmed lesson plans; instructors only see confirmed ones.
    plan_store = tm.add(
        tg.DataStore(
            "Lesson plan store",
            stores={draft_plan, confirmed_plan},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # The LLM agent that proposes groups and instructor assignments.
    agent = tm.add(
        tg.Agent(
            "Lesson grouping agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description=(
                "Groups the day's pupils by ability, age and language, then assigns "
                "instructors; writes a draft plan for the manager."
            ),
            controls={tg.controls.HumanInTheLoop(approver="the ski school manager")},
        )
    )
    # Read-only access to the day's pupils, their notes and the roster.
    lookup_tool = tm.add(
        tg.Tool(
            "Pupil and instructor lookup tool",
            capabilities={"read"},
            description="Returns the bookings for a lesson day with their notes, and the roster.",
        )
    )
    # The only way the agent changes anything: it writes draft plans.
    plan_tool = tm.add(
        tg.Tool(
            "Draft plan writer tool",
            capabilities={"write"},
            description="Creates or replaces the draft lesson plan for a day.",
        )
    )
    # Office web app for the manager: start a grouping run, edit and confirm plans.
    dashboard = tm.add(
        tg.Endpoint(
            "Manager dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="Google Workspace accounts with 2-step verification"
                )
            },
        )
    )
    # Mobile web app: instructors see their confirmed groups and write notes.
    instructor_app = tm.add(
        tg.Endpoint(
            "Instructor app",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
# bookings in
tm.flow(guest, booking_platform, booking_answers, protocol="https")
tm.flow(booking_platform, sync_job, bookings, protocol="https", label="sync every 15 minutes")
tm.flow(sync_job, booking_store, bookings)

# instructors' notes and schedules
tm.flow(instructor, instructor_app, instructor_notes, protocol="https")
tm.flow(instructor_app, notes_store, instructor_notes)
tm.flow(notes_store, instructor_app, instructor_notes, label="earlier notes on their pupils")
tm.flow(plan_store, instructor_app, confirmed_plan)
tm.flow(instructor_app, instructor, confirmed_plan, instructor_notes, protocol="https")

# the manager
tm.flow(manager, dashboard, grouping_request, protocol="https")
tm.flow(
    manager, dashboard, roster, confirmed_plan, protocol="https", label="roster and confirmations"
)
tm.flow(dashboard, roster_store, roster)
tm.flow(dashboard, agent, grouping_request)
tm.flow(plan_store, dashboard, draft_plan, confirmed_plan)
tm.flow(dashboard, plan_store, confirmed_plan, label="manager confirms")
tm.flow(dashboard, manager, draft_plan, confirmed_plan, protocol="https")

# the agent's loop
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(booking_store, lookup_tool, bookings)
tm.flow(notes_store, lookup_tool, instructor_notes)
tm.flow(roster_store, lookup_tool, roster)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, plan_tool, draft_write)
tm.flow(plan_tool, plan_store, draft_plan)
