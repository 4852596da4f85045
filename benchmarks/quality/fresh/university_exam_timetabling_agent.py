"""University exam timetabling agent: the first design, before any security review.

The exams office of a UK university uses an LLM agent to build each exam
timetable. Asked by an exams officer, the agent reads course enrolments from the
student records system, room capacities from the estates system and students'
approved exam adjustments (extra time, separate rooms) from the disability
service, and proposes a timetable with clashes resolved. The agent runs on the
university's network and calls a hosted LLM under the university's enterprise
contract, which procurement reviewed. The disability service gives the agent a
read-only view of adjustment types only, never diagnoses or evidence. Nothing is
written to the timetabling system until the exams officer approves the proposal.
Students and staff then see their own exams in the student portal, behind the
university single sign-on with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University exam timetabling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that drafts the exam timetable from enrolments, rooms and adjustments.",
)

# ---------------------------------------------------------------- data assets
instructions = tg.Data(
    "Timetabling instructions",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Exam period, constraints and changes the exams officer asks for.",
)
enrolments = tg.Data(
    "Course enrolments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student IDs and names per module.",
)
rooms = tg.Data("Room capacities", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
adjustments = tg.Data(
    "Approved exam adjustments",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Extra time and separate-room needs per student; reveals disability status.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lookup_call = tg.Data("Lookup tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
agent_context = tg.Data(
    "Agent context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, enrolments, rooms and adjustments sent to the LLM.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
proposal = tg.Data(
    "Proposed exam timetable",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Sessions, rooms and per-student seating, including separate-room allocations.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approval = tg.Data("Timetable approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
timetable = tg.Data(
    "Exam timetable",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
portal_session = tg.Data("Portal sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
personal_timetable = tg.Data(
    "Personal exam timetable", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students check where and when their exams are, from anywhere.
    student = tm.add(tg.Actor("Student", role="student"))
    # Lecturers and invigilators check the exams they teach or invigilate.
    staff = tm.add(tg.Actor("Academic staff", role="lecturer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with, under the enterprise contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="procurement and DPIA review of the enterprise contract")
            },
        )
    )

with tm.boundary("University network", trust=tg.Trust.INTERNAL):
    # The exams officer who asks for the timetable and approves it.
    officer = tm.add(tg.Actor("Exams officer", role="exams office staff"))
    # The LLM agent that gathers the inputs and proposes the timetable.
    agent = tm.add(
        tg.Agent(
            "Timetabling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.HumanInTheLoop(approver="exams officer")},
        )
    )
    # Reads module enrolments for the exam period.
    enrol_tool = tm.add(tg.Tool("Enrolment lookup", capabilities={"read"}))
    # Reads rooms and their exam capacities.
    room_tool = tm.add(tg.Tool("Room capacity lookup", capabilities={"read"}))
    # Reads approved adjustments, through a read-only view set up by the disability service.
    adj_tool = tm.add(
        tg.Tool(
            "Exam adjustments lookup",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(note="read-only service account on the adjustments view"),
                c.DataMinimization(note="adjustment types only, no diagnoses or evidence"),
            },
        )
    )
    # Writes the approved timetable into the timetabling system.
    publish_tool = tm.add(tg.Tool("Timetable publisher", capabilities={"write"}))
    # Where students and staff see their own exams.
    portal = tm.add(
        tg.Service(
            "Student portal",
            controls={
                c.Authentication(method="university single sign-on with MFA"),
                c.RBAC(note="students see their own timetable, staff their modules'"),
            },
        )
    )

    with tm.boundary("Administrative systems", trust=tg.Trust.RESTRICTED):
        # The system of record for who is enrolled on which module.
        records = tm.add(
            tg.DataStore("Student records system", stores={enrolments}, controls={c.RBAC()})
        )
        # Estates' list of rooms and capacities.
        estates = tm.add(tg.DataStore("Estates system", stores={rooms}))
        # The disability service's record of approved adjustments.
        disability = tm.add(
            tg.DataStore("Disability service records", stores={adjustments}, controls={c.RBAC()})
        )
        # The system of record for the published exam timetable.
        timetabling = tm.add(tg.DataStore("Timetabling system", stores={timetable}))

# ---------------------------------------------------------------- flows
tm.flow(officer, agent, instructions, protocol="https")
tm.flow(agent, officer, proposal, protocol="https")
tm.flow(officer, agent, approval, protocol="https")

tm.flow(agent, llm, agent_context, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, enrol_tool, lookup_call)
tm.flow(enrol_tool, records, lookup_call, protocol="https")
tm.flow(records, enrol_tool, enrolments, protocol="https")
tm.flow(enrol_tool, agent, enrolments)

tm.flow(agent, room_tool, lookup_call)
tm.flow(room_tool, estates, lookup_call, protocol="https")
tm.flow(estates, room_tool, rooms, protocol="https")
tm.flow(room_tool, agent, rooms)

tm.flow(agent, adj_tool, lookup_call)
tm.flow(adj_tool, disability, lookup_call, protocol="https")
tm.flow(disability, adj_tool, adjustments, protocol="https")
tm.flow(adj_tool, agent, adjustments)

tm.flow(agent, publish_tool, proposal, label="after approval")
tm.flow(publish_tool, timetabling, timetable, protocol="https")

tm.flow(timetabling, portal, timetable, protocol="https")
tm.flow(student, portal, portal_session, protocol="https")
tm.flow(portal, student, personal_timetable, protocol="https")
tm.flow(staff, portal, portal_session, protocol="https")
tm.flow(portal, staff, personal_timetable, protocol="https")
