"""Cycling club route-safety planner: the first design, before any security review.

A large cycling club adds an LLM assistant to its club app so that ride leaders
can plan group rides. A ride leader asks for a ride (start point, distance, pace,
date); a planning service in the club's cloud account pulls candidate routes from
the club's route library, the incident reports members have filed in the app over
the last months (potholes, crashes, dangerous junctions), road closures from the
council's open data feed and the forecast from a weather API, and sends all of it
to a hosted LLM, which proposes a route with hazard notes. The ride leader edits
the draft and publishes it; members then see the ride and download its GPX file
to their bike computers. Members sign in with e-mail and password; ride leaders
hold an extra role in the app that lets them plan and publish. Traffic is HTTPS,
the member database is encrypted at rest, and nothing reaches members until a
ride leader has published it.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cycling club route-safety LLM planner",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted group-ride routes with hazard notes, edited and published by ride leaders.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Member sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="E-mail address and password; the app keeps a session token afterwards.",
)
accounts = tg.Data(
    "Member accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, password hash, emergency contact and club role.",
)
incidents = tg.Data(
    "Incident reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Free text and a map pin from members: what happened, where, who was hurt.",
)
routes = tg.Data(
    "Route library entries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The club's known routes with GPX tracks, cafe stops and past ride notes.",
)
closures = tg.Data("Road closures", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecast_query = tg.Data("Forecast query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
planning_request = tg.Data(
    "Ride planning request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the ride leader asks for: start, distance, pace, date, group level.",
)
llm_prompt = tg.Data(
    "Planning prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request, candidate routes, recent incidents, closures, weather.",
)
proposal = tg.Data(
    "Proposed route with hazard notes",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
published_ride = tg.Data(
    "Published ride",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Meeting point, start time, leader, route description and hazard notes.",
)
gpx = tg.Data(
    "Ride GPX file",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any club member: reads published rides, files incident reports.
    member = tm.add(tg.Actor("Club member", role="member"))
    # A member with the ride-leader role, who plans and publishes group rides.
    ride_leader = tm.add(tg.Actor("Ride leader", role="ride leader"))
    # Members' own GPS bike computers, loaded with the published GPX.
    bike_computer = tm.add(
        tg.Device(
            "Member bike computer",
            description="Garmin, Wahoo and similar head units owned by members.",
        )
    )
    # The council's open data portal, polled for planned and emergency road closures.
    council_feed = tm.add(
        tg.DataSource(
            "Council road closure feed",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={closures},
            description="Open data feed of roadworks and closures published by the council.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API on the club's paid plan.
    weather = tm.add(
        tg.ExternalService(
            "Weather API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hourly forecast (wind, rain, ice risk) for a route's area and date.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the route proposal and hazard notes.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat-completion API; the club sends a prompt and gets text back.",
        )
    )

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # The club app's backend: sign-in, incident reports, planning, publishing, downloads.
    app_api = tm.add(
        tg.Endpoint(
            "Club app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="ride-leader role required to plan and publish rides"),
            },
        )
    )
    # Gathers the context, builds the prompt, calls the LLM and returns a draft.
    planner = tm.add(
        tg.Service(
            "Route planning service",
            description="Fixed pipeline: fetch routes, incidents, closures, weather; prompt the LLM.",
            controls={
                c.HumanInTheLoop(
                    approver="the ride leader, who edits the draft and publishes it themselves"
                ),
            },
        )
    )
    # Member accounts and roles.
    account_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={accounts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Everything members report about hazards and crashes on the road.
    incident_db = tm.add(tg.DataStore("Incident report store", stores={incidents}))
    # The club's curated routes, plus every ride once it is published.
    route_library = tm.add(tg.DataStore("Route library", stores={routes, published_ride, gpx}))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(member, app_api, sign_in, protocol="https", label="sign in")
tm.flow(ride_leader, app_api, sign_in, protocol="https", label="sign in")
tm.flow(app_api, account_db, sign_in, label="verify password")
tm.flow(account_db, app_api, accounts, label="account and role")

# incident reporting
tm.flow(member, app_api, incidents, protocol="https", label="files incident report")
tm.flow(app_api, incident_db, incidents)

# planning
tm.flow(ride_leader, app_api, planning_request, protocol="https")
tm.flow(app_api, planner, planning_request)
tm.flow(planner, route_library, planning_request, label="candidate route search")
tm.flow(route_library, planner, routes)
tm.flow(incident_db, planner, incidents, label="incidents near candidate routes, last 90 days")
tm.flow(council_feed, planner, closures, protocol="https", label="polled hourly")
tm.flow(planner, weather, forecast_query, protocol="https")
tm.flow(weather, planner, forecast, protocol="https")
tm.flow(planner, llm, llm_prompt, protocol="https")
tm.flow(llm, planner, proposal, protocol="https")
tm.flow(planner, app_api, proposal, label="draft")
tm.flow(app_api, ride_leader, proposal, protocol="https", label="draft for editing")

# publishing and download
tm.flow(ride_leader, app_api, published_ride, gpx, protocol="https", label="edits and publishes")
tm.flow(app_api, route_library, published_ride, gpx)
tm.flow(route_library, app_api, published_ride, gpx)
tm.flow(
    app_api, member, published_ride, gpx, protocol="https", label="ride listing and GPX download"
)
tm.flow(member, bike_computer, gpx, protocol="usb", label="copied to the bike computer")
