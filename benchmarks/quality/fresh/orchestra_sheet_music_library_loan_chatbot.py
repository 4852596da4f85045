"""Orchestra music library chatbot: the first design, before any security review.

A UK symphony orchestra's music library answers questions through a chatbot on
its member portal. Players ask whether a part is in the library, check the
bowings the section principals marked, see loan status and ask for scans of
parts; librarians of partner orchestras use the same chat to borrow sets of
parts. An LLM agent, backed by a hosted model, calls four tools: catalogue
search, a bowing lookup over the scanned marked parts, a loans tool and a scan
request tool. Loan and scan requests are queued in the loan register; the
orchestra librarian approves loans and fulfils scans in a console (Google
Workspace sign-in with 2SV) and the decisions and scans go out by e-mail.
Portal users sign in with e-mail and password, and the chat is rate-limited.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Orchestra music library chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chatbot for part lookups, bowings, loan status, loan and scan requests.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Library question",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="E.g. 'is there a second viola part of Brahms 2 with bowings?' or 'when is our Mahler 5 set due back?'",
)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with tool results",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation and what the tools returned.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
catalogue = tg.Data(
    "Catalogue records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Works, editions, parts held, shelf marks, hire or owned.",
)
marked_parts = tg.Data(
    "Marked part pages",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Scanned pages of the library's parts with the principals' bowings; "
    "many editions are under copyright or on hire.",
)
loans = tg.Data(
    "Loan records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Borrower name, orchestra, e-mail, items, dates and status.",
)
loan_request = tg.Data("Loan request", kind="records", sensitivity=tg.Sensitivity.PII)
scan_request = tg.Data("Scan request", kind="records", sensitivity=tg.Sensitivity.PII)
loan_approval = tg.Data("Loan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
part_scans = tg.Data("Part scans", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
notices = tg.Data(
    "Loan and scan e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Loan decisions, due dates and requested scans as PDF attachments.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Orchestra members on their own phones and laptops.
    player = tm.add(tg.Actor("Player", role="orchestra player"))

with tm.boundary("Partner orchestras", trust=tg.Trust.PARTNER):
    # Librarians of orchestras we lend sets of parts to.
    partner = tm.add(tg.Actor("Partner orchestra librarian", role="partner librarian"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model with function calling.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail API the console sends notices through.
    mailer = tm.add(tg.ExternalService("E-mail service"))

with tm.boundary("Library cloud", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the member portal.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="member portal e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that answers and calls the library tools.
    assistant = tm.add(
        tg.Agent(
            "Library assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers from tool results and files loan and scan requests.",
        )
    )
    # Finds works, editions and parts in the catalogue.
    catalogue_tool = tm.add(tg.Tool("Catalogue search tool", capabilities={"read"}))
    # Returns the marked pages of a part so players can check bowings.
    bowing_tool = tm.add(tg.Tool("Bowing lookup tool", capabilities={"read"}))
    # Loan status by work, part or borrower, and new loan requests.
    loans_tool = tm.add(
        tg.Tool(
            "Loans tool",
            capabilities={"read", "write"},
            description="Looks up loans by work, part or borrower and files loan requests "
            "that wait for the librarian.",
            controls={c.HumanInTheLoop(approver="the orchestra librarian")},
        )
    )
    # Queues a request for the library to scan a part.
    scan_tool = tm.add(tg.Tool("Scan request tool", capabilities={"write"}))
    # The library's catalogue of holdings.
    catalogue_db = tm.add(tg.DataStore("Music catalogue", stores={catalogue}))
    # Scans of the library's marked parts.
    archive = tm.add(tg.DataStore("Marked parts archive", stores={marked_parts, part_scans}))
    # Loans and the queue of loan and scan requests.
    register = tm.add(
        tg.DataStore(
            "Loan register",
            stores={loans, loan_request, scan_request},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Conversations kept for the librarian to see what people ask.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Where the librarian approves loans, uploads scans and edits the catalogue.
    console = tm.add(
        tg.Service(
            "Librarian console",
            controls={c.Authentication(method="Google Workspace SSO with 2SV"), c.RBAC()},
        )
    )

with tm.boundary("Orchestra office", trust=tg.Trust.INTERNAL):
    # Runs the library; the only person who approves loans.
    librarian = tm.add(tg.Actor("Orchestra librarian", role="music librarian", privileged=True))

# ---------------------------------------------------------------- flows
# Chat
tm.flow(player, chat, question, protocol="https")
tm.flow(partner, chat, question, protocol="https")
tm.flow(chat, assistant, question)
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, transcript_store, transcripts)
tm.flow(assistant, chat, answer)
tm.flow(chat, player, answer, protocol="https")
tm.flow(chat, partner, answer, protocol="https")

# Tools
tm.flow(assistant, catalogue_tool, tool_call)
tm.flow(catalogue_db, catalogue_tool, catalogue)
tm.flow(catalogue_tool, assistant, catalogue)
tm.flow(assistant, bowing_tool, tool_call)
tm.flow(archive, bowing_tool, marked_parts)
tm.flow(bowing_tool, assistant, marked_parts)
tm.flow(assistant, loans_tool, tool_call, loan_request)
tm.flow(register, loans_tool, loans)
tm.flow(loans_tool, register, loan_request)
tm.flow(loans_tool, assistant, loans)
tm.flow(assistant, scan_tool, scan_request)
tm.flow(scan_tool, register, scan_request)

# Librarian
tm.flow(register, console, loan_request, scan_request, loans, label="pending requests")
tm.flow(console, librarian, loan_request, scan_request, loans, protocol="https")
tm.flow(librarian, console, loan_approval, part_scans, protocol="https")
tm.flow(librarian, console, catalogue, protocol="https", label="catalogue edits")
tm.flow(console, register, loan_approval, loans)
tm.flow(console, archive, part_scans)
tm.flow(console, catalogue_db, catalogue)
tm.flow(console, mailer, notices, protocol="https")
tm.flow(mailer, player, notices, protocol="smtp+starttls")
tm.flow(mailer, partner, notices, protocol="smtp+starttls")
