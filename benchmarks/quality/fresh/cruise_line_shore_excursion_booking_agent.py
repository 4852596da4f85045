"""Shore excursion booking agent: the first design, before any security review.

Passengers chat with an excursion assistant in the cruise line's onboard app, on
their own phones over the ship's guest Wi-Fi. They sign in to the app with their
reservation number, surname and date of birth. The agent runs on the ship's own
servers in the hotel network and calls a hosted LLM over the ship's satellite link.
Through four tools it reads the excursion catalogue, looks up the mobility needs
recorded on the guest's profile in the shipboard property management system (PMS),
books places on a tour (the booking goes to the local tour operator's API with a
manifest) and posts the excursion price to the cabin's onboard account in the PMS.
The passenger taps Confirm on a booking summary before the agent books and charges.
Existing controls: the PMS has role-based access and audit logging, the guest app
API is rate limited, the agent has a step limit, and charge postings are logged.
Transcripts are kept for customer service. Shore excursions staff keep the catalogue.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Shore excursion booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Onboard app agent that books shore excursions, checks mobility needs "
    "and charges the passenger's onboard account.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Passenger chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
sign_in = tg.Data(
    "Guest sign-in details",
    sensitivity=tg.Sensitivity.PII,
    kind="credentials",
    description="Reservation number, surname and date of birth; the app gets a session token.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation so far and the tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
catalogue = tg.Data(
    "Excursion catalogue",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Tours per port, prices, capacity, activity level and accessibility notes.",
)
catalogue_query = tg.Data("Excursion search", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
mobility_query = tg.Data("Mobility needs lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
mobility_needs = tg.Data(
    "Guest mobility needs",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Wheelchair or scooter use, walking limits and medical notes the guest "
    "declared at booking (GDPR special-category health data).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking_request = tg.Data(
    "Excursion booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Excursion code, departure time and the guests in the cabin to book.",
)
booking_result = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
booking_record = tg.Data("Excursion bookings", sensitivity=tg.Sensitivity.PII, kind="records")
manifest = tg.Data(
    "Tour manifest",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Guest names, cabin, ages and mobility notes for the tour operator.",
)
operator_confirmation = tg.Data(
    "Operator booking confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
charge_request = tg.Data(
    "Onboard account charge request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Cabin, excursion code, number of guests and the amount, supplied by the agent.",
)
charge_result = tg.Data("Charge posting result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
folio_posting = tg.Data(
    "Onboard account posting",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
onboard_account = tg.Data(
    "Onboard accounts",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Each cabin's folio: charges, balance and the card on file at embarkation "
    "(held as a payment processor token).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
guest_profiles = tg.Data(
    "Guest profiles",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, cabins, dates of birth, reservation numbers and declared needs.",
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Ship guest Wi-Fi", trust=tg.Trust.UNTRUSTED):
    # Passengers of every cabin share the guest network.
    passenger = tm.add(tg.Actor("Passenger", role="cruise passenger"))
    # The onboard app on the passenger's own phone.
    app = tm.add(
        tg.Device(
            "Onboard app on passenger phone",
            description="The cruise line's iOS and Android app; holds the session token.",
        )
    )

with tm.boundary("Ship hotel network", trust=tg.Trust.INTERNAL):
    # Entry point for the app's chat and session handling.
    guest_api = tm.add(
        tg.Endpoint(
            "Guest app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="reservation number, surname and date of birth"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that plans the conversation and calls the booking tools.
    agent = tm.add(
        tg.Agent(
            "Excursion booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Suggests tours, checks they suit the guest's mobility needs, "
            "then books and charges once the passenger confirms.",
            controls={
                c.HumanInTheLoop(
                    approver="the passenger, who taps Confirm on the booking summary card"
                ),
                c.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Read-only search of tours, prices and availability for the current itinerary.
    catalogue_tool = tm.add(tg.Tool("Excursion catalogue tool", capabilities={"read"}))
    # Reads the mobility needs on the signed-in guest's cabin from the PMS.
    mobility_tool = tm.add(
        tg.Tool(
            "Mobility needs lookup tool",
            capabilities={"read"},
            description="Returns the declared needs of the guests in the cabin the agent names.",
        )
    )
    # Reserves places on a tour and sends the manifest to the operator.
    booking_tool = tm.add(
        tg.Tool(
            "Excursion booking tool",
            capabilities={"read", "write", "network-egress"},
        )
    )
    # Posts the excursion charge to the cabin's onboard account.
    charge_tool = tm.add(
        tg.Tool(
            "Onboard account charge tool",
            capabilities={"write", "money-movement"},
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Tours, capacity and the bookings made, kept by the shore excursions team.
    excursion_db = tm.add(
        tg.DataStore(
            "Excursion inventory database",
            stores={catalogue, booking_record},
            controls={c.RBAC()},
        )
    )
    # Conversations kept for customer service follow-up.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

    with tm.boundary("Ship business systems", trust=tg.Trust.RESTRICTED):
        # The shipboard system of record for guests and onboard accounts.
        pms = tm.add(
            tg.DataStore(
                "Shipboard property management system",
                stores={guest_profiles, mobility_needs, onboard_account},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )

with tm.boundary("Ship crew network", trust=tg.Trust.INTERNAL):
    # Crew at the shore excursions desk maintain tours and handle changes.
    staff = tm.add(tg.Actor("Shore excursions staff", role="shore excursions desk"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model reached over the satellite link.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Tour operators", trust=tg.Trust.PARTNER):
    # Local operators in each port who run the tours.
    operator_api = tm.add(tg.ExternalService("Tour operator booking API", provides="generic"))

# ---------------------------------------------------------------- flows
tm.flow(passenger, app, sign_in, message, label="types in the app")
tm.flow(app, passenger, reply, label="shown in the app")
tm.flow(app, guest_api, sign_in, message, protocol="https")
tm.flow(guest_api, app, reply, protocol="https")
tm.flow(guest_api, pms, sign_in, label="sign-in lookup")
tm.flow(pms, guest_api, guest_profiles, label="sign-in match")
tm.flow(guest_api, agent, message)
tm.flow(agent, guest_api, reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, catalogue_tool, catalogue_query)
tm.flow(catalogue_tool, agent, catalogue)
tm.flow(excursion_db, catalogue_tool, catalogue)

tm.flow(agent, mobility_tool, mobility_query)
tm.flow(mobility_tool, agent, mobility_needs)
tm.flow(mobility_tool, pms, mobility_query)
tm.flow(pms, mobility_tool, mobility_needs)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, excursion_db, booking_record)
tm.flow(excursion_db, booking_tool, catalogue, label="remaining capacity")
tm.flow(booking_tool, operator_api, manifest, protocol="https")
tm.flow(operator_api, booking_tool, operator_confirmation, protocol="https")

tm.flow(agent, charge_tool, charge_request)
tm.flow(charge_tool, agent, charge_result)
tm.flow(charge_tool, pms, folio_posting)
tm.flow(pms, charge_tool, charge_result)

tm.flow(agent, transcript_store, transcripts)

tm.flow(staff, excursion_db, catalogue, protocol="https", label="maintains tours")
tm.flow(excursion_db, staff, booking_record, protocol="https", label="bookings and manifests")
