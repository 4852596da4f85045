"""Ice climbing centre route advisor: the first design, before any security review.

An indoor ice climbing centre wants help keeping route grades and safety notes
current as the ice changes. Route setters describe each new route (line, ice
features, screw placements) on the setter console; climbers rate routes and
leave free-text feedback in the centre's app. A route advisor service combines
the setter's description, recent climber feedback and the ice-wall temperature
readings into a prompt for a hosted LLM, which suggests a grade and safety notes.
The head route setter reviews every suggestion and publishes it; the app then
shows the published grade and notes to climbers. The app backend, the advisor
and the stores run in the centre's cloud tenant; setters and the wall sensors sit
on the centre's LAN. Climbers sign in to the app with e-mail and password, staff
use the centre's SSO, traffic is HTTPS, and the member database is encrypted at
rest. Member names are stripped from feedback before it goes into a prompt.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ice climbing route advisor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-suggested route grades and safety notes for an indoor ice climbing centre.",
)

# ---------------------------------------------------------------- data assets
member_account = tg.Data(
    "Member account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, password hash, membership and self-declared climbing level.",
)
feedback = tg.Data(
    "Climber route feedback",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Perceived grade, star rating and free-text comments, tied to the member id.",
)
route_description = tg.Data(
    "Setter route description",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Line, ice features, screw placements and setter's intended grade.",
)
ice_readings = tg.Data(
    "Ice wall temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Route advisor prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions, route description, anonymised feedback and ice temperatures.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
suggestion = tg.Data(
    "Suggested grade and safety notes",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
approval = tg.Data("Head setter approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
published_route = tg.Data(
    "Published route grade and safety notes",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
advisor_log = tg.Data(
    "Advisor prompt and response log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members and day-pass visitors using the centre's app on their own phones.
    climber = tm.add(tg.Actor("Climber", role="member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; we do not host models.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model prompted to suggest a grade and safety notes.",
        )
    )

with tm.boundary("Centre cloud tenant", trust=tg.Trust.INTERNAL):
    # Backend of the centre's app: sign-in, route list, feedback submission.
    app_api = tm.add(
        tg.Endpoint(
            "App backend API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Member accounts for the app and the centre's bookings.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={member_account},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Raw climber feedback, kept so the advisor can read recent comments per route.
    feedback_store = tm.add(tg.DataStore("Feedback store", stores={feedback}))
    # Source of truth for routes: setter drafts and what the app shows.
    route_catalogue = tm.add(
        tg.DataStore("Route catalogue", stores={route_description, published_route})
    )
    # Builds the prompt for one route and calls the LLM when a setter asks for a suggestion.
    advisor = tm.add(
        tg.Service(
            "Route advisor service",
            description="Assembles route description, recent feedback and ice temperatures "
            "into a prompt and returns the LLM's suggestion to the setter console.",
            controls={c.DataMinimization(note="member names and ids removed from feedback")},
        )
    )
    # Prompt and response history, for tuning the prompt and looking back at suggestions.
    log_store = tm.add(tg.DataStore("Advisor log store", stores={advisor_log}))
    # Staff web app where setters enter routes and the head setter publishes suggestions.
    console = tm.add(
        tg.Endpoint(
            "Setter console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="centre staff SSO"),
                c.HumanInTheLoop(
                    approver="the head route setter",
                    note="no grade or safety note reaches the app until approved",
                ),
            },
        )
    )

with tm.boundary("Centre LAN", trust=tg.Trust.INTERNAL):
    # Staff who set routes and write their descriptions.
    setter = tm.add(tg.Actor("Route setter", role="route setter"))
    # Reviews and publishes grades and safety notes.
    head_setter = tm.add(tg.Actor("Head route setter", role="head setter"))
    # Probes in the ice wall; colder or warmer ice changes how routes climb.
    sensors = tm.add(tg.Device("Ice wall temperature sensors", fleet=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(climber, app_api, member_account, feedback, protocol="https", controls={tls})
tm.flow(app_api, climber, published_route, protocol="https", controls={tls})
tm.flow(app_api, member_db, member_account)
tm.flow(member_db, app_api, member_account, label="sign-in and profile")
tm.flow(app_api, feedback_store, feedback)
tm.flow(route_catalogue, app_api, published_route)

tm.flow(setter, console, route_description, protocol="https")
tm.flow(console, route_catalogue, route_description, label="draft route")
tm.flow(route_catalogue, advisor, route_description)
tm.flow(feedback_store, advisor, feedback, label="recent feedback for the route")
tm.flow(sensors, advisor, ice_readings, protocol="mqtt", label="every 5 minutes")
tm.flow(advisor, llm, prompt, protocol="https")
tm.flow(llm, advisor, completion, protocol="https")
tm.flow(advisor, log_store, advisor_log)
tm.flow(advisor, console, suggestion)
tm.flow(console, head_setter, suggestion, protocol="https")
tm.flow(head_setter, console, approval, protocol="https")
tm.flow(console, route_catalogue, published_route, label="publish")
