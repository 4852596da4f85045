"""Climbing gym route feedback: the first design, before any security review.

Members of a UK climbing gym use the gym's phone app to log the routes they
climb (sent or not, attempts, the grade it felt like) and to leave free-text
feedback on routes. The app talks to a small API in the gym's cloud account,
which checks membership against the gym management SaaS the front desk already
uses and keeps logs and feedback in one database. Once a week a summary job
sends each wall's feedback, with member names stripped out, to a hosted LLM
that writes a per-route summary and suggests grade changes. The head route
setter reads them on a staff dashboard and decides; nothing changes a grade
without them. Members sign in with e-mail and password, staff through the
gym's Google Workspace accounts; all links use HTTPS and the database is
encrypted at rest by the cloud provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Climbing gym route feedback",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Members log climbs and rate routes; an LLM summarises feedback for the head setter.",
)

# ---------------------------------------------------------------- data assets
climb_log = tg.Data(
    "Climb log entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member id, route, date, attempts, sent or not, perceived grade.",
)
feedback = tg.Data(
    "Route feedback comments",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Free text members write about a route, with a star rating.",
)
routes = tg.Data(
    "Route details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wall, hold colour, set grade, setter, date set and date stripped.",
)
membership_check = tg.Data("Membership lookup", kind="records", sensitivity=tg.Sensitivity.PII)
membership_status = tg.Data("Membership status", kind="records", sensitivity=tg.Sensitivity.PII)
summary_prompt = tg.Data(
    "Feedback summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, route details, grade votes and the week's comments without names.",
)
llm_output = tg.Data(
    "Route summaries and grade suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
grade_decision = tg.Data("Grade decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
new_route = tg.Data("New route set", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any paying member; anyone can buy a day pass and get an account.
    member = tm.add(tg.Actor("Gym member", role="member"))
    # The gym's app on members' own phones: where climbs and comments are typed.
    member_app = tm.add(tg.Device("Member phone app", fleet=True))

with tm.boundary("Gym app cloud account", trust=tg.Trust.INTERNAL):
    # The one public API the app calls: sign-in, logging climbs, feedback, route list.
    member_api = tm.add(
        tg.Endpoint(
            "Member API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Holds every member's climb log and feedback, the input to the summaries.
    climb_db = tm.add(
        tg.DataStore(
            "Climb log database",
            stores={climb_log, feedback},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The gym's list of routes currently on the walls and their grades.
    route_catalogue = tm.add(tg.DataStore("Route catalogue", stores={routes}))
    # Weekly job that builds the prompt per wall and calls the LLM.
    summary_job = tm.add(
        tg.Service(
            "Weekly feedback summary job",
            description="Strips member names, groups the week's feedback by route, calls the LLM.",
            controls={c.DataMinimization(note="member names and ids removed before the prompt")},
        )
    )
    # Where the week's summaries wait for the head setter.
    review_queue = tm.add(tg.DataStore("Setter review queue", stores={llm_output}))
    # Staff web app for setters: review summaries, decide grades, add new routes.
    setter_dashboard = tm.add(
        tg.Endpoint(
            "Setter dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace sign-in"),
                c.HumanInTheLoop(approver="head route setter"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model; the gym does not train anything itself.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Gym management SaaS", trust=tg.Trust.PARTNER):
    # The front desk's existing membership and booking system.
    membership_system = tm.add(
        tg.ExternalService("Membership system", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Gym staff", trust=tg.Trust.INTERNAL):
    # Decides grade changes; the only person who can change a grade.
    head_setter = tm.add(tg.Actor("Head route setter", role="head setter", privileged=True))
    # Sets new routes and enters them in the catalogue.
    route_setter = tm.add(tg.Actor("Route setter", role="route setter"))

# ---------------------------------------------------------------- flows
tm.flow(member, member_app, climb_log, feedback, label="logs climbs and comments")
tm.flow(member_app, member_api, climb_log, feedback, protocol="https")
tm.flow(member_api, membership_system, membership_check, protocol="https")
tm.flow(membership_system, member_api, membership_status, protocol="https")
tm.flow(member_api, climb_db, climb_log, feedback)
tm.flow(climb_db, member_api, climb_log, label="member's own history")
tm.flow(route_catalogue, member_api, routes)
tm.flow(member_api, member_app, routes, climb_log, protocol="https")
tm.flow(member_app, member, routes, climb_log)

tm.flow(climb_db, summary_job, climb_log, feedback, label="weekly export")
tm.flow(route_catalogue, summary_job, routes)
tm.flow(summary_job, llm, summary_prompt, protocol="https")
tm.flow(llm, summary_job, llm_output, protocol="https")
tm.flow(summary_job, review_queue, llm_output)

tm.flow(review_queue, setter_dashboard, llm_output)
tm.flow(setter_dashboard, head_setter, llm_output, protocol="https")
tm.flow(head_setter, setter_dashboard, grade_decision, protocol="https")
tm.flow(route_setter, setter_dashboard, new_route, protocol="https")
tm.flow(setter_dashboard, route_catalogue, grade_decision, new_route)
