"""Prison library book request chatbot: the first design, before any security review.

Prisoners use touchscreen kiosks on the wings to talk to a library chatbot: they
search the library catalogue, ask when their current loans are due back, and
request books. They sign in at the kiosk with their prisoner number and a PIN.
The chatbot is an LLM agent running on the prison's IT network; it calls a hosted
LLM under a contract with the vendor and uses three tools: catalogue search, loan
status and book request. A request only goes into a queue: the librarian checks it
in a staff approval console, and a security officer approves it against the
prisoner's restrictions from the offender record system before the book is issued
in the library management system. Staff sign in to the console with prison single
sign-on, and the console is role-based. Kiosk traffic is TLS, and chat transcripts
are kept in an audit log for the security department.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Prison library book request chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Wing kiosk chatbot for book requests and due dates, with staff approval.",
)

# ---------------------------------------------------------------- data assets
pin = tg.Data(
    "Prisoner number and PIN",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="What a prisoner types at the kiosk to sign in.",
)
message = tg.Data("Prisoner chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
catalogue = tg.Data("Library catalogue entries", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
loans = tg.Data(
    "Loan records and due dates",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
)
book_request = tg.Data(
    "Book request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Prisoner number, cell location and the title asked for.",
)
decision = tg.Data("Request decision", kind="records", sensitivity=tg.Sensitivity.PII)
restrictions = tg.Data(
    "Prisoner restrictions and location",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Offence-related restrictions on reading material, wing and cell.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Prison wing", trust=tg.Trust.UNTRUSTED):
    # The people the service is for; they use it unsupervised during association time.
    prisoner = tm.add(tg.Actor("Prisoner", role="prisoner"))
    # Locked-down touchscreen kiosks bolted to the wing walls.
    kiosk = tm.add(
        tg.Device("Wing kiosk", description="Shared touchscreen kiosk, one per landing.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; writes the chatbot's words.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Prison IT network", trust=tg.Trust.INTERNAL):
    # Terminates kiosk sessions and signs prisoners in.
    gateway = tm.add(
        tg.Endpoint(
            "Kiosk gateway",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="prisoner number and PIN")},
        )
    )
    # The chatbot: reads the conversation and decides which library tool to call.
    agent = tm.add(
        tg.Agent(
            "Library assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers questions and files requests; issuing needs staff approval.",
        )
    )
    # Lets the agent look books up by title, author or subject.
    search_tool = tm.add(tg.Tool("Catalogue search tool", capabilities={"read"}))
    # Lets the agent tell a prisoner what they have out and when it is due.
    loan_tool = tm.add(tg.Tool("Loan status tool", capabilities={"read"}))
    # Lets the agent put a request in the queue and read back its status.
    request_tool = tm.add(tg.Tool("Book request tool", capabilities={"read", "write"}))
    # Requests waiting for the librarian and the security officer.
    queue = tm.add(tg.DataStore("Request queue", stores={book_request, decision}))
    # Every conversation, kept for the security department to review.
    chat_log = tm.add(
        tg.DataStore(
            "Chat transcript log",
            stores={transcripts},
            controls={c.AuditLogging()},
        )
    )
    # The library's existing system: catalogue, loans, issuing.
    lms = tm.add(
        tg.DataStore(
            "Library management system",
            stores={catalogue, loans},
            controls={c.RBAC()},
        )
    )
    # Where staff review requests and record their decisions.
    console = tm.add(
        tg.Service(
            "Request approval console",
            controls={
                c.Authentication(method="prison staff single sign-on"),
                c.RBAC(),
                c.HumanInTheLoop(approver="librarian, then a security officer"),
            },
        )
    )

with tm.boundary("Offender management systems", trust=tg.Trust.INTERNAL):
    # The national offender record: restrictions and current location of each prisoner.
    offender_records = tm.add(
        tg.DataSource(
            "Offender record system",
            origin=tg.Origin.INTERNAL,
            provides={restrictions},
        )
    )

with tm.boundary("Staff offices", trust=tg.Trust.INTERNAL):
    # Checks the request makes sense and the book is in stock.
    librarian = tm.add(tg.Actor("Librarian", role="library staff"))
    # Checks the book against the prisoner's restrictions and security policy.
    security = tm.add(tg.Actor("Security officer", role="security staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(prisoner, kiosk, pin, message, label="types at the touchscreen")
tm.flow(kiosk, gateway, pin, message, protocol="https", controls={tls})
tm.flow(gateway, agent, message, label="signed-in prisoner number and message")
tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, search_tool, tool_call)
tm.flow(search_tool, lms, tool_call, label="catalogue query")
tm.flow(lms, search_tool, catalogue)
tm.flow(search_tool, agent, catalogue, label="search results")

tm.flow(agent, loan_tool, tool_call)
tm.flow(loan_tool, lms, tool_call, label="loans for prisoner number")
tm.flow(lms, loan_tool, loans)
tm.flow(loan_tool, agent, loans, label="current loans and due dates")

tm.flow(agent, request_tool, tool_call, book_request)
tm.flow(request_tool, queue, book_request)
tm.flow(queue, request_tool, decision, label="request status")
tm.flow(request_tool, agent, decision, label="request status")

tm.flow(agent, chat_log, transcripts)
tm.flow(agent, gateway, reply)
tm.flow(gateway, kiosk, reply, protocol="https", controls={tls})
tm.flow(kiosk, prisoner, reply, label="shown on screen")

tm.flow(queue, console, book_request)
tm.flow(offender_records, console, restrictions, label="restriction and location lookup")
tm.flow(console, librarian, book_request, protocol="https")
tm.flow(librarian, console, decision, protocol="https", label="librarian check")
tm.flow(console, security, book_request, restrictions, protocol="https")
tm.flow(security, console, decision, protocol="https", label="security approval")
tm.flow(console, queue, decision)
tm.flow(console, lms, loans, label="issue approved book")
tm.flow(chat_log, security, transcripts, protocol="https", label="transcript review")
