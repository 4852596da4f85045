"""Parish church wedding banns and booking agent: the first design, before any security review.

A Church of England parish puts a chat assistant on its website for couples who
want to marry in the church. An LLM agent, calling a hosted model, answers their
questions from the parish's wedding guidance, checks the church diary and holds a
provisional date, records the couple's details for the banns (names, addresses,
parishes of residence, previous marriages), sends a payment link for the deposit
on the statutory fees, and e-mails confirmations. Couples come back to a booking
by giving its reference and their e-mail address. The parish administrator works
from an office console: confirms or releases each provisional booking, checks the
banns entries before they are read, and uploads guidance documents. Everything
runs on a small cloud tenancy the diocese's web partner hosts. Controls: a rate
limit on the chat, administrator confirmation before a booking or banns entry is
final, Microsoft 365 sign-in with MFA on the console, and encrypted booking records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parish church wedding banns and booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website chat agent that books church weddings and prepares banns for the parish office.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Couple's chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt with context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, the conversation, guidance passages and tool results.",
)
llm_completion = tg.Data(
    "Model completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
guidance_docs = tg.Data(
    "Wedding guidance documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Parish wedding FAQ, qualifying-connection guidance, music and flowers notes.",
)
guidance_passages = tg.Data(
    "Guidance passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
date_request = tg.Data("Date availability and hold request", kind="tool-call")
diary_result = tg.Data(
    "Diary availability", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
diary_entries = tg.Data(
    "Church diary entries",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Services, weddings, funerals and baptisms, with provisional holds.",
)
booking_details = tg.Data(
    "Wedding booking and banns details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Both partners' names, addresses, parishes, ages, marital history and contact details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking_status = tg.Data(
    "Booking reference and status", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
fee_table = tg.Data(
    "Statutory parochial fee table", sensitivity=tg.Sensitivity.PUBLIC, kind="records"
)
payment_link_request = tg.Data(
    "Deposit payment link request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
payment_link = tg.Data(
    "Deposit payment link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_notice = tg.Data(
    "Deposit payment notification", sensitivity=tg.Sensitivity.PII, kind="records"
)
email_request = tg.Data("Confirmation e-mail", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_queue = tg.Data(
    "Provisional bookings queue", sensitivity=tg.Sensitivity.PII, kind="records"
)
booking_confirmation = tg.Data(
    "Administrator booking confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the chat; most are engaged couples, some are not.
    couple = tm.add(tg.Actor("Engaged couple", role="member of the public"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted chat model", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card payments on the provider's hosted page; the parish never sees card numbers.
    payments = tm.add(
        tg.ExternalService("Card payment provider", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers confirmations to couples.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Parish cloud tenancy", trust=tg.Trust.INTERNAL):
    # The website's chat backend: the only public way in.
    chat = tm.add(
        tg.Endpoint(
            "Website chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # The LLM agent that talks to couples and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Wedding booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="parish administrator",
                    note="bookings and banns entries stay provisional until the administrator "
                    "confirms them in the office console",
                ),
            },
        )
    )
    # Index of the parish's wedding guidance the agent answers from.
    guidance_index = tm.add(tg.VectorStore("Wedding guidance index", stores={guidance_passages}))
    # Looks up free dates and places provisional holds in the diary.
    diary_tool = tm.add(tg.Tool("Church diary tool", capabilities={"read", "write"}))
    # Creates and looks up bookings and their banns details.
    booking_tool = tm.add(
        tg.Tool(
            "Wedding booking tool",
            capabilities={"read", "write"},
            controls={c.Authentication(method="booking reference and e-mail address")},
        )
    )
    # Asks the payment provider for a deposit link.
    payment_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"write", "network-egress"},
            description="Creates a hosted payment link for the deposit on the statutory fees.",
        )
    )
    # Sends confirmations and reminders to the couple.
    email_tool = tm.add(tg.Tool("Confirmation e-mail tool", capabilities={"send-messages"}))

    with tm.boundary("Parish records", trust=tg.Trust.RESTRICTED):
        # The church's one diary of services and bookings.
        diary = tm.add(tg.DataStore("Church diary", stores={diary_entries}))
        # Wedding bookings and the banns details for each couple.
        bookings = tm.add(
            tg.DataStore(
                "Wedding bookings and banns records",
                stores={booking_details, payment_notice},
                controls={c.EncryptionAtRest(key_management="provider-managed keys")},
            )
        )
        # This year's fees as published by the Church Commissioners.
        fees = tm.add(tg.DataStore("Parochial fee table", stores={fee_table}))
    # Where the administrator confirms bookings and maintains the guidance.
    console = tm.add(
        tg.Endpoint(
            "Parish office console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )

with tm.boundary("Parish office", trust=tg.Trust.INTERNAL):
    # Runs the wedding bookings for the vicar.
    administrator = tm.add(
        tg.Actor("Parish administrator", role="parish administrator", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(couple, chat, chat_message, protocol="https")
tm.flow(chat, couple, agent_reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, guidance_index, chat_message, label="similarity query")
tm.flow(guidance_index, agent, guidance_passages)

tm.flow(agent, diary_tool, date_request)
tm.flow(diary_tool, agent, diary_result)
tm.flow(diary_tool, diary, date_request, label="provisional hold")
tm.flow(diary, diary_tool, diary_entries)

tm.flow(agent, booking_tool, booking_details)
tm.flow(booking_tool, agent, booking_status)
tm.flow(booking_tool, bookings, booking_details)
tm.flow(bookings, booking_tool, booking_details)

tm.flow(agent, payment_tool, payment_link_request)
tm.flow(payment_tool, agent, payment_link)
tm.flow(fees, payment_tool, fee_table, label="statutory fees")
tm.flow(payment_tool, payments, payment_link_request, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(couple, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, console, payment_notice, protocol="https", label="payment webhook")

tm.flow(agent, email_tool, email_request)
tm.flow(email_tool, mail, email_request, protocol="https")
tm.flow(mail, couple, email_request, protocol="smtp")

tm.flow(administrator, console, booking_confirmation, guidance_docs, protocol="https")
tm.flow(console, administrator, booking_queue, protocol="https")
tm.flow(bookings, console, booking_details, payment_notice)
tm.flow(console, bookings, booking_confirmation, payment_notice)
tm.flow(console, diary, booking_confirmation, label="confirm or release hold")
tm.flow(console, guidance_index, guidance_docs, label="upload and re-index guidance")
