"""Heritage railway footplate roster and competency agent: the first design.

A volunteer-run heritage steam railway needs a driver, fireman and cleaner on
every loco for each running day. Volunteers enter their availability on the
railway's volunteer portal, and the competency officer keeps each volunteer's
footplate grade, route knowledge, rules-test and medical dates there too. Each
week a roster agent reads both, asks a hosted LLM to draft crew assignments for
the timetable, and writes a draft roster; the operations manager reviews and
approves it before the portal publishes it and e-mails it to the crews. On a
running day drivers sign on at the loco shed on a shared tablet, which checks
them against the approved roster. The portal and its database run in a small
cloud tenancy; volunteers sign in with e-mail and password, drivers sign on with
their volunteer number and own PIN, traffic is HTTPS and the databases use the
cloud provider's disk encryption. Every roster needs the manager's approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Heritage railway footplate roster and competency agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Weekly footplate crew rosters drafted by an LLM agent from volunteer "
    "availability and competency records, approved by the operations manager.",
)

# ---------------------------------------------------------------- data assets
availability = tg.Data(
    "Volunteer availability",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Dates each volunteer can turn out, with free-text notes.",
)
competency = tg.Data(
    "Footplate competency records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Grade (cleaner, fireman, driver), route knowledge, rules-test and "
    "medical fitness expiry dates, assessor notes.",
)
roster_request = tg.Data(
    "Weekly roster request",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="The week's running days, timetable and locos, from the manager.",
)
roster_prompt = tg.Data(
    "Roster drafting prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, timetable, availability and competencies of eligible crew.",
)
draft_assignments = tg.Data(
    "Suggested crew assignments", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
roster_write = tg.Data("Roster write call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
roster_write_result = tg.Data(
    "Roster write result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
draft_roster = tg.Data("Draft footplate roster", sensitivity=tg.Sensitivity.PII, kind="records")
approval = tg.Data("Roster approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
published_roster = tg.Data(
    "Published footplate roster", sensitivity=tg.Sensitivity.PII, kind="records"
)
roster_email = tg.Data("Roster e-mail", sensitivity=tg.Sensitivity.PII, kind="documents")
sign_on = tg.Data(
    "Shed sign-on",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Volunteer number, PIN, loco and duty being signed on for.",
)
sign_on_check = tg.Data(
    "Sign-on check result",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Whether the volunteer is rostered and in date for the duty.",
)
sign_on_log = tg.Data("Sign-on log", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Footplate volunteers entering availability from home and reading their rosters.
    volunteer = tm.add(tg.Actor("Footplate volunteer", role="volunteer"))
    # Keeps competency records up to date after assessments, from home.
    competency_officer = tm.add(
        tg.Actor("Competency officer", role="competency assessor", privileged=True)
    )
    # Asks for each week's roster and approves it, from home or the station office.
    ops_manager = tm.add(tg.Actor("Operations manager", role="operations manager", privileged=True))
    # Sends the published roster to volunteers' inboxes.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts crew assignments; the railway has no ML staff of its own.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Railway cloud tenancy", trust=tg.Trust.INTERNAL):
    # The one web application volunteers, the competency officer and the manager use.
    portal = tm.add(
        tg.Endpoint(
            "Volunteer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="availability form checks dates and duty types"),
            },
        )
    )
    # Builds the weekly draft roster from availability and competencies.
    agent = tm.add(
        tg.Agent(
            "Roster agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="operations manager",
                    note="every weekly roster is approved in the portal before it is published",
                )
            },
        )
    )
    # The agent's only way to write: saves a draft roster for the manager to review.
    roster_tool = tm.add(
        tg.Tool(
            "Draft roster tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="writes draft rosters only; cannot publish")},
        )
    )
    # Availability entered by volunteers.
    availability_db = tm.add(
        tg.DataStore(
            "Availability database",
            stores={availability},
            controls={c.EncryptionAtRest(key_management="cloud provider default disk encryption")},
        )
    )
    # The railway's record of who is competent to do which footplate duty.
    competency_db = tm.add(
        tg.DataStore(
            "Competency register",
            stores={competency},
            controls={
                c.EncryptionAtRest(key_management="cloud provider default disk encryption"),
                c.RBAC(note="only the competency officer role can edit records"),
            },
        )
    )
    # Draft and approved rosters, and the sign-on log for each running day.
    roster_db = tm.add(
        tg.DataStore(
            "Roster database",
            stores={draft_roster, published_roster, sign_on_log},
            controls={c.EncryptionAtRest(key_management="cloud provider default disk encryption")},
        )
    )

with tm.boundary("Loco shed", trust=tg.Trust.INTERNAL):
    # The driver (or crew member) booking on for duty in the shed.
    crew_at_shed = tm.add(tg.Actor("Crew member signing on", role="footplate crew"))
    # A shared tablet on the shed wall, on the shed's broadband Wi-Fi.
    tablet = tm.add(
        tg.Device(
            "Shed sign-on tablet",
            fleet=False,
            controls={c.Authentication(method="volunteer number and own PIN")},
        )
    )

# ---------------------------------------------------------------- flows
https = {c.EncryptionInTransit(protocol="TLS 1.2+")}

tm.flow(volunteer, portal, availability, protocol="https", controls=https)
tm.flow(portal, volunteer, published_roster, protocol="https", controls=https)
tm.flow(portal, availability_db, availability)

tm.flow(competency_officer, portal, competency, protocol="https", controls=https)
tm.flow(portal, competency_officer, competency, protocol="https", controls=https)
tm.flow(portal, competency_db, competency)
tm.flow(competency_db, portal, competency)

tm.flow(ops_manager, portal, roster_request, protocol="https", controls=https)
tm.flow(portal, agent, roster_request, label="weekly run")
tm.flow(availability_db, agent, availability)
tm.flow(competency_db, agent, competency)
tm.flow(agent, llm, roster_prompt, protocol="https", controls=https)
tm.flow(llm, agent, draft_assignments, protocol="https", controls=https)
tm.flow(agent, roster_tool, roster_write)
tm.flow(roster_tool, agent, roster_write_result)
tm.flow(roster_tool, roster_db, draft_roster)

tm.flow(roster_db, portal, draft_roster, published_roster)
tm.flow(portal, ops_manager, draft_roster, protocol="https", controls=https, label="for review")
tm.flow(ops_manager, portal, approval, protocol="https", controls=https)
tm.flow(portal, roster_db, approval, published_roster, label="publish approved roster")
tm.flow(portal, mail, roster_email, protocol="https", controls=https)
tm.flow(mail, volunteer, roster_email, protocol="smtp")

tm.flow(crew_at_shed, tablet, sign_on)
tm.flow(tablet, portal, sign_on, protocol="https", controls=https)
tm.flow(portal, tablet, sign_on_check, protocol="https", controls=https)
tm.flow(tablet, crew_at_shed, sign_on_check)
tm.flow(portal, roster_db, sign_on_log)
