"""Classic car rally: route book agent and checkpoint timing, the first design.

A classic car club runs a one-day road rally for historic cars. Crews enter on
the club website. Before the event the clerk of the course gives a route plan
to a route book agent: an LLM agent (hosted model from a vendor) that turns the
waypoints, a mapping provider's directions and the rally regulations into the
tulip-diagram route book, renders it as a PDF and, once the clerk has approved
it, emails it to each crew on the morning of the event. On the day, marshals
at each time control type the arrival time of each car into a web app on their
own phones; the times go to a timing API in the club's cloud hosting. A results
service applies the penalty table from the regulations and the website shows
penalties and standings live to crews and spectators. Controls in this design:
HTTPS everywhere, a per-checkpoint PIN for marshals, an e-mail and password login
for the clerk, the clerk's approval before route books go out, and the hosting
provider's disk encryption for the rally database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Classic car rally route book and checkpoint timing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Route books drafted and issued by an agent; live checkpoint timing and results.",
)

# ---------------------------------------------------------------- data assets
entries = tg.Data(
    "Crew entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Driver and navigator names, e-mail, phone, car make and registration.",
)
route_plan = tg.Data(
    "Route plan",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Waypoints, time controls and target times; secret until the start.",
)
directions = tg.Data(
    "Map directions and distances", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
regulations = tg.Data(
    "Rally regulations and penalty table", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
prompt = tg.Data(
    "Route book drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
completion = tg.Data(
    "Drafted route instructions", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
render_call = tg.Data(
    "Render route book call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
route_book = tg.Data(
    "Route book PDF",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
approval = tg.Data("Route book approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
mail_call = tg.Data("Send route book call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
route_book_email = tg.Data("Route book e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
checkpoint_times = tg.Data(
    "Checkpoint times",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
results = tg.Data(
    "Penalties and results",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
amendments = tg.Data("Result amendments", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Crews enter the rally, receive the route book and follow results.
    crew = tm.add(tg.Actor("Competitor crew", role="entrant"))
    # Anyone following the rally on the website.
    spectator = tm.add(tg.Actor("Spectator", role="public"))

with tm.boundary("Checkpoints on the road", trust=tg.Trust.UNTRUSTED):
    # Club volunteers standing at each time control.
    marshal = tm.add(tg.Actor("Marshal", role="volunteer marshal"))
    # The marshal's own phone running the timing web app over mobile data.
    marshal_phone = tm.add(
        tg.Device("Marshal phone", fleet=True, description="Volunteers' own phones, browser app.")
    )

with tm.boundary("Club committee laptops", trust=tg.Trust.INTERNAL):
    # Sets the route, approves route books and amends results after protests.
    clerk = tm.add(tg.Actor("Clerk of the course", role="organiser", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that writes the step-by-step route instructions.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Mapping provider", trust=tg.Trust.PARTNER):
    # Road directions and distances between waypoints.
    maps = tm.add(tg.ExternalService("Mapping API", provides="data-provider"))

with tm.boundary("Club cloud hosting", trust=tg.Trust.INTERNAL):
    # Public site: entries, live results and the clerk's admin pages.
    website = tm.add(
        tg.Endpoint(
            "Club website",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password for the clerk's admin login")},
        )
    )
    # Receives checkpoint times from the marshals' phones.
    timing_api = tm.add(
        tg.Endpoint(
            "Timing API",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="checkpoint PIN shared by the marshals at each control")
            },
        )
    )
    # Drafts the route book from the plan, directions and regulations; issues it to crews.
    agent = tm.add(
        tg.Agent(
            "Route book agent",
            autonomy="supervised",
            controls={
                c.HumanInTheLoop(approver="clerk of the course, before route books are sent")
            },
        )
    )
    # Turns the drafted instructions into a tulip-diagram PDF.
    renderer = tm.add(tg.Tool("Route book renderer", capabilities={"read", "write"}))
    # Sends each crew its route book by e-mail.
    mailer = tm.add(tg.Tool("Entrant mailer", capabilities={"send-messages"}))
    # Entries, checkpoint times and results.
    rally_db = tm.add(
        tg.DataStore(
            "Rally database",
            stores={entries, checkpoint_times, results},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # The published regulations, including the penalty table.
    regs_store = tm.add(tg.DataStore("Regulations store", stores={regulations}))
    # Applies the penalty table to checkpoint times and computes standings.
    results_service = tm.add(tg.Service("Results service"))

# ---------------------------------------------------------------- flows
# entries
tm.flow(crew, website, entries, protocol="https", label="enter the rally")
tm.flow(website, rally_db, entries)

# route book drafting and issue
tm.flow(clerk, agent, route_plan, protocol="https", label="route plan")
tm.flow(agent, maps, route_plan, protocol="https", label="waypoints")
tm.flow(maps, agent, directions, protocol="https")
tm.flow(regs_store, agent, regulations)
tm.flow(rally_db, agent, entries, label="entry list")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, renderer, render_call)
tm.flow(renderer, agent, route_book)
tm.flow(agent, clerk, route_book, protocol="https", label="draft for approval")
tm.flow(clerk, agent, approval, protocol="https")
tm.flow(agent, mailer, mail_call, route_book)
tm.flow(mailer, crew, route_book_email, protocol="smtp+starttls")

# checkpoint timing
tm.flow(marshal, marshal_phone, checkpoint_times, label="entered by hand at the control")
tm.flow(marshal_phone, timing_api, checkpoint_times, protocol="https")
tm.flow(timing_api, marshal_phone, checkpoint_times, protocol="https", label="confirmation")
tm.flow(timing_api, rally_db, checkpoint_times)

# penalties and results
tm.flow(rally_db, results_service, checkpoint_times)
tm.flow(regs_store, results_service, regulations, label="penalty table")
tm.flow(results_service, rally_db, results)
tm.flow(rally_db, website, results)
tm.flow(website, crew, results, protocol="https")
tm.flow(website, spectator, results, protocol="https")
tm.flow(clerk, website, amendments, protocol="https", label="amend results after protests")
tm.flow(website, rally_db, amendments)
