"""School minibus driver permit and trip planning agent: the first design.

A secondary school runs its own minibuses for sports fixtures. The transport
coordinator asks a trip planning agent (an LLM agent hosted in the school's cloud
tenant, using a vendor's model API) to staff and plan each fixture. The agent looks
up the fixture list, checks through a tool that each candidate staff driver holds a
current minibus permit and a recent licence check (recorded by the coordinator in
the driver permit register), plans the route through a mapping API, and assigns the
driver once the coordinator confirms the assignment in the planner. It then texts
parents of the team the pick-up time through an SMS gateway, using contacts from the
school MIS. Before each trip the driver records the walk-round vehicle check on a
shared tablet kept with the minibus; the agent reads reported defects when planning.
Staff sign in with Microsoft 365 and MFA; the tablet is unlocked with a PIN the
drivers share. The MIS and permit register use role-based access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School minibus driver permit and trip planning agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Checks minibus driver eligibility, plans fixture trips and texts parents pick-up times.",
)

# ---------------------------------------------------------------- data assets
trip_request = tg.Data(
    "Trip planning request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fixture, team, venue and the staff who could drive.",
)
trip_plan = tg.Data("Proposed trip plan", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
fixtures = tg.Data("Fixture list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
permits = tg.Data(
    "Driver permit and licence check records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Minibus permit expiry, licence categories, endorsements and date of last licence check.",
)
eligibility_query = tg.Data(
    "Driver eligibility query", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
eligibility_result = tg.Data(
    "Driver eligibility result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
route_query = tg.Data("Route query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
route = tg.Data(
    "Planned route and timings", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
assignment = tg.Data(
    "Driver assignment",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
confirmation = tg.Data(
    "Assignment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
trip_sheet = tg.Data("Trip sheet", kind="records", sensitivity=tg.Sensitivity.PII)
pickup_message = tg.Data(
    "Pick-up time message",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Team, venue and the time and place parents collect pupils.",
)
parent_contacts = tg.Data(
    "Pupil and parent contacts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
vehicle_check = tg.Data(
    "Walk-round vehicle check",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Tyres, lights, seat belts, fire extinguisher, first aid kit, defects noted.",
)
defect_status = tg.Data(
    "Vehicle defect status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents receive pick-up times on their own phones.
    parent = tm.add(tg.Actor("Parent", role="parent"))

with tm.boundary("Mapping provider", trust=tg.Trust.PARTNER):
    # Commercial routing API for journey times to away venues.
    maps_api = tm.add(tg.ExternalService("Mapping API", provides="data-provider"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # The school's existing bulk texting provider.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model behind the agent, reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed; vendor does not train on school data")
            },
        )
    )

with tm.boundary("MIS vendor cloud", trust=tg.Trust.PARTNER):
    # The school's management information system: pupils, teams and parent contacts.
    mis = tm.add(
        tg.DataStore(
            "School MIS pupil records",
            stores={parent_contacts},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="MIS vendor managed")},
        )
    )

with tm.boundary("School cloud tenant", trust=tg.Trust.INTERNAL):
    # Plans trips and proposes drivers; the coordinator confirms each assignment.
    agent = tm.add(
        tg.Agent(
            "Trip planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.Authentication(method="staff Microsoft 365 single sign-on with MFA")},
        )
    )
    # Reads permit expiry and licence check date for a named driver.
    eligibility_tool = tm.add(tg.Tool("Driver eligibility check tool", capabilities={"read"}))
    # Asks the mapping API for a route and journey time to the venue.
    route_tool = tm.add(tg.Tool("Route planning tool", capabilities={"read", "network-egress"}))
    # Writes the driver and minibus onto the trip once the coordinator confirms.
    assign_tool = tm.add(
        tg.Tool(
            "Trip assignment tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(
                    approver="transport coordinator",
                    note="each driver assignment is confirmed in the planner before it is saved",
                )
            },
        )
    )
    # Texts the team's parents the pick-up time through the SMS gateway.
    sms_tool = tm.add(tg.Tool("Parent SMS tool", capabilities={"send-messages"}))
    # Permits, licence categories and licence check dates of staff drivers.
    permit_register = tm.add(
        tg.DataStore("Driver permit register", stores={permits}, controls={c.RBAC()})
    )
    # Fixtures, trips, assigned drivers and minibuses.
    schedule = tm.add(
        tg.DataStore(
            "Trip schedule",
            stores={fixtures, trip_sheet},
            controls={c.AuditLogging(note="change history of each trip")},
        )
    )
    # Walk-round checks submitted from the minibus tablets.
    check_log = tm.add(tg.DataStore("Vehicle check log", stores={vehicle_check}))

with tm.boundary("School staff", trust=tg.Trust.INTERNAL):
    # Runs the minibus scheme, records permits and licence checks, confirms assignments.
    coordinator = tm.add(tg.Actor("Transport coordinator", role="staff"))
    # Teacher who drives the minibus to fixtures.
    driver = tm.add(tg.Actor("Staff driver", role="staff"))

with tm.boundary("School-managed devices", trust=tg.Trust.INTERNAL):
    # Shared tablet kept with each minibus, used for the walk-round check.
    tablet = tm.add(
        tg.Device(
            "Minibus tablet",
            controls={
                c.Authentication(
                    method="tablet PIN shared by minibus drivers; driver picks their name from a list"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(coordinator, agent, trip_request, protocol="https")
tm.flow(agent, coordinator, trip_plan, protocol="https")
tm.flow(
    coordinator,
    permit_register,
    permits,
    protocol="https",
    label="records permits and licence checks",
)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(schedule, agent, fixtures, label="fixture lookup")
tm.flow(check_log, agent, defect_status, label="reported defects")

tm.flow(agent, eligibility_tool, eligibility_query)
tm.flow(permit_register, eligibility_tool, permits)
tm.flow(eligibility_tool, agent, eligibility_result)

tm.flow(agent, route_tool, route_query)
tm.flow(route_tool, maps_api, route_query, protocol="https")
tm.flow(maps_api, route_tool, route, protocol="https")
tm.flow(route_tool, agent, route)

tm.flow(agent, assign_tool, assignment)
tm.flow(coordinator, assign_tool, confirmation, protocol="https", label="confirms assignment")
tm.flow(assign_tool, schedule, assignment)
tm.flow(assign_tool, agent, confirmation)

tm.flow(agent, sms_tool, pickup_message)
tm.flow(mis, sms_tool, parent_contacts, protocol="https", label="team parent contacts")
tm.flow(sms_tool, sms_gateway, pickup_message, protocol="https")
tm.flow(sms_gateway, parent, pickup_message, protocol="sms")

tm.flow(schedule, tablet, trip_sheet, protocol="https")
tm.flow(tablet, driver, trip_sheet, label="on the tablet touchscreen")
tm.flow(driver, tablet, vehicle_check, label="on the tablet touchscreen")
tm.flow(tablet, check_log, vehicle_check, protocol="https")
