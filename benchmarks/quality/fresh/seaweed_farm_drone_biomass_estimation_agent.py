"""Seaweed farm harvest planning agent: the first design, before any security review.

A seaweed farm on the west coast of Ireland flies survey drones over its longlines
every week. At the shore base the imagery is copied off the drones and a processing
job runs a biomass model that estimates wet tonnes per line into the farm database.
A harvest planning agent (a hosted LLM with tools) combines those estimates with the
buyer orders in the order book, proposes harvest plans, books harvest boat crews
through a SaaS crew scheduling app and e-mails buyers their expected volumes through
the farm's hosted mail service. The farm manager asks for and reviews plans in a
planning web page; plans over 10 tonnes wait for the manager's approval. Controls:
Microsoft 365 sign-in with MFA on the planning page, a step limit on the agent,
the crew app's API key kept in a vault, role-based access and backups on the farm
database, and TLS to the LLM vendor, crew app and mail service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Seaweed farm harvest planning agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Plans seaweed harvests from drone biomass estimates and buyer orders, "
    "books boat crews and tells buyers expected volumes.",
)

# ---------------------------------------------------------------- data assets
imagery = tg.Data(
    "Drone survey imagery",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Multispectral stills of each longline, geotagged.",
)
biomass = tg.Data(
    "Biomass estimates per line",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
orders = tg.Data(
    "Buyer orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer company, contact name and e-mail, species, tonnes and delivery week.",
)
planning_request = tg.Data("Planning request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
plan = tg.Data(
    "Harvest plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lines to cut, tonnes, dates, boats and crews.",
)
plan_approval = tg.Data(
    "Harvest plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the request, estimates, orders and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Farm data query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data(
    "Farm data lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
crew_call = tg.Data("Crew booking request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
crew_booking = tg.Data(
    "Crew booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Boat, date, tide window and the crew members assigned.",
)
crew_result = tg.Data(
    "Crew booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
shift_notice = tg.Data("Crew shift notification", kind="documents", sensitivity=tg.Sensitivity.PII)
email_call = tg.Data("Buyer e-mail request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
email_result = tg.Data(
    "E-mail send status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
volume_email = tg.Data(
    "Expected volume e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Expected tonnes and harvest date for the buyer's order.",
)
crew_api_key = tg.Data("Crew app API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Shore base", trust=tg.Trust.INTERNAL):
    # The farm's survey drones; imagery is copied off their SD cards after each flight.
    drone = tm.add(
        tg.Device(
            "Survey drone",
            fleet=True,
            description="Two multispectral survey drones flown weekly over the lines.",
        )
    )
    # Stitches the imagery per line and runs the biomass model over it.
    imagery_job = tm.add(
        tg.Pipeline(
            "Weekly imagery processing job",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Estimates wet tonnes per line from canopy cover and colour.
    biomass_model = tm.add(
        tg.Model(
            "Seaweed biomass estimation model",
            task=tg.Task.REGRESSOR,
            description="Trained in-house on past drone surveys against weighed harvests.",
        )
    )
    # Lines, biomass estimates and saved harvest plans.
    farm_db = tm.add(
        tg.DataStore(
            "Farm operations database",
            stores={biomass, plan},
            controls={c.RBAC(), c.DataVersioning(note="daily backup")},
        )
    )
    # Buyer orders, entered by the farm manager from phone calls and e-mails.
    order_book = tm.add(tg.DataStore("Buyer order book", stores={orders}, controls={c.RBAC()}))
    # The LLM agent that drafts plans, books crews and writes to buyers.
    agent = tm.add(
        tg.Agent(
            "Harvest planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="farm manager", above="10 tonnes per harvest plan"),
                c.CircuitBreaker(max_steps=30),
                c.Authentication(method="Microsoft 365 sign-in with MFA"),
            },
            description="Reached by the manager through a planning web page on the farm's cloud VM.",
        )
    )
    # Read-only access for the agent to biomass estimates and orders.
    lookup_tool = tm.add(
        tg.Tool("Farm data lookup", capabilities={"read"}, origin=tg.ToolOrigin.FIRST_PARTY)
    )
    # Creates and changes crew bookings in the crew scheduling app.
    crew_tool = tm.add(
        tg.Tool(
            "Crew booking tool",
            capabilities={"read", "write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={c.SecretsManagement(note="crew app API key in the cloud vault")},
        )
    )
    # Sends expected-volume e-mails to buyers from the farm's sales mailbox.
    email_tool = tm.add(
        tg.Tool(
            "Buyer e-mail tool", capabilities={"send-messages"}, origin=tg.ToolOrigin.FIRST_PARTY
        )
    )
    # Runs the farm; approves larger harvest plans and enters orders.
    manager = tm.add(tg.Actor("Farm manager", role="farm manager", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Where boat crews are rostered; crew members see shifts in its phone app.
    crew_app = tm.add(
        tg.ExternalService("Crew scheduling app", provides=tg.ExternalCategory.GENERIC)
    )
    # The farm's hosted mailbox provider.
    mail = tm.add(tg.ExternalService("Hosted mail service", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Seaweed buyers: food, cosmetics and fertiliser companies.
    buyer = tm.add(tg.Actor("Buyer", role="customer"))
    # Harvest boat crew members, seasonal and permanent.
    crew = tm.add(tg.Actor("Harvest crew member", role="crew"))

# ---------------------------------------------------------------- flows
tm.flow(drone, imagery_job, imagery, protocol="usb", label="SD card copied after each flight")
tm.flow(imagery_job, biomass_model, imagery)
tm.flow(biomass_model, imagery_job, biomass)
tm.flow(imagery_job, farm_db, biomass)

tm.flow(manager, order_book, orders, protocol="https", label="enters buyer orders")
tm.flow(manager, agent, planning_request, plan_approval, protocol="https")
tm.flow(agent, manager, plan, protocol="https", label="proposed harvest plan")
tm.flow(agent, farm_db, plan, label="saves harvest plan")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(farm_db, lookup_tool, biomass)
tm.flow(order_book, lookup_tool, orders)
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(agent, crew_tool, crew_call)
tm.flow(crew_tool, crew_app, crew_booking, crew_api_key, protocol="https")
tm.flow(crew_app, crew_tool, crew_booking, protocol="https")
tm.flow(crew_tool, agent, crew_result)
tm.flow(crew_app, crew, shift_notice, protocol="https", label="app push notification")

tm.flow(agent, email_tool, email_call)
tm.flow(email_tool, mail, volume_email, protocol="https")
tm.flow(mail, email_tool, email_result, protocol="https")
tm.flow(email_tool, agent, email_result)
tm.flow(mail, buyer, volume_email, protocol="smtp")
