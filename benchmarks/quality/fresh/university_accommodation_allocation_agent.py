"""University accommodation allocation agent: the first design, before any security review.

Each summer the accommodation office allocates rooms in the university's halls of
residence to incoming first-year students. Offer holders (synced nightly from the
admissions system) sign in to the accommodation portal with an e-mail and password,
state their hall and room preferences and weekly budget, declare medical needs and
upload supporting evidence such as a GP or disability letter. During an allocation
round an LLM agent, running in the university's cloud tenancy and calling a hosted
model through the vendor's API, reads each application, looks up free rooms and rents
in the halls inventory, records the allocation in the residence records and e-mails the
student an offer through the university's mail service. Accommodation officers manage
the room inventory and rework allocations in a staff console behind university SSO with
MFA. Applications are encrypted at rest, staff access is role-based, the agent's runs
are step-capped and logged; offers go out without a person approving each one.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University accommodation allocation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent allocates halls rooms to first-year students and e-mails offers.",
)

# ---------------------------------------------------------------- data assets
offer_holders = tg.Data(
    "Offer-holder list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student id, name, e-mail and course of each first-year offer holder.",
)
application = tg.Data(
    "Accommodation application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hall and room-type preferences, weekly budget, flatmate requests.",
)
medical_needs = tg.Data(
    "Medical needs and evidence",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Declared health conditions and uploaded GP or disability letters "
    "(special-category data).",
)
allocation_prompt = tg.Data(
    "Allocation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Allocation policy instructions, the application, medical needs and candidate rooms.",
)
allocation_plan = tg.Data(
    "Agent reasoning and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
room_query = tg.Data("Room search query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
room_inventory = tg.Data(
    "Halls room inventory",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Rooms, rents, accessibility features and availability per hall.",
)
room_matches = tg.Data("Available rooms", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
allocation = tg.Data(
    "Room allocation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Student, hall, room, rent and contract dates.",
)
allocation_result = tg.Data(
    "Allocation confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
offer = tg.Data(
    "Room offer",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Offer e-mail with the room, rent, contract terms and acceptance deadline.",
)
acceptance = tg.Data("Offer acceptance", kind="records", sensitivity=tg.Sensitivity.PII)
inventory_update = tg.Data(
    "Room inventory changes", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
reallocation = tg.Data("Manual reallocation", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Incoming first-year students applying from home, before they enrol.
    student = tm.add(tg.Actor("First-year student", role="applicant"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # The hosted language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="procurement review of the vendor's data terms")},
        )
    )

with tm.boundary("University mail provider", trust=tg.Trust.PARTNER):
    # The university's hosted e-mail service, used to deliver offers.
    mail = tm.add(tg.ExternalService("University e-mail service"))

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where students apply, accept offers and see their allocation.
    portal = tm.add(
        tg.Endpoint(
            "Accommodation portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="applicant e-mail and password"),
                c.InputValidation(note="form schema and upload type and size checks"),
            },
        )
    )
    # Holds each student's application and medical evidence until the round runs.
    applications_db = tm.add(
        tg.DataStore(
            "Application store",
            stores={application, medical_needs},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Works through the applications of an allocation round and decides each room.
    agent = tm.add(
        tg.Agent(
            "Allocation agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Reads each application, matches it to free rooms and sends the offer.",
            controls={c.CircuitBreaker(max_steps=40), c.AuditLogging(retention_days=365)},
        )
    )
    # Lets the agent search free rooms by hall, type, rent and accessibility.
    room_tool = tm.add(tg.Tool("Room search tool", capabilities={"read"}))
    # Lets the agent write an allocation into the residence records.
    allocate_tool = tm.add(tg.Tool("Room allocation tool", capabilities={"write"}))
    # Lets the agent e-mail the offer to the student.
    offer_tool = tm.add(tg.Tool("Offer e-mail tool", capabilities={"send-messages"}))

    # Staff tooling and the university's own systems.
    with tm.boundary("Accommodation office systems", trust=tg.Trust.INTERNAL):
        # Rooms, rents and accessibility features of every hall.
        inventory_db = tm.add(tg.DataStore("Halls room inventory store", stores={room_inventory}))
        # The system of record for who lives where, and on what contract.
        residence_db = tm.add(
            tg.DataStore(
                "Housing management system",
                stores={allocation, acceptance},
                controls={c.RBAC()},
            )
        )
        # Source of who is entitled to apply.
        admissions = tm.add(
            tg.DataSource("Admissions system", origin=tg.Origin.INTERNAL, provides={offer_holders})
        )
        # Where officers maintain rooms and rework allocations and complaints.
        console = tm.add(
            tg.Service(
                "Accommodation staff console",
                controls={c.Authentication(method="university SSO with MFA"), c.RBAC()},
            )
        )

with tm.boundary("Campus network", trust=tg.Trust.INTERNAL):
    # Accommodation office staff who run the rounds and handle appeals.
    officer = tm.add(tg.Actor("Accommodation officer", role="accommodation staff"))

# ---------------------------------------------------------------- flows
tm.flow(admissions, portal, offer_holders, label="nightly offer-holder sync")
tm.flow(student, portal, application, medical_needs, protocol="https")
tm.flow(portal, applications_db, application, medical_needs)
tm.flow(applications_db, agent, application, medical_needs, label="allocation round batch")

tm.flow(agent, llm, allocation_prompt, protocol="https")
tm.flow(llm, agent, allocation_plan, protocol="https")

tm.flow(agent, room_tool, room_query)
tm.flow(room_tool, inventory_db, room_query)
tm.flow(inventory_db, room_tool, room_inventory)
tm.flow(room_tool, agent, room_matches)

tm.flow(agent, allocate_tool, allocation)
tm.flow(allocate_tool, residence_db, allocation)
tm.flow(allocate_tool, agent, allocation_result)

tm.flow(agent, offer_tool, offer)
tm.flow(offer_tool, mail, offer, protocol="smtp+starttls")
tm.flow(mail, student, offer, protocol="smtp+starttls")

tm.flow(residence_db, portal, allocation, label="student's own allocation")
tm.flow(portal, student, allocation, protocol="https")
tm.flow(student, portal, acceptance, protocol="https")
tm.flow(portal, residence_db, acceptance)

tm.flow(officer, console, inventory_update, reallocation, protocol="https")
tm.flow(console, officer, allocation, application, medical_needs, protocol="https")
tm.flow(console, inventory_db, inventory_update)
tm.flow(applications_db, console, application, medical_needs)
tm.flow(residence_db, console, allocation)
tm.flow(console, residence_db, reallocation)
