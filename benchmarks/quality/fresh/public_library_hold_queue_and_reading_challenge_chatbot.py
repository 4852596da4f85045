"""Library hold-queue and reading-challenge chatbot: the first design, before review.

A county library service in England adds a chatbot to its website and app. Members
sign in with their library card number and PIN, ask where they are in hold queues
and have loans renewed; the bot, an LLM agent on a vendor-hosted model, does both
through the hosted library management system's API. Each summer, children aged 4-12
join the reading challenge under a parent's session: they tell the bot what they read,
write short reviews and earn badges kept in a challenge database in the council's
cloud. Children's librarians approve each review in an admin console before it shows,
with the child's first name and branch, on the public challenge page. Controls:
card-and-PIN sign-in and a quota on the chat API, a step cap on the agent, the
vendor's content filter on the model, staff SSO with MFA and roles on the console,
an API key on the library system, encryption and a retention period for challenge data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Library hold-queue and reading-challenge chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="County library chatbot for hold queues, renewals and the children's summer reading challenge.",
)

# ---------------------------------------------------------------- data assets
card_pin = tg.Data(
    "Library card number and PIN", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
patron_session = tg.Data("Member session", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
member_question = tg.Data(
    "Member question",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Questions about holds and loans, and renewal requests.",
)
reading_entry = tg.Data(
    "Child reading log entry",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Titles a child says they finished and a short free-text review.",
)
bot_reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with account context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation and tool results about the member's loans and holds.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
hold_lookup = tg.Data("Hold queue lookup", kind="tool-call")
hold_position = tg.Data(
    "Hold queue positions",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Titles on hold for the member, queue position and pickup branch.",
)
renewal_call = tg.Data("Renewal request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
renewal_result = tg.Data(
    "Renewal result",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="New due dates, or why a loan could not be renewed.",
)
patron_records = tg.Data(
    "Patron and loan records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Members' names, addresses, borrowing history, holds, loans and fines.",
)
challenge_call = tg.Data(
    "Reading challenge update", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
challenge_progress = tg.Data(
    "Child challenge progress",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="low", availability="low"),
    description="Child's first name, age band, home branch, books read, reviews and badges.",
)
published_reviews = tg.Data(
    "Approved book reviews",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Review text shown with the child's first name and branch.",
)
review_decision = tg.Data("Review moderation decision", kind="records")
transcript = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
lms_api_key = tg.Data(
    "Library system API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
staff_sign_in = tg.Data("Staff SSO sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Adult members (and parents) using the chatbot on the website or app.
    member = tm.add(tg.Actor("Library member", role="library member"))
    # Children taking part in the reading challenge under a parent's session.
    child = tm.add(tg.Actor("Child reader", role="reading challenge participant"))
    # Anyone browsing the public reading-challenge page.
    visitor = tm.add(tg.Actor("Website visitor", role="public"))

with tm.boundary("Council cloud", trust=tg.Trust.INTERNAL):
    # Web chat API behind the library website and app.
    chat_api = tm.add(
        tg.Endpoint(
            "Library chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="library card number and PIN"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that answers and decides which library tools to call.
    agent = tm.add(
        tg.Agent(
            "Library chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Renews loans and records challenge progress without staff involvement.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Looks up the signed-in member's holds and queue positions.
    hold_tool = tm.add(tg.Tool("Hold queue lookup tool", capabilities={"read"}))
    # Renews the member's loans in the library system.
    renew_tool = tm.add(tg.Tool("Loan renewal tool", capabilities={"read", "write"}))
    # Records books read and reviews, and awards badges.
    challenge_tool = tm.add(tg.Tool("Reading challenge tool", capabilities={"read", "write"}))
    # Children's challenge profiles, reading logs, reviews and badges.
    challenge_db = tm.add(
        tg.DataStore(
            "Reading challenge database",
            stores={challenge_progress, published_reviews},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RetentionLimits(days=180, note="deleted six months after the challenge closes"),
            },
        )
    )
    # Conversation logs kept for support and service improvement.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcript}))
    # Staff tool to approve reviews, see progress and print certificates.
    console = tm.add(
        tg.Service(
            "Challenge admin console",
            controls={
                c.Authentication(method="council staff SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="children's librarian", note="each review before publication"
                ),
            },
        )
    )
    # Public web page showing approved reviews and branch leaderboards.
    public_page = tm.add(tg.Endpoint("Reading challenge web page", purpose=tg.EndpointPurpose.API))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API, with its content filter on.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content safety filter")},
        )
    )

with tm.boundary("Library system vendor", trust=tg.Trust.PARTNER):
    # The library management system, hosted by its vendor for the county.
    lms = tm.add(
        tg.Service(
            "Library management system",
            description="Catalogue, circulation, holds and member accounts; REST API for integrations.",
            controls={c.Authentication(method="API key per integration")},
        )
    )
    # Member, loan and hold records.
    lms_db = tm.add(tg.DataStore("Patron and circulation database", stores={patron_records}))

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Children's librarians running the challenge at branches.
    librarian = tm.add(tg.Actor("Children's librarian", role="library staff"))

# ---------------------------------------------------------------- flows
tm.flow(member, chat_api, card_pin, member_question, protocol="https")
tm.flow(chat_api, lms, card_pin, lms_api_key, protocol="https", label="patron sign-in check")
tm.flow(lms, chat_api, patron_session, protocol="https")
tm.flow(chat_api, member, bot_reply, patron_session, protocol="https")
tm.flow(child, chat_api, reading_entry, protocol="https")
tm.flow(chat_api, child, bot_reply, protocol="https")
tm.flow(chat_api, agent, member_question, reading_entry)
tm.flow(agent, chat_api, bot_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcript)

tm.flow(agent, hold_tool, hold_lookup)
tm.flow(hold_tool, agent, hold_position)
tm.flow(hold_tool, lms, hold_lookup, lms_api_key, protocol="https")
tm.flow(lms, hold_tool, hold_position, protocol="https")

tm.flow(agent, renew_tool, renewal_call)
tm.flow(renew_tool, agent, renewal_result)
tm.flow(renew_tool, lms, renewal_call, lms_api_key, protocol="https")
tm.flow(lms, renew_tool, renewal_result, protocol="https")

tm.flow(lms, lms_db, patron_records)
tm.flow(lms_db, lms, patron_records)

tm.flow(agent, challenge_tool, challenge_call)
tm.flow(challenge_tool, agent, challenge_progress)
tm.flow(challenge_tool, challenge_db, challenge_progress)
tm.flow(challenge_db, challenge_tool, challenge_progress)

tm.flow(librarian, console, staff_sign_in, review_decision, protocol="https")
tm.flow(console, librarian, challenge_progress, protocol="https")
tm.flow(challenge_db, console, challenge_progress)
tm.flow(console, challenge_db, published_reviews, label="approved reviews")
tm.flow(challenge_db, public_page, published_reviews)
tm.flow(public_page, visitor, published_reviews, protocol="https")
