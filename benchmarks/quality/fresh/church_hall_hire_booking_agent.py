"""Church hall hire booking agent: the first design, before any security review.

A parish in England hires out its church hall to local groups: toddler groups,
yoga classes, parties, clubs. Hirers write to the parish office mailbox or use the
chat box on the parish website. An LLM agent, hosted with the parish's small web
app and calling a commercial LLM API, reads each enquiry, checks the hall calendar,
quotes from the hire policy and price list, books one-off hires, drafts the hire
agreement from the parish template and raises the invoice in the accounting package,
which e-mails it. New regular (weekly or monthly) bookings wait in an admin console
until the parish administrator approves them; she signs in with Microsoft 365 and MFA.
The day before each hire a scheduled job e-mails the hirer the key safe code, which
the administrator changes every month. The chat box is rate limited, every message
and tool call is logged, and the booking database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Church hall hire booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An LLM agent that answers hall hire enquiries, books, drafts agreements, "
    "invoices, and sends the key safe code the day before a hire.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Hire enquiry message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Name, group, contact details, dates and purpose, by chat or e-mail.",
)
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the conversation so far, policy extracts and tool results.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
policy = tg.Data(
    "Hire policy and prices",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Rates per hour for community, private and commercial hire, deposits, "
    "rules of use; also on the parish website.",
)
calendar_call = tg.Data("Calendar tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
availability = tg.Data(
    "Calendar availability", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
bookings = tg.Data(
    "Hall bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Date, times, hirer name, group, phone and e-mail, status (held, "
    "pending approval, confirmed).",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
agreement_call = tg.Data("Agreement details", sensitivity=tg.Sensitivity.PII, kind="tool-call")
agreement = tg.Data("Hire agreement draft", sensitivity=tg.Sensitivity.PII, kind="documents")
invoice_call = tg.Data("Invoice request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
invoice = tg.Data("Hire invoice", sensitivity=tg.Sensitivity.PII, kind="documents")
outgoing_mail = tg.Data(
    "Outgoing e-mail",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Recipient, subject, body and attachments (the agreement) the agent sends.",
)
approval_request = tg.Data(
    "Regular booking request", sensitivity=tg.Sensitivity.PII, kind="records"
)
approval = tg.Data("Booking approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
key_code = tg.Data(
    "Key safe code",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="Four-digit code of the key safe by the hall door; changed monthly.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
key_mail = tg.Data("Key code e-mail", sensitivity=tg.Sensitivity.SECRET, kind="documents")
transcripts = tg.Data("Conversation log", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who wants to hire the hall: group leaders, parents booking parties.
    hirer = tm.add(tg.Actor("Hirer", role="hall hirer"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The parish office shared mailbox that hirers already write to.
    mailbox = tm.add(tg.ExternalService("Parish office mailbox"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Commercial chat model, called through its API with the parish's key.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Accounting provider", trust=tg.Trust.PARTNER):
    # The parish's cloud accounting package; it issues and e-mails invoices.
    accounting = tm.add(tg.ExternalService("Accounting package"))

with tm.boundary("Parish web app hosting", trust=tg.Trust.INTERNAL):
    # Chat box on the parish website.
    chat = tm.add(
        tg.Endpoint(
            "Website chat box",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # Reads enquiries, decides what to check, book, draft, invoice and reply.
    agent = tm.add(
        tg.Agent(
            "Hall booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="parish administrator",
                    note="new regular bookings only; one-off hires are booked by the agent",
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Looks up free slots and holds or confirms bookings.
    calendar_tool = tm.add(tg.Tool("Hall calendar tool", capabilities={"read", "write"}))
    # Fills the parish hire agreement template and saves it as a PDF.
    agreement_tool = tm.add(tg.Tool("Agreement drafting tool", capabilities={"write"}))
    # Creates the invoice in the accounting package, which e-mails it to the hirer.
    invoice_tool = tm.add(tg.Tool("Invoicing tool", capabilities={"write", "send-messages"}))
    # Sends the agent's replies, with attachments, from the parish office mailbox.
    mail_tool = tm.add(tg.Tool("E-mail sending tool", capabilities={"send-messages"}))
    # Bookings, hirer contacts and the current key safe code.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, key_code},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # The hire policy and price list document the agent quotes from.
    policy_store = tm.add(tg.DataStore("Hire policy and price list", stores={policy}))
    # Every chat and e-mail exchange and tool call, for the office to look back on.
    log_store = tm.add(tg.DataStore("Conversation log store", stores={transcripts}))
    # Where the administrator approves regular bookings and sets the key safe code.
    console = tm.add(
        tg.Endpoint(
            "Admin console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )
    # Runs at 10:00 each day for tomorrow's hires.
    key_job = tm.add(tg.Service("Daily key code e-mail job"))

with tm.boundary("Parish office", trust=tg.Trust.INTERNAL):
    # Part-time parish administrator; the only staff member.
    administrator = tm.add(tg.Actor("Parish administrator", role="administrator", privileged=True))

# ---------------------------------------------------------------- flows
# enquiries in, replies out
tm.flow(hirer, chat, enquiry, protocol="https")
tm.flow(chat, hirer, reply, protocol="https")
tm.flow(chat, agent, enquiry)
tm.flow(agent, chat, reply)
tm.flow(hirer, mailbox, enquiry, protocol="smtp")
tm.flow(mailbox, agent, enquiry, protocol="https", label="Graph API, new mail")

# the agent's reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(policy_store, agent, policy)
tm.flow(agent, log_store, transcripts)

# calendar
tm.flow(agent, calendar_tool, calendar_call)
tm.flow(calendar_tool, agent, availability)
tm.flow(calendar_tool, booking_db, bookings, label="hold or confirm")
tm.flow(booking_db, calendar_tool, bookings)

# agreement, invoice and e-mail
tm.flow(agent, agreement_tool, agreement_call)
tm.flow(agreement_tool, agent, agreement)
tm.flow(agent, invoice_tool, invoice_call)
tm.flow(invoice_tool, accounting, invoice, protocol="https")
tm.flow(accounting, hirer, invoice, protocol="smtp")
tm.flow(agent, mail_tool, outgoing_mail)
tm.flow(mail_tool, mailbox, outgoing_mail, protocol="https")
tm.flow(mailbox, hirer, reply, agreement, protocol="smtp")

# approval of new regular bookings
tm.flow(agent, console, approval_request)
tm.flow(console, administrator, approval_request, bookings, protocol="https")
tm.flow(administrator, console, approval, key_code, protocol="https")
tm.flow(console, agent, approval)
tm.flow(booking_db, console, bookings, label="pending and confirmed bookings")
tm.flow(console, booking_db, key_code, label="monthly code change")

# key safe code the day before
tm.flow(booking_db, key_job, bookings, key_code, label="tomorrow's hires")
tm.flow(key_job, mailbox, key_mail, protocol="https")
tm.flow(mailbox, hirer, key_mail, protocol="smtp")
