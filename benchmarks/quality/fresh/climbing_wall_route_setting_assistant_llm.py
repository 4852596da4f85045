"""Route-setting assistant for a climbing centre: the first design, before any security review.

Every week the setting team strips and resets part of the walls. The head setter
plans the reset in a small web planner run in the centre's cloud project: they
keep the hold inventory there, and the setters upload photos of the walls to be
reset from their phones. A suggestion service pulls the hold inventory, the wall
photos and the last few weeks of customers' route ratings and comments (logged in
the members' app) and asks a hosted multimodal LLM to propose route set-ups:
lines, hold choices and a grade spread for each wall. The head setter reviews the
suggestions and saves the weekly reset plan, which the setters follow and which is
published to the app's route list once the walls are set. Members sign in to the
app with e-mail and password; staff sign in to the planner with their Google
Workspace accounts. The ratings database uses the cloud provider's default
encryption at rest. Nothing the LLM suggests is used without the head setter.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Climbing wall route-setting assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Suggests weekly route set-ups from hold inventory, wall photos and member ratings.",
)

# ---------------------------------------------------------------- data assets
route_rating = tg.Data(
    "Route ratings and comments",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Member id, route id, star rating, suggested grade and a free-text comment.",
)
route_list = tg.Data("Published route list", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
hold_inventory = tg.Data(
    "Hold inventory",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Holds and volumes by size, colour, type and current location.",
)
wall_photos = tg.Data("Wall photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
setting_brief = tg.Data(
    "Setting brief",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Walls to reset this week, target grade spread, setters available.",
)
setting_prompt = tg.Data(
    "Route-setting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Brief, inventory, photos and recent ratings with members' comments.",
)
suggestions = tg.Data(
    "Suggested route set-ups", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
reset_plan = tg.Data("Weekly reset plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members log the routes they climb and rate them in the centre's app.
    member = tm.add(tg.Actor("Climbing member", role="customer"))

with tm.boundary("Climbing centre", trust=tg.Trust.INTERNAL):
    # Plans the weekly reset and decides what actually goes on the wall.
    head_setter = tm.add(tg.Actor("Head setter", role="head route setter"))
    # Photographs the walls before a reset and follows the plan.
    setter = tm.add(tg.Actor("Route setter", role="route setter"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the photos and writes the suggestions.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-language model behind the vendor's API.",
        )
    )

with tm.boundary("Centre cloud project", trust=tg.Trust.INTERNAL):
    # The members' app back end: route list and route logging with ratings.
    route_api = tm.add(
        tg.Endpoint(
            "Route logging API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="member e-mail and password"),
                c.InputValidation(note="rating 1-5, grade from the centre's scale, comment length"),
            },
        )
    )
    # Where the members' ratings and comments are kept.
    ratings_db = tm.add(
        tg.DataStore(
            "Route ratings database",
            stores={route_rating},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # The holds the centre owns, and where they are.
    hold_db = tm.add(tg.DataStore("Hold inventory database", stores={hold_inventory}))
    # Bucket of wall photos uploaded by the setters.
    photo_store = tm.add(tg.DataStore("Wall photo bucket", stores={wall_photos}))
    # Saved reset plans, current and past.
    plan_store = tm.add(tg.DataStore("Reset plan store", stores={reset_plan, route_list}))
    # Staff web app where the head setter plans the reset.
    planner = tm.add(
        tg.Endpoint(
            "Setting planner web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace account sign-in"),
                c.HumanInTheLoop(
                    approver="head setter",
                    note="suggestions become a plan only when the head setter saves it",
                ),
            },
        )
    )
    # Gathers inventory, photos and ratings, builds the prompt and calls the LLM.
    suggester = tm.add(
        tg.Service(
            "Route suggestion service",
            description="Builds the prompt from the brief, inventory, photos and ratings; calls the LLM.",
        )
    )

# ---------------------------------------------------------------- flows
# members' app
tm.flow(member, route_api, route_rating, protocol="https")
tm.flow(route_api, member, route_list, protocol="https")
tm.flow(route_api, ratings_db, route_rating)
tm.flow(plan_store, route_api, route_list, label="new routes published after the reset")

# staff in the planner
tm.flow(head_setter, planner, setting_brief, protocol="https", label="weekly brief")
tm.flow(head_setter, planner, hold_inventory, protocol="https", label="inventory updates")
tm.flow(planner, hold_db, hold_inventory)
tm.flow(setter, planner, wall_photos, protocol="https", label="photo upload from phone")
tm.flow(planner, photo_store, wall_photos)

# suggestions
tm.flow(planner, suggester, setting_brief)
tm.flow(hold_db, suggester, hold_inventory)
tm.flow(photo_store, suggester, wall_photos)
tm.flow(ratings_db, suggester, route_rating, label="last four weeks of ratings")
tm.flow(suggester, llm, setting_prompt, wall_photos, protocol="https")
tm.flow(llm, suggester, suggestions, protocol="https")
tm.flow(suggester, planner, suggestions)
tm.flow(planner, head_setter, suggestions, protocol="https")

# the plan
tm.flow(head_setter, planner, reset_plan, protocol="https", label="saves the reset plan")
tm.flow(planner, plan_store, reset_plan, route_list)
tm.flow(plan_store, planner, reset_plan, label="previous plans")
tm.flow(planner, setter, reset_plan, protocol="https")
