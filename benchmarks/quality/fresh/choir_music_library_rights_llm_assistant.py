"""Choir music library assistant: the first design, before any security review.

A national choir association in the EU keeps a shared sheet-music library that
its member choirs borrow from. Choir librarians sign in to the member portal
with a username and password and chat with an LLM assistant: which scores does
the library hold, are performance and copying rights cleared for them, and
please reserve copies for a concert. The assistant runs in the association's
cloud, calls a hosted LLM, and uses three tools: a catalogue search, a licence
record lookup and a reservation tool that books copies for the librarian's choir.
Publishers send licence updates by e-mail to a shared mailbox; library staff read
them and enter the changes through the library admin app, which also handles
dispatch of reserved copies. The portal uses HTTPS and the admin app role-based
access; the reservation tool can only book for the signed-in librarian's choir.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Choir music library assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LLM assistant answering member choirs' questions about scores and rights, "
        "and reserving copies from the shared library."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Librarian question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
credentials = tg.Data(
    "Portal sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
llm_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, conversation so far and tool results.",
)
completion = tg.Data("LLM completion and tool calls", kind="model-output")
catalogue = tg.Data(
    "Library catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Titles, composers, arrangements, voicings and copies held.",
)
licences = tg.Data(
    "Licence records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-title performance and copying rights, terms and publisher contracts.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
licence_mail = tg.Data(
    "Publisher licence update e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
reservation_call = tg.Data("Reservation request", kind="tool-call")
reservations = tg.Data(
    "Reservations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Choir, librarian name and e-mail, titles, copy counts and dates.",
)
search_call = tg.Data("Catalogue and licence query", kind="tool-call")
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer librarians of the member choirs.
    librarian = tm.add(tg.Actor("Choir librarian", role="member choir librarian"))
    # Music publishers who grant or change rights.
    publisher = tm.add(tg.Actor("Music publisher", role="rights holder"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The association's hosted shared mailbox for licence correspondence.
    mailbox = tm.add(tg.ExternalService("Licence mailbox", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Association cloud", trust=tg.Trust.INTERNAL):
    # Members' web portal hosting the chat.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password")},
        )
    )
    # Answers questions and places reservations with its tools.
    assistant = tm.add(
        tg.Agent(
            "Library assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Places a reservation as soon as the librarian asks for one.",
        )
    )
    # Read-only search over the catalogue.
    catalogue_tool = tm.add(tg.Tool("Catalogue search", capabilities={"read"}))
    # Read-only lookup of rights per title.
    licence_tool = tm.add(tg.Tool("Licence record lookup", capabilities={"read"}))
    # Books copies for a concert.
    reserve_tool = tm.add(
        tg.Tool(
            "Reservation tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="books only for the signed-in librarian's choir")},
        )
    )
    # What the library holds.
    catalogue_db = tm.add(tg.DataStore("Library catalogue database", stores={catalogue}))
    # Rights cleared per title, kept by staff.
    licence_db = tm.add(tg.DataStore("Licence records database", stores={licences}))
    # Reservations waiting for dispatch.
    reservation_db = tm.add(tg.DataStore("Reservation database", stores={reservations}))
    # Staff back office for licences, catalogue and dispatch.
    admin_app = tm.add(tg.Service("Library admin app", controls={c.RBAC()}))

with tm.boundary("Association office", trust=tg.Trust.INTERNAL):
    # Library staff who maintain the records.
    staff = tm.add(tg.Actor("Library staff", role="librarian staff"))

# ---------------------------------------------------------------- flows
tm.flow(librarian, portal, credentials, question, protocol="https")
tm.flow(portal, librarian, answer, protocol="https")
tm.flow(portal, assistant, question)
tm.flow(assistant, portal, answer)

tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

tm.flow(assistant, catalogue_tool, search_call)
tm.flow(catalogue_tool, assistant, tool_result)
tm.flow(catalogue_db, catalogue_tool, catalogue)
tm.flow(assistant, licence_tool, search_call)
tm.flow(licence_tool, assistant, tool_result)
tm.flow(licence_db, licence_tool, licences)
tm.flow(assistant, reserve_tool, reservation_call)
tm.flow(reserve_tool, assistant, tool_result)
tm.flow(reserve_tool, reservation_db, reservations)
tm.flow(catalogue_db, reserve_tool, catalogue, label="copies available")

tm.flow(publisher, mailbox, licence_mail, protocol="smtp")
tm.flow(mailbox, staff, licence_mail, protocol="https")
tm.flow(staff, admin_app, licences, catalogue, protocol="https")
tm.flow(admin_app, licence_db, licences)
tm.flow(admin_app, catalogue_db, catalogue)
tm.flow(reservation_db, admin_app, reservations, label="dispatch queue")
tm.flow(admin_app, staff, reservations, protocol="https")
