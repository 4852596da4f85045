"""Rickshaw tours: booking, dispatch and fare agent, the first design.

A city cycle-rickshaw tour operator lets tourists book tours by web chat or by
phone. An LLM booking agent (a vendor-hosted model behind our orchestration)
answers questions, quotes a fare from the tour price list, writes the booking
and dispatches a nearby rider: riders are self-employed and run our phone app,
which reports their GPS position and ride status. Calls come in over the phone
network to a voice gateway that transcribes them for the agent. Customers save
a card on the payment provider's hosted page; when the rider marks the ride
completed, the agent charges the saved card token through the provider's API.
Everything but the model and the payment provider runs in our cloud account.
Controls in this design: TLS on every link, a rate limit and input checks on
the chat endpoint, a step limit on the agent, a per-charge cap on the card tool,
an encrypted booking database, rider app sign-in and staff SSO with 2SV.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rickshaw tour booking, dispatch and fare agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="LLM agent that books rickshaw tours by chat and phone, dispatches riders "
    "by GPS and charges saved cards after the ride.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Customer chat message", sensitivity="pii", kind="prompt")
call_audio = tg.Data("Customer phone call audio", sensitivity="pii", kind="media")
call_transcript = tg.Data("Call transcript", sensitivity="pii", kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity="pii", kind="model-output")
spoken_reply = tg.Data("Spoken agent reply", sensitivity="pii", kind="media")
llm_prompt = tg.Data(
    "Agent prompt with conversation and tool results",
    sensitivity="pii",
    kind="prompt",
    description="System prompt, the conversation so far and the results of earlier tool calls.",
)
llm_completion = tg.Data("LLM completion with tool calls", sensitivity="pii", kind="model-output")
booking_call = tg.Data("Booking tool call", sensitivity="pii", kind="tool-call")
booking_result = tg.Data("Booking tool result", sensitivity="pii", kind="tool-result")
booking_record = tg.Data(
    "Tour booking records",
    sensitivity="pii",
    kind="records",
    description="Name, phone number, pickup point, tour, time, fare, assigned rider, status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
price_list = tg.Data("Tour fare price list", sensitivity="public", kind="records")
quote_call = tg.Data("Fare quote request", sensitivity="internal", kind="tool-call")
fare_quote = tg.Data("Fare quote", sensitivity="internal", kind="tool-result")
dispatch_call = tg.Data("Dispatch tool call", sensitivity="pii", kind="tool-call")
dispatch_result = tg.Data("Dispatch result", sensitivity="pii", kind="tool-result")
ride_offer = tg.Data(
    "Ride offer to rider",
    sensitivity="pii",
    kind="records",
    description="Pickup point, customer first name and phone number, tour and start time.",
)
rider_gps = tg.Data(
    "Rider GPS positions",
    sensitivity="pii",
    kind="records",
    description="Position of each signed-in rider every 15 seconds while on shift.",
)
ride_status = tg.Data(
    "Ride status updates",
    sensitivity="pii",
    kind="records",
    description="Offer accepted, customer picked up, ride completed.",
)
card_details = tg.Data(
    "Customer card details",
    sensitivity="regulated",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
card_token = tg.Data("Saved card token", sensitivity="confidential", kind="credentials")
charge_call = tg.Data("Card charge tool call", sensitivity="confidential", kind="tool-call")
charge_request = tg.Data("Card charge request", sensitivity="confidential", kind="records")
charge_result = tg.Data("Card charge result", sensitivity="confidential", kind="tool-result")
provider_key = tg.Data("Payment provider API key", sensitivity="secret", kind="credentials")
ops_view = tg.Data("Bookings and rider map view", sensitivity="pii", kind="records")
ops_change = tg.Data("Manual booking and dispatch changes", sensitivity="pii", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tourists booking a tour, by web chat or by phone.
    customer = tm.add(tg.Actor("Tour customer", role="customer"))
    # Self-employed riders' own phones running our rider app.
    rider_app = tm.add(
        tg.Device(
            "Rider phone app",
            fleet=True,
            description="Android/iOS app on each rider's own phone: shift on/off, ride offers, "
            "GPS reporting, ride status buttons.",
            controls={c.Authentication(method="phone number and password")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the cards; we only ever see its tokens.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted card page saves the card and returns a token; charge API "
            "takes a token and an amount.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the booking agent thinks with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, via the vendor API.",
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Web chat widget's back end: where customers' messages come in.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30), c.InputValidation()},
        )
    )
    # Answers the booking line: speech-to-text in, text-to-speech out.
    voice = tm.add(
        tg.Service(
            "Voice gateway",
            description="Answers calls to the booking number, transcribes the caller and "
            "speaks the agent's replies.",
        )
    )
    # The LLM agent that books, quotes, dispatches and charges.
    agent = tm.add(
        tg.Agent(
            "Booking and dispatch agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs the conversation with the hosted LLM and calls the booking, "
            "fare, dispatch and card charge tools.",
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Creates, looks up, changes and cancels bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete"},
            description="Creates, looks up, reschedules and cancels bookings by phone number.",
        )
    )
    # Quotes a fare for a tour, group size and time.
    fare_tool = tm.add(
        tg.Tool(
            "Fare quote tool",
            capabilities={"read"},
            description="Computes the fare from the tour price list for tour, group size and time.",
        )
    )
    # Picks the nearest free rider and sends them the ride offer.
    dispatch_tool = tm.add(
        tg.Tool(
            "Dispatch tool",
            capabilities={"read", "write", "send-messages"},
            description="Chooses the nearest free rider from live positions and pushes the offer.",
        )
    )
    # Charges the customer's saved card once the ride is completed.
    charge_tool = tm.add(
        tg.Tool(
            "Card charge tool",
            capabilities={"money-movement", "network-egress"},
            description="Charges the saved card token for the amount the agent passes.",
            controls={c.TransactionLimits(limit="EUR 250 per charge")},
        )
    )
    # Receives rider app traffic: positions, ride status, offers.
    rider_backend = tm.add(
        tg.Service(
            "Rider location service",
            description="Keeps the live position and availability of each rider on shift.",
        )
    )
    # Staff screen for bookings and the rider map.
    ops_console = tm.add(
        tg.Endpoint(
            "Operations console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO with 2SV"), c.RBAC()},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Bookings, conversation state and saved card tokens.
        booking_db = tm.add(
            tg.DataStore(
                "Booking database",
                stores={booking_record, card_token, ride_status},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Tours and their fares, edited by the office.
        prices = tm.add(tg.DataStore("Tour price list", stores={price_list}))

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Dispatcher/manager who watches bookings and fixes dispatch by hand.
    ops_staff = tm.add(tg.Actor("Operations manager", role="operations staff", privileged=True))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2")}

# web chat
tm.flow(customer, chat_api, chat_message, protocol="https", controls=tls)
tm.flow(chat_api, customer, agent_reply, protocol="https", controls=tls)
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, agent_reply)

# phone line
tm.flow(customer, voice, call_audio, protocol="pstn")
tm.flow(voice, customer, spoken_reply, protocol="pstn")
tm.flow(voice, agent, call_transcript)
tm.flow(agent, voice, agent_reply)

# the model
tm.flow(agent, llm, llm_prompt, protocol="https", controls=tls)
tm.flow(llm, agent, llm_completion, protocol="https", controls=tls)

# bookings
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_db, booking_record)
tm.flow(booking_db, booking_tool, booking_record)
tm.flow(booking_tool, agent, booking_result)

# fares
tm.flow(agent, fare_tool, quote_call)
tm.flow(prices, fare_tool, price_list, label="tour fare price list")
tm.flow(fare_tool, agent, fare_quote)

# dispatch
tm.flow(agent, dispatch_tool, dispatch_call)
tm.flow(rider_backend, dispatch_tool, rider_gps, label="free riders near pickup")
tm.flow(dispatch_tool, rider_backend, ride_offer)
tm.flow(rider_backend, rider_app, ride_offer, protocol="https", controls=tls, label="push")
tm.flow(rider_app, rider_backend, rider_gps, ride_status, protocol="https", controls=tls)
tm.flow(rider_backend, booking_db, ride_status)
tm.flow(dispatch_tool, booking_db, booking_record, label="assigned rider")
tm.flow(dispatch_tool, agent, dispatch_result)
tm.flow(booking_db, agent, ride_status, label="ride completed event")

# saving and charging the card
tm.flow(customer, payments, card_details, protocol="https", label="hosted card page")
tm.flow(payments, booking_tool, card_token, protocol="https", label="card saved webhook")
tm.flow(agent, charge_tool, charge_call)
tm.flow(booking_db, charge_tool, card_token)
tm.flow(charge_tool, payments, charge_request, provider_key, protocol="https", controls=tls)
tm.flow(payments, charge_tool, charge_result, protocol="https", controls=tls)
tm.flow(charge_tool, booking_db, booking_record, label="payment status")
tm.flow(charge_tool, agent, charge_result)

# operations staff
tm.flow(ops_staff, ops_console, ops_change, protocol="https", controls=tls)
tm.flow(ops_console, ops_staff, ops_view, protocol="https", controls=tls)
tm.flow(booking_db, ops_console, booking_record)
tm.flow(ops_console, booking_db, ops_change)
tm.flow(rider_backend, ops_console, rider_gps, label="rider map")
