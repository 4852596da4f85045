"""Water polo club junior membership chatbot: the first design, before any security review.

Parents chat with a bot on the club website. It answers questions on training, kit
and fees from the club handbook, and registers junior players: details, medical
conditions, emergency contacts and photo consent go into the member database. It
then opens a checkout session at the payment provider; the parent pays on the
provider's hosted page and a webhook marks the fee paid. Coaches sign in to the
club portal to see their team rosters; the membership secretary approves each
registration there before a nightly job sends it to the national federation's API.
The bot is an LLM agent on a small PaaS using a hosted model. Controls: TLS, a chat
rate limit, an agent step limit, form validation, signed webhooks, encrypted
database storage, password sign-in with roles, and the secretary's approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water polo club junior membership chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website chatbot that answers parents, registers junior players and "
    "takes membership fees; registrations go on to the national federation.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Parent chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
chat_reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, handbook passages and tool results.",
)
llm_completion = tg.Data(
    "Model completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
handbook = tg.Data(
    "Club handbook and timetable",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Training times, pool locations, kit, codes of conduct, FAQs.",
)
fee_list = tg.Data(
    "Membership fee price list",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Annual fee per age group, sibling discount.",
)
registration = tg.Data(
    "Junior registration details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Player name, date of birth, parent contact details, emergency "
    "contacts and photo consent.",
)
medical = tg.Data(
    "Junior medical conditions",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Asthma, epilepsy, allergies and similar, as the parent states them.",
)
registration_call = tg.Data(
    "Registration tool call", sensitivity=tg.Sensitivity.REGULATED, kind="tool-call"
)
registration_result = tg.Data(
    "Registration confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
checkout_call = tg.Data("Fee checkout tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
checkout_request = tg.Data(
    "Checkout session request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Fee amount, membership reference and the parent's e-mail.",
)
checkout_link = tg.Data("Checkout link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
card_details = tg.Data(
    "Parent card details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Entered on the provider's hosted page; never reaches the club.",
)
payment_event = tg.Data(
    "Payment confirmation event", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
payment_status = tg.Data(
    "Membership payment status", sensitivity=tg.Sensitivity.PII, kind="records"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.REGULATED, kind="logs")
roster = tg.Data(
    "Team roster",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Players of a team with medical conditions, emergency contacts and photo consent.",
)
coach_credentials = tg.Data(
    "Portal sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
approval = tg.Data("Registration approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
federation_registration = tg.Data(
    "Federation player registration",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, date of birth, club and age group, as the federation requires.",
)
federation_number = tg.Data(
    "Federation registration number", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents reach the bot from the club website, without an account.
    parent = tm.add(tg.Actor("Parent", role="parent or guardian"))
    # Volunteer coaches open the portal from their own phones at the pool.
    coach = tm.add(tg.Actor("Coach", role="volunteer coach"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the bot, called through the vendor's API.
    llm = tm.add(tg.LLM("Hosted chat model", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout and card processing; sends a webhook when a fee is paid.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("National federation", trust=tg.Trust.PARTNER):
    # The governing body's API where every competing junior must be registered.
    federation = tm.add(tg.ExternalService("Federation registration API"))

with tm.boundary("Club PaaS app", trust=tg.Trust.INTERNAL):
    # The public chat API behind the website widget.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP, platform default")},
        )
    )
    # Plans the conversation and decides when to register a player or take a fee.
    bot = tm.add(
        tg.Agent(
            "Membership chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Reference content the bot answers from.
    info = tm.add(tg.DataStore("Club handbook store", stores={handbook, fee_list}))
    # Writes a new junior's registration into the member database.
    reg_tool = tm.add(
        tg.Tool(
            "Player registration tool",
            capabilities={"write"},
            controls={
                c.InputValidation(note="required fields, date-of-birth range, consent yes/no")
            },
        )
    )
    # Creates a checkout session at the payment provider for the membership fee.
    fee_tool = tm.add(
        tg.Tool(
            "Membership fee checkout tool",
            capabilities={"write", "network-egress", "money-movement"},
            description="Looks up the fee for the player's age group and opens a checkout session.",
        )
    )
    # Receives the provider's payment events and marks the membership as paid.
    webhook = tm.add(tg.Service("Payment webhook handler"))
    # The club's member records: registrations, medical notes, payment status.
    members = tm.add(
        tg.DataStore(
            "Member database",
            stores={registration, medical, payment_status, coach_credentials},
            controls={c.EncryptionAtRest(key_management="PaaS provider-managed keys")},
        )
    )
    # Conversation logs kept for troubleshooting the bot.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Web portal for coaches (rosters) and the membership secretary (approvals).
    portal = tm.add(
        tg.Service(
            "Club portal",
            description="Coaches see the rosters of the teams they are assigned to; "
            "the membership secretary reviews and approves new registrations.",
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Nightly job that sends approved registrations to the federation.
    sync = tm.add(
        tg.Service(
            "Federation sync job",
            controls={c.HumanInTheLoop(approver="membership secretary")},
        )
    )

with tm.boundary("Club committee", trust=tg.Trust.INTERNAL):
    # Volunteer who checks each new registration before it goes to the federation.
    secretary = tm.add(tg.Actor("Membership secretary", role="committee member", privileged=True))

tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# ---------------------------------------------------------------- flows
# Chat
tm.flow(parent, chat, chat_message, protocol="https", controls={tls})
tm.flow(chat, bot, chat_message)
tm.flow(bot, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, bot, llm_completion, protocol="https", controls={tls})
tm.flow(info, bot, handbook, fee_list, label="handbook passages")
tm.flow(bot, chat, chat_reply)
tm.flow(chat, parent, chat_reply, protocol="https", controls={tls})
tm.flow(bot, transcript_store, transcripts)

# Registration
tm.flow(bot, reg_tool, registration_call)
tm.flow(reg_tool, members, registration, medical)
tm.flow(reg_tool, bot, registration_result)

# Membership fee
tm.flow(bot, fee_tool, checkout_call)
tm.flow(info, fee_tool, fee_list, label="fee price list")
tm.flow(fee_tool, payments, checkout_request, protocol="https", controls={tls})
tm.flow(payments, fee_tool, checkout_link, protocol="https", controls={tls})
tm.flow(fee_tool, bot, checkout_link)
tm.flow(parent, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    webhook,
    payment_event,
    protocol="https",
    controls={tls, c.MessageIntegrity(note="provider webhook signature checked")},
)
tm.flow(webhook, members, payment_status)

# Coaches and the membership secretary
tm.flow(coach, portal, coach_credentials, protocol="https", controls={tls}, label="sign-in")
tm.flow(members, portal, roster, registration, medical)
tm.flow(portal, coach, roster, protocol="https", controls={tls})
tm.flow(portal, secretary, registration, medical, protocol="https", controls={tls})
tm.flow(secretary, portal, approval, protocol="https", controls={tls})
tm.flow(portal, members, approval)

# Federation
tm.flow(members, sync, registration, approval, label="approved registrations")
tm.flow(sync, federation, federation_registration, protocol="https", controls={tls})
tm.flow(federation, sync, federation_number, protocol="https", controls={tls})
tm.flow(sync, members, federation_number)
