"""Railway station cycle hub access agent: the first design, before any security review.

A train operator runs secure, staff-free cycle hubs at its stations. Cyclists register
in a web chat with an LLM agent: it checks their rail ticket or season pass with the
rail industry's ticket validation service, takes a refundable deposit through a
payment provider's hosted payment page, and issues a personal door code. The code is
sent to the hub's smart lock through the lock vendor's cloud, which runs the doors
and reports door events. Inside the hub, CCTV feeds an on-site recorder and a theft
detection model that alerts the station team's handhelds when someone appears to cut
a lock or take a bike; staff can revoke a code in the vendor's portal.
Controls in this design: a rate limit on the chat, TLS on links leaving the station,
the vendor API key in a vault, encrypted registration records, and CCTV kept for
31 days with role-based access to footage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Railway station cycle hub access agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM registration agent issuing cycle hub door codes, plus CCTV theft detection.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Cyclist chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, station, ticket or season pass number, bike description.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
ticket_call = tg.Data(
    "Ticket or season pass check request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
ticket_query = tg.Data("Ticket validation query", kind="records", sensitivity=tg.Sensitivity.PII)
ticket_status = tg.Data(
    "Ticket validity", kind="records", description="Valid or not, stations and expiry date."
)
ticket_result = tg.Data("Ticket check result", kind="tool-result")
deposit_call = tg.Data("Deposit request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_session = tg.Data(
    "Hosted payment session", kind="records", description="Amount, reference and payment page link."
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered only on the payment provider's hosted page.",
)
payment_confirmation = tg.Data(
    "Deposit payment confirmation webhook",
    kind="records",
    description="The provider's notice that the deposit was paid, with the payment reference.",
)
deposit_result = tg.Data("Deposit status", kind="tool-result")
code_call = tg.Data("Door code issue request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
door_code = tg.Data(
    "Door code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Six-digit personal code valid at one hub until the ticket or pass expires.",
)
code_result = tg.Data("Issued door code", kind="tool-result", sensitivity=tg.Sensitivity.SECRET)
registrations = tg.Data(
    "Cyclist registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contact details, ticket reference, deposit reference, hub and code validity.",
)
lock_config = tg.Data("Lock code list", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
keypad_entry = tg.Data("Keypad code entry", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
door_events = tg.Data("Door events", kind="logs", sensitivity=tg.Sensitivity.PII)
cctv_video = tg.Data(
    "Hub CCTV video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
theft_alert = tg.Data(
    "Suspected bike theft alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hub, time, camera snapshot and clip link.",
)
revocation = tg.Data("Door code revocation", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Rail passengers who want a space in a station cycle hub.
    cyclist = tm.add(tg.Actor("Cyclist", role="rail passenger"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Public chat API behind the operator's website; no sign-in before registering.
    chat_api = tm.add(
        tg.Endpoint(
            "Cycle hub registration chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # Runs the registration conversation and calls the tools in turn, with no staff step.
    agent = tm.add(
        tg.Agent(
            "Cycle hub registration agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.SecretsManagement()},
        )
    )
    # Looks up a ticket or season pass with the industry validation service.
    ticket_tool = tm.add(tg.Tool("Ticket check tool", capabilities={"read", "network-egress"}))
    # Opens a deposit payment session with the provider and reads back whether it was paid.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment tool",
            capabilities={"money-movement", "network-egress"},
            controls={c.TransactionLimits(limit="fixed GBP 20 deposit, one per registration")},
        )
    )
    # Creates a door code for the cyclist's hub in the lock vendor's cloud.
    code_tool = tm.add(
        tg.Tool(
            "Door code tool",
            capabilities={"write", "network-egress"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Registration records, used for deposit refunds and by the station team.
    registry_db = tm.add(
        tg.DataStore(
            "Registration database",
            stores={registrations},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Rail industry ticketing", trust=tg.Trust.PARTNER):
    # Industry service that answers whether a ticket or season pass is valid.
    ticket_service = tm.add(
        tg.ExternalService("Ticket validation service", provides="data-provider")
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page and card processing for the deposits.
    psp = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("Lock vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's access control cloud that holds code lists and runs the doors.
    lock_cloud = tm.add(tg.ExternalService("Lock vendor access cloud", provides="generic"))

with tm.boundary("Station cycle hub", trust=tg.Trust.INTERNAL):
    # Smart lock with keypad on the hub door, connected to the vendor's cloud over 4G.
    door_lock = tm.add(tg.Device("Hub door smart lock", fleet=True))
    # Cameras covering the hub's racks and door.
    cameras = tm.add(tg.Device("Hub CCTV cameras", fleet=True))
    # On-site network video recorder keeping footage for incidents.
    recorder = tm.add(
        tg.DataStore(
            "CCTV recorder",
            stores={cctv_video},
            controls={c.RetentionLimits(days=31), c.RBAC()},
        )
    )
    # Video model on the station edge server spotting lock cutting and bike removal.
    theft_model = tm.add(
        tg.Model(
            "Bike theft detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Fine-tuned object and action detector; raises an alert above a threshold.",
        )
    )

with tm.boundary("Station staff network", trust=tg.Trust.INTERNAL):
    # Station team who respond to alerts and manage hub codes.
    station_team = tm.add(tg.Actor("Station team", role="station staff"))

# ---------------------------------------------------------------- flows
# Registration conversation
tm.flow(cyclist, chat_api, chat_message, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, agent_reply)
tm.flow(chat_api, cyclist, agent_reply, protocol="https")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Ticket check
tm.flow(agent, ticket_tool, ticket_call)
tm.flow(ticket_tool, ticket_service, ticket_query, protocol="https")
tm.flow(ticket_service, ticket_tool, ticket_status, protocol="https")
tm.flow(ticket_tool, agent, ticket_result)

# Deposit
tm.flow(agent, deposit_tool, deposit_call)
tm.flow(deposit_tool, psp, payment_session, protocol="https")
tm.flow(psp, deposit_tool, payment_session, protocol="https", label="payment page link")
tm.flow(cyclist, psp, card_details, protocol="https", label="hosted payment page")
tm.flow(psp, deposit_tool, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(deposit_tool, agent, deposit_result)

# Door code
tm.flow(agent, code_tool, code_call)
tm.flow(
    code_tool,
    lock_cloud,
    door_code,
    protocol="https",
    controls={c.Authentication(method="vendor API key")},
)
tm.flow(lock_cloud, code_tool, code_result, protocol="https")
tm.flow(code_tool, agent, code_result)
tm.flow(agent, registry_db, registrations)
tm.flow(registry_db, agent, registrations, label="returning cyclist lookup")

# The hub door
tm.flow(lock_cloud, door_lock, lock_config, protocol="tls", label="code list sync over 4G")
tm.flow(door_lock, lock_cloud, door_events, protocol="tls", label="door events over 4G")
tm.flow(cyclist, door_lock, keypad_entry, label="typed on the keypad")

# CCTV and theft detection
tm.flow(cameras, recorder, cctv_video, protocol="rtsp")
tm.flow(cameras, theft_model, cctv_video, protocol="rtsp")
tm.flow(theft_model, station_team, theft_alert, protocol="https", label="push to station handhelds")
tm.flow(recorder, station_team, cctv_video, label="footage review")
tm.flow(station_team, lock_cloud, revocation, protocol="https", label="vendor portal")
tm.flow(lock_cloud, station_team, door_events, protocol="https", label="vendor portal")
