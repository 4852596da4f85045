"""Special meal allocation agent: the first design, before any security review.

Passengers of our EU airline ask for special meals (vegetarian, gluten-free, child
meals and so on) and may add a free-text allergy note when they manage their
booking; both are stored as special service requests in the passenger service
system, which a vendor hosts. For each departure, at the catering cut-off given by
the flight schedule, an LLM agent in our cloud pulls the passenger meal list for
the flight, reads the allergy notes, matches every request to a meal code in the
caterer's specification, writes the catering order and sends the load sheet to
the caterer's SFTP server. Notes the agent cannot match with confidence go to a
catering coordinator's exception queue; everything else is ordered automatically.
Cabin crew get the special meal list per seat on their tablets. The agent calls a
hosted LLM over HTTPS; the order store is encrypted and coordinators use SSO.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Special meal allocation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that turns passengers' special meal requests and allergy "
    "notes into per-flight catering orders and caterer load sheets.",
)

# ---------------------------------------------------------------- data assets
meal_request = tg.Data(
    "Special meal request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Meal SSR code chosen by the passenger for a flight segment.",
)
allergy_note = tg.Data(
    "Allergy note",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Free text the passenger types about allergies and intolerances (health data).",
)
ssr_confirmation = tg.Data("Request confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
schedule = tg.Data(
    "Flight schedule and catering cut-offs",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
)
flight_query = tg.Data(
    "Flight meal list query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
meal_list = tg.Data(
    "Passenger meal list",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="tool-result",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Names, seats, meal SSR codes and allergy notes for one flight.",
)
prompt = tg.Data(
    "Prompt with meal requests",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Matching instructions, the caterer's specification and the flight's requests.",
)
completion = tg.Data(
    "Meal allocation proposal", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
meal_spec = tg.Data(
    "Caterer meal specification",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Meal codes with ingredients and allergen matrix, from the caterer.",
)
order = tg.Data(
    "Catering order",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Per-flight meal counts and seat-level special meals with allergen remarks.",
)
load_sheet = tg.Data(
    "Catering load sheet",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
acknowledgement = tg.Data("Load sheet acknowledgement", sensitivity=tg.Sensitivity.INTERNAL)
exception = tg.Data(
    "Unmatched meal request",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="A request or allergy note the agent could not match with confidence.",
)
resolution = tg.Data("Coordinator meal decision", sensitivity=tg.Sensitivity.PII, kind="records")
crew_list = tg.Data(
    "Crew special meal list",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Seat, meal code and allergy remark for the cabin crew.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Passengers request special meals and write allergy notes when managing a booking.
    passenger = tm.add(tg.Actor("Passenger", role="passenger"))

with tm.boundary("PSS vendor", trust=tg.Trust.PARTNER):
    # The hosted reservation system that holds bookings and their special service requests.
    pss = tm.add(
        tg.ExternalService(
            "Passenger service system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Vendor-hosted reservations and departure control.",
        )
    )

with tm.boundary("Caterer", trust=tg.Trust.PARTNER):
    # The flight caterer's server that receives load sheets and publishes its meal specs.
    caterer = tm.add(
        tg.ExternalService(
            "Caterer SFTP server", description="Load sheets in, meal specifications out."
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent uses to read notes and match meals.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Airline cloud", trust=tg.Trust.INTERNAL):
    # Manage-booking pages where meal requests and allergy notes are entered.
    booking_site = tm.add(
        tg.Endpoint(
            "Manage booking site",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="booking reference and surname"),
                c.InputValidation(note="allergy note limited to 500 characters"),
            },
        )
    )
    # Internal feed of departures and their catering cut-off times.
    schedule_feed = tm.add(
        tg.DataSource("Flight schedule feed", origin=tg.Origin.INTERNAL, provides={schedule})
    )
    # The LLM agent that allocates special meals per flight.
    agent = tm.add(
        tg.Agent(
            "Meal allocation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="catering coordinator",
                    note="only requests the agent marks as unclear; matched meals are "
                    "ordered and sent to the caterer automatically",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Reads the passenger meal list for one flight from the PSS.
    pss_tool = tm.add(
        tg.Tool(
            "PSS meal list tool",
            capabilities={"read"},
            controls={c.SecretsManagement(note="PSS API key in the cloud secret store")},
        )
    )
    # Writes the per-flight catering order.
    order_tool = tm.add(tg.Tool("Catering order tool", capabilities={"write"}))
    # Sends the load sheet to the caterer.
    load_sheet_tool = tm.add(
        tg.Tool("Load sheet sender", capabilities={"send-messages", "network-egress"})
    )
    # Puts unclear requests in front of a coordinator.
    exception_tool = tm.add(tg.Tool("Meal exception tool", capabilities={"write"}))
    # The caterer's current meal codes and allergen matrix, synced weekly.
    spec_store = tm.add(tg.DataStore("Meal specification catalogue", stores={meal_spec}))
    # Catering orders per flight, also the source of the crew list.
    order_store = tm.add(
        tg.DataStore(
            "Catering order store",
            stores={order, crew_list},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Coordinators' worklist of unmatched requests.
    exception_queue = tm.add(tg.DataStore("Meal exception queue", stores={exception, resolution}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Resolves unclear requests, contacting the passenger if needed.
    coordinator = tm.add(
        tg.Actor(
            "Catering coordinator",
            role="catering coordinator",
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )

with tm.boundary("Crew devices", trust=tg.Trust.INTERNAL):
    # Managed tablets the cabin crew use on board.
    crew_tablet = tm.add(tg.Device("Cabin crew tablet", fleet=True))

# ---------------------------------------------------------------- flows
# passengers request meals
tm.flow(passenger, booking_site, meal_request, allergy_note, protocol="https")
tm.flow(booking_site, pss, meal_request, allergy_note, protocol="https")
tm.flow(pss, booking_site, ssr_confirmation, protocol="https")
tm.flow(booking_site, passenger, ssr_confirmation, protocol="https")

# per-flight allocation
tm.flow(schedule_feed, agent, schedule, label="catering cut-off trigger")
tm.flow(agent, pss_tool, flight_query)
tm.flow(pss_tool, pss, flight_query, protocol="https")
tm.flow(pss, pss_tool, meal_list, protocol="https")
tm.flow(pss_tool, agent, meal_list)
tm.flow(caterer, spec_store, meal_spec, protocol="sftp", label="weekly spec sync")
tm.flow(spec_store, agent, meal_spec)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# orders and load sheets
tm.flow(agent, order_tool, order)
tm.flow(order_tool, order_store, order, crew_list)
tm.flow(agent, load_sheet_tool, load_sheet)
tm.flow(load_sheet_tool, caterer, load_sheet, protocol="sftp")
tm.flow(caterer, load_sheet_tool, acknowledgement, protocol="sftp")
tm.flow(load_sheet_tool, agent, acknowledgement)
tm.flow(order_store, crew_tablet, crew_list, protocol="https", label="pre-departure sync")

# exceptions
tm.flow(agent, exception_tool, exception)
tm.flow(exception_tool, exception_queue, exception)
tm.flow(exception_queue, coordinator, exception, protocol="https")
tm.flow(coordinator, exception_queue, resolution, protocol="https")
tm.flow(coordinator, order_store, order, protocol="https", label="manual order amendment")
tm.flow(exception_queue, agent, resolution, label="resolved requests")
