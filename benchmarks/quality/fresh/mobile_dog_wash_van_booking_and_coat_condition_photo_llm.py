"""Mobile dog-wash vans: booking chat and coat-photo advice, first design.

Dog owners book a visit from one of our two wash vans through a chat on the
company website. The chat is an LLM agent that answers questions and books,
moves or cancels visits through a booking tool; changes to an existing visit
need the booking reference and the owner's postcode. Before the visit the owner
uploads a photo of the dog's coat; an assessment service sends it to a hosted
multimodal LLM, which suggests a wash programme and flags possible skin problems
in the dog notes. The flags only advise: the groomer checks the dog at the van.
Every evening a route planner builds each van's next-day route with a maps API.
Groomers see the route and dog notes on a van tablet through a staff web app
(e-mail and password sign-in), which the owner of the business also uses to
manage bookings. Everything runs on one cloud account; the LLM and maps APIs
are vendors reached over HTTPS. Photos are size- and type-checked on upload.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Mobile dog-wash van booking and coat-photo LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Website booking chat for a mobile dog-wash business, with LLM advice on the "
        "wash programme from a coat photo and a route and dog-notes view on the van tablets."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Owner chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text: the dog's name, breed, address, phone number, preferred times.",
)
chat_reply = tg.Data("Chat reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
coat_photo = tg.Data(
    "Coat photo",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Phone photo of the dog's coat, often taken in the owner's home or garden.",
)
agent_prompt = tg.Data(
    "Booking chat prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and the booking tool results.",
)
agent_completion = tg.Data(
    "Booking chat completion", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Booking confirmation and free slots", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
customer_records = tg.Data(
    "Customer and booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
    description="Owner name, address, phone, e-mail, dogs, visit history and bookings.",
)
coat_suggestion = tg.Data(
    "Suggested wash programme and skin flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
dog_notes = tg.Data(
    "Dog notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Temperament, coat type, suggested programme, skin flags and groomer remarks.",
)
visit_addresses = tg.Data("Visit addresses", kind="records", sensitivity=tg.Sensitivity.PII)
travel_times = tg.Data("Travel times", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
day_route = tg.Data(
    "Day route",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ordered visits with owner names, addresses, phone numbers and arrival windows.",
)
visit_update = tg.Data(
    "Visit update",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Visit done or missed, skin flag confirmed or dismissed, groomer remarks.",
)
schedule_change = tg.Data("Schedule change", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a dog (or without one) can open the chat; no account is needed.
    owner = tm.add(tg.Actor("Dog owner", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # One hosted multimodal model serves both the chat and the photo assessment.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat and vision model behind the vendor's API.",
        )
    )

with tm.boundary("Maps vendor", trust=tg.Trust.PARTNER):
    # Turns the day's addresses into drive times for the route planner.
    maps = tm.add(tg.ExternalService("Maps routing API", provides="data-provider"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # The public entry point of the website chat, including photo upload.
    chat = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.RateLimiting(requests_per_minute=30, note="per IP address"),
                tg.controls.InputValidation(note="photos: JPEG/PNG/HEIC only, 10 MB max"),
            },
        )
    )
    # Talks to owners and books visits through the booking tool.
    agent = tm.add(
        tg.Agent(
            "Booking chat agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers questions about services and prices and books visits itself.",
        )
    )
    # Creates, moves and cancels visits in the booking database.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            controls={
                tg.controls.Authentication(method="booking reference and postcode for changes"),
                tg.controls.LeastPrivilegeTools(
                    note="database user limited to the bookings tables"
                ),
            },
            description="Looks up free slots and writes bookings; changes need the reference.",
        )
    )
    # Holds the uploaded coat photos until after the visit.
    photo_store = tm.add(
        tg.DataStore(
            "Coat photo bucket",
            stores={coat_photo},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Sends each new photo to the LLM and writes its advice into the dog notes.
    assessor = tm.add(
        tg.Service(
            "Coat assessment service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the groomer at the visit",
                    note="the suggestion only advises; the groomer checks the dog before washing",
                )
            },
        )
    )
    # The business's one database: customers, dogs, bookings, dog notes, routes.
    customer_db = tm.add(
        tg.DataStore(
            "Customer and booking database",
            stores={customer_records, dog_notes, day_route},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.DataVersioning(note="daily managed backups, 7 days"),
            },
        )
    )
    # Builds each van's next-day route every evening.
    planner = tm.add(tg.Service("Nightly route planner"))
    # Web app the van tablets and the business owner sign in to.
    staff_app = tm.add(
        tg.Endpoint(
            "Staff web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password per staff member")},
        )
    )

with tm.boundary("Wash vans", trust=tg.Trust.INTERNAL):
    # One tablet per van, on mobile data, showing the route and dog notes.
    tablet = tm.add(tg.Device("Van tablet", fleet=True))
    # Washes the dogs and confirms or dismisses the skin flags.
    groomer = tm.add(tg.Actor("Groomer", role="staff"))

with tm.boundary("Back office", trust=tg.Trust.INTERNAL):
    # Runs the business: fixes bookings, sets prices, assigns vans.
    boss = tm.add(tg.Actor("Business owner", role="owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(owner, chat, chat_message, coat_photo, protocol="https")
tm.flow(chat, owner, chat_reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, chat_reply)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, customer_db, customer_records, label="writes bookings")
tm.flow(customer_db, booking_tool, customer_records, label="slots and existing bookings")

tm.flow(chat, photo_store, coat_photo)
tm.flow(photo_store, assessor, coat_photo)
tm.flow(assessor, llm, coat_photo, protocol="https")
tm.flow(llm, assessor, coat_suggestion, protocol="https")
tm.flow(assessor, customer_db, dog_notes)

tm.flow(customer_db, planner, customer_records, label="nightly export of tomorrow's bookings")
tm.flow(planner, maps, visit_addresses, protocol="https")
tm.flow(maps, planner, travel_times, protocol="https")
tm.flow(planner, customer_db, day_route)

tm.flow(customer_db, staff_app, day_route, dog_notes, customer_records)
tm.flow(staff_app, customer_db, visit_update, schedule_change)
tm.flow(staff_app, tablet, day_route, dog_notes, protocol="https")
tm.flow(tablet, staff_app, visit_update, protocol="https")
tm.flow(tablet, groomer, day_route, dog_notes, label="on the touchscreen")
tm.flow(groomer, tablet, visit_update, label="on the touchscreen")
tm.flow(boss, staff_app, schedule_change, protocol="https")
tm.flow(staff_app, boss, customer_records, day_route, protocol="https")
