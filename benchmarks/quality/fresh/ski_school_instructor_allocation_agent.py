"""Ski school instructor allocation agent: the first design, before any security review.

An alpine ski school (EU) lets parents book group and private lessons on its
website, where they also describe each child's ability and any medical notes
(allergies, asthma, past injuries) for the instructor. Each evening an LLM agent
in the school's cloud tenancy drafts the next day's plan: it reads the bookings,
the instructors' qualifications and the availability they enter in the staff web
app, and the lift company's slope closure feed, then assigns instructors to
groups and privates through a plan tool. The office manager reviews the draft in
the staff web app and approves it; only then does the agent send assignments to
instructors and meeting points to parents through an SMS gateway. The model is a
vendor-hosted LLM. First-design controls: e-mail and password sign-in on the
website and staff app, TLS on every link, encrypted booking database, and the
office manager's approval of each daily plan.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski school instructor allocation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent drafting the daily instructor-to-lesson plan for a ski school, "
    "approved by the office manager and messaged to instructors and parents.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Lesson booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Lesson type, dates, child's name and age, parent's contact details.",
)
child_notes = tg.Data(
    "Child ability and medical notes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Free text typed by parents: skiing level, allergies, conditions, injuries.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
confirmation = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
availability = tg.Data("Instructor availability", sensitivity=tg.Sensitivity.PII, kind="records")
qualifications = tg.Data(
    "Instructor qualifications",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Certification level, disciplines, languages, first-aid expiry.",
)
closures = tg.Data("Slope closure status", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
prompt = tg.Data(
    "Allocation prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Bookings, children's notes, instructors and closures for tomorrow.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
roster_call = tg.Data("Roster lookup call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
roster_result = tg.Data(
    "Roster lookup result", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result"
)
plan_call = tg.Data("Plan update call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
draft_plan = tg.Data(
    "Daily lesson plan",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Instructor per lesson, meeting point, children per group with notes.",
)
plan_approval = tg.Data("Plan approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
message_call = tg.Data("Send message call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
messages = tg.Data(
    "Lesson assignment messages",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Assignments to instructors; instructor and meeting point to parents.",
)
staff_sign_in = tg.Data("Staff sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents book lessons and describe their children.
    parent = tm.add(tg.Actor("Parent", role="customer"))
    # Seasonal instructors, on their own phones.
    instructor = tm.add(tg.Actor("Instructor", role="instructor"))

with tm.boundary("Lift company", trust=tg.Trust.PARTNER):
    # The resort lift operator publishes which pistes are closed for weather.
    closure_feed = tm.add(
        tg.DataSource(
            "Resort slope closure feed",
            origin=tg.Origin.PARTNER,
            provides={closures},
            description="JSON status of pistes and lifts, updated by the ski patrol.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers text messages to instructors and parents.
    sms = tm.add(tg.ExternalService("SMS gateway", description="Commercial bulk SMS API."))

with tm.boundary("Ski school cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public booking site where parents book and add their children's notes.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Bookings and children's profiles.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, child_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Instructors' qualifications and the availability they enter.
    instructor_db = tm.add(
        tg.DataStore("Instructor records", stores={qualifications, availability})
    )
    # Web app for instructors (availability, assignments) and the office (approval).
    staff_app = tm.add(
        tg.Endpoint(
            "Staff web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # The LLM agent that drafts the plan and sends the messages once approved.
    agent = tm.add(
        tg.Agent(
            "Allocation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.HumanInTheLoop(approver="office manager approves the daily plan")},
        )
    )
    # Reads tomorrow's bookings, children's notes and instructor records.
    roster_tool = tm.add(tg.Tool("Roster lookup tool", capabilities={"read"}))
    # Writes instructor assignments into the daily plan.
    plan_tool = tm.add(tg.Tool("Plan update tool", capabilities={"write"}))
    # Sends assignment and meeting-point texts through the SMS gateway.
    message_tool = tm.add(tg.Tool("Messaging tool", capabilities={"send-messages"}))
    # Draft and approved daily plans.
    plan_store = tm.add(tg.DataStore("Daily plan store", stores={draft_plan, plan_approval}))

with tm.boundary("School office", trust=tg.Trust.INTERNAL):
    # Approves the daily plan and maintains instructor qualifications.
    manager = tm.add(tg.Actor("Office manager", role="office manager", privileged=True))

# ---------------------------------------------------------------- flows
# bookings
tm.flow(parent, website, booking, child_notes, protocol="https")
tm.flow(website, parent, confirmation, protocol="https")
tm.flow(website, booking_db, booking, child_notes)

# instructors and office staff
tm.flow(instructor, staff_app, staff_sign_in, availability, protocol="https")
tm.flow(staff_app, instructor, draft_plan, protocol="https", label="own assignments")
tm.flow(manager, staff_app, staff_sign_in, qualifications, plan_approval, protocol="https")
tm.flow(staff_app, manager, draft_plan, protocol="https")
tm.flow(staff_app, instructor_db, availability, qualifications)
tm.flow(plan_store, staff_app, draft_plan)
tm.flow(staff_app, plan_store, plan_approval)

# planning
tm.flow(closure_feed, agent, closures, protocol="https")
tm.flow(agent, roster_tool, roster_call)
tm.flow(roster_tool, booking_db, roster_call, label="bookings query")
tm.flow(booking_db, roster_tool, booking, child_notes)
tm.flow(roster_tool, instructor_db, roster_call, label="instructor query")
tm.flow(instructor_db, roster_tool, qualifications, availability)
tm.flow(roster_tool, agent, roster_result)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, plan_tool, plan_call)
tm.flow(plan_tool, plan_store, draft_plan)
tm.flow(plan_store, agent, draft_plan, plan_approval, label="approved plan")

# messaging
tm.flow(agent, message_tool, message_call)
tm.flow(message_tool, sms, messages, protocol="https")
tm.flow(sms, instructor, messages, protocol="sms")
tm.flow(sms, parent, messages, protocol="sms")
