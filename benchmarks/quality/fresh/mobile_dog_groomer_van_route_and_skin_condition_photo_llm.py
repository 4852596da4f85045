"""Mobile dog grooming: van routing agent and skin-condition note drafting, first design.

Customers book a grooming visit at their home on our booking website, giving their
address, phone number, their dog's details and any access notes. Each morning an
LLM agent run in our cloud account plans every van's route: it reads the day's
bookings through a lookup tool, asks a traffic provider for travel times, and
publishes the route plans that the groomers' company phones fetch from the groomer
app API. When a groomer finds a lump or a skin problem on a dog, they photograph it
in the app; a drafting service sends the photo and the dog's details to a hosted
multimodal LLM, which drafts a note suggesting whether the owner should see a vet.
The groomer reads and edits the draft on the phone and only then sends it, and the
note is texted to the owner through an SMS provider. Staff sign in with the company's
Google Workspace accounts (2-step verification), customers with e-mail and password;
the databases use the cloud provider's default encryption and the agent has a step cap.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mobile dog groomer: van routes and skin-condition notes",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Home-visit grooming vans routed by an LLM agent; groomer-edited vet-suggestion notes drafted from photos.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, home address, phone number, dog name and breed, access notes.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
planning_instructions = tg.Data(
    "Planning instructions",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The office manager's notes for the day: vans off the road, groomer hours.",
)
booking_lookup = tg.Data(
    "Booking lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
bookings_result = tg.Data("Day's bookings", kind="tool-result", sensitivity=tg.Sensitivity.PII)
traffic_query = tg.Data(
    "Travel time query",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Start point and the home addresses of the day's stops.",
)
traffic = tg.Data("Traffic and travel times", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
planning_prompt = tg.Data("Route planning prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
planning_completion = tg.Data(
    "Route planning completion", kind="model-output", sensitivity=tg.Sensitivity.PII
)
route_call = tg.Data("Publish route call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
route_plan = tg.Data(
    "Van route plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ordered stops per van with addresses, times and access notes.",
)
route_summary = tg.Data("Route plan summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
skin_photo = tg.Data(
    "Skin condition photo",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Close-up of a lump or skin problem on the dog, taken in the customer's home.",
)
dog_profile = tg.Data("Dog profile", kind="records", sensitivity=tg.Sensitivity.PII)
vision_prompt = tg.Data("Vet-suggestion prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft_note = tg.Data(
    "Draft vet-suggestion note", kind="model-output", sensitivity=tg.Sensitivity.PII
)
owner_note = tg.Data(
    "Owner note",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The note as the groomer edited and sent it.",
)
owner_text = tg.Data("Text message to owner", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Dog owners who book visits and receive the notes by text.
    customer = tm.add(tg.Actor("Dog owner", role="customer"))

with tm.boundary("Vans", trust=tg.Trust.INTERNAL):
    # The groomer working in a van at the customer's home.
    groomer = tm.add(tg.Actor("Groomer", role="groomer"))
    # Company-issued phones running the groomer app: routes, photos and notes.
    phone = tm.add(
        tg.Device(
            "Groomer phone app",
            fleet=True,
            description="Company Android phones with the groomer app installed.",
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Runs the day: tells the agent about vans off the road and checks the plan.
    manager = tm.add(tg.Actor("Office manager", role="operations manager", privileged=True))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Where customers book visits.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(),
            },
        )
    )
    # Backend for the groomer phones and the office: routes, photos, notes, sending.
    groomer_api = tm.add(
        tg.Endpoint(
            "Groomer app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace sign-in with 2SV"),
                c.RBAC(note="groomer and office roles"),
            },
        )
    )
    # Bookings, customers, dogs, route plans and sent notes.
    ops_db = tm.add(
        tg.DataStore(
            "Operations database",
            stores={booking, dog_profile, route_plan, owner_note},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The photos groomers take, kept with the dog's record.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={skin_photo},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # LLM agent that plans each van's route every morning.
    agent = tm.add(
        tg.Agent(
            "Route planning agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Reads bookings and traffic, orders the stops, publishes the plans.",
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Lets the agent read the day's bookings.
    lookup_tool = tm.add(tg.Tool("Booking lookup tool", capabilities={"read"}))
    # Lets the agent write the finished route plans for the vans.
    publish_tool = tm.add(
        tg.Tool(
            "Route publishing tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="may only write route plan rows")},
        )
    )
    # Builds the vision prompt from the photo and dog profile, returns the draft.
    drafter = tm.add(
        tg.Service(
            "Skin note drafting service",
            description="Sends the photo to the hosted LLM; the groomer edits the draft before it is sent.",
            controls={c.HumanInTheLoop(approver="the groomer, who edits and sends the note")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model used both for route planning and for the skin notes.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose vision and text model behind the vendor's API.",
        )
    )

with tm.boundary("Traffic provider", trust=tg.Trust.PARTNER):
    # Live travel times for the day's stops.
    traffic_api = tm.add(
        tg.ExternalService("Traffic API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the notes and booking reminders to owners' phones.
    sms = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
# Booking
tm.flow(customer, website, booking, protocol="https")
tm.flow(website, customer, booking_confirmation, protocol="https")
tm.flow(website, ops_db, booking, dog_profile)

# Route planning
tm.flow(manager, agent, planning_instructions, protocol="https")
tm.flow(agent, manager, route_summary, protocol="https")
tm.flow(agent, lookup_tool, booking_lookup)
tm.flow(ops_db, lookup_tool, booking)
tm.flow(lookup_tool, agent, bookings_result)
tm.flow(agent, traffic_api, traffic_query, protocol="https")
tm.flow(traffic_api, agent, traffic, protocol="https")
tm.flow(agent, llm, planning_prompt, protocol="https")
tm.flow(llm, agent, planning_completion, protocol="https")
tm.flow(agent, publish_tool, route_call)
tm.flow(publish_tool, ops_db, route_plan)
tm.flow(ops_db, groomer_api, route_plan, booking, dog_profile)
tm.flow(groomer_api, phone, route_plan, dog_profile, protocol="https")
tm.flow(phone, groomer, route_plan, dog_profile, label="day route shown in the app")

# Skin condition notes
tm.flow(groomer, phone, skin_photo, label="taken with the phone camera")
tm.flow(phone, groomer_api, skin_photo, protocol="https")
tm.flow(groomer_api, photo_bucket, skin_photo)
tm.flow(groomer_api, drafter, skin_photo, dog_profile)
tm.flow(drafter, llm, vision_prompt, skin_photo, protocol="https")
tm.flow(llm, drafter, draft_note, protocol="https")
tm.flow(drafter, groomer_api, draft_note)
tm.flow(groomer_api, phone, draft_note, protocol="https")
tm.flow(phone, groomer, draft_note, label="draft shown for editing")
tm.flow(groomer, phone, owner_note, label="edits and sends")
tm.flow(phone, groomer_api, owner_note, protocol="https")
tm.flow(groomer_api, ops_db, owner_note)
tm.flow(groomer_api, sms, owner_text, protocol="https")
tm.flow(sms, customer, owner_text, protocol="sms")
