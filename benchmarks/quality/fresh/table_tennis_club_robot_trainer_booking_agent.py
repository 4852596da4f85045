"""Table tennis club robot trainer booking agent: the first design.

Members of a table tennis club in Germany book sessions on the club's ball-throwing
robot trainer by chatting with an agent on the club's web app. The agent, backed by a
hosted LLM, looks up the member's playing level, picks drills from the coaches' drill
library, books a free slot, and creates a checkout at the payment provider for the
session fee; the member pays on the provider's hosted page, and the provider's webhook
marks the booking paid. At the booked time the drill program reaches the robot through
a small bridge computer at the club, which fetches pending programs from the web app and
loads them onto the robot over the club Wi-Fi. The web app and database run on a
managed cloud host. Controls in this design: member sign-in, a step limit on the agent,
a double-booking check in the booking tool, signed payment webhooks, a token for the
bridge, database encryption at rest and the robot's own speed limits and stop button.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Table tennis club robot trainer booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat agent that books the club's robot trainer, picks drills by level, "
    "sends the drill program to the robot and takes payment.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, tool descriptions and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The reply text or the tool calls the model chooses.",
)
member_profile = tg.Data(
    "Member profile and playing level",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, membership number, rating and coach's level notes.",
)
drills = tg.Data(
    "Drill definitions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ball speed, spin, frequency and placement sequences per level.",
)
bookings = tg.Data("Robot session bookings", kind="records", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data(
    "Member and drill lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
lookup_result = tg.Data(
    "Member level and drill options", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
program_call = tg.Data(
    "Drill program submission", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
drill_program = tg.Data(
    "Drill program",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The sequence of shots the robot throws during the session.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
robot_status = tg.Data("Robot status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
program_result = tg.Data(
    "Program upload status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
payment_call = tg.Data(
    "Session payment request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, member e-mail and the amount to charge.",
)
checkout_request = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.PII
)
checkout_link = tg.Data("Checkout link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered by the member on the provider's hosted checkout page only.",
)
payment_event = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members chatting from their phones or at home.
    member = tm.add(tg.Actor("Club member", role="member"))

with tm.boundary("Club cloud host", trust=tg.Trust.INTERNAL):
    # The club's web app: member sign-in, the chat page, coach pages and the payment webhook.
    web_app = tm.add(
        tg.Endpoint(
            "Club web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent that talks to members and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Robot booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books, programs the robot and creates the checkout without staff involvement.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads the member's level and the drills that suit it.
    lookup_tool = tm.add(
        tg.Tool(
            "Member and drill lookup tool",
            capabilities={"read"},
            description="Reads the profile of the member in the chat session and the drill library.",
        )
    )
    # Checks free robot slots and writes bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Robot booking tool",
            capabilities={"read", "write"},
            controls={c.PolicyEnforcement(rules="the tool refuses a slot that is already booked")},
        )
    )
    # Queues the chosen drill program for the robot bridge to fetch.
    program_tool = tm.add(tg.Tool("Robot program tool", capabilities={"write"}))
    # Creates a hosted checkout at the payment provider for the session fee.
    payment_tool = tm.add(
        tg.Tool(
            "Session payment tool",
            capabilities={"money-movement", "network-egress"},
            description="The agent passes the booking reference and the amount to charge.",
        )
    )

    with tm.boundary("Club database", trust=tg.Trust.RESTRICTED):
        # Members, levels and bookings.
        member_db = tm.add(
            tg.DataStore(
                "Member and booking database",
                stores={member_profile, bookings},
                controls={c.EncryptionAtRest(key_management="cloud host's managed keys")},
            )
        )
        # The coaches' drill definitions by level.
        drill_library = tm.add(tg.DataStore("Drill library", stores={drills}))
        # Every conversation, kept for the club's committee to look into complaints.
        transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout and card processing; the club never sees card numbers.
    payment_provider = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary(
    "Club hall network",
    trust=tg.Trust.INTERNAL,
    description="The club's WPA2 Wi-Fi in the sports hall; the password is shared with members.",
):
    # A coach who maintains the drill library and the robot.
    coach = tm.add(tg.Actor("Club coach", role="coach", privileged=True))
    # Small computer by the robot: fetches pending programs and loads them at session time.
    bridge = tm.add(tg.Service("Robot bridge"))
    # The ball-throwing robot trainer with its own Wi-Fi module and local HTTP API.
    robot = tm.add(
        tg.Device(
            "Ball-throwing robot trainer",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="firmware caps ball speed and frequency at the maker's maximum; "
                    "stop button on the robot"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# Chatting with the agent
tm.flow(member, web_app, chat_message, protocol="https")
tm.flow(web_app, member, agent_reply, protocol="https")
tm.flow(web_app, agent, chat_message)
tm.flow(agent, web_app, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# Level and drills
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(member_db, lookup_tool, member_profile)
tm.flow(drill_library, lookup_tool, drills)

# Booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(member_db, booking_tool, bookings, label="free slots")
tm.flow(booking_tool, member_db, bookings)

# Drill program to the robot
tm.flow(agent, program_tool, program_call)
tm.flow(program_tool, agent, program_result)
tm.flow(
    program_tool,
    bridge,
    drill_program,
    protocol="https",
    label="bridge polls for pending programs",
    controls={c.Authentication(method="bridge API token")},
)
tm.flow(bridge, program_tool, robot_status, protocol="https")
tm.flow(bridge, robot, drill_program, protocol="http", label="club Wi-Fi")
tm.flow(robot, bridge, robot_status, protocol="http", label="club Wi-Fi")

# Payment
tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, agent, checkout_link)
tm.flow(payment_tool, payment_provider, checkout_request, protocol="https")
tm.flow(payment_provider, payment_tool, checkout_link, protocol="https")
tm.flow(member, payment_provider, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payment_provider,
    web_app,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature is verified")},
)
tm.flow(web_app, member_db, bookings, label="marks booking paid")

# Coaches maintain the drills
tm.flow(coach, web_app, drills, protocol="https", label="coach pages")
tm.flow(web_app, drill_library, drills)
