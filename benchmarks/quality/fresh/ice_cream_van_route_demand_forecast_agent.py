"""Daily van route planning agent: the first design, before any security review.

We run a fleet of a dozen ice cream vans. Every morning at seven an LLM agent on our
cloud VM plans each van's route for the day: it reads past sales per pitch from our
sales database, looks up the weather forecast and local events (fêtes, football,
school holidays) on the web, asks an in-house demand forecast model how much each
pitch should sell by hour, and sends each driver their route over WhatsApp through a
messaging tool. Drivers can reply during the day (sold out, pitch blocked, busy
crowd) and the agent answers with a revised next stop. Sales come in nightly from
the card terminal provider's export and the vans' GPS trackers. The owner keeps the
licensed pitch list and driver roster in a small web console and reads the plans
there. Controls in this design: Google sign-in with 2-step verification on the
console, a step limit on each agent run, API keys in the cloud secret manager,
a messaging tool that only sends to numbers on the roster, and an encrypted database.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ice cream van route planning agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Plans each van's daily route from weather, events and past sales, "
    "and messages drivers their routes.",
)

# ---------------------------------------------------------------- data assets
gps = tg.Data(
    "Van GPS positions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tracker positions per van; each van has one driver per day.",
)
card_sales = tg.Data(
    "Card sales export",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Amount, time and terminal per sale; no card numbers.",
)
sales_history = tg.Data(
    "Sales history by pitch",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Takings per pitch, hour and van, joined from sales and GPS positions.",
)
pitches = tg.Data(
    "Licensed pitch list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Council-licensed trading pitches, allowed hours and no-go streets near schools.",
)
roster = tg.Data(
    "Driver roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Driver names, mobile numbers and van assignments.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
events = tg.Data(
    "Local events listings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Council, venue and club event pages.",
)
lookup_call = tg.Data("Lookup tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data(
    "Weather and events results", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
sales_query = tg.Data("Sales query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
sales_result = tg.Data(
    "Sales query results", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
demand_features = tg.Data(
    "Demand features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pitch, date, hour, temperature, sunshine and nearby events.",
)
forecast = tg.Data(
    "Pitch demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, pitch list, forecasts, driver names and any driver replies.",
)
completion = tg.Data("Planning completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
send_call = tg.Data("Send route call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
route_msg = tg.Data(
    "Driver route message",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Stops, times and pitches for one van for the day, or a revised next stop.",
)
driver_reply = tg.Data(
    "Driver reply message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text a driver sends back during the day.",
)
plans = tg.Data("Daily route plans", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Local events that move demand: fêtes, matches, beach days.
    events_pages = tm.add(
        tg.DataSource(
            "Local events web pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={events},
        )
    )

with tm.boundary("Vans on the road", trust=tg.Trust.UNTRUSTED):
    # The people who drive the routes, on their own phones.
    driver = tm.add(tg.Actor("Van driver", role="driver"))
    # Where each van actually was, to tie sales to pitches.
    trackers = tm.add(
        tg.Device(
            "Van GPS trackers",
            fleet=True,
            description="Telematics trackers on a mobile data SIM in each van.",
        )
    )

with tm.boundary("Service providers", trust=tg.Trust.PARTNER):
    # The hosted language model the agent plans with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model on the vendor's API.",
        )
    )
    # Carries route messages to drivers and their replies back.
    messaging = tm.add(
        tg.ExternalService(
            "WhatsApp Business messaging service",
            provides=tg.ExternalCategory.GENERIC,
        )
    )
    # Source of what each van sold.
    card_provider = tm.add(
        tg.DataSource(
            "Card terminal provider",
            origin=tg.Origin.PARTNER,
            provides={card_sales},
            description="Daily sales export from the card readers in the vans.",
        )
    )
    # Hourly forecasts per area.
    weather_api = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Owner's office", trust=tg.Trust.INTERNAL):
    # Runs the business, keeps the pitch list and roster, reads the plans.
    owner = tm.add(tg.Actor("Business owner", role="owner", privileged=True))

with tm.boundary("Cloud VM", trust=tg.Trust.INTERNAL):
    # Plans the routes and talks to drivers during the day.
    agent = tm.add(
        tg.Agent(
            "Route planning agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Scheduled at 07:00 for the day's plans; woken by driver replies.",
            controls={
                tg.controls.CircuitBreaker(max_steps=40),
                tg.controls.SecretsManagement(
                    note="LLM, weather and WhatsApp keys in the secret manager"
                ),
            },
        )
    )
    # Predicts takings per pitch and hour so the agent can rank pitches.
    demand_model = tm.add(
        tg.Model(
            "Demand forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor on past sales, weather and events.",
        )
    )
    # Gives the agent past takings and the pitch list.
    sales_tool = tm.add(tg.Tool("Sales history tool", capabilities={"read"}, origin="first-party"))
    # Fetches weather and events from the web for the agent.
    lookup_tool = tm.add(
        tg.Tool(
            "Weather and events lookup tool",
            capabilities={"read", "network-egress"},
            origin="first-party",
        )
    )
    # The only way the agent reaches drivers.
    message_tool = tm.add(
        tg.Tool(
            "Driver messaging tool",
            capabilities={"send-messages", "write"},
            origin="first-party",
            description="Sends a route to a driver by roster id and saves it to the plans table.",
            controls={
                tg.controls.PolicyEnforcement(
                    rules="sends only to mobile numbers on the driver roster, looked up by driver id"
                )
            },
        )
    )
    # Sales, pitches, roster and plans.
    sales_db = tm.add(
        tg.DataStore(
            "Sales and pitch database",
            stores={sales_history, pitches, roster, plans},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Loads the card sales and GPS positions each night.
    import_job = tm.add(tg.Pipeline("Nightly sales import job", stage=tg.Stage.INGESTION))
    # The owner's window onto the system.
    console = tm.add(
        tg.Endpoint(
            "Owner console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="Google sign-in with 2-step verification")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(trackers, import_job, gps, protocol="https")
tm.flow(card_provider, import_job, card_sales, protocol="https")
tm.flow(import_job, sales_db, sales_history, gps)

tm.flow(owner, console, pitches, roster, protocol="https")
tm.flow(console, sales_db, pitches, roster)
tm.flow(sales_db, console, plans, pitches, roster)
tm.flow(console, owner, plans, pitches, roster, protocol="https")

tm.flow(agent, sales_tool, sales_query)
tm.flow(sales_tool, sales_db, sales_query)
tm.flow(sales_db, sales_tool, sales_history, pitches)
tm.flow(sales_tool, agent, sales_result)

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, weather_api, lookup_call, protocol="https")
tm.flow(weather_api, lookup_tool, weather, protocol="https")
tm.flow(events_pages, lookup_tool, events, protocol="https")
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(agent, demand_model, demand_features)
tm.flow(demand_model, agent, forecast)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, message_tool, send_call)
tm.flow(sales_db, message_tool, roster)
tm.flow(message_tool, sales_db, plans)
tm.flow(message_tool, messaging, route_msg, protocol="https")
tm.flow(messaging, driver, route_msg, protocol="whatsapp")
tm.flow(driver, messaging, driver_reply, protocol="whatsapp")
tm.flow(messaging, agent, driver_reply, protocol="https", label="incoming message webhook")
