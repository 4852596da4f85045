"""Prison library book request chatbot: the first design, before any security review.

Prisoners use the shared wing kiosks (signed in with their prison number and PIN)
to chat with a library assistant. The assistant, an LLM agent, understands what
they are after, searches the library catalogue (books, distance-learning packs and
education course materials) and files a book request for them; it can also tell
them the status of their earlier requests. A hosted LLM behind the vendor's API
does the language work. Nothing is issued on the chatbot's word: library staff
open each pending request in the staff console, check it against the security
department's prohibited-titles list and the prisoner's own content restrictions
(and the prisoner's location from the central prison record), then approve or
refuse it. Titles the library does not hold are ordered from the county library
service's inter-library loan portal. Chat transcripts are kept for the security
department. Everything except the LLM and the county service runs on the prison
IT network; the security lists sit in the security department's own enclave.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Prison library book request chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Kiosk chatbot for prisoners' book and education material requests, "
    "vetted by library staff against security lists.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Prisoner kiosk sign-in",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Prison number and four-digit PIN.",
)
chat_message = tg.Data("Prisoner chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
chat_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and catalogue results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
catalogue_query = tg.Data("Catalogue search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
catalogue_results = tg.Data(
    "Catalogue search results", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
catalogue_records = tg.Data(
    "Catalogue records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Titles, blurbs, holdings and education course packs.",
)
request_call = tg.Data("Request submission", kind="tool-call", sensitivity=tg.Sensitivity.PII)
request_status = tg.Data("Request status", kind="tool-result", sensitivity=tg.Sensitivity.PII)
book_request = tg.Data(
    "Book request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Prison number, name, wing, requested title and the stated reason or course.",
)
request_decision = tg.Data(
    "Request decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Approved or refused, with the librarian's reason.",
)
prohibited_titles = tg.Data(
    "Prohibited titles list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
content_restrictions = tg.Data(
    "Prisoner content restrictions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per-prisoner restrictions set for offence-related reasons (criminal offence data).",
)
prisoner_details = tg.Data(
    "Prisoner details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, cell location, education enrolment and release date.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
loan_order = tg.Data(
    "Inter-library loan order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Title and the prison library's account; no prisoner details.",
)
loan_confirmation = tg.Data(
    "Loan dispatch confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Prison wings", trust=tg.Trust.UNTRUSTED):
    # The people the service is for; some will try to get prohibited material in.
    prisoner = tm.add(tg.Actor("Prisoner", role="prisoner"))
    # Shared touchscreen kiosks on each wing, managed by prison IT.
    kiosk = tm.add(
        tg.Device(
            "Wing kiosk",
            fleet=True,
            description="Locked-down touchscreen kiosk shared by everyone on the wing.",
        )
    )

with tm.boundary("Prison IT network", trust=tg.Trust.INTERNAL):
    # Entry point for kiosk chat sessions.
    chat_endpoint = tm.add(
        tg.Endpoint(
            "Kiosk chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="prison number and PIN"),
                c.InputValidation(note="message length and character set limits"),
            },
        )
    )
    # The chatbot itself: an LLM agent that searches the catalogue and files requests.
    assistant = tm.add(
        tg.Agent(
            "Library request assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Works out what the prisoner wants, searches the catalogue and "
            "files a request; reports the status of earlier requests.",
        )
    )
    # Read-only search over the catalogue for the assistant.
    search_tool = tm.add(
        tg.Tool("Catalogue search tool", capabilities={"read"}, origin="first-party")
    )
    # Files a pending request and reads back request status.
    request_tool = tm.add(
        tg.Tool(
            "Book request tool",
            capabilities={"read", "write"},
            origin="first-party",
            description="Creates requests in 'pending review' state for the signed-in "
            "prisoner and returns the status of their requests.",
            controls={
                c.HumanInTheLoop(
                    approver="library staff, checking each request against the security lists",
                    note="nothing is issued until a librarian approves the pending request",
                )
            },
        )
    )
    # What the library holds, plus education course packs.
    catalogue = tm.add(tg.DataStore("Library catalogue", stores={catalogue_records}))
    # Pending and decided requests.
    request_queue = tm.add(
        tg.DataStore("Book request queue", stores={book_request, request_decision})
    )
    # Conversation records the security department may review.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Where library staff vet and decide requests.
    staff_console = tm.add(
        tg.Service(
            "Library staff console",
            controls={
                c.Authentication(method="prison staff network account and password"),
                c.RBAC(note="library staff role only"),
            },
        )
    )
    # Prison librarian who vets requests and issues books.
    librarian = tm.add(tg.Actor("Librarian", role="library staff"))

    with tm.boundary("Security department enclave", trust=tg.Trust.RESTRICTED):
        # Prohibited titles and per-prisoner content restrictions.
        security_lists = tm.add(
            tg.DataStore(
                "Security lists",
                stores={prohibited_titles, content_restrictions},
                controls={
                    c.RBAC(note="security staff edit, library staff read"),
                    c.AuditLogging(),
                },
            )
        )
        # Maintains the security lists.
        security_officer = tm.add(
            tg.Actor("Security officer", role="security department", privileged=True)
        )

with tm.boundary("Central prison records platform", trust=tg.Trust.INTERNAL):
    # National prisoner record: who the prisoner is and where they are held.
    prison_record = tm.add(
        tg.DataStore(
            "Prisoner record system",
            stores={prisoner_details},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted model that does the assistant's language understanding and replies.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("County library service", trust=tg.Trust.PARTNER):
    # Supplies titles the prison library does not hold.
    ill_portal = tm.add(tg.ExternalService("Inter-library loan portal"))

# ---------------------------------------------------------------- flows
tm.flow(prisoner, kiosk, chat_message, label="typed at the kiosk touchscreen")
tm.flow(kiosk, prisoner, chat_reply, label="shown on the kiosk touchscreen")
tm.flow(kiosk, chat_endpoint, sign_in, chat_message, protocol="https")
tm.flow(chat_endpoint, kiosk, chat_reply, protocol="https")
tm.flow(chat_endpoint, assistant, chat_message)
tm.flow(assistant, chat_endpoint, chat_reply)

tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")
tm.flow(assistant, search_tool, catalogue_query)
tm.flow(search_tool, assistant, catalogue_results)
tm.flow(catalogue, search_tool, catalogue_records)
tm.flow(assistant, request_tool, request_call)
tm.flow(request_tool, assistant, request_status)
tm.flow(request_tool, request_queue, book_request)
tm.flow(request_queue, request_tool, request_decision, label="status of earlier requests")
tm.flow(assistant, transcript_store, transcripts)

tm.flow(request_queue, staff_console, book_request, label="pending requests")
tm.flow(security_lists, staff_console, prohibited_titles, content_restrictions, protocol="https")
tm.flow(prison_record, staff_console, prisoner_details, protocol="https")
tm.flow(
    staff_console,
    librarian,
    book_request,
    prohibited_titles,
    content_restrictions,
    prisoner_details,
    protocol="https",
)
tm.flow(librarian, staff_console, request_decision, loan_order, protocol="https")
tm.flow(staff_console, request_queue, request_decision)
tm.flow(staff_console, ill_portal, loan_order, protocol="https")
tm.flow(ill_portal, staff_console, loan_confirmation, protocol="https")

tm.flow(security_officer, security_lists, prohibited_titles, content_restrictions)
tm.flow(transcript_store, security_officer, transcripts, label="monitoring review")
