"""Shepherd's hut glamping site: booking and hot tub heater agent (first design).

A small glamping site in Wales with eight shepherd's huts, each with a wood-fired
hot tub. Guests chat with a booking agent on the site's website: it checks
availability, takes the booking, sends a deposit payment link and, the day before
arrival, sends arrival instructions (directions, the hut's key safe code) by SMS
and e-mail. It also schedules each hut's hot tub: a smart temperature controller
on the stove's air damper holds the water at the target temperature for the
guest's arrival time. The agent, its tools and the booking database run in one
cloud account; the LLM, payments, messaging and the controllers' cloud are
vendors. The site manager runs things from a web admin console. Controls in this
design: TLS on every external link, a rate limit on the chat, booking lookups by
reference and surname, an encrypted database, conversation logging, and the
controller's own high-limit cut-out.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Shepherd's hut glamping booking and hot tub heater agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat booking agent for a glamping site that also schedules each hut's "
    "wood-fired hot tub through a smart temperature controller.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Guest chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
bookings = tg.Data(
    "Booking records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Guest name, phone, e-mail, dates, hut, party size, deposit status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
booking_call = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
key_safe_codes = tg.Data(
    "Hut key safe codes", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="credentials"
)
deposit_request = tg.Data("Deposit request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
checkout_session = tg.Data(
    "Checkout session request", sensitivity=tg.Sensitivity.PII, kind="records"
)
payment_link = tg.Data(
    "Deposit payment link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
payment_status = tg.Data(
    "Deposit payment status", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
arrival_request = tg.Data(
    "Arrival message request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
arrival_message = tg.Data(
    "Arrival instructions message",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Directions, check-in time and the hut's key safe code.",
)
heater_call = tg.Data(
    "Hot tub schedule request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
heater_command = tg.Data(
    "Hot tub heating schedule",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Target water temperature and the time it should be reached.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
tub_readings = tg.Data(
    "Hot tub temperature readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
heater_result = tg.Data(
    "Hot tub schedule status", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
admin_changes = tg.Data("Admin edits", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone browsing the website can open the chat and try to book.
    guest = tm.add(tg.Actor("Guest", role="guest"))

with tm.boundary("Booking cloud account", trust=tg.Trust.INTERNAL):
    # The chat widget's backend: the only way in for guests.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that talks to guests and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Takes bookings, sends deposit links and arrival instructions, "
            "and schedules hot tubs without a person in the loop.",
            controls={
                tg.controls.AuditLogging(note="conversations and tool calls kept in the cloud log")
            },
        )
    )
    # Reads availability and creates or looks up bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            description="Checks availability, creates bookings and looks up existing ones.",
            controls={
                tg.controls.Authentication(
                    method="booking reference and surname for existing bookings"
                )
            },
        )
    )
    # The system of record for bookings and the huts' key safe codes.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, key_safe_codes},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Creates a hosted checkout link for the booking deposit.
    payment_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"write", "network-egress"},
            description="The deposit amount comes from the booking record.",
        )
    )
    # Sends the arrival instructions with the hut's key safe code.
    message_tool = tm.add(tg.Tool("Arrival message tool", capabilities={"read", "send-messages"}))
    # Sets the hut's hot tub target temperature and time through the vendor cloud.
    heater_tool = tm.add(
        tg.Tool("Hot tub scheduling tool", capabilities={"read", "write", "network-egress"})
    )
    # The site manager's web console for bookings, huts and key safe codes.
    console = tm.add(
        tg.Service(
            "Admin console",
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach us.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Delivers SMS and e-mail to guests.
    messaging = tm.add(tg.ExternalService("SMS and e-mail provider"))

with tm.boundary("Controller vendor cloud", trust=tg.Trust.PARTNER):
    # The controller maker's IoT cloud, which relays schedules to each hut.
    controller_cloud = tm.add(tg.ExternalService("Controller vendor cloud"))

with tm.boundary("Glamping site", trust=tg.Trust.INTERNAL):
    # One smart controller per hut on the stove's air damper, with a water probe.
    controller = tm.add(
        tg.Device(
            "Hot tub temperature controller",
            fleet=True,
            description="Opens and closes the wood stove's air damper to hold the target "
            "water temperature; connects over the site Wi-Fi.",
            controls={
                tg.controls.SafetyLimits(
                    limits="controller firmware caps the target at 40 C and closes the damper "
                    "above 41 C"
                )
            },
        )
    )
    # Runs the site day to day; lights the stoves and fixes bookings.
    manager = tm.add(tg.Actor("Site manager", role="site manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(guest, chat, chat_message, protocol="https")
tm.flow(chat, guest, agent_reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings, label="create and update bookings")
tm.flow(booking_db, booking_tool, bookings, label="availability and booking lookup")

tm.flow(agent, payment_tool, deposit_request)
tm.flow(booking_db, payment_tool, bookings, label="deposit amount")
tm.flow(payment_tool, payments, checkout_session, protocol="https")
tm.flow(payments, payment_tool, payment_link, payment_status, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(payment_tool, booking_db, payment_status, label="deposit paid")

tm.flow(agent, message_tool, arrival_request)
tm.flow(booking_db, message_tool, bookings, key_safe_codes, label="guest contact and hut code")
tm.flow(message_tool, messaging, arrival_message, protocol="https")
tm.flow(messaging, guest, arrival_message, protocol="sms")

tm.flow(agent, heater_tool, heater_call)
tm.flow(heater_tool, controller_cloud, heater_command, protocol="https")
tm.flow(controller_cloud, controller, heater_command, protocol="MQTT over TLS")
tm.flow(controller, controller_cloud, tub_readings, protocol="MQTT over TLS")
tm.flow(controller_cloud, heater_tool, tub_readings, protocol="https")
tm.flow(heater_tool, agent, heater_result)

tm.flow(manager, console, admin_changes, protocol="https")
tm.flow(console, manager, bookings, protocol="https")
tm.flow(console, booking_db, admin_changes, key_safe_codes)
tm.flow(booking_db, console, bookings, key_safe_codes)
