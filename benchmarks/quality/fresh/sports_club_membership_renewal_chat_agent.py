"""Sports club membership renewal chat agent: the first design, before any security review.

Our rugby and tennis club wants members to renew, switch membership category
(junior, student, family, senior) and pay by card without e-mailing the office.
A chat widget on the club website talks to an LLM agent hosted in our small
cloud account; members sign in first with their e-mail address and a one-time
magic link sent through our e-mail delivery service. The agent reads the
member's record from the club management SaaS, works out the fee for the new
category from the club's price list, asks the payment provider for a hosted
payment link, and writes the new category and expiry date back to the SaaS when
the provider's payment webhook arrives. Card details are typed only into the
provider's hosted page; the membership secretary handles refunds and disputes
in the SaaS. Controls so far: HTTPS, magic-link sign-in and rate limits, API keys
in the secret store, a step cap on the agent, encrypted transcripts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sports club membership renewal chat agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Members renew, change category and pay through a chat agent on the club website.",
)

# ---------------------------------------------------------------- data assets
email_address = tg.Data("Member e-mail address", sensitivity=tg.Sensitivity.PII, kind="records")
magic_link = tg.Data(
    "Magic sign-in link",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="Single-use link with a sign-in token, valid for 15 minutes.",
)
chat_message = tg.Data("Member chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far and tool results (member record, fee).",
)
llm_completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="The next reply to the member, or the tool calls to make.",
)
member_record = tg.Data(
    "Member record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, date of birth, address, category, expiry, family members (including juniors).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
record_lookup = tg.Data("Member record lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
price_list = tg.Data(
    "Membership price list",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Fee per category and season, with pro-rata rules for mid-season changes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
fee_request = tg.Data(
    "Fee calculation request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
fee_quote = tg.Data("Fee quote", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
link_request = tg.Data(
    "Payment link request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Member number, new category and amount, as the agent states them.",
)
payment_link = tg.Data("Payment link", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result")
card_details = tg.Data(
    "Card details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Entered by the member on the provider's hosted page only.",
)
payment_event = tg.Data(
    "Payment webhook event",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Payment succeeded or failed, with the amount and the link's metadata.",
)
membership_change = tg.Data(
    "Membership change",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="New category and expiry date for a member number.",
)
update_result = tg.Data(
    "Membership update result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
refund_case = tg.Data(
    "Refund and dispute handling",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Refund decisions and dispute evidence entered by the secretary.",
)
refund_instruction = tg.Data(
    "Refund instruction", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the chat; only signed-in members should get past the greeting.
    member = tm.add(tg.Actor("Club member", role="member"))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # The public chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail magic link"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Issues magic links and the session cookie the chat API checks.
    sign_in = tm.add(
        tg.Service(
            "Magic link sign-in service",
            controls={c.RateLimiting(requests_per_minute=5, note="per e-mail address")},
        )
    )
    # The LLM agent that runs the renewal conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Renewal agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Reads the record, quotes the fee, creates the payment link, applies the change.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Reads the signed-in member's record from the SaaS API.
    record_tool = tm.add(
        tg.Tool(
            "Member record lookup tool",
            capabilities={"read"},
            controls={c.SecretsManagement(note="SaaS API key in the cloud secret store")},
        )
    )
    # Works out the fee for the new category from the price list.
    fee_tool = tm.add(tg.Tool("Fee calculator tool", capabilities={"read"}))
    # The club's fee schedule, edited by the treasurer once a season.
    prices = tm.add(tg.DataStore("Membership price list", stores={price_list}))
    # Creates a hosted payment link at the payment provider.
    link_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="provider secret key in the cloud secret store")},
        )
    )
    # Writes the new category and expiry into the SaaS.
    update_tool = tm.add(
        tg.Tool(
            "Membership update tool",
            capabilities={"write"},
            controls={c.SecretsManagement(note="same SaaS API key as the lookup tool")},
        )
    )
    # Receives the provider's payment webhooks and hands them to the agent's session.
    webhook = tm.add(tg.Endpoint("Payment webhook receiver", purpose=tg.EndpointPurpose.API))
    # Conversation history, kept for the secretary to answer complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SaaS and payment vendors", trust=tg.Trust.PARTNER):
    # System of record for members, categories, renewals and refunds.
    saas = tm.add(tg.ExternalService("Club management SaaS"))
    # Card acquiring, hosted payment pages and webhooks.
    payments = tm.add(tg.ExternalService("Payment provider"))
    # Sends the magic-link e-mails.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Club office", trust=tg.Trust.INTERNAL):
    # Handles refunds, disputes and odd cases in the SaaS.
    secretary = tm.add(tg.Actor("Membership secretary", role="club staff", privileged=True))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(member, sign_in, email_address, protocol="https", label="request magic link")
tm.flow(sign_in, mailer, email_address, magic_link, protocol="https")
tm.flow(mailer, member, magic_link, protocol="smtp", label="magic link e-mail")
tm.flow(member, sign_in, magic_link, protocol="https", label="follow magic link")

# conversation
tm.flow(member, chat_api, chat_message, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, chat_api, agent_reply, payment_link)
tm.flow(chat_api, member, agent_reply, payment_link, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# tools
tm.flow(agent, record_tool, record_lookup)
tm.flow(record_tool, saas, record_lookup, protocol="https")
tm.flow(saas, record_tool, member_record, protocol="https")
tm.flow(record_tool, agent, member_record)
tm.flow(agent, fee_tool, fee_request)
tm.flow(prices, fee_tool, price_list)
tm.flow(fee_tool, agent, fee_quote)
tm.flow(agent, link_tool, link_request)
tm.flow(link_tool, payments, link_request, protocol="https")
tm.flow(payments, link_tool, payment_link, protocol="https")
tm.flow(link_tool, agent, payment_link)

# payment and completion
tm.flow(member, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, webhook, payment_event, protocol="https", label="payment webhook")
tm.flow(webhook, agent, payment_event)
tm.flow(agent, update_tool, membership_change)
tm.flow(update_tool, saas, membership_change, protocol="https")
tm.flow(saas, update_tool, update_result, protocol="https")
tm.flow(update_tool, agent, update_result)

# refunds and disputes
tm.flow(
    secretary,
    saas,
    refund_case,
    protocol="https",
    controls={c.Authentication(method="password with TOTP")},
)
tm.flow(saas, secretary, member_record, refund_case, protocol="https")
tm.flow(saas, payments, refund_instruction, protocol="https", label="refunds issued from the SaaS")
