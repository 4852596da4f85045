"""Bowls club membership agent: the first design, before any security review.

A bowls club's website gets a chat agent that members use to book rinks, pay
their subscription and enter competitions. Members sign in to the website with a
username and password; visitors who want to join can start an application in the
chat without an account. The agent, built on a hosted LLM, reads the rink booking
calendar and the competition draw, books rinks and enters members into
competitions, and creates card payment links with the club's payment provider so
that no card details touch the club's site. New members' details are written to
the membership register only after the membership secretary approves the
application in the chat. When the secretary asks, the agent emails the newsletter
to the whole membership through an email delivery service; only the secretary's
account may trigger that. The site, the agent and the club database run on a
small managed web host.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Bowls club membership agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM chat agent for rink bookings, subscriptions, competition entries "
    "and membership applications at a bowls club.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data(
    "Member sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
account_hashes = tg.Data(
    "Member password hashes", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Club instructions, the conversation and the tool results so far.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data("Rink booking calendar", kind="records", sensitivity=tg.Sensitivity.PII)
draw = tg.Data("Competition draw and entries", kind="records", sensitivity=tg.Sensitivity.PII)
application = tg.Data(
    "Membership application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, e-mail and date of birth of an applicant.",
)
approval = tg.Data("Secretary approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
register = tg.Data(
    "Membership register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
subscription_status = tg.Data(
    "Subscription payment status", kind="records", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
competition_call = tg.Data(
    "Competition tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
competition_result = tg.Data(
    "Competition tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
payment_call = tg.Data("Payment link tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_link = tg.Data("Card payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
membership_call = tg.Data(
    "Membership register tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
membership_result = tg.Data(
    "Membership register tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
newsletter_request = tg.Data(
    "Newsletter request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
newsletter = tg.Data("Club newsletter", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
send_report = tg.Data(
    "Newsletter send report", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
mailing_list = tg.Data("Member e-mail addresses", kind="records", sensitivity=tg.Sensitivity.PII)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members on their phones or home computers.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Someone who wants to join; chats without an account.
    applicant = tm.add(tg.Actor("Prospective member", role="applicant"))
    # A volunteer officer who approves applications and sends the newsletter, from home.
    secretary = tm.add(tg.Actor("Membership secretary", role="club officer", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The general-purpose model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted chat model", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Creates payment links and takes the card payment on its own hosted page.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Bulk e-mail delivery for the newsletter.
    email = tm.add(tg.ExternalService("Email delivery service"))

with tm.boundary("Club web hosting", trust=tg.Trust.INTERNAL):
    # The chat widget's back end on the club website; checks the member sign-in.
    chat = tm.add(
        tg.Endpoint(
            "Club website chat",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="username and password")},
        )
    )
    # Decides which tool to call from the conversation.
    agent = tm.add(
        tg.Agent(
            "Club membership agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Books rinks, enters competitions, sends payment links, "
            "records approved members and sends the newsletter.",
        )
    )
    # Reads the calendar and books or cancels rinks for the signed-in member.
    booking_tool = tm.add(tg.Tool("Rink booking tool", capabilities={"read", "write"}))
    # Reads the competition draw and adds entries.
    competition_tool = tm.add(tg.Tool("Competition entry tool", capabilities={"read", "write"}))
    # Asks the payment provider for a subscription or fee payment link.
    payment_tool = tm.add(tg.Tool("Payment link tool", capabilities={"read", "write"}))
    # Writes approved applicants into the register.
    membership_tool = tm.add(
        tg.Tool(
            "Membership register tool",
            capabilities={"read", "write"},
            controls={tg.controls.HumanInTheLoop(approver="membership secretary")},
        )
    )
    # Sends the newsletter to every member's e-mail address.
    newsletter_tool = tm.add(
        tg.Tool(
            "Newsletter tool",
            capabilities={"read", "send-messages"},
            controls={tg.controls.RBAC(note="runs only for the secretary's signed-in account")},
        )
    )
    # Bookings and the competition draw.
    club_db = tm.add(tg.DataStore("Club fixtures database", stores={bookings, draw}))
    # Members' personal details, subscription status and sign-in hashes.
    register_db = tm.add(
        tg.DataStore(
            "Membership register database",
            stores={register, subscription_status, account_hashes},
            controls={
                tg.controls.EncryptionAtRest(key_management="web host's default disk encryption")
            },
        )
    )

# ---------------------------------------------------------------- flows
# sign-in and chat
tm.flow(member, chat, sign_in, chat_message, protocol="https")
tm.flow(applicant, chat, chat_message, application, protocol="https")
tm.flow(secretary, chat, sign_in, chat_message, approval, protocol="https")
tm.flow(register_db, chat, account_hashes, label="sign-in check")
tm.flow(chat, agent, chat_message, application, approval)
tm.flow(agent, chat, agent_reply, payment_link)
tm.flow(chat, member, agent_reply, payment_link, protocol="https")
tm.flow(chat, applicant, agent_reply, protocol="https")
tm.flow(chat, secretary, agent_reply, application, protocol="https")

# the model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# rink bookings and competitions
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, club_db, bookings)
tm.flow(club_db, booking_tool, bookings)
tm.flow(agent, competition_tool, competition_call)
tm.flow(competition_tool, agent, competition_result)
tm.flow(competition_tool, club_db, draw)
tm.flow(club_db, competition_tool, draw)

# payments
tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, agent, payment_link)
tm.flow(payment_tool, payments, checkout, protocol="https")
tm.flow(payments, payment_tool, payment_link, subscription_status, protocol="https")
tm.flow(payment_tool, register_db, subscription_status)
tm.flow(member, payments, card_details, protocol="https", label="hosted payment page")

# membership applications
tm.flow(agent, membership_tool, membership_call)
tm.flow(membership_tool, agent, membership_result)
tm.flow(membership_tool, register_db, application)
tm.flow(register_db, membership_tool, register)

# newsletter
tm.flow(agent, newsletter_tool, newsletter_request, newsletter)
tm.flow(newsletter_tool, agent, send_report)
tm.flow(register_db, newsletter_tool, mailing_list)
tm.flow(newsletter_tool, email, newsletter, mailing_list, protocol="https")
tm.flow(email, member, newsletter, protocol="smtp")
