"""Tennis club court booking and coaching agent: the first design, before any security review.

Members of a tennis club book courts and coaching sessions by messaging the club's
number on a chat app. The platform forwards each message to a booking agent in the
club's cloud tenancy; the agent asks a hosted LLM what to do and calls tools that
read court availability and coaches' diaries (a shared calendar), create the booking
in the club management system, charge the member's saved card through the payment
provider and fetch the gate code for the booked court, which it sends back in chat.
The club management system keeps members, bookings and card tokens, and pushes each
day's gate codes to the controller at the court gates. The club secretary manages
memberships and issues refunds in it from the clubhouse office.
Controls in this design: members are recognised by the phone number on their
membership, the payment API key is kept in a vault, the secretary signs in with a
password and has a secretary role, the database is encrypted at rest and the agent's
conversations are logged.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Tennis club court booking and coaching agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Chat agent that books courts and lessons, charges saved cards and sends gate codes.",
)

# ---------------------------------------------------------------- data assets
member_message = tg.Data("Member chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data(
    "Agent reply",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Booking confirmation, receipt and the gate code for the court.",
)
llm_prompt = tg.Data(
    "Prompt with conversation and tool results",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
availability_query = tg.Data("Court availability query", kind="tool-call")
court_availability = tg.Data("Court availability", kind="tool-result")
diary_query = tg.Data("Coach diary query", kind="tool-call")
coach_diary = tg.Data("Coach diary entries", sensitivity=tg.Sensitivity.PII, kind="records")
booking_request = tg.Data("Booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
bookings = tg.Data(
    "Bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
member_records = tg.Data(
    "Member records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, phone number, membership grade, booking history.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
card_token = tg.Data(
    "Saved card token",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="credentials",
    description="The payment provider's token for the member's card; no card numbers are kept.",
)
charge_call = tg.Data("Charge call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
charge_request = tg.Data(
    "Card charge request",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Card token, amount and booking reference sent to the provider.",
)
payment_result = tg.Data(
    "Payment result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
refund_instruction = tg.Data(
    "Refund instruction", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
membership_changes = tg.Data("Membership changes", sensitivity=tg.Sensitivity.PII, kind="records")
gate_code_request = tg.Data("Gate code request", kind="tool-call")
gate_code = tg.Data(
    "Court gate code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="credentials",
    description="Keypad code valid for the booked court and time slot.",
)
gate_schedule = tg.Data(
    "Daily gate code schedule",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
conversation_logs = tg.Data("Agent conversation logs", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members on their phones: the only way they book in this design.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Coaches keep their lesson diaries in the shared calendar from their phones.
    coach = tm.add(tg.Actor("Coach", role="coach"))

with tm.boundary("Messaging platform", trust=tg.Trust.PARTNER):
    # The chat app's business API: delivers member messages to us and our replies back.
    messaging = tm.add(
        tg.ExternalService(
            "Chat messaging platform",
            description="Business messaging API; calls our webhook for each inbound message.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that reads the conversation and picks the tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Calendar provider", trust=tg.Trust.PARTNER):
    # Coaches' diaries live in a shared online calendar, one calendar per coach.
    calendar = tm.add(
        tg.ExternalService("Coaching diary calendar", description="Shared calendar service.")
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the members' cards and takes charges and refunds against their tokens.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Club cloud tenancy", trust=tg.Trust.INTERNAL):
    # The LLM agent that runs each conversation and calls the tools below.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books and charges on the member's word in chat; no staff step.",
            controls={
                tg.controls.Authentication(
                    method="sender phone number matched to the membership record"
                ),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )
    # Reads free courts for a date and time from the club management system.
    availability_tool = tm.add(tg.Tool("Court availability tool", capabilities={"read"}))
    # Reads a coach's free slots and writes the lesson into the coach's calendar.
    diary_tool = tm.add(tg.Tool("Coach diary tool", capabilities={"read", "write"}))
    # Creates the court or lesson booking in the club management system.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"write"}))
    # Charges the member's saved card for the booking through the payment provider.
    payment_tool = tm.add(
        tg.Tool(
            "Card charge tool",
            capabilities={"money-movement"},
            controls={tg.controls.SecretsManagement(note="payment API key in the cloud vault")},
        )
    )
    # Looks up the keypad code for the booked court and slot.
    gate_tool = tm.add(tg.Tool("Gate code tool", capabilities={"read"}))
    # The club's management application: members, bookings, refunds, gate codes.
    cms = tm.add(
        tg.Service(
            "Club management system",
            description="Hosted club application with an API for the tools and a web UI for staff.",
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RBAC(note="secretary and tool API roles"),
            },
        )
    )
    # The management system's database.
    club_db = tm.add(
        tg.DataStore(
            "Club database",
            stores={member_records, bookings, card_token, gate_schedule, conversation_logs},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Clubhouse network", trust=tg.Trust.INTERNAL):
    # Manages memberships and issues refunds from the office PC.
    secretary = tm.add(tg.Actor("Club secretary", role="secretary", privileged=True))
    # Keypad controller on the court gates; opens for the day's booked codes.
    gate_controller = tm.add(tg.Device("Court gate keypad controller", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(member, messaging, member_message, protocol="https")
tm.flow(messaging, agent, member_message, protocol="https", label="inbound message webhook")
tm.flow(agent, messaging, agent_reply, protocol="https")
tm.flow(messaging, member, agent_reply, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, availability_tool, availability_query)
tm.flow(availability_tool, cms, availability_query, protocol="https")
tm.flow(cms, availability_tool, court_availability, protocol="https")
tm.flow(availability_tool, agent, court_availability)

tm.flow(agent, diary_tool, diary_query, booking_request)
tm.flow(diary_tool, calendar, diary_query, booking_request, protocol="https")
tm.flow(calendar, diary_tool, coach_diary, protocol="https")
tm.flow(diary_tool, agent, coach_diary)
tm.flow(coach, calendar, coach_diary, protocol="https")

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, cms, booking_request, protocol="https")
tm.flow(cms, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)

tm.flow(agent, payment_tool, charge_call)
tm.flow(payment_tool, cms, charge_call, protocol="https", label="look up card token and fee")
tm.flow(cms, payment_tool, card_token, protocol="https")
tm.flow(payment_tool, payments, charge_request, protocol="https")
tm.flow(payments, payment_tool, payment_result, protocol="https")
tm.flow(payment_tool, agent, payment_result)
tm.flow(payment_tool, cms, payment_result, protocol="https", label="record payment")

tm.flow(agent, gate_tool, gate_code_request)
tm.flow(gate_tool, cms, gate_code_request, protocol="https")
tm.flow(cms, gate_tool, gate_code, protocol="https")
tm.flow(gate_tool, agent, gate_code)
tm.flow(cms, gate_controller, gate_schedule, protocol="https", label="nightly code push")

tm.flow(agent, club_db, conversation_logs)
tm.flow(cms, club_db, member_records, bookings, card_token, gate_schedule)
tm.flow(club_db, cms, member_records, bookings, card_token, gate_schedule)

tm.flow(secretary, cms, membership_changes, refund_instruction, protocol="https")
tm.flow(cms, secretary, member_records, bookings, protocol="https")
tm.flow(cms, payments, refund_instruction, protocol="https")
tm.flow(payments, cms, payment_result, protocol="https")
